// Saving edits back to a layer's source (geo/layer_save.h): GeoPackage in one
// transaction, Shapefile as a new file set swapped in with a backup. Every
// expectation is read back through GDAL directly, not through geo::readLayer.
#include <gtest/gtest.h>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <map>

#include "error_of.h"
#include "geo/atomic_file.h"
#include "geo/edit_journal.h"
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
    std::vector<std::string> values;  // the same, by field index
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
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
            row.values.push_back(OGR_F_IsFieldSetAndNotNull(f, i) ? OGR_F_GetFieldAsString(f, i) : "<null>");
            row.fields[OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i))] = row.values.back();
        }
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

// The exterior ring of g holds exactly the corners of square(x, y, side) (any
// order and orientation), within 1e-12 degrees: compared as numbers, not as
// WKT text, whose digits depend on GDAL's OGR_WKT_PRECISION.
void expectSquare(OGRGeometryH g, double x, double y, double side) {
    ASSERT_NE(g, nullptr);
    OGRGeometryH ring = OGR_G_GetGeometryRef(g, 0);
    ASSERT_EQ(OGR_G_GetPointCount(ring), 5);
    const std::vector<geo::XY> corners = {{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}};
    for (int i = 0; i < 5; ++i) {
        const double px = OGR_G_GetX(ring, i), py = OGR_G_GetY(ring, i);
        EXPECT_TRUE(std::any_of(corners.begin(), corners.end(), [&](const geo::XY& c) {
            return std::fabs(px - c.x) < 1e-12 && std::fabs(py - c.y) < 1e-12;
        })) << std::setprecision(17) << px << " " << py;
    }
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
    expectSquare(updated.geometry, 105.93, 9.61, 0.02);
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

namespace {

// ---------------------------------------------------------------------------
// Shapefile

// "Sóc Trăng" and "Mỹ Tú" in Windows-1258, as Windows writes them: ó and ă
// are single bytes (0xF3, 0xE3), ỹ is y + combining tilde (0xDE), ú 0xFA.
// python3 -c "print('Sóc Trăng'.encode('cp1258'))"; for 'Mỹ Tú':
// python3 -c "import unicodedata as u; print(u.normalize('NFD','ỹ').encode('cp1258'), 'ú'.encode('cp1258'))"
const std::string kSocTrangCp1258 = "S\xF3" "c Tr\xE3" "ng";
const std::string kMyTuCp1258 = "My\xDE T\xFA";

std::vector<FixtureFeature> cp1258Features() {
    return {{"ST-001", kSocTrangCp1258, 1.25, 30, square(105.90, 9.60, 0.01)},
            {"ST-002", "My Xuyen", 2.5, 41, square(105.92, 9.60, 0.01)},
            {"ST-003", kMyTuCp1258, 3.75, 52, square(105.94, 9.60, 0.01)}};
}

std::vector<fs::path> filesIn(const fs::path& folder) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(folder)) out.push_back(fs::relative(e.path(), folder));
    std::sort(out.begin(), out.end());
    return out;
}

