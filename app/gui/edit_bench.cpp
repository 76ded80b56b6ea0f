// vungtrong-edit-bench: what one edit of a planting area costs on a large
// layer (issue 13: editing at a million plots keeps the GUI responsive).
// Not a test. Usage:
//   vungtrong-edit-bench DATA.gpkg [REPEAT]   (bench-peers/gen.py output: zones + plots, EPSG:4326)
// Every edit in the app (edit_controller.h) copies the layer's features,
// changes one, and builds a new Document (edit_session.h: withLayerFeatures),
// which links, recomputes the statistics and the data-quality findings and
// reprojects the layer for drawing, all on the GUI thread. This prints the
// parts of that, the median of REPEAT runs each, and the split of one plot.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>
#include <algorithm>
#include <vector>

#include "bench_workspace.h"
#include "document.h"
#include "edit_session.h"
#include "geo/source.h"
#include "geo/split.h"

using namespace vt::gui;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double msSince(const QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e6; }

std::shared_ptr<Document> loadGenerated(const std::string& gpkg) {
    geo::Workspace ws = generatedBenchWorkspace(gpkg);
    ws.project.codePattern.clear();
    return buildDocument(std::move(ws), {}, {});
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2 || argv[1][0] == '-') {
        out << "usage: vungtrong-edit-bench DATA.gpkg [REPEAT]\n";
        return 2;
    }
    const int repeat = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    QElapsedTimer t;
    t.start();
    std::shared_ptr<Document> doc;
    try {
        doc = loadGenerated(argv[1]);
    } catch (const std::exception& e) {
        QTextStream(stderr) << "vungtrong-edit-bench: " << e.what() << "\n";
        return 1;
    }
    const double loadMs = msSince(t);
    const int li = doc->plantings;
    if (li < 0) {
        out << "no planting areas in " << argv[1] << "\n";
        return 1;
    }
    const std::size_t n = doc->loaded(li).normalised.features.size();
    EditSession session(*doc, doc->layers[static_cast<std::size_t>(li)].id);

    std::vector<double> copy, rebuild, net, split;
    std::shared_ptr<Document> edited;
    for (int r = 0; r < repeat; ++r) {
        t.restart();
        std::vector<geo::Feature> features = doc->loaded(li).normalised.features;
        copy.push_back(msSince(t));
        // One attribute of one plot changed, as the attribute form does.
        features[n / 2].attributes[0] = std::string("EDITED-") + std::to_string(r);
        t.restart();
        edited = withLayerFeatures(*doc, li, std::move(features));
        rebuild.push_back(msSince(t));
        t.restart();
        auto edits = session.netEdits(*edited);
        net.push_back(msSince(t));
        if (edits.size() != 1) out << "unexpected: " << edits.size() << " net edits\n";
        // A line across the middle plot's envelope.
        const geo::Geometry& g = doc->loaded(li).normalised.features[n / 2].geometry;
        const geo::Envelope e = g.envelope();
        const double y = (e.minY + e.maxY) / 2;
        t.restart();
        geo::PolygonSplit s = geo::splitPolygon(g, {{e.minX - e.width(), y}, {e.maxX + e.width(), y}}, "the middle plot",
                                                geo::SplitEdges::Geodesic);
        split.push_back(msSince(t));
        if (s.outcome != geo::PolygonSplit::Outcome::Split) out << "the middle plot was not split\n";
    }
    out << "data: " << argv[1] << ", planting areas: " << n << ", runs: " << repeat << "\n";
    out << "load + build document: " << QString::number(loadMs, 'f', 1) << " ms\n";
    out << "copy the layer's features (median): " << QString::number(median(copy), 'f', 1) << " ms\n";
    out << "rebuild the document after one edit: link, statistics, quality, map CRS (median): "
        << QString::number(median(rebuild), 'f', 1) << " ms\n";
    out << "net edits against the session's start (save, stop editing) (median): "
        << QString::number(median(net), 'f', 1) << " ms\n";
    out << "split one plot with GEOS (median): " << QString::number(median(split), 'f', 3) << " ms\n";
    return 0;
}
