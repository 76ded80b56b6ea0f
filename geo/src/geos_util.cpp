#include "geos_util.h"


#include "geo/error.h"

namespace geo::detail {
namespace {

void messageHandler(const char* message, void* userdata) {
    *static_cast<std::string*>(userdata) = message ? message : "";
}

GEOSCoordSequence* makeSequence(GEOSContextHandle_t ctx, const std::vector<XY>& pts) {
    GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx, static_cast<unsigned>(pts.size()), 2);
    if (!seq) return nullptr;
    for (unsigned i = 0; i < pts.size(); ++i) GEOSCoordSeq_setXY_r(ctx, seq, i, pts[i].x, pts[i].y);
    return seq;
}

std::vector<XY> readSequence(GEOSContextHandle_t ctx, const GEOSGeometry* g) {
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, g);
    unsigned n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &n)) return {};
    std::vector<XY> out(n);
    for (unsigned i = 0; i < n; ++i) GEOSCoordSeq_getXY_r(ctx, seq, i, &out[i].x, &out[i].y);
    return out;
}

GEOSGeometry* makeRing(GEOSContextHandle_t ctx, const Ring& ring) {
    GEOSCoordSequence* seq = makeSequence(ctx, ring);
    return seq ? GEOSGeom_createLinearRing_r(ctx, seq) : nullptr;
}

GEOSGeometry* makePolygon(GEOSContextHandle_t ctx, const Polygon& poly) {
    if (poly.rings.empty()) return GEOSGeom_createEmptyPolygon_r(ctx);
    GEOSGeometry* shell = makeRing(ctx, poly.rings[0]);
    if (!shell) return nullptr;
    std::vector<GEOSGeometry*> holes;
    for (std::size_t i = 1; i < poly.rings.size(); ++i) {
        GEOSGeometry* h = makeRing(ctx, poly.rings[i]);
        if (!h) {
            GEOSGeom_destroy_r(ctx, shell);
            for (auto* x : holes) GEOSGeom_destroy_r(ctx, x);
            return nullptr;
        }
        holes.push_back(h);
    }
    return GEOSGeom_createPolygon_r(ctx, shell, holes.data(), static_cast<unsigned>(holes.size()));
}

void collect(GEOSContextHandle_t ctx, const GEOSGeometry* g, Geometry& out) {
    int type = GEOSGeomTypeId_r(ctx, g);
    switch (type) {
        case GEOS_POINT:
            if (!GEOSisEmpty_r(ctx, g)) {
                auto pts = readSequence(ctx, g);
                out.points.insert(out.points.end(), pts.begin(), pts.end());
            }
            break;
        case GEOS_LINESTRING:
        case GEOS_LINEARRING:
            if (!GEOSisEmpty_r(ctx, g)) out.lines.push_back(readSequence(ctx, g));
            break;
        case GEOS_POLYGON: {
            if (GEOSisEmpty_r(ctx, g)) break;
            Polygon p;
            p.rings.push_back(readSequence(ctx, GEOSGetExteriorRing_r(ctx, g)));
            int holes = GEOSGetNumInteriorRings_r(ctx, g);
            for (int i = 0; i < holes; ++i) p.rings.push_back(readSequence(ctx, GEOSGetInteriorRingN_r(ctx, g, i)));
            out.polygons.push_back(std::move(p));
            break;
        }
        default: {
            int n = GEOSGetNumGeometries_r(ctx, g);
            for (int i = 0; i < n; ++i) collect(ctx, GEOSGetGeometryN_r(ctx, g, i), out);
        }
    }
}

}  // namespace

GeosContext::GeosContext() : handle_(GEOS_init_r()) {
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

GeosGeom toGeos(GEOSContextHandle_t ctx, const Geometry& g) {
    GEOSGeometry* out = nullptr;
    std::vector<GEOSGeometry*> parts;
    auto fail = [&](const char* what) {
        for (auto* p : parts) GEOSGeom_destroy_r(ctx, p);
        throw GeometryError(std::string("cannot build ") + what + " for GEOS: " + threadGeos().takeError());
    };
    switch (g.kind) {
        case GeometryKind::Polygon:
            for (const auto& poly : g.polygons) {
                GEOSGeometry* p = makePolygon(ctx, poly);
                if (!p) fail("polygon");
                parts.push_back(p);
            }
            out = parts.size() == 1 ? parts[0]
                                    : GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, parts.data(),
                                                                  static_cast<unsigned>(parts.size()));
            break;
        case GeometryKind::Point:
            for (const auto& pt : g.points) {
                GEOSGeometry* p = GEOSGeom_createPointFromXY_r(ctx, pt.x, pt.y);
                if (!p) fail("point");
                parts.push_back(p);
            }
            out = parts.size() == 1 ? parts[0]
                                    : GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOINT, parts.data(),
                                                                  static_cast<unsigned>(parts.size()));
            break;
        case GeometryKind::LineString:
            for (const auto& line : g.lines) {
                GEOSCoordSequence* seq = makeSequence(ctx, line);
                GEOSGeometry* p = seq ? GEOSGeom_createLineString_r(ctx, seq) : nullptr;
                if (!p) fail("line");
                parts.push_back(p);
            }
            out = parts.size() == 1 ? parts[0]
                                    : GEOSGeom_createCollection_r(ctx, GEOS_MULTILINESTRING, parts.data(),
                                                                  static_cast<unsigned>(parts.size()));
            break;
        case GeometryKind::None:
            out = GEOSGeom_createEmptyCollection_r(ctx, GEOS_GEOMETRYCOLLECTION);
            break;
    }
    if (!out) fail("geometry");
    return own(ctx, out);
}

Geometry fromGeos(GEOSContextHandle_t ctx, const GEOSGeometry* g, GeometryKind wantKind) {
    Geometry all;
    collect(ctx, g, all);
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

}  // namespace geo::detail
