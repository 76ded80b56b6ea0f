// The command line as a user runs it: output, one-line reasons on stderr,
// and exit codes (0 success, 1 error, 2 usage, 3 findings).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sys/wait.h>

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run.h"
#include "geo/export_formats.h"

namespace {

using vt_test::CliRun;
using vt_test::runCli;
using vt_test::runShell;

const std::string kDemo = std::string(VT_SOURCE_DIR) + "/data/demo/";

// 584.17 ha = `/usr/bin/python3 tests/bench/independent_demo_zones.py data/demo` (OGR + GeographicLib's Planimeter): "total 584.170147";
// `ogrinfo -so data/demo/vung_trong.gpkg vung_trong` → "Feature Count: 94".
TEST(Cli, AreaOfTheDemoPlantingLayerTotals58417Hectares) {
    CliRun r = runCli("area '" + kDemo + "vung_trong.gpkg'");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("total (94 features)"), std::string::npos) << r.out;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r.out, m, std::regex(R"(total \(94 features\)\s+([0-9.,]+))"))) << r.out;
    EXPECT_EQ(m[1].str(), "584.17");
}

TEST(Cli, AreaCsvListsEveryFeatureAndTheTotal) {
    CliRun r = runCli("area --format csv '" + kDemo + "vung_trong.gpkg'");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.rfind("fid,code,area_ha\n", 0), 0u);
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1 + 94 + 1);
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r.out, m, std::regex(R"(total,,([0-9.]+))")));
    EXPECT_NEAR(std::stod(m[1].str()), 584.17, 0.005);
}

TEST(Cli, InfoOnTheDemoProjectShowsTheInferredCrs) {
    CliRun r = runCli("info '" + kDemo + "soc-trang.vtproj'");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("VN-2000 / TM-3 105-30 (EPSG:9209) — INFERRED"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("htx.shp"), std::string::npos);
    // The synthetic raster background, attributed and checked.
    EXPECT_NE(r.out.find("Basemap nen (Nền tổng hợp (synthetic background))\n  source:      nen_tong_hop.tif\n"
                         "  attribution: Synthetic background (VungTrong demo)\n  drawable:    yes\n"),
              std::string::npos)
        << r.out;
}

TEST(Cli, MissingFileIsOneLineOnStderrAndStatus1) {
    CliRun r = runCli("area /nonexistent/x.shp");
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("/nonexistent/x.shp"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

TEST(Cli, UsageErrorsExitWith2) {
    EXPECT_EQ(runCli("frobnicate").status, 2);
    EXPECT_EQ(runCli("area").status, 2);
    CliRun r = runCli("area --format xml '" + kDemo + "vung_trong.gpkg'");
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("--format"), std::string::npos);
    EXPECT_EQ(runCli("area --bogus x.shp").status, 2);
}

TEST(Cli, HelpListsEveryCommand) {
    CliRun r = runCli("--help");
    EXPECT_EQ(r.status, 0);
    for (const char* c : {"info", "area", "validate"}) EXPECT_NE(r.out.find(std::string("vungtrong-cli ") + c), std::string::npos) << c;
}

}  // namespace

namespace {

// What the app's zone panel shows, the command line gives too: for Thạnh
// Trị (949) its gross planted ha and the cooperatives holding them.
// --format's choices come from geo's table of formats (geo/export_formats.h),
// in --help, the man page and the bash completion alike.
TEST(Cli, ExportHelpListsExactlyTheTablesFormats) {
    std::string names;
    for (const auto& f : geo::exportFormats()) names += (names.empty() ? "" : "|") + f.name;
    CliRun help = runCli("export --help");
    ASSERT_EQ(help.status, 0) << help.err;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(help.out, m, std::regex("--format ([a-z|]+)  output format:"))) << help.out;
    EXPECT_EQ(m[1].str(), names);
    for (const auto& f : geo::exportFormats()) {
        EXPECT_NE(help.out.find(f.name + " = " + f.title), std::string::npos) << f.name;
        for (const auto& ext : f.extensions) EXPECT_NE(help.out.find(ext), std::string::npos) << ext;
    }
    std::string completion = runCli("--help-bash-completion").out;
    std::string words = names;
    std::replace(words.begin(), words.end(), '|', ' ');
    EXPECT_NE(completion.find("--format)\n            COMPREPLY=($(compgen -W '" + words + "'"), std::string::npos)
        << "completion offers the same formats";
    // A name not in the table is refused with the table's list.
    CliRun bad = runCli("export '" + kDemo + "soc-trang.vtproj' --layer planting_areas --format kml --out x.kml");
    EXPECT_EQ(bad.status, 2);
    std::string list = names;
    for (std::size_t at; (at = list.find('|')) != std::string::npos;) list.replace(at, 1, ", ");
    EXPECT_NE(bad.err.find("unknown --format 'kml' (" + list + ")"), std::string::npos) << bad.err;
}

