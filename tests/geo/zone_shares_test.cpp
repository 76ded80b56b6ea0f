// Links::plantingZones held flat (geo/link.h, ZoneShares): the container on
// its own, and a layer linked in many chunks on several workers (link.cpp
// clips each chunk apart, then joins the chunks in plot order), every share
// checked against the plot's own rectangle cut at the zones' border by hand.
#include <gtest/gtest.h>

#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

#include "geo/area.h"
#include "geo/link.h"
#include "link_fixture.h"

namespace {

using namespace fixture;

TEST(ZoneShares, HoldsEachPlotsRunInPlotOrder) {
    geo::ZoneShares z;
    EXPECT_TRUE(z.empty());
    const std::vector<geo::ZoneShare> two = {{3, 1.5}, {7, 0.25}};
    z.append(two);
    z.append({});
    z.append(std::vector<geo::ZoneShare>{{0, 9.0}});
    ASSERT_EQ(z.size(), 3u);
    EXPECT_EQ(z.shareCount(), 3u);
    ASSERT_EQ(z[0].size(), 2u);
    EXPECT_EQ(z[0][0].zone, 3);
    EXPECT_EQ(z[0][1].zone, 7);
    EXPECT_EQ(z[0][1].hectares, 0.25);
    EXPECT_TRUE(z[1].empty());
    ASSERT_EQ(z.at(2).size(), 1u);
    EXPECT_EQ(z.at(2)[0].hectares, 9.0);
    EXPECT_THROW((void)z.at(3), std::out_of_range);
    z.clear();
    EXPECT_EQ(z.size(), 0u);
    EXPECT_EQ(z.shareCount(), 0u);
    // Moved from (a document hands its links on): no plots, and usable again.
    z.append(two);
    geo::ZoneShares taken = std::move(z);
    EXPECT_EQ(taken.size(), 1u);
    EXPECT_EQ(z.size(), 0u);  // NOLINT(bugprone-use-after-move): what is tested
    z.append(two);
    ASSERT_EQ(z.size(), 1u);
    EXPECT_EQ(z[0].size(), 2u);
}

// Zones A = lon 0–0.1, B = lon 0.1–0.2, lat 0–0.1. Plot i is a 0.0004°
// square; every 5th straddles the border at lon 0.1 (0.0001° in A, 0.0003°
// in B), every 11th lies north of both zones, the rest in A or B.
struct Plot {
    double x0, x1, y0, y1;
};
Plot plotAt(std::size_t i) {
    const double y = 0.0005 * static_cast<double>(i % 190);
    if (i % 11 == 0) return {0.05, 0.0504, 0.2 + y, 0.2004 + y};
    if (i % 5 == 0) return {0.0999, 0.1003, y, y + 0.0004};
    const double x = (i % 2 ? 0.1002 : 0.0002) + 0.0005 * static_cast<double>((i / 190) % 150);
    return {x, x + 0.0004, y, y + 0.0004};
}

TEST(ZoneShares, ManyChunksOnSeveralWorkersJoinInPlotOrder) {
    constexpr std::size_t kPlots = 5000;  // five chunks of 1,024 plots
    setenv("VT_THREADS", "3", 1);
    geo::Workspace ws;
    ws.project.name = "shares";
    ws.project.filePath = "/nonexistent/shares.vtproj";
    ws.layers.push_back(geo::normalise(
        spec("zones", geo::LayerRole::Zones, {{"code", "ma"}}),
        layer("zones", {{"ma", FieldType::String}},
              {polygonFeature(1, rect(0, 0.1, 0, 0.1), {S("A")}), polygonFeature(2, rect(0.1, 0.2, 0, 0.1), {S("B")})})));
    std::vector<geo::Feature> plots;
    for (std::size_t i = 0; i < kPlots; ++i) {
        const Plot p = plotAt(i);
        plots.push_back(polygonFeature(static_cast<std::int64_t>(i + 1), rect(p.x0, p.x1, p.y0, p.y1),
                                       {S("P" + std::to_string(i))}));
    }
    ws.layers.push_back(geo::normalise(spec("plots", geo::LayerRole::PlantingAreas, {{"code", "ma"}}),
                                       layer("plots", {{"ma", FieldType::String}}, plots)));
    const geo::Links links = geo::linkWorkspace(ws);
    unsetenv("VT_THREADS");

    auto ha = [&](double x0, double x1, double y0, double y1) {
        return geo::areaHa(geo::Polygon{{rect(x0, x1, y0, y1)}}, links.areaMode);
    };
    ASSERT_EQ(links.plantingZones.size(), kPlots);
    std::size_t shares = 0;
    for (std::size_t i = 0; i < kPlots; ++i) {
        const Plot p = plotAt(i);
        const auto s = links.plantingZones[i];
        shares += s.size();
        if (i % 11 == 0) {
            EXPECT_TRUE(s.empty()) << "plot " << i << " lies outside every zone";
        } else if (i % 5 == 0) {
            ASSERT_EQ(s.size(), 2u) << "plot " << i;
            const auto& a = s[0].zone == 0 ? s[0] : s[1];
            const auto& b = s[0].zone == 0 ? s[1] : s[0];
            EXPECT_EQ(a.zone, 0);
            EXPECT_EQ(b.zone, 1);
            const double inA = ha(p.x0, 0.1, p.y0, p.y1), inB = ha(0.1, p.x1, p.y0, p.y1);
            EXPECT_NEAR(a.hectares, inA, 1e-9 * inA) << "plot " << i;
            EXPECT_NEAR(b.hectares, inB, 1e-9 * inB) << "plot " << i;
        } else {
            ASSERT_EQ(s.size(), 1u) << "plot " << i;
            EXPECT_EQ(s[0].zone, p.x0 < 0.1 ? 0 : 1) << "plot " << i;
            EXPECT_EQ(s[0].hectares, links.plantingHectares[i]) << "plot " << i << ": wholly inside, not clipped";
        }
    }
    EXPECT_EQ(links.plantingZones.shareCount(), shares);
}

}  // namespace
