#include "geo/area.h"

#include <geodesic.h>

#include <cmath>

namespace geo {
namespace {

// WGS 84 ellipsoid as PROJ defines it (a, 1/f). VN-2000 uses the same
// ellipsoid, so areas do not depend on which of the two datums the
// coordinates were transformed to.
const geod_geodesic& wgs84Geodesic() {
    static const geod_geodesic g = [] {
        geod_geodesic out;
        geod_init(&out, 6378137.0, 1 / 298.257223563);
        return out;
    }();
    return g;
}

}  // namespace

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

double geodesicAreaHa(const Polygon& polygon) {
    if (polygon.rings.empty()) return 0;
    double m2 = std::fabs(geodesicRingAreaM2(polygon.rings[0]));
    for (std::size_t i = 1; i < polygon.rings.size(); ++i)
        m2 -= std::fabs(geodesicRingAreaM2(polygon.rings[i]));
    return m2 / 10000.0;
}

double geodesicAreaHa(const Geometry& g) {
    double ha = 0;
    for (const auto& p : g.polygons) ha += geodesicAreaHa(p);
    return ha;
}

}  // namespace geo
