// Export: what geo writes, GDAL reads back (OGR C API, independent of geo's
// reader) with the same features, attributes and geometry, for every format;
// shapefile limits; atomic replacement; never overwriting a project source.
#include "geo/export.h"

#include <gtest/gtest.h>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>
#include <map>
#include <set>

#include "geo/crs.h"
#include "geo/encoding.h"
#include "geo/error.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using geo::ExportFormat;
using vt_test::readBytes;
using vt_test::TempDir;
using vt_test::writeText;

const std::string kThanhTri = "Thạnh Trị";
const std::string kCoop = "Hợp tác xã Lúa gạo";
const std::int64_t kBigVnd = 8800000000123;  // beyond 32 bits and exact only as an integer type

geo::Ring square(double x0, double y0, double size) {
    return {{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}};
}

// A small project in VN-2000 / TM-3 105°30' (EPSG:9209), built in memory:
//   districts: "949" = x 550 000–560 000, "950" = x 560 000–570 000, y 1 050 000–1 060 000
//   planting_areas: A inside 949 (with a hole), B across the 949/950 border,
//   C a two-part multipolygon inside 950; then `extra` small squares in 950.
struct TestProject {
    TempDir dir;
    geo::Workspace ws;

    explicit TestProject(int extra = 0) {
        writeText(dir.path() / "vung_trong.shp", "not really a shapefile");
        writeText(dir.path() / "vung_trong.dbf", "not really a dbf");
        ws.project.filePath = dir.file("p.vtproj");
        writeText(ws.project.filePath, "{}");

        geo::Layer zones;
        zones.name = "huyen";
        zones.sourcePath = dir.file("huyen.shp");
        zones.crs = geo::describeCrs("EPSG:9209");
        zones.fields = {{"ma_dvhc", geo::FieldType::String}, {"ten", geo::FieldType::String}};
        for (auto [code, name, x] : {std::tuple{"949", kThanhTri, 550000.0}, std::tuple{"950", std::string("Vĩnh Châu"), 560000.0}}) {
            geo::Feature f;
            f.fid = static_cast<std::int64_t>(zones.features.size());
            f.attributes = {std::string(code), name};
            f.geometry = geo::Geometry::polygon({{square(x, 1050000, 10000)}});
            zones.features.push_back(f);
        }
        geo::LayerSpec zoneSpec;
        zoneSpec.id = "districts";
        zoneSpec.role = geo::LayerRole::Zones;
        zoneSpec.path = "huyen.shp";
        zoneSpec.fields = {{"code", "ma_dvhc"}, {"name", "ten"}};

        geo::Layer planting;
        planting.name = "vung_trong";
        planting.sourcePath = dir.file("vung_trong.shp");
        planting.crs = geo::describeCrs("EPSG:9209");
        planting.fields = {{"ma_vung", geo::FieldType::String}, {"ten_htx", geo::FieldType::String},
                           {"so_tien_vnd", geo::FieldType::Integer}, {"dt_khai", geo::FieldType::Real},
                           {"ngay_cap", geo::FieldType::Date}, {"ghi_chu", geo::FieldType::String}};
        geo::Feature a;
        a.fid = 10;
        a.attributes = {std::string("VN-STOR-0001"), kCoop, kBigVnd, 12.5, std::string("2021/03/15"), kThanhTri};
        a.geometry = geo::Geometry::polygon({{square(552000, 1052000, 1000), square(552200, 1052200, 100)}});
        geo::Feature b;
        b.fid = 11;
        b.attributes = {std::string("VN-STOR-0002"), std::string("HTX Phường 2"), std::int64_t{0}, 0.25,
                        std::monostate{}, std::string("")};
        b.geometry = geo::Geometry::polygon({{square(559500, 1055000, 1000)}});
        geo::Feature c;
        c.fid = 12;
        c.attributes = {std::string("VN-STOR-0003"), std::monostate{}, std::int64_t{-5}, std::monostate{},
                        std::string("2023/01/02"), std::string("a, \"quoted\"\nline")};
        c.geometry.kind = geo::GeometryKind::Polygon;
        c.geometry.polygons = {{{square(563000, 1053000, 500)}}, {{square(565000, 1053000, 300)}}};
        planting.features = {a, b, c};
        for (int i = 0; i < extra; ++i) {
            geo::Feature e = b;
            e.fid = 100 + i;
            e.attributes[0] = std::string("VN-STOR-") + std::to_string(1000 + i);
            e.geometry = geo::Geometry::polygon({{square(561000 + 30 * (i % 100), 1051000 + 30 * (i / 100), 20)}});
            planting.features.push_back(e);
        }
        geo::LayerSpec plantingSpec;
        plantingSpec.id = "planting_areas";
        plantingSpec.role = geo::LayerRole::PlantingAreas;
        plantingSpec.path = "vung_trong.shp";

        ws.project.layers = {zoneSpec, plantingSpec};
        ws.layers.push_back(geo::normalise(zoneSpec, zones));
        ws.layers.push_back(geo::normalise(plantingSpec, planting));
    }
    const geo::LoadedLayer& planting() const { return ws.layers[1]; }
};

