#include "geos_util.h"

#include "geo/error.h"

namespace geo::detail {
namespace {

void messageHandler(const char* message, void* userdata) {
    *static_cast<std::string*>(userdata) = message ? message : "";
}

// GEOS's message for the failure just seen on this thread's context.
std::string geosReason() {
    std::string e = threadGeos().takeError();
    return e.empty() ? "GEOS gave no reason" : e;
}

[[noreturn]] void throwWithReason(const char* operation, const GeosWhat& what, const std::string& reason) {
    std::string subject = what.str();
    throw GeometryError((subject.empty() ? std::string() : subject + ": ") + "GEOS could not " + operation + ": " +
                        reason +
                        " (check this geometry in a GIS: it may be invalid, or hold extreme or non-finite "
                        "coordinates)");
}

// A predicate's answer: 0 or 1; 2 (an exception inside GEOS) throws.
bool predicate(char r, const char* operation, const GeosWhat& what) {
    if (r == 0 || r == 1) return r == 1;
    throwGeosError(operation, what);
}

GeosCoordSeq makeSequence(GEOSContextHandle_t ctx, const std::vector<XY>& pts, const GeosWhat& what) {
    GeosCoordSeq seq(GEOSCoordSeq_create_r(ctx, static_cast<unsigned>(pts.size()), 2), GeosCoordSeqDeleter{ctx});
    if (!seq) throwGeosError("create a coordinate sequence", what);
    for (unsigned i = 0; i < pts.size(); ++i)
        if (!GEOSCoordSeq_setXY_r(ctx, seq.get(), i, pts[i].x, pts[i].y)) throwGeosError("set a coordinate", what);
    return seq;
}

std::vector<XY> readSequence(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what) {
    if (!g) throwGeosError("read a ring or line", what);
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, g);
    if (!seq) throwGeosError("read the coordinates of a ring or line", what);
    unsigned n = 0;
    if (!GEOSCoordSeq_getSize_r(ctx, seq, &n)) throwGeosError("count the coordinates of a ring or line", what);
    std::vector<XY> out(n);
    for (unsigned i = 0; i < n; ++i)
        if (!GEOSCoordSeq_getXY_r(ctx, seq, i, &out[i].x, &out[i].y)) throwGeosError("read a coordinate", what);
    return out;
}

// GEOS takes ownership of the sequence, ring and holes passed to its
// constructors (also when it fails), so they are released into the call.
GeosGeom makeRing(GEOSContextHandle_t ctx, const Ring& ring, const GeosWhat& what) {
    GeosCoordSeq seq = makeSequence(ctx, ring, what);
    GeosGeom r = own(ctx, GEOSGeom_createLinearRing_r(ctx, seq.release()));
    if (!r) throwGeosError("build a ring", what);
    return r;
}

GeosGeom makePolygon(GEOSContextHandle_t ctx, const Polygon& poly, const GeosWhat& what) {
    if (poly.rings.empty()) {
        GeosGeom empty = own(ctx, GEOSGeom_createEmptyPolygon_r(ctx));
        if (!empty) throwGeosError("build an empty polygon", what);
        return empty;
    }
    GeosGeom shell = makeRing(ctx, poly.rings[0], what);
    std::vector<GeosGeom> holes;
    for (std::size_t i = 1; i < poly.rings.size(); ++i) holes.push_back(makeRing(ctx, poly.rings[i], what));
    std::vector<GEOSGeometry*> raw;
    for (auto& h : holes) raw.push_back(h.release());
    GeosGeom p = own(ctx, GEOSGeom_createPolygon_r(ctx, shell.release(), raw.data(), static_cast<unsigned>(raw.size())));
    if (!p) throwGeosError("build a polygon", what);
    return p;
}

void collect(GEOSContextHandle_t ctx, const GEOSGeometry* g, Geometry& out, const GeosWhat& what) {
    if (!g) throwGeosError("read a part of a geometry", what);
    int type = GEOSGeomTypeId_r(ctx, g);
    if (type < 0) throwGeosError("read the type of a geometry", what);
    switch (type) {
        case GEOS_POINT:
            if (!isEmpty(ctx, g, what)) {
                auto pts = readSequence(ctx, g, what);
                out.points.insert(out.points.end(), pts.begin(), pts.end());
            }
            break;
        case GEOS_LINESTRING:
        case GEOS_LINEARRING:
            if (!isEmpty(ctx, g, what)) out.lines.push_back(readSequence(ctx, g, what));
            break;
        case GEOS_POLYGON: {
            if (isEmpty(ctx, g, what)) break;
            Polygon p;
            p.rings.push_back(readSequence(ctx, GEOSGetExteriorRing_r(ctx, g), what));
            int holes = GEOSGetNumInteriorRings_r(ctx, g);
            if (holes < 0) throwGeosError("count the holes of a polygon", what);
            for (int i = 0; i < holes; ++i) p.rings.push_back(readSequence(ctx, GEOSGetInteriorRingN_r(ctx, g, i), what));
            out.polygons.push_back(std::move(p));
            break;
        }
        default: {
            int n = GEOSGetNumGeometries_r(ctx, g);
            if (n < 0) throwGeosError("count the parts of a geometry", what);
            for (int i = 0; i < n; ++i) collect(ctx, GEOSGetGeometryN_r(ctx, g, i), out, what);
        }
    }
}

XY pointXY(GEOSContextHandle_t ctx, const GEOSGeometry* p, const GeosWhat& what) {
    XY out;
    if (!GEOSGeomGetX_r(ctx, p, &out.x) || !GEOSGeomGetY_r(ctx, p, &out.y)) throwGeosError("read a point", what);
    return out;
}

}  // namespace

