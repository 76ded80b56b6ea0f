// Splitting planting areas along a line (geo/split.h) and the codes the new
// parts get (geo/next_code.h). The parts are checked against the original
// two ways: geo's geodesic area, and OGR's planar area after OGR reprojects
// both to UTM 48N (EPSG:32648), the sum of the parts to 1e-9 relative; their
// union (OGR over GEOS, not geo's wrappers) covers the original to 1e-9 of
// its area. Expected part counts and areas are worked by hand from the
// rectangles' corners.
#include <gtest/gtest.h>
#include <ogr_api.h>

#include <cmath>

#include "../support/ogr_area.h"
#include "geo/area.h"
#include "geo/error.h"
#include "geo/next_code.h"
#include "geo/split.h"

namespace {

geo::Ring rectRing(double x0, double y0, double x1, double y1) {
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
}

geo::Geometry rect(double x0, double y0, double x1, double y1) {
    geo::Polygon p;
    p.rings.push_back(rectRing(x0, y0, x1, y1));
    return geo::Geometry::polygon(p);
}

using vt::testsupport::OgrGeom;
using vt::testsupport::planimeterM2;
using vt::testsupport::toOgr;
using vt::testsupport::utmAreaM2;

// Area (lon/lat degrees²) of what the union of parts and the original do not share.
double uncoveredArea(const geo::Geometry& original, const std::vector<geo::Geometry>& parts) {
    OgrGeom u(OGR_G_CreateGeometry(wkbMultiPolygon));
    OgrGeom acc;
    for (const auto& p : parts) {
        OgrGeom part = toOgr(p);
        acc.reset(acc ? OGR_G_Union(acc.get(), part.get()) : OGR_G_Clone(part.get()));
    }
    OgrGeom o = toOgr(original);
    OgrGeom diff(OGR_G_SymDifference(acc.get(), o.get()));
    return diff ? OGR_G_Area(diff.get()) : NAN;
}

void expectSameCover(const geo::Geometry& original, const std::vector<geo::Geometry>& parts) {
    double geodesic = 0, planar = 0;
    for (const auto& p : parts) {
        geodesic += geo::geodesicAreaHa(p);
        planar += utmAreaM2(p);
    }
    const double whole = geo::geodesicAreaHa(original), wholePlanar = utmAreaM2(original);
    EXPECT_NEAR(geodesic, whole, 1e-9 * whole);
    EXPECT_NEAR(planar, wholePlanar, 1e-9 * wholePlanar);
    // Geodesic ha and planar UTM m² agree to the UTM scale error (< 0.1 % here).
    EXPECT_NEAR(geodesic * 1e4, planar, 1e-3 * planar);
    const double lonLatArea = OGR_G_Area(toOgr(original).get());
    EXPECT_LE(uncoveredArea(original, parts), 1e-9 * lonLatArea);
}

}  // namespace

// A plot of the demo (a skewed outline, lon/lat) cut across: with the cut's
// vertices on the edges' geodesics the parts' geodesic areas add up to the
// plot's, by geo and by Planimeter; left on the straight lon/lat chord, they
// miss the slivers between chord and geodesic (~1e-7 of the plot).
TEST(Split, GeodesicEdgesKeepTheGeodesicAreaWhole) {
    geo::Polygon p;
    p.rings.push_back({{105.89978654782699, 9.740155132971303}, {105.90162513791785, 9.7405688067051415},
                       {105.90384604287144, 9.741784658229486}, {105.90463228899038, 9.7429499373125967},
                       {105.90485898889652, 9.7441790808485589}, {105.9042023302261, 9.744514676997154},
                       {105.90205362013826, 9.743169988519119}, {105.89983463931225, 9.7411232724400669},
                       {105.89978654782699, 9.740155132971303}});
    geo::Geometry plot = geo::Geometry::polygon(p);
    const std::vector<geo::XY> line = {{105.899, 9.7423349}, {105.906, 9.7423349}};
    geo::PolygonSplit chord = geo::splitPolygon(plot, line);
    geo::PolygonSplit geodesic = geo::splitPolygon(plot, line, "plot", geo::SplitEdges::Geodesic);
    ASSERT_EQ(geodesic.outcome, geo::PolygonSplit::Outcome::Split);
    ASSERT_EQ(geodesic.parts.size(), 2u);
    const double whole = geo::geodesicAreaHa(plot);
    double sumChord = 0, sumGeodesic = 0, sumPlanimeter = 0;
    for (const auto& part : chord.parts) sumChord += geo::geodesicAreaHa(part);
    for (const auto& part : geodesic.parts) {
        sumGeodesic += geo::geodesicAreaHa(part);
        sumPlanimeter += planimeterM2(part.polygons[0].rings[0]);
    }
    EXPECT_NEAR(sumGeodesic, whole, 1e-9 * whole);
    const double planimeterWhole = planimeterM2(p.rings[0]);
    ASSERT_TRUE(std::isfinite(planimeterWhole)) << "Planimeter (geographiclib-tools) did not run";
    // + 2e-5 m²: Planimeter prints m² to 5 decimals, three outputs rounded.
    EXPECT_NEAR(sumPlanimeter, planimeterWhole, 1e-9 * planimeterWhole + 2e-5);
    EXPECT_NEAR(planimeterWhole / 1e4, whole, 1e-9 * whole + 2e-9);
    EXPECT_GT(std::fabs(sumChord - whole), 1e-8 * whole) << "the chord's slivers are what the geodesic edges fix";
    // The cut's vertices moved by well under a millimetre (~1e-9°): what the
    // parts and the plot do not share is those slivers, < 1e-6 of the plot.
    EXPECT_LE(uncoveredArea(plot, geodesic.parts), 1e-6 * OGR_G_Area(toOgr(plot).get()));
}

