#pragma once
// 3D solids and surfaces (PolyhedralSurface, TIN, Triangle: a CityGML
// building's gml:Solid, which GDAL reads as a PolyhedralSurface Z, a
// multipatch's patches) as planting areas or zones: what is planted is their
// 2D footprint, the union of their faces seen from above. A vertical face
// (a wall) covers no ground and adds nothing; a roof and the floor under it
// cover the same ground once.
#include <ogr_api.h>

#include <cstdint>
#include <string>
#include <vector>

#include "geo/geometry.h"

namespace geo::detail {

// True when g is, or a collection holding, a PolyhedralSurface, TIN or
// Triangle, or a MultiPolygon Z with an upright part (a wall: no 2D area,
// some height), as a shapefile multipatch or a GML CompositeSurface reads.
bool holdsFacetedSurface(OGRGeometryH g);

// The footprint of g (holdsFacetedSurface): every face and every polygon of g
// projected to x/y, faces of no 2D area dropped, unioned with GEOS. A
// Polygon geometry, empty when every face is vertical. Throws GeometryError
// naming `what` when GEOS cannot union the faces.
Geometry surfaceFootprint(OGRGeometryH g, const std::string& what);

// The reader's warning for a layer whose features fids were measured by
// their footprint: "<label>: 2 feature(s) are 3D solids or surfaces … (FID 0, 1)".
std::string footprintNote(const std::string& label, const std::vector<std::int64_t>& fids);

}  // namespace geo::detail