// ---------------------------------------------------------------- reading back with OGR

struct DatasetCloser {
    void operator()(void* d) const { GDALClose(d); }
};
using Dataset = std::unique_ptr<void, DatasetCloser>;
struct FeatureCloser {
    void operator()(OGRFeatureH f) const { OGR_F_Destroy(f); }
};
using OgrFeature = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureCloser>;

Dataset openWithGdal(const std::string& path) {
    GDALAllRegister();
    CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
    Dataset ds(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    EXPECT_TRUE(ds) << "GDAL cannot open " << path;
    return ds;
}

std::vector<OgrFeature> features(OGRLayerH layer) {
    std::vector<OgrFeature> out;
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) out.emplace_back(f);
    return out;
}

int field(OGRFeatureH f, const char* name) { return OGR_F_GetFieldIndex(f, name); }

std::string text(OGRFeatureH f, const char* name) {
    int i = field(f, name);
    EXPECT_GE(i, 0) << "no field " << name;
    return i < 0 ? "" : OGR_F_GetFieldAsString(f, i);
}

bool isNull(OGRFeatureH f, const char* name) {
    int i = field(f, name);
    return i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i);
}

// Envelope and |area| of an OGR geometry against ours.
void expectGeometryNear(OGRGeometryH g, const geo::Geometry& expected, double tolerance, const std::string& what) {
    ASSERT_NE(g, nullptr) << what << ": no geometry";
    OGREnvelope e;
    OGR_G_GetEnvelope(g, &e);
    geo::Envelope x = expected.envelope();
    EXPECT_NEAR(e.MinX, x.minX, tolerance) << what;
    EXPECT_NEAR(e.MinY, x.minY, tolerance) << what;
    EXPECT_NEAR(e.MaxX, x.maxX, tolerance) << what;
    EXPECT_NEAR(e.MaxY, x.maxY, tolerance) << what;
    double area = 0;
    for (const auto& p : expected.polygons)
        for (std::size_t r = 0; r < p.rings.size(); ++r) {
            double s = 0;
            const auto& ring = p.rings[r];
            for (std::size_t i = 0; i + 1 < ring.size(); ++i) s += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
            area += (r == 0 ? 1 : -1) * std::fabs(s / 2);
        }
    // Rounding each coordinate by up to `tolerance` moves the area by at most perimeter × tolerance.
    EXPECT_NEAR(OGR_G_Area(g), area, 4 * (x.width() + x.height()) * tolerance * static_cast<double>(expected.polygons.size()))
        << what;
    EXPECT_EQ(static_cast<std::size_t>(OGR_G_GetGeometryCount(g) > 0 && wkbFlatten(OGR_G_GetGeometryType(g)) == wkbMultiPolygon
                                           ? OGR_G_GetGeometryCount(g)
                                           : 1),
              expected.polygons.size())
        << what;
}

std::string authorityCode(OGRLayerH layer) {
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    if (!srs) return "";
    OSRAutoIdentifyEPSG(srs);
    const char* name = OSRGetAuthorityName(srs, nullptr);
    const char* code = OSRGetAuthorityCode(srs, nullptr);
    return name && code ? std::string(name) + ":" + code : "";
}

// ---------------------------------------------------------------- round trip, every format

struct FormatCase {
    ExportFormat format;
    const char* file;
    bool geometry;     // GDAL reads a geometry back
    bool sourceCrs;    // geometry in EPSG:9209 (else WGS 84 lon/lat)
};

