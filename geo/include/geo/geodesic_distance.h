#pragma once
// Geodesic distance on the WGS 84 ellipsoid (PROJ's geodesic library,
// GeographicLib's algorithm). Inputs are lon/lat degrees (x = lon, y = lat).
#include "geo/geometry.h"

namespace geo {

// Length of the shortest geodesic between a and b, in metres.
double geodesicDistanceMetres(XY a, XY b);

}  // namespace geo
