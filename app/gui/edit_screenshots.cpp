// vungtrong-edit-screenshots: the editor offscreen, on a project's planting
// areas, the way data/screenshots/edit-*.png were made:
//   vungtrong-edit-screenshots PROJECT OUTDIR [vi|en]
// edit-vertices.png (a plot selected in the vertex tool after one vertex was
// moved, the History dock beside), edit-draw.png (a new plot half drawn, its
// next vertex snapped to a neighbour's corner) and attribute-form.png (the
// form refusing a code another plot has). Nothing is saved.
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMouseEvent>
#include <QTextStream>

#include "attribute_form.h"
#include "edit_controller.h"
#include "language.h"
#include "main_window.h"
#include "screenshot_support.h"
#include "map_canvas.h"

using namespace vt::gui;
using screenshots::save;

namespace {

void sendMouse(QWidget* w, QEvent::Type type, QPointF pos) {
    QMouseEvent e(type, pos, w->mapToGlobal(pos), Qt::LeftButton,
                  type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &e);
}

void clickAt(QWidget* w, QPointF pos) {
    sendMouse(w, QEvent::MouseButtonPress, pos);
    sendMouse(w, QEvent::MouseButtonRelease, pos);
}

}  // namespace

int main(int argc, char** argv) {
    screenshots::useOffscreenPlatform();
    QApplication app(argc, argv);
    QTextStream out(stdout);
    screenshots::Session session;
    if (int failed = screenshots::openSession(argc, argv, "vungtrong-edit-screenshots", out, session)) return failed;
    MainWindow& window = *session.window;
    const QDir& dir = session.dir;
    DocumentPtr doc = window.document();
    if (doc->plantings < 0 || doc->loaded(doc->plantings).normalised.features.size() < 2) {
        out << "the project has no planting areas to edit\n";
        return 1;
    }
    EditController* editor = window.editController();
    const std::string layerId = doc->layers[static_cast<std::size_t>(doc->plantings)].id;
    if (!editor->startEditing(layerId)) {
        out << "cannot edit: " << editor->lastError() << "\n";
        return 1;
    }
    MapCanvas* canvas = window.canvas();
    // The plot with the most neighbours within twice its size, and them.
    const auto& plots = doc->layers[static_cast<std::size_t>(doc->plantings)];
    int best = 0, bestCount = -1;
    for (std::size_t i = 0; i < plots.envelopes.size(); ++i) {
        geo::Envelope e = plots.envelopes[i];
        double pad = std::max(e.width(), e.height());
        geo::Envelope around{e.minX - pad, e.minY - pad, e.maxX + pad, e.maxY + pad};
        int count = 0;
        for (const auto& o : plots.envelopes) count += o.intersects(around);
        if (count > bestCount) bestCount = count, best = static_cast<int>(i);
    }
    geo::Envelope e = plots.envelopes[static_cast<std::size_t>(best)];
    double pad = std::max(e.width(), e.height()) * 1.2;
    geo::Envelope view{e.minX - pad, e.minY - pad, e.maxX + pad, e.maxY + pad};

    // Vertex tool: move the plot's first vertex outwards, one step in the History.
    canvas->zoomToExtent(view);
    window.selection()->select(layerId, {best});
    editor->vertexAction()->setChecked(true);
    canvas->waitForRender();
    const geo::Ring& ring = plots.geometry[static_cast<std::size_t>(best)].polygons.front().rings.front();
    QPointF from = canvas->view().toScreen(ring[1]);
    QPointF centre = canvas->view().toScreen({(e.minX + e.maxX) / 2, (e.minY + e.maxY) / 2});
    QPointF to = from + (from - centre) * 0.15;
    sendMouse(canvas, QEvent::MouseButtonPress, from);
    sendMouse(canvas, QEvent::MouseMove, to);
    sendMouse(canvas, QEvent::MouseButtonRelease, to);
    window.selection()->select(layerId, {best});
    canvas->waitForRender();
    bool ok = save(&window, dir.filePath(QStringLiteral("edit-vertices.png")), out);

    // Drawing: three vertices placed above and right of the plot, the cursor near its corner (snapped).
    editor->addFeatureAction()->setChecked(true);
    doc = window.document();
    geo::Envelope now = doc->layers[static_cast<std::size_t>(doc->plantings)].envelopes[static_cast<std::size_t>(best)];
    double w = now.width();
    double h = now.height();
    clickAt(canvas, canvas->view().toScreen({now.maxX - w * 0.1, now.maxY + h * 0.1}));
    clickAt(canvas, canvas->view().toScreen({now.maxX + w * 0.7, now.maxY + h * 0.15}));
    clickAt(canvas, canvas->view().toScreen({now.maxX + w * 0.8, now.maxY - h * 0.45}));
    const geo::Ring& edited = doc->layers[static_cast<std::size_t>(doc->plantings)].geometry[static_cast<std::size_t>(best)]
                                  .polygons.front().rings.front();
    geo::XY corner = edited.front();
    for (const auto& p : edited)
        if (p.x > corner.x) corner = p;
    sendMouse(canvas, QEvent::MouseMove, canvas->view().toScreen(corner) + QPointF(5, 4));
    canvas->waitForRender();
    ok = save(&window, dir.filePath(QStringLiteral("edit-draw.png")), out) && ok;

    // The attribute form: plot `best` given the code of another plot.
    const auto& features = doc->loaded(doc->plantings).normalised.features;
    const geo::Feature& f = features[static_cast<std::size_t>(best)];
    AttributeForm form(doc, doc->plantings, f.fid, f.attributes, &window);
    form.setText(doc->plantingCodeField, doc->text(doc->plantings, best == 0 ? 1 : 0, doc->plantingCodeField));
    form.show();
    ok = save(&form, dir.filePath(QStringLiteral("attribute-form.png")), out) && ok;
    return ok ? 0 : 1;
}