class RoundTrip : public ::testing::TestWithParam<FormatCase> {};

TEST_P(RoundTrip, GdalReadsBackTheSameFeaturesAttributesAndGeometry) {
    const FormatCase& fc = GetParam();
    TestProject p;
    geo::ExportOptions o;
    o.format = fc.format;
    o.outputPath = p.dir.file(fc.file);
    o.csvWkt = true;
    geo::ExportReport report = geo::exportLayer(p.ws, "planting_areas", o);
    EXPECT_EQ(report.featuresWritten, 3u);

    Dataset ds = openWithGdal(o.outputPath);
    ASSERT_TRUE(ds);
    ASSERT_EQ(GDALDatasetGetLayerCount(ds.get()), 1);
    OGRLayerH layer = GDALDatasetGetLayer(ds.get(), 0);
    auto fs = features(layer);
    ASSERT_EQ(fs.size(), 3u);

    const geo::LoadedLayer& src = p.planting();
    const char* vnd = fc.format == ExportFormat::Shapefile ? "so_tien_vn" : "so_tien_vnd";
    for (std::size_t i = 0; i < 3; ++i) {
        OGRFeatureH f = fs[i].get();
        const auto& a = src.normalised.features[i].attributes;
        std::string what = std::string(geo::toString(fc.format)) + " feature " + std::to_string(i);
        EXPECT_EQ(text(f, "ma_vung"), std::get<std::string>(a[0])) << what;
        if (std::holds_alternative<std::string>(a[1])) {
            EXPECT_EQ(text(f, "ten_htx"), std::get<std::string>(a[1])) << what;
        } else {
            EXPECT_TRUE(isNull(f, "ten_htx") || text(f, "ten_htx").empty()) << what;
        }
        EXPECT_EQ(OGR_F_GetFieldAsInteger64(f, field(f, vnd)), std::get<std::int64_t>(a[2])) << what;
        if (std::holds_alternative<double>(a[3])) {
            EXPECT_DOUBLE_EQ(OGR_F_GetFieldAsDouble(f, field(f, "dt_khai")), std::get<double>(a[3])) << what;
        } else {
            EXPECT_TRUE(isNull(f, "dt_khai")) << what;
        }
        if (fc.format != ExportFormat::Shapefile && fc.format != ExportFormat::Xlsx) {
            EXPECT_EQ(text(f, "ghi_chu"), std::get<std::string>(a[5])) << what;  // incl. "", commas, quotes, newline
        }
        if (fc.geometry) {
            const geo::Geometry& g = fc.sourceCrs ? src.source.features[i].geometry : src.normalised.features[i].geometry;
            expectGeometryNear(OGR_F_GetGeometryRef(f), g, fc.sourceCrs ? 1e-6 : 1e-7, what);
        }
    }
    // Integers stay integers; dates stay dates where the format has them.
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    OGRFieldType vndType = OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, OGR_FD_GetFieldIndex(defn, vnd)));
    if (fc.format != ExportFormat::Xlsx) {
        EXPECT_TRUE(vndType == OFTInteger64 || vndType == OFTInteger);
    }
    if (fc.format != ExportFormat::Xlsx) {
        int d = OGR_FD_GetFieldIndex(defn, "ngay_cap");
        EXPECT_EQ(OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, d)), OFTDate);
        int y = 0, m = 0, day = 0, h, mi, tz;
        float s;
        OGR_F_GetFieldAsDateTimeEx(fs[0].get(), d, &y, &m, &day, &h, &mi, &s, &tz);
        EXPECT_EQ(y * 10000 + m * 100 + day, 20210315);
    }
    // CSV's WKT column carries no CRS: it is documented as WGS 84 lon/lat.
    if (fc.geometry && fc.format != ExportFormat::Csv) {
        EXPECT_EQ(authorityCode(layer), fc.sourceCrs ? "EPSG:9209" : "EPSG:4326");
    }
}

// Every file format of geo's table (geo/export_formats.h), shared by the
// round-trip and atomicity suites: a format added to the table is tested here
// without a line more. (PostGIS, a database, has its own suite.)
std::vector<FormatCase> everyFileFormat() {
    std::vector<FormatCase> out;
    static std::vector<std::string> files;  // FormatCase holds the name as const char*
    files.reserve(geo::exportFormats().size());
    for (const auto& spec : geo::exportFormats()) {
        if (spec.database) continue;
        files.push_back("out" + spec.extensions.at(0));
        out.push_back({spec.format, files.back().c_str(), spec.crs != geo::ExportCrs::NoGeometry,
                       spec.crs == geo::ExportCrs::Source});
    }
    return out;
}
const std::vector<FormatCase> kEveryFormat = everyFileFormat();

