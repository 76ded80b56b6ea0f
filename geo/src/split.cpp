#include "geo/split.h"

#include <cmath>

#include "geo/error.h"
#include "geos_util.h"

namespace geo {

namespace {

using namespace detail;

// One polygon of the input cut along the line: its faces, or none when the
// line does not reach its interior; one face when it does not cut it through.
std::vector<Polygon> cutMember(GEOSContextHandle_t ctx, const Polygon& member, const GEOSGeometry* line,
                               const std::string& what, bool& touched) {
    GeosGeom polygon = toGeos(ctx, Geometry::polygon(member), what);
    // The line's interior must meet the polygon's interior: a line along its
    // border or only touching it leaves it as it is.
    touched = relatePattern(ctx, line, polygon.get(), "T********", what);
    if (!touched) return {};
    // The rings and the line noded together: every crossing becomes a vertex
    // of both, so the faces polygonize finds share their edges exactly.
    GeosGeom rings = boundaryOf(ctx, polygon.get(), what);
    GeosGeom noded = unionOf(ctx, {rings.get(), line}, what);
    GeosGeom faces = polygonize(ctx, noded.get(), what);
    Geometry all = fromGeos(ctx, faces.get(), GeometryKind::Polygon, what);
    // The faces inside the polygon are its parts (its holes are faces too).
    GeosPrepared inside = prepare(ctx, polygon.get(), what);
    std::vector<Polygon> out;
    for (auto& face : all.polygons) {
        GeosGeom f = toGeos(ctx, Geometry::polygon(face), what);
        GeosGeom at = makePoint(ctx, pointOnSurface(ctx, f.get(), what), what);
        if (preparedContains(ctx, inside.get(), at.get(), what)) out.push_back(std::move(face));
    }
    return out;
}

}  // namespace

PolygonSplit splitPolygon(const Geometry& g, const std::vector<XY>& line, const std::string& what) {
    if (!g.isPolygonal() || g.polygons.empty()) throw GeometryError(what + ": only polygons can be split");
    std::vector<XY> path;
    for (const XY& p : line) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            throw GeometryError(what + ": the split line has a vertex that is not a finite coordinate");
        if (path.empty() || !(path.back() == p)) path.push_back(p);
    }
    if (path.size() < 2) throw GeometryError(what + ": the split line needs two different points");

    GEOSContextHandle_t ctx = threadGeos().handle();
    Geometry lineGeometry;
    lineGeometry.kind = GeometryKind::LineString;
    lineGeometry.lines.push_back(path);
    GeosGeom lineGeos = toGeos(ctx, lineGeometry, what + " (the split line)");

    PolygonSplit result;
    Geometry untouched;  // members the line leaves alone, kept together
    untouched.kind = GeometryKind::Polygon;
    bool split = false, notCrossed = false;
    std::vector<Geometry> parts;
    for (const Polygon& member : g.polygons) {
        bool touched = false;
        std::vector<Polygon> faces = cutMember(ctx, member, lineGeos.get(), what, touched);
        if (faces.size() >= 2) {
            split = true;
            for (auto& f : faces) parts.push_back(Geometry::polygon(std::move(f)));
            continue;
        }
        if (touched) notCrossed = true;
        untouched.polygons.push_back(member);
    }
    if (notCrossed || !split) {
        result.outcome = notCrossed ? PolygonSplit::Outcome::NotCrossed : PolygonSplit::Outcome::Untouched;
        result.parts = {g};
        return result;
    }
    if (!untouched.polygons.empty()) parts.push_back(std::move(untouched));
    result.outcome = PolygonSplit::Outcome::Split;
    result.parts = std::move(parts);
    return result;
}

}  // namespace geo
