#include "geo/geodesic_distance.h"

#include "wgs84_geodesic.h"

namespace geo {

using detail::wgs84Geodesic;

XY geodesicPointAt(XY a, XY b, double fraction) {
    if (fraction <= 0) return a;
    if (fraction >= 1) return b;
    geod_geodesicline line;
    geod_inverseline(&line, &wgs84Geodesic(), a.y, a.x, b.y, b.x, 0);
    XY out;
    geod_position(&line, fraction * line.s13, &out.y, &out.x, nullptr);
    return out;
}

double geodesicDistanceMetres(XY a, XY b) {
    const geod_geodesic& g = wgs84Geodesic();
    double s12 = 0, azi1 = 0, azi2 = 0;
    geod_inverse(&g, a.y, a.x, b.y, b.x, &s12, &azi1, &azi2);
    return s12;
}

}  // namespace geo
