// Issue 16: what a format cannot hold is said, never cut silently. An XLSX
// cell holds 32,767 characters (UTF-16 units, as Excel counts); a shapefile's
// DBF 255 fields. GDAL (OGR C API, not geo's reader) reads every file back.
#include <gtest/gtest.h>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>

#include <cstdio>
#include <string>
#include <vector>

#include "geo/crs.h"
#include "geo/export.h"
#include "test_support.h"

namespace {

using vt_test::readBytes;
using vt_test::TempDir;

struct DatasetCloser {
    void operator()(void* d) const { GDALClose(d); }
};
using Dataset = std::unique_ptr<void, DatasetCloser>;

Dataset openWithGdal(const std::string& path) {
    GDALAllRegister();
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
    return Dataset(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
}

// The text of field `name` in every feature of the first layer, in order.
std::vector<std::string> column(const std::string& path, const char* name) {
    Dataset ds = openWithGdal(path);
    EXPECT_TRUE(ds) << path;
    std::vector<std::string> out;
    if (!ds) return out;
    OGRLayerH l = GDALDatasetGetLayer(ds.get(), 0);
    while (OGRFeatureH f = OGR_L_GetNextFeature(l)) {
        int i = OGR_F_GetFieldIndex(f, name);
        EXPECT_GE(i, 0) << name;
        out.push_back(i < 0 ? "" : OGR_F_GetFieldAsString(f, i));
        OGR_F_Destroy(f);
    }
    return out;
}

std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

std::vector<std::string> notesWith(const geo::ExportReport& r, const std::string& part) {
    std::vector<std::string> out;
    for (const auto& n : r.notes)
        if (n.find(part) != std::string::npos) out.push_back(n);
    return out;
}

geo::Layer notesLayer(const std::vector<std::string>& texts) {
    geo::Layer layer;
    layer.name = "ghi_chu";
    layer.crs = geo::describeCrs("EPSG:4326");
    layer.fields = {{"code", geo::FieldType::String}, {"ghi_chu", geo::FieldType::String}};
    for (std::size_t i = 0; i < texts.size(); ++i) {
        geo::Feature f;
        f.fid = 10 + static_cast<std::int64_t>(i);  // not the row: the note must name both
        f.attributes = {"C" + std::to_string(i), texts[i]};
        f.geometry = geo::Geometry::point({105.9, 9.6});
        layer.features.push_back(f);
    }
    return layer;
}

TEST(ExportLimits, AnXlsxCellOver32767CharactersIsCutAtACharacterAndNamed) {
    const std::string emoji = "\xF0\x9F\x98\x80";  // U+1F600: two UTF-16 units in Excel's count
    const std::vector<std::string> texts = {
        "ngắn",
        repeat("ệ", 40000),                      // 40,000 characters: cut to 32,767
        std::string(32766, 'a') + emoji + "b",  // 32,769 units: the emoji would end at 32,768, so it goes too
        std::string(32767, 'x'),                // exactly the limit: kept whole
    };
    TempDir dir;
    geo::ExportOptions o;
    o.format = geo::ExportFormat::Xlsx;
    o.outputPath = dir.file("ghi_chu.xlsx");
    geo::ExportReport r = geo::exportLayer(notesLayer(texts), o);

    std::vector<std::string> back = column(o.outputPath, "ghi_chu");
    ASSERT_EQ(back.size(), 4u);
    EXPECT_EQ(back[0], texts[0]);
    EXPECT_EQ(back[1], repeat("ệ", 32767));
    EXPECT_EQ(back[2], std::string(32766, 'a'));
    EXPECT_EQ(back[3], texts[3]);

    std::vector<std::string> cuts = notesWith(r, "an Excel cell holds");
    ASSERT_EQ(cuts.size(), 2u) << ::testing::PrintToString(r.notes);
    EXPECT_EQ(cuts[0], "sheet 'ghi_chu', row 3 (feature 11), field ghi_chu: text of 40000 characters cut to 32767 "
                       "(an Excel cell holds 32,767)");
    EXPECT_EQ(cuts[1], "sheet 'ghi_chu', row 4 (feature 12), field ghi_chu: text of 32769 characters cut to 32766 "
                       "(an Excel cell holds 32,767)");
}

geo::Layer wideLayer(std::size_t fields) {
    geo::Layer layer;
    layer.name = "wide";
    layer.crs = geo::describeCrs("EPSG:4326");
    geo::Feature f;
    f.geometry = geo::Geometry::point({105.9, 9.6});
    for (std::size_t i = 1; i <= fields; ++i) {
        char name[8];
        std::snprintf(name, sizeof name, "f%03zu", i);
        layer.fields.push_back({name, geo::FieldType::Integer});
        f.attributes.push_back(static_cast<std::int64_t>(i * 7));
    }
    layer.features = {f};
    return layer;
}

TEST(ExportLimits, AShapefileGetsTheFirst255FieldsAndNamesTheOthersInANoteAndTheFieldMap) {
    TempDir dir;
    geo::ExportOptions o;
    o.format = geo::ExportFormat::Shapefile;
    o.outputPath = dir.file("wide.shp");
    geo::ExportReport r = geo::exportLayer(wideLayer(300), o);

    Dataset ds = openWithGdal(o.outputPath);
    ASSERT_TRUE(ds);
    OGRLayerH l = GDALDatasetGetLayer(ds.get(), 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(l);
    ASSERT_EQ(OGR_FD_GetFieldCount(defn), 255);
    EXPECT_STREQ(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, 254)), "f255");
    OGRFeatureH f = OGR_L_GetNextFeature(l);
    ASSERT_TRUE(f);
    EXPECT_EQ(OGR_F_GetFieldAsInteger64(f, 254), 255 * 7);
    OGR_F_Destroy(f);

    std::string listed;
    for (int i = 256; i <= 275; ++i) listed += (i > 256 ? ", f" : "f") + std::to_string(i);
    std::vector<std::string> left = notesWith(r, "left out");
    ASSERT_EQ(left.size(), 2u) << ::testing::PrintToString(r.notes);
    EXPECT_EQ(left[0], "wide: a shapefile holds at most 255 fields and the layer has 300; fields 256 to 300 were left "
                       "out: " + listed + " and 25 more (export to GeoPackage to keep them)");
    EXPECT_EQ(left[1], "fields left out; mapping in " + dir.file("wide.fieldmap.csv") +
                           " (a field left out has an empty shapefile name)");
    std::string map = "original,shapefile\n";
    for (int i = 1; i <= 300; ++i) {
        char line[24];
        std::snprintf(line, sizeof line, i <= 255 ? "f%03d,f%03d\n" : "f%03d,\n", i, i);
        map += line;
    }
    EXPECT_EQ(readBytes(dir.path() / "wide.fieldmap.csv"), map);

    // 255 fields fit: nothing left out, no field map.
    TempDir dir2;
    o.outputPath = dir2.file("wide.shp");
    geo::ExportReport fits = geo::exportLayer(wideLayer(255), o);
    EXPECT_TRUE(notesWith(fits, "left out").empty()) << ::testing::PrintToString(fits.notes);
    EXPECT_TRUE(fits.fieldMapPath.empty());
    Dataset ds2 = openWithGdal(o.outputPath);
    ASSERT_TRUE(ds2);
    EXPECT_EQ(OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(GDALDatasetGetLayer(ds2.get(), 0))), 255);
}

}  // namespace