INSTANTIATE_TEST_SUITE_P(
    EveryFormat, RoundTrip,
    ::testing::ValuesIn(kEveryFormat),
    [](const auto& info) { return std::string(geo::toString(info.param.format)); });

TEST(Export, GeoPackageHoldsSeveralLayersInTheProjectCrs) {
    TestProject p;
    geo::ExportOptions o;
    o.format = ExportFormat::GeoPackage;
    o.outputPath = p.dir.file("both.gpkg");
    geo::exportLayers(p.ws, {"planting_areas", "districts"}, o);
    Dataset ds = openWithGdal(o.outputPath);
    ASSERT_EQ(GDALDatasetGetLayerCount(ds.get()), 2);
    OGRLayerH districts = GDALDatasetGetLayerByName(ds.get(), "districts");
    ASSERT_NE(districts, nullptr);
    EXPECT_EQ(OGR_L_GetFeatureCount(districts, 1), 2);
    EXPECT_EQ(authorityCode(districts), "EPSG:9209");
    auto fs = features(districts);
    EXPECT_EQ(text(fs[0].get(), "ten"), kThanhTri);
    // Unrepaired, unclipped geometry is written exactly as read.
    OGREnvelope e;
    OGR_G_GetEnvelope(OGR_F_GetGeometryRef(fs[0].get()), &e);
    EXPECT_EQ(e.MinX, 550000.0);
    EXPECT_EQ(e.MaxY, 1060000.0);
}

// ---------------------------------------------------------------- selection

TEST(Export, FeatureIndexesSelectThoseFeaturesOnly) {
    TestProject p;
    geo::ExportOptions o;
    o.outputPath = p.dir.file("sel.geojson");
    o.featureIndexes = {2, 0, 2};
    EXPECT_EQ(geo::exportLayer(p.ws, "planting_areas", o).featuresWritten, 2u);
    Dataset ds = openWithGdal(o.outputPath);
    auto fs = features(GDALDatasetGetLayer(ds.get(), 0));
    ASSERT_EQ(fs.size(), 2u);
    EXPECT_EQ(text(fs[0].get(), "ma_vung"), "VN-STOR-0001");
    EXPECT_EQ(text(fs[1].get(), "ma_vung"), "VN-STOR-0003");
    o.featureIndexes = {3};
    EXPECT_THROW(geo::exportLayer(p.ws, "planting_areas", o), geo::Error);
}

TEST(Export, ZoneKeepsIntersectingFeaturesWholeOrClipped) {
    TestProject p;
    geo::ExportOptions o;
    o.format = ExportFormat::GeoPackage;
    o.outputPath = p.dir.file("zone.gpkg");
    o.zoneCode = "949";
    geo::ExportReport whole = geo::exportLayer(p.ws, "planting_areas", o);
    EXPECT_EQ(whole.featuresWritten, 2u) << "A inside, B across the border; C is in 950";

    o.clipToZone = true;
    o.outputPath = p.dir.file("clip.gpkg");
    geo::exportLayer(p.ws, "planting_areas", o);
    Dataset ds = openWithGdal(o.outputPath);
    auto fs = features(GDALDatasetGetLayer(ds.get(), 0));
    ASSERT_EQ(fs.size(), 2u);
    OGREnvelope e;
    OGR_G_GetEnvelope(OGR_F_GetGeometryRef(fs[1].get()), &e);
    EXPECT_EQ(text(fs[1].get(), "ma_vung"), "VN-STOR-0002");
    // B spans x 559 500–560 500; clipped at the border x = 560 000 (the zone
    // edge is straight in lon/lat, hence a tolerance of a few cm back in TM-3).
    EXPECT_NEAR(e.MinX, 559500, 1e-3);
    EXPECT_NEAR(e.MaxX, 560000, 0.05);
    EXPECT_NEAR(OGR_G_Area(OGR_F_GetGeometryRef(fs[1].get())), 500.0 * 1000.0, 50.0);

    o.zoneCode = "999";
    EXPECT_THROW(geo::exportLayer(p.ws, "planting_areas", o), geo::Error);
}

