#pragma once
// Independent area checks for tests: geo::Geometry handed to OGR (GDAL's own
// geometry, GEOS behind it) and measured there, and GeographicLib's
// Planimeter (geographiclib-tools) run as a program; neither goes through
// geo/'s area code or its PROJ wrappers. Shared by the split tests of geo
// and of the app.
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <type_traits>

#include "geo/geometry.h"

namespace vt::testsupport {

struct OgrGeomDeleter {
    void operator()(OGRGeometryH g) const { OGR_G_DestroyGeometry(g); }
};
using OgrGeom = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, OgrGeomDeleter>;

// g's polygons as an OGR multipolygon, coordinates as they are (lon/lat in
// traditional GIS order for the callers).
inline OgrGeom toOgr(const geo::Geometry& g) {
    OgrGeom multi(OGR_G_CreateGeometry(wkbMultiPolygon));
    for (const auto& poly : g.polygons) {
        OGRGeometryH p = OGR_G_CreateGeometry(wkbPolygon);
        for (const auto& r : poly.rings) {
            OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
            for (const auto& v : r) OGR_G_AddPoint_2D(ring, v.x, v.y);
            OGR_G_AddGeometryDirectly(p, ring);
        }
        OGR_G_AddGeometryDirectly(multi.get(), p);
    }
    return multi;
}

// Planar area in m² of a lon/lat geometry reprojected by OGR/PROJ to UTM 48N
// (EPSG:32648); NAN when OGR cannot.
inline double utmAreaM2(const geo::Geometry& g) {
    OGRSpatialReferenceH wgs = OSRNewSpatialReference(nullptr), utm = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(wgs, 4326);
    OSRImportFromEPSG(utm, 32648);
    OSRSetAxisMappingStrategy(wgs, OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(utm, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(wgs, utm);
    OgrGeom o = toOgr(g);
    double area = NAN;
    if (ct && OGR_G_Transform(o.get(), ct) == OGRERR_NONE) area = OGR_G_Area(o.get());
    if (ct) OCTDestroyCoordinateTransformation(ct);
    OSRDestroySpatialReference(wgs);
    OSRDestroySpatialReference(utm);
    return area;
}

// The geodesic area in m² of a closed lon/lat ring by Planimeter (WGS 84,
// `-p 10`: to 1e-5 m²); NAN when it cannot run.
inline double planimeterM2(const geo::Ring& lonLat) {
    std::string name = (std::filesystem::temp_directory_path() / "vt-planimeter-XXXXXX").string();
    int fd = mkstemp(name.data());
    if (fd < 0) return NAN;
    std::FILE* in = fdopen(fd, "w");
    if (!in) {
        ::close(fd);
        std::remove(name.c_str());
        return NAN;
    }
    // Planimeter reads "lat lon" and closes the ring itself.
    for (std::size_t i = 0; i + 1 < lonLat.size(); ++i) std::fprintf(in, "%.17g %.17g\n", lonLat[i].y, lonLat[i].x);
    std::fclose(in);
    std::FILE* out = popen(("Planimeter -p 10 < '" + name + "'").c_str(), "r");
    double points = 0, perimeter = 0, area = NAN;
    if (out && std::fscanf(out, "%lf %lf %lf", &points, &perimeter, &area) != 3) area = NAN;
    if (out) pclose(out);
    std::remove(name.c_str());
    return std::fabs(area);
}

inline double planimeterHa(const geo::Ring& lonLat) { return planimeterM2(lonLat) / 10000.0; }

}  // namespace vt::testsupport
