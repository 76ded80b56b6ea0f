// The geometry walks (geo/geometry_walk.h) on a hand-built geometry that has
// points, lines and a polygon with a hole, so that every member is visited:
// the order and counts below are read off the literals.
#include "geo/geometry_walk.h"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace {

// Points, lines and polygons at once (not a geometry a layer holds, but each
// walk must reach every member): 2 points, 2 lines (2 + 3 vertices), one
// polygon with an exterior (5) and a hole (4): 16 vertices.
geo::Geometry everything() {
    geo::Geometry g;
    g.kind = geo::GeometryKind::Polygon;
    g.points = {{1, 1}, {2, 2}};
    g.lines = {{{0, 0}, {1, 0}}, {{5, 5}, {6, 5}, {6, 6}}};
    geo::Polygon p;
    p.rings.push_back({{10, 10}, {20, 10}, {20, 20}, {10, 20}, {10, 10}});
    p.rings.push_back({{12, 12}, {14, 12}, {12, 14}, {12, 12}});
    g.polygons.push_back(p);
    return g;
}

TEST(GeometryWalk, VisitsPointsThenLinesThenRingsInStoredOrder) {
    const geo::Geometry g = everything();
    std::vector<std::size_t> listSizes;
    geo::forEachVertexList(g, [&](const std::vector<geo::XY>& list) { listSizes.push_back(list.size()); });
    EXPECT_EQ(listSizes, (std::vector<std::size_t>{2, 2, 3, 5, 4}));

    std::vector<std::size_t> pathSizes, ringSizes;
    geo::forEachPath(g, [&](const std::vector<geo::XY>& path) { pathSizes.push_back(path.size()); });
    geo::forEachRing(g, [&](const geo::Ring& ring) { ringSizes.push_back(ring.size()); });
    EXPECT_EQ(pathSizes, (std::vector<std::size_t>{2, 3, 5, 4}));
    EXPECT_EQ(ringSizes, (std::vector<std::size_t>{5, 4}));

    std::vector<geo::XY> vertices;
    geo::forEachVertex(g, [&](geo::XY p) { vertices.push_back(p); });
    ASSERT_EQ(vertices.size(), 16u);
    EXPECT_EQ(vertices.front(), (geo::XY{1, 1}));
    EXPECT_EQ(vertices[2], (geo::XY{0, 0}));    // the first line's first vertex
    EXPECT_EQ(vertices[7], (geo::XY{10, 10}));  // the exterior's first vertex
    EXPECT_EQ(vertices.back(), (geo::XY{12, 12}));
    EXPECT_EQ(g.vertexCount(), 16u);
}

TEST(GeometryWalk, EnvelopeCoversEveryMember) {
    geo::Geometry g = everything();
    g.points.push_back({-3, 40});  // the lowest x and the highest y come from a point
    const geo::Envelope e = g.envelope();
    EXPECT_EQ(e.minX, -3);
    EXPECT_EQ(e.minY, 0);
    EXPECT_EQ(e.maxX, 20);
    EXPECT_EQ(e.maxY, 40);
}

TEST(GeometryWalk, TransformVerticesChangesEveryVertexAndKeepsTheShape) {
    const geo::Geometry g = everything();
    const geo::Geometry moved = geo::transformedVertices(g, [](geo::XY p) { return geo::XY{p.x + 100, -p.y}; });
    EXPECT_EQ(g, everything());  // the copy was changed, not the original
    ASSERT_EQ(moved.lines.size(), 2u);
    ASSERT_EQ(moved.polygons.size(), 1u);
    ASSERT_EQ(moved.polygons[0].rings.size(), 2u);
    EXPECT_EQ(moved.points[1], (geo::XY{102, -2}));
    EXPECT_EQ(moved.lines[1][2], (geo::XY{106, -6}));
    EXPECT_EQ(moved.polygons[0].rings[1][1], (geo::XY{114, -12}));
    EXPECT_EQ(moved.vertexCount(), g.vertexCount());

    // Mutable walks change in place: swapping twice is the identity.
    geo::Geometry swapped = g;
    geo::forEachVertex(swapped, [](geo::XY& p) { std::swap(p.x, p.y); });
    EXPECT_EQ(swapped.lines[1][1], (geo::XY{5, 6}));
    geo::transformVertices(swapped, [](geo::XY p) { return geo::XY{p.y, p.x}; });
    EXPECT_EQ(swapped, g);
}

TEST(GeometryWalk, AnEmptyGeometryVisitsOnlyItsEmptyPointList) {
    const geo::Geometry none;
    int lists = 0, vertices = 0;
    geo::forEachVertexList(none, [&](const std::vector<geo::XY>& l) { lists += 1 + static_cast<int>(l.size()); });
    geo::forEachVertex(none, [&](geo::XY) { ++vertices; });
    EXPECT_EQ(lists, 1);
    EXPECT_EQ(vertices, 0);
    EXPECT_TRUE(none.envelope().isNull());
}

}  // namespace
