// `info` describes any file GDAL reads, also one that cannot be measured:
// a file without CRS whose coordinates fit no guess, a MapInfo NonEarth
// (planar) file, a GeoPackage with an empty layer among others. Each gives
// layer names, feature counts, geometry, CRS and extent, and exit status 0;
// the files are left byte for byte as they were.
#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <string>

#include "../geo/test_support.h"
#include "cli_run.h"

namespace {

using vt_test::CliRun;
using vt_test::runCli;

std::uint64_t fnv1a(const std::string& bytes) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
    return h;
}

std::map<std::string, std::uint64_t> checksums(const vt_test::TempDir& dir) {
    std::map<std::string, std::uint64_t> out;
    for (const auto& e : std::filesystem::directory_iterator(dir.path()))
        out[e.path().filename().string()] = fnv1a(vt_test::readBytes(e.path()));
    return out;
}

// A square of 100 × 100 units at (1000, 2000): local grid coordinates, which
// fit neither degrees nor any VN-2000 zone.
const char* kLocalSquare = "POLYGON ((1000 2000,1100 2000,1100 2100,1000 2100,1000 2000))";

TEST(CliInfo, AFileWithoutCrsIsDescribedAndSaysWhatIsMissing) {
    vt_test::TempDir dir;
    vt_test::writeOgr(dir.file("local.shp"), "ESRI Shapefile", 0, {{"A", kLocalSquare}});
    ASSERT_FALSE(std::filesystem::exists(dir.file("local.prj")));
    auto before = checksums(dir);
    CliRun r = runCli("info '" + dir.file("local.shp") + "'");
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("Layer local"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("features:  1 (1 polygon)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("CRS:       none: the file declares none"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("--crs"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("extent:    1000.0, 2000.0 – 1100.0, 2100.0"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("fields:    code (text)"), std::string::npos) << r.out;
    EXPECT_EQ(checksums(dir), before);
}

TEST(CliInfo, AMapInfoNonEarthFileIsPlanarMetres) {
    vt_test::TempDir dir;
    // Written by hand as MapInfo Professional writes a CAD-like drawing.
    vt_test::writeText(dir.path() / "plan.mif",
                       "Version 300\nCharset \"WindowsLatin1\"\nDelimiter \",\"\n"
                       "CoordSys NonEarth Units \"m\" Bounds (0, 0) (10000, 10000)\n"
                       "Columns 1\n  name Char(10)\nData\n\n"
                       "Region 1\n  5\n1000 2000\n1100 2000\n1100 2100\n1000 2100\n1000 2000\n");
    vt_test::writeText(dir.path() / "plan.mid", "\"lo 1\"\n");
    auto before = checksums(dir);
    CliRun r = runCli("info '" + dir.file("plan.mif") + "'");
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err.find("unknown PROJ error"), std::string::npos) << r.err;
    EXPECT_NE(r.out.find("Layer plan"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("features:  1 (1 polygon)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("CRS:       non-earth (planar, m)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("nothing in it has a geodesic area"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("extent:    1000.0, 2000.0 – 1100.0, 2100.0"), std::string::npos) << r.out;
    EXPECT_EQ(checksums(dir), before);
}

TEST(CliInfo, AnEmptyLayerAmongSeveralIsListedWithTheOthers) {
    vt_test::TempDir dir;
    const std::string gpkg = dir.file("multi.gpkg");
    {
        GDALAllRegister();
        GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), gpkg.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
        ASSERT_NE(ds, nullptr);
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, 9209);
        for (const char* name : {"first", "empty", "third"}) {
            OGRLayerH layer = GDALDatasetCreateLayer(ds, name, srs, wkbPolygon, nullptr);
            ASSERT_NE(layer, nullptr);
            if (std::string(name) == "empty") continue;
            OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
            OGRGeometryH g = nullptr;
            char* wkt = const_cast<char*>("POLYGON ((561000 1064000,561100 1064000,561100 1064100,561000 1064000))");
            ASSERT_EQ(OGR_G_CreateFromWkt(&wkt, nullptr, &g), OGRERR_NONE);
            OGR_F_SetGeometryDirectly(f, g);
            ASSERT_EQ(OGR_L_CreateFeature(layer, f), OGRERR_NONE);
            OGR_F_Destroy(f);
        }
        OSRRelease(srs);
        GDALClose(ds);
    }
    auto before = checksums(dir);
    CliRun r = runCli("info '" + gpkg + "'");
    EXPECT_EQ(r.status, 0) << r.err;
    std::size_t first = r.out.find("Layer first"), empty = r.out.find("Layer empty"), third = r.out.find("Layer third");
    ASSERT_NE(first, std::string::npos) << r.out;
    ASSERT_NE(empty, std::string::npos) << r.out;
    ASSERT_NE(third, std::string::npos) << r.out;
    // Each layer's own lines up to the next "Layer " line.
    auto block = [&](std::size_t at) { return r.out.substr(at, r.out.find("\nLayer ", at + 1) - at); };
    EXPECT_NE(block(empty).find("features:  0 (empty layer)"), std::string::npos) << r.out;
    EXPECT_NE(block(empty).find("VN-2000 / TM-3 105-30 (EPSG:9209)"), std::string::npos) << r.out;
    EXPECT_NE(block(first).find("features:  1 (1 polygon)"), std::string::npos) << r.out;
    EXPECT_NE(block(third).find("features:  1 (1 polygon)"), std::string::npos) << r.out;
    EXPECT_EQ(checksums(dir), before);
}

}  // namespace
