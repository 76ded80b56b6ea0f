#pragma once
// Splitting planting areas along a line (the editor's Split tool): the parts
// a polygon falls into when cut by a polyline, as GEOS computes them (the
// polygon's boundary and the line noded together and polygonized; the faces
// inside the polygon are the parts). CRS-agnostic: polygon and line in one
// CRS (WGS 84 lon/lat in the app), parts in it too.
#include <string>
#include <vector>

#include "geo/geometry.h"

namespace geo {

struct PolygonSplit {
    enum class Outcome {
        Split,       // parts holds two or more parts
        Untouched,   // the line does not reach the polygon's interior: parts holds the polygon
        NotCrossed,  // the line enters the polygon but does not cut it through: parts holds the polygon
    };
    Outcome outcome = Outcome::Untouched;
    // Polygonal geometries (one polygon each, holes kept) covering exactly what
    // the input covers. A multipolygon's members the line does not cut stay
    // together in one more part: the members of the input are never regrouped.
    std::vector<Geometry> parts;
};

// How the polygon's edges run between its vertices.
enum class SplitEdges {
    Planar,    // straight in the coordinates (a projected CRS)
    Geodesic,  // WGS 84 lon/lat whose edges are geodesics, as geo's areas measure them
};

// Cuts polygonal g along the polyline `line` (two or more vertices; it may
// cross g several times and g's holes). With SplitEdges::Geodesic each
// vertex the cut adds on one of g's edges is put on that edge's geodesic
// (GEOS finds it on the straight lon/lat chord, up to ~0.1 mm away), so the
// parts' geodesic areas add up to g's to rounding. Throws GeometryError
// naming `what` when g is not polygonal, the line has fewer than two
// distinct vertices, or GEOS fails.
PolygonSplit splitPolygon(const Geometry& g, const std::vector<XY>& line, const std::string& what = "a polygon",
                          SplitEdges edges = SplitEdges::Planar);

}  // namespace geo
