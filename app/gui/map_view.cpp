#include "map_view.h"

#include <algorithm>

namespace vt::gui {

geo::Envelope MapView::envelope() const {
    geo::Envelope e;
    e.expand(toMap(QPointF(0, 0)));
    e.expand(toMap(QPointF(size.width(), size.height())));
    return e;
}

QTransform MapView::transform() const {
    // x' = w/2 + (x - cx)/r ; y' = h/2 - (y - cy)/r
    double s = 1.0 / resolution;
    return QTransform(s, 0, 0, -s, size.width() / 2.0 - centre.x * s, size.height() / 2.0 + centre.y * s);
}

MapView MapView::fit(const geo::Envelope& extent, QSize size, double marginPx) {
    MapView v;
    v.size = size;
    if (extent.isNull()) return v;
    v.centre = {(extent.minX + extent.maxX) / 2, (extent.minY + extent.maxY) / 2};
    double w = std::max(1.0, size.width() - 2 * marginPx), h = std::max(1.0, size.height() - 2 * marginPx);
    v.resolution = std::max({extent.width() / w, extent.height() / h, 1e-9});
    return v;
}

MapView MapView::zoomedAt(QPointF anchor, double factor) const {
    MapView v = *this;
    geo::XY before = toMap(anchor);
    v.resolution = resolution / factor;
    geo::XY after = v.toMap(anchor);
    v.centre.x += before.x - after.x;
    v.centre.y += before.y - after.y;
    return v;
}

MapView MapView::panned(QPointF deltaPx) const {
    MapView v = *this;
    v.centre.x -= deltaPx.x() * resolution;
    v.centre.y += deltaPx.y() * resolution;
    return v;
}

QRectF cachedImageRect(const MapView& from, const MapView& to) {
    geo::Envelope e = from.envelope();
    QPointF topLeft = to.toScreen({e.minX, e.maxY});
    QPointF bottomRight = to.toScreen({e.maxX, e.minY});
    return QRectF(topLeft, bottomRight);
}

}  // namespace vt::gui
