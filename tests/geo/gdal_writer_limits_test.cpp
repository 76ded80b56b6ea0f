// Why two export formats are not written by GDAL's drivers (the format table,
// geo/src/export_formats.cpp, keeps a writer of its own only for a GDAL 3.6
// defect shown here). Each test writes with GDAL's own driver what the
// export needs and shows GDAL falls short; when a GDAL upgrade makes one of
// them fail, that writer can go and the format can be W::Gdal like the rest.
#include <gtest/gtest.h>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>

#include <string>

#include "test_support.h"

namespace {

using vt_test::TempDir;

// A zip member (an XLSX part) read by GDAL's zip reader.
std::string zipMember(const std::string& zip, const std::string& member) {
    VSILFILE* f = VSIFOpenL(("/vsizip/" + zip + "/" + member).c_str(), "rb");
    if (!f) return {};
    std::string out;
    char buf[65536];
    for (std::size_t n; (n = VSIFReadL(buf, 1, sizeof buf, f)) > 0;) out.append(buf, n);
    VSIFCloseL(f);
    return out;
}

// The dataset, a layer of `type` with one Real field of width 12 and
// precision 2, and one feature holding value (and geometry wkt, when given).
void writeOneRealFeature(const std::string& path, const char* driverName, OGRwkbGeometryType type, double value,
                         const char* wkt, char** layerOptions) {
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName(driverName);
    ASSERT_NE(driver, nullptr) << driverName;
    GDALDatasetH ds = GDALCreate(driver, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    ASSERT_NE(ds, nullptr) << CPLGetLastErrorMsg();
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "zones", nullptr, type, layerOptions);
    ASSERT_NE(layer, nullptr) << CPLGetLastErrorMsg();
    OGRFieldDefnH field = OGR_Fld_Create("gross_planted_ha", OFTReal);
    OGR_Fld_SetWidth(field, 12);
    OGR_Fld_SetPrecision(field, 2);  // the strongest hint a driver could take
    EXPECT_EQ(OGR_L_CreateField(layer, field, 1), OGRERR_NONE);
    OGR_Fld_Destroy(field);
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    OGR_F_SetFieldDouble(f, 0, value);
    if (wkt) {
        OGRGeometryH g = nullptr;
        char* text = const_cast<char*>(wkt);
        ASSERT_EQ(OGR_G_CreateFromWkt(&text, nullptr, &g), OGRERR_NONE);
        OGR_F_SetGeometryDirectly(f, g);
    }
    EXPECT_EQ(OGR_L_CreateFeature(layer, f), OGRERR_NONE) << CPLGetLastErrorMsg();
    OGR_F_Destroy(f);
    GDALClose(ds);  // GDAL 3.6: void; a failed write shows in what is read back
}

// Issue 15 asks XLSX cells that show 2 decimals and keep the full value
// (tests/geo/export_xlsx_test.cpp checks ours, written with libxlsxwriter).
// GDAL 3.6's XLSX driver stores the full value but gives the cell no style:
// Excel shows it as General, 63.7932058, whatever the field's precision.
TEST(GdalWriterLimits, XlsxDriverGivesARealCellNoNumberFormat) {
    TempDir dir;
    const std::string path = dir.file("zones.xlsx");
    writeOneRealFeature(path, "XLSX", wkbNone, 63.7932057996905, nullptr, nullptr);
    const std::string sheet = zipMember(path, "xl/worksheets/sheet1.xml");
    ASSERT_FALSE(sheet.empty()) << "GDAL wrote no first sheet in " << path;
    const std::size_t cell = sheet.find("<c r=\"A2\"");
    ASSERT_NE(cell, std::string::npos) << sheet;
    const std::string a2 = sheet.substr(cell, sheet.find("</c>", cell) - cell);
    EXPECT_NE(a2.find("63.7932057996905"), std::string::npos) << a2;  // the value is whole
    EXPECT_EQ(a2.find(" s=\""), std::string::npos)
        << "GDAL now styles the cell (" << a2 << "): check for a 2-decimal format and write XLSX with GDAL";
    const std::string styles = zipMember(path, "xl/styles.xml");
    EXPECT_EQ(styles.find("0.00\""), std::string::npos) << "GDAL now writes a 2-decimal number format:\n" << styles;
}

// The CSV export writes its WKT with the decimals --precision asks (6 by
// default for degrees) and "# WARNING:" comment lines for statistics that
// miss a layer. GDAL 3.6's CSV driver has a layer creation option for
// neither (GeoJSON's has COORDINATE_PRECISION), and writes WKT with the
// process-wide OGR_WKT_PRECISION's significant digits.
TEST(GdalWriterLimits, CsvDriverHasNoCoordinateDecimalsAndNoCommentLines) {
    GDALAllRegister();
    auto layerOptions = [](const char* driverName) {
        GDALDriverH d = GDALGetDriverByName(driverName);
        const char* xml = d ? GDALGetMetadataItem(d, GDAL_DS_LAYER_CREATIONOPTIONLIST, nullptr) : nullptr;
        return std::string(xml ? xml : "");
    };
    const std::string csv = layerOptions("CSV"), geojson = layerOptions("GeoJSON");
    ASSERT_NE(csv.find("name='GEOMETRY'"), std::string::npos) << csv;  // the list was read (GDAL quotes with ')
    EXPECT_NE(geojson.find("COORDINATE_PRECISION"), std::string::npos) << geojson;
    EXPECT_EQ(csv.find("PRECISION"), std::string::npos) << "GDAL's CSV driver now takes a precision:\n" << csv;
    EXPECT_EQ(csv.find("COMMENT"), std::string::npos) << "GDAL's CSV driver now writes comments:\n" << csv;

    TempDir dir;
    const std::string path = dir.file("zones.csv");
    char** options = CSLSetNameValue(nullptr, "GEOMETRY", "AS_WKT");
    writeOneRealFeature(path, "CSV", wkbPoint, 63.7932057996905, "POINT (105.123456789012 9.1)", options);
    CSLDestroy(options);
    const std::string text = vt_test::readBytes(path);
    // 12 decimals as given, where the export asks 6 (105.123457). The
    // latitude's digits depend on OGR_WKT_PRECISION, which another test of
    // this process may have set ("9.1" or "9.0999999999999996"): the point.
    EXPECT_NE(text.find("POINT (105.123456789012 9."), std::string::npos) << text;
}

}  // namespace