GeosContext::GeosContext() : handle_(GEOS_init_r()) {
    if (!handle_) throw GeometryError("cannot start GEOS (GEOS_init_r failed: out of memory?)");
    GEOSContext_setErrorMessageHandler_r(handle_, messageHandler, &lastError_);
    GEOSContext_setNoticeMessageHandler_r(handle_, nullptr, nullptr);
}

GeosContext::~GeosContext() { GEOS_finish_r(handle_); }

std::string GeosContext::takeError() {
    std::string e;
    e.swap(lastError_);
    return e;
}

GeosContext& threadGeos() {
    thread_local GeosContext ctx;
    return ctx;
}

void throwGeosError(const char* operation, const GeosWhat& what) { throwWithReason(operation, what, geosReason()); }

GeosGeom toGeos(GEOSContextHandle_t ctx, const Geometry& g, const GeosWhat& what) {
    std::vector<GeosGeom> parts;
    int multiType = GEOS_GEOMETRYCOLLECTION;
    switch (g.kind) {
        case GeometryKind::Polygon:
            multiType = GEOS_MULTIPOLYGON;
            for (const auto& poly : g.polygons) parts.push_back(makePolygon(ctx, poly, what));
            break;
        case GeometryKind::Point:
            multiType = GEOS_MULTIPOINT;
            for (const auto& pt : g.points) parts.push_back(makePoint(ctx, pt, what));
            break;
        case GeometryKind::LineString:
            multiType = GEOS_MULTILINESTRING;
            for (const auto& line : g.lines) {
                GeosCoordSeq seq = makeSequence(ctx, line, what);
                GeosGeom l = own(ctx, GEOSGeom_createLineString_r(ctx, seq.release()));
                if (!l) throwGeosError("build a line", what);
                parts.push_back(std::move(l));
            }
            break;
        case GeometryKind::None: {
            GeosGeom empty = own(ctx, GEOSGeom_createEmptyCollection_r(ctx, GEOS_GEOMETRYCOLLECTION));
            if (!empty) throwGeosError("build an empty geometry", what);
            return empty;
        }
    }
    if (parts.size() == 1) return std::move(parts[0]);
    return makeCollection(ctx, multiType, std::move(parts), what);
}

Geometry fromGeos(GEOSContextHandle_t ctx, const GEOSGeometry* g, GeometryKind wantKind, const GeosWhat& what) {
    Geometry all;
    collect(ctx, g, all, what);
    Geometry out;
    GeometryKind kind = wantKind;
    if (kind == GeometryKind::None) {
        kind = !all.polygons.empty() ? GeometryKind::Polygon
               : !all.lines.empty()  ? GeometryKind::LineString
               : !all.points.empty() ? GeometryKind::Point
                                     : GeometryKind::None;
    }
    out.kind = kind;
    if (kind == GeometryKind::Polygon) out.polygons = std::move(all.polygons);
    if (kind == GeometryKind::LineString) out.lines = std::move(all.lines);
    if (kind == GeometryKind::Point) out.points = std::move(all.points);
    return out;
}

bool intersects(GEOSContextHandle_t ctx, const GEOSGeometry* a, const GEOSGeometry* b, const GeosWhat& what) {
    return predicate(GEOSIntersects_r(ctx, a, b), "test whether they intersect", what);
}

bool preparedIntersects(GEOSContextHandle_t ctx, const GEOSPreparedGeometry* p, const GEOSGeometry* g,
                        const GeosWhat& what) {
    return predicate(GEOSPreparedIntersects_r(ctx, p, g), "test whether they intersect", what);
}

bool preparedContains(GEOSContextHandle_t ctx, const GEOSPreparedGeometry* p, const GEOSGeometry* g,
                      const GeosWhat& what) {
    return predicate(GEOSPreparedContains_r(ctx, p, g), "test whether one contains the other", what);
}

