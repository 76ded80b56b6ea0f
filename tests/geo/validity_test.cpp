// Validity and repair with GEOS, on hand-built geometry whose answer is
// known: a bow-tie's two lobes, a ring too short, an unclosed ring, NaN.
#include <gtest/gtest.h>

#include <cmath>

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
