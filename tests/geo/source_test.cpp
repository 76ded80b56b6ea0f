// Reading sources with GDAL: formats, CRS from the source or inferred, and
// every error path with the message a user sees.
#include <gtest/gtest.h>

#include <cmath>

#include "geo/area.h"
#include "geo/error.h"
#include "geo/source.h"
#include "geo/workspace.h"
#include "error_of.h"
#include "test_support.h"

namespace {

using vt_test::TempDir;

using vt_test::errorOf;

const char* kSquareWkt = "POLYGON ((544000 1062000,544100 1062000,544100 1062100,544000 1062100,544000 1062000))";

TEST(ReadLayer, GeoJsonWithAttributesAndCrs) {
    TempDir dir;
    std::string path = vt_test::writeText(dir.path() / "a.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"ten":"Thạnh Trị","n":3,"x":1.5},
       "geometry":{"type":"Point","coordinates":[105.7,9.45]}}]})");
    geo::Layer layer = geo::readLayer(path);
    ASSERT_EQ(layer.features.size(), 1u);
    EXPECT_EQ(layer.crs.authorityCode, "EPSG:4326");
    EXPECT_FALSE(layer.crs.inferred);
    EXPECT_EQ(geo::toText(layer.features[0].attributes[static_cast<size_t>(layer.requireField("ten"))]), "Thạnh Trị");
    EXPECT_EQ(std::get<std::int64_t>(layer.features[0].attributes[static_cast<size_t>(layer.requireField("n"))]), 3);
    EXPECT_EQ(layer.features[0].geometry.kind, geo::GeometryKind::Point);
    EXPECT_DOUBLE_EQ(layer.features[0].geometry.points[0].x, 105.7);
}

TEST(ReadLayer, ShapefileWithoutPrjGetsTheProvinceCrsAsAGuess) {
    TempDir dir;
    std::string path = vt_test::writeOgr(dir.file("plots.shp"), "ESRI Shapefile", 0, {{"A", kSquareWkt}});
    ASSERT_FALSE(std::filesystem::exists(dir.file("plots.prj")));
    geo::ReadOptions options;
    options.provinceCrsHint = "EPSG:9209";
    geo::Layer layer = geo::readLayer(path, options);
    EXPECT_EQ(layer.crs.authorityCode, "EPSG:9209");
    EXPECT_TRUE(layer.crs.inferred);
    ASSERT_FALSE(layer.warnings.empty());
    EXPECT_EQ(layer.warnings[0].kind, geo::WarningKind::CrsGuess) << layer.warnings[0].text;
    EXPECT_NE(layer.warnings[0].text.find("guessed"), std::string::npos) << layer.warnings[0].text;
}

TEST(ReadLayer, CrsOverrideWinsOverTheGuess) {
    TempDir dir;
    std::string path = vt_test::writeOgr(dir.file("plots.shp"), "ESRI Shapefile", 0, {{"A", kSquareWkt}});
    geo::ReadOptions options;
    options.crsOverride = "EPSG:9210";
    geo::Layer layer = geo::readLayer(path, options);
    EXPECT_EQ(layer.crs.authorityCode, "EPSG:9210");
    EXPECT_FALSE(layer.crs.inferred);
}

TEST(ReadLayer, ShapefileWithPrjKeepsItsCrs) {
    TempDir dir;
    std::string path = vt_test::writeOgr(dir.file("plots.shp"), "ESRI Shapefile", 9209, {{"A", kSquareWkt}});
    geo::Layer layer = geo::readLayer(path);
    EXPECT_EQ(layer.crs.authorityCode, "EPSG:9209");
    EXPECT_FALSE(layer.crs.inferred);
}

TEST(ReadLayer, CsvWithWktColumnKeepsLeadingZerosAsText) {
    TempDir dir;
    std::string path = vt_test::writeText(dir.path() / "t.csv",
                                          "ma,wkt\n0123,\"POINT (105.7 9.45)\"\n123,\"POINT (105.8 9.5)\"\n");
    geo::ReadOptions options;
    options.wktField = "wkt";
    geo::Layer layer = geo::readLayer(path, options);
    ASSERT_EQ(layer.features.size(), 2u);
    EXPECT_EQ(geo::toText(layer.features[0].attributes[0]), "0123");
    EXPECT_EQ(geo::toText(layer.features[1].attributes[0]), "123");
    EXPECT_EQ(layer.features[0].geometry.kind, geo::GeometryKind::Point);
}

TEST(ReadLayer, CsvWithLonLatColumns) {
    TempDir dir;
    std::string path = vt_test::writeText(dir.path() / "t.csv", "ten,lon,lat\nMỹ Tú,105.8,9.62\n");
    geo::ReadOptions options;
    options.xField = "lon";
    options.yField = "lat";
    geo::Layer layer = geo::readLayer(path, options);
    ASSERT_EQ(layer.features.size(), 1u);
    ASSERT_EQ(layer.features[0].geometry.points.size(), 1u);
    EXPECT_DOUBLE_EQ(layer.features[0].geometry.points[0].y, 9.62);
    EXPECT_TRUE(layer.crs.inferred);  // a CSV carries no CRS: degrees → WGS 84, as a guess
    EXPECT_EQ(layer.crs.authorityCode, "EPSG:4326");
}

