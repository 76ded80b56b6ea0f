// Plots too small to draw become the density grid; big ones stay outlines.
#include <QImage>

#include "app_test_support.h"
#include "map_renderer.h"
#include "planting_density.h"
#include "spatial_grid.h"

using namespace vt::gui;

namespace {

geo::Geometry square(double x, double y, double side) {
    geo::Geometry g;
    g.kind = geo::GeometryKind::Polygon;
    g.polygons = {{{{{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}, {x, y}}}}};
    return g;
}

DisplayLayer layerOf(const std::vector<geo::Geometry>& plots) {
    DisplayLayer l;
    l.id = "plots";
    l.role = geo::LayerRole::PlantingAreas;
    l.hasGeometry = true;
    l.kind = geo::GeometryKind::Polygon;
    for (const auto& g : plots) {
        l.geometry.push_back(g);
        l.envelopes.push_back(g.envelope());
        l.extent.expand(g.envelope());
    }
    return l;
}

// Pixels of the map drawn in one of the density classes' colours.
int densityPixels(const QImage& image) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            QRgb px = image.pixel(x, y);
            for (int c = 0; c < static_cast<int>(densityBreaksPct().size()); ++c)
                if (px == densityColour(c).rgb()) {
                    ++n;
                    break;
                }
        }
    return n;
}

}  // namespace

TEST(PlantingDensity, PlanarAreaSubtractsHoles) {
    geo::Geometry g = square(500000, 1000000, 100);           // 100 m × 100 m, far from the origin
    g.polygons[0].rings.push_back(square(500010, 1000010, 10).polygons[0].rings[0]);  // a 10 m hole
    EXPECT_DOUBLE_EQ(planarArea(g), 100.0 * 100.0 - 10.0 * 10.0);
}

TEST(PlantingDensity, SmallPlotsAreSummedByTheCellOfTheirCentre) {
    // 10 m per px, symbol scale 1: a cell is kDensityCellPx × 10 m = 100 m,
    // a plot is small under kSmallPlotPx × 10 m = 60 m.
    ASSERT_EQ(kDensityCellPx, 10.0);
    ASSERT_EQ(kSmallPlotPx, 6.0);
    MapView view{{1000, 1000}, 10.0, QSize(200, 200)};  // shows x, y in [0, 2000]
    std::vector<geo::Geometry> plots = {
        square(1010, 1010, 20),   // 400 m², centre (1020, 1020): cell (10, 10)
        square(1050, 1040, 30),   // 900 m², centre (1065, 1055): cell (10, 10)
        square(1300, 1300, 200),  // 40,000 m²: 20 px wide, drawn as a polygon
        square(5000, 5000, 20),   // outside the view
        square(1490, 1210, 20),   // 400 m², centre (1500, 1220): cell (15, 12)
    };
    DisplayLayer layer = layerOf(plots);
    std::vector<double> area;
    for (const auto& g : plots) area.push_back(planarArea(g));

    PlantingDensity d = binSmallPlots(layer, area, view, 1.0, nullptr);
    ASSERT_DOUBLE_EQ(d.cellSize, 100.0);
    EXPECT_EQ(d.plots, 3u);
    auto share = [&](std::int64_t column, std::int64_t row) {
        return d.share(static_cast<int>(column - d.firstColumn), static_cast<int>(row - d.firstRow));
    };
    EXPECT_DOUBLE_EQ(share(10, 10), (400.0 + 900.0) / 10000.0);  // 13 %
    EXPECT_DOUBLE_EQ(share(15, 12), 400.0 / 10000.0);            // 4 %
    EXPECT_DOUBLE_EQ(share(13, 13), 0.0);                        // the big plot is not in the grid
    EXPECT_EQ(densityClass(13.0), 2);                            // 10–30 %
    EXPECT_EQ(densityClass(4.0), 1);                             // 2–10 %
    EXPECT_EQ(densityClass(0.5), 0);
    EXPECT_EQ(densityClass(30.0), 3);

    // Zoomed in 10×, the same plots are 20–30 px: none is small any more.
    MapView zoomed{{1000, 1000}, 1.0, QSize(2000, 2000)};
    EXPECT_EQ(binSmallPlots(layer, area, zoomed, 1.0, nullptr).plots, 0u);

    std::atomic<bool> cancel{true};
    EXPECT_EQ(binSmallPlots(layer, area, view, 1.0, &cancel).plots, 0u);
}

