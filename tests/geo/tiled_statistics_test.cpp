// A planting layer read in tiles (geo/tiled_statistics.h) gives the figures
// computeStatistics gives on the whole layer, computed in the same test: for
// tiles of 1, 3, 7 and all plots (tiles of 1 are many enough to read their
// areas through a GeoPackage's spatial index; the others pass over the
// layer), from a GeoPackage and from GeoJSON (no index: every read filters).
//
// The plots (lon/lat degrees, two zones side by side at 105.0–105.1 and
// 105.1–105.2 E, 9.5–9.6 N) are laid out to test what tiling could get
// wrong: overlapping pairs and a chain of three (a cluster must stay in one
// tile, else net would count its overlap twice), a plot across the zone
// border, a self-crossing (bow-tie) plot that repair splits, a plot outside
// both zones, and a feature without geometry.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "geo/error.h"
#include "geo/link.h"
#include "geo/project.h"
#include "geo/stats.h"
#include "geo/tiled_statistics.h"
#include "geo/workspace.h"
#include "test_support.h"

namespace {

using vt_test::TempDir;

std::string rectWkt(double x0, double y0, double x1, double y1) {
    auto p = [](double x, double y) { return std::to_string(x) + " " + std::to_string(y); };
    return "POLYGON((" + p(x0, y0) + "," + p(x1, y0) + "," + p(x1, y1) + "," + p(x0, y1) + "," + p(x0, y0) + "))";
}

std::vector<std::pair<std::string, std::string>> plots() {
    std::vector<std::pair<std::string, std::string>> out;
    int n = 0;
    auto add = [&](const std::string& wkt) { out.emplace_back("VN-TILE-" + std::to_string(++n), wkt); };
    // A 6 × 5 grid of separate 500 m-ish plots across both zones.
    for (int i = 0; i < 6; ++i)
        for (int j = 0; j < 5; ++j) {
            double x = 105.01 + i * 0.03, y = 9.51 + j * 0.017;
            add(rectWkt(x, y, x + 0.005 + 0.001 * (i % 3), y + 0.004 + 0.001 * (j % 2)));
        }
    add(rectWkt(105.020, 9.590, 105.026, 9.595));  // a pair overlapping
    add(rectWkt(105.024, 9.592, 105.030, 9.598));
    add(rectWkt(105.150, 9.592, 105.156, 9.596));  // a chain of three
    add(rectWkt(105.155, 9.593, 105.161, 9.597));
    add(rectWkt(105.160, 9.594, 105.166, 9.598));
    add(rectWkt(105.097, 9.503, 105.104, 9.507));  // across the zone border
    add("POLYGON((105.12 9.505,105.13 9.509,105.13 9.505,105.12 9.509,105.12 9.505))");  // bow-tie
    add(rectWkt(105.30, 9.55, 105.305, 9.555));    // outside both zones
    add("");                                         // no geometry
    return out;
}

std::string writeProject(const TempDir& dir, const std::string& plotsFile) {
    vt_test::writeOgr(dir.file("zones.gpkg"), "GPKG", 4326,
                      {{"Z1", rectWkt(105.0, 9.5, 105.1, 9.6)}, {"Z2", rectWkt(105.1, 9.5, 105.2, 9.6)}});
    const bool gpkg = plotsFile.size() > 5 && plotsFile.substr(plotsFile.size() - 5) == ".gpkg";
    vt_test::writeOgr(dir.file(plotsFile), gpkg ? "GPKG" : "GeoJSON", 4326, plots());
    return vt_test::writeText(dir.path() / "tiles.vtproj", R"({"name": "tiles", "layers": [
      {"id": "zones", "role": "zones", "path": "zones.gpkg", "fields": {"code": "code"}},
      {"id": "plots", "role": "planting_areas", "path": ")" + plotsFile + R"(", "fields": {"code": "code"}}]})");
}

