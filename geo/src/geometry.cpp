#include "geo/geometry.h"

#include "geo/geometry_walk.h"

namespace geo {

std::size_t Geometry::vertexCount() const {
    std::size_t n = 0;
    forEachVertexList(*this, [&](const std::vector<XY>& list) { n += list.size(); });
    return n;
}

Envelope Geometry::envelope() const {
    Envelope e;
    forEachVertex(*this, [&](XY p) { e.expand(p); });
    return e;
}

const char* toString(GeometryKind kind) {
    switch (kind) {
        case GeometryKind::None: return "none";
        case GeometryKind::Point: return "point";
        case GeometryKind::LineString: return "line";
        case GeometryKind::Polygon: return "polygon";
    }
    return "?";
}

}  // namespace geo
