#include "surface_footprint.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "geos_util.h"

namespace geo::detail {
namespace {

bool isFacetedType(OGRwkbGeometryType flat) {
    return flat == wkbPolyhedralSurface || flat == wkbTIN || flat == wkbTriangle;
}

Ring ringOf(OGRGeometryH ring) {
    Ring out(static_cast<std::size_t>(std::max(0, OGR_G_GetPointCount(ring))));
    if (!out.empty()) OGR_G_GetPoints(ring, &out[0].x, sizeof(XY), &out[0].y, sizeof(XY), nullptr, 0);
    return out;
}

// Twice the signed area of a ring by the shoelace formula.
double twiceArea(const Ring& r) {
    double a = 0;
    for (std::size_t i = 0; i + 1 < r.size(); ++i) a += r[i].x * r[i + 1].y - r[i + 1].x * r[i].y;
    return a;
}

// A face seen from above covers ground when its outer ring's 2D area is more
// than rounding: a vertical face projects to a line (area ~1e-16 of its size²).
bool coversGround(const Polygon& face) {
    if (face.rings.empty() || face.rings[0].size() < 4) return false;
    Envelope e;
    for (const XY& p : face.rings[0]) e.expand(p);
    double size = e.width() + e.height();
    return std::fabs(twiceArea(face.rings[0])) > 1e-9 * size * size;
}

// Every polygon and face of g, in x/y, that covers ground.
void collectFaces(OGRGeometryH g, std::vector<Polygon>& faces) {
    OGRwkbGeometryType flat = wkbFlatten(OGR_G_GetGeometryType(g));
    if (flat == wkbPolygon || flat == wkbTriangle) {
        Polygon p;
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) p.rings.push_back(ringOf(OGR_G_GetGeometryRef(g, i)));
        if (coversGround(p)) faces.push_back(std::move(p));
        return;
    }
    // PolyhedralSurface, TIN, multi-polygons and collections: their members.
    for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) collectFaces(OGR_G_GetGeometryRef(g, i), faces);
}

// A polygon standing upright: no area seen from above, but height. A
// MultiPolygon Z holding one is the shell of a solid (a shapefile multipatch
// reads so), never a planting area drawn on a map.
bool isWall(OGRGeometryH polygon) {
    if (OGR_G_GetGeometryCount(polygon) < 1 || !OGR_G_Is3D(polygon)) return false;
    OGRGeometryH ring = OGR_G_GetGeometryRef(polygon, 0);
    Polygon face{{ringOf(ring)}};
    if (face.rings[0].size() < 4 || coversGround(face)) return false;
    double zMin = OGR_G_GetZ(ring, 0), zMax = zMin;
    for (int i = 1; i < OGR_G_GetPointCount(ring); ++i) {
        zMin = std::min(zMin, OGR_G_GetZ(ring, i));
        zMax = std::max(zMax, OGR_G_GetZ(ring, i));
    }
    return zMax > zMin;
}

}  // namespace

bool holdsFacetedSurface(OGRGeometryH g) {
    if (!g) return false;
    OGRwkbGeometryType flat = wkbFlatten(OGR_G_GetGeometryType(g));
    if (isFacetedType(flat)) return true;
    if (flat == wkbMultiPolygon && OGR_G_Is3D(g))
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            if (isWall(OGR_G_GetGeometryRef(g, i))) return true;
    if (flat != wkbGeometryCollection && flat != wkbMultiSurface && flat != wkbMultiPolygon) return false;
    for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
        if (holdsFacetedSurface(OGR_G_GetGeometryRef(g, i))) return true;
    return false;
}

Geometry surfaceFootprint(OGRGeometryH g, const std::string& what) {
    std::vector<Polygon> faces;
    collectFaces(g, faces);
    Geometry empty;
    empty.kind = GeometryKind::Polygon;
    if (faces.empty()) return empty;
    GEOSContextHandle_t ctx = threadGeos().handle();
    // Each face made valid on its own (a face can be self-touching after
    // projection), then one union: overlapping faces (roof over floor) count once.
    std::vector<GeosGeom> valid;
    std::vector<const GEOSGeometry*> parts;
    for (std::size_t i = 0; i < faces.size(); ++i) {
        auto face = [&] { return what + ", face " + std::to_string(i + 1); };
        GeosGeom raw = toGeos(ctx, Geometry::polygon(faces[i]), face);
        valid.push_back(makeValid(ctx, raw.get(), face));
        parts.push_back(valid.back().get());
    }
    GeosGeom footprint = unionOf(ctx, parts, [&] { return what + " (the union of its faces)"; });
    Geometry out = fromGeos(ctx, footprint.get(), GeometryKind::Polygon, what);
    out.kind = GeometryKind::Polygon;
    return out;
}

std::string footprintNote(const std::string& label, const std::vector<std::int64_t>& fids) {
    std::string list;
    for (std::size_t i = 0; i < fids.size() && i < 10; ++i) list += (i ? ", " : "") + std::to_string(fids[i]);
    if (fids.size() > 10) list += " and " + std::to_string(fids.size() - 10) + " more";
    return label + ": " + std::to_string(fids.size()) +
           " feature(s) are 3D solids or surfaces (PolyhedralSurface, TIN, multipatch): each is measured by its "
           "2D footprint, the union of its faces seen from above (walls add nothing) (FID " + list + ")";
}

}  // namespace geo::detail