void expectSameRow(const geo::ZoneStatistics& tiled, const geo::ZoneStatistics& whole, const std::string& where) {
    auto near = [](double a, double b) { return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b)); };
    EXPECT_TRUE(near(tiled.zoneHa, whole.zoneHa)) << where;
    EXPECT_TRUE(near(tiled.grossPlantedHa, whole.grossPlantedHa)) << where << ": " << tiled.grossPlantedHa << " vs " << whole.grossPlantedHa;
    EXPECT_TRUE(near(tiled.netPlantedHa, whole.netPlantedHa)) << where << ": " << tiled.netPlantedHa << " vs " << whole.netPlantedHa;
    EXPECT_TRUE(near(tiled.coveragePct, whole.coveragePct)) << where;
    EXPECT_TRUE(near(tiled.declaredHa, whole.declaredHa)) << where;
    EXPECT_EQ(tiled.codes, whole.codes) << where;
    EXPECT_EQ(tiled.codesWithoutBoundary, whole.codesWithoutBoundary) << where;
    EXPECT_EQ(tiled.cooperatives, whole.cooperatives) << where;
    ASSERT_EQ(tiled.byCrop.size(), whole.byCrop.size()) << where;
    for (const auto& [crop, c] : whole.byCrop) {
        EXPECT_TRUE(near(tiled.byCrop.at(crop).netHa, c.netHa)) << where << " crop " << crop;
        EXPECT_EQ(tiled.byCrop.at(crop).codes, c.codes) << where << " crop " << crop;
    }
    ASSERT_EQ(tiled.holders.size(), whole.holders.size()) << where;
    for (std::size_t h = 0; h < whole.holders.size(); ++h) {
        EXPECT_EQ(tiled.holders[h].cooperative, whole.holders[h].cooperative) << where;
        EXPECT_EQ(tiled.holders[h].codes, whole.holders[h].codes) << where;
        EXPECT_TRUE(near(tiled.holders[h].grossHa, whole.holders[h].grossHa)) << where;
    }
}

class TiledStatistics : public ::testing::TestWithParam<const char*> {};

TEST_P(TiledStatistics, EveryTileSizeGivesTheWholeLayersFigures) {
    TempDir dir;
    geo::Project project = geo::loadProject(writeProject(dir, GetParam()));

    geo::Workspace whole = geo::loadWorkspace(project);
    geo::Links links = geo::linkWorkspace(whole, "");
    geo::Statistics expected = geo::computeStatistics(whole, links);
    const auto& wholePlots = whole.find("plots")->normalised.features;
    ASSERT_GE(expected.overlaps.size(), 3u) << "the fixture must overlap: a pair and a chain";
    ASSERT_GT(expected.total.grossPlantedHa, expected.total.netPlantedHa);
    double expectedOverlapHa = 0;
    for (const auto& o : expected.overlaps) expectedOverlapHa += o.hectares;

    for (std::size_t perTile : {1, 3, 7, 1000}) {
        SCOPED_TRACE("plots per tile: " + std::to_string(perTile));
        geo::FeatureEnvelopes surveyed;
        geo::Workspace ws = geo::loadWorkspaceForTiles(project, surveyed);
        ASSERT_EQ(surveyed.fids.size(), plots().size()) << "the survey sees every feature, with or without geometry";
        EXPECT_TRUE(ws.find("plots")->normalised.features.empty());
        geo::TilePlan plan = geo::planTiles(surveyed, perTile);
        if (perTile == 1000) EXPECT_EQ(plan.tiles(), 1u);
        else EXPECT_GT(plan.tiles(), plots().size() / perTile / 2);
        // Overlapping plots are read in one tile.
        auto tileOfFid = [&](std::int64_t fid) {
            auto it = std::lower_bound(plan.fids.begin(), plan.fids.end(), fid);
            EXPECT_TRUE(it != plan.fids.end() && *it == fid);
            return plan.tileOf[static_cast<std::size_t>(it - plan.fids.begin())];
        };
        for (const auto& o : expected.overlaps)
            EXPECT_EQ(tileOfFid(wholePlots[static_cast<std::size_t>(o.first)].fid),
                      tileOfFid(wholePlots[static_cast<std::size_t>(o.second)].fid));
        // The feature without geometry is read in tile 0, which reads anywhere.
        EXPECT_TRUE(plan.areas[0].isNull());
        // Many tiles read their areas through the index (GPKG), few pass over the layer.
        if (plan.tiles() > 1) {
            EXPECT_EQ(plan.part(1).within.isNull(), plan.tiles() < 16) << plan.tiles() << " tiles";
        }

        geo::TiledStatistics tiled = geo::computeStatisticsInTiles(ws, plan, "");
        ASSERT_EQ(tiled.statistics.zones.size(), expected.zones.size());
        for (std::size_t z = 0; z < expected.zones.size(); ++z)
            expectSameRow(tiled.statistics.zones[z], expected.zones[z], "zone " + expected.zones[z].code);
        expectSameRow(tiled.statistics.total, expected.total, "total");
        EXPECT_EQ(tiled.overlapPairs, expected.overlaps.size());
        EXPECT_NEAR(tiled.overlapHa, expectedOverlapHa, 1e-12);
    }
}

