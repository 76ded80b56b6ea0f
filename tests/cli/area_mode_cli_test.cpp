// --area geodesic|auto and the project key "area" from the command line
// (design.md, "Coordinate reference systems"). The test writes its own
// GeoJSON plots (coordinates printed with 17 digits, so GDAL reads back the
// very doubles below) and computes every expected hectare here with PROJ's
// geod_polygonarea on those corners, independently of vungtrong-cli:
// geodesic mode equals it bit for bit (JSON prints doubles round-trip),
// auto is within max(1e-6 × area, 0.01 m²) for the small plots and equal
// for the one beyond the 0.05° bound.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <geodesic.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli_run.h"

namespace {

namespace fs = std::filesystem;
using vt_test::CliRun;
using vt_test::runCli;

using Ring = std::vector<std::pair<double, double>>;  // lon, lat; closed by the writer

struct Plot {
    const char* code;
    std::vector<Ring> rings;  // exterior counter-clockwise, holes clockwise
};

// Sóc Trăng to the north: a 200 m field, a 1.4 km sliver triangle at 21° N,
// a square with a hole, and a 0.3° holding beyond the authalic bound.
const std::vector<Plot> kPlots = {
    {"VN-AREA-0001", {{{105.970, 9.600}, {105.9721, 9.6003}, {105.9718, 9.6019}, {105.9699, 9.6017}}}},
    {"VN-AREA-0002", {{{105.80, 21.00}, {105.8140, 21.0020}, {105.8005, 21.0031}}}},
    {"VN-AREA-0003",
     {{{106.00, 10.50}, {106.01, 10.50}, {106.01, 10.51}, {106.00, 10.51}},
      {{106.003, 10.503}, {106.003, 10.506}, {106.006, 10.506}, {106.006, 10.503}}}},
    {"VN-AREA-0004", {{{106.2, 11.0}, {106.5, 11.05}, {106.45, 11.3}, {106.25, 11.28}}}},
};
constexpr std::size_t kLargePlot = 3;

// geod_polygonarea on the corners: |exterior| − Σ|holes|, m² → ha.
double projHa(const Plot& plot) {
    geod_geodesic g;
    geod_init(&g, 6378137.0, 1 / 298.257223563);
    double m2 = 0;
    for (std::size_t r = 0; r < plot.rings.size(); ++r) {
        std::vector<double> lats, lons;
        for (const auto& [lon, lat] : plot.rings[r]) {
            lons.push_back(lon);
            lats.push_back(lat);
        }
        double area = 0;
        geod_polygonarea(&g, lats.data(), lons.data(), static_cast<int>(lats.size()), &area, nullptr);
        m2 = r == 0 ? std::fabs(area) : m2 - std::fabs(area);
    }
    return m2 / 10000.0;
}

double allowedHa(double ha) { return std::max(1e-6 * ha, 0.01 / 1e4); }

std::string number(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

struct Fixture {
    fs::path dir = fs::temp_directory_path() / ("vt-cli-area-" + std::to_string(::getpid()) + "-" +
                                                std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    Fixture() {
        fs::create_directories(dir);
        std::string plots = R"({"type": "FeatureCollection", "features": [)";
        for (std::size_t i = 0; i < kPlots.size(); ++i) {
            std::string rings;
            for (const Ring& ring : kPlots[i].rings) {
                std::string coords;
                for (std::size_t k = 0; k <= ring.size(); ++k) {
                    const auto& [lon, lat] = ring[k % ring.size()];
                    coords += (k ? ", [" : "[") + number(lon) + ", " + number(lat) + "]";
                }
                rings += (rings.empty() ? "[" : ", [") + coords + "]";
            }
            plots += (i ? ", " : "") + std::string(R"({"type": "Feature", "properties": {"code": ")") +
                     kPlots[i].code + R"("}, "geometry": {"type": "Polygon", "coordinates": [)" + rings + "]}}";
        }
        write("plots.geojson", plots + "]}");
        write("zone.geojson", R"({"type": "FeatureCollection", "features": [{"type": "Feature",
            "properties": {"code": "Z", "name": "Zone"}, "geometry": {"type": "Polygon",
            "coordinates": [[[105.5, 9.0], [107.0, 9.0], [107.0, 21.5], [105.5, 21.5], [105.5, 9.0]]]}}]})");
        const std::string layers = R"("layers": [
            {"id": "zones", "role": "zones", "path": "zone.geojson", "fields": {"code": "code", "name": "name"}},
            {"id": "plots", "role": "planting_areas", "path": "plots.geojson", "fields": {"code": "code"}}])";
        write("auto.vtproj", R"({"name": "area auto", )" + layers + "}");
        write("geodesic.vtproj", R"({"name": "area geodesic", "area": "geodesic", )" + layers + "}");
    }
    ~Fixture() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    void write(const std::string& name, const std::string& text) const { std::ofstream(dir / name) << text; }
    std::string path(const std::string& name) const { return "'" + (dir / name).string() + "'"; }
};

nlohmann::json runJson(const std::string& args) {
    CliRun r = runCli(args);
    EXPECT_EQ(r.status, 0) << args << "\n" << r.err;
    return r.status == 0 ? nlohmann::json::parse(r.out) : nlohmann::json();
}

