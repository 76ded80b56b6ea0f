#pragma once
// Geodesic area on the WGS 84 ellipsoid (PROJ's geodesic API, GeographicLib's
// algorithm). Inputs are lon/lat degrees; results are hectares.
#include "geo/geometry.h"

namespace geo {

// Area of a polygon with holes in ha: |exterior| − Σ|holes|, whatever the
// ring orientation. Degrees in, hectares out.
double geodesicAreaHa(const Polygon& lonLat);
// Sum over the polygons of a (multi)polygon; 0 for points and lines.
double geodesicAreaHa(const Geometry& lonLat);
// Signed area of one ring in m² (counter-clockwise positive).
double geodesicRingAreaM2(const Ring& lonLat);

}  // namespace geo
