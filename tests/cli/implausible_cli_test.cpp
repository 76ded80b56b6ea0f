// A declared area of 1e70 ha (issue 16) in every output of the command
// line: stats' table, CSV and JSON leave it out of the sums and say so above
// them, no number prints as dozens of digits, and validate reports it as
// implausible_number (an error: exit 3). The sum expected is the other
// code's declared 1.5 ha, as written in the fixture.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <string>

#include "../geo/test_support.h"
#include "cli_run.h"

namespace {

using vt_test::CliRun;
using vt_test::runCli;

struct AbsurdProject {
    vt_test::TempDir dir;
    std::string file;
    AbsurdProject() {
        auto square = [](double lon, double lat, double s) {
            return "[[[" + std::to_string(lon) + "," + std::to_string(lat) + "],[" + std::to_string(lon + s) + "," +
                   std::to_string(lat) + "],[" + std::to_string(lon + s) + "," + std::to_string(lat + s) + "],[" +
                   std::to_string(lon) + "," + std::to_string(lat + s) + "],[" + std::to_string(lon) + "," +
                   std::to_string(lat) + "]]]";
        };
        vt_test::writeText(dir.path() / "zones.geojson",
                           R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ma":"941"},)"
                           R"("geometry":{"type":"Polygon","coordinates":)" + square(105.9, 9.6, 0.1) + "}}]}");
        vt_test::writeText(dir.path() / "plots.geojson",
                           R"({"type":"FeatureCollection","features":[)"
                           R"({"type":"Feature","properties":{"ma":"VN-A","dt":1.5},"geometry":{"type":"Polygon","coordinates":)" +
                               square(105.91, 9.61, 0.001) + "}}," +
                               R"({"type":"Feature","properties":{"ma":"VN-B","dt":1e70},"geometry":{"type":"Polygon","coordinates":)" +
                               square(105.92, 9.61, 0.001) + "}}]}");
        file = vt_test::writeText(
            dir.path() / "p.vtproj",
            R"({"name":"absurd","layers":[)"
            R"({"id":"zones","role":"zones","path":"zones.geojson","fields":{"code":"ma","name":"ma"}},)"
            R"({"id":"plots","role":"planting_areas","path":"plots.geojson","fields":{"code":"ma","declared_ha":"dt"}}]})");
    }
};

// The longest run of digits in text (a 1e70 in fixed notation would be 71).
std::size_t longestDigitRun(const std::string& text) {
    std::size_t best = 0, run = 0;
    for (char c : text) {
        run = (c >= '0' && c <= '9') ? run + 1 : 0;
        best = std::max(best, run);
    }
    return best;
}

TEST(CliImplausible, StatsLeavesAnAbsurdDeclaredAreaOutAndSaysSoInEveryFormat) {
    AbsurdProject p;
    CliRun table = runCli("stats '" + p.file + "'");
    ASSERT_EQ(table.status, 0) << table.err;
    EXPECT_EQ(table.out.rfind("WARNING: plots FID 1 (VN-B): dt = 1.00e+70 ha is larger than Vietnam's land area", 0), 0u)
        << table.out;
    EXPECT_LE(longestDigitRun(table.out), 12u) << table.out;
    // The total line's declared ha is the clean code's 1.50.
    std::smatch m;
    ASSERT_TRUE(std::regex_search(table.out, m, std::regex(R"(total \(whole project\).*\s(\S+)\n)"))) << table.out;
    EXPECT_EQ(m[1].str(), "1.50");

    CliRun csv = runCli("stats --format csv '" + p.file + "'");
    ASSERT_EQ(csv.status, 0) << csv.err;
    EXPECT_EQ(csv.out.rfind("# WARNING: plots FID 1 (VN-B): dt = 1.00e+70 ha", 0), 0u) << csv.out;
    EXPECT_NE(csv.out.find(",1.500000\n"), std::string::npos) << csv.out;
    EXPECT_LE(longestDigitRun(csv.out), 12u) << csv.out;

    CliRun json = runCli("stats --format json '" + p.file + "'");
    ASSERT_EQ(json.status, 0) << json.err;
    auto j = nlohmann::json::parse(json.out);
    EXPECT_DOUBLE_EQ(j["total"]["declared_ha"].get<double>(), 1.5);
    EXPECT_TRUE(j["plantings"][1]["declared_ha"].is_null());
    bool warned = false;
    for (const auto& w : j["warnings"]) warned |= w.get<std::string>().find("1.00e+70") != std::string::npos;
    EXPECT_TRUE(warned) << json.out;
}

TEST(CliImplausible, ValidateReportsItAsAnErrorNamingTheFeature) {
    AbsurdProject p;
    CliRun r = runCli("validate '" + p.file + "'");
    EXPECT_EQ(r.status, 3) << r.out << r.err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r.out, m, std::regex(R"(error\s+plots\s+1\s+VN-B\s+implausible_number\s+(.*)\n)"))) << r.out;
    EXPECT_EQ(m[1].str(), "dt = 1.00e+70 ha is larger than Vietnam's land area (33,100,000 ha): it counts in no sum");
}

}  // namespace