INSTANTIATE_TEST_SUITE_P(Formats, TiledStatistics, ::testing::Values("plots.gpkg", "plots.geojson"));

TEST(TilePlan, RepeatedFeatureIdsAreRefused) {
    geo::FeatureEnvelopes surveyed;
    surveyed.fids = {7, 7};
    surveyed.envelopes = {{0, 0, 1, 1}, {5, 5, 6, 6}};
    EXPECT_THROW(geo::planTiles(surveyed, 1), geo::Error);
}

TEST(TilePlan, TouchingEnvelopesShareATileAndTilesCoverTheirFeatures) {
    geo::FeatureEnvelopes surveyed;
    // Ten separate squares in a row, then one square touching square 4's corner.
    for (int i = 0; i < 10; ++i) {
        surveyed.fids.push_back(100 + i);
        surveyed.envelopes.push_back({i * 2.0, 0, i * 2.0 + 1, 1});
    }
    surveyed.fids.push_back(50);
    surveyed.envelopes.push_back({9, 1, 9.5, 1.5});  // touches (8..9, 0..1) at (9, 1)
    geo::TilePlan plan = geo::planTiles(surveyed, 2);
    auto tileOf = [&](std::int64_t fid) {
        auto it = std::lower_bound(plan.fids.begin(), plan.fids.end(), fid);
        return plan.tileOf[static_cast<std::size_t>(it - plan.fids.begin())];
    };
    EXPECT_EQ(tileOf(50), tileOf(104));
    EXPECT_GE(plan.tiles(), 4u);
    for (std::size_t i = 0; i < surveyed.fids.size(); ++i) {
        const auto& e = surveyed.envelopes[i];
        const auto& area = plan.areas[tileOf(surveyed.fids[i])];
        EXPECT_TRUE(area.contains({e.minX, e.minY}) && area.contains({e.maxX, e.maxY})) << surveyed.fids[i];
    }
}

TEST(TiledStatistics, APlantingLayerWhoseCrsIsGuessedIsRefused) {
    TempDir dir;
    vt_test::writeOgr(dir.file("zones.gpkg"), "GPKG", 4326, {{"Z1", rectWkt(105.0, 9.5, 105.1, 9.6)}});
    vt_test::writeOgr(dir.file("plots.shp"), "ESRI Shapefile", 0, {{"A", rectWkt(105.01, 9.51, 105.02, 9.52)}});
    geo::Project project = geo::loadProject(vt_test::writeText(dir.path() / "p.vtproj", R"({"name": "p", "layers": [
      {"id": "zones", "role": "zones", "path": "zones.gpkg", "fields": {"code": "code"}},
      {"id": "plots", "role": "planting_areas", "path": "plots.shp", "fields": {"code": "code"}}]})"));
    geo::FeatureEnvelopes surveyed;
    geo::Workspace ws = geo::loadWorkspaceForTiles(project, surveyed);
    geo::TilePlan plan = geo::planTiles(surveyed, 1);
    try {
        geo::computeStatisticsInTiles(ws, plan, "");
        FAIL() << "a guessed CRS could be guessed differently per tile";
    } catch (const geo::Error& e) {
        EXPECT_NE(std::string(e.what()).find("\"crs\""), std::string::npos) << e.what();
    }
}

}  // namespace

namespace {

// A layer rewritten between the survey and the tiles (an export still
// running) would lose or add plots silently: refused, with both counts.
TEST(TiledStatistics, ALayerChangedBetweenSurveyAndTilesIsRefused) {
    TempDir dir;
    geo::Project project = geo::loadProject(writeProject(dir, "plots.geojson"));
    geo::FeatureEnvelopes surveyed;
    geo::Workspace ws = geo::loadWorkspaceForTiles(project, surveyed);
    geo::TilePlan plan = geo::planTiles(surveyed, 5);
    auto fewer = plots();
    fewer.pop_back();
    fewer.pop_back();
    std::filesystem::remove(dir.file("plots.geojson"));
    vt_test::writeOgr(dir.file("plots.geojson"), "GeoJSON", 4326, fewer);
    try {
        geo::computeStatisticsInTiles(ws, plan, "");
        FAIL() << "two plots went missing between the survey and the tiles";
    } catch (const geo::Error& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("changed while it was read"), std::string::npos) << what;
        EXPECT_NE(what.find(std::to_string(plots().size()) + " features when surveyed"), std::string::npos) << what;
    }
}

}  // namespace
