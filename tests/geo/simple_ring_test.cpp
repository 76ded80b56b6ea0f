// The fast path's simplicity test (geo/src/simple_ring.cpp) compares the
// boxes of a row of edge pairs at once and walks a row only where two boxes
// meet. Its verdict must be the one of trying every pair of edges in turn,
// which is written out here as the reference.
#include <gtest/gtest.h>

#include "../support/splitmix.h"

#include <cmath>
#include <cstdint>
#include <limits>

#include "geo/geometry.h"
#include "simple_ring.h"

namespace {

// Every pair of non-adjacent edges tested in turn, with the same margin.
bool simpleByEveryPair(const geo::Ring& ring) {
    constexpr double kSineMargin = 1e-9;
    const std::size_t edges = ring.size() - 1;
    if (ring.size() < 4 || edges > 64) return false;
    auto sub = [](geo::XY a, geo::XY b) { return geo::XY{a.x - b.x, a.y - b.y}; };
    auto cross = [](geo::XY u, geo::XY v) { return u.x * v.y - u.y * v.x; };
    auto norm2 = [](geo::XY u) { return u.x * u.x + u.y * u.y; };
    auto side = [&](geo::XY a, geo::XY b, geo::XY c) {
        geo::XY u = sub(b, a), v = sub(c, a);
        double z = cross(u, v);
        double bound = kSineMargin * kSineMargin * norm2(u) * norm2(v);
        if (!(bound >= std::numeric_limits<double>::min()) || std::isinf(bound) || z * z <= bound) return 0;
        return z > 0 ? 1 : -1;
    };
    for (std::size_t i = 0; i < edges; ++i)
        if (ring[i] == ring[i + 1]) return false;
    double twiceArea = 0;
    for (std::size_t i = 0; i < edges; ++i) twiceArea += cross(ring[i], ring[i + 1]);
    geo::Envelope box;
    for (const auto& p : ring) box.expand(p);
    if (std::fabs(twiceArea) <= kSineMargin * box.width() * box.height() * 2) return false;
    for (std::size_t i = 0; i < edges; ++i) {
        geo::XY a = ring[i], b = ring[i + 1];
        if (side(a, b, ring[(i + 2) % edges]) == 0) return false;
        for (std::size_t j = i + 2; j < edges; ++j) {
            if (i == 0 && j == edges - 1) continue;
            geo::XY p = ring[j], q = ring[j + 1];
            if (std::max(p.x, q.x) < std::min(a.x, b.x) || std::max(a.x, b.x) < std::min(p.x, q.x) ||
                std::max(p.y, q.y) < std::min(a.y, b.y) || std::max(a.y, b.y) < std::min(p.y, q.y))
                continue;
            int s1 = side(a, b, p), s2 = side(a, b, q), s3 = side(p, q, a), s4 = side(p, q, b);
            if (s1 == 0 || s2 == 0 || s3 == 0 || s4 == 0) return false;
            if (s1 != s2 && s3 != s4) return false;
        }
    }
    return true;
}

using Rng = testsupport::SplitMix;

TEST(SimpleRing, SameVerdictAsTestingEveryPairOfEdges) {
    // Jagged star rings of 3 to 70 edges as the bench's plots (mostly
    // simple), rings of random points (mostly crossing), star rings with one
    // vertex pushed across the ring (a crossing or a touch), rings with a
    // vertex repeated, and lon/lat-sized rings whose edges touch exactly.
    Rng rng{20261130};
    int simple = 0, notSimple = 0;
    for (int k = 0; k < 40000; ++k) {
        const int n = 3 + static_cast<int>(rng.next() * 68);
        const int kind = k % 5;
        const double cx = kind == 4 ? 105.9 : 500000 + rng.next() * 1000, cy = kind == 4 ? 9.6 : 1000000 + rng.next() * 1000;
        const double scale = kind == 4 ? 1e-4 : 1;
        geo::Ring ring;
        for (int i = 0; i < n; ++i) {
            double angle = 2 * 3.14159265358979 * i / n, r = (20 + rng.next() * 80) * scale;
            if (kind == 1) ring.push_back({cx + (rng.next() - 0.5) * 200, cy + (rng.next() - 0.5) * 200});
            else ring.push_back({cx + r * std::cos(angle), cy + r * std::sin(angle)});
        }
        if (kind == 2) ring[static_cast<std::size_t>(n / 2)] = {cx - (ring[0].x - cx), cy - (ring[0].y - cy) * 1.5};
        if (kind == 3) ring.insert(ring.begin() + n / 2, ring[static_cast<std::size_t>(n / 2)]);
        if (kind == 4 && n > 6) ring[3] = ring[static_cast<std::size_t>(n / 2)];  // two vertices at one point
        ring.push_back(ring.front());
        const bool reference = simpleByEveryPair(ring);
        ASSERT_EQ(geo::detail::certainlySimpleRing(ring), reference) << "ring " << k << " of kind " << kind;
        (reference ? simple : notSimple)++;
    }
    EXPECT_GT(simple, 10000);  // both verdicts are well represented
    EXPECT_GT(notSimple, 10000);
}

TEST(SimpleRing, TooFewOrTooManyEdgesGoToGeos) {
    EXPECT_FALSE(geo::detail::certainlySimpleRing({{0, 0}, {1, 0}, {0, 0}}));
    geo::Ring many;
    for (int i = 0; i < 65; ++i) many.push_back({std::cos(i * 0.0966), std::sin(i * 0.0966)});
    many.push_back(many.front());
    EXPECT_FALSE(geo::detail::certainlySimpleRing(many));  // 65 edges: GEOS decides
    many.erase(many.begin() + 64);                         // 64 edges: proven here
    EXPECT_TRUE(geo::detail::certainlySimpleRing(many));
}

}  // namespace
