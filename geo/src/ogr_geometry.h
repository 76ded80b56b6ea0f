#pragma once
// Internal: geo::Geometry to and from OGR geometries and WKT, for the writers
// of edits (layer_save.cpp) and the edit journal (edit_journal.cpp).
#include <string>

#include "gdal_util.h"
#include "geo/geometry.h"

namespace geo::detail {

// An OGR geometry of g (multi when g has several members or `multi` is set);
// null for an empty g. Throws geo::Error when GDAL cannot build it.
OgrGeometryPtr toOgrGeometry(const Geometry& g, bool multi);

// The points, lines or polygons of an OGR geometry (curves linearised; the
// highest dimension present wins; an empty one keeps its declared kind). The
// reader (source.cpp) and the edit journal both read geometry through it.
Geometry fromOgrGeometry(OGRGeometryH g);
// The kind of a geometry just filled: the highest dimension present, or, when
// empty, the kind its flat WKB type declares (1..6; None otherwise).
void settleKind(Geometry& out, int flatWkbType);

// ISO WKT of g with every digit kept ("" for an empty geometry), and back.
// geometryFromWkt throws geo::Error for text GDAL cannot read.
std::string geometryToWkt(const Geometry& g);
Geometry geometryFromWkt(const std::string& wkt);

}  // namespace geo::detail
