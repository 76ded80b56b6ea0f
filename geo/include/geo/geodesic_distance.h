#pragma once
// Geodesic distance on the WGS 84 ellipsoid (PROJ's geodesic library,
// GeographicLib's algorithm). Inputs are lon/lat degrees (x = lon, y = lat).
#include "geo/geometry.h"

namespace geo {

// Length of the shortest geodesic between a and b, in metres.
double geodesicDistanceMetres(XY a, XY b);

// The point of the shortest geodesic from a to b at `fraction` of its length
// from a (0 gives a, 1 gives b).
XY geodesicPointAt(XY a, XY b, double fraction);

}  // namespace geo
