// vungtrong-cli on data from the field (issue 10, items 5, 8, 10): a project
// whose planting layer is missing stops stats and export unless
// --allow-missing, and then every output says so; stats by an unmapped GADM
// layer names the fields it chose and equals stats by the mapped layer;
// projects pointing outside their folder open and say so.
// Fixtures: tests/fixtures/field/loads/make_fixtures.py.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli_run.h"

namespace {

namespace fs = std::filesystem;

using vt_test::CliRun;
using vt_test::runCli;

const std::string kDir = std::string(VT_SOURCE_DIR) + "/tests/fixtures/field/loads/";
const std::string kField = "'" + kDir + "field.vtproj'";
const std::string kMissing = "'" + kDir + "missing_planting.vtproj'";
const std::string kMissingFile = kDir + "data/vung_trong_2024.geojson";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("vt-cli-loads-" + std::to_string(::getpid()) + "-" +
                                                 std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    TempDir() { fs::create_directories(path); }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// ------------------------------------------------------------ item 5

TEST(CliFieldLoads, StatsStopsWithTheReasonWhenThePlantingLayerIsMissing) {
    for (const char* format : {"table", "csv", "json"}) {
        CliRun r = runCli("stats " + kMissing + " --format " + format);
        EXPECT_EQ(r.status, 1) << format;
        EXPECT_TRUE(r.out.empty()) << r.out;
        EXPECT_TRUE(contains(r.err, "vungtrong-cli stats: a layer the statistics need did not load: 'planting_areas' "
                                    "(planting areas): cannot open '" + kMissingFile + "': file not found"))
            << r.err;
        EXPECT_TRUE(contains(r.err, "pass --allow-missing")) << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;  // one line, the reason
    }
}

TEST(CliFieldLoads, AllowMissingNamesTheMissingLayerInEveryFormat) {
    const std::string note = "layer 'planting_areas' (planting areas, data/vung_trong_2024.geojson) did not load, so "
                             "its figures are missing from these statistics: cannot open '" + kMissingFile +
                             "': file not found";
    CliRun table = runCli("stats " + kMissing + " --allow-missing");
    ASSERT_EQ(table.status, 0) << table.err;
    EXPECT_EQ(table.out.rfind("WARNING: " + note + "\ncode ", 0), 0u) << table.out;

    CliRun csv = runCli("stats " + kMissing + " --allow-missing --format csv");
    ASSERT_EQ(csv.status, 0) << csv.err;
    EXPECT_EQ(csv.out.rfind("# WARNING: " + note + "\nrow,zone_code,", 0), 0u) << csv.out;

    CliRun json = runCli("stats " + kMissing + " --allow-missing --format json");
    ASSERT_EQ(json.status, 0) << json.err;
    nlohmann::json j = nlohmann::json::parse(json.out);
    ASSERT_EQ(j["missing_layers"].size(), 1u);
    EXPECT_EQ(j["missing_layers"][0]["id"], "planting_areas");
    EXPECT_EQ(j["missing_layers"][0]["role"], "planting_areas");
    EXPECT_EQ(j["missing_layers"][0]["path"], "data/vung_trong_2024.geojson");
    EXPECT_EQ(j["warnings"][0], note);
    // What is there is still right: the cooperatives, 10 + 20 + … + 100 members.
    EXPECT_EQ(j["total"]["members"], 550);
    EXPECT_EQ(j["total"]["gross_planted_ha"], 0.0);

    // The complete project has no such lines.
    CliRun full = runCli("stats " + kField + " --format json");
    ASSERT_EQ(full.status, 0) << full.err;
    EXPECT_TRUE(nlohmann::json::parse(full.out)["missing_layers"].empty());
}

TEST(CliFieldLoads, ExportTableStopsUnlessAllowedAndThenTheFileSaysSo) {
    TempDir dir;
    std::string csv = (dir.path / "zones.csv").string();
    CliRun refused = runCli("export " + kMissing + " --table zones --format csv --out '" + csv + "'");
    EXPECT_EQ(refused.status, 1);
    EXPECT_TRUE(contains(refused.err, "layer 'planting_areas' could not be loaded")) << refused.err;
    EXPECT_TRUE(contains(refused.err, "--allow-missing")) << refused.err;
    EXPECT_FALSE(fs::exists(csv));

    CliRun allowed = runCli("export " + kMissing + " --table zones --format csv --allow-missing --out '" + csv + "'");
    ASSERT_EQ(allowed.status, 0) << allowed.err;
    EXPECT_EQ(readFile(csv).rfind("# WARNING: layer 'planting_areas' (planting areas, data/vung_trong_2024.geojson) "
                                  "did not load",
                                  0),
              0u);
    EXPECT_TRUE(contains(allowed.out, "note: layer 'planting_areas' (planting areas")) << allowed.out;

    // A layer that did not load cannot itself be exported, allowed or not.
    CliRun itself = runCli("export " + kMissing + " --layer planting_areas --format geojson --allow-missing --out '" +
                           (dir.path / "p.geojson").string() + "'");
    EXPECT_EQ(itself.status, 1);
    EXPECT_TRUE(contains(itself.err, "layer 'planting_areas' could not be loaded")) << itself.err;
    // Another layer can, with a note saying what its links lack.
    CliRun other = runCli("export " + kMissing + " --layer cooperatives --format geojson --allow-missing --out '" +
                          (dir.path / "c.geojson").string() + "'");
    ASSERT_EQ(other.status, 0) << other.err;
    EXPECT_TRUE(contains(other.out, "note: WARNING: layer 'planting_areas' did not load")) << other.out;
}

TEST(CliFieldLoads, ValidateListsTheMissingLayerAsALoadError) {
    CliRun r = runCli("validate " + kMissing + " --format csv");
    EXPECT_EQ(r.status, 3) << r.err;
    EXPECT_TRUE(contains(r.out, "error,load_error,planting_areas,,,,,")) << r.out;
}

// ------------------------------------------------------------ item 8

TEST(CliFieldLoads, StatsByAnUnmappedLayerNamesTheChosenFieldsAndEqualsTheMappedLayer) {
    CliRun mapped = runCli("stats " + kField + " --by districts --format json");
    CliRun unmapped = runCli("stats " + kField + " --by gadm --format json");
    ASSERT_EQ(mapped.status, 0) << mapped.err;
    ASSERT_EQ(unmapped.status, 0) << unmapped.err;
    const std::string choice = "layer 'gadm' has no \"code\" and \"name\" fields in the project: zones are named by "
                               "GID_2 (code) and NAME_2 (name)";
    EXPECT_TRUE(contains(unmapped.err, "note: " + choice)) << unmapped.err;
    EXPECT_FALSE(contains(mapped.err, "note: layer")) << mapped.err;
    nlohmann::json a = nlohmann::json::parse(mapped.out), b = nlohmann::json::parse(unmapped.out);
    bool noted = false;
    for (const auto& w : b["warnings"]) noted |= contains(w.get<std::string>(), choice);
    EXPECT_TRUE(noted) << b["warnings"].dump();
    ASSERT_EQ(b["zones"].size(), 10u);
    EXPECT_EQ(b["zones"], a["zones"]);  // codes, names, every figure
    EXPECT_EQ(b["total"], a["total"]);
    for (const auto& z : b["zones"]) EXPECT_NE(z["zone_name"], "Vietnam");
}

// export --zone takes the zone codes stats shows, on an unmapped layer too.
TEST(CliFieldLoads, ExportByAZoneOfTheUnmappedLayerEqualsTheMappedOne) {
    TempDir dir;
    std::string a = (dir.path / "mapped.csv").string(), b = (dir.path / "unmapped.csv").string();
    CliRun mapped = runCli("export " + kField + " --layer planting_areas --zones districts --zone VNM.52.2_1 --format csv "
                           "--out '" + a + "'");
    CliRun unmapped = runCli("export " + kField + " --layer planting_areas --zones gadm --zone VNM.52.2_1 --format csv "
                             "--out '" + b + "'");
    ASSERT_EQ(mapped.status, 0) << mapped.err;
    ASSERT_EQ(unmapped.status, 0) << unmapped.err;
    // Châu Thành holds its own planting area and the one across its western border.
    EXPECT_TRUE(contains(mapped.out, "wrote 2 features")) << mapped.out;
    EXPECT_EQ(readFile(b), readFile(a));
}

TEST(CliFieldLoads, RepeatedZoneNamesAreWarnedAbout) {
    CliRun r = runCli("stats " + kField + " --by gadm_repeat --format json");
    ASSERT_EQ(r.status, 0) << r.err;
    const std::string repeat = "zone names in NAME_2 of layer 'gadm_repeat' repeat: 'Châu Thành' (features 1, 9); "
                               "tell those rows apart by their codes (GID_2)";
    EXPECT_TRUE(contains(r.err, "note: " + repeat)) << r.err;
    EXPECT_TRUE(contains(r.out, repeat)) << r.out;

    CliRun v = runCli("validate " + kField + " --by gadm_repeat --format csv --fail-on never");
    ASSERT_EQ(v.status, 0) << v.err;
    EXPECT_TRUE(contains(v.out, "info,zone_fields_guessed,gadm_repeat,,,,,")) << v.out;
    EXPECT_TRUE(contains(v.out, "warning,zone_names_repeat,gadm_repeat,1,1,,,zone name 'Châu Thành' (NAME_2) is held by 2 "
                                "zones"))
        << v.out;
}

// ------------------------------------------------------------ item 10

TEST(CliFieldLoads, AProjectPointingOutsideItsFolderOpensAndSaysSo) {
    std::string project = "'" + kDir + "project/outside.vtproj'";
    CliRun info = runCli("info " + project);
    ASSERT_EQ(info.status, 0) << info.err << info.out;
    EXPECT_TRUE(contains(info.out, "  location:  outside the project folder (../data/vung_trong.geojson)\n")) << info.out;
    CliRun inside = runCli("info " + kField);
    EXPECT_FALSE(contains(inside.out, "location:")) << inside.out;

    // The same figures as the project inside the folder.
    CliRun a = runCli("stats " + project + " --format csv");
    CliRun b = runCli("stats " + kField + " --format csv");
    ASSERT_EQ(a.status, 0) << a.err;
    EXPECT_EQ(a.out, b.out);

    CliRun v = runCli("validate " + project + " --format csv --fail-on never");
    EXPECT_TRUE(contains(v.out, "info,outside_project_folder,planting_areas,,,,,'../data/vung_trong.geojson' is outside "
                                "the project folder"))
        << v.out;
}

TEST(CliFieldLoads, NetworkPathsNeedAllowNetwork) {
    TempDir dir;
    std::ofstream(dir.path / "p.vtproj")
        << R"({"name": "x", "layers": [{"id": "zones", "role": "zones", "path": "/vsicurl/https://example.invalid/huyen.geojson"}]})";
    CliRun r = runCli("info '" + (dir.path / "p.vtproj").string() + "'");
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(contains(r.out, "ERROR in layer zones: " + (dir.path / "p.vtproj").string() +
                                    ": path '/vsicurl/https://example.invalid/huyen.geojson' is a network or virtual "
                                    "source: refused unless the project says \"allow_network\": true (or the command "
                                    "line passes --allow-network)"))
        << r.out;
    CliRun s = runCli("stats '" + (dir.path / "p.vtproj").string() + "'");
    EXPECT_EQ(s.status, 1);
    EXPECT_TRUE(contains(s.err, "network or virtual source")) << s.err;
}

TEST(CliFieldLoads, ANetworkPathOnTheCommandLineNeedsAllowNetworkToo) {
    // A file named on the command line obeys the project's rule: /vsistdin/
    // (or a URL) is read only with --allow-network. With it, GDAL reads the
    // GeoJSON piped in: a 0.01° square whose area PROJ measures below.
    TempDir dir;
    std::ofstream(dir.path / "sq.geojson")
        << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"A"},)"
           R"("geometry":{"type":"Polygon","coordinates":[[[105.9,9.6],[105.91,9.6],[105.91,9.61],[105.9,9.61],[105.9,9.6]]]}}]})";
    for (const char* command : {"info", "area"}) {
        CliRun refused = runCli(std::string(command) + " /vsistdin/ < '" + (dir.path / "sq.geojson").string() + "'");
        EXPECT_EQ(refused.status, 1) << command;
        EXPECT_TRUE(contains(refused.err, "cannot read '/vsistdin/': it is a network or virtual path")) << refused.err;
        EXPECT_TRUE(contains(refused.err, "--allow-network")) << refused.err;
    }
    CliRun allowed = runCli("area /vsistdin/ --allow-network --format csv < '" + (dir.path / "sq.geojson").string() + "'");
    EXPECT_EQ(allowed.status, 0) << allowed.err;
    CliRun file = runCli("area '" + (dir.path / "sq.geojson").string() + "' --format csv");
    ASSERT_EQ(file.status, 0) << file.err;
    EXPECT_EQ(allowed.out.substr(allowed.out.find('\n')), file.out.substr(file.out.find('\n')))
        << "the same square read from stdin and from the file:\n" << allowed.out << "\n" << file.out;
}