TEST(SaveShapefile, Cp1258TextIsWrittenBackInCp1258AndUneditedFeaturesKeepTheirBytes) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("plots.shp"), "ESRI Shapefile", 4326, cp1258Features(), "1258");
    const std::string prjBefore = vt_test::readBytes(dir.path() / "plots.prj");
    const auto hashesBefore = hashes(path);
    auto before = readBack(path, true);
    geo::LayerEdits edits = editsFor(path);
    ASSERT_EQ(edits.encoding, "CP1258");
    edits.edits.push_back(edit(FeatureEdit::Kind::Delete, 0));
    edits.edits.push_back(edit(FeatureEdit::Kind::Update, 1,
                               {std::string("ST-002"), std::string("Thạnh Trị"), 4.125, std::int64_t{44}},
                               squareGeometry(105.93, 9.61, 0.02)));
    edits.edits.push_back(edit(FeatureEdit::Kind::Insert, -1,
                               {std::string("ST-094"), std::string("Cù Lao Dung"), 0.5, std::int64_t{7}},
                               squareGeometry(106.0, 9.7, 0.005)));
    geo::SaveResult result = geo::saveLayerEdits(edits);
    EXPECT_TRUE(result.fidsRenumbered);
    ASSERT_EQ(result.insertedFids, std::vector<std::int64_t>{2});

    auto raw = readBack(path, true);
    ASSERT_EQ(raw->rows.size(), 3u);
    // The unedited feature (FID 2, now 1 after the delete): bytes and geometry as they were.
    EXPECT_EQ(raw->rows.at(1).fields, before->rows.at(2).fields);
    EXPECT_EQ(raw->rows.at(1).fields.at("name"), kMyTuCp1258);
    EXPECT_EQ(raw->rows.at(1).wkt, before->rows.at(2).wkt);
    // The edited text in CP1258 bytes: ạ and ị are a letter + combining dot below (0xF2),
    // ù is 0xF9. python3 -c "import unicodedata as u; print(u.normalize('NFD','Thạnh Trị').encode('cp1258'))"
    EXPECT_EQ(raw->rows.at(0).fields.at("name"), "Tha\xF2nh Tri\xF2");
    EXPECT_EQ(raw->rows.at(2).fields.at("name"), "C\xF9 Lao Dung");
    expectSquare(raw->rows.at(0).geometry, 105.93, 9.61, 0.02);
    // GDAL reading with the .cpg (its own CP1258 decoder, iconv) gives the Vietnamese text.
    auto decoded = readBack(path);
    // (By index: GDAL 3.6's CP1258 recoding drops the last letter of a field
    // name, "name" → "nam": iconv's CP1258 holds a letter back for a tone
    // mark that may follow, and GDAL does not flush it; the same bites a value
    // ending in a vowel, so the unedited "Mỹ Tú" is checked by its bytes above.)
    EXPECT_EQ(geo::toNfc(decoded->rows.at(0).values.at(1)), "Thạnh Trị");
    // The .cpg and .prj byte for byte.
    EXPECT_EQ(vt_test::readBytes(dir.path() / "plots.cpg"), "1258");
    EXPECT_EQ(vt_test::readBytes(dir.path() / "plots.prj"), prjBefore);
    // The old set is in the backup, whole: the same hashes as before the save.
    ASSERT_TRUE(result.backup.has_value());
    EXPECT_EQ(result.backup->parent_path().filename(), ".vungtrong-backup");
    EXPECT_EQ(hashes(result.backup->string()).size(), hashesBefore.size());
    EXPECT_EQ(readBack(result.backup->string(), true)->rows.at(0).fields.at("name"), kSocTrangCp1258);
    // Nothing else is left beside the source: no temporary files, no journal.
    EXPECT_EQ(filesIn(dir.path()).size(), 5u + 1u + 5u)
        << "plots.{shp,shx,dbf,prj,cpg}, the backup folder, its 5 files";
}

TEST(SaveShapefile, Vn2000GeometryIsWrittenInTheSourcesCrs) {
    TempDir dir;
    // A plot in VN-2000 / TM-3 105-30 (EPSG:9209) near Sóc Trăng, in metres.
    const std::string path = writeFixture(
        dir.file("plots9209.shp"), "ESRI Shapefile", 9209,
        {{"ST-001", "a", 1, 1, square(551000, 1061000, 100)}, {"ST-002", "b", 2, 2, square(552000, 1061000, 100)}},
        "UTF-8");
    geo::LayerEdits edits = editsFor(path);
    ASSERT_EQ(edits.crs.authorityCode, "EPSG:9209");
    // The edited polygon as the app holds it: in WGS 84 lon/lat, taken there
    // by the reader's own transformation, as normalising does.
    const std::vector<geo::XY> metres = {{551200.25, 1061300.5}, {551290.75, 1061300.5}, {551290.75, 1061389.125},
                                         {551200.25, 1061300.5}};
    geo::Transformer toWgs(edits.crs, geo::wgs84());
    geo::Polygon lonLat;
    lonLat.rings.emplace_back();
    for (auto p : metres) lonLat.rings[0].push_back(toWgs.forward(p));
    edits.crs = geo::wgs84();
    edits.edits.push_back(edit(FeatureEdit::Kind::Update, 1,
                               {std::string("ST-002"), std::string("b"), 2.0, std::int64_t{2}},
                               geo::Geometry::polygon(lonLat)));
    geo::saveLayerEdits(edits);
    auto after = readBack(path);
    OGRGeometryH ring = OGR_G_GetGeometryRef(after->rows.at(1).geometry, 0);
    ASSERT_EQ(OGR_G_GetPointCount(ring), 4);
    // Back in metres: PROJ's inverse of the reader's operation (VN-2000 to
    // WGS 84 (2)) is not exact, its Helmert step drops the height (push/pop
    // v_3), so a vertex comes back 0.07 mm east. The figures are PROJ's own
    // round trip by cct, 1e-8 m being its printing:
    //   P=$(projinfo -s EPSG:9209 -t EPSG:4326 --spatial-test intersects -o PROJ -q --single-line | head -1)
    //   printf "551200.25 1061300.5 0 0\n551290.75 1061300.5 0 0\n551290.75 1061389.125 0 0\n" |
    //     cct -d 14 $P | cct -d 9 -I $P
    const std::vector<geo::XY> roundTrip = {{551200.250066610, 1061300.499961558},
                                            {551290.750066523, 1061300.499961607},
                                            {551290.750066569, 1061389.124961579}};
    // The shapefile writer turns the outer ring clockwise: compare as a set.
    for (int i = 0; i < 4; ++i) {
        double x = OGR_G_GetX(ring, i), y = OGR_G_GetY(ring, i);
        bool found = false;
        for (const auto& m : roundTrip)
            if (std::fabs(x - m.x) < 1e-8 && std::fabs(y - m.y) < 1e-8) found = true;
        EXPECT_TRUE(found) << std::setprecision(17) << x << " " << y;
    }
    // The unedited feature's coordinates, exactly.
    EXPECT_EQ(after->rows.at(0).wkt, "POLYGON ((551000 1061000,551000 1061100,551100 1061100,551100 1061000,551000 1061000))");
    // The .prj still says EPSG:9209's name.
    EXPECT_NE(vt_test::readBytes(dir.path() / "plots9209.prj").find("VN-2000"), std::string::npos);

    // Edits in the source's own CRS are written as given, to the last bit.
    geo::LayerEdits again = editsFor(path);
    geo::Polygon drawn;
    drawn.rings.push_back(metres);
    again.edits.push_back(edit(FeatureEdit::Kind::Update, 0,
                               {std::string("ST-001"), std::string("a"), 1.0, std::int64_t{1}},
                               geo::Geometry::polygon(drawn)));
    geo::saveLayerEdits(again);
    auto exact = readBack(path);
    ring = OGR_G_GetGeometryRef(exact->rows.at(0).geometry, 0);
    ASSERT_EQ(OGR_G_GetPointCount(ring), 4);
    for (int i = 0; i < 4; ++i) {
        double x = OGR_G_GetX(ring, i), y = OGR_G_GetY(ring, i);
        EXPECT_TRUE(std::any_of(metres.begin(), metres.end(), [&](const geo::XY& m) {
            return std::fabs(x - m.x) < 1e-9 && std::fabs(y - m.y) < 1e-9;
        })) << std::setprecision(17) << x << " " << y;
    }
}

