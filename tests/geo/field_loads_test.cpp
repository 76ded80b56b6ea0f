// Data from the field (issue 10, items 5, 8, 10): layers that did not load
// are named wherever statistics are written; an unmapped zones layer is named
// by the fields that tell its zones apart; project paths may lead out of the
// project folder but must name a regular data source.
// Fixtures: tests/fixtures/field/loads/make_fixtures.py.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <gdal.h>
#include <ogr_api.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "geo/error.h"
#include "geo/export.h"
#include "geo/link.h"
#include "geo/missing_layers.h"
#include "geo/project.h"
#include "geo/quality.h"
#include "geo/source_path.h"
#include "geo/stats.h"
#include "geo/workspace.h"
#include "geo/zone_fields.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using vt_test::TempDir;

const fs::path kFixtures = fs::path(VT_SOURCE_DIR) / "tests" / "fixtures" / "field" / "loads";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string refusal(const geo::Project& p, const std::string& path) {
    try {
        p.resolve(path);
    } catch (const geo::ProjectError& e) {
        return e.what();
    }
    ADD_FAILURE() << "expected '" << path << "' to be refused";
    return {};
}

std::vector<geo::Finding> findingsOfKind(const geo::QualityReport& r, const std::string& kind) {
    std::vector<geo::Finding> out;
    for (const auto& f : r.findings)
        if (f.kind == kind) out.push_back(f);
    return out;
}

// ------------------------------------------------------------ item 10: paths

TEST(FieldLoadsPaths, AbsoluteAndParentPathsLoadAndAreShownOutsideTheProjectFolder) {
    TempDir dir;
    fs::create_directories(dir.path() / "project");
    fs::create_directories(dir.path() / "shared");
    fs::copy_file(kFixtures / "data" / "vung_trong.geojson", dir.path() / "shared" / "vung_trong.geojson");
    // The zones by absolute path (a shared drive), the planting areas by "..".
    nlohmann::json project = {
        {"name", "shared drive"},
        {"layers",
         {{{"id", "districts"}, {"role", "zones"}, {"path", (kFixtures / "data" / "gadm_districts.geojson").string()},
           {"fields", {{"code", "GID_2"}, {"name", "NAME_2"}}}},
          {{"id", "planting_areas"}, {"role", "planting_areas"}, {"path", "../shared/vung_trong.geojson"},
           {"fields", {{"code", "ma_vung"}}}}}}};
    std::string file = vt_test::writeText(dir.path() / "project" / "p.vtproj", project.dump());
    geo::Workspace ws = geo::loadWorkspace(geo::loadProject(file));
    ASSERT_TRUE(ws.issues.empty()) << ws.issues.front().message;
    ASSERT_NE(ws.find("districts"), nullptr);
    ASSERT_NE(ws.find("planting_areas"), nullptr);
    EXPECT_EQ(ws.find("planting_areas")->source.sourcePath, (dir.path() / "shared" / "vung_trong.geojson").string());
    for (const auto& spec : ws.project.layers)
        EXPECT_EQ(geo::sourceLocation(file, spec.path), geo::SourceLocation::OutsideProject) << spec.path;

    geo::Links links = geo::linkWorkspace(ws);
    geo::Statistics st = geo::computeStatistics(ws, links);
    geo::QualityReport report = geo::checkQuality(ws, links, st);
    auto outside = findingsOfKind(report, geo::finding::OutsideProjectFolder);
    ASSERT_EQ(outside.size(), 2u);
    EXPECT_EQ(outside[1].layerId, "planting_areas");
    EXPECT_EQ(outside[1].severity, geo::Severity::Info);
    EXPECT_EQ(outside[1].message,
              "'../shared/vung_trong.geojson' is outside the project folder: copying the project folder alone does "
              "not take this file along");
    EXPECT_EQ(outside[1].facts.at("sentence"), "outside");

    // A project saved with such paths opens again (the app saves "../…").
    geo::saveProject(ws.project, file);
    EXPECT_EQ(geo::loadWorkspace(geo::loadProject(file)).layers.size(), 2u);
}

TEST(FieldLoadsPaths, LayersInsideTheFolderAreNotReported) {
    geo::Project p = geo::loadProject((kFixtures / "field.vtproj").string());
    for (const auto& spec : p.layers)
        EXPECT_EQ(geo::sourceLocation(p.filePath, spec.path), geo::SourceLocation::InsideProject) << spec.path;
}