TEST(CliFieldLoads, AreaNotesA3dSolidMeasuredByItsFootprintInEveryFormat) {
    // A closed 100 m × 200 m × 10 m box (floor, roof, four walls) in UTM 48N:
    // its footprint is its floor, so `area` must give the floor's hectares
    // to the last digit and say, in every format, that a footprint was used.
    const double x0 = 560000, y0 = 1060000, w = 100, d = 200, h = 10;
    auto p = [&](double x, double y, double z) {
        return std::to_string(x0 + x) + " " + std::to_string(y0 + y) + " " + std::to_string(z);
    };
    auto face = [](std::vector<std::string> pts) {
        std::string s = "((";
        for (const auto& q : pts) s += q + ",";
        return s + pts[0] + "))";
    };
    const std::string floor = face({p(0, 0, 0), p(0, d, 0), p(w, d, 0), p(w, 0, 0)});
    const std::string faces = floor + "," + face({p(0, 0, h), p(w, 0, h), p(w, d, h), p(0, d, h)}) + "," +
                              face({p(0, 0, 0), p(w, 0, 0), p(w, 0, h), p(0, 0, h)}) + "," +
                              face({p(w, 0, 0), p(w, d, 0), p(w, d, h), p(w, 0, h)}) + "," +
                              face({p(w, d, 0), p(0, d, 0), p(0, d, h), p(w, d, h)}) + "," +
                              face({p(0, d, 0), p(0, 0, 0), p(0, 0, h), p(0, d, h)});
    TempDir dir;
    std::ofstream(dir.path / "box.csv") << "code,WKT\nB1,\"POLYHEDRALSURFACE Z (" << faces << ")\"\n";
    std::ofstream(dir.path / "floor.csv") << "code,WKT\nB1,\"POLYGON Z " << floor << "\"\n";
    auto lastLine = [](const std::string& out) {
        std::string t = out.substr(0, out.find_last_not_of('\n') + 1);
        return t.substr(t.find_last_of('\n') + 1);
    };
    CliRun box = runCli("area '" + (dir.path / "box.csv").string() + "' --crs EPSG:32648 --format csv");
    CliRun flat = runCli("area '" + (dir.path / "floor.csv").string() + "' --crs EPSG:32648 --format csv");
    ASSERT_EQ(box.status, 0) << box.err;
    ASSERT_EQ(flat.status, 0) << flat.err;
    EXPECT_EQ(lastLine(box.out), lastLine(flat.out)) << box.out << flat.out;  // total,,2.00…
    EXPECT_TRUE(contains(box.out, "# note: ")) << box.out;
    EXPECT_TRUE(contains(box.out, "2D footprint")) << box.out;
    EXPECT_FALSE(contains(flat.out, "footprint")) << flat.out;
    CliRun json = runCli("area '" + (dir.path / "box.csv").string() + "' --crs EPSG:32648 --format json");
    ASSERT_EQ(json.status, 0) << json.err;
    EXPECT_TRUE(contains(json.out, "2D footprint")) << json.out;
    CliRun table = runCli("area '" + (dir.path / "box.csv").string() + "' --crs EPSG:32648");
    EXPECT_TRUE(contains(table.out, "note: ") && contains(table.out, "2D footprint")) << table.out;
}

TEST(CliFieldLoads, DevicePathsAreALayerErrorNeverAHang) {
    TempDir dir;
    std::ofstream(dir.path / "p.vtproj")
        << R"({"name": "x", "layers": [{"id": "zones", "role": "zones", "path": "/dev/zero"}]})";
    CliRun r = runCli("info '" + (dir.path / "p.vtproj").string() + "'");
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(contains(r.out, "path '/dev/zero' (/dev/zero) is a device file, not a data file")) << r.out;
}

}  // namespace
