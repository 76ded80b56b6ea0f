#pragma once
// Internal: the one door to GEOS's reentrant C API. RAII for every handle,
// conversion to and from geo::Geometry, and checked wrappers for every call
// that can fail. GEOS reports failure in-band — 2 from a predicate, NULL from
// a constructor or operation, 0 from a getter, -1 from a counter — and its
// message through the context's handler; each wrapper turns that into a
// GeometryError naming what was being done and to which feature(s), with
// GEOS's message. Nothing in geo/src calls a GEOS*_r function but this file
// and geos_util.cpp. One GeosContext per thread; never share handles across
// threads.
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>

#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "geo/geometry.h"

namespace geo::detail {

class GeosContext {
public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    GEOSContextHandle_t handle() const { return handle_; }
    // The last error GEOS reported through the handler, cleared on read.
    std::string takeError();

private:
    GEOSContextHandle_t handle_;
    std::string lastError_;
};

// The calling thread's context.
GeosContext& threadGeos();

struct GeosGeomDeleter {
    GEOSContextHandle_t ctx;
    void operator()(GEOSGeometry* g) const {
        if (g) GEOSGeom_destroy_r(ctx, g);
    }
};
using GeosGeom = std::unique_ptr<GEOSGeometry, GeosGeomDeleter>;

struct GeosPreparedDeleter {
    GEOSContextHandle_t ctx;
    void operator()(const GEOSPreparedGeometry* g) const {
        if (g) GEOSPreparedGeom_destroy_r(ctx, g);
    }
};
using GeosPrepared = std::unique_ptr<const GEOSPreparedGeometry, GeosPreparedDeleter>;

struct GeosCoordSeqDeleter {
    GEOSContextHandle_t ctx;
    void operator()(GEOSCoordSequence* s) const {
        if (s) GEOSCoordSeq_destroy_r(ctx, s);
    }
};
using GeosCoordSeq = std::unique_ptr<GEOSCoordSequence, GeosCoordSeqDeleter>;

inline GeosGeom own(GEOSContextHandle_t ctx, GEOSGeometry* g) { return GeosGeom(g, GeosGeomDeleter{ctx}); }

// What a GEOS call is about, as its error names it, e.g. "layer
// 'planting_areas', FID 12 (code VN-ST-0012)". Built only when the call
// fails, so hot loops pay nothing: a string, or a callable returning one.
// Holds a reference: use it within the call it is passed to, never store it.
class GeosWhat {
public:
    GeosWhat(const char* text) : text_(text) {}
    GeosWhat(const std::string& text) : text_(text.c_str()) {}
    template <class F, class = std::enable_if_t<std::is_invocable_r_v<std::string, const F&>>>
    GeosWhat(const F& describe)
        : callable_(&describe), call_([](const void* f) { return (*static_cast<const F*>(f))(); }) {}
    std::string str() const { return call_ ? call_(callable_) : std::string(text_ ? text_ : ""); }

private:
    const char* text_ = nullptr;
    const void* callable_ = nullptr;
    std::string (*call_)(const void*) = nullptr;
};

// Throws GeometryError "<what>: GEOS could not <operation>: <GEOS's message>".
[[noreturn]] void throwGeosError(const char* operation, const GeosWhat& what);

// Throws GeometryError naming what when GEOS cannot build the geometry (e.g.
// a ring of fewer than 4 points); message includes GEOS's reason.
GeosGeom toGeos(GEOSContextHandle_t ctx, const Geometry& g, const GeosWhat& what = "a geometry");
// Polygonal, puntal or lineal parts of g; GeometryCollections are flattened
// and parts of other dimensions than wantKind are dropped (None keeps all
// kinds only if they agree). Throws GeometryError naming what when GEOS
// cannot read g back.
Geometry fromGeos(GEOSContextHandle_t ctx, const GEOSGeometry* g, GeometryKind wantKind = GeometryKind::None,
                  const GeosWhat& what = "a GEOS result");

// ---- checked calls: each throws GeometryError naming `what` on failure.

// Predicates: true/false, never GEOS's 2 (an exception inside GEOS).
bool intersects(GEOSContextHandle_t ctx, const GEOSGeometry* a, const GEOSGeometry* b, const GeosWhat& what);
bool preparedIntersects(GEOSContextHandle_t ctx, const GEOSPreparedGeometry* p, const GEOSGeometry* g,
                        const GeosWhat& what);
bool preparedContains(GEOSContextHandle_t ctx, const GEOSPreparedGeometry* p, const GEOSGeometry* g,
                      const GeosWhat& what);
bool isEmpty(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what);
// GEOS's validity verdict: valid, or the reason it is not.
struct GeosValidity {
    bool valid = true;
    std::string reason;
};
GeosValidity validity(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what);

// Constructors and operations: never NULL.
GeosPrepared prepare(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what);
GeosGeom clone(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what);
GeosGeom makePoint(GEOSContextHandle_t ctx, XY p, const GeosWhat& what);
// A collection of `type` (GEOS_MULTIPOLYGON, GEOS_GEOMETRYCOLLECTION, …) owning parts.
GeosGeom makeCollection(GEOSContextHandle_t ctx, int type, std::vector<GeosGeom> parts, const GeosWhat& what);
GeosGeom makeValid(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what);
// a ∩ b; when GEOS fails (TopologyException) retries snapped to 1e-11°
// (≈ 1 µm); throws when both fail.
GeosGeom intersection(GEOSContextHandle_t ctx, const GEOSGeometry* a, const GEOSGeometry* b, const GeosWhat& what);
// Union of the given geometries (not owned), same fallback.
GeosGeom unionOf(GEOSContextHandle_t ctx, const std::vector<const GEOSGeometry*>& parts, const GeosWhat& what);
// A point on the surface of g (inside it when g is polygonal).
XY pointOnSurface(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what);
// The boundary of g (a polygon's rings as lines).
GeosGeom boundaryOf(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what);
// The polygons that the (noded) linework of g encloses, as a collection.
GeosGeom polygonize(GEOSContextHandle_t ctx, const GEOSGeometry* g, const GeosWhat& what);
// DE-9IM: does the relation of a to b match pattern (e.g. "T********")?
bool relatePattern(GEOSContextHandle_t ctx, const GEOSGeometry* a, const GEOSGeometry* b, const char* pattern,
                   const GeosWhat& what);
// The point of a that is nearest to b.
XY nearestPointOn(GEOSContextHandle_t ctx, const GEOSGeometry* a, const GEOSGeometry* b, const GeosWhat& what);

}  // namespace geo::detail
