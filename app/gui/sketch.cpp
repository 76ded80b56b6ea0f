#include "sketch.h"

#include <QPainter>

#include "map_view.h"

namespace vt::gui {

QPolygonF Sketch::screenVertices(const MapView& view) const {
    QPolygonF out;
    out.reserve(static_cast<qsizetype>(vertices.size()));
    for (const auto& v : vertices) out << view.toScreen(v);
    return out;
}

std::optional<QPointF> Sketch::screenCursor(const MapView& view) const {
    if (hoverSnap) return view.toScreen(*hoverSnap);
    return hover;
}

void paintVertexDots(QPainter& p, const QPolygonF& screen, const QColor& ink) {
    p.setPen(QPen(ink, 2));
    p.setBrush(Qt::white);
    for (const QPointF& v : screen) p.drawEllipse(v, 4, 4);
}

void paintSnapMark(QPainter& p, const MapView& view, geo::XY snapped) {
    p.setPen(QPen(QColor(0xff, 0x80, 0x00), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(view.toScreen(snapped) - QPointF(6, 6), QSizeF(12, 12)));
}

}  // namespace vt::gui
