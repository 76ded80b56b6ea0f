// Saving edits back to a layer's source (geo/layer_save.h): GeoPackage in one
// transaction, Shapefile as a new file set swapped in with a backup. Every
// expectation is read back through GDAL directly, not through geo::readLayer.
#include <gtest/gtest.h>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>
#include <map>

#include "error_of.h"
#include "geo/encoding.h"
#include "geo/layer_save.h"
#include "geo/source.h"
#include "layer_save_internal.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using geo::FeatureEdit;
using vt_test::TempDir;

// One feature as GDAL reads it back: every field as text (raw bytes for a
// DBF opened with ENCODING=""), geometry as WKT in the file's own coordinates.
struct Row {
    std::map<std::string, std::string> fields;
    std::string wkt;
    OGRGeometryH geometry = nullptr;
};

struct Readback {
    std::map<std::int64_t, Row> rows;  // by FID
    ~Readback() {
        for (auto& [fid, r] : rows)
            if (r.geometry) OGR_G_DestroyGeometry(r.geometry);
    }
};

std::unique_ptr<Readback> readBack(const std::string& path, bool rawText = false) {
    GDALAllRegister();
    char** open = nullptr;
    if (rawText) open = CSLSetNameValue(open, "ENCODING", "");
    GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, open, nullptr);
    CSLDestroy(open);
    if (!ds) throw std::runtime_error("GDAL cannot open " + path);
    auto out = std::make_unique<Readback>();
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        Row row;
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
            row.fields[OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i))] =
                OGR_F_IsFieldSetAndNotNull(f, i) ? OGR_F_GetFieldAsString(f, i) : "<null>";
        if (OGRGeometryH g = OGR_F_GetGeometryRef(f)) {
            char* wkt = nullptr;
            OGR_G_ExportToWkt(g, &wkt);
            row.wkt = wkt;
            CPLFree(wkt);
            row.geometry = OGR_G_Clone(g);
        }
        out->rows.emplace(OGR_F_GetFID(f), std::move(row));
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    return out;
}

// Writes a polygon layer with fields code (text 20), name (text 50), ha
// (real 12.4) and members (integer 9). Texts are written as given (raw bytes
// with ENCODING="" for a shapefile); cpg: the .cpg to write beside a shapefile.
struct FixtureFeature {
    std::string code, name;
    double ha;
    int members;
    std::string wkt;
};

std::string writeFixture(const std::string& path, const char* driverName, int epsg,
                         const std::vector<FixtureFeature>& features, const std::string& cpg = "") {
    GDALAllRegister();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName(driverName), path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds) throw std::runtime_error("fixture: cannot create " + path);
    OGRSpatialReferenceH srs = nullptr;
    if (epsg) {
        srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, epsg);
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    }
    char** lco = nullptr;
    if (std::string(driverName) == "ESRI Shapefile") lco = CSLSetNameValue(lco, "ENCODING", "");
    OGRLayerH layer = GDALDatasetCreateLayer(ds, fs::path(path).stem().c_str(), srs, wkbPolygon, lco);
    CSLDestroy(lco);
    struct Def {
        const char* name;
        OGRFieldType type;
        int width, precision;
    };
    for (const Def& d : {Def{"code", OFTString, 20, 0}, Def{"name", OFTString, 50, 0}, Def{"ha", OFTReal, 12, 4},
                         Def{"members", OFTInteger, 9, 0}}) {
        OGRFieldDefnH fd = OGR_Fld_Create(d.name, d.type);
        OGR_Fld_SetWidth(fd, d.width);
        OGR_Fld_SetPrecision(fd, d.precision);
        OGR_L_CreateField(layer, fd, FALSE);
        OGR_Fld_Destroy(fd);
    }
    for (const auto& ff : features) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(f, 0, ff.code.c_str());
        OGR_F_SetFieldString(f, 1, ff.name.c_str());
        OGR_F_SetFieldDouble(f, 2, ff.ha);
        OGR_F_SetFieldInteger(f, 3, ff.members);
        OGRGeometryH g = nullptr;
        char* text = const_cast<char*>(ff.wkt.c_str());
        OGR_G_CreateFromWkt(&text, nullptr, &g);
        OGR_F_SetGeometryDirectly(f, g);
        if (OGR_L_CreateFeature(layer, f) != OGRERR_NONE) throw std::runtime_error("fixture: cannot write " + path);
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    if (srs) OSRRelease(srs);
    if (!cpg.empty()) vt_test::writeText(fs::path(path).replace_extension(".cpg"), cpg);
    return path;
}

std::string square(double x, double y, double side) {
    auto n = [](double v) {
        char b[64];
        std::snprintf(b, sizeof b, "%.10g", v);
        return std::string(b);
    };
    return "POLYGON ((" + n(x) + " " + n(y) + "," + n(x + side) + " " + n(y) + "," + n(x + side) + " " + n(y + side) +
           "," + n(x) + " " + n(y + side) + "," + n(x) + " " + n(y) + "))";
}

geo::Geometry squareGeometry(double x, double y, double side) {
    geo::Polygon p;
    p.rings.push_back({{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}, {x, y}});
    return geo::Geometry::polygon(p);
}

// LayerEdits for a layer as geo::readLayer reads it, geometry in its own CRS.
geo::LayerEdits editsFor(const std::string& path) {
    geo::Layer layer = geo::readLayer(path);
    geo::LayerEdits edits;
    edits.sourcePath = path;
    edits.fields = layer.fields;
    edits.crs = layer.crs;
    edits.encoding = layer.encoding;
    edits.loaded = geo::stampSource(path);
    return edits;
}