TEST(PlantingDensity, TheDemoShowsPlantingAtProvinceScaleAndOutlinesWhenZoomedIn) {
    static std::shared_ptr<Document> doc = loadDocument(apptest::demoProject().toStdString());
    ASSERT_GE(doc->plantings, 0);
    ASSERT_EQ(doc->plantingMapArea.size(), doc->layers[static_cast<std::size_t>(doc->plantings)].geometry.size());
    RenderSettings settings = defaultRenderSettings(*doc);
    settings.labels = false;

    // Province scale: the plots of the demo (mostly 2–15 ha) are under 6 px.
    MapView province = MapView::fit(doc->fullExtent, QSize(800, 600));
    const DisplayLayer& plots = doc->layers[static_cast<std::size_t>(doc->plantings)];
    PlantingDensity d = binSmallPlots(plots, doc->plantingMapArea, province, 1.0, nullptr);
    EXPECT_GT(d.plots, plots.geometry.size() / 2);
    EXPECT_GT(densityPixels(renderMap(*doc, province, settings)), 0);

    // 1:5,000 on the largest plot: it is drawn as itself, no density cell.
    std::size_t largest = 0;
    for (std::size_t i = 0; i < doc->plantingMapArea.size(); ++i)
        if (doc->plantingMapArea[i] > doc->plantingMapArea[largest]) largest = i;
    const geo::Envelope& e = plots.envelopes[largest];
    MapView close{{(e.minX + e.maxX) / 2, (e.minY + e.maxY) / 2}, 5000 * 0.0254 / 96, QSize(800, 600)};
    ASSERT_TRUE(doc->mapCrsIsMetres);
    ASSERT_FALSE(isSmallOnScreen(e, close, 1.0));
    EXPECT_EQ(densityPixels(renderMap(*doc, close, settings)), 0);
}

TEST(SpatialGrid, AQueryFindsExactlyWhatAScanFinds) {
    // A 300 × 300 lattice of 40-m plots every 100 m, some bigger ones and a
    // null envelope: for windows of every size, the grid and a plain scan
    // agree on the features (ascending), so drawing order is kept.
    std::vector<geo::Envelope> envelopes;
    for (int r = 0; r < 300; ++r)
        for (int c = 0; c < 300; ++c) {
            double size = (r * 300 + c) % 97 == 0 ? 700 : 40;  // a few span several cells
            envelopes.push_back(square(500000 + c * 100, 1000000 + r * 100, size).envelope());
        }
    envelopes.push_back(geo::Envelope{});
    SpatialGrid grid(envelopes);
    ASSERT_FALSE(grid.empty());
    for (double half : {30.0, 250.0, 1200.0, 5000.0, 20000.0}) {
        for (double cx : {500000.0, 512345.0, 529990.0}) {
            geo::Envelope window;
            window.expand(geo::XY{cx - half, 1015000 - half});
            window.expand(geo::XY{cx + half, 1015000 + half});
            std::vector<std::size_t> scanned, indexed;
            for (std::size_t i = 0; i < envelopes.size(); ++i)
                if (envelopes[i].intersects(window)) scanned.push_back(i);
            ASSERT_TRUE(forEachIntersecting(grid, envelopes, window, nullptr,
                                            [&](std::size_t i) { indexed.push_back(i); }));
            EXPECT_EQ(indexed, scanned) << "half " << half << " centre " << cx;
            if (half <= 1200) {
                EXPECT_TRUE(grid.worthQuerying(window)) << half;
            }
        }
    }
}
