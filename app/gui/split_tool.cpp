#include "split_tool.h"

#include <QKeyEvent>
#include <QPainter>

#include "map_view.h"

namespace vt::gui {

SplitTool::SplitTool(std::function<geo::XY(QPointF, bool*)> snap,
                     std::function<void(const std::vector<geo::XY>&)> lineDrawn, QObject* parent)
    : MapTool(parent), snap_(std::move(snap)), lineDrawn_(std::move(lineDrawn)) {}

void SplitTool::deactivate() {
    sketch_.clear();
    MapTool::deactivate();
}

bool SplitTool::finish() {
    if (sketch_.vertices.size() < 2) return false;
    std::vector<geo::XY> line = std::move(sketch_.vertices);
    sketch_.clearVertices();
    emit changed();
    if (lineDrawn_) lineDrawn_(line);
    return true;
}

bool SplitTool::mouseMove(const MapToolEvent& event) {
    bool snapped = false;
    geo::XY s = snap_(event.px, &snapped);
    sketch_.hoverAt(event.px, snapped ? std::optional<geo::XY>(s) : std::nullopt);
    emit changed();
    return false;  // hovering never stops a pan
}

bool SplitTool::click(const MapToolEvent& event) {
    if (event.button == Qt::RightButton) return finish();
    if (event.button != Qt::LeftButton) return false;
    geo::XY p = snap_(event.px, nullptr);
    auto& line = sketch_.vertices;
    if (line.empty() || !(line.back() == p)) line.push_back(p);
    emit changed();
    return true;
}

bool SplitTool::doubleClick(const MapToolEvent&) {
    finish();  // the double-click's first click placed the last vertex
    return true;
}

bool SplitTool::keyPress(QKeyEvent* event) {
    if (sketch_.vertices.empty()) return false;
    switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter: finish(); return true;
        case Qt::Key_Backspace:
            sketch_.vertices.pop_back();
            emit changed();
            return true;
        default: return false;
    }
}

bool SplitTool::cancel() {
    sketch_.clearVertices();
    emit changed();
    return true;
}

void SplitTool::paint(QPainter& p, const MapView& view) {
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor ink(0xd0, 0x20, 0x60);
    if (!sketch_.vertices.empty()) {
        const QPolygonF drawn = sketch_.screenVertices(view);
        p.setPen(QPen(ink, 2.5));
        p.drawPolyline(drawn);
        if (auto cursor = sketch_.screenCursor(view)) {
            // The rubber band to where the next click would go.
            p.setPen(QPen(ink, 1.5, Qt::DashLine));
            p.drawLine(drawn.back(), *cursor);
        }
        paintVertexDots(p, drawn, ink);
    }
    if (sketch_.hoverSnap) paintSnapMark(p, view, *sketch_.hoverSnap);
}

}  // namespace vt::gui
