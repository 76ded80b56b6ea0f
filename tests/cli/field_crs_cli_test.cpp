// Issue 10, items 1-3, from the command line: latitude-first files, degrees
// without .prj and TM-3 files without .prj, as a user meets them. Fixtures:
// tests/fixtures/field/crs/make_fixtures.py. Expected hectares are computed
// here by GeographicLib (PROJ's geod_polygonarea) from the generator's
// corners, independently of vungtrong-cli.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "cli_run.h"

#include "../fixtures/field/crs/degree_plots.h"

namespace {

using vt_test::CliRun;
using vt_test::runCli;

std::string fixture(const std::string& name) {
    return "'" + std::string(VT_SOURCE_DIR) + "/tests/fixtures/field/crs/" + name + "'";
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

using vt_test::degreePlotsTotalHa;

double csvTotal(const std::string& out) {
    std::smatch m;
    if (!std::regex_search(out, m, std::regex(R"(total,,([0-9.]+))"))) return NAN;
    return std::stod(m[1].str());
}

TEST(CliFieldCrs, AreaOfALatitudeFirstFileIsStatus1NamingTheFileAndTheFix) {
    for (const char* file : {"plots_lat_lon.geojson", "plots_lat_lon.gpkg"}) {
        CliRun r = runCli("area " + fixture(file));
        EXPECT_EQ(r.status, 1) << file;
        EXPECT_TRUE(r.out.empty()) << r.out;  // no nan, no 0
        EXPECT_TRUE(contains(r.err, std::string(file) + ":plots_lat_lon: the coordinates look latitude first")) << r.err;
        EXPECT_TRUE(contains(r.err, "--axis-order lat_lon")) << r.err;
    }
}

TEST(CliFieldCrs, AreaWithAxisOrderLatLonGivesGeographicLibsTotal) {
    for (const char* file : {"plots_lat_lon.geojson", "plots_lat_lon.gpkg"}) {
        CliRun r = runCli("area --format csv --axis-order lat_lon " + fixture(file));
        ASSERT_EQ(r.status, 0) << r.err;
        EXPECT_NEAR(csvTotal(r.out), degreePlotsTotalHa(), 3e-6) << r.out;
    }
    EXPECT_EQ(runCli("area --axis-order latlon " + fixture("plots_lat_lon.geojson")).status, 2);
}

TEST(CliFieldCrs, StatsRefusesAnUnfixedSwappedLayerAndCountsItOnceFixed) {
    CliRun bad = runCli("stats --format csv " + fixture("swapped.vtproj"));
    EXPECT_EQ(bad.status, 1);
    EXPECT_TRUE(bad.out.empty()) << bad.out;
    EXPECT_TRUE(contains(bad.err, "layer 'plots'")) << bad.err;
    EXPECT_TRUE(contains(bad.err, "\"axis_order\": \"lat_lon\"")) << bad.err;

    CliRun good = runCli("stats --format csv " + fixture("swapped_fixed.vtproj"));
    ASSERT_EQ(good.status, 0) << good.err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(good.out, m, std::regex(R"(zone,Z1,Zone 1,[0-9.]+,([0-9.]+),)"))) << good.out;
    EXPECT_NEAR(std::stod(m[1].str()), degreePlotsTotalHa(), 3e-6);
}

TEST(CliFieldCrs, ValidateNamesTheSwappedLayerWithKindAxisSwapped) {
    CliRun r = runCli("validate --format csv " + fixture("swapped.vtproj"));
    EXPECT_EQ(r.status, 3) << r.err;
    EXPECT_TRUE(contains(r.out, "error,axis_swapped,plots,")) << r.out;
    EXPECT_TRUE(contains(r.out, "plots_lat_lon.geojson")) << r.out;
}

TEST(CliFieldCrs, DegreesWithoutPrjPrintTheVn2000ShiftAtTheLayersCentre) {
    CliRun r = runCli("area " + fixture("plots_vn2000_deg.shp"));
    ASSERT_EQ(r.status, 0) << r.err;
    // ≈ 226 m: echo "9.60025 105.9755" | cs2cs -d 9 EPSG:4756 EPSG:4326, then geod -I
    // (226.18 m by PROJ's per-point choice; tests/geo/field_crs_test.cpp checks it to 2 m).
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r.out, m, std::regex(R"(would lie ([0-9.]+) m away)"))) << r.out;
    EXPECT_NEAR(std::stod(m[1].str()), 226.18, 2.0);
    CliRun v = runCli("validate --format csv " + fixture("degrees_vn2000.vtproj"));
    EXPECT_TRUE(contains(v.out, "info,crs_guess,plots,")) << v.out;
    EXPECT_TRUE(contains(v.out, "either WGS 84 (EPSG:4326")) << v.out;
    EXPECT_TRUE(contains(v.out, "or VN-2000 (EPSG:4756")) << v.out;
    EXPECT_TRUE(std::regex_search(v.out, std::regex(R"(lie 22[4-8]\.[0-9] m apart)"))) << v.out;
}

TEST(CliFieldCrs, InfoOnTm3WithoutPrjListsCandidateProvincesAndSaysOneIsNeeded) {
    CliRun r = runCli("info " + fixture("plots_tm3.shp"));
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "a province is needed")) << r.out;
    EXPECT_TRUE(contains(r.out, "VN-2000 / TM-3 105-30 (EPSG:9209), the TM-3 zone of")) << r.out;
    EXPECT_TRUE(contains(r.out, "Soc Trang")) << r.out;
    CliRun withProvince = runCli("info --province 'Sóc Trăng' " + fixture("plots_tm3.shp"));
    ASSERT_EQ(withProvince.status, 0) << withProvince.err;
    EXPECT_TRUE(contains(withProvince.out, "VN-2000 / TM-3 105-30 (EPSG:9209) — INFERRED")) << withProvince.out;
    EXPECT_FALSE(contains(withProvince.out, "a province is needed")) << withProvince.out;
}

TEST(CliFieldCrs, AreaWithProvinceAnySpellingReadsTheTm3Zone) {
    // cs2cs EPSG:9209 EPSG:4326 on the corners | Planimeter: 4.000612 + 4.000604 + 4.000594 ha.
    for (const char* name : {"'soc trang'", "'Sóc Trăng'", "'SOC TRANG'"}) {
        CliRun r = runCli(std::string("area --format csv --province ") + name + " " + fixture("plots_tm3.shp"));
        ASSERT_EQ(r.status, 0) << r.err;
        EXPECT_NEAR(csvTotal(r.out), 4.000612 + 4.000604 + 4.000594, 3e-6) << name;
    }
    CliRun unknown = runCli("area --province Atlantis " + fixture("plots_tm3.shp"));
    EXPECT_EQ(unknown.status, 1);
    EXPECT_TRUE(contains(unknown.err, "unknown province 'Atlantis'")) << unknown.err;
}

}  // namespace