TEST(SaveShapefile, ASourceChangedAfterItWasReadIsAConflictAndNothingIsWritten) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("plots.shp"), "ESRI Shapefile", 4326, kThree, "UTF-8");
    geo::LayerEdits edits = editsFor(path);
    edits.edits.push_back(edit(FeatureEdit::Kind::Delete, 0));
    // Another program rewrites a name in the .dbf after we read it.
    {
        GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
        OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
        OGRFeatureH f = OGR_L_GetFeature(layer, 2);
        OGR_F_SetFieldString(f, 1, "Changed elsewhere");
        ASSERT_EQ(OGR_L_SetFeature(layer, f), OGRERR_NONE);
        OGR_F_Destroy(f);
        GDALClose(ds);
    }
    const auto hashesBefore = hashes(path);
    try {
        geo::saveLayerEdits(edits);
        ADD_FAILURE() << "expected SaveConflict";
    } catch (const geo::SaveConflict& e) {
        EXPECT_NE(std::string(e.what()).find("plots.dbf"), std::string::npos) << e.what();
    }
    EXPECT_EQ(hashes(path), hashesBefore);
    EXPECT_EQ(readBack(path)->rows.size(), 3u);
    EXPECT_FALSE(fs::exists(dir.path() / ".vungtrong-backup"));
}

TEST(SaveShapefile, AFailureHalfWayThroughTheSwapPutsTheOriginalFilesBack) {
    for (std::size_t failAt : {0u, 1u, 2u, 3u}) {
        TempDir dir;
        const std::string path = writeFixture(dir.file("plots.shp"), "ESRI Shapefile", 4326, kThree, "UTF-8");
        const auto hashesBefore = hashes(path);
        const auto filesBefore = filesIn(dir.path());
        geo::LayerEdits edits = editsFor(path);
        edits.edits.push_back(edit(FeatureEdit::Kind::Delete, 0));
        std::size_t stepsSeen = 0;
        geo::detail::SaveHooks hooks;
        hooks.beforeSwapStep = [&](std::size_t step, const fs::path&) {
            ++stepsSeen;
            if (step == failAt) throw geo::IoError("injected: no space left on device");
        };
        std::string message = vt_test::errorOf([&] { geo::detail::saveLayerEdits(edits, hooks); });
        EXPECT_NE(message.find("put back"), std::string::npos) << message;
        EXPECT_EQ(stepsSeen, failAt + 1);
        EXPECT_EQ(hashes(path), hashesBefore) << "failing at step " << failAt;
        // No journal, no temporary file, no backup of a save that did not happen.
        auto filesAfter = filesIn(dir.path());
        filesAfter.erase(std::remove(filesAfter.begin(), filesAfter.end(), fs::path(".vungtrong-backup")), filesAfter.end());
        EXPECT_EQ(filesAfter, filesBefore);
        // The stamp still matches: the same save can be tried again and succeeds.
        EXPECT_NO_THROW(geo::saveLayerEdits(edits));
        EXPECT_EQ(readBack(path)->rows.size(), 2u);
    }
}