TEST(Split, AZigzagThroughARectangleCutsItIntoFourEqualStrips) {
    // x 105.900–105.904, cut at 105.901, .902, .903: four strips of 0.001° × 0.002°.
    geo::Geometry plot = rect(105.900, 9.600, 105.904, 9.602);
    std::vector<geo::XY> line = {{105.901, 9.599}, {105.901, 9.603}, {105.902, 9.603},
                                 {105.902, 9.599}, {105.903, 9.599}, {105.903, 9.603}};
    geo::PolygonSplit s = geo::splitPolygon(plot, line);
    ASSERT_EQ(s.outcome, geo::PolygonSplit::Outcome::Split);
    ASSERT_EQ(s.parts.size(), 4u);
    for (const auto& p : s.parts) {
        ASSERT_EQ(p.polygons.size(), 1u);
        EXPECT_NEAR(OGR_G_Area(toOgr(p).get()), 0.001 * 0.002, 1e-15);
    }
    expectSameCover(plot, s.parts);
}

TEST(Split, ALineThroughAHoleGivesTwoPartsEachWithHalfTheHole) {
    geo::Polygon p;
    p.rings.push_back(rectRing(105.900, 9.600, 105.904, 9.604));
    p.rings.push_back(rectRing(105.901, 9.601, 105.903, 9.603));  // hole in the middle
    geo::Geometry plot = geo::Geometry::polygon(p);
    geo::PolygonSplit s = geo::splitPolygon(plot, {{105.902, 9.5995}, {105.902, 9.6045}});
    ASSERT_EQ(s.outcome, geo::PolygonSplit::Outcome::Split);
    ASSERT_EQ(s.parts.size(), 2u);
    // Each is 0.002 × 0.004 minus half the hole (0.001 × 0.002) = 6e-6 degree².
    for (const auto& part : s.parts) EXPECT_NEAR(OGR_G_Area(toOgr(part).get()), 6e-6, 1e-15);
    expectSameCover(plot, s.parts);
}

TEST(Split, ARingIsCutInTwoByTwoCutsToItsHoleNotByOne) {
    geo::Polygon p;
    p.rings.push_back(rectRing(105.900, 9.600, 105.904, 9.604));
    p.rings.push_back(rectRing(105.901, 9.601, 105.903, 9.603));
    geo::Geometry plot = geo::Geometry::polygon(p);
    // From the hole's edge to the outside, and on the other side too: two parts.
    geo::PolygonSplit s = geo::splitPolygon(plot, {{105.899, 9.602}, {105.905, 9.602}});
    ASSERT_EQ(s.outcome, geo::PolygonSplit::Outcome::Split);
    EXPECT_EQ(s.parts.size(), 2u);
    expectSameCover(plot, s.parts);
    // Only from the outside into the hole: the ring is opened, not cut in two.
    geo::PolygonSplit half = geo::splitPolygon(plot, {{105.899, 9.602}, {105.902, 9.602}});
    EXPECT_EQ(half.outcome, geo::PolygonSplit::Outcome::NotCrossed);
    EXPECT_EQ(half.parts.size(), 1u);
}

