#include "geo/merge.h"

#include "geo/error.h"
#include "geos_util.h"

namespace geo {

Geometry unionOfPolygons(const std::vector<Geometry>& parts, const std::string& what) {
    using namespace detail;
    for (const auto& g : parts)
        if (!g.isEmpty() && !g.isPolygonal()) throw GeometryError(what + ": only polygons can be merged");
    GEOSContextHandle_t ctx = threadGeos().handle();
    std::vector<GeosGeom> owned;
    std::vector<const GEOSGeometry*> pointers;
    for (const auto& g : parts) {
        if (g.isEmpty()) continue;
        owned.push_back(toGeos(ctx, g, what));
        pointers.push_back(owned.back().get());
    }
    if (pointers.empty()) return {};
    GeosGeom u = unionOf(ctx, pointers, what);
    return fromGeos(ctx, u.get(), GeometryKind::Polygon, what);
}

}  // namespace geo