// ---------------------------------------------------------------- shapefile limits

bool validUtf8(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n;
    }
    return true;
}

geo::Layer longNamesLayer(const std::string& longText) {
    geo::Layer layer;
    layer.name = "htx";
    layer.crs = geo::describeCrs("EPSG:9209");
    layer.fields = {{"vt_coop_name", geo::FieldType::String}, {"vt_coop_nationality", geo::FieldType::String},
                    {"vt_coop_members", geo::FieldType::Integer}, {"ma", geo::FieldType::String}};
    geo::Feature f;
    f.attributes = {longText, std::string("Việt Nam"), std::int64_t{32}, std::string("HTX-0001")};
    f.geometry = geo::Geometry::point({560000, 1060000});
    layer.features = {f};
    return layer;
}

TEST(Shapefile, LongFieldNamesAreCutUniquelyAndMappedInAFile) {
    TempDir dir;
    geo::ExportOptions o;
    o.format = ExportFormat::Shapefile;
    o.outputPath = dir.file("htx.shp");
    geo::ExportReport r = geo::exportLayer(longNamesLayer("Hợp tác xã"), o);
    EXPECT_EQ(r.fieldMapPath, dir.file("htx.fieldmap.csv"));
    EXPECT_EQ(readBytes(dir.path() / "htx.fieldmap.csv"),
              "original,shapefile\n"
              "vt_coop_name,vt_coop_na\n"
              "vt_coop_nationality,vt_coop__1\n"
              "vt_coop_members,vt_coop_me\n"
              "ma,ma\n");
    EXPECT_EQ(readBytes(dir.path() / "htx.cpg").substr(0, 5), "UTF-8");
    Dataset ds = openWithGdal(o.outputPath);
    auto fs = features(GDALDatasetGetLayer(ds.get(), 0));
    ASSERT_EQ(fs.size(), 1u);
    EXPECT_EQ(text(fs[0].get(), "vt_coop__1"), "Việt Nam");
    EXPECT_EQ(OGR_F_GetFieldAsInteger64(fs[0].get(), field(fs[0].get(), "vt_coop_me")), 32);

    // Re-exporting without long names removes the stale mapping.
    geo::Layer shortNames = longNamesLayer("x");
    shortNames.fields = {{"a", geo::FieldType::String}, {"b", geo::FieldType::String},
                         {"c", geo::FieldType::Integer}, {"d", geo::FieldType::String}};
    EXPECT_TRUE(geo::exportLayer(shortNames, o).fieldMapPath.empty());
    EXPECT_FALSE(fs::exists(dir.path() / "htx.fieldmap.csv"));
}

TEST(Shapefile, TextLongerThan254BytesIsCutAtACharacterBoundaryAndReported) {
    // 252 ASCII bytes, then "ạ" (E1 BA A1) straddling bytes 253–255, then more: 300 bytes.
    std::string longText = std::string(252, 'a') + "ạ";
    while (longText.size() < 300) longText += "ờ";  // E1 BB 9D
    ASSERT_GE(longText.size(), 300u);
    TempDir dir;
    geo::ExportOptions o;
    o.format = ExportFormat::Shapefile;
    o.outputPath = dir.file("htx.shp");
    geo::ExportReport r = geo::exportLayer(longNamesLayer(longText), o);
    bool reported = false;
    for (const auto& n : r.notes) reported = reported || n.find("cut to 252") != std::string::npos;
    EXPECT_TRUE(reported) << "the cut is reported";

    Dataset ds = openWithGdal(o.outputPath);
    auto fs = features(GDALDatasetGetLayer(ds.get(), 0));
    ASSERT_EQ(fs.size(), 1u);
    std::string back = text(fs[0].get(), "vt_coop_na");
    EXPECT_EQ(back, std::string(252, 'a'));
    EXPECT_TRUE(validUtf8(back));

    // A Vietnamese text of exactly 300 bytes, all 3-byte characters: 84 of them fit.
    std::string viet;
    while (viet.size() < 300) viet += "ệ";
    TempDir dir2;
    o.outputPath = dir2.file("v.shp");
    geo::exportLayer(longNamesLayer(viet), o);
    Dataset ds2 = openWithGdal(o.outputPath);
    auto fs2 = features(GDALDatasetGetLayer(ds2.get(), 0));
    std::string back2 = text(fs2[0].get(), "vt_coop_na");
    EXPECT_TRUE(validUtf8(back2));
    EXPECT_EQ(back2.size(), 252u);
    EXPECT_EQ(back2, viet.substr(0, 252));
}