TEST(FieldLoadsPaths, DeviceFilesFifosSocketsAndFoldersAreRefused) {
    TempDir dir;
    geo::Project p = geo::parseProject(R"({"layers": []})", dir.file("p.vtproj"));
    EXPECT_TRUE(contains(refusal(p, "/dev/null"), "is a device file, not a data file")) << refusal(p, "/dev/null");

    ASSERT_EQ(::mkfifo(dir.file("pipe.geojson").c_str(), 0600), 0);
    std::string fifo = refusal(p, "pipe.geojson");
    EXPECT_TRUE(contains(fifo, dir.file("p.vtproj") + ": path 'pipe.geojson' (" + dir.file("pipe.geojson") + ")")) << fifo;
    EXPECT_TRUE(contains(fifo, "is a FIFO (named pipe), not a data file")) << fifo;

    int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(s, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::string socketPath = dir.file("s.sock");
    ASSERT_LT(socketPath.size(), sizeof addr.sun_path);
    std::copy(socketPath.begin(), socketPath.end(), addr.sun_path);
    ASSERT_EQ(::bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    EXPECT_TRUE(contains(refusal(p, "s.sock"), "is a socket, not a data file"));
    ::close(s);

    fs::create_directories(dir.path() / "huyen");
    EXPECT_TRUE(contains(refusal(p, "huyen"), "is a folder, not a data file"));
    EXPECT_TRUE(contains(refusal(p, "huyen/.."), "names no file"));  // the project folder itself
    EXPECT_TRUE(contains(refusal(p, "../" + dir.path().filename().string()), "is a folder"));
    // A FileGDB is a folder by format: accepted.
    fs::create_directories(dir.path() / "tinh.gdb");
    EXPECT_EQ(p.resolve("tinh.gdb"), dir.file("tinh.gdb"));
    // Not there yet: left to the reader, which names the file.
    EXPECT_EQ(p.resolve("../later.shp"), (dir.path().parent_path() / "later.shp").string());
}

TEST(FieldLoadsPaths, NetworkAndVirtualPathsNeedAllowNetwork) {
    TempDir dir;
    const std::vector<std::string> network = {
        "/vsicurl/https://example.org/huyen.geojson", "/vsis3/bucket/huyen.gpkg", "/vsistdin/",
        "/vsizip/huyen.zip/huyen.shp",  "https://example.org/huyen.geojson",  "ftp://example.org/huyen.shp",
        "HTTP://EXAMPLE.ORG/x",         "WFS:https://example.org/wfs"};
    geo::Project p = geo::parseProject(R"({"layers": []})", dir.file("p.vtproj"));
    for (const auto& path : network) {
        EXPECT_TRUE(geo::isNetworkOrVirtualPath(path)) << path;
        EXPECT_EQ(geo::sourceLocation(p.filePath, path), geo::SourceLocation::Network) << path;
        std::string why = refusal(p, path);
        EXPECT_TRUE(contains(why, "path '" + path + "' is a network or virtual source")) << why;
        EXPECT_TRUE(contains(why, "\"allow_network\": true")) << why;
    }
    // A PostgreSQL layer is a deliberate database source (issue 14): read
    // without "allow_network", but never with a password in the project.
    EXPECT_EQ(p.resolve("PG:dbname=gis service=vt"), "PG:dbname=gis service=vt");
    EXPECT_TRUE(contains(refusal(p, "PG:service=vt password=x1"), ".pgpass"));
    for (const char* local : {"huyen.shp", "C:\\data\\huyen.shp", "data/2024:01.csv", "../x.gpkg"})
        EXPECT_FALSE(geo::isNetworkOrVirtualPath(local)) << local;

    geo::Project allowed = geo::parseProject(R"({"allow_network": true, "layers": []})", dir.file("p.vtproj"));
    EXPECT_TRUE(allowed.allowNetwork);
    for (const auto& path : network) EXPECT_EQ(allowed.resolve(path), path);
    // The key survives a save.
    EXPECT_TRUE(contains(geo::projectToJson(allowed), "\"allow_network\": true"));
    EXPECT_FALSE(contains(geo::projectToJson(p), "allow_network"));
    try {
        geo::parseProject(R"({"allow_network": "yes", "layers": []})", dir.file("p.vtproj"));
        ADD_FAILURE() << "expected a ProjectError";
    } catch (const geo::ProjectError& e) {
        EXPECT_TRUE(contains(e.what(), "allow_network: must be true or false")) << e.what();
    }
}

// A refused layer is that layer's load error: the rest of the project loads
// (and reading a FIFO never blocks).
TEST(FieldLoadsPaths, ARefusedLayerIsALoadErrorAndTheOthersLoad) {
    TempDir dir;
    ASSERT_EQ(::mkfifo(dir.file("vung.geojson").c_str(), 0600), 0);
    nlohmann::json project = {
        {"name", "fifo"},
        {"layers",
         {{{"id", "districts"}, {"role", "zones"}, {"path", (kFixtures / "data" / "gadm_districts.geojson").string()}},
          {{"id", "planting_areas"}, {"role", "planting_areas"}, {"path", "vung.geojson"}}}}};
    geo::Workspace ws = geo::loadWorkspace(geo::parseProject(project.dump(), dir.file("p.vtproj")));
    EXPECT_NE(ws.find("districts"), nullptr);
    EXPECT_EQ(ws.find("planting_areas"), nullptr);
    ASSERT_EQ(ws.issues.size(), 1u);
    EXPECT_EQ(ws.issues[0].layerId, "planting_areas");
    EXPECT_TRUE(contains(ws.issues[0].message, "is a FIFO (named pipe), not a data file")) << ws.issues[0].message;
}

// ------------------------------------------------------------ item 8: zone fields

struct FieldStats {
    std::set<std::string> values;
    bool anyEmpty = false;
};

// The fixture read as plain JSON (not through GDAL or geo/): the distinct
// values of each property, to see the rule's choice is the right one.
std::map<std::string, FieldStats> propertyValues(const fs::path& geojson) {
    std::ifstream in(geojson);
    nlohmann::json j = nlohmann::json::parse(in);
    std::map<std::string, FieldStats> out;
    for (const auto& f : j["features"])
        for (const auto& [k, v] : f["properties"].items()) {
            std::string text = v.is_string() ? v.get<std::string>() : v.dump();
            out[k].values.insert(text);
            out[k].anyEmpty |= text.empty();
        }
    return out;
}

const geo::Workspace& fieldWorkspace() {
    static const geo::Workspace ws = geo::loadWorkspace(geo::loadProject((kFixtures / "field.vtproj").string()));
    return ws;
}

TEST(FieldLoadsZones, TheFixtureIsShapedLikeGadm) {
    auto props = propertyValues(kFixtures / "data" / "gadm_districts.geojson");
    EXPECT_EQ(props.at("NAME_1").values, std::set<std::string>{"Vietnam"});
    EXPECT_EQ(props.at("GID_0").values, std::set<std::string>{"VNM"});
    std::set<std::string> distinct;
    for (const auto& [name, s] : props)
        if (s.values.size() == 10 && !s.anyEmpty) distinct.insert(name);
    EXPECT_EQ(distinct, (std::set<std::string>{"CC_2", "GID_2", "NAME_2"}));
    // The first two text fields are what the old fallback took: both constant.
    const geo::LoadedLayer* gadm = fieldWorkspace().find("gadm");
    ASSERT_NE(gadm, nullptr);
    EXPECT_EQ(gadm->normalised.fields[0].name, "GID_0");
    EXPECT_EQ(gadm->normalised.fields[1].name, "NAME_1");
}

TEST(FieldLoadsZones, AnUnmappedGadmLayerIsNamedByGid2AndName2) {
    const geo::Workspace& ws = fieldWorkspace();
    const geo::LoadedLayer* gadm = ws.find("gadm");
    ASSERT_NE(gadm, nullptr);
    geo::ZoneFields zf = geo::zoneFields(*gadm);
    ASSERT_GE(zf.code, 0);
    ASSERT_GE(zf.name, 0);
    EXPECT_EQ(gadm->normalised.fields[static_cast<std::size_t>(zf.code)].name, "GID_2");
    EXPECT_EQ(gadm->normalised.fields[static_cast<std::size_t>(zf.name)].name, "NAME_2");

    geo::ZoneFieldChoice c = geo::describeZoneFields(*gadm);
    EXPECT_TRUE(c.codeChosen && c.nameChosen);
    EXPECT_TRUE(c.repeatedNames.empty());
    EXPECT_EQ(c.repeatNote(), "");
    EXPECT_EQ(c.choiceNote(),
              "layer 'gadm' has no \"code\" and \"name\" fields in the project: zones are named by GID_2 (code) and "
              "NAME_2 (name), chosen because their values differ between features; set \"fields\": {\"code\": …, "
              "\"name\": …} for layer 'gadm' in the project to choose others");
    // The mapped layer is named by the project, and says nothing.
    EXPECT_FALSE(geo::describeZoneFields(*ws.find("districts")).chosen());
}

TEST(FieldLoadsZones, StatisticsByTheUnmappedLayerEqualStatisticsByTheMappedOne) {
    const geo::Workspace& ws = fieldWorkspace();
    geo::Links mappedLinks = geo::linkWorkspace(ws, "districts");
    geo::Links unmappedLinks = geo::linkWorkspace(ws, "gadm");
    geo::Statistics mapped = geo::computeStatistics(ws, mappedLinks);
    geo::Statistics unmapped = geo::computeStatistics(ws, unmappedLinks);
    ASSERT_EQ(unmapped.zones.size(), 10u);
    ASSERT_EQ(unmapped.zones.size(), mapped.zones.size());
    std::set<std::string> names;
    for (std::size_t i = 0; i < mapped.zones.size(); ++i) {
        const auto& a = mapped.zones[i];
        const auto& b = unmapped.zones[i];
        EXPECT_EQ(b.code, a.code);
        EXPECT_EQ(b.name, a.name);
        EXPECT_NE(b.name, "Vietnam");
        names.insert(b.name);
        EXPECT_EQ(b.zoneHa, a.zoneHa);
        EXPECT_EQ(b.grossPlantedHa, a.grossPlantedHa);
        EXPECT_EQ(b.netPlantedHa, a.netPlantedHa);
        EXPECT_EQ(b.codes, a.codes);
        EXPECT_EQ(b.cooperatives, a.cooperatives);
        EXPECT_EQ(b.members, a.members);
    }
    EXPECT_EQ(names.size(), 10u);
    EXPECT_EQ(unmapped.total.grossPlantedHa, mapped.total.grossPlantedHa);
    // The planting area across the border of the first two districts counts
    // in both: 11 codes in all, 12 zone shares.
    int shares = 0;
    for (const auto& z : unmapped.zones) shares += z.codes;
    EXPECT_EQ(unmapped.total.codes, 11);
    EXPECT_EQ(shares, 12);
}

TEST(FieldLoadsZones, RepeatedNamesAreWarnedAbout) {
    const geo::Workspace& ws = fieldWorkspace();
    const geo::LoadedLayer* layer = ws.find("gadm_repeat");
    ASSERT_NE(layer, nullptr);
    // Computed another way: the features whose NAME_2 is "Châu Thành".
    std::vector<int> expected;
    int nameField = layer->normalised.fieldIndex("NAME_2");
    for (std::size_t i = 0; i < layer->normalised.features.size(); ++i)
        if (geo::toText(layer->normalised.features[i].attributes[static_cast<std::size_t>(nameField)]) == "Châu Thành")
            expected.push_back(static_cast<int>(i));
    ASSERT_EQ(expected, (std::vector<int>{1, 9}));

    geo::ZoneFieldChoice c = geo::describeZoneFields(*layer);
    EXPECT_EQ(c.nameField, "NAME_2");  // still the name: names may repeat, codes tell them apart
    EXPECT_EQ(c.codeField, "GID_2");
    ASSERT_EQ(c.repeatedNames.size(), 1u);
    EXPECT_EQ(c.repeatedNames[0].first, "Châu Thành");
    EXPECT_EQ(c.repeatedNames[0].second, expected);
    EXPECT_TRUE(c.repeatedCodes.empty());
    EXPECT_EQ(c.repeatNote(), "zone names in NAME_2 of layer 'gadm_repeat' repeat: 'Châu Thành' (features 1, 9); "
                              "tell those rows apart by their codes (GID_2)");

    geo::Links links = geo::linkWorkspace(ws, "gadm_repeat");
    geo::Statistics st = geo::computeStatistics(ws, links);
    geo::QualityReport report = geo::checkQuality(ws, links, st);
    auto guessed = findingsOfKind(report, geo::finding::ZoneFieldsGuessed);
    ASSERT_EQ(guessed.size(), 1u);
    EXPECT_EQ(guessed[0].severity, geo::Severity::Info);
    EXPECT_EQ(guessed[0].facts.at("code_field"), "GID_2");
    EXPECT_EQ(guessed[0].facts.at("name_field"), "NAME_2");
    auto repeats = findingsOfKind(report, geo::finding::ZoneNamesRepeat);
    ASSERT_EQ(repeats.size(), 1u);
    EXPECT_EQ(repeats[0].severity, geo::Severity::Warning);
    EXPECT_EQ(repeats[0].feature, 1);
    EXPECT_EQ(repeats[0].message, "zone name 'Châu Thành' (NAME_2) is held by 2 zones: rows are told apart only by "
                                  "their codes (GID_2)");
    EXPECT_EQ(repeats[0].facts.at("count"), "2");
}

geo::Layer textLayer(const std::vector<std::pair<std::string, geo::FieldType>>& fields,
                     const std::vector<std::vector<geo::Value>>& rows) {
    geo::Layer l;
    for (const auto& [name, type] : fields) l.fields.push_back({name, type});
    for (const auto& r : rows) {
        geo::Feature f;
        f.fid = static_cast<std::int64_t>(l.features.size());
        f.attributes = r;
        l.features.push_back(f);
    }
    return l;
}

TEST(FieldLoadsZones, RowNumbersAreNotCodesAndNamedFieldsWin) {
    using FT = geo::FieldType;
    // A commune layer as offices make them: a row id, the province (constant),
    // the commune code and name.
    geo::Layer l = textLayer({{"OBJECTID", FT::Integer}, {"tinh", FT::String}, {"ten_xa", FT::String}, {"ma_xa", FT::String}},
                             {{std::int64_t{1}, std::string("Sóc Trăng"), std::string("Phú Lộc"), std::string("31684")},
                              {std::int64_t{2}, std::string("Sóc Trăng"), std::string("Lâm Tân"), std::string("31687")},
                              {std::int64_t{3}, std::string("Sóc Trăng"), std::string("Thạnh Tân"), std::string("31690")}});
    geo::ZoneFields z = geo::chooseZoneFields(l, -1, -1);
    EXPECT_EQ(z.code, 3);  // ma_xa, not the row number
    EXPECT_EQ(z.name, 2);  // ten_xa, not the constant province
    // The project set one of them: only the other is chosen, never the same field.
    z = geo::chooseZoneFields(l, 3, -1);
    EXPECT_EQ(z.code, 3);
    EXPECT_EQ(z.name, 2);
    z = geo::chooseZoneFields(l, -1, 2);
    EXPECT_EQ(z.code, 3);
    EXPECT_EQ(z.name, 2);
    z = geo::chooseZoneFields(l, -1, 3);  // the name is the code-like field: the code is the next varying one
    EXPECT_EQ(z.code, 2);
}

TEST(FieldLoadsZones, ALayerWithoutVaryingTextHasNoName) {
    using FT = geo::FieldType;
    geo::Layer l = textLayer({{"country", FT::String}}, {{std::string("Vietnam")}, {std::string("Vietnam")}});
    geo::ZoneFields z = geo::chooseZoneFields(l, -1, -1);
    EXPECT_EQ(z.code, -1);
    EXPECT_EQ(z.name, -1);
}

// ------------------------------------------------------------ item 5: partial loads

const geo::Workspace& missingWorkspace() {
    static const geo::Workspace ws =
        geo::loadWorkspace(geo::loadProject((kFixtures / "missing_planting.vtproj").string()));
    return ws;
}

TEST(FieldLoadsMissing, TheMissingPlantingLayerIsNamedWithItsReason) {
    const geo::Workspace& ws = missingWorkspace();
    std::vector<geo::MissingLayer> missing = geo::missingStatisticsLayers(ws);
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0].layerId, "planting_areas");
    EXPECT_EQ(missing[0].role, geo::LayerRole::PlantingAreas);
    EXPECT_EQ(missing[0].path, "data/vung_trong_2024.geojson");
    std::string file = (kFixtures / "data" / "vung_trong_2024.geojson").string();
    EXPECT_TRUE(contains(missing[0].reason, file)) << missing[0].reason;
    EXPECT_EQ(geo::missingLayerNote(missing[0]),
              "layer 'planting_areas' (planting areas, data/vung_trong_2024.geojson) did not load, so its figures are "
              "missing from these statistics: " + missing[0].reason);
    std::string error = geo::missingLayersError(missing);
    EXPECT_TRUE(contains(error, "a layer the statistics need did not load: 'planting_areas' (planting areas): ")) << error;
    EXPECT_TRUE(contains(error, "pass --allow-missing to compute without it")) << error;
    // The complete project misses nothing.
    EXPECT_TRUE(geo::missingStatisticsLayers(fieldWorkspace()).empty());
}