TEST(SaveShapefile, SpatialIndexesOfTheOldGeometryGoToTheBackup) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("plots.shp"), "ESRI Shapefile", 4326, kThree, "UTF-8");
    {
        GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
        GDALDatasetReleaseResultSet(ds, GDALDatasetExecuteSQL(ds, "CREATE SPATIAL INDEX ON plots", nullptr, nullptr));
        GDALClose(ds);
    }
    ASSERT_TRUE(fs::exists(dir.path() / "plots.qix"));
    geo::LayerEdits edits = editsFor(path);
    edits.edits.push_back(edit(FeatureEdit::Kind::Update, 0,
                               {std::string("ST-001"), std::string("Long Phu"), 1.25, std::int64_t{30}},
                               squareGeometry(107, 11, 0.5)));
    geo::SaveResult result = geo::saveLayerEdits(edits);
    EXPECT_FALSE(fs::exists(dir.path() / "plots.qix"));
    ASSERT_TRUE(result.backup);
    EXPECT_TRUE(fs::exists(fs::path(*result.backup).replace_extension(".qix")));
}

TEST(SaveShapefile, TextTheSourceCannotHoldIsRefusedNamingFeatureAndField) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("plots.shp"), "ESRI Shapefile", 4326, cp1258Features(), "1258");
    const auto hashesBefore = hashes(path);
    geo::LayerEdits edits = editsFor(path);
    edits.edits.push_back(edit(FeatureEdit::Kind::Update, 2,
                               {std::string("ST-003"), std::string("Hợp tác xã 合作社"), 1.0, std::int64_t{1}},
                               squareGeometry(105.94, 9.60, 0.01)));
    std::string message = vt_test::errorOf([&] { geo::saveLayerEdits(edits); });
    EXPECT_NE(message.find("feature FID 2"), std::string::npos) << message;
    EXPECT_NE(message.find("'name'"), std::string::npos) << message;
    EXPECT_NE(message.find("CP1258"), std::string::npos) << message;
    edits.edits[0].attributes[1] = std::string(51, 'x');  // the field holds 50
    message = vt_test::errorOf([&] { geo::saveLayerEdits(edits); });
    EXPECT_NE(message.find("51 bytes"), std::string::npos) << message;
    EXPECT_EQ(hashes(path), hashesBefore);
    EXPECT_EQ(filesIn(dir.path()).size(), 5u);
}

}  // namespace

namespace {

// Two VungTrong on one project read the same shapefile; each journals its
// edits as it makes them. The first saves; the second's save is refused and
// its edits wait in the journal for it to apply again after reloading.
TEST(SaveTwoInstances, TheSecondSaveFromTheSameStampIsAConflictAndItsEditsStayRecoverable) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("plots.shp"), "ESRI Shapefile", 4326, kThree, "UTF-8");
    const fs::path journal = geo::editJournalPath(dir.path() / "p.vtproj");
    const std::string sessionA = geo::newEditSession(), sessionB = geo::newEditSession();
    ASSERT_NE(sessionA, sessionB);
    geo::LayerEdits a = editsFor(path), b = editsFor(path);
    auto journalled = [&](const std::string& session, geo::LayerEdits& edits, const std::string& name) {
        FeatureEdit e = edit(FeatureEdit::Kind::Update, 1, {std::string("ST-002"), name, 2.5, std::int64_t{41}},
                             squareGeometry(105.92, 9.60, 0.01));
        geo::JournalEdit j;
        j.session = session;
        j.layer = "plots";
        j.source = path;
        j.kind = e.kind;
        j.fid = e.fid;
        j.fields = edits.fields;
        j.newAttributes = e.attributes;
        j.newGeometry = e.geometry;
        geo::appendEdit(journal, j);
        edits.edits.push_back(e);
    };
    journalled(sessionA, a, "A's name");
    journalled(sessionB, b, "B's name");

    geo::SaveResult saved = geo::saveLayerEdits(a);
    geo::appendSaved(journal, "plots", path, sessionA, saved);
    const auto afterA = hashes(path);
    try {
        geo::saveLayerEdits(b);
        ADD_FAILURE() << "expected SaveConflict";
    } catch (const geo::SaveConflict& e) {
        EXPECT_NE(std::string(e.what()).find("plots."), std::string::npos) << e.what();
    }
    EXPECT_EQ(hashes(path), afterA);
    EXPECT_EQ(readBack(path)->rows.at(1).fields.at("name"), "A's name");
    std::vector<geo::JournalEdit> open = geo::recoverableEdits(journal);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].session, sessionB);
    EXPECT_EQ(open[0].newAttributes[1], geo::Value(std::string("B's name")));
    // B reloads (a new stamp) and applies its recovered edit: now it saves.
    geo::LayerEdits again = editsFor(path);
    again.edits.push_back(edit(open[0].kind, open[0].fid, open[0].newAttributes, open[0].newGeometry));
    EXPECT_NO_THROW(geo::saveLayerEdits(again));
    EXPECT_EQ(readBack(path)->rows.at(1).fields.at("name"), "B's name");
}

