#pragma once
// Internal: RAII over GEOS's reentrant C API and conversion to and from
// geo::Geometry. One GeosContext per thread; never share handles across threads.
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>

#include <memory>
#include <string>

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

inline GeosGeom own(GEOSContextHandle_t ctx, GEOSGeometry* g) { return GeosGeom(g, GeosGeomDeleter{ctx}); }

// Throws GeometryError when GEOS cannot build the geometry (e.g. a ring of
// fewer than 4 points); message includes GEOS's reason.
GeosGeom toGeos(GEOSContextHandle_t ctx, const Geometry& g);
// Polygonal, puntal or lineal parts of g; GeometryCollections are flattened
// and parts of other dimensions than wantKind are dropped (None keeps all
// kinds only if they agree).
Geometry fromGeos(GEOSContextHandle_t ctx, const GEOSGeometry* g, GeometryKind wantKind = GeometryKind::None);

}  // namespace geo::detail
