#pragma once
// Merging planting areas (the editor's Merge): one polygonal geometry that
// covers exactly what the given ones cover, as GEOS's union computes it.
#include <string>
#include <vector>

#include "geo/geometry.h"

namespace geo {

// The union of polygonal geometries (WGS 84 lon/lat, or any one CRS): a
// Polygon geometry, one polygon per connected part; shared borders and
// overlaps disappear. REQUIRES: every part is polygonal and valid.
// Throws GeometryError naming `what` when GEOS fails.
Geometry unionOfPolygons(const std::vector<Geometry>& parts, const std::string& what = "merged polygons");

}  // namespace geo