// A save holds an exclusive lock on the source while it checks and writes:
// another save of the same source at that moment is refused, not interleaved.
TEST(SaveTwoInstances, ASaveWhileAnotherIsWritingIsAConflict) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("plots.gpkg"), "GPKG", 4326, kThree);
    geo::LayerEdits a = editsFor(path), b = editsFor(path);
    a.edits.push_back(edit(FeatureEdit::Kind::Delete, 1));
    b.edits.push_back(edit(FeatureEdit::Kind::Delete, 2));
    std::string inner;
    geo::detail::SaveHooks hooks;
    hooks.beforeCommit = [&] {
        try {
            geo::saveLayerEdits(b);
        } catch (const geo::SaveConflict& e) {
            inner = e.what();
        }
    };
    geo::detail::saveLayerEdits(a, hooks);
    EXPECT_NE(inner.find("another program is saving it"), std::string::npos) << inner;
    auto after = readBack(path);
    EXPECT_EQ(after->rows.count(1), 0u);
    EXPECT_EQ(after->rows.count(2), 1u);
}

}  // namespace

namespace {

// The process dies half-way through the swap (after its commit point): the
// set is refused by readers as half-replaced, and the next writer finishes it
// (rolls forward): the edits are in, every file belongs to the new set.
TEST(SaveShapefile, AProcessKilledHalfWayThroughTheSwapIsFinishedByTheNextWriter) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("plots.shp"), "ESRI Shapefile", 4326, kThree, "UTF-8");
    geo::LayerEdits edits = editsFor(path);
    edits.edits.push_back(edit(FeatureEdit::Kind::Delete, 0));
    pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        geo::detail::SaveHooks hooks;
        hooks.beforeSwapStep = [](std::size_t step, const fs::path&) {
            if (step == 2) ::_exit(0);  // killed: no unwinding, no cleanup
        };
        try {
            geo::detail::saveLayerEdits(edits, hooks);
        } catch (...) {
        }
        ::_exit(3);  // the hook was never reached
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    ASSERT_EQ(WEXITSTATUS(status), 0);
    ASSERT_TRUE(fs::exists(geo::replaceJournalPath(path)));
    std::string message = vt_test::errorOf([&] { geo::readLayer(path); });
    EXPECT_NE(message.find("half-way"), std::string::npos) << message;

    ASSERT_TRUE(geo::finishInterruptedReplace(path).has_value());
    EXPECT_FALSE(fs::exists(geo::replaceJournalPath(path)));
    auto after = readBack(path);
    ASSERT_EQ(after->rows.size(), 2u);
    EXPECT_EQ(after->rows.at(0).fields.at("code"), "ST-002");
    // The next save from a fresh read removes the dead process's temporary files.
    geo::LayerEdits next = editsFor(path);
    next.edits.push_back(edit(FeatureEdit::Kind::Delete, 0));
    geo::saveLayerEdits(next);
    for (const auto& e : fs::directory_iterator(dir.path()))
        EXPECT_EQ(e.path().filename().string().find("~shp.tmp"), std::string::npos) << e.path();
    EXPECT_EQ(readBack(path)->rows.size(), 1u);
}

// A save over a set a crash left half-replaced finishes it, then refuses: the
// source is not what the edits were made on.
TEST(SaveShapefile, ASaveOverAHalfReplacedSetFinishesItAndIsAConflict) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("plots.shp"), "ESRI Shapefile", 4326, kThree, "UTF-8");
    geo::LayerEdits first = editsFor(path), second = editsFor(path);
    first.edits.push_back(edit(FeatureEdit::Kind::Delete, 0));
    second.edits.push_back(edit(FeatureEdit::Kind::Delete, 2));
    pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        geo::detail::SaveHooks hooks;
        hooks.beforeSwapStep = [](std::size_t step, const fs::path&) {
            if (step == 1) ::_exit(0);
        };
        try {
            geo::detail::saveLayerEdits(first, hooks);
        } catch (...) {
        }
        ::_exit(3);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_EQ(WEXITSTATUS(status), 0);
    try {
        geo::saveLayerEdits(second);
        ADD_FAILURE() << "expected SaveConflict";
    } catch (const geo::SaveConflict& e) {
        EXPECT_NE(std::string(e.what()).find("finished replacing"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(fs::exists(geo::replaceJournalPath(path)));
    EXPECT_EQ(readBack(path)->rows.size(), 2u);  // the first save's set, whole
}

}  // namespace

namespace {

TEST(SaveLayerEdits, AFormatWithoutASafeWayToSaveIsRefusedNamingIt) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("plots.tab"), "MapInfo File", 4326, kThree);
    const auto hashesBefore = hashes(path);
    geo::LayerEdits edits = editsFor(path);
    edits.edits.push_back(edit(FeatureEdit::Kind::Delete, 0));
    std::string message = vt_test::errorOf([&] { geo::saveLayerEdits(edits); });
    EXPECT_NE(message.find("MapInfo File"), std::string::npos) << message;
    EXPECT_NE(message.find("plots.tab"), std::string::npos) << message;
    EXPECT_EQ(hashes(path), hashesBefore);
}

