// Registers of planting-area codes published as spreadsheets (issue 10,
// item 4): XLSX and ODS with x/y columns become points; a point is a code
// without a boundary that counts in its zone's codes and declared ha, never
// in measured area, and is reported as no_boundary.
//
// Expected figures come from tests/fixtures/field/registers/expected.json,
// written by `/usr/bin/python3 tests/fixtures/field/registers/make_fixtures.py`,
// which places every point in its zone with GDAL/OGR point-in-polygon in the
// zones' own CRS (EPSG:9209) and splits declared areas by planar fractions.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>
#include <string>

#include "geo/error.h"
#include "geo/export.h"
#include "geo/link.h"
#include "geo/number_text.h"
#include "geo/project.h"
#include "geo/quality.h"
#include "geo/source.h"
#include "geo/stats.h"
#include "geo/workspace.h"

namespace {

namespace fs = std::filesystem;

const fs::path kDir = fs::path(VT_SOURCE_DIR) / "tests/fixtures/field/registers";

nlohmann::json expected(const std::string& project) {
    std::ifstream in(kDir / "expected.json");
    return nlohmann::json::parse(in).at(project);
}

struct Loaded {
    geo::Workspace ws;
    geo::Links links;
    geo::Statistics stats;
    geo::QualityReport quality;
};

Loaded run(const std::string& project) {
    Loaded r;
    r.ws = geo::loadWorkspace(geo::loadProject((kDir / (project + ".vtproj")).string()));
    r.links = geo::linkWorkspace(r.ws);
    r.stats = geo::computeStatistics(r.ws, r.links);
    r.quality = geo::checkQuality(r.ws, r.links, r.stats);
    return r;
}

std::string allIssues(const geo::Workspace& ws) {
    std::string all;
    for (const auto& i : ws.issues) all += i.layerId + ": " + i.message + "\n";
    return all;
}

// Per-zone codes and declared ha, the total, and zero measured area for the
// codes without a boundary, against the generator's independent values.
void checkFigures(const Loaded& r, const nlohmann::json& want) {
    ASSERT_EQ(r.stats.zones.size(), want["zones"].size());
    for (const auto& z : r.stats.zones) {
        SCOPED_TRACE("zone " + z.code);
        const auto& w = want["zones"].at(z.code);
        EXPECT_EQ(z.codes, w["codes"].get<int>());
        EXPECT_EQ(z.codesWithoutBoundary, w["codes_without_boundary"].get<int>());
        EXPECT_NEAR(z.declaredHa, w["declared_ha"].get<double>(), 1e-6);
        EXPECT_EQ(z.cooperatives, w["cooperatives"].get<int>());
    }
    const auto& t = want["total"];
    EXPECT_EQ(r.stats.total.codes, t["codes"].get<int>());
    EXPECT_EQ(r.stats.total.codesWithoutBoundary, t["codes_without_boundary"].get<int>());
    EXPECT_NEAR(r.stats.total.declaredHa, t["declared_ha"].get<double>(), 1e-9);
    EXPECT_EQ(r.stats.total.cooperatives, t["cooperatives"].get<int>());
}

// Each point's zone, by code, as the generator found it (null: outside).
void checkPointZones(const Loaded& r, const nlohmann::json& want) {
    std::map<std::string, std::string> zoneOf;
    for (const auto& p : r.stats.plantings) {
        if (p.hasBoundary) continue;
        int z = r.links.plantingPointZone.at(static_cast<std::size_t>(p.planting));
        zoneOf[p.code] = z < 0 ? "" : r.stats.zones.at(static_cast<std::size_t>(z)).code;
        EXPECT_EQ(p.measuredHa, 0) << p.code;
        EXPECT_FALSE(p.differenceHa()) << p.code << ": a point has no measured − declared";
    }
    ASSERT_EQ(zoneOf.size(), want["point_zone"].size());
    for (const auto& [code, zone] : want["point_zone"].items())
        EXPECT_EQ(zoneOf.at(code), zone.is_null() ? "" : zone.get<std::string>()) << code;
}

// One no_boundary finding per point code, in the generator's list; rows
// without a usable point are empty_geometry; points in no zone outside_zones.
void checkFindings(const Loaded& r, const nlohmann::json& want) {
    std::vector<std::string> noBoundary, empty, outside;
    for (const auto& f : r.quality.findings) {
        if (f.kind == geo::finding::NoBoundary) {
            noBoundary.push_back(f.code);
            EXPECT_EQ(f.severity, geo::Severity::Warning);
            EXPECT_TRUE(f.message.rfind("no boundary (a point)", 0) == 0) << f.message;
            EXPECT_GE(f.fid, 0);
            ASSERT_TRUE(f.facts.count("sentence"));
            if (f.facts.at("sentence") == "point_declared") {
                ASSERT_TRUE(f.hectares);
                EXPECT_NE(f.message.find("(" + f.facts.at("declared_ha") + " ha)"), std::string::npos) << f.message;
            } else {
                EXPECT_EQ(f.facts.at("sentence"), "point_undeclared");
            }
        }
        if (f.kind == geo::finding::EmptyGeometry) empty.push_back(f.code);
        if (f.kind == geo::finding::OutsideZones) outside.push_back(f.code);
        EXPECT_NE(f.kind, geo::finding::DeclaredArea) << f.code << ": " << f.message;
    }
    EXPECT_EQ(noBoundary, want["no_boundary"].get<std::vector<std::string>>());
    EXPECT_EQ(empty, want["unplaced"].get<std::vector<std::string>>());
    EXPECT_EQ(outside, want["outside"].get<std::vector<std::string>>());
}

TEST(FieldRegisters, XlsxLonLatRegisterCountsItsPointsInTheirZones) {
    Loaded r = run("register_xlsx");
    nlohmann::json want = expected("register_xlsx");
    ASSERT_NE(r.ws.find("register"), nullptr) << allIssues(r.ws);
    ASSERT_NE(r.ws.find("cooperatives"), nullptr) << allIssues(r.ws);
    checkFigures(r, want);
    checkPointZones(r, want);
    checkFindings(r, want);
    // Never measured: every zone's gross and net stay 0.
    for (const auto& z : r.stats.zones) {
        EXPECT_EQ(z.grossPlantedHa, 0);
        EXPECT_EQ(z.netPlantedHa, 0);
    }
    EXPECT_EQ(r.stats.total.grossPlantedHa, 0);
    // Coordinate columns are not attributes.
    const geo::Layer& layer = r.ws.find("register")->source;
    EXPECT_LT(layer.fieldIndex("Kinh độ"), 0);
    EXPECT_GE(layer.fieldIndex("Xã"), 0);
}

TEST(FieldRegisters, UnreadableCoordinatesAreAWarningNamingTheRow) {
    for (const char* project : {"register_xlsx", "register_ods"}) {
        SCOPED_TRACE(project);
        Loaded r = run(project);
        nlohmann::json want = expected(project);
        std::string issues = allIssues(r.ws);
        for (int row : want["bad_rows"].get<std::vector<int>>()) {
            std::string needle = ", row " + std::to_string(row) + ": no point could be made from ";
            EXPECT_NE(issues.find(needle), std::string::npos) << issues;
        }
        EXPECT_NE(issues.find("correct the cells"), std::string::npos) << issues;
    }
    // The row names the file and its sheet, and quotes the cells.
    Loaded r = run("register_xlsx");
    EXPECT_NE(allIssues(r.ws).find("register_lonlat.xlsx:dang_ky, row 8: no point could be made from Kinh độ = "
                                   "'105°58'E', Vĩ độ = '9,55'"),
              std::string::npos)
        << allIssues(r.ws);
}

TEST(FieldRegisters, OdsVn2000RegisterWithDecimalCommasAndGrouping) {
    Loaded r = run("register_ods");
    nlohmann::json want = expected("register_ods");
    ASSERT_NE(r.ws.find("register"), nullptr) << allIssues(r.ws);
    // No CRS in the sheet: guessed from the coordinates and the province.
    EXPECT_EQ(r.ws.find("register")->source.crs.authorityCode, "EPSG:9209");
    EXPECT_TRUE(r.ws.find("register")->source.crs.inferred);
    checkFigures(r, want);
    checkPointZones(r, want);
    checkFindings(r, want);
    // "1.051.234,25" (grouped, decimal comma) is read exactly: the first row's
    // point, back in the source CRS, is where the generator put it.
    const auto& first = r.ws.find("register")->source.features.at(0).geometry;
    ASSERT_EQ(first.kind, geo::GeometryKind::Point);
    EXPECT_EQ(first.points.at(0), (geo::XY{543210.5, 1051234.25}));
}

// The register point on the vertex shared by zones 941 and 942 goes to 941,
// the cooperatives' border rule (link.h): codes sort as numbers.
TEST(FieldRegisters, APointOnASharedBorderGoesToTheZoneWhoseCodeSortsFirst) {
    Loaded r = run("register_ods");
    for (const auto& p : r.stats.plantings) {
        if (p.code != "VN-STTX-0102") continue;
        EXPECT_EQ(r.stats.zones.at(static_cast<std::size_t>(r.links.plantingPointZone.at(
                                           static_cast<std::size_t>(p.planting))))
                          .code,
                  "941");
    }
}

// Polygons declaring an area give each zone the share of their measured
// area there; a point gives its zone its whole declared area; and measured
// gross/net are exactly those of the polygons alone.
TEST(FieldRegisters, MixedLayerDeclaredShareAndUnchangedGrossNet) {
    Loaded r = run("mixed");
    nlohmann::json want = expected("mixed");
    checkFigures(r, want);
    checkPointZones(r, want);

    // The same workspace without the point: gross and net must not move.
    geo::Workspace polygonsOnly = r.ws;
    for (auto& l : polygonsOnly.layers) {
        if (l.spec.role != geo::LayerRole::PlantingAreas) continue;
        auto& fs = l.normalised.features;
        fs.erase(std::remove_if(fs.begin(), fs.end(),
                                [](const geo::Feature& f) { return f.geometry.kind == geo::GeometryKind::Point; }),
                 fs.end());
    }
    geo::Links links = geo::linkWorkspace(polygonsOnly);
    geo::Statistics alone = geo::computeStatistics(polygonsOnly, links);
    ASSERT_EQ(alone.zones.size(), r.stats.zones.size());
    for (std::size_t z = 0; z < alone.zones.size(); ++z) {
        EXPECT_EQ(r.stats.zones[z].grossPlantedHa, alone.zones[z].grossPlantedHa) << z;
        EXPECT_EQ(r.stats.zones[z].netPlantedHa, alone.zones[z].netPlantedHa) << z;
        EXPECT_EQ(r.stats.zones[z].coveragePct, alone.zones[z].coveragePct) << z;
        EXPECT_EQ(r.stats.zones[z].codes, alone.zones[z].codes + r.stats.zones[z].codesWithoutBoundary) << z;
    }
    EXPECT_EQ(r.stats.total.grossPlantedHa, alone.total.grossPlantedHa);
    EXPECT_EQ(r.stats.total.netPlantedHa, alone.total.netPlantedHa);

    // The split polygon's declared 9 ha follows its measured shares: the
    // generator's planar 45/55 against VungTrong's geodesic shares.
    for (const auto& p : r.stats.plantings) {
        if (p.code != "VN-STTX-0202") continue;
        const auto& shares = r.links.plantingZones.at(static_cast<std::size_t>(p.planting));
        ASSERT_EQ(shares.size(), 2u);
        EXPECT_NEAR(shares[0].hectares / p.measuredHa, 0.45, 2e-5);  // ≈ 180 m of 400, cut in lon/lat
    }
    // The point's declared "2,75" (decimal comma, text) counts 2.75 ha.
    bool found = false;
    for (const auto& f : r.quality.findings)
        if (f.kind == geo::finding::NoBoundary && f.code == "VN-STTX-0203") {
            found = true;
            EXPECT_EQ(f.facts.at("declared_ha"), "2.75");
        }
    EXPECT_TRUE(found);
}

// Without a cooperative key, a register point links to the nearest
// cooperative point within the project's distance (link.h).
TEST(FieldRegisters, PointsLinkToTheNearestCooperativeWhenLinkingIsSpatial) {
    nlohmann::json want = expected("register_xlsx");
    geo::Project project = geo::loadProject((kDir / "register_xlsx.vtproj").string());
    project.links.plantingToCooperative = "spatial";
    project.links.maxLinkDistanceMetres = want["link_distance_m"].get<double>();
    geo::Workspace ws = geo::loadWorkspace(project);
    geo::Links links = geo::linkWorkspace(ws);
    const geo::LoadedLayer* reg = ws.find("register");
    const geo::LoadedLayer* coops = ws.find("cooperatives");
    ASSERT_NE(reg, nullptr);
    ASSERT_NE(coops, nullptr);
    int codeField = reg->normalised.fieldIndex("Mã vùng trồng");
    int keyField = coops->normalised.fieldIndex("Mã HTX");
    int checked = 0;
    for (std::size_t i = 0; i < reg->normalised.features.size(); ++i) {
        std::string code = geo::toText(reg->normalised.features[i].attributes.at(static_cast<std::size_t>(codeField)));
        if (!want["nearest_cooperative"].contains(code)) continue;
        const auto& link = links.plantingCooperative.at(i);
        const auto& w = want["nearest_cooperative"][code];
        if (w.is_null()) {
            EXPECT_EQ(link.cooperative, -1) << code;
        } else {
            ASSERT_GE(link.cooperative, 0) << code;
            EXPECT_EQ(link.method, geo::LinkMethod::SpatialNearest) << code;
            EXPECT_LE(link.distanceMetres, project.links.maxLinkDistanceMetres) << code;
            EXPECT_EQ(geo::toText(coops->normalised.features.at(static_cast<std::size_t>(link.cooperative))
                                      .attributes.at(static_cast<std::size_t>(keyField))),
                      w.get<std::string>())
                << code;
        }
        ++checked;
    }
    EXPECT_EQ(checked, static_cast<int>(want["nearest_cooperative"].size()));
}

// The statistics tables geo/ exports (CSV, XLSX, the app's Export
// statistics) carry declared_ha per zone and the total; a point's row has no
// measured_ha (not 0).
TEST(FieldRegisters, StatisticsTablesCarryDeclaredHectares) {
    Loaded r = run("mixed");
    geo::Layer zones = geo::statisticsTable(r.stats, geo::StatisticsTable::Zones);
    int declared = zones.fieldIndex("declared_ha");
    ASSERT_GE(declared, 0);
    ASSERT_EQ(zones.features.size(), r.stats.zones.size() + 1);
    for (std::size_t z = 0; z < r.stats.zones.size(); ++z)
        EXPECT_EQ(geo::toNumber(zones.features[z].attributes.at(static_cast<std::size_t>(declared))),
                  r.stats.zones[z].declaredHa);
    EXPECT_EQ(geo::toNumber(zones.features.back().attributes.at(static_cast<std::size_t>(declared))),
              r.stats.total.declaredHa);
    geo::Layer plantings = geo::statisticsTable(r.stats, geo::StatisticsTable::Plantings);
    int measured = plantings.fieldIndex("measured_ha");
    for (std::size_t i = 0; i < r.stats.plantings.size(); ++i)
        EXPECT_EQ(geo::toNumber(plantings.features[i].attributes.at(static_cast<std::size_t>(measured))).has_value(),
                  r.stats.plantings[i].hasBoundary)
            << r.stats.plantings[i].code;
}

// A planting-areas layer of points alone loads (it used to be refused); a
// zones layer of points is still refused.
TEST(FieldRegisters, PointsAreAcceptedAsPlantingAreasNotAsZones) {
    geo::Project project = geo::loadProject((kDir / "register_ods.vtproj").string());
    for (auto& l : project.layers)
        if (l.id == "zones") l.path = "register_vn2000.ods", l.fields = {{"x", "Y"}, {"y", "X"}, {"code", "ma_vung"}};
    geo::Workspace ws = geo::loadWorkspace(project);
    EXPECT_EQ(ws.find("zones"), nullptr);
    std::string issues = allIssues(ws);
    EXPECT_NE(issues.find("has the role zones but holds no polygons"), std::string::npos) << issues;
    EXPECT_NE(ws.find("register"), nullptr) << issues;
}

TEST(FieldRegisters, SpreadsheetCoordinateColumnThatIsNotThereIsAnError) {
    geo::ReadOptions options;
    options.xField = "kinh_do";
    options.yField = "Vĩ độ";
    std::string path = (kDir / "register_lonlat.xlsx").string();
    try {
        geo::readLayer(path, options);
        ADD_FAILURE() << "expected an IoError";
    } catch (const geo::IoError& e) {
        std::string m = e.what();
        EXPECT_NE(m.find(path), std::string::npos) << m;
        EXPECT_NE(m.find("the column 'kinh_do' named for the x coordinate is not in the sheet (columns: "), std::string::npos) << m;
        EXPECT_NE(m.find("Kinh độ"), std::string::npos) << m;
    }
}

// Numbers typed as text in Vietnamese and English spreadsheets.
struct DecimalCase {
    const char* text;
    double value;  // NaN: refused
};

void PrintTo(const DecimalCase& c, std::ostream* os) { *os << "'" << c.text << "'"; }

class DecimalText : public ::testing::TestWithParam<DecimalCase> {};

TEST_P(DecimalText, ParsesOrRefuses) {
    auto [text, value] = GetParam();
    auto got = geo::parseDecimalText(text);
    if (std::isnan(value)) {
        EXPECT_FALSE(got) << text << " gave " << got.value_or(0);
    } else {
        ASSERT_TRUE(got) << text;
        EXPECT_EQ(*got, value) << text;
    }
}

constexpr double kRefused = std::numeric_limits<double>::quiet_NaN();

INSTANTIATE_TEST_SUITE_P(
    Cells, DecimalText,
    ::testing::Values(DecimalCase{"105.97", 105.97}, DecimalCase{"105,97", 105.97}, DecimalCase{" -9,5 ", -9.5},
                      DecimalCase{"1.062.000,5", 1062000.5}, DecimalCase{"1,062,000.5", 1062000.5},
                      DecimalCase{"1.062.000", 1062000}, DecimalCase{"1 062 000,25", 1062000.25},
                      DecimalCase{"1\xC2\xA0" "062\xC2\xA0" "000", 1062000}, DecimalCase{"544,000", 544},
                      DecimalCase{"+3", 3}, DecimalCase{".5", 0.5}, DecimalCase{"", kRefused},
                      DecimalCase{"abc", kRefused}, DecimalCase{"1e5", kRefused}, DecimalCase{"nan", kRefused},
                      DecimalCase{"inf", kRefused}, DecimalCase{"105°58'E", kRefused},
                      DecimalCase{"1.2.3", kRefused}, DecimalCase{"1,2,3.4.5", kRefused},
                      DecimalCase{"1055x00", kRefused}, DecimalCase{"1 062.000,5", kRefused},
                      DecimalCase{"12,34.5", kRefused}, DecimalCase{"-", kRefused}, DecimalCase{",", kRefused}));

}  // namespace
