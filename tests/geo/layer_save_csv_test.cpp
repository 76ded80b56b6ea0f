// Saving attribute edits to a CSV table (geo/src/layer_save_csv.cpp): the
// expected files are written out by hand below, byte for byte, and every
// value is also read back through GDAL directly.
#include <gtest/gtest.h>

#include <gdal.h>
#include <ogr_api.h>

#include <fstream>
#include <iterator>

#include "geo/layer_save.h"
#include "geo/source.h"
#include "layer_save_internal.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using geo::FeatureEdit;
using vt_test::TempDir;

std::string readBytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Field `name` of feature fid as GDAL reads it ("<null>" when unset, "<none>" without the feature).
std::string gdalField(const fs::path& path, std::int64_t fid, const char* name) {
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds) return "<cannot open>";
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    std::string out = "<none>";
    if (OGRFeatureH f = OGR_L_GetFeature(layer, fid)) {
        int i = OGR_F_GetFieldIndex(f, name);
        out = i >= 0 && OGR_F_IsFieldSetAndNotNull(f, i) ? OGR_F_GetFieldAsString(f, i) : "<null>";
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    return out;
}

// The edits of a layer read as the app reads it (fields, encoding, stamp), none yet.
geo::LayerEdits editsFor(const std::string& path) {
    geo::Layer l = geo::readLayer(path);
    geo::LayerEdits e;
    e.sourcePath = path;
    e.fields = l.fields;
    e.crs = geo::wgs84();
    e.encoding = l.encoding;
    e.loaded = geo::stampSource(path);
    return e;
}

std::vector<geo::Value> attributesOf(const std::string& path, std::int64_t fid) {
    for (const auto& f : geo::readLayer(path).features)
        if (f.fid == fid) return f.attributes;
    throw std::runtime_error("no feature " + std::to_string(fid));
}

// A register as offices keep them: a byte order mark, CRLF line endings, a
// quoted name holding the separator, a quoted field over two lines and a
// blank line (no record: GDAL numbers the records 1, 2, 3).
const std::string kRegister =
    "\xEF\xBB\xBF" "ma_htx,hang_muc,so_tien_vnd,nam\r\n"
    "HTX-0001,\"Nhà kho, sân phơi\",100,2021\r\n"
    "HTX-0299,\"Lò sấy\r\nlúa\",200,2022\r\n"
    "\r\n"
    "HTX-0003,Sân phơi,300,2023\r\n";

void writeRegister(const TempDir& dir, const std::string& name, const std::string& text) {
    vt_test::writeText(dir.path() / name, text);
    vt_test::writeText(dir.path() / (fs::path(name).stem().string() + ".csvt"), "String,String,Integer64,Integer\n");
}

TEST(LayerSaveCsv, AnEditedCellIsRewrittenAndEveryOtherByteStays) {
    TempDir dir;
    writeRegister(dir, "dau_tu.csv", kRegister);
    const std::string path = dir.file("dau_tu.csv");
    const std::string csvtBefore = readBytes(dir.path() / "dau_tu.csvt");
    geo::LayerEdits e = editsFor(path);
    std::vector<geo::Value> a = attributesOf(path, 2);
    a[0] = std::string("HTX-0002");  // the key of record 2, whose quoted two-line field stays as it is
    e.edits.push_back({FeatureEdit::Kind::Update, 2, a, {}});
    geo::SaveResult r = geo::saveLayerEdits(e);

    EXPECT_EQ(readBytes(path), "\xEF\xBB\xBF" "ma_htx,hang_muc,so_tien_vnd,nam\r\n"
                               "HTX-0001,\"Nhà kho, sân phơi\",100,2021\r\n"
                               "HTX-0002,\"Lò sấy\r\nlúa\",200,2022\r\n"
                               "\r\n"
                               "HTX-0003,Sân phơi,300,2023\r\n");
    EXPECT_EQ(gdalField(path, 2, "ma_htx"), "HTX-0002");
    EXPECT_EQ(gdalField(path, 2, "hang_muc"), "Lò sấy\nlúa");  // GDAL joins a quoted field's lines with LF
    EXPECT_EQ(readBytes(dir.path() / "dau_tu.csvt"), csvtBefore);
    EXPECT_FALSE(r.fidsRenumbered);
    ASSERT_TRUE(r.backup.has_value());
    EXPECT_EQ(readBytes(*r.backup), kRegister);  // the previous file, kept
    // The next save starts from the new stamp.
    geo::LayerEdits next = editsFor(path);
    EXPECT_EQ(next.loaded.files.size(), r.saved.files.size());
    for (std::size_t i = 0; i < r.saved.files.size(); ++i) EXPECT_EQ(next.loaded.files[i].sha256, r.saved.files[i].sha256);
}

TEST(LayerSaveCsv, NumbersAndTextNeedingQuotesAreWrittenSoGdalReadsThemBack) {
    TempDir dir;
    writeRegister(dir, "dau_tu.csv", kRegister);
    const std::string path = dir.file("dau_tu.csv");
    geo::LayerEdits e = editsFor(path);
    std::vector<geo::Value> a = attributesOf(path, 3);
    a[1] = std::string("Sân phơi \"mới\", 2 tầng");
    a[2] = std::int64_t{8800000000};  // beyond 32 bits: the column is Integer64
    a[3] = geo::Value{};             // null: an empty cell
    e.edits.push_back({FeatureEdit::Kind::Update, 3, a, {}});
    geo::saveLayerEdits(e);
    EXPECT_EQ(readBytes(path), "\xEF\xBB\xBF" "ma_htx,hang_muc,so_tien_vnd,nam\r\n"
                               "HTX-0001,\"Nhà kho, sân phơi\",100,2021\r\n"
                               "HTX-0299,\"Lò sấy\r\nlúa\",200,2022\r\n"
                               "\r\n"
                               "HTX-0003,\"Sân phơi \"\"mới\"\", 2 tầng\",8800000000,\r\n");
    EXPECT_EQ(gdalField(path, 3, "hang_muc"), "Sân phơi \"mới\", 2 tầng");
    EXPECT_EQ(gdalField(path, 3, "so_tien_vnd"), "8800000000");
    EXPECT_EQ(gdalField(path, 3, "nam"), "<null>");
}

