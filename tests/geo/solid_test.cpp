// 3D solids and surfaces as planting areas: a closed box (floor, roof, four
// walls) counts by its footprint, never 0 ha and never its faces summed.
// The expected hectares are computed here, independently of geo/: the box's
// four corners taken to lon/lat by OGR's coordinate transformation (PROJ),
// then GeographicLib's geod_polygonarea on the WGS 84 ellipsoid.
#include <gdal.h>
#include <geodesic.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "geo/area.h"
#include "geo/source.h"
#include "geo/workspace.h"
#include "test_support.h"

namespace {

constexpr double kX0 = 560000, kY0 = 1060000;  // EPSG:32648, in Sóc Trăng
constexpr double kWidth = 100, kDepth = 200, kHeight = 10;

// The closed box as WKT faces, each ring "x y z, …".
std::vector<std::string> boxFaces() {
    auto p = [](double x, double y, double z) {
        return std::to_string(kX0 + x) + " " + std::to_string(kY0 + y) + " " + std::to_string(z);
    };
    const double w = kWidth, d = kDepth, h = kHeight;
    auto face = [&](std::vector<std::string> pts) {
        std::string s = "((";
        for (std::size_t i = 0; i < pts.size(); ++i) s += (i ? "," : "") + pts[i];
        return s + "," + pts[0] + "))";
    };
    return {face({p(0, 0, 0), p(0, d, 0), p(w, d, 0), p(w, 0, 0)}),   // floor
            face({p(0, 0, h), p(w, 0, h), p(w, d, h), p(0, d, h)}),   // roof
            face({p(0, 0, 0), p(w, 0, 0), p(w, 0, h), p(0, 0, h)}),   // south wall
            face({p(w, 0, 0), p(w, d, 0), p(w, d, h), p(w, 0, h)}),   // east wall
            face({p(w, d, 0), p(0, d, 0), p(0, d, h), p(w, d, h)}),   // north wall
            face({p(0, d, 0), p(0, 0, 0), p(0, 0, h), p(0, d, h)})};  // west wall
}

std::string join(const std::vector<std::string>& faces, const std::string& head) {
    std::string s = head + " (";
    for (std::size_t i = 0; i < faces.size(); ++i) s += (i ? "," : "") + faces[i];
    return s + ")";
}

// Writes one feature of geometry wkt with GDAL; layer creation options lco.
void writeWithGdal(const std::string& path, const char* driverName, const std::string& wkt,
                   std::vector<const char*> lco = {}) {
    GDALAllRegister();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName(driverName), path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    ASSERT_NE(ds, nullptr);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    ASSERT_EQ(OSRImportFromEPSG(srs, 32648), OGRERR_NONE);
    lco.push_back(nullptr);
    OGRGeometryH g = nullptr;
    char* text = const_cast<char*>(wkt.c_str());
    ASSERT_EQ(OGR_G_CreateFromWkt(&text, nullptr, &g), OGRERR_NONE) << wkt;
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "box", srs, OGR_G_GetGeometryType(g), const_cast<char**>(lco.data()));
    ASSERT_NE(layer, nullptr);
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    OGR_F_SetGeometryDirectly(f, g);
    ASSERT_EQ(OGR_L_CreateFeature(layer, f), OGRERR_NONE);
    OGR_F_Destroy(f);
    GDALClose(ds);
    OSRRelease(srs);
}