TEST(Split, ALineEndingInsideIsNotACrossingAndOneOutsideTouchesNothing) {
    geo::Geometry plot = rect(105.900, 9.600, 105.902, 9.602);
    geo::PolygonSplit in = geo::splitPolygon(plot, {{105.899, 9.601}, {105.901, 9.601}});
    EXPECT_EQ(in.outcome, geo::PolygonSplit::Outcome::NotCrossed);
    ASSERT_EQ(in.parts.size(), 1u);
    EXPECT_EQ(in.parts[0], plot);
    geo::PolygonSplit out = geo::splitPolygon(plot, {{105.95, 9.601}, {105.96, 9.601}});
    EXPECT_EQ(out.outcome, geo::PolygonSplit::Outcome::Untouched);
    // Along the border: touches, never enters.
    geo::PolygonSplit along = geo::splitPolygon(plot, {{105.899, 9.600}, {105.903, 9.600}});
    EXPECT_EQ(along.outcome, geo::PolygonSplit::Outcome::Untouched);
}

TEST(Split, ALineSnappedToTwoCornersCutsAlongTheDiagonal) {
    geo::Geometry plot = rect(105.900, 9.600, 105.902, 9.602);
    geo::PolygonSplit s = geo::splitPolygon(plot, {{105.900, 9.600}, {105.902, 9.602}});
    ASSERT_EQ(s.outcome, geo::PolygonSplit::Outcome::Split);
    ASSERT_EQ(s.parts.size(), 2u);
    for (const auto& part : s.parts) EXPECT_NEAR(OGR_G_Area(toOgr(part).get()), 0.5 * 0.002 * 0.002, 1e-15);
    expectSameCover(plot, s.parts);
}

TEST(Split, AMultipolygonKeepsTheMembersTheLineMissesTogether) {
    geo::Geometry plot = rect(105.900, 9.600, 105.902, 9.602);
    plot.polygons.push_back(rect(105.910, 9.600, 105.912, 9.602).polygons[0]);
    geo::PolygonSplit s = geo::splitPolygon(plot, {{105.901, 9.599}, {105.901, 9.603}});
    ASSERT_EQ(s.outcome, geo::PolygonSplit::Outcome::Split);
    ASSERT_EQ(s.parts.size(), 3u);  // two halves of the first member, the second member whole
    EXPECT_EQ(s.parts[2].polygons, std::vector<geo::Polygon>{plot.polygons[1]});
    expectSameCover(plot, s.parts);
}

TEST(Split, BadInputIsRefusedNamingTheFeature) {
    try {
        geo::splitPolygon(geo::Geometry::point({1, 1}), {{0, 0}, {2, 2}}, "feature FID 7");
        FAIL();
    } catch (const geo::GeometryError& e) {
        EXPECT_NE(std::string(e.what()).find("feature FID 7"), std::string::npos) << e.what();
    }
    EXPECT_THROW(geo::splitPolygon(rect(0, 0, 1, 1), {{0.5, -1}, {0.5, -1}}), geo::GeometryError);
    EXPECT_THROW(geo::splitPolygon(rect(0, 0, 1, 1), {{0.5, -1}, {NAN, 2}}), geo::GeometryError);
}

TEST(NextCode, ContinuesAfterTheHighestNumberOfThePrefixWithItsWidth) {
    std::vector<std::string> used = {"VN-STOR-0001", "VN-STOR-0007", "VN-STOR-0094", "VN-OTHR-0200"};
    EXPECT_EQ(geo::nextFreeCodes("VN-STOR-0001", used, 2, "^VN-[A-Z]{4}-[0-9]{4}$"),
              (std::vector<std::string>{"VN-STOR-0095", "VN-STOR-0096"}));
    // Compared as keys (case, spaces): "vn-stor-0095" is taken.
    used.push_back(" vn-stor-0095");
    EXPECT_EQ(geo::nextFreeCodes("VN-STOR-0007", used, 1), (std::vector<std::string>{"VN-STOR-0096"}));
}

TEST(NextCode, PastThePatternsWidthTheLowestFreeNumbersAreTaken) {
    std::vector<std::string> used = {"VN-STOR-0001", "VN-STOR-0002", "VN-STOR-9999"};
    EXPECT_EQ(geo::nextFreeCodes("VN-STOR-0002", used, 2, "^VN-[A-Z]{4}-[0-9]{4}$"),
              (std::vector<std::string>{"VN-STOR-0003", "VN-STOR-0004"}));
    // Without a pattern the width simply grows.
    EXPECT_EQ(geo::nextFreeCodes("VN-STOR-0002", used, 1), (std::vector<std::string>{"VN-STOR-10000"}));
}

TEST(NextCode, ACodeWithoutANumberGetsASuffixToConfirm) {
    EXPECT_EQ(geo::nextFreeCodes("RUONG-A", {"RUONG-A", "RUONG-A-1"}, 2),
              (std::vector<std::string>{"RUONG-A-2", "RUONG-A-3"}));
    EXPECT_THROW(geo::nextFreeCodes("X-1", {}, 1, "(a"), geo::ProjectError);
}