TEST(LayerSaveCsv, ADeletedRecordGoesAndANewOneIsAppendedWithTheFilesLineEnding) {
    TempDir dir;
    writeRegister(dir, "dau_tu.csv", kRegister);
    const std::string path = dir.file("dau_tu.csv");
    geo::LayerEdits e = editsFor(path);
    e.edits.push_back({FeatureEdit::Kind::Delete, 1, {}, {}});
    e.edits.push_back({FeatureEdit::Kind::Insert, -1,
                       {std::string("HTX-0100"), std::string("Kênh"), std::int64_t{50}, std::int64_t{2024}}, {}});
    geo::SaveResult r = geo::saveLayerEdits(e);
    EXPECT_EQ(readBytes(path), "\xEF\xBB\xBF" "ma_htx,hang_muc,so_tien_vnd,nam\r\n"
                               "HTX-0299,\"Lò sấy\r\nlúa\",200,2022\r\n"
                               "\r\n"
                               "HTX-0003,Sân phơi,300,2023\r\n"
                               "HTX-0100,Kênh,50,2024\r\n");
    EXPECT_TRUE(r.fidsRenumbered);
    ASSERT_EQ(r.insertedFids.size(), 1u);
    EXPECT_EQ(gdalField(path, r.insertedFids[0], "ma_htx"), "HTX-0100");  // the FID GDAL gives it
    EXPECT_EQ(gdalField(path, 1, "ma_htx"), "HTX-0299");
}

TEST(LayerSaveCsv, ASemicolonFileWithoutAFinalNewlineKeepsItsSeparator) {
    TempDir dir;
    const std::string text = "ma;ten\nA-1;Một\nA-2;Hai";
    vt_test::writeText(dir.path() / "t.csv", text);
    const std::string path = dir.file("t.csv");
    geo::LayerEdits e = editsFor(path);
    e.edits.push_back({FeatureEdit::Kind::Update, 1, {std::string("A-1"), std::string("Một; hai")}, {}});
    e.edits.push_back({FeatureEdit::Kind::Insert, -1, {std::string("A-3"), std::string("Ba")}, {}});
    geo::saveLayerEdits(e);
    EXPECT_EQ(readBytes(path), "ma;ten\nA-1;\"Một; hai\"\nA-2;Hai\nA-3;Ba\n");
    EXPECT_EQ(gdalField(path, 1, "ten"), "Một; hai");
    EXPECT_EQ(gdalField(path, 3, "ma"), "A-3");
}

TEST(LayerSaveCsv, AFileChangedSinceItWasReadIsNotOverwritten) {
    TempDir dir;
    writeRegister(dir, "dau_tu.csv", kRegister);
    const std::string path = dir.file("dau_tu.csv");
    geo::LayerEdits e = editsFor(path);
    std::vector<geo::Value> a = attributesOf(path, 1);
    a[0] = std::string("HTX-0009");
    e.edits.push_back({FeatureEdit::Kind::Update, 1, a, {}});
    const std::string theirs = kRegister + "HTX-0004,Kho,400,2024\r\n";
    vt_test::writeText(path, theirs);
    EXPECT_THROW(geo::saveLayerEdits(e), geo::SaveConflict);
    EXPECT_EQ(readBytes(path), theirs);
}

TEST(LayerSaveCsv, AGeometryEditIsRefusedWithTheFileLeftAsItWas) {
    TempDir dir;
    writeRegister(dir, "dau_tu.csv", kRegister);
    const std::string path = dir.file("dau_tu.csv");
    geo::LayerEdits e = editsFor(path);
    e.edits.push_back({FeatureEdit::Kind::Update, 1, attributesOf(path, 1), geo::Geometry::point({105.9, 9.6})});
    try {
        geo::saveLayerEdits(e);
        FAIL() << "a geometry edit was saved";
    } catch (const geo::Error& err) {
        EXPECT_NE(std::string(err.what()).find("attributes only"), std::string::npos) << err.what();
    }
    EXPECT_EQ(readBytes(path), kRegister);
}

TEST(LayerSaveCsv, AFailureDuringTheSwapPutsTheOriginalBack) {
    TempDir dir;
    writeRegister(dir, "dau_tu.csv", kRegister);
    const std::string path = dir.file("dau_tu.csv");
    geo::LayerEdits e = editsFor(path);
    std::vector<geo::Value> a = attributesOf(path, 1);
    a[2] = std::int64_t{999};
    e.edits.push_back({FeatureEdit::Kind::Update, 1, a, {}});
    geo::detail::SaveHooks hooks;
    hooks.beforeSwapStep = [](std::size_t, const fs::path&) { throw geo::IoError("disk full (simulated)"); };
    EXPECT_THROW(geo::detail::saveLayerEdits(e, hooks), geo::IoError);
    EXPECT_EQ(readBytes(path), kRegister);
    for (const auto& entry : fs::directory_iterator(dir.path()))  // no temporary file left beside it
        EXPECT_EQ(entry.path().filename().string().find("tmp"), std::string::npos) << entry.path();
}

}  // namespace