// --excel: Excel's CSV dialect (geo/csv.h), here with --decimal ','.
TEST(Cli, ExportExcelCsvHasABomSemicolonsAndDecimalCommas) {
    std::string dir = std::filesystem::temp_directory_path() / ("vt-cli-excel-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string project = "'" + kDemo + "soc-trang.vtproj'";
    CliRun plain = runCli("export " + project + " --table zones --format csv --out '" + dir + "/plain.csv'");
    CliRun excel = runCli("export " + project + " --table zones --format csv --excel --decimal , --out '" + dir +
                          "/excel.csv'");
    ASSERT_EQ(plain.status, 0) << plain.err;
    ASSERT_EQ(excel.status, 0) << excel.err;
    auto read = [](const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    };
    std::string a = read(dir + "/plain.csv"), b = read(dir + "/excel.csv");
    // The same table, field for field: ',' → ';' between fields, '.' → ',' in
    // numbers (no demo text holds a comma, a semicolon or a dot).
    std::string expected = "\xEF\xBB\xBF" + a;
    for (char& c : expected) c = c == ',' ? ';' : c == '.' ? ',' : c;
    EXPECT_EQ(b, expected);
    EXPECT_NE(b.find(";25,57\r\n"), std::string::npos) << "declared ha of 941 with a decimal comma";

    EXPECT_EQ(runCli("export " + project + " --table zones --format xlsx --excel --out '" + dir + "/x.xlsx'").status, 2);
    EXPECT_EQ(runCli("export " + project + " --table zones --format csv --decimal , --out '" + dir + "/y.csv'").status, 2);
    EXPECT_EQ(runCli("export " + project + " --table zones --format csv --excel --decimal x --out '" + dir + "/y.csv'").status,
              2);
    std::filesystem::remove_all(dir);
}

TEST(Cli, StatsJsonNamesTheCooperativesHoldingEachZone) {
    CliRun r = runCli("stats --format json '" + kDemo + "soc-trang.vtproj'");
    ASSERT_EQ(r.status, 0) << r.err;
    nlohmann::json j = nlohmann::json::parse(r.out);
    const nlohmann::json* zone = nullptr;
    for (const auto& z : j["zones"])
        if (z["zone_code"] == "949") zone = &z;
    ASSERT_NE(zone, nullptr);
    EXPECT_EQ((*zone)["zone_name"], "Thạnh Trị");
    double held = 0;
    int codes = 0;
    for (const auto& h : (*zone)["holders"]) {
        EXPECT_TRUE(h["coop_name"].is_string()) << h.dump();
        held += h["gross_planted_ha"].get<double>();
        codes += h["codes"].get<int>();
    }
    EXPECT_NEAR(held, (*zone)["gross_planted_ha"].get<double>(), 1e-9);
    EXPECT_EQ(codes, (*zone)["codes"].get<int>());
    // `/usr/bin/python3 tests/bench/independent_demo_zones.py data/demo` prints "949 63.793201".
    EXPECT_NEAR((*zone)["gross_planted_ha"].get<double>(), 63.79, 0.005);
}

}  // namespace