// A source stored latitude first (read with axis order lat_lon and swapped)
// gets its edits written latitude first too.
TEST(SaveLayerEdits, ALatitudeFirstSourceIsWrittenLatitudeFirst) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("latlon.gpkg"), "GPKG", 0,
                                          {{"ST-001", "a", 1, 1, square(9.60, 105.90, 0.01)}});
    geo::LayerEdits edits = editsFor(path);
    edits.crs = geo::wgs84();
    edits.sourceCrs = geo::wgs84();
    edits.axesSwapped = true;
    edits.edits.push_back(edit(FeatureEdit::Kind::Update, 1,
                               {std::string("ST-001"), std::string("a"), 1.0, std::int64_t{1}},
                               squareGeometry(105.5, 9.25, 0.25)));  // lon/lat, as the app holds it
    geo::saveLayerEdits(edits);
    EXPECT_EQ(readBack(path)->rows.at(1).wkt,
              "POLYGON ((9.25 105.5,9.25 105.75,9.5 105.75,9.5 105.5,9.25 105.5))");
}

TEST(SaveLayerEdits, ValuesThatDoNotFitTheirFieldAreRefusedNamingFieldAndFeature) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("plots.gpkg"), "GPKG", 4326, kThree);
    geo::LayerEdits edits = editsFor(path);
    edits.edits.push_back(edit(FeatureEdit::Kind::Update, 2,
                               {std::string("ST-002"), std::string("b"), std::string("12,5 ha"), std::int64_t{1}},
                               squareGeometry(105.92, 9.60, 0.01)));
    std::string message = vt_test::errorOf([&] { geo::saveLayerEdits(edits); });
    EXPECT_NE(message.find("feature FID 2, field 'ha'"), std::string::npos) << message;
    EXPECT_NE(message.find("'12,5 ha' is not a number"), std::string::npos) << message;
    // A point into a polygon layer.
    edits.edits[0].attributes[2] = 12.5;
    edits.edits[0].geometry = geo::Geometry::point({105.9, 9.6});
    message = vt_test::errorOf([&] { geo::saveLayerEdits(edits); });
    EXPECT_NE(message.find("a point cannot go into a layer of Polygon"), std::string::npos) << message;
    EXPECT_EQ(readBack(path)->rows.at(2).fields.at("name"), "My Xuyen");
}

}  // namespace

