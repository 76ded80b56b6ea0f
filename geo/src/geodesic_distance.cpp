#include "geo/geodesic_distance.h"

#include <geodesic.h>

namespace geo {

double geodesicDistanceMetres(XY a, XY b) {
    static const geod_geodesic g = [] {
        geod_geodesic out;
        geod_init(&out, 6378137.0, 1 / 298.257223563);
        return out;
    }();
    double s12 = 0, azi1 = 0, azi2 = 0;
    geod_inverse(&g, a.y, a.x, b.y, b.x, &s12, &azi1, &azi2);
    return s12;
}

}  // namespace geo