TEST(FieldLoadsMissing, AZonesLayerCountsOnlyWhenItServesAsZones) {
    TempDir dir;
    nlohmann::json project = {
        {"name", "x"},
        {"layers",
         {{{"id", "old_districts"}, {"role", "zones"}, {"path", "huyen_cu.shp"}},
          {{"id", "gadm"}, {"role", "boundary"}, {"path", (kFixtures / "data" / "gadm_districts.geojson").string()}},
          {{"id", "notes"}, {"role", "table"}, {"path", "ghi_chu.csv"}}}}};
    geo::Workspace ws = geo::loadWorkspace(geo::parseProject(project.dump(), dir.file("p.vtproj")));
    ASSERT_EQ(ws.issues.size(), 2u);
    auto byDefault = geo::missingStatisticsLayers(ws);
    ASSERT_EQ(byDefault.size(), 1u);  // the table layer feeds no statistics
    EXPECT_EQ(byDefault[0].layerId, "old_districts");
    EXPECT_TRUE(geo::missingStatisticsLayers(ws, "gadm").empty());
}

std::string readFile(const fs::path& p) { return vt_test::readBytes(p); }

TEST(FieldLoadsMissing, ExportedStatisticsSayWhichLayerIsMissing) {
    const geo::Workspace& ws = missingWorkspace();
    geo::Links links = geo::linkWorkspace(ws);
    geo::Statistics st = geo::computeStatistics(ws, links);
    std::string note = geo::missingLayerNote(geo::missingStatisticsLayers(ws).at(0));
    TempDir dir;

    geo::ExportOptions csv;
    csv.format = geo::ExportFormat::Csv;
    csv.outputPath = dir.file("zones.csv");
    geo::ExportReport r = geo::exportStatistics(ws, st, geo::StatisticsTable::Zones, csv);
    std::string text = readFile(csv.outputPath);
    EXPECT_EQ(text.rfind("# WARNING: " + note + "\r\nzone_code,zone_name,", 0), 0u) << text.substr(0, 400);
    ASSERT_EQ(r.notes.size(), 1u);
    EXPECT_EQ(r.notes[0], note);

    // XLSX: a sheet "warnings", read back with GDAL.
    std::string xlsx = dir.file("stats.xlsx");
    geo::exportStatisticsWorkbook(ws, st, xlsx);
    const char* open[] = {"HEADERS=FORCE", nullptr};
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(xlsx.c_str(), GDAL_OF_VECTOR, nullptr, open, nullptr);
    ASSERT_NE(ds, nullptr);
    OGRLayerH sheet = GDALDatasetGetLayerByName(ds, "warnings");
    ASSERT_NE(sheet, nullptr);
    OGR_L_ResetReading(sheet);
    OGRFeatureH f = OGR_L_GetNextFeature(sheet);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(std::string(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "warning"))), note);
    OGR_F_Destroy(f);
    EXPECT_EQ(OGR_L_GetFeatureCount(sheet, TRUE), 1);
    EXPECT_NE(GDALDatasetGetLayerByName(ds, "zones"), nullptr);
    GDALClose(ds);

    // The complete project writes no such line and no such sheet.
    const geo::Workspace& full = fieldWorkspace();
    geo::Links fullLinks = geo::linkWorkspace(full);
    geo::Statistics fullSt = geo::computeStatistics(full, fullLinks);
    csv.outputPath = dir.file("full.csv");
    geo::exportStatistics(full, fullSt, geo::StatisticsTable::Zones, csv);
    EXPECT_EQ(readFile(csv.outputPath).rfind("zone_code,", 0), 0u);
}

}  // namespace
