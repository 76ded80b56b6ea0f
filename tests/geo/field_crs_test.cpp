// Issue 10, items 1-3: CRS faults of files from the field. Latitude-first
// degrees, degrees without .prj (WGS 84 or VN-2000) and TM-3 metres without
// .prj or province. Fixtures: tests/fixtures/field/crs/make_fixtures.py.
// Expected areas and distances are computed here another way, through
// PROJ's own C API and GeographicLib (geod_polygonarea, proj_trans), from
// the generator's coordinates; the command lines beside them give the same.
#include <gtest/gtest.h>

#include <geodesic.h>
#include <proj.h>

#include <cmath>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "geo/area.h"
#include "geo/axis_order.h"
#include "geo/crs.h"
#include "geo/error.h"
#include "geo/link.h"
#include "geo/project.h"
#include "geo/province.h"
#include "geo/quality.h"
#include "geo/source.h"
#include "geo/stats.h"
#include "geo/workspace.h"
#include "test_support.h"

#include "../fixtures/field/crs/degree_plots.h"

namespace {

namespace fs = std::filesystem;

std::string fixture(const std::string& name) {
    return (fs::path(VT_SOURCE_DIR) / "tests" / "fixtures" / "field" / "crs" / name).string();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

using vt_test::kDegreePlots;
using vt_test::squareAreaHa;

// GeographicLib's area (degree_plots.h) of lon/lat corners, in ha.
double geographicLibAreaHa(const std::vector<geo::XY>& lonLat) {
    std::vector<double> lons, lats;
    for (const auto& p : lonLat) {
        lons.push_back(p.x);
        lats.push_back(p.y);
    }
    return vt_test::geographicLibAreaHa(lons, lats);
}

// PROJ's own choice per point (what cs2cs does), for a check of our operation.
geo::XY projCs2cs(const char* from, const char* to, geo::XY p) {
    PJ_CONTEXT* ctx = proj_context_create();
    proj_context_set_enable_network(ctx, 0);
    PJ* op = proj_create_crs_to_crs(ctx, from, to, nullptr);
    PJ* norm = op ? proj_normalize_for_visualization(ctx, op) : nullptr;
    EXPECT_NE(norm, nullptr);
    PJ_COORD c = proj_coord(p.x, p.y, 0, 0);
    if (norm) c = proj_trans(norm, PJ_FWD, c);
    proj_destroy(norm);
    proj_destroy(op);
    proj_context_destroy(ctx);
    return {c.xy.x, c.xy.y};
}

double geodesicMetres(geo::XY a, geo::XY b) {
    geod_geodesic g;
    geod_init(&g, 6378137.0, 1 / 298.257223563);
    double s12 = 0, azi1 = 0, azi2 = 0;
    geod_inverse(&g, a.y, a.x, b.y, b.x, &s12, &azi1, &azi2);
    return s12;
}

// ---------------------------------------------------------------- 1. axis order

struct AxisCase {
    const char* what;
    geo::Envelope extent;
    bool latitudeFirst;
};

class AxisOrderRule : public ::testing::TestWithParam<AxisCase> {};

TEST_P(AxisOrderRule, LatitudeFirstIsToldFromTheCoordinates) {
    EXPECT_EQ(geo::looksLatitudeFirst(GetParam().extent), GetParam().latitudeFirst) << GetParam().what;
}

INSTANTIATE_TEST_SUITE_P(
    Extents, AxisOrderRule,
    ::testing::Values(AxisCase{"Soc Trang, latitude first", {9.59, 105.9, 9.62, 106.0}, true},
                      AxisCase{"Ha Giang, latitude first", {22.5, 104.8, 23.3, 105.5}, true},
                      AxisCase{"Soc Trang, longitude first", {105.9, 9.59, 106.0, 9.62}, false},
                      AxisCase{"x within Vietnam's latitudes, y a latitude too", {9.5, 10.0, 9.6, 10.1}, false},
                      AxisCase{"projected metres", {544000, 1062000, 546000, 1063000}, false},
                      AxisCase{"no extent", {}, false}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

TEST(FieldAxisOrder, SwappedGeoJsonIsRefusedNamingFileLayerAndFix) {
    geo::Layer layer = geo::readLayer(fixture("plots_lat_lon.geojson"));
    EXPECT_TRUE(layer.axesLookSwapped);
    geo::LayerSpec spec;
    spec.id = "plots";
    try {
        geo::normalise(spec, std::move(layer));
        FAIL() << "a latitude-first layer was measured";
    } catch (const geo::AxisOrderError& e) {
        std::string m = e.what();
        EXPECT_TRUE(contains(m, "plots_lat_lon.geojson:plots_lat_lon")) << m;
        EXPECT_TRUE(contains(m, "latitude first")) << m;
        EXPECT_TRUE(contains(m, "x 9.5980..9.6025")) << m;
        EXPECT_TRUE(contains(m, "y 105.9700..105.9810 beyond ±90")) << m;
        EXPECT_TRUE(contains(m, "\"axis_order\": \"lat_lon\" for layer 'plots'")) << m;
        EXPECT_TRUE(contains(m, "--axis-order lat_lon")) << m;
        EXPECT_EQ(e.xRange, "9.5980..9.6025");
    }
}

class SwappedFile : public ::testing::TestWithParam<const char*> {};

TEST_P(SwappedFile, ReadLatLonMeasuresWhatGeographicLibMeasuresOnTheUnswappedCorners) {
    geo::ReadOptions options;
    options.axisOrder = "lat_lon";
    geo::Layer layer = geo::readLayer(fixture(GetParam()), options);
    EXPECT_FALSE(layer.axesLookSwapped);
    EXPECT_TRUE(layer.axesSwapped);
    EXPECT_TRUE(layer.crs.isGeographic);
    geo::LayerSpec spec;
    spec.id = "plots";
    geo::LoadedLayer loaded = geo::normalise(spec, std::move(layer));
    ASSERT_EQ(loaded.normalised.features.size(), 3u);
    int code = loaded.normalised.fieldIndex("code");
    for (std::size_t i = 0; i < 3; ++i) {
        const auto& f = loaded.normalised.features[i];
        EXPECT_EQ(geo::toText(f.attributes[static_cast<std::size_t>(code)]), kDegreePlots[i].code);
        // Small plots may use the authalic fast path: ≤ 0.015 m² from the geodesic.
        EXPECT_NEAR(geo::geodesicAreaHa(f.geometry), squareAreaHa(kDegreePlots[i]), 1e-5) << kDegreePlots[i].code;
    }
}

INSTANTIATE_TEST_SUITE_P(GeoJsonAndGeoPackage, SwappedFile,
                         ::testing::Values("plots_lat_lon.geojson", "plots_lat_lon.gpkg"),
                         [](const auto& info) { return info.index == 0 ? "GeoJson" : "GeoPackage"; });

TEST(FieldAxisOrder, ProjectWithoutAxisOrderGivesAnAxisSwappedErrorFinding) {
    geo::Workspace ws = geo::loadWorkspace(geo::loadProject(fixture("swapped.vtproj")));
    EXPECT_EQ(ws.find("plots"), nullptr);  // never measured as NaN or 0
    geo::Links links = geo::linkWorkspace(ws);
    geo::QualityReport report = geo::checkQuality(ws, links, geo::computeStatistics(ws, links));
    const geo::Finding* swapped = nullptr;
    for (const auto& f : report.findings)
        if (f.kind == geo::finding::AxisSwapped) swapped = &f;
    ASSERT_NE(swapped, nullptr);
    EXPECT_EQ(swapped->severity, geo::Severity::Error);
    EXPECT_EQ(swapped->layerId, "plots");
    EXPECT_TRUE(contains(swapped->message, "plots_lat_lon.geojson")) << swapped->message;
    EXPECT_TRUE(contains(swapped->message, "\"axis_order\": \"lat_lon\"")) << swapped->message;
    EXPECT_EQ(swapped->facts.at("sentence"), "latitude_first");
    EXPECT_EQ(swapped->facts.at("x_range"), "9.5980..9.6025");
    EXPECT_EQ(swapped->facts.at("y_range"), "105.9700..105.9810");
}

TEST(FieldAxisOrder, ProjectAxisOrderLatLonGivesTheGeographicLibTotalInTheZone) {
    geo::Project project = geo::loadProject(fixture("swapped_fixed.vtproj"));
    EXPECT_EQ(project.findLayer("plots")->axisOrder, "lat_lon");
    geo::Workspace ws = geo::loadWorkspace(project);
    ASSERT_TRUE(ws.issues.empty()) << ws.issues.front().message;
    geo::Links links = geo::linkWorkspace(ws);
    geo::Statistics st = geo::computeStatistics(ws, links);
    double expected = 0;
    for (const auto& p : kDegreePlots) expected += squareAreaHa(p);  // 8.802360 ha
    ASSERT_EQ(st.zones.size(), 1u);
    EXPECT_NEAR(st.zones[0].grossPlantedHa, expected, 3e-5);
    EXPECT_EQ(st.zones[0].codes, 3);
}

TEST(FieldAxisOrder, ProjectAxisOrderIsCheckedAndSavedBack) {
    std::string text = R"({"name": "x", "layers": [{"id": "a", "role": "table", "path": "a.csv", "axis_order": "lat-lon"}]})";
    try {
        geo::parseProject(text, "/tmp/x.vtproj");
        FAIL() << "an unknown axis order was accepted";
    } catch (const geo::ProjectError& e) {
        EXPECT_TRUE(contains(e.what(), "layers[0].axis_order")) << e.what();
        EXPECT_TRUE(contains(e.what(), "lat_lon")) << e.what();
    }
    geo::Project p = geo::loadProject(fixture("swapped_fixed.vtproj"));
    geo::Project again = geo::parseProject(geo::projectToJson(p), p.filePath);
    EXPECT_EQ(again.findLayer("plots")->axisOrder, "lat_lon");
}

TEST(FieldAxisOrder, ACoordinateThatIsNoPlaceOnEarthIsAnErrorNamingTheFeature) {
    // Declared WGS 84, one feature with a latitude of 95: its area would be NaN.
    vt_test::TempDir dir;
    std::string path = vt_test::writeText(
        dir.path() / "beyond.geojson",
        R"({"type":"FeatureCollection","features":[)"
        R"({"type":"Feature","id":1,"properties":{"code":"ok"},"geometry":{"type":"Polygon","coordinates":[[[50,10],[50.01,10],[50.01,10.01],[50,10]]]}},)"
        R"({"type":"Feature","id":7,"properties":{"code":"bad"},"geometry":{"type":"Polygon","coordinates":[[[50,95],[50.01,95],[50.01,95.01],[50,95]]]}}]})");
    geo::Layer layer = geo::readLayer(path);
    EXPECT_FALSE(layer.axesLookSwapped);  // x is not a Vietnamese latitude: not a swap, just wrong
    geo::LayerSpec spec;
    spec.id = "beyond";
    try {
        geo::normalise(spec, std::move(layer));
        FAIL() << "a latitude of 95 was accepted";
    } catch (const geo::GeometryError& e) {
        EXPECT_TRUE(contains(e.what(), "beyond.geojson:beyond, feature FID 7")) << e.what();
        EXPECT_TRUE(contains(e.what(), "lat 95.000000")) << e.what();
    }
}

// ---------------------------------------------------------------- 2. degrees without .prj

TEST(FieldDegrees, GuessIsWgs84AndNamesTheVn2000ShiftAtTheLayersCentre) {
    geo::Layer layer = geo::readLayer(fixture("plots_vn2000_deg.shp"));
    ASSERT_TRUE(layer.crs.inferred);
    EXPECT_EQ(layer.crs.authorityCode, "EPSG:4326");
    ASSERT_EQ(layer.crs.alternatives.size(), 1u);
    EXPECT_EQ(layer.crs.alternatives[0].authorityCode, "EPSG:4756");
    // The same point read as VN-2000 and taken to WGS 84 by PROJ's per-point
    // choice: echo "9.60025 105.9755" | cs2cs -d 9 EPSG:4756 EPSG:4326
    //   → 9.599235135 105.977288859, 226.18 m away (geod -I). Our single
    // operation is "VN-2000 to WGS 84 (2)", cs2cs's here "(1)": each 1 m accurate.
    geo::XY centre{(105.97 + 105.981) / 2, (9.598 + 9.6025) / 2};
    EXPECT_NEAR(layer.crs.centreLonLat.x, centre.x, 1e-9);
    EXPECT_NEAR(layer.crs.centreLonLat.y, centre.y, 1e-9);
    double cs2cs = geodesicMetres(centre, projCs2cs("EPSG:4756", "EPSG:4326", centre));
    EXPECT_NEAR(cs2cs, 226.18, 0.01);
    EXPECT_NEAR(layer.crs.alternatives[0].shiftMetres, cs2cs, 2.0);
    EXPECT_GT(layer.crs.alternatives[0].shiftMetres, 200);  // not the old "about 100 m"
    char printed[32];
    std::snprintf(printed, sizeof printed, "%.1f m", layer.crs.alternatives[0].shiftMetres);
    EXPECT_TRUE(contains(layer.crs.inferenceReason, std::string("would lie ") + printed + " away")) << layer.crs.inferenceReason;
    EXPECT_TRUE(contains(layer.crs.inferenceReason, "105.9755° E, 9.6003° N")) << layer.crs.inferenceReason;
    EXPECT_FALSE(contains(layer.crs.inferenceReason, "about 100 m"));
}

TEST(FieldDegrees, InAVn2000ProvinceProjectTheFindingListsBothCandidatesAndTheirDistance) {
    geo::Project project = geo::loadProject(fixture("degrees_vn2000.vtproj"));
    EXPECT_EQ(project.provinceCrs, "EPSG:9209");  // "Sóc Trăng" from PROJ's database
    geo::Workspace ws = geo::loadWorkspace(project);
    geo::Links links = geo::linkWorkspace(ws);
    geo::QualityReport report = geo::checkQuality(ws, links, geo::computeStatistics(ws, links));
    const geo::Finding* guess = nullptr;
    for (const auto& f : report.findings)
        if (f.kind == geo::finding::CrsGuess) guess = &f;
    ASSERT_NE(guess, nullptr);
    const std::string& m = guess->message;
    EXPECT_TRUE(contains(m, "plots_vn2000_deg.shp")) << m;
    EXPECT_TRUE(contains(m, "either WGS 84 (EPSG:4326")) << m;
    EXPECT_TRUE(contains(m, "or VN-2000 (EPSG:4756")) << m;
    double shift = ws.find("plots")->source.crs.alternatives.at(0).shiftMetres;
    char printed[32];
    std::snprintf(printed, sizeof printed, "%.1f m apart", shift);
    EXPECT_TRUE(contains(m, printed)) << m;
    EXPECT_EQ(guess->facts.at("alternative_1_code"), "EPSG:4756");
    EXPECT_NEAR(std::stod(guess->facts.at("alternative_1_shift_m")), shift, 0.05);
}

TEST(FieldDegrees, TheProjectsCrsSettlesItAsVn2000) {
    geo::Project project = geo::loadProject(fixture("degrees_vn2000.vtproj"));
    project.layers[0].crs = "EPSG:4756";
    geo::Workspace ws = geo::loadWorkspace(project);
    const geo::LoadedLayer* l = ws.find("plots");
    ASSERT_NE(l, nullptr);
    EXPECT_FALSE(l->source.crs.inferred);
    // Read as VN-2000, the first plot's corner lands where PROJ puts it.
    geo::XY expected = projCs2cs("EPSG:4756", "EPSG:4326", {105.97, 9.6});
    const geo::Ring& ring = l->normalised.features[0].geometry.polygons[0].rings[0];
    double nearest = 1e9;
    for (const auto& p : ring) nearest = std::min(nearest, geodesicMetres(p, expected));
    EXPECT_LT(nearest, 2.0);  // PROJ's per-point operation vs ours, each 1 m accurate
}

// ---------------------------------------------------------------- 3. TM-3 and provinces

struct AreaText {
    const char* text;
    std::vector<std::string> places;
};

class AreaOfUseText : public ::testing::TestWithParam<AreaText> {};

TEST_P(AreaOfUseText, NamesItsPlaces) { EXPECT_EQ(geo::placesInAreaOfUse(GetParam().text), GetParam().places); }

// The texts are EPSG's, as printed by: projinfo EPSG:<code> -o PROJJSON (usages[].area).
INSTANTIATE_TEST_SUITE_P(
    EpsgTexts, AreaOfUseText,
    ::testing::Values(
        AreaText{"Vietnam - Bac Ninh, Ha Giang, Ha Tinh, Hai Duong, Hung Yen, Nam Dinh, Soc Trang, Tay Ninh, Thai Binh, "
                 "Tra Vinh and Vinh Long provinces.",
                 {"Bac Ninh", "Ha Giang", "Ha Tinh", "Hai Duong", "Hung Yen", "Nam Dinh", "Soc Trang", "Tay Ninh",
                  "Thai Binh", "Tra Vinh", "Vinh Long"}},
        AreaText{"Vietnam - Hai Phong and Ho Chi Minh cities; Ben Tre, Binh Duong, Cao Bang, Long An and Tien Giang "
                 "provinces.",
                 {"Hai Phong", "Ho Chi Minh", "Ben Tre", "Binh Duong", "Cao Bang", "Long An", "Tien Giang"}},
        AreaText{"Vietnam - Quang Ninh province; Da Nang municipality and Quang Nam province; Ba Ria-Vung Tau, Dong Nai "
                 "and Lam Dong provinces.",
                 {"Quang Ninh", "Da Nang", "Quang Nam", "Ba Ria-Vung Tau", "Dong Nai", "Lam Dong"}},
        AreaText{"Vietnam - Son La province.", {"Son La"}},
        AreaText{"Vietnam - between 103°30'E and 106°30'E, onshore.", {}}),
    [](const auto& info) { return "text" + std::to_string(info.index); });

TEST(FieldProvince, EveryProvinceOfTheTableIsInItsCrsAreaOfUseInProjsDatabase) {
    const auto& table = geo::provinceTable();
    ASSERT_FALSE(table.empty());
    PJ_CONTEXT* ctx = proj_context_create();
    for (const auto& z : table) {
        // Independently of our PROJJSON reading: PROJ's area of use (the
        // first one), or for a CRS with several, its WKT2 USAGE entries.
        PJ* crs = proj_create(ctx, z.authorityCode.c_str());
        ASSERT_NE(crs, nullptr) << z.authorityCode;
        const char* wkt = proj_as_wkt(ctx, crs, PJ_WKT2_2019, nullptr);
        ASSERT_NE(wkt, nullptr);
        EXPECT_TRUE(contains(wkt, z.province)) << z.province << " not in " << z.authorityCode;
        EXPECT_EQ(std::string(proj_get_name(crs)), z.crsName);
        EXPECT_TRUE(contains(z.crsName, "VN-2000 / TM-3")) << z.crsName;
        proj_destroy(crs);
    }
    proj_context_destroy(ctx);
}

TEST(FieldProvince, SocTrangIsEpsg9209AndCanThoIsInTheSecondAreaOfUseOf5897) {
    EXPECT_EQ(geo::findProvince("Soc Trang").authorityCode, "EPSG:9209");
    // projinfo EPSG:5897 -o PROJJSON: its second usage lists "Can Tho city".
    EXPECT_EQ(geo::findProvince("Cần Thơ").authorityCode, "EPSG:5897");
}

class ProvinceSpelling : public ::testing::TestWithParam<const char*> {};

TEST_P(ProvinceSpelling, FindsSocTrang) { EXPECT_EQ(geo::findProvince(GetParam()).province, "Soc Trang"); }

INSTANTIATE_TEST_SUITE_P(AccentAndCaseInsensitive, ProvinceSpelling,
                         ::testing::Values("soc trang", "Sóc Trăng", "SÓC TRĂNG", "tỉnh Sóc Trăng", "Soc-Trang",
                                           "  soc   trang ", "Soc Trang province"),
                         [](const auto& info) { return "spelling" + std::to_string(info.index); });

TEST(FieldProvince, KeysFoldDAndHyphensAndCityWords) {
    EXPECT_EQ(geo::provinceKey("Đồng Tháp"), geo::provinceKey("Dong Thap"));
    EXPECT_EQ(geo::provinceKey("Thừa Thiên Huế"), geo::provinceKey("Thua Thien-Hue"));
    EXPECT_EQ(geo::provinceKey("Thành phố Hồ Chí Minh"), "ho chi minh");
    EXPECT_EQ(geo::provinceKey("TP. Hồ Chí Minh"), "ho chi minh");
    EXPECT_EQ(geo::findProvince("Thừa Thiên Huế").province, "Thua Thien-Hue");
}

TEST(FieldProvince, UnknownProvinceIsAnErrorListingTheKnownOnes) {
    try {
        geo::findProvince("Atlantis");
        FAIL();
    } catch (const geo::CrsError& e) {
        EXPECT_TRUE(contains(e.what(), "unknown province 'Atlantis'")) << e.what();
        EXPECT_TRUE(contains(e.what(), "Soc Trang")) << e.what();
    }
}

TEST(FieldTm3, WithoutProvinceTheGuessListsTheProvincesWhoseZoneFitsAndSaysOneIsNeeded) {
    geo::Layer layer = geo::readLayer(fixture("plots_tm3.shp"));
    ASSERT_TRUE(layer.crs.inferred);
    EXPECT_EQ(layer.crs.authorityCode, "EPSG:3405");
    EXPECT_TRUE(contains(layer.crs.inferenceReason, "a province is needed")) << layer.crs.inferenceReason;
    const geo::CrsInfo::Alternative* socTrang = nullptr;
    for (const auto& a : layer.crs.alternatives) {
        if (a.authorityCode == "EPSG:9209") socTrang = &a;
        // Each candidate puts the data inside the area that names its provinces.
        EXPECT_FALSE(a.note.empty()) << a.authorityCode;
    }
    ASSERT_NE(socTrang, nullptr);
    EXPECT_TRUE(contains(socTrang->note, "Soc Trang")) << socTrang->note;
    // UTM 48N against TM-3 105-30 at the file's centre, through PROJ per point:
    //   echo "545100 1062100" | cs2cs -d 9 EPSG:3405 EPSG:4326 ; … EPSG:9209 EPSG:4326
    geo::XY centre{(544000 + 546200) / 2.0, (1061500 + 1062700) / 2.0};
    double expected = geodesicMetres(projCs2cs("EPSG:3405", "EPSG:4326", centre), projCs2cs("EPSG:9209", "EPSG:4326", centre));
    EXPECT_NEAR(socTrang->shiftMetres, expected, 0.01);
    EXPECT_GT(socTrang->shiftMetres, 50000);  // "lands ~55 km off"
    EXPECT_TRUE(contains(layer.crs.inferenceReason, "Soc Trang")) << layer.crs.inferenceReason;
}

TEST(FieldTm3, ProjectProvinceSocTrangReadsTm3AndMeasuresWhatGeographicLibMeasures) {
    geo::Project project = geo::loadProject(fixture("tm3_province.vtproj"));
    EXPECT_EQ(project.province, "soc trang");
    EXPECT_EQ(project.provinceCrs, "EPSG:9209");
    geo::Workspace ws = geo::loadWorkspace(project);
    const geo::LoadedLayer* l = ws.find("plots");
    ASSERT_NE(l, nullptr);
    EXPECT_EQ(l->source.crs.authorityCode, "EPSG:9209");
    // Corners through PROJ (per point, as cs2cs EPSG:9209 EPSG:4326), area by
    // GeographicLib: 4.000612, 4.000604, 4.000594 ha (cs2cs | Planimeter).
    const double corners[][2] = {{544000, 1062000}, {545000, 1062500}, {546000, 1061500}};
    for (std::size_t i = 0; i < 3; ++i) {
        double e = corners[i][0], n = corners[i][1];
        std::vector<geo::XY> lonLat;
        for (geo::XY p : {geo::XY{e, n}, geo::XY{e + 200, n}, geo::XY{e + 200, n + 200}, geo::XY{e, n + 200}})
            lonLat.push_back(projCs2cs("EPSG:9209", "EPSG:4326", p));
        EXPECT_NEAR(geo::geodesicAreaHa(l->normalised.features[i].geometry), geographicLibAreaHa(lonLat), 1e-5);
    }
}

TEST(FieldTm3, ProvinceAndAnotherProvinceCrsAreAProjectError) {
    std::string text = R"({"name": "x", "province": "Sóc Trăng", "province_crs": "EPSG:9210", "layers": []})";
    try {
        geo::parseProject(text, "/tmp/x.vtproj");
        FAIL();
    } catch (const geo::ProjectError& e) {
        EXPECT_TRUE(contains(e.what(), "EPSG:9209")) << e.what();
        EXPECT_TRUE(contains(e.what(), "EPSG:9210")) << e.what();
    }
    std::string unknown = R"({"name": "x", "province": "Atlantis", "layers": []})";
    EXPECT_THROW(geo::parseProject(unknown, "/tmp/x.vtproj"), geo::ProjectError);
}

}  // namespace
