#pragma once
// Area on the WGS 84 ellipsoid. Inputs are lon/lat degrees; results are
// hectares. Two ways (design.md, "Coordinate reference systems"):
// - geodesic: PROJ's geodesic API (GeographicLib's algorithm), the
//   definition: a polygon whose edges are geodesics;
// - authalic: for small polygons, the exact equal-area map of the authalic
//   sphere with a planar ring area and each edge's geodesic curvature
//   (geo/authalic_area.h), ~30× faster.
// AreaMode::Auto takes the authalic way for the polygons authalicAreaApplies
// accepts; there it differs from the geodesic area by at most
// max(1e-6 × area, 0.01 m²) (tests/geo/area_mode_test.cpp bounds it on
// random polygons). AreaMode::Geodesic is PROJ for every polygon.
#include "geo/area_mode.h"
#include "geo/geometry.h"

namespace geo {

// Area of a polygon with holes in ha: |exterior| − Σ|holes|, whatever the
// ring orientation, measured as the mode says.
double areaHa(const Polygon& lonLat, AreaMode mode);
// Sum over the polygons of a (multi)polygon; 0 for points and lines.
double areaHa(const Geometry& lonLat, AreaMode mode);

// The same by PROJ's geodesic area whatever the polygon's size: what
// areaHa gives in AreaMode::Geodesic, bit for bit.
double geodesicAreaHa(const Polygon& lonLat);
double geodesicAreaHa(const Geometry& lonLat);
// Signed area of one ring in m² (counter-clockwise positive).
double geodesicRingAreaM2(const Ring& lonLat);

// "Small" for AreaMode::Auto, decided in degrees on the exterior ring's
// bounding box (its holes lie inside it).
constexpr double kAuthalicMaxExtentDegrees = 0.05;
constexpr double kAuthalicMaxLatitudeDegrees = 85;
// True when the polygon spans at most kAuthalicMaxExtentDegrees of
// longitude and of latitude (≤ 5.6 km at Vietnam's latitudes: "a few
// kilometres", so zones and large holdings stay geodesic) and lies within
// ±kAuthalicMaxLatitudeDegrees. Why those figures: the authalic way's
// difference from the geodesic area grows as the fifth power of the edges'
// length; on random polygons at 8.5°–23.5° N spanning 0.1° (twice the
// bound) the worst is 0.3 % of the allowed max(1e-6 × area, 0.01 m²)
// (triangles: the longest edges for their span), at 1° it is 6× over it
// (tests/geo/area_mode_test.cpp prints both), so 0.05° keeps a wide margin;
// below it what is left is rounding on the smallest plots. Near a pole the map's scale
// along parallels diverges, so polar polygons stay geodesic; a ring
// crossing the antimeridian spans ~360° of longitude: geodesic too.
bool authalicAreaApplies(const Polygon& lonLat);

}  // namespace geo