namespace {

// The first n comma-separated fields of each data line, quotes dropped
// (enough for the leading columns, which hold no commas).
std::vector<std::string> leadingFields(const std::string& csv, int n) {
    std::vector<std::string> out;
    std::istringstream lines(csv);
    std::string line;
    std::getline(lines, line);  // header
    while (std::getline(lines, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();  // RFC 4180 files end lines with CRLF
        if (line.empty()) continue;
        std::string key;
        std::size_t at = 0;
        for (int k = 0; k < n; ++k) {
            std::size_t comma = line.find(',', at);
            std::string field = line.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
            field.erase(std::remove(field.begin(), field.end(), '"'), field.end());
            key += field + "|";
            at = comma == std::string::npos ? line.size() : comma + 1;
        }
        out.push_back(key);
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

// validate --out writes the findings as a file (through geo/'s table export):
// the rows the --format csv listing prints, and the exit status still gates.
TEST(Cli, ValidateOutWritesTheSameFindingsAsTheListing) {
    std::string listing = runCli("validate --format csv '" + kDemo + "soc-trang.vtproj'").out;
    auto dir = std::filesystem::temp_directory_path() / ("vt-cli-findings-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::string file = (dir / "findings.csv").string();
    CliRun r = runCli("validate '" + kDemo + "soc-trang.vtproj' --out '" + file + "'");
    EXPECT_EQ(r.status, 3) << r.err;  // the demo has one error (HTX-0299)
    EXPECT_NE(r.out.find("wrote 4 finding(s) to " + file), std::string::npos) << r.out;
    std::ifstream in(file);
    std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(written.substr(0, written.find('\r')), "severity,kind,layer,feature,fid,code,hectares,message");
    auto expected = leadingFields(listing, 6);
    ASSERT_EQ(expected.size(), 4u) << listing;
    EXPECT_EQ(leadingFields(written, 6), expected);
    std::filesystem::remove_all(dir);
}

// Registers as tables (issue 10, item 4): an ODS register of VN-2000 points
// gives every stats output a declared_ha per zone equal to the generator's
// (tests/fixtures/field/registers/make_fixtures.py, OGR point in polygon),
// zero gross/net, and validate lists each point as no_boundary.
namespace {

const std::string kRegisters = std::string(VT_SOURCE_DIR) + "/tests/fixtures/field/registers/";

nlohmann::json registerExpected(const std::string& project) {
    std::ifstream in(kRegisters + "expected.json");
    return nlohmann::json::parse(in).at(project);
}

}  // namespace

TEST(Cli, StatsOfARegisterShowDeclaredHectaresInEveryFormat) {
    for (const char* project : {"register_ods", "register_xlsx", "mixed"}) {
        SCOPED_TRACE(project);
        nlohmann::json want = registerExpected(project);
        std::string path = "'" + kRegisters + project + ".vtproj'";
        CliRun json = runCli("stats --format json " + path);
        ASSERT_EQ(json.status, 0) << json.err;
        nlohmann::json j = nlohmann::json::parse(json.out);
        for (const auto& z : j["zones"]) {
            const auto& w = want["zones"].at(z["zone_code"].get<std::string>());
            EXPECT_EQ(z["codes"], w["codes"]) << z.dump();
            EXPECT_NEAR(z["declared_ha"].get<double>(), w["declared_ha"].get<double>(), 1e-6) << z.dump();
            EXPECT_EQ(z["codes_without_boundary"], w["codes_without_boundary"]) << z.dump();
        }
        EXPECT_NEAR(j["total"]["declared_ha"].get<double>(), want["total"]["declared_ha"].get<double>(), 1e-9);
        for (const auto& p : j["plantings"]) {
            if (!p["boundary"].get<bool>()) {
                EXPECT_TRUE(p["measured_ha"].is_null()) << p.dump();
            }
        }

        CliRun csv = runCli("stats --format csv " + path);
        ASSERT_EQ(csv.status, 0) << csv.err;
        EXPECT_EQ(csv.out.rfind("row,zone_code,zone_name,zone_ha,gross_planted_ha,net_planted_ha,coverage_pct,codes,"
                                "cooperatives,members,ocop_cooperatives,investment_vnd,declared_ha\n",
                                0),
                  0u)
            << csv.out;
        std::smatch m;
        ASSERT_TRUE(std::regex_search(csv.out, m, std::regex(R"(\ntotal,,,[^\n]*,([0-9.]+)\n)"))) << csv.out;
        EXPECT_NEAR(std::stod(m[1].str()), want["total"]["declared_ha"].get<double>(), 1e-6);

        CliRun table = runCli("stats " + path);
        ASSERT_EQ(table.status, 0) << table.err;
        EXPECT_NE(table.out.find("declared ha"), std::string::npos) << table.out;
        EXPECT_NE(table.out.find("code(s) without a boundary (points) count in codes and declared ha, not in gross/net"),
                  std::string::npos)
            << table.out;
    }
    // Registers alone are never measured: gross 0 in every zone.
    nlohmann::json j = nlohmann::json::parse(runCli("stats --format json '" + kRegisters + "register_ods.vtproj'").out);
    for (const auto& z : j["zones"]) EXPECT_EQ(z["gross_planted_ha"].get<double>(), 0) << z.dump();
}

TEST(Cli, ValidateListsEachCodeWithoutBoundaryByKind) {
    nlohmann::json want = registerExpected("register_ods");
    CliRun r = runCli("validate --format csv '" + kRegisters + "register_ods.vtproj'");
    EXPECT_EQ(r.status, 3) << r.err;  // the unreadable row is an empty_geometry error
    std::vector<std::string> codes;
    std::istringstream lines(r.out);
    std::string line;
    while (std::getline(lines, line))
        if (line.find(",no_boundary,") != std::string::npos) {
            std::smatch m;
            ASSERT_TRUE(std::regex_search(line, m, std::regex(R"((VN-STTX-[0-9]{4}))"))) << line;
            codes.push_back(m[1].str());
            EXPECT_NE(line.find("no boundary (a point)"), std::string::npos) << line;
        }
    EXPECT_EQ(codes, want["no_boundary"].get<std::vector<std::string>>()) << r.out;
    EXPECT_NE(r.out.find("row 6: no point could be made from Y = '552000', X = '1055x00'"), std::string::npos) << r.out;
}

// Issue 10, item 7: a forced encoding the text contradicts is named by
// validate with its kind (fixtures: tests/fixtures/field/encoding/make_fixtures.py).
TEST(Cli, ValidateNamesAForcedEncodingTheTextContradicts) {
    std::string project = std::string(VT_SOURCE_DIR) + "/tests/fixtures/field/encoding/forced.vtproj";
    CliRun r = runCli("validate '" + project + "'");
    EXPECT_EQ(r.status, 0) << r.err;  // warnings only: below the default --fail-on error
    EXPECT_NE(r.out.find("encoding_doubt"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("TCVN3 reads better"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("stores its text as UTF-8"), std::string::npos) << r.out;
}

// Issue 16: `stats --out` onto the project file, or `export --table` onto a
// layer's file, is refused and leaves it byte for byte (on a copy of the demo).
TEST(Cli, OutputsOntoTheProjectOrItsSourcesAreRefused) {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("vt-cli-guard-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::copy(kDemo, dir, fs::copy_options::recursive);
    auto bytes = [](const fs::path& p) {
        std::ifstream in(p, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    };
    const fs::path project = dir / "soc-trang.vtproj";
    for (const fs::path& target : {project, dir / "huyen.dbf", dir / "crosswalk.csv", dir / "." / "vung_trong.gpkg"}) {
        std::string before = bytes(target);
        CliRun r = runCli("stats '" + project.string() + "' --format csv --out '" + target.string() + "'");
        EXPECT_EQ(r.status, 1) << target;
        EXPECT_NE(r.err.find("refusing to write"), std::string::npos) << r.err;
        EXPECT_EQ(bytes(target), before) << target;
    }
    CliRun e = runCli("export '" + project.string() + "' --table zones --format csv --out '" + (dir / "dau_tu.csv").string() + "'");
    EXPECT_EQ(e.status, 1);
    EXPECT_NE(e.err.find("refusing to write '" + (dir / "dau_tu.csv").string()), std::string::npos) << e.err;
    fs::remove_all(dir);
}

// Issue 16: an export that runs out of room (a file size limit stands in for
// a full disk) fails with a non-zero exit and leaves the old file byte for
// byte, in every format written through GDAL. SIGXFSZ is ignored so that the
// write fails with EFBIG as on a full disk, instead of killing the process.
TEST(Cli, ExportOutOfRoomFailsAndKeepsTheOldFile) {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("vt-cli-full-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto bytes = [](const fs::path& p) {
        std::ifstream in(p, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    };
    const std::string project = kDemo + "soc-trang.vtproj";
    for (const char* format : {"xlsx", "gpkg", "shp", "geojson", "csv"}) {
        fs::path out = dir / (std::string("plots.") + format);
        std::string args = "export '" + project + "' --layer planting_areas --format " + format + " --out '" + out.string() + "'";
        ASSERT_EQ(runCli(args).status, 0) << format;
        std::string before = bytes(out);
        ASSERT_GT(before.size(), 4096u) << format;
        // 4 blocks of 512 bytes (dash's unit): less than any of the files above.
        CliRun r = runShell("sh -c \"trap '' XFSZ; ulimit -f 4; exec '" + std::string(VT_CLI) + "' " + args + "\"");
        EXPECT_NE(r.status, 0) << format << ": " << r.err;
        EXPECT_EQ(bytes(out), before) << format << ": the old file changed";
    }
    fs::remove_all(dir);
}

// Issue 16: area on an empty polygon layer is 0 ha; on points it says there
// is nothing to measure; a guessed CRS is noted in every format.
TEST(Cli, AreaOfEmptyAndPointLayersAndNotesInEveryFormat) {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("vt-cli-area-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    // The demo's planting layer with no rows: GDAL's own ogr2ogr makes it.
    std::string empty = (dir / "empty.gpkg").string();
    ASSERT_EQ(runShell("ogr2ogr -f GPKG -where '1=0' '" + empty + "' '" + kDemo + "vung_trong.gpkg'").status, 0);
    CliRun e = runCli("area --format csv '" + empty + "'");
    EXPECT_EQ(e.status, 0) << e.err;
    EXPECT_NE(e.out.find("# note: the layer has no features: 0 ha\nfid,code,area_ha\ntotal,,0.000000\n"), std::string::npos)
        << e.out;
    CliRun points = runCli("area '" + kDemo + "htx.shp'");
    EXPECT_EQ(points.status, 1);
    // `ogrinfo -so -al data/demo/htx.shp` → "Feature Count: 216"
    EXPECT_NE(points.err.find("nothing to measure: its 216 feature(s) are points or lines"), std::string::npos) << points.err;
    // Polygons in TM-3 metres without .prj: the CRS is a guess, said in each format.
    std::string tm3 = "'" + std::string(VT_SOURCE_DIR) + "/tests/fixtures/field/crs/plots_tm3.shp'";
    CliRun csv = runCli("area --format csv " + tm3);
    EXPECT_EQ(csv.out.rfind("# note: CRS inferred as ", 0), 0u) << csv.out;
    CliRun json = runCli("area --format json " + tm3);
    auto j = nlohmann::json::parse(json.out);
    EXPECT_TRUE(j["crs_inferred"].get<bool>());
    ASSERT_FALSE(j["notes"].empty());
    EXPECT_EQ(j["notes"][0].get<std::string>().rfind("CRS inferred as ", 0), 0u);
    fs::remove_all(dir);
}

// Issue 16: GeoJSON named .json is a layer, not a project file.
TEST(Cli, GeoJsonNamedDotJsonIsReadAsALayer) {
    std::string json = (std::filesystem::temp_directory_path() / ("vt-cli-" + std::to_string(::getpid()) + ".json")).string();
    ASSERT_EQ(runShell("ogr2ogr -f GeoJSON '" + json + "' '" + kDemo + "vung_trong.gpkg'").status, 0);
    CliRun info = runCli("info '" + json + "'");
    EXPECT_EQ(info.status, 0) << info.err;
    EXPECT_NE(info.out.find("features:  94"), std::string::npos) << info.out;
    CliRun area = runCli("area '" + json + "'");
    EXPECT_NE(area.out.find("584.17"), std::string::npos) << area.out << area.err;  // as AreaOfTheDemoPlantingLayer…
    std::filesystem::remove(json);
}

// A planting layer read in tiles (geo/tiled_statistics.h) prints what a
// whole read prints, byte for byte: the demo's 94 plots in tiles of 7.
TEST(Cli, StatsInTilesPrintsTheWholeReadsTable) {
    CliRun whole = runCli("stats --format csv --plots-per-tile 0 '" + kDemo + "soc-trang.vtproj'");
    ASSERT_EQ(whole.status, 0) << whole.err;
    CliRun tiled = runCli("stats --format csv --plots-per-tile 7 '" + kDemo + "soc-trang.vtproj'");
    ASSERT_EQ(tiled.status, 0) << tiled.err;
    EXPECT_EQ(tiled.out, whole.out);
    EXPECT_NE(whole.out.find("584.17"), std::string::npos) << whole.out;
    CliRun table = runCli("stats --plots-per-tile 7 '" + kDemo + "soc-trang.vtproj'");
    EXPECT_EQ(table.out, runCli("stats '" + kDemo + "soc-trang.vtproj'").out);
}

TEST(Cli, WhatNeedsEveryPlotAtOnceIsRefusedInTiles) {
    for (const char* extra : {"--format json", "--crosswalk", "--peer-bench /tmp/vt-never-written"}) {
        CliRun r = runCli(std::string("stats --plots-per-tile 7 ") + extra + " '" + kDemo + "soc-trang.vtproj'");
        EXPECT_EQ(r.status, 2) << extra;
        EXPECT_NE(r.err.find("--plots-per-tile 0"), std::string::npos) << r.err;
    }
    EXPECT_EQ(runCli("stats --plots-per-tile many '" + kDemo + "soc-trang.vtproj'").status, 2);
}