bool isEmpty(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what) {
    return predicate(GEOSisEmpty_r(ctx, g), "test whether a geometry is empty", what);
}

GeosValidity validity(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what) {
    if (predicate(GEOSisValid_r(ctx, g), "check validity", what)) return {};
    char* reason = GEOSisValidReason_r(ctx, g);
    if (!reason) throwGeosError("say why a geometry is invalid", what);
    GeosValidity out{false, reason};
    GEOSFree_r(ctx, reason);
    return out;
}

GeosPrepared prepare(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what) {
    GeosPrepared p(GEOSPrepare_r(ctx, g), GeosPreparedDeleter{ctx});
    if (!p) throwGeosError("prepare a geometry", what);
    return p;
}

GeosGeom clone(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what) {
    GeosGeom c = own(ctx, GEOSGeom_clone_r(ctx, g));
    if (!c) throwGeosError("copy a geometry", what);
    return c;
}

GeosGeom makePoint(GEOSContextHandle_t ctx, XY p, const GeosWhat& what) {
    GeosGeom g = own(ctx, GEOSGeom_createPointFromXY_r(ctx, p.x, p.y));
    if (!g) throwGeosError("build a point", what);
    return g;
}

GeosGeom makeCollection(GEOSContextHandle_t ctx, int type, std::vector<GeosGeom> parts, const GeosWhat& what) {
    std::vector<GEOSGeometry*> raw;
    for (auto& p : parts) raw.push_back(p.release());
    GeosGeom c = own(ctx, GEOSGeom_createCollection_r(ctx, type, raw.data(), static_cast<unsigned>(raw.size())));
    if (!c) throwGeosError("build a collection", what);
    return c;
}

GeosGeom makeValid(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what) {
    GeosGeom fixed = own(ctx, GEOSMakeValid_r(ctx, g));
    if (!fixed) throwGeosError("repair the geometry (make-valid)", what);
    return fixed;
}

GeosGeom intersection(GEOSContextHandle_t ctx, const GEOSGeometry* a, const GEOSGeometry* b, const GeosWhat& what) {
    if (GEOSGeometry* r = GEOSIntersection_r(ctx, a, b)) return own(ctx, r);
    std::string first = geosReason();
    if (GEOSGeometry* r = GEOSIntersectionPrec_r(ctx, a, b, 1e-11)) return own(ctx, r);
    throwWithReason("intersect them", what, first + "; snapped to 1e-11: " + geosReason());
}

GeosGeom unionOf(GEOSContextHandle_t ctx, const std::vector<const GEOSGeometry*>& parts, const GeosWhat& what) {
    std::vector<GeosGeom> clones;
    for (const auto* p : parts) clones.push_back(clone(ctx, p, what));
    GeosGeom coll = makeCollection(ctx, GEOS_GEOMETRYCOLLECTION, std::move(clones), what);
    if (GEOSGeometry* r = GEOSUnaryUnion_r(ctx, coll.get())) return own(ctx, r);
    std::string first = geosReason();
    if (GEOSGeometry* r = GEOSUnaryUnionPrec_r(ctx, coll.get(), 1e-11)) return own(ctx, r);
    throwWithReason("union them", what, first + "; snapped to 1e-11: " + geosReason());
}

XY pointOnSurface(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what) {
    GeosGeom p = own(ctx, GEOSPointOnSurface_r(ctx, g));
    if (!p) throwGeosError("find a point on the surface", what);
    return pointXY(ctx, p.get(), what);
}

GeosGeom boundaryOf(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what) {
    GeosGeom b = own(ctx, GEOSBoundary_r(ctx, g));
    if (!b) throwGeosError("take the boundary", what);
    return b;
}

GeosGeom polygonize(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what) {
    const GEOSGeometry* lines[] = {g};
    GeosGeom p = own(ctx, GEOSPolygonize_r(ctx, lines, 1));
    if (!p) throwGeosError("polygonize the lines", what);
    return p;
}

bool relatePattern(GEOSContextHandle_t ctx, const GEOSGeometry* a, const GEOSGeometry* b, const char* pattern,
                   const GeosWhat& what) {
    return predicate(GEOSRelatePattern_r(ctx, a, b, pattern), "relate them", what);
}

XY nearestPointOn(GEOSContextHandle_t ctx, const GEOSGeometry* a, const GEOSGeometry* b, const GeosWhat& what) {
    GeosCoordSeq seq(GEOSNearestPoints_r(ctx, a, b), GeosCoordSeqDeleter{ctx});
    if (!seq) throwGeosError("find the nearest points", what);
    XY q;
    if (!GEOSCoordSeq_getXY_r(ctx, seq.get(), 0, &q.x, &q.y)) throwGeosError("read the nearest point", what);
    return q;
}

}  // namespace geo::detail