// The footprint's hectares, independently: corners to lon/lat, geod_polygonarea.
double expectedFootprintHa() {
    OGRSpatialReferenceH utm = OSRNewSpatialReference(nullptr), wgs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(utm, 32648);
    OSRImportFromEPSG(wgs, 4326);
    OSRSetAxisMappingStrategy(wgs, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(utm, wgs);
    double xs[4] = {kX0, kX0 + kWidth, kX0 + kWidth, kX0}, ys[4] = {kY0, kY0, kY0 + kDepth, kY0 + kDepth};
    int ok[4] = {0, 0, 0, 0};
    EXPECT_TRUE(OCTTransformEx(ct, 4, xs, ys, nullptr, ok));
    OCTDestroyCoordinateTransformation(ct);
    OSRRelease(utm);
    OSRRelease(wgs);
    geod_geodesic g;
    geod_init(&g, 6378137.0, 1 / 298.257223563);
    double area = 0, perimeter = 0;
    geod_polygonarea(&g, ys, xs, 4, &area, &perimeter);  // lats, lons
    return std::fabs(area) / 10000;
}

struct Measured {
    double ha = 0;
    std::size_t repairs = 0;
    std::string warnings;
    geo::Geometry geometry;
};

Measured measure(const std::string& path) {
    geo::Layer layer = geo::readLayer(path);
    Measured m;
    for (const auto& w : layer.warnings) m.warnings += w.text + "\n";
    geo::LayerSpec spec;
    spec.id = "box";
    spec.path = path;
    geo::LoadedLayer l = geo::normalise(spec, std::move(layer));
    m.repairs = l.repairs.size();
    EXPECT_EQ(l.normalised.features.size(), 1u);
    if (l.normalised.features.empty()) return m;
    m.geometry = l.normalised.features[0].geometry;
    m.ha = geo::geodesicAreaHa(m.geometry);
    return m;
}

TEST(Solid, ClosedBoxInGmlCountsItsFootprintAndSaysSo) {
    const double expected = expectedFootprintHa();
    // Not 2 ha: UTM's scale 140 km off the central meridian shrinks it, so a
    // planar 100 m × 200 m would be wrong by more than the tolerance.
    ASSERT_GT(std::fabs(expected - 2.0), 1e-3);
    vt_test::TempDir dir;
    // A CityGML-like gml:Solid, written by hand: GDAL reads it as a PolyhedralSurface Z.
    std::string faces;
    for (const std::string& f : boxFaces()) {
        std::string posList = f.substr(2, f.size() - 4);
        for (char& c : posList) if (c == ',') c = ' ';
        faces += "<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension=\"3\">" +
                 posList + "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>\n";
    }
    std::string gml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<ogr:FeatureCollection xmlns:ogr=\"http://ogr.maptools.org/\" xmlns:gml=\"http://www.opengis.net/gml\">\n"
        "<gml:featureMember><ogr:box fid=\"box.0\"><ogr:geometryProperty><gml:Solid srsName=\"EPSG:32648\">"
        "<gml:exterior><gml:CompositeSurface>\n" + faces +
        "</gml:CompositeSurface></gml:exterior></gml:Solid></ogr:geometryProperty></ogr:box></gml:featureMember>\n"
        "</ogr:FeatureCollection>\n";
    std::string path = vt_test::writeText(dir.path() / "box.gml", gml);
    Measured m = measure(path);
    EXPECT_EQ(m.geometry.kind, geo::GeometryKind::Polygon);
    EXPECT_NEAR(m.ha, expected, 1e-5);  // 0.1 m²: far below survey error
    EXPECT_EQ(m.repairs, 0u);           // one clean footprint, nothing to repair
    EXPECT_NE(m.warnings.find("3D solids or surfaces"), std::string::npos) << m.warnings;
    EXPECT_NE(m.warnings.find("footprint"), std::string::npos) << m.warnings;
    EXPECT_NE(m.warnings.find("(FID 0)"), std::string::npos) << m.warnings;
}

TEST(Solid, PolyhedralSurfaceTinAndMultipatchGiveTheSameFootprint) {
    const double expected = expectedFootprintHa();
    vt_test::TempDir dir;
    const std::string surface = join(boxFaces(), "POLYHEDRALSURFACE Z");
    // A shapefile multipatch (GDAL reads it back as a MultiPolygon Z whose walls stand upright).
    std::string shp = dir.file("box.shp");
    writeWithGdal(shp, "ESRI Shapefile", surface, {"SHPT=MULTIPATCH"});
    // A TIN: the floor and the roof as two triangles each, and one wall.
    auto c = [](double x, double y, double z) {
        return std::to_string(kX0 + x) + " " + std::to_string(kY0 + y) + " " + std::to_string(z);
    };
    const double w = kWidth, d = kDepth, h = kHeight;
    std::string tin = "TIN Z (((" + c(0, 0, 0) + "," + c(w, 0, 0) + "," + c(w, d, 0) + "," + c(0, 0, 0) + ")),((" +
                      c(0, 0, 0) + "," + c(w, d, 0) + "," + c(0, d, 0) + "," + c(0, 0, 0) + ")),((" + c(0, 0, h) +
                      "," + c(w, 0, h) + "," + c(w, d, h) + "," + c(0, 0, h) + ")),((" + c(0, 0, h) + "," +
                      c(w, d, h) + "," + c(0, d, h) + "," + c(0, 0, h) + ")),((" + c(0, 0, 0) + "," + c(w, 0, 0) +
                      "," + c(w, 0, h) + "," + c(0, 0, 0) + ")))";
    std::string gml = dir.file("tin.gml");
    writeWithGdal(gml, "GML", tin, {});
    for (const std::string& path : {shp, gml}) {
        SCOPED_TRACE(path);
        Measured m = measure(path);
        EXPECT_NEAR(m.ha, expected, 1e-5);
        EXPECT_EQ(m.repairs, 0u);
        EXPECT_NE(m.warnings.find("footprint"), std::string::npos) << m.warnings;
    }
}

TEST(Solid, OnlyWallsHaveNoFootprintAndAreEmptyNotZero) {
    vt_test::TempDir dir;
    std::vector<std::string> walls = boxFaces();
    walls.erase(walls.begin(), walls.begin() + 2);  // no floor, no roof
    std::string shp = dir.file("walls.gml");
    writeWithGdal(shp, "GML", join(walls, "POLYHEDRALSURFACE Z"), {});
    Measured m = measure(shp);
    // Empty polygon: the data-quality report names it (empty_geometry), never a silent 0 ha.
    EXPECT_EQ(m.geometry.kind, geo::GeometryKind::Polygon);
    EXPECT_TRUE(m.geometry.isEmpty());
    EXPECT_NE(m.warnings.find("footprint"), std::string::npos) << m.warnings;
}

}  // namespace
