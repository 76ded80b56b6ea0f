// vungtrong-render-bench: time to first frame and pan redraw from cache.
// Not a test. Usage:
//   vungtrong-render-bench PROJECT.vtproj            (a project, e.g. the demo)
//   vungtrong-render-bench DATA.gpkg                 (gen.py output: zones + plots)
// Prints load, first-frame render, cached-pan redraw, re-render times and a
// frame at 1:10,000 (map CRS in metres).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QTextStream>
#include <algorithm>
#include <vector>

#include "bench_workspace.h"
#include "document.h"
#include "geo/source.h"
#include "map_renderer.h"

using namespace vt::gui;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

std::shared_ptr<Document> loadGenerated(const std::string& gpkg) {
    // gen.py writes layers "zones" and "plots" in EPSG:4326; statistics are
    // not needed to draw and are benchmarked by geo/'s own benchmark.
    geo::Workspace ws = generatedBenchWorkspace(gpkg);
    BuildOptions options;
    options.computeStatistics = false;
    return buildDocument(std::move(ws), {}, options);
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: vungtrong-render-bench PROJECT.vtproj|DATA.gpkg [WIDTHxHEIGHT]\n";
        return 2;
    }
    std::string path = argv[1];
    QSize size(1280, 800);
    if (argc > 2) {
        QStringList wh = QString::fromUtf8(argv[2]).split(QLatin1Char('x'));
        if (wh.size() == 2) size = QSize(wh[0].toInt(), wh[1].toInt());
    }
    QElapsedTimer t;
    t.start();
    std::shared_ptr<Document> doc = QFileInfo(QString::fromStdString(path)).suffix() == QStringLiteral("vtproj")
                                        ? loadDocument(path)
                                        : loadGenerated(path);
    double loadMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    std::size_t features = 0, vertices = 0;
    for (const auto& l : doc->layers) {
        features += l.geometry.size();
        for (const auto& g : l.geometry) vertices += g.vertexCount();
    }
    RenderSettings settings = defaultRenderSettings(*doc);
    MapView view = MapView::fit(doc->fullExtent, size);

    t.restart();
    QImage first = renderMap(*doc, view, settings);
    double firstMs = static_cast<double>(t.nsecsElapsed()) / 1e6;

    // Pan from cache: what the canvas paints while a new frame renders.
    std::vector<double> cached, rerender, zoomed;
    QImage screen(size, QImage::Format_ARGB32_Premultiplied);
    for (int i = 1; i <= 20; ++i) {
        MapView panned = view.panned(QPointF(7.0 * i, -5.0 * i));
        t.restart();
        {
            QPainter p(&screen);
            p.fillRect(screen.rect(), Qt::white);
            p.drawImage(cachedImageRect(view, panned), first);
        }
        cached.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    for (int i = 1; i <= 5; ++i) {
        MapView panned = view.panned(QPointF(40.0 * i, -25.0 * i));
        t.restart();
        QImage img = renderMap(*doc, panned, settings);
        rerender.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    for (int i = 1; i <= 5; ++i) {
        MapView z = view.zoomedAt(QPointF(size.width() * 0.5, size.height() * 0.5), std::pow(2.0, i));
        t.restart();
        QImage img = renderMap(*doc, z, settings);
        zoomed.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    // The scale a planner checks one field at: 1:10,000 on a 96-dpi screen,
    // at the centre of the map (gen.py's plots cover the whole box).
    std::vector<double> field;
    if (doc->mapCrsIsMetres) {
        MapView z{view.centre, 10000 * 0.0254 / 96, size};
        for (int i = 1; i <= 5; ++i) {
            t.restart();
            QImage img = renderMap(*doc, z.panned(QPointF(100.0 * i, 0)), settings);
            field.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
    }
    out << "data: " << QString::fromStdString(path) << "\n";
    out << "features: " << features << ", vertices: " << vertices << ", frame " << size.width() << "x"
        << size.height() << "\n";
    out << "load + prepare (geo load, link, stats, transform to map CRS): " << QString::number(loadMs, 'f', 1)
        << " ms\n";
    out << "time to first frame (full extent render): " << QString::number(firstMs, 'f', 1) << " ms\n";
    out << "pan redraw from cache (median of 20): " << QString::number(median(cached), 'f', 2) << " ms\n";
    out << "full re-render after pan (median of 5): " << QString::number(median(rerender), 'f', 1) << " ms\n";
    out << "re-render zoomed in 2x..32x (median of 5): " << QString::number(median(zoomed), 'f', 1) << " ms\n";
    if (!field.empty())
        out << "render at 1:10,000 (median of 5): " << QString::number(median(field), 'f', 1) << " ms\n";
    return 0;
}
