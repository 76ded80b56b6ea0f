#include "geo/split.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "geo/error.h"
#include "geo/geodesic_distance.h"
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

bool lessXY(const XY& a, const XY& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); }

// Moves the vertices the cut added on member's edges onto the edges'
// geodesics, the same way in every face that has them (faces share their
// vertices exactly, as polygonize built them from one noded linework).
void ontoGeodesics(std::vector<Polygon>& faces, const Polygon& member, const std::vector<XY>& line) {
    auto cmp = [](const XY& a, const XY& b) { return lessXY(a, b); };
    std::set<XY, decltype(cmp)> known(cmp);
    for (const auto& r : member.rings) known.insert(r.begin(), r.end());
    known.insert(line.begin(), line.end());
    std::map<XY, XY, decltype(cmp)> moved(cmp);
    for (const auto& face : faces)
        for (const auto& r : face.rings)
            for (const XY& p : r) {
                if (known.count(p) || moved.count(p)) continue;
                // The edge of member it lies on: the nearest (at rounding distance).
                double best = INFINITY;
                XY a{}, b{};
                for (const auto& ring : member.rings)
                    for (std::size_t k = 0; k + 1 < ring.size(); ++k) {
                        const XY u = ring[k], v = ring[k + 1];
                        const double dx = v.x - u.x, dy = v.y - u.y, len2 = dx * dx + dy * dy;
                        if (len2 <= 0) continue;
                        const double t = std::clamp(((p.x - u.x) * dx + (p.y - u.y) * dy) / len2, 0.0, 1.0);
                        const double ex = u.x + t * dx - p.x, ey = u.y + t * dy - p.y;
                        if (const double d = ex * ex + ey * ey; d < best) best = d, a = u, b = v;
                    }
                // A crossing of the line with itself, inside: not on an edge.
                const double len2 = (b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y);
                if (!(best <= 1e-18 * std::max(len2, 1e-30)) && !(best <= 1e-24)) continue;
                const double t = std::sqrt(((p.x - a.x) * (p.x - a.x) + (p.y - a.y) * (p.y - a.y)) / len2);
                moved[p] = geodesicPointAt(a, b, t);
            }
    if (moved.empty()) return;
    for (auto& face : faces)
        for (auto& r : face.rings)
            for (XY& p : r)
                if (auto it = moved.find(p); it != moved.end()) p = it->second;
}

}  // namespace

PolygonSplit splitPolygon(const Geometry& g, const std::vector<XY>& line, const std::string& what, SplitEdges edges) {
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
            if (edges == SplitEdges::Geodesic) ontoGeodesics(faces, member, path);
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
