#include "geo/area.h"

#include <geodesic.h>

#include <algorithm>
#include <cmath>

#include "geo/authalic_area.h"
#include "wgs84_geodesic.h"

namespace geo {
namespace {

using detail::wgs84Geodesic;

// |exterior| − Σ|holes| in ha, each ring by ringM2.
template <typename RingArea>
double polygonHa(const Polygon& polygon, RingArea ringM2) {
    if (polygon.rings.empty()) return 0;
    double m2 = std::fabs(ringM2(polygon.rings[0]));
    for (std::size_t i = 1; i < polygon.rings.size(); ++i) m2 -= std::fabs(ringM2(polygon.rings[i]));
    return m2 / 10000.0;
}

}  // namespace

const char* toString(AreaMode mode) { return mode == AreaMode::Geodesic ? "geodesic" : "auto"; }

std::optional<AreaMode> parseAreaMode(const std::string& text) {
    for (AreaMode m : {AreaMode::Auto, AreaMode::Geodesic})
        if (text == toString(m)) return m;
    return std::nullopt;
}

double geodesicRingAreaM2(const Ring& ring) {
    std::size_t n = ring.size();
    if (n >= 2 && ring.front() == ring.back()) --n;  // the polygon closes rings itself
    if (n < 3) return 0;
    // What geod_polygonarea does, point by point: no arrays to allocate.
    geod_polygon polygon;
    geod_polygon_init(&polygon, 0);
    for (std::size_t i = 0; i < n; ++i) geod_polygon_addpoint(&wgs84Geodesic(), &polygon, ring[i].y, ring[i].x);
    double area = 0;
    geod_polygon_compute(&wgs84Geodesic(), &polygon, 0, 1, &area, nullptr);
    return area;  // counter-clockwise positive
}

double geodesicAreaHa(const Polygon& polygon) { return polygonHa(polygon, geodesicRingAreaM2); }

double geodesicAreaHa(const Geometry& g) {
    double ha = 0;
    for (const auto& p : g.polygons) ha += geodesicAreaHa(p);
    return ha;
}

bool authalicAreaApplies(const Polygon& polygon) {
    if (polygon.rings.empty() || polygon.rings[0].empty()) return false;
    const Ring& ring = polygon.rings[0];
    double minX = ring[0].x, maxX = minX, minY = ring[0].y, maxY = minY;
    for (const XY& p : ring) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    // A NaN coordinate makes a NaN area on either way, as before (the CLI refuses it).
    return maxX - minX <= kAuthalicMaxExtentDegrees && maxY - minY <= kAuthalicMaxExtentDegrees &&
           minY >= -kAuthalicMaxLatitudeDegrees && maxY <= kAuthalicMaxLatitudeDegrees;
}

double areaHa(const Polygon& polygon, AreaMode mode) {
    if (mode == AreaMode::Auto && authalicAreaApplies(polygon)) return polygonHa(polygon, authalicRingAreaM2);
    return geodesicAreaHa(polygon);
}

double areaHa(const Geometry& g, AreaMode mode) {
    double ha = 0;
    for (const auto& p : g.polygons) ha += areaHa(p, mode);
    return ha;
}

}  // namespace geo
