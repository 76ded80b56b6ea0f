#pragma once
// The app tests' own geometry, independent of the app's hit tests: whether
// a point lies inside a polygonal geometry, and a point inside a convex plot.
#include <gtest/gtest.h>

#include "geo/geometry.h"

namespace vt::gui::apptest {

// Even-odd point in polygon, member by member (a point inside any member).
inline bool inside(const geo::Geometry& g, geo::XY p) {
    for (const auto& poly : g.polygons) {
        bool in = false;
        for (const auto& ring : poly.rings)
            for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
                if ((ring[i].y > p.y) != (ring[j].y > p.y) &&
                    p.x < (ring[j].x - ring[i].x) * (p.y - ring[i].y) / (ring[j].y - ring[i].y) + ring[i].x)
                    in = !in;
        if (in) return true;
    }
    return false;
}

// The vertex centroid of the first ring of a convex plot (the demo
// generator's plots are convex, so it lies inside; checked).
inline geo::XY interior(const geo::Geometry& g) {
    const geo::Ring& ring = g.polygons.front().rings.front();
    geo::XY c{0, 0};
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        c.x += ring[i].x;
        c.y += ring[i].y;
    }
    c.x /= static_cast<double>(ring.size() - 1);
    c.y /= static_cast<double>(ring.size() - 1);
    EXPECT_TRUE(inside(g, c));
    return c;
}

}  // namespace vt::gui::apptest
