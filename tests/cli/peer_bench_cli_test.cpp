// `stats --peer-bench DIR` writes the peer benchmark's files: plots.csv is
// streamed in blocks (app/cli/stats.cpp), so it is checked row by row against
// the planting areas `stats --format json` lists for the same project.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run.h"

namespace {

namespace fs = std::filesystem;
using vt_test::CliRun;
using vt_test::runCli;

const std::string kProject = std::string(VT_SOURCE_DIR) + "/data/demo/soc-trang.vtproj";

std::vector<std::string> lines(const fs::path& file) {
    std::ifstream in(file);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

TEST(CliPeerBench, PlotsCsvHasEveryPlantingAreaWithItsMeasuredArea) {
    fs::path dir = fs::temp_directory_path() / ("vt-cli-peer-bench-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    CliRun r = runCli("stats --format csv --out '" + (dir / "stats.csv").string() + "' --peer-bench '" +
                      (dir / "peer").string() + "' '" + kProject + "'");
    ASSERT_EQ(r.status, 0) << r.err;
    CliRun json = runCli("stats --format json '" + kProject + "'");
    ASSERT_EQ(json.status, 0) << json.err;
    const auto plantings = nlohmann::json::parse(json.out).at("plantings");
    ASSERT_GT(plantings.size(), 50u);

    const auto rows = lines(dir / "peer" / "plots.csv");
    ASSERT_EQ(rows.size(), plantings.size() + 1);
    EXPECT_EQ(rows[0], "code,area_ha");
    for (std::size_t i = 0; i < plantings.size(); ++i) {
        const std::string& row = rows[i + 1];
        const auto comma = row.rfind(',');
        ASSERT_NE(comma, std::string::npos) << row;
        const auto& p = plantings[i];
        EXPECT_EQ(row.substr(0, comma), p.at("code").get<std::string>()) << "row " << i + 1;
        const double measured = p.at("measured_ha").is_null() ? 0.0 : p.at("measured_ha").get<double>();
        EXPECT_NEAR(std::stod(row.substr(comma + 1)), measured, 1e-10) << "row " << i + 1;
    }
    // No temporary file is left beside the ones written.
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir / "peer")) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"plots.csv", "zones.csv"}));
    fs::remove_all(dir);
}

}  // namespace