TEST(Shapefile, TruncateUtf8NeverSplitsACharacter) {
    EXPECT_EQ(geo::truncateUtf8("Trị", 4), "Tr");    // ị is 3 bytes at 2..4
    EXPECT_EQ(geo::truncateUtf8("Trị", 5), "Trị");
    EXPECT_EQ(geo::truncateUtf8("Trị", 2), "Tr");
    EXPECT_EQ(geo::truncateUtf8("ab", 0), "");
    EXPECT_EQ(geo::truncateUtf8("a😀", 4), "a");      // 4-byte character
}

// ---------------------------------------------------------------- atomicity

std::map<std::string, std::string> folderSnapshot(const fs::path& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out[e.path().filename().string()] = readBytes(e.path());
    return out;
}

class Atomic : public ::testing::TestWithParam<FormatCase> {};

TEST_P(Atomic, FailureMidWriteLeavesThePreviousFileByteIdenticalAndSaysWhy) {
    const FormatCase& fc = GetParam();
    TestProject p(300);  // enough features for several progress calls while writing
    fs::path outDir = p.dir.path() / "out";
    fs::create_directories(outDir);
    geo::ExportOptions o;
    o.format = fc.format;
    o.outputPath = (outDir / fc.file).string();
    o.featureIndexes = {0, 1, 2};
    geo::exportLayer(p.ws, "planting_areas", o);  // the earlier file
    auto before = folderSnapshot(outDir);
    ASSERT_FALSE(before.empty());

    o.featureIndexes.clear();
    // Injected failure: the disk "fills up" once writing has started.
    int calls = 0;
    geo::ProgressFn failing = [&](double fraction, const std::string& stage) -> bool {
        if (stage.rfind("writing", 0) == 0 && fraction > 0.55 && ++calls >= 2)
            throw geo::IoError("cannot write '" + o.outputPath + "': No space left on device (simulated)");
        return true;
    };
    try {
        geo::exportLayer(p.ws, "planting_areas", o, failing);
        FAIL() << "the export should have failed";
    } catch (const geo::IoError& e) {
        EXPECT_NE(std::string(e.what()).find("No space left on device"), std::string::npos) << e.what();
    }
    EXPECT_GE(calls, 2) << "the failure came mid-write";
    EXPECT_EQ(folderSnapshot(outDir), before) << "previous file intact, no temporary files left";

    // Cancelled from the progress callback: the same guarantee.
    calls = 0;
    geo::ProgressFn cancelling = [&](double fraction, const std::string&) { return !(fraction > 0.55 && ++calls >= 2); };
    EXPECT_THROW(geo::exportLayer(p.ws, "planting_areas", o, cancelling), geo::Cancelled);
    EXPECT_EQ(folderSnapshot(outDir), before);

    // And without a failure, the new file replaces the old.
    EXPECT_EQ(geo::exportLayer(p.ws, "planting_areas", o).featuresWritten, 303u);
    EXPECT_NE(folderSnapshot(outDir), before);
}

INSTANTIATE_TEST_SUITE_P(
    EveryFormat, Atomic,
    ::testing::ValuesIn(kEveryFormat),
    [](const auto& info) { return std::string(geo::toString(info.param.format)); });

TEST(Atomic, UnwritableTargetFolderIsReportedWithTheReason) {
    TestProject p;
    writeText(p.dir.path() / "a_file", "x");
    for (auto [format, name] : {std::pair{ExportFormat::GeoJson, "x.geojson"}, std::pair{ExportFormat::GeoPackage, "x.gpkg"},
                                std::pair{ExportFormat::Shapefile, "x.shp"}, std::pair{ExportFormat::Csv, "x.csv"}}) {
        geo::ExportOptions o;
        o.format = format;
        o.outputPath = (p.dir.path() / "a_file" / name).string();  // parent is a regular file
        try {
            geo::exportLayer(p.ws, "planting_areas", o);
            ADD_FAILURE() << "no error for " << o.outputPath;
        } catch (const geo::IoError& e) {
            std::string m = e.what();
            EXPECT_NE(m.find(o.outputPath), std::string::npos) << m;
            EXPECT_TRUE(m.find("Not a directory") != std::string::npos || m.find("No such file") != std::string::npos ||
                        m.find("not") != std::string::npos)
                << m;
        }
    }
    EXPECT_EQ(readBytes(p.dir.path() / "a_file"), "x");
}

