#pragma once
// Plain geometry values shared by every module. Coordinates are in the CRS of
// the layer that holds them (metres for projected CRS, degrees lon/lat for
// geographic ones, always x = easting/longitude, y = northing/latitude).
#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

namespace geo {

struct XY {
    double x = 0;
    double y = 0;
    friend bool operator==(const XY&, const XY&) = default;
};

// A closed ring: first point equals last point.
using Ring = std::vector<XY>;

struct Polygon {
    std::vector<Ring> rings;  // rings[0] is the exterior, the rest are holes
    friend bool operator==(const Polygon&, const Polygon&) = default;
};

struct Envelope {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool isNull() const { return minX > maxX; }
    void expand(XY p) {
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    void expand(const Envelope& e) {
        if (e.isNull()) return;
        expand(XY{e.minX, e.minY});
        expand(XY{e.maxX, e.maxY});
    }
    bool intersects(const Envelope& e) const {
        return !isNull() && !e.isNull() && minX <= e.maxX && e.minX <= maxX &&
               minY <= e.maxY && e.minY <= maxY;
    }
    bool contains(XY p) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
    double width() const { return isNull() ? 0 : maxX - minX; }
    double height() const { return isNull() ? 0 : maxY - minY; }
};

enum class GeometryKind { None, Point, LineString, Polygon };

// A geometry of one kind, single or multi: points, lines (as point lists) or
// polygons. A Polygon with several members is a MultiPolygon.
struct Geometry {
    GeometryKind kind = GeometryKind::None;
    std::vector<XY> points;
    std::vector<std::vector<XY>> lines;
    std::vector<Polygon> polygons;

    bool isEmpty() const { return points.empty() && lines.empty() && polygons.empty(); }
    bool isPolygonal() const { return kind == GeometryKind::Polygon; }
    std::size_t vertexCount() const;
    Envelope envelope() const;

    static Geometry point(XY p) {
        Geometry g;
        g.kind = GeometryKind::Point;
        g.points.push_back(p);
        return g;
    }
    static Geometry polygon(Polygon p) {
        Geometry g;
        g.kind = GeometryKind::Polygon;
        g.polygons.push_back(std::move(p));
        return g;
    }
    friend bool operator==(const Geometry&, const Geometry&) = default;
};

const char* toString(GeometryKind kind);

}  // namespace geo