FeatureEdit edit(FeatureEdit::Kind kind, std::int64_t fid, std::vector<geo::Value> attributes = {},
                 geo::Geometry geometry = {}) {
    FeatureEdit e;
    e.kind = kind;
    e.fid = fid;
    e.attributes = std::move(attributes);
    e.geometry = std::move(geometry);
    return e;
}

// The SHA-256 of every file of the source: equal before and after means untouched.
std::vector<std::string> hashes(const std::string& path) {
    std::vector<std::string> out;
    for (const auto& f : geo::stampSource(path).files) out.push_back(f.path.filename().string() + " " + f.sha256);
    return out;
}

const std::vector<FixtureFeature> kThree = {
    {"ST-001", "Long Phu", 1.25, 30, square(105.90, 9.60, 0.01)},
    {"ST-002", "My Xuyen", 2.5, 41, square(105.92, 9.60, 0.01)},
    {"ST-003", "Tran De", 3.75, 52, square(105.94, 9.60, 0.01)},
};

// ---------------------------------------------------------------------------
// GeoPackage

TEST(SaveGeoPackage, UpdateInsertDeleteInOneTransactionAndUneditedFeaturesAreUntouched) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("plots.gpkg"), "GPKG", 4326, kThree);
    auto before = readBack(path);
    geo::LayerEdits edits = editsFor(path);
    edits.edits.push_back(edit(FeatureEdit::Kind::Update, 2,
                               {std::string("ST-002"), std::string("Thạnh Trị"), 4.125, std::int64_t{44}},
                               squareGeometry(105.93, 9.61, 0.02)));
    edits.edits.push_back(edit(FeatureEdit::Kind::Delete, 3));
    edits.edits.push_back(edit(FeatureEdit::Kind::Insert, -1,
                               {std::string("ST-094"), std::string("Cù Lao Dung"), 0.5, std::monostate{}},
                               squareGeometry(106.0, 9.7, 0.005)));
    geo::SaveResult result = geo::saveLayerEdits(edits);

    auto after = readBack(path);
    ASSERT_EQ(result.insertedFids.size(), 1u);
    const std::int64_t inserted = result.insertedFids[0];
    EXPECT_EQ(after->rows.size(), 3u);
    EXPECT_EQ(after->rows.count(3), 0u);
    // Unedited: every attribute and the geometry exactly as before.
    EXPECT_EQ(after->rows.at(1).fields, before->rows.at(1).fields);
    EXPECT_EQ(after->rows.at(1).wkt, before->rows.at(1).wkt);
    // Updated.
    const Row& updated = after->rows.at(2);
    EXPECT_EQ(updated.fields.at("name"), "Thạnh Trị");
    EXPECT_EQ(std::stod(updated.fields.at("ha")), 4.125);
    EXPECT_EQ(updated.fields.at("members"), "44");
    EXPECT_EQ(updated.wkt, "POLYGON ((105.93 9.61,105.95 9.61,105.95 9.63,105.93 9.63,105.93 9.61))");
    // Inserted, a null where the edit had none.
    const Row& added = after->rows.at(inserted);
    EXPECT_EQ(added.fields.at("code"), "ST-094");
    EXPECT_EQ(added.fields.at("name"), "Cù Lao Dung");
    EXPECT_EQ(added.fields.at("members"), "<null>");
    // The new stamp is what is on disk now: the base of the next save.
    EXPECT_EQ(hashes(path), [&] {
        std::vector<std::string> h;
        for (const auto& f : result.saved.files) h.push_back(f.path.filename().string() + " " + f.sha256);
        return h;
    }());
    EXPECT_FALSE(result.backup.has_value());
}

TEST(SaveGeoPackage, AFailureBeforeCommitRollsEverythingBack) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("plots.gpkg"), "GPKG", 4326, kThree);
    const auto hashesBefore = hashes(path);
    geo::LayerEdits edits = editsFor(path);
    edits.edits.push_back(edit(FeatureEdit::Kind::Delete, 1));
    edits.edits.push_back(edit(FeatureEdit::Kind::Update, 2,
                               {std::string("ST-002"), std::string("x"), 1.0, std::int64_t{1}},
                               squareGeometry(105.93, 9.61, 0.02)));
    geo::detail::SaveHooks hooks;
    hooks.beforeCommit = [] { throw geo::IoError("injected: the disk is full"); };
    std::string message = vt_test::errorOf([&] { geo::detail::saveLayerEdits(edits, hooks); });
    EXPECT_NE(message.find("injected"), std::string::npos) << message;
    EXPECT_EQ(readBack(path)->rows.size(), 3u);
    EXPECT_EQ(readBack(path)->rows.at(2).fields.at("name"), "My Xuyen");
    // A rolled-back SQLite transaction leaves the file's bytes as they were.
    EXPECT_EQ(hashes(path), hashesBefore);
}

TEST(SaveGeoPackage, AnEditOfAFeatureThatIsGoneNamesItAndWritesNothing) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("plots.gpkg"), "GPKG", 4326, kThree);
    const auto hashesBefore = hashes(path);
    geo::LayerEdits edits = editsFor(path);
    edits.edits.push_back(edit(FeatureEdit::Kind::Delete, 1));
    edits.edits.push_back(edit(FeatureEdit::Kind::Delete, 77));
    std::string message = vt_test::errorOf([&] { geo::saveLayerEdits(edits); });
    EXPECT_NE(message.find("feature FID 77"), std::string::npos) << message;
    EXPECT_NE(message.find("plots.gpkg"), std::string::npos) << message;
    EXPECT_EQ(hashes(path), hashesBefore);
}

}  // namespace