// ---------------------------------------------------------------- never over a source

TEST(Export, RefusesToOverwriteASourceOfTheOpenProjectHoweverSpelled) {
    TestProject p;
    auto before = folderSnapshot(p.dir.path());
    fs::create_directories(p.dir.path() / "sub");
    fs::create_symlink(p.dir.path() / "vung_trong.shp", p.dir.path() / "link.shp");
    struct Case {
        ExportFormat format;
        std::string path;
    };
    std::vector<Case> cases = {
        {ExportFormat::Shapefile, p.dir.file("vung_trong.shp")},
        {ExportFormat::Shapefile, (p.dir.path() / "sub" / ".." / "vung_trong.shp").string()},
        {ExportFormat::GeoJson, p.dir.file("link.shp")},
        {ExportFormat::GeoJson, p.dir.file("vung_trong.dbf")},            // a sidecar of the source
        {ExportFormat::Csv, p.dir.file("vung_trong.dbf")},
        {ExportFormat::Shapefile, p.dir.file("vung_trong.SHP")},          // writes vung_trong.dbf beside it
        {ExportFormat::GeoJson, p.dir.file("p.vtproj")},                  // the project file
        {ExportFormat::GeoPackage, p.dir.file("huyen.shp")},              // another layer's source
    };
    for (const auto& c : cases) {
        geo::ExportOptions o;
        o.format = c.format;
        o.outputPath = c.path;
        try {
            geo::exportLayer(p.ws, "planting_areas", o);
            ADD_FAILURE() << "wrote over " << c.path;
        } catch (const geo::IoError& e) {
            EXPECT_NE(std::string(e.what()).find("refusing"), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find("open project"), std::string::npos) << e.what();
        }
    }
    fs::remove(p.dir.path() / "link.shp");
    fs::remove(p.dir.path() / "sub");
    EXPECT_EQ(folderSnapshot(p.dir.path()), before);
}

