#include "split_tool.h"

#include <QKeyEvent>
#include <QPainter>

#include "map_view.h"

namespace vt::gui {

SplitTool::SplitTool(std::function<geo::XY(QPointF, bool*)> snap,
                     std::function<void(const std::vector<geo::XY>&)> lineDrawn, QObject* parent)
    : MapTool(parent), snap_(std::move(snap)), lineDrawn_(std::move(lineDrawn)) {}

void SplitTool::deactivate() {
    line_.clear();
    hover_.reset();
    hoverSnap_.reset();
    MapTool::deactivate();
}

bool SplitTool::finish() {
    if (line_.size() < 2) return false;
    std::vector<geo::XY> line = std::move(line_);
    line_.clear();
    emit changed();
    if (lineDrawn_) lineDrawn_(line);
    return true;
}

bool SplitTool::mouseMove(const MapToolEvent& event) {
    hover_ = event.px;
    bool snapped = false;
    geo::XY s = snap_(event.px, &snapped);
    hoverSnap_ = snapped ? std::optional<geo::XY>(s) : std::nullopt;
    emit changed();
    return false;  // hovering never stops a pan
}

bool SplitTool::click(const MapToolEvent& event) {
    if (event.button == Qt::RightButton) return finish();
    if (event.button != Qt::LeftButton) return false;
    geo::XY p = snap_(event.px, nullptr);
    if (line_.empty() || !(line_.back() == p)) line_.push_back(p);
    emit changed();
    return true;
}

bool SplitTool::doubleClick(const MapToolEvent&) {
    finish();  // the double-click's first click placed the last vertex
    return true;
}

bool SplitTool::keyPress(QKeyEvent* event) {
    if (line_.empty()) return false;
    switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter: finish(); return true;
        case Qt::Key_Backspace:
            line_.pop_back();
            emit changed();
            return true;
        default: return false;
    }
}

bool SplitTool::cancel() {
    line_.clear();
    emit changed();
    return true;
}

void SplitTool::paint(QPainter& p, const MapView& view) {
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor ink(0xd0, 0x20, 0x60);
    if (!line_.empty()) {
        QPolygonF drawn;
        for (const auto& v : line_) drawn << view.toScreen(v);
        p.setPen(QPen(ink, 2.5));
        p.drawPolyline(drawn);
        if (hover_) {
            // The rubber band to where the next click would go.
            p.setPen(QPen(ink, 1.5, Qt::DashLine));
            p.drawLine(drawn.back(), hoverSnap_ ? view.toScreen(*hoverSnap_) : *hover_);
        }
        p.setPen(QPen(ink, 2));
        p.setBrush(Qt::white);
        for (const QPointF& v : drawn) p.drawEllipse(v, 4, 4);
    }
    if (hoverSnap_) {
        p.setPen(QPen(QColor(0xff, 0x80, 0x00), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(view.toScreen(*hoverSnap_) - QPointF(6, 6), QSizeF(12, 12)));
    }
}

}  // namespace vt::gui
