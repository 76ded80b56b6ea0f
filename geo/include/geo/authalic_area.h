#pragma once
// The area of a small ring on the WGS 84 ellipsoid without PROJ: Lambert's
// cylindrical equal-area map of the authalic sphere (x = R_q·λ,
// y = R_q·sin ξ, ξ the authalic latitude) preserves area exactly, so a
// planar shoelace there measures the ring with edges straight in the map.
// Geodesic edges are curved in that map; each edge adds the signed area
// between its geodesic and its chord, κL³/12 with κ the geodesic's
// curvature in the map (derived in authalic_area.cpp), so the result is the
// geodesic polygon's area up to terms of fifth order in the ring's size.
// How small is small, and the error bound, are in geo/area.h.
#include "geo/geometry.h"

namespace geo {

// Signed area of one ring in m² (counter-clockwise positive), lon/lat
// degrees in; as geodesicRingAreaM2 for rings within authalicAreaApplies.
double authalicRingAreaM2(const Ring& lonLat);

}  // namespace geo