TEST(CliAreaMode, AreaGeodesicIsProjBitForBitAndAutoWithinTheBound) {
    Fixture f;
    nlohmann::json geodesic = runJson("area --format json --area geodesic " + f.path("plots.geojson"));
    nlohmann::json automatic = runJson("area --format json " + f.path("plots.geojson"));
    ASSERT_EQ(geodesic["features"].size(), kPlots.size());
    ASSERT_EQ(automatic["features"].size(), kPlots.size());
    EXPECT_EQ(geodesic["area_mode"], "geodesic");
    EXPECT_EQ(automatic["area_mode"], "auto");
    double total = 0;
    for (std::size_t i = 0; i < kPlots.size(); ++i) {
        const double expected = projHa(kPlots[i]);
        total += expected;
        EXPECT_EQ(geodesic["features"][i]["area_ha"].get<double>(), expected) << kPlots[i].code;
        const double a = automatic["features"][i]["area_ha"].get<double>();
        if (i == kLargePlot)
            EXPECT_EQ(a, expected) << "beyond the bound: PROJ's area";
        else
            EXPECT_NEAR(a, expected, allowedHa(expected)) << kPlots[i].code;
    }
    EXPECT_EQ(geodesic["total_ha"].get<double>(), total);
}

TEST(CliAreaMode, AnotherAreaModeIsAUsageError) {
    Fixture f;
    CliRun r = runCli("area --area exact " + f.path("plots.geojson"));
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("--area must be auto or geodesic, not 'exact'"), std::string::npos) << r.err;
    CliRun s = runCli("stats --area Geodesic " + f.path("auto.vtproj"));
    EXPECT_EQ(s.status, 2) << s.err;
}

// Each plot's measured ha and the total gross, from `stats --format json`.
struct StatsAreas {
    std::vector<double> measured;
    double gross = 0;
};

StatsAreas statsAreas(const std::string& args) {
    nlohmann::json j = runJson("stats --format json " + args);
    StatsAreas s;
    if (j.is_null()) return s;
    for (const auto& p : j["plantings"]) s.measured.push_back(p["measured_ha"].get<double>());
    s.gross = j["total"]["gross_planted_ha"].get<double>();
    EXPECT_EQ(j["zones"][0]["gross_planted_ha"].get<double>(), s.gross);  // every plot lies in the one zone
    return s;
}

TEST(CliAreaMode, StatsByTheFlagOrTheProjectKeyMeasureInThatMode) {
    Fixture f;
    const StatsAreas byFlag = statsAreas("--area geodesic " + f.path("auto.vtproj"));
    const StatsAreas byKey = statsAreas(f.path("geodesic.vtproj"));
    const StatsAreas automatic = statsAreas(f.path("auto.vtproj"));
    const StatsAreas overridden = statsAreas("--area auto " + f.path("geodesic.vtproj"));
    ASSERT_EQ(byFlag.measured.size(), kPlots.size());
    double total = 0;
    for (std::size_t i = 0; i < kPlots.size(); ++i) {
        const double expected = projHa(kPlots[i]);
        total += expected;
        EXPECT_EQ(byFlag.measured[i], expected) << kPlots[i].code;
        EXPECT_NEAR(automatic.measured[i], expected, i == kLargePlot ? 0 : allowedHa(expected)) << kPlots[i].code;
    }
    // Σ in the plots' order, as the statistics add them: the same bits.
    EXPECT_EQ(byFlag.gross, total);
    EXPECT_EQ(byKey.measured, byFlag.measured);
    EXPECT_EQ(byKey.gross, byFlag.gross);
    EXPECT_EQ(overridden.measured, automatic.measured);  // --area replaces the project's key
    EXPECT_NE(automatic.gross, byFlag.gross);             // the small plots took the authalic way
    EXPECT_NEAR(automatic.gross, total, 1e-6 * total);
}

TEST(CliAreaMode, ExportLinkedMeasuredHectaresFollowTheMode) {
    Fixture f;
    for (const char* mode : {"geodesic", "auto"}) {
        const fs::path out = f.dir / (std::string(mode) + ".geojson");
        CliRun r = runCli("export " + f.path("auto.vtproj") + " --layer plots --format geojson --linked --area " +
                          mode + " --out '" + out.string() + "'");
        ASSERT_EQ(r.status, 0) << r.err;
        std::ifstream in(out);
        nlohmann::json j = nlohmann::json::parse(in);
        ASSERT_EQ(j["features"].size(), kPlots.size());
        for (std::size_t i = 0; i < kPlots.size(); ++i) {
            const double expected = projHa(kPlots[i]);
            const double got = j["features"][i]["properties"]["vt_measured_ha"].get<double>();
            if (std::string(mode) == "geodesic" || i == kLargePlot)
                EXPECT_EQ(got, expected) << mode << " " << kPlots[i].code;
            else
                EXPECT_NEAR(got, expected, allowedHa(expected)) << mode << " " << kPlots[i].code;
        }
    }
}

}  // namespace
