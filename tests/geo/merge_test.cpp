// Merging planting areas: the union covers what the parts cover, measured
// against the parts' own geodesic areas (geo::geodesicAreaHa of rectangles
// built by hand, not of the union).
#include <gtest/gtest.h>

#include "geo/area.h"
#include "geo/error.h"
#include "geo/merge.h"

namespace {

// A lon/lat rectangle, counter-clockwise, closed.
geo::Geometry rect(double x0, double y0, double x1, double y1) {
    geo::Polygon p;
    p.rings.push_back({{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}});
    return geo::Geometry::polygon(p);
}

}  // namespace

TEST(Merge, TwoPlotsSharingAnEdgeBecomeOnePolygonWithTheSumOfTheirAreas) {
    geo::Geometry a = rect(105.900, 9.600, 105.901, 9.601), b = rect(105.901, 9.600, 105.902, 9.601);
    geo::Geometry u = geo::unionOfPolygons({a, b});
    ASSERT_EQ(u.polygons.size(), 1u);
    EXPECT_EQ(u.polygons[0].rings.size(), 1u);
    EXPECT_NEAR(geo::geodesicAreaHa(u), geo::geodesicAreaHa(a) + geo::geodesicAreaHa(b), 1e-9);
}

TEST(Merge, AnOverlapCountsOnceAndDisjointPartsStayApart) {
    geo::Geometry a = rect(105.900, 9.600, 105.902, 9.602), b = rect(105.901, 9.601, 105.903, 9.603);
    geo::Geometry overlap = rect(105.901, 9.601, 105.902, 9.602);
    geo::Geometry u = geo::unionOfPolygons({a, b});
    ASSERT_EQ(u.polygons.size(), 1u);
    EXPECT_NEAR(geo::geodesicAreaHa(u),
                geo::geodesicAreaHa(a) + geo::geodesicAreaHa(b) - geo::geodesicAreaHa(overlap), 1e-9);
    geo::Geometry far = rect(105.95, 9.65, 105.951, 9.651);
    geo::Geometry two = geo::unionOfPolygons({a, far});
    EXPECT_EQ(two.polygons.size(), 2u);
    EXPECT_NEAR(geo::geodesicAreaHa(two), geo::geodesicAreaHa(a) + geo::geodesicAreaHa(far), 1e-9);
}

TEST(Merge, APointIsRefusedWithTheMessageNamingWhat) {
    try {
        geo::unionOfPolygons({rect(0, 0, 1, 1), geo::Geometry::point({0.5, 0.5})}, "layer 'plots', FIDs 3, 4");
        FAIL() << "a point was merged";
    } catch (const geo::GeometryError& e) {
        EXPECT_NE(std::string(e.what()).find("layer 'plots', FIDs 3, 4"), std::string::npos) << e.what();
    }
}