TEST(ReadLayer, GeoPackageAndXlsxAreRead) {
    TempDir dir;
    std::string gpkg = vt_test::writeOgr(dir.file("p.gpkg"), "GPKG", 9209, {{"A", kSquareWkt}, {"B", kSquareWkt}});
    EXPECT_EQ(geo::readLayer(gpkg).features.size(), 2u);
    std::string xlsx = vt_test::writeOgr(dir.file("t.xlsx"), "XLSX", 0, {{"0042", ""}, {"Kế Sách", ""}}, wkbNone);
    geo::ReadOptions options;
    options.allowEmpty = true;
    geo::Layer table = geo::readLayer(xlsx, options);
    ASSERT_EQ(table.features.size(), 2u);
    EXPECT_EQ(geo::toText(table.features[1].attributes[0]), "Kế Sách");
    EXPECT_FALSE(table.crs.isKnown());
}

TEST(ReadLayer, MissingFileNamesThePath) {
    std::string msg = errorOf([] { geo::readLayer("/nonexistent/dir/plots.shp"); });
    EXPECT_NE(msg.find("/nonexistent/dir/plots.shp"), std::string::npos) << msg;
    EXPECT_NE(msg.find("not found"), std::string::npos) << msg;
}

TEST(ReadLayer, UnreadableFormatNamesThePathAndReason) {
    TempDir dir;
    std::string path = vt_test::writeText(dir.path() / "junk.gpkg", "this is not a geopackage");
    std::string msg = errorOf([&] { geo::readLayer(path); });
    EXPECT_NE(msg.find("junk.gpkg"), std::string::npos) << msg;
    EXPECT_NE(msg.find("cannot open"), std::string::npos) << msg;
}

TEST(ReadLayer, MissingLayerListsTheLayersThereAre) {
    TempDir dir;
    std::string gpkg = vt_test::writeOgr(dir.file("p.gpkg"), "GPKG", 9209, {{"A", kSquareWkt}});
    geo::ReadOptions options;
    options.layerName = "zones";
    std::string msg = errorOf([&] { geo::readLayer(gpkg, options); });
    EXPECT_NE(msg.find("no layer 'zones'"), std::string::npos) << msg;
    EXPECT_NE(msg.find("layers: p"), std::string::npos) << msg;
}

TEST(ReadLayer, EmptyLayerIsAnErrorUnlessAllowed) {
    TempDir dir;
    std::string path = vt_test::writeOgr(dir.file("empty.shp"), "ESRI Shapefile", 9209, {});
    std::string msg = errorOf([&] { geo::readLayer(path); });
    EXPECT_NE(msg.find("empty.shp"), std::string::npos) << msg;
    EXPECT_NE(msg.find("no features"), std::string::npos) << msg;
    geo::ReadOptions options;
    options.allowEmpty = true;
    EXPECT_TRUE(geo::readLayer(path, options).features.empty());
}

TEST(ReadLayer, TruncatedShapefileWarnsInsteadOfCrashing) {
    TempDir dir;
    std::vector<std::pair<std::string, std::string>> rows;
    for (int i = 0; i < 10; ++i) rows.push_back({"P" + std::to_string(i), kSquareWkt});
    std::string path = vt_test::writeOgr(dir.file("cut.shp"), "ESRI Shapefile", 9209, rows);
    auto size = std::filesystem::file_size(path);
    std::filesystem::resize_file(path, size - 60);  // the last record loses most of its points
    geo::Layer layer = geo::readLayer(path);
    ASSERT_FALSE(layer.warnings.empty());
    std::string all;
    for (const auto& w : layer.warnings) all += w.text + "\n";
    EXPECT_NE(all.find("cut.shp"), std::string::npos) << all;
    EXPECT_LE(layer.features.size(), 10u);
}

TEST(ListLayers, NamesEveryLayerOfAGeoPackage) {
    TempDir dir;
    std::string gpkg = vt_test::writeOgr(dir.file("p.gpkg"), "GPKG", 9209, {{"A", kSquareWkt}});
    EXPECT_EQ(geo::listLayers(gpkg), std::vector<std::string>{"p"});
}

}  // namespace