namespace {

TEST(SaveLayerEdits, CancellingBeforeTheSwapWritesNothing) {
    for (const char* name : {"plots.shp", "plots.gpkg"}) {
        TempDir dir;
        const bool shp = std::string(name) == "plots.shp";
        const std::string path =
            writeFixture(dir.file(name), shp ? "ESRI Shapefile" : "GPKG", 4326, kThree, shp ? "UTF-8" : "");
        const auto hashesBefore = hashes(path);
        const auto filesBefore = filesIn(dir.path());
        geo::LayerEdits edits = editsFor(path);
        edits.edits.push_back(edit(FeatureEdit::Kind::Delete, shp ? 0 : 1));
        int calls = 0;
        EXPECT_THROW(geo::saveLayerEdits(edits, [&](double, const std::string&) { return ++calls < 1; }),
                     geo::Cancelled);
        EXPECT_EQ(calls, 1);
        EXPECT_EQ(hashes(path), hashesBefore) << name;
        EXPECT_EQ(filesIn(dir.path()), filesBefore) << name;
        // Progress runs to 1 when it is let run.
        double last = -1;
        geo::saveLayerEdits(edits, [&](double f, const std::string&) {
            EXPECT_GE(f, last);
            last = f;
            return true;
        });
        EXPECT_EQ(last, 1.0);
    }
}

// ---------------------------------------------------------------------------
// GeoJSON and FlatGeobuf: one new file, swapped in like a shapefile's set.

// The rows of a read-back layer by their code.
std::map<std::string, const Row*> byCode(const Readback& r) {
    std::map<std::string, const Row*> out;
    for (const auto& [fid, row] : r.rows) out[row.fields.at("code")] = &row;
    return out;
}

// The FID GDAL reads the feature with this code under (a FlatGeobuf with an
// index orders its features along it, not as written).
std::int64_t fidOf(const std::string& path, const std::string& code) {
    const auto back = readBack(path);
    for (const auto& [fid, row] : back->rows)
        if (row.fields.at("code") == code) return fid;
    throw std::runtime_error("no " + code + " in " + path);
}

// Deletes ST-001, renames and moves ST-002, adds ST-004.
void editThree(geo::LayerEdits& edits) {
    const std::string path = edits.sourcePath.string();
    edits.edits.push_back(edit(FeatureEdit::Kind::Delete, fidOf(path, "ST-001")));
    edits.edits.push_back(edit(FeatureEdit::Kind::Update, fidOf(path, "ST-002"),
                               {std::string("ST-002"), std::string("Thạnh Trị"), 2.5, std::int64_t{41}},
                               squareGeometry(106.00, 9.70, 0.02)));
    edits.edits.push_back(edit(FeatureEdit::Kind::Insert, -1,
                               {std::string("ST-004"), std::string("Ngã Năm"), 4.0, std::int64_t{7}},
                               squareGeometry(106.10, 9.80, 0.005)));
}

void expectEditedThree(const std::string& path) {
    auto back = readBack(path);
    ASSERT_EQ(back->rows.size(), 3u);
    auto rows = byCode(*back);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_FALSE(rows.count("ST-001"));
    EXPECT_EQ(rows.at("ST-002")->fields.at("name"), "Thạnh Trị");
    expectSquare(rows.at("ST-002")->geometry, 106.00, 9.70, 0.02);
    // Not edited: as written by the fixture.
    EXPECT_EQ(rows.at("ST-003")->fields.at("name"), "Tran De");
    EXPECT_EQ(rows.at("ST-003")->fields.at("members"), "52");
    expectSquare(rows.at("ST-003")->geometry, 105.94, 9.60, 0.01);
    EXPECT_EQ(rows.at("ST-004")->fields.at("name"), "Ngã Năm");
    EXPECT_EQ(std::stod(rows.at("ST-004")->fields.at("ha")), 4.0);
    expectSquare(rows.at("ST-004")->geometry, 106.10, 9.80, 0.005);
}

TEST(SaveGeoJson, EditsAreWrittenToANewFileSwappedInWithTheOldOneKept) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("plots.geojson"), "GeoJSON", 4326, kThree);
    const std::string before = vt_test::readBytes(path);
    geo::LayerEdits edits = editsFor(path);
    editThree(edits);
    geo::SaveResult result = geo::saveLayerEdits(edits);
    expectEditedThree(path);
    // Features without ids are numbered by position: the delete renumbers them,
    // the new feature is the last one, and no "id" member appears.
    EXPECT_TRUE(result.fidsRenumbered);
    EXPECT_EQ(result.insertedFids, std::vector<std::int64_t>{2});
    EXPECT_EQ(readBack(path)->rows.at(2).fields.at("code"), "ST-004");
    EXPECT_EQ(vt_test::readBytes(path).find("\"id\""), std::string::npos);
    ASSERT_TRUE(result.backup);
    EXPECT_EQ(vt_test::readBytes(result.backup->string()), before);
    // The new stamp is the file as it is now: a second save from it goes through.
    EXPECT_EQ(result.saved.files.size(), 1u);
    geo::LayerEdits again = editsFor(path);
    again.loaded = result.saved;
    again.edits.push_back(edit(FeatureEdit::Kind::Delete, 0));
    EXPECT_NO_THROW(geo::saveLayerEdits(again));
    EXPECT_EQ(readBack(path)->rows.size(), 2u);
}

TEST(SaveGeoJson, FeaturesWithTheirOwnIdsKeepThemAndNewOnesGetTheNext) {
    TempDir dir;
    const std::string path = dir.file("ids.geojson");
    vt_test::writeText(path, R"({"type":"FeatureCollection","name":"ids","features":[
{"type":"Feature","id":10,"properties":{"code":"A"},"geometry":{"type":"Point","coordinates":[105.9,9.6]}},
{"type":"Feature","id":20,"properties":{"code":"B"},"geometry":{"type":"Point","coordinates":[105.91,9.6]}},
{"type":"Feature","id":30,"properties":{"code":"C"},"geometry":{"type":"Point","coordinates":[105.92,9.6]}}]}
)");
    geo::LayerEdits edits = editsFor(path);
    edits.edits.push_back(edit(FeatureEdit::Kind::Delete, 20));
    edits.edits.push_back(edit(FeatureEdit::Kind::Insert, -1, {std::string("D")}, geo::Geometry::point({105.93, 9.6})));
    geo::SaveResult result = geo::saveLayerEdits(edits);
    EXPECT_FALSE(result.fidsRenumbered);
    EXPECT_EQ(result.insertedFids, std::vector<std::int64_t>{31});
    auto back = readBack(path);
    std::map<std::int64_t, std::string> codes;
    for (const auto& [fid, row] : back->rows) codes[fid] = row.fields.at("code");
    EXPECT_EQ(codes, (std::map<std::int64_t, std::string>{{10, "A"}, {30, "C"}, {31, "D"}}));
}

