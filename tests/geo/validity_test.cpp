// Validity and repair with GEOS, on hand-built geometry whose answer is
// known: a bow-tie's two lobes, a ring too short, an unclosed ring, NaN.
#include <gtest/gtest.h>

#include "../support/splitmix.h"

#include <cmath>
#include <cstdint>

#include "geo/area.h"
#include "geo/validity.h"

namespace {

geo::Geometry polygon(std::vector<geo::XY> ring) { return geo::Geometry::polygon({{std::move(ring)}}); }

TEST(Validity, SquareIsValid) {
    auto check = geo::checkValidity(polygon({{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}));
    EXPECT_TRUE(check.valid) << check.reason;
}

TEST(Validity, BowTieIsInvalidAndRepairedIntoItsTwoLobes) {
    // (0,0)→(2,2)→(2,0)→(0,2)→(0,0) crosses itself at (1,1): two triangles
    // of area 1 each (planar units).
    geo::Geometry bowTie = polygon({{0, 0}, {2, 2}, {2, 0}, {0, 2}, {0, 0}});
    auto check = geo::checkValidity(bowTie);
    EXPECT_FALSE(check.valid);
    EXPECT_NE(check.reason.find("Self-intersection"), std::string::npos) << check.reason;

    auto repair = geo::makeValid(bowTie);
    EXPECT_TRUE(repair.repaired);
    ASSERT_EQ(repair.geometry.polygons.size(), 2u);
    EXPECT_NE(repair.what.find("became 2"), std::string::npos) << repair.what;
    EXPECT_TRUE(geo::checkValidity(repair.geometry).valid);
}

TEST(Validity, BowTieAreaAfterRepairIsBothLobes) {
    // Small lon/lat bow-tie: each lobe is a triangle of half the 0.001°
    // square's diagonal split: lobes = 1/4 of the square each, total 1/2.
    geo::Geometry bowTie = polygon({{105.9, 9.6}, {105.901, 9.601}, {105.901, 9.6}, {105.9, 9.601}, {105.9, 9.6}});
    auto repair = geo::makeValid(bowTie);
    // Square 1.21411994 ha (Planimeter, see area_test.cpp); two of its four
    // diagonal triangles = one half, to the flattening error of small triangles.
    EXPECT_NEAR(geo::geodesicAreaHa(repair.geometry), 1.21411994 / 2, 1e-6);
}

TEST(Validity, RingOfThreePointsIsReportedAndDropped) {
    geo::Geometry g = polygon({{0, 0}, {1, 0}, {0, 0}});
    auto check = geo::checkValidity(g);
    EXPECT_FALSE(check.valid);
    EXPECT_NE(check.reason.find("3 points"), std::string::npos) << check.reason;
    auto repair = geo::makeValid(g);
    EXPECT_TRUE(repair.repaired);
    EXPECT_TRUE(repair.geometry.polygons.empty());
    EXPECT_NE(repair.what.find("dropped"), std::string::npos) << repair.what;
}

TEST(Validity, UnclosedRingIsClosed) {
    geo::Geometry g = polygon({{0, 0}, {1, 0}, {1, 1}, {0, 1}});
    EXPECT_NE(geo::checkValidity(g).reason.find("not closed"), std::string::npos);
    auto repair = geo::makeValid(g);
    ASSERT_EQ(repair.geometry.polygons.size(), 1u);
    EXPECT_EQ(repair.geometry.polygons[0].rings[0].size(), 5u);
    EXPECT_NE(repair.what.find("closed"), std::string::npos);
}

TEST(Validity, NonFiniteCoordinatesAreDroppedWithAReason) {
    geo::Geometry g = polygon({{0, 0}, {NAN, 0}, {1, 1}, {0, 0}});
    EXPECT_NE(geo::checkValidity(g).reason.find("non-finite"), std::string::npos);
    auto repair = geo::makeValid(g);
    EXPECT_TRUE(repair.geometry.isEmpty());
    EXPECT_NE(repair.what.find("non-finite"), std::string::npos);
}

TEST(Validity, ZeroAreaSliverBecomesEmpty) {
    geo::Geometry sliver = polygon({{0, 0}, {1, 0}, {2, 0}, {0, 0}});
    auto repair = geo::makeValid(sliver);
    EXPECT_TRUE(repair.repaired);
    EXPECT_TRUE(repair.geometry.polygons.empty()) << repair.what;
}

}  // namespace

namespace {

using Rng = testsupport::SplitMix;

TEST(Validity, FastPathAgreesWithGeosOnRandomRings) {
    // Star-shaped rings (valid), rings of random points (mostly
    // self-intersecting), and rings with a repeated or collinear vertex:
    // checkValidity must give GEOS's verdict on every one.
    Rng rng{20261126};
    int valid = 0, invalid = 0;
    for (int k = 0; k < 20000; ++k) {
        int n = 3 + static_cast<int>(rng.next() * 30);
        double cx = 500000 + rng.next() * 1000, cy = 1000000 + rng.next() * 1000;
        geo::Ring ring;
        int kind = k % 4;
        for (int i = 0; i < n; ++i) {
            double angle = 2 * 3.14159265358979 * i / n, r = 20 + rng.next() * 80;
            if (kind == 1) ring.push_back({cx + (rng.next() - 0.5) * 200, cy + (rng.next() - 0.5) * 200});
            else ring.push_back({cx + r * std::cos(angle), cy + r * std::sin(angle)});
        }
        if (kind == 2) ring.insert(ring.begin() + n / 2, ring[static_cast<std::size_t>(n / 2)]);  // repeated vertex
        if (kind == 3) {  // a vertex exactly on the segment between its neighbours
            geo::XY a = ring[0], b = ring[1];
            ring.insert(ring.begin() + 1, geo::XY{(a.x + b.x) / 2, (a.y + b.y) / 2});
        }
        ring.push_back(ring.front());
        geo::Geometry g = geo::Geometry::polygon({{ring}});
        bool fast = geo::checkValidity(g).valid;
        bool reference = geo::checkValidityWithGeos(g).valid;
        ASSERT_EQ(fast, reference) << "ring " << k << " of kind " << kind;
        (reference ? valid : invalid)++;
    }
    EXPECT_GT(valid, 10000);   // both verdicts are well represented
    EXPECT_GT(invalid, 3000);
}

}  // namespace