// One quoting rule (geo/csv.h): a field is quoted exactly when it must be.
TEST(Csv, TextIsQuotedOnlyWhenItHoldsTheSeparatorAQuoteALineBreakOrEdgeSpaces) {
    EXPECT_EQ(geo::csvText("Thạnh Trị"), "Thạnh Trị");
    EXPECT_EQ(geo::csvText("a,b"), "\"a,b\"");
    EXPECT_EQ(geo::csvText("a;b"), "a;b");
    EXPECT_EQ(geo::csvText("a;b", ';'), "\"a;b\"");
    EXPECT_EQ(geo::csvText("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(geo::csvText("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(geo::csvText(" edge"), "\" edge\"");
    EXPECT_EQ(geo::csvText(""), "\"\"") << "empty text differs from a missing value";
    EXPECT_EQ(geo::csvCell(""), "") << "a missing value";
    EXPECT_EQ(geo::csvCell("a,b"), "\"a,b\"");
    EXPECT_EQ(geo::csvNumber("-1234.5", geo::CsvDialect::excel(',')), "-1234,5");
    EXPECT_EQ(geo::csvNumber("1e+70", geo::CsvDialect::excel('.')), "1e+70");
    EXPECT_EQ(geo::CsvDialect::excel(',').separator, ';');
    EXPECT_EQ(geo::CsvDialect::excel('.').separator, ',');
}

// Excel's dialect (BOM, decimal comma, ';') holds the same values as the
// default one: GDAL's CSV reader, an independent reader, gets both back alike.
TEST(Csv, ExcelDialectWithADecimalCommaReadsBackTheSameValues) {
    TestProject p;
    geo::ExportOptions plain;
    plain.format = ExportFormat::Csv;
    plain.outputPath = p.dir.file("plain.csv");
    geo::exportLayer(p.ws, "planting_areas", plain);
    geo::ExportOptions excel = plain;
    excel.outputPath = p.dir.file("excel.csv");
    excel.csvDialect = geo::CsvDialect::excel(',');
    geo::exportLayer(p.ws, "planting_areas", excel);

    std::string bytes = readBytes(excel.outputPath);
    EXPECT_EQ(bytes.rfind("\xEF\xBB\xBFma_vung;ten_htx;so_tien_vnd;dt_khai;", 0), 0u) << bytes.substr(0, 60);
    EXPECT_NE(bytes.find(";12,5;"), std::string::npos) << "dt_khai 12.5 with a decimal comma";

    Dataset a = openWithGdal(plain.outputPath), b = openWithGdal(excel.outputPath);
    ASSERT_TRUE(a && b);
    auto fa = features(GDALDatasetGetLayer(a.get(), 0)), fb = features(GDALDatasetGetLayer(b.get(), 0));
    ASSERT_EQ(fa.size(), 3u);
    ASSERT_EQ(fb.size(), fa.size());
    OGRFeatureDefnH da = OGR_L_GetLayerDefn(GDALDatasetGetLayer(a.get(), 0));
    OGRFeatureDefnH db = OGR_L_GetLayerDefn(GDALDatasetGetLayer(b.get(), 0));
    ASSERT_EQ(OGR_FD_GetFieldCount(db), OGR_FD_GetFieldCount(da));
    for (int i = 0; i < OGR_FD_GetFieldCount(da); ++i) {
        OGRFieldDefnH fda = OGR_FD_GetFieldDefn(da, i);
        EXPECT_STREQ(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(db, i)), OGR_Fld_GetNameRef(fda));
        EXPECT_EQ(OGR_Fld_GetType(OGR_FD_GetFieldDefn(db, i)), OGR_Fld_GetType(fda)) << OGR_Fld_GetNameRef(fda);
        for (std::size_t r = 0; r < fa.size(); ++r) {
            if (OGR_Fld_GetType(fda) == OFTReal)
                EXPECT_EQ(OGR_F_GetFieldAsDouble(fb[r].get(), i), OGR_F_GetFieldAsDouble(fa[r].get(), i));
            else
                EXPECT_STREQ(OGR_F_GetFieldAsString(fb[r].get(), i), OGR_F_GetFieldAsString(fa[r].get(), i))
                    << OGR_Fld_GetNameRef(fda) << " row " << r;
        }
    }
}

TEST(Export, FormatNamesParse) {
    EXPECT_EQ(geo::parseExportFormat("GeoJSON"), ExportFormat::GeoJson);
    EXPECT_EQ(geo::parseExportFormat("geojsonseq"), ExportFormat::GeoJsonSeq);
    EXPECT_EQ(geo::parseExportFormat("gpkg"), ExportFormat::GeoPackage);
    EXPECT_EQ(geo::parseExportFormat("shp"), ExportFormat::Shapefile);
    EXPECT_EQ(geo::parseExportFormat("XLSX"), ExportFormat::Xlsx);
    EXPECT_FALSE(geo::parseExportFormat("kml"));
    // Every name and alias of the table parses to its format, and no two
    // formats share one.
    std::set<std::string> seen;
    for (const auto& spec : geo::exportFormats()) {
        EXPECT_EQ(geo::parseExportFormat(spec.name), spec.format);
        EXPECT_EQ(geo::toString(spec.format), spec.name);
        EXPECT_EQ(&geo::exportFormatSpec(spec.format), &spec);
        EXPECT_TRUE(seen.insert(spec.name).second) << spec.name;
        for (const auto& alias : spec.aliases) {
            EXPECT_EQ(geo::parseExportFormat(alias), spec.format) << alias;
            EXPECT_TRUE(seen.insert(alias).second) << alias;
        }
        EXPECT_EQ(spec.extensions.empty(), spec.database) << spec.name << ": a file format has an extension";
        for (const auto& ext : spec.extensions) EXPECT_EQ(ext.front(), '.') << spec.name;
        // A GDAL-written format names its driver; so does XLSX, read back by GDAL's.
        const bool gdalReads = spec.writer == geo::ExportWriter::Gdal || spec.writer == geo::ExportWriter::Xlsx;
        EXPECT_EQ(gdalReads, !spec.gdalDriver.empty() && !spec.database) << spec.name;
    }
}

}  // namespace
