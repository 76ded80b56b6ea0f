// Map geometry, styling and hit-testing rules, without the demo.
#include <cmath>

#include "app_test_support.h"
#include "hit_test.h"
#include "map_style.h"
#include "map_view.h"
#include "map_renderer.h"

using namespace vt::gui;

TEST(MapView, ScreenAndMapCoordinatesRoundTrip) {
    MapView v;
    v.centre = {560000, 1060000};
    v.resolution = 50;  // m per px
    v.size = QSize(800, 600);
    QPointF centre = v.toScreen(v.centre);
    EXPECT_DOUBLE_EQ(centre.x(), 400);
    EXPECT_DOUBLE_EQ(centre.y(), 300);
    // North is up: a point 1 km north is 20 px higher.
    EXPECT_DOUBLE_EQ(v.toScreen({560000, 1061000}).y(), 280);
    geo::XY back = v.toMap(QPointF(123.5, 456.25));
    EXPECT_NEAR(v.toScreen(back).x(), 123.5, 1e-9);
    EXPECT_NEAR(v.toScreen(back).y(), 456.25, 1e-9);
    // The QTransform agrees with toScreen.
    QPointF viaTransform = v.transform().map(QPointF(561234, 1059876));
    EXPECT_NEAR(viaTransform.x(), v.toScreen({561234, 1059876}).x(), 1e-6);
    EXPECT_NEAR(viaTransform.y(), v.toScreen({561234, 1059876}).y(), 1e-6);
}

TEST(MapView, ZoomKeepsThePointUnderTheCursor) {
    MapView v = MapView::fit({0, 0, 1000, 1000}, QSize(500, 500), 0);
    QPointF cursor(100, 400);
    geo::XY before = v.toMap(cursor);
    MapView z = v.zoomedAt(cursor, 2.5);
    geo::XY after = z.toMap(cursor);
    EXPECT_NEAR(before.x, after.x, 1e-9);
    EXPECT_NEAR(before.y, after.y, 1e-9);
    EXPECT_DOUBLE_EQ(z.resolution, v.resolution / 2.5);
}

TEST(MapView, CachedFrameMovesWithThePan) {
    MapView v = MapView::fit({0, 0, 1000, 1000}, QSize(500, 500), 0);
    MapView p = v.panned(QPointF(30, -20));
    QRectF r = cachedImageRect(v, p);
    EXPECT_NEAR(r.left(), 30, 1e-9);
    EXPECT_NEAR(r.top(), -20, 1e-9);
    EXPECT_NEAR(r.width(), 500, 1e-9);
    // Zooming in 2× about the centre doubles the cached frame about the centre.
    QRectF z = cachedImageRect(v, v.zoomedAt(QPointF(250, 250), 2));
    EXPECT_NEAR(z.left(), -250, 1e-9);
    EXPECT_NEAR(z.width(), 1000, 1e-9);
}

TEST(MapView, FitShowsTheWholeExtentAndKeepsAspect) {
    geo::Envelope e{500000, 1000000, 600000, 1100000};
    MapView v = MapView::fit(e, QSize(800, 400), 20);
    geo::Envelope shown = v.envelope();
    EXPECT_LE(shown.minX, e.minX);
    EXPECT_GE(shown.maxX, e.maxX);
    EXPECT_LE(shown.minY, e.minY);
    EXPECT_GE(shown.maxY, e.maxY);
    EXPECT_NEAR(v.scaleDenominator(96), v.resolution / (0.0254 / 96), 1e-9);
}

TEST(Style, QuantileBreaksCoverEveryValueInFiveClasses) {
    std::vector<double> coverage = {0.337, 0.088, 0.196, 0.162, 0.187, 0.185, 0.139, 0.120, 0.118, 0.166, 0.093};
    auto breaks = style::quantileBreaks(coverage, 5);
    ASSERT_EQ(breaks.size(), 6u);
    EXPECT_DOUBLE_EQ(breaks.front(), 0.088);
    EXPECT_DOUBLE_EQ(breaks.back(), 0.337);
    for (std::size_t i = 1; i < breaks.size(); ++i) EXPECT_GT(breaks[i], breaks[i - 1]);
    // Every class gets used by 11 distinct values.
    std::vector<int> counts(5, 0);
    for (double c : coverage) counts[static_cast<std::size_t>(style::classOf(c, breaks))]++;
    for (int n : counts) EXPECT_GE(n, 1);
}

TEST(Style, QuantileBreaksOfEqualValuesMakeOneClass) {
    auto breaks = style::quantileBreaks({5, 5, 5}, 5);
    ASSERT_EQ(breaks.size(), 2u);
    EXPECT_EQ(style::classOf(5, breaks), 0);
}

TEST(Style, CooperativeCircleAreaIsProportionalToMembers) {
    double big = style::cooperativeRadius(400, 400, 9, 0.1);
    double quarter = style::cooperativeRadius(100, 400, 9, 0.1);
    EXPECT_DOUBLE_EQ(big, 9);
    EXPECT_NEAR(quarter * quarter * 4, big * big, 1e-9);  // area ∝ members
}

TEST(Style, PalettesHaveFiveCoverageClassesAndDistinctCropColours) {
    EXPECT_EQ(style::coveragePalette().size(), 5u);
    const auto& crops = style::cropPalette();
    for (std::size_t i = 0; i < crops.size(); ++i)
        for (std::size_t j = i + 1; j < crops.size(); ++j) EXPECT_NE(crops[i], crops[j]);
}

TEST(Labels, ALabelOverlappingAPlacedOneIsSkipped) {
    LabelPlacer placer(QSizeF(400, 300), 64);
    EXPECT_TRUE(placer.tryPlace(QRectF(10, 10, 100, 20)));
    EXPECT_FALSE(placer.tryPlace(QRectF(100, 20, 50, 20)));   // overlaps the first
    EXPECT_TRUE(placer.tryPlace(QRectF(111, 10, 50, 20)));    // beside it
    EXPECT_FALSE(placer.tryPlace(QRectF(380, 10, 50, 20)));   // leaves the canvas
    EXPECT_EQ(placer.placed(), 2);
}

TEST(HitTest, PointInPolygonIsEvenOddAndExcludesHoles) {
    // POLYGON((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))
    geo::Polygon p;
    p.rings.push_back({{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}});
    p.rings.push_back({{4, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 4}});
    geo::Geometry g = geo::Geometry::polygon(p);
    EXPECT_TRUE(pointInGeometry(g, {1, 1}));
    EXPECT_TRUE(pointInGeometry(g, {9, 5}));
    EXPECT_FALSE(pointInGeometry(g, {5, 5}));   // in the hole
    EXPECT_FALSE(pointInGeometry(g, {11, 5}));  // outside
    // MULTIPOLYGON: the second member counts too.
    geo::Polygon q;
    q.rings.push_back({{20, 0}, {30, 0}, {25, 8}, {20, 0}});
    g.polygons.push_back(q);
    EXPECT_TRUE(pointInGeometry(g, {25, 3}));
}