TEST(SaveFlatGeobuf, EditsAreWrittenAndTheSpatialIndexIsKept) {
    TempDir dir;
    const std::string path = writeFixture(dir.file("plots.fgb"), "FlatGeobuf", 4326, kThree);
    auto indexed = [&] {
        GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
        bool yes = ds && OGR_L_TestCapability(GDALDatasetGetLayer(ds, 0), OLCFastSpatialFilter);
        if (ds) GDALClose(ds);
        return yes;
    };
    ASSERT_TRUE(indexed()) << "GDAL writes FlatGeobuf with an index by default";
    geo::LayerEdits edits = editsFor(path);
    editThree(edits);
    geo::SaveResult result = geo::saveLayerEdits(edits);
    expectEditedThree(path);
    EXPECT_TRUE(indexed());
    EXPECT_TRUE(result.fidsRenumbered) << "the index orders the features";
    ASSERT_TRUE(result.backup);
    EXPECT_EQ(readBack(result.backup->string())->rows.size(), 3u);
}

TEST(SaveGeoJsonAndFlatGeobuf, AFailureAtTheSwapACancelOrAChangeOnDiskLeaveTheFileAsItWas) {
    for (const auto& [name, driver] : {std::pair<const char*, const char*>{"plots.geojson", "GeoJSON"},
                                       std::pair<const char*, const char*>{"plots.fgb", "FlatGeobuf"}}) {
        SCOPED_TRACE(name);
        TempDir dir;
        const std::string path = writeFixture(dir.file(name), driver, 4326, kThree);
        const auto hashesBefore = hashes(path);
        const auto filesBefore = filesIn(dir.path());
        auto filesNow = [&] {
            auto files = filesIn(dir.path());
            files.erase(std::remove(files.begin(), files.end(), fs::path(".vungtrong-backup")), files.end());
            return files;
        };
        geo::LayerEdits edits = editsFor(path);
        editThree(edits);
        // 1. The swap fails at its (only) step: the old file comes back.
        std::size_t steps = 0;
        geo::detail::SaveHooks hooks;
        hooks.beforeSwapStep = [&](std::size_t, const fs::path& target) {
            ++steps;
            EXPECT_EQ(target, fs::path(path));
            throw geo::IoError("injected: no space left on device");
        };
        std::string message = vt_test::errorOf([&] { geo::detail::saveLayerEdits(edits, hooks); });
        EXPECT_NE(message.find("put back"), std::string::npos) << message;
        EXPECT_EQ(steps, 1u);
        EXPECT_EQ(hashes(path), hashesBefore);
        EXPECT_EQ(filesNow(), filesBefore);
        // 2. Cancelled while the new file is written: nothing changes.
        EXPECT_THROW(geo::saveLayerEdits(edits, [](double, const std::string&) { return false; }), geo::Cancelled);
        EXPECT_EQ(hashes(path), hashesBefore);
        EXPECT_EQ(filesNow(), filesBefore);
        // 3. Another program rewrote the file since it was read: a conflict, nothing written.
        geo::LayerEdits stale = edits;
        {
            std::vector<FixtureFeature> four = kThree;
            four.push_back({"ST-999", "elsewhere", 9, 9, square(105.96, 9.60, 0.01)});
            fs::remove(path);
            writeFixture(path, driver, 4326, four);
        }
        const auto hashesChanged = hashes(path);
        ASSERT_NE(hashesChanged, hashesBefore);
        EXPECT_THROW(geo::saveLayerEdits(stale), geo::SaveConflict);
        EXPECT_EQ(hashes(path), hashesChanged);
        EXPECT_EQ(readBack(path)->rows.size(), 4u);
        // 4. From a fresh stamp the same edits go through.
        geo::LayerEdits fresh = editsFor(path);
        editThree(fresh);
        EXPECT_NO_THROW(geo::saveLayerEdits(fresh));
        const auto back = readBack(path);
        auto rows = byCode(*back);
        EXPECT_TRUE(rows.count("ST-999") && rows.count("ST-004") && !rows.count("ST-001"));
    }
}


}  // namespace
