// Crops by planting area on a layer large enough to be numbered in several
// chunks by several workers (stats.cpp numbers each chunk's crops, then joins
// the chunks): every figure by crop is summed here again from the links.
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <string>

#include "geo/link.h"
#include "geo/stats.h"
#include "link_fixture.h"

namespace {

using namespace fixture;

// Three crops and a plot without one, in an order that changes from one
// block of plots to the next, so that chunks meet them in different orders.
geo::Value cropOf(std::size_t i) {
    static const char* const crops[] = {"Lúa", "Xoài", "Sầu riêng"};
    const std::size_t block = i / 3000;
    if (i % 7 == 3) return {};
    return std::string(crops[(i + block) % 3]);
}

TEST(StatsCrops, ByCropIsTheSumOfEachCropsPlotsAcrossManyChunks) {
    constexpr std::size_t kPlots = 20000;  // five chunks of 4,096 rows
    setenv("VT_THREADS", "3", 1);
    geo::Workspace ws;
    ws.project.name = "crops";
    ws.project.filePath = "/nonexistent/crops.vtproj";
    ws.layers.push_back(geo::normalise(spec("zones", geo::LayerRole::Zones, {{"code", "ma"}}),
                                       layer("zones", {{"ma", FieldType::String}},
                                             {polygonFeature(1, rect(0, 0.2, 0, 0.2), {S("Z")})})));
    std::vector<geo::Feature> plots;
    for (std::size_t i = 0; i < kPlots; ++i) {
        const double x = 0.001 * static_cast<double>(i % 150), y = 0.001 * static_cast<double>(i / 150);
        plots.push_back(polygonFeature(static_cast<std::int64_t>(i + 1), rect(x, x + 0.0005, y, y + 0.0005),
                                       {S("P" + std::to_string(i)), cropOf(i)}));
    }
    ws.layers.push_back(geo::normalise(spec("plots", geo::LayerRole::PlantingAreas, {{"code", "ma"}, {"crop", "cay"}}),
                                       layer("plots", {{"ma", FieldType::String}, {"cay", FieldType::String}}, plots)));
    const geo::Links links = geo::linkWorkspace(ws);
    const geo::Statistics st = geo::computeStatistics(ws, links);
    unsetenv("VT_THREADS");

    std::map<std::string, double> gross;
    std::map<std::string, int> codes;
    ASSERT_EQ(st.plantings.size(), kPlots);
    for (std::size_t i = 0; i < kPlots; ++i) {
        const std::string crop = geo::toText(cropOf(i));
        EXPECT_EQ(st.cropOf(st.plantings[i]), crop) << "plot " << i;
        gross[crop] += links.plantingHectares[i];
        ++codes[crop];
    }
    ASSERT_EQ(st.total.byCrop.size(), 4u);  // three crops and "" (none given)
    ASSERT_EQ(st.zones.size(), 1u);
    for (const auto& [crop, ha] : gross) {
        ASSERT_TRUE(st.total.byCrop.count(crop)) << crop;
        EXPECT_NEAR(st.total.byCrop.at(crop).grossHa, ha, 1e-9 * ha) << crop;
        EXPECT_EQ(st.total.byCrop.at(crop).codes, codes[crop]) << crop;
        EXPECT_NEAR(st.zones[0].byCrop.at(crop).grossHa, ha, 1e-9 * ha) << crop;  // every plot lies in the zone
        EXPECT_EQ(st.zones[0].byCrop.at(crop).codes, codes[crop]) << crop;
    }
}

}  // namespace