namespace {

// Issue "Real-world input": a VN-2000 TM-3 point in a shapefile without .prj
// lands within 1 m of where PROJ's cs2cs puts it, once the CRS is inferred.
//   echo "544000 1062000" | cs2cs -d 9 EPSG:9209 EPSG:4326 → 9.603219282  105.902666226
//   echo "580000 1030000" | cs2cs -d 9 EPSG:9209 EPSG:4326 → 9.313356521  106.230023739
TEST(ReadLayer, PointsWithoutPrjLandWithinAMetreOfCs2csAfterInference) {
    TempDir dir;
    std::string path = vt_test::writeOgr(dir.file("htx.shp"), "ESRI Shapefile", 0,
                                         {{"A", "POINT (544000 1062000)"}, {"B", "POINT (580000 1030000)"}}, wkbPoint);
    geo::ReadOptions options;
    options.provinceCrsHint = "EPSG:9209";
    geo::LayerSpec spec;
    spec.id = "htx";
    geo::LoadedLayer l = geo::normalise(spec, geo::readLayer(path, options));
    ASSERT_TRUE(l.source.crs.inferred);
    ASSERT_EQ(l.source.crs.authorityCode, "EPSG:9209");
    struct Expected {
        double lat, lon;
    };
    const Expected expected[] = {{9.603219282, 105.902666226}, {9.313356521, 106.230023739}};
    for (int i = 0; i < 2; ++i) {
        geo::XY p = l.normalised.features[static_cast<std::size_t>(i)].geometry.points.at(0);
        double dx = (p.x - expected[i].lon) * 109780, dy = (p.y - expected[i].lat) * 110574;  // m per ° at 9.6° N
        EXPECT_LT(std::hypot(dx, dy), 1.0) << "point " << i;
    }
}

}  // namespace

namespace {

// A GeoPackage of n points whose FIDs are 1, 4, 7, … (gaps, as after deletions)
// with text, integer and real attributes derived from the FID.
std::string writeSparseFidGeoPackage(const std::string& path, int n) {
    GDALAllRegister();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "points", srs, wkbPoint, nullptr);
    for (auto [name, type] : {std::pair{"code", OFTString}, {"ten", OFTString}, {"n", OFTInteger64}, {"ha", OFTReal}}) {
        OGRFieldDefnH fd = OGR_Fld_Create(name, type);
        OGR_L_CreateField(layer, fd, 1);
        OGR_Fld_Destroy(fd);
    }
    if (OGR_L_StartTransaction(layer) != OGRERR_NONE) throw std::runtime_error("fixture: no transaction in " + path);
    for (int k = 0; k < n; ++k) {
        GIntBig fid = 3 * static_cast<GIntBig>(k) + 1;
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFID(f, fid);
        OGR_F_SetFieldString(f, 0, ("VN-STOR-" + std::to_string(100000 + fid)).c_str());
        OGR_F_SetFieldString(f, 1, ("Hợp tác xã " + std::to_string(fid)).c_str());
        OGR_F_SetFieldInteger64(f, 2, fid * 7);
        OGR_F_SetFieldDouble(f, 3, static_cast<double>(fid) / 4);
        OGRGeometryH g = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(g, 0, 105.5 + static_cast<double>(k) * 1e-6, 9.5);
        OGR_F_SetGeometryDirectly(f, g);
        if (OGR_L_CreateFeature(layer, f) != OGRERR_NONE) throw std::runtime_error("fixture: cannot write " + path);
        OGR_F_Destroy(f);
    }
    if (OGR_L_CommitTransaction(layer) != OGRERR_NONE) throw std::runtime_error("fixture: cannot commit " + path);
    GDALClose(ds);
    OSRRelease(srs);
    return path;
}

geo::Layer readWithThreads(const std::string& path, const char* threads) {
    setenv("VT_THREADS", threads, 1);
    geo::Layer l = geo::readLayer(path, {});
    unsetenv("VT_THREADS");
    return l;
}

}  // namespace

// Large GeoPackage layers are read by several connections over FID ranges:
// the result must be what one connection reads, feature for feature.
TEST(ReadLayer, LargeGeoPackageReadInParallelEqualsTheFileInFidOrder) {
    TempDir dir;
    const int n = 60000;  // above the parallel threshold (50,000)
    std::string gpkg = writeSparseFidGeoPackage(dir.file("many.gpkg"), n);
    geo::Layer parallel = readWithThreads(gpkg, "3");
    geo::Layer serial = readWithThreads(gpkg, "1");
    ASSERT_EQ(parallel.features.size(), static_cast<std::size_t>(n));
    ASSERT_EQ(serial.features.size(), static_cast<std::size_t>(n));
    EXPECT_TRUE(parallel.warnings.empty());
    for (int k = 0; k < n; ++k) {
        const geo::Feature& f = parallel.features[static_cast<std::size_t>(k)];
        std::int64_t fid = 3 * static_cast<std::int64_t>(k) + 1;
        ASSERT_EQ(f.fid, fid) << "feature " << k;
        ASSERT_EQ(std::get<std::string>(f.attributes[0]), "VN-STOR-" + std::to_string(100000 + fid));
        ASSERT_EQ(std::get<std::string>(f.attributes[1]), "Hợp tác xã " + std::to_string(fid));
        ASSERT_EQ(std::get<std::int64_t>(f.attributes[2]), fid * 7);
        ASSERT_EQ(std::get<double>(f.attributes[3]), static_cast<double>(fid) / 4);
        ASSERT_EQ(f.geometry.points.size(), 1u);
        ASSERT_EQ(f.geometry.points[0].x, 105.5 + static_cast<double>(k) * 1e-6);
        const geo::Feature& s = serial.features[static_cast<std::size_t>(k)];
        ASSERT_EQ(s.fid, f.fid);
        ASSERT_EQ(s.attributes, f.attributes);
        ASSERT_EQ(s.geometry, f.geometry);
    }
}
