// Geodesic area against values computed another way: closed forms on the
// ellipsoid, and GeographicLib's Planimeter (Debian geographiclib-tools),
// an independent implementation; each expected value names its command.
#include <gtest/gtest.h>

#include <cmath>

#include "geo/area.h"
#include "wgs84_closed_form.h"

namespace {

using namespace vt_test::wgs84;

geo::Polygon square(double lon0, double lat0, double lon1, double lat1) {
    return {{{{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}, {lon0, lat0}}}};
}

// A ring whose edges follow parallels and meridians closely: geodesic edges
// between close vertices converge on the parallel (error ~ 1/n²).
geo::Ring densifiedCell(double lon0, double lat0, double lon1, double lat1, int n) {
    geo::Ring r;
    for (int i = 0; i < n; ++i) r.push_back({lon0 + (lon1 - lon0) * i / n, lat0});
    for (int i = 0; i < n; ++i) r.push_back({lon1, lat0 + (lat1 - lat0) * i / n});
    for (int i = 0; i < n; ++i) r.push_back({lon1 - (lon1 - lon0) * i / n, lat1});
    for (int i = 0; i < n; ++i) r.push_back({lon0, lat1 - (lat1 - lat0) * i / n});
    r.push_back(r.front());
    return r;
}

}  // namespace

TEST(GeodesicArea, OctantOfTheEllipsoidIsAnEighthOfItsSurface) {
    // Equator and two meridians are geodesics, so this triangle is exactly
    // one eighth of the ellipsoid: S = 2πa²(1 + (1−e²)/e · atanh e).
    double surface = 2 * kPi * kA * kA * (1 + (1 - kE2) / kE * std::atanh(kE));
    geo::Polygon octant{{{{0, 0}, {90, 0}, {0, 90}, {0, 0}}}};
    EXPECT_NEAR(geo::geodesicAreaHa(octant) * 1e4, surface / 8, surface * 1e-12);
}

TEST(GeodesicArea, DensifiedOneDegreeCellMatchesAuthalicFormula) {
    geo::Polygon cell{{densifiedCell(105, 9, 106, 10, 2000)}};
    double expected = cellAreaM2(9, 10, 1);  // ≈ 1.2145e10 m²
    EXPECT_NEAR(geo::geodesicAreaHa(cell) * 1e4, expected, expected * 1e-8);
}

TEST(GeodesicArea, OneDegreeGeodesicCellMatchesPlanimeter) {
    // printf "9 105\n9 106\n10 106\n10 105\n" | Planimeter -p 9
    // → 4 440806.369964767 12144824143.1159
    EXPECT_NEAR(geo::geodesicAreaHa(square(105, 9, 106, 10)), 12144824143.1159 / 1e4, 1e-6);
}

TEST(GeodesicArea, HolesAreSubtractedWhateverTheirOrientation) {
    // Exterior as above; hole: printf "9.2 105.2\n9.8 105.2\n9.8 105.8\n9.2 105.8\n" | Planimeter -p 9
    // → 4 264487.022537971 -4372105684.8460 (clockwise, hence negative)
    double expectedHa = (12144824143.1159 - 4372105684.8460) / 1e4;
    geo::Polygon withClockwiseHole = square(105, 9, 106, 10);
    withClockwiseHole.rings.push_back({{105.2, 9.2}, {105.2, 9.8}, {105.8, 9.8}, {105.8, 9.2}, {105.2, 9.2}});
    EXPECT_NEAR(geo::geodesicAreaHa(withClockwiseHole), expectedHa, 1e-5);

    geo::Polygon withCounterClockwiseHole = square(105, 9, 106, 10);
    withCounterClockwiseHole.rings.push_back(square(105.2, 9.2, 105.8, 9.8).rings[0]);
    EXPECT_NEAR(geo::geodesicAreaHa(withCounterClockwiseHole), expectedHa, 1e-5);
}

TEST(GeodesicArea, PlotSizedSquareMatchesPlanimeter) {
    // printf "9.6 105.9\n9.6 105.901\n9.601 105.901\n9.601 105.9\n" | Planimeter -p 9
    // → 4 440.751603481 12141.1994
    EXPECT_NEAR(geo::geodesicAreaHa(square(105.9, 9.6, 105.901, 9.601)), 1.21411994, 1e-8);
}

TEST(GeodesicArea, ClockwiseExteriorGivesTheSamePositiveArea) {
    geo::Polygon clockwise{{{{105.9, 9.6}, {105.9, 9.601}, {105.901, 9.601}, {105.901, 9.6}, {105.9, 9.6}}}};
    EXPECT_NEAR(geo::geodesicAreaHa(clockwise), 1.21411994, 1e-8);
}

TEST(GeodesicArea, MultiPolygonIsTheSumOfItsParts) {
    geo::Geometry g;
    g.kind = geo::GeometryKind::Polygon;
    g.polygons = {square(105.9, 9.6, 105.901, 9.601), square(105, 9, 106, 10)};
    EXPECT_NEAR(geo::geodesicAreaHa(g), 1.21411994 + 12144824143.1159 / 1e4, 1e-5);
}

TEST(GeodesicArea, DegenerateRingsHaveNoArea) {
    EXPECT_EQ(geo::geodesicAreaHa(geo::Polygon{}), 0);
    EXPECT_EQ(geo::geodesicAreaHa(geo::Polygon{{{{105, 9}, {106, 9}, {105, 9}}}}), 0);
    EXPECT_EQ(geo::geodesicAreaHa(geo::Geometry::point({105, 9})), 0);
}
