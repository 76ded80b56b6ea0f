#include "geo/validity.h"

#include <cmath>
#include <cstdio>

#include "geo/error.h"
#include "geos_util.h"
#include "simple_ring.h"

namespace geo {
namespace {

bool allFinite(const Geometry& g) {
    auto ok = [](const XY& p) { return std::isfinite(p.x) && std::isfinite(p.y); };
    for (const auto& p : g.points)
        if (!ok(p)) return false;
    for (const auto& l : g.lines)
        for (const auto& p : l)
            if (!ok(p)) return false;
    for (const auto& poly : g.polygons)
        for (const auto& r : poly.rings)
            for (const auto& p : r)
                if (!ok(p)) return false;
    return true;
}

// Structural faults GEOS refuses to even build: say which ring and why.
std::string structuralFault(const Geometry& g) {
    for (std::size_t i = 0; i < g.polygons.size(); ++i) {
        const auto& rings = g.polygons[i].rings;
        if (rings.empty()) return "polygon " + std::to_string(i + 1) + " has no rings";
        for (std::size_t r = 0; r < rings.size(); ++r) {
            const Ring& ring = rings[r];
            if (ring.size() >= 4 && ring.front() == ring.back()) continue;
            // Named only when at fault: every plot passes through here.
            std::string which = (r == 0 ? "exterior ring" : "hole " + std::to_string(r)) + " of polygon " +
                                std::to_string(i + 1);
            if (ring.size() < 4) return which + " has " + std::to_string(ring.size()) + " points (needs at least 4)";
            return which + " is not closed";
        }
    }
    return {};
}

// A single polygon without holes whose ring is certainly simple is valid (OGC).
bool certainlyValid(const Geometry& g) {
    return g.kind == GeometryKind::Polygon && g.polygons.size() == 1 && g.polygons[0].rings.size() == 1 &&
           detail::certainlySimpleRing(g.polygons[0].rings[0]);
}

}  // namespace

ValidityCheck checkValidity(const Geometry& g) {
    if (!allFinite(g)) return {false, "non-finite coordinate (NaN or infinity)"};
    if (std::string fault = structuralFault(g); !fault.empty()) return {false, fault};
    // Most planting areas are one small simple ring: no need to build GEOS topology.
    if (certainlyValid(g)) return {};
    return checkValidityWithGeos(g);
}

ValidityCheck checkValidityWithGeos(const Geometry& g) {
    if (!allFinite(g)) return {false, "non-finite coordinate (NaN or infinity)"};
    if (std::string fault = structuralFault(g); !fault.empty()) return {false, fault};
    GEOSContextHandle_t ctx = detail::threadGeos().handle();
    detail::GeosGeom gg = detail::toGeos(ctx, g, "the geometry to check");
    detail::GeosValidity v = detail::validity(ctx, gg.get(), "the geometry to check");
    return {v.valid, v.reason};
}

namespace {

// Close unclosed rings and drop rings too short to hold area, so that GEOS
// can build the geometry at all; record each change. Leaves g untouched (no
// copy) when every ring is already closed and long enough.
void closeAndPruneRings(Geometry& g, std::string& notes) {
    bool needed = false;
    for (const auto& poly : g.polygons)
        for (const auto& ring : poly.rings)
            if (ring.size() < 4 || !(ring.front() == ring.back())) needed = true;
    if (!needed) return;
    std::vector<Polygon> kept;
    for (auto& poly : g.polygons) {
        Polygon fixed;
        for (std::size_t r = 0; r < poly.rings.size(); ++r) {
            Ring& ring = poly.rings[r];
            std::size_t original = ring.size();
            if (!ring.empty() && !(ring.front() == ring.back())) {
                ring.push_back(ring.front());
                notes += "closed an unclosed ring; ";
            }
            if (ring.size() < 4) {
                notes += "dropped a ring of " + std::to_string(original) + " points; ";
                if (r == 0) break;  // no exterior, no polygon
                continue;
            }
            fixed.rings.push_back(std::move(ring));
        }
        if (!fixed.rings.empty()) kept.push_back(std::move(fixed));
    }
    g.polygons = std::move(kept);
}

}  // namespace

bool repairInPlace(Geometry& g, std::string& what) {
    if (!allFinite(g)) {
        GeometryKind kind = g.kind;
        g = Geometry{};
        g.kind = kind;
        what = "non-finite coordinate (NaN or infinity): geometry dropped";
        return true;
    }
    std::string notes;
    if (g.kind == GeometryKind::Polygon) closeAndPruneRings(g, notes);
    ValidityCheck check = checkValidity(g);
    if (check.valid) {
        if (!notes.empty()) what = notes.substr(0, notes.size() - 2);
        return !notes.empty();
    }
    GEOSContextHandle_t ctx = detail::threadGeos().handle();
    detail::GeosGeom gg = detail::toGeos(ctx, g, "the geometry to repair");
    detail::GeosGeom fixed = detail::makeValid(ctx, gg.get(), "the geometry to repair");
    std::size_t before = g.polygons.size();
    GeometryKind kind = g.kind;
    g = detail::fromGeos(ctx, fixed.get(), kind, "the repaired geometry");
    what = notes + check.reason + ": repaired with make-valid";
    if (kind == GeometryKind::Polygon) {
        if (g.polygons.empty())
            what += ", nothing of area remains (empty)";
        else if (g.polygons.size() != before)
            what += ", " + std::to_string(before) + " polygon(s) became " + std::to_string(g.polygons.size());
    }
    return true;
}

RepairResult makeValid(const Geometry& g) {
    RepairResult result;
    result.geometry = g;
    result.repaired = repairInPlace(result.geometry, result.what);
    return result;
}

}  // namespace geo
