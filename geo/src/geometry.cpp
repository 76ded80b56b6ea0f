#include "geo/geometry.h"

namespace geo {

std::size_t Geometry::vertexCount() const {
    std::size_t n = points.size();
    for (const auto& line : lines) n += line.size();
    for (const auto& poly : polygons)
        for (const auto& ring : poly.rings) n += ring.size();
    return n;
}

Envelope Geometry::envelope() const {
    Envelope e;
    for (const auto& p : points) e.expand(p);
    for (const auto& line : lines)
        for (const auto& p : line) e.expand(p);
    for (const auto& poly : polygons)
        for (const auto& ring : poly.rings)
            for (const auto& p : ring) e.expand(p);
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
