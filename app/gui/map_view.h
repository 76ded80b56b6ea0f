#pragma once
// The viewport: which part of the map (map CRS units, y up) a widget or an
// image of a given size in px (y down) shows.
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

#include "geo/geometry.h"

namespace vt::gui {

struct MapView {
    geo::XY centre;            // map CRS
    double resolution = 1;     // map units per px (> 0)
    QSize size;                // px

    QPointF toScreen(geo::XY p) const {
        return {size.width() / 2.0 + (p.x - centre.x) / resolution,
                size.height() / 2.0 - (p.y - centre.y) / resolution};
    }
    geo::XY toMap(QPointF s) const {
        return {centre.x + (s.x() - size.width() / 2.0) * resolution,
                centre.y - (s.y() - size.height() / 2.0) * resolution};
    }
    geo::Envelope envelope() const;
    // Map → screen as a QTransform (for QPainterPath in map units).
    QTransform transform() const;
    // Shows extent with a margin of marginPx on every side.
    static MapView fit(const geo::Envelope& extent, QSize size, double marginPx = 20);
    // Zoom by factor (> 1 zooms in) keeping the map point under anchor fixed.
    MapView zoomedAt(QPointF anchor, double factor) const;
    MapView panned(QPointF deltaPx) const;
    // The scale denominator (1:N) for a screen of dpi dots per inch, when
    // map units are metres.
    double scaleDenominator(double dpi = 96) const { return resolution / (0.0254 / dpi); }

    friend bool operator==(const MapView& a, const MapView& b) {
        return a.centre == b.centre && a.resolution == b.resolution && a.size == b.size;
    }
};

// Where the image rendered for `from` goes when the view is `to`: the
// destination rectangle in `to`'s px, for showing a cached frame during
// pan/zoom until the new frame is ready.
QRectF cachedImageRect(const MapView& from, const MapView& to);

}  // namespace vt::gui
