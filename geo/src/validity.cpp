#include "geo/validity.h"

#include <cmath>
#include <cstdio>

#include "geo/error.h"
#include "geos_util.h"

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
            std::string which = (r == 0 ? "exterior ring" : "hole " + std::to_string(r)) + " of polygon " +
                                std::to_string(i + 1);
            if (ring.size() < 4) return which + " has " + std::to_string(ring.size()) + " points (needs at least 4)";
            if (!(ring.front() == ring.back())) return which + " is not closed";
        }
    }
    return {};
}

}  // namespace

ValidityCheck checkValidity(const Geometry& g) {
    if (!allFinite(g)) return {false, "non-finite coordinate (NaN or infinity)"};
    if (std::string fault = structuralFault(g); !fault.empty()) return {false, fault};
    auto& geos = detail::threadGeos();
    GEOSContextHandle_t ctx = geos.handle();
    detail::GeosGeom gg = detail::toGeos(ctx, g);
    char valid = GEOSisValid_r(ctx, gg.get());
    if (valid == 1) return {};
    if (valid == 2) return {false, "GEOS could not check validity: " + geos.takeError()};
    char* reason = GEOSisValidReason_r(ctx, gg.get());
    ValidityCheck out{false, reason ? reason : "invalid"};
    GEOSFree_r(ctx, reason);
    return out;
}

namespace {

// Close unclosed rings and drop rings too short to hold area, so that GEOS
// can build the geometry at all; record each change.
Geometry closeAndPruneRings(const Geometry& g, std::string& notes) {
    Geometry out = g;
    out.polygons.clear();
    for (const auto& poly : g.polygons) {
        Polygon fixed;
        for (std::size_t r = 0; r < poly.rings.size(); ++r) {
            Ring ring = poly.rings[r];
            if (!ring.empty() && !(ring.front() == ring.back())) {
                ring.push_back(ring.front());
                notes += "closed an unclosed ring; ";
            }
            if (ring.size() < 4) {
                notes += "dropped a ring of " + std::to_string(poly.rings[r].size()) + " points; ";
                if (r == 0) break;  // no exterior, no polygon
                continue;
            }
            fixed.rings.push_back(std::move(ring));
        }
        if (!fixed.rings.empty()) out.polygons.push_back(std::move(fixed));
    }
    return out;
}

}  // namespace

RepairResult makeValid(const Geometry& g) {
    RepairResult result;
    if (!allFinite(g)) {
        result.geometry.kind = g.kind;
        result.repaired = true;
        result.what = "non-finite coordinate (NaN or infinity): geometry dropped";
        return result;
    }
    std::string notes;
    Geometry input = g.kind == GeometryKind::Polygon ? closeAndPruneRings(g, notes) : g;
    ValidityCheck check = checkValidity(input);
    if (check.valid) {
        result.geometry = std::move(input);
        result.repaired = !notes.empty();
        if (result.repaired) result.what = notes.substr(0, notes.size() - 2);
        return result;
    }
    auto& geos = detail::threadGeos();
    GEOSContextHandle_t ctx = geos.handle();
    detail::GeosGeom gg = detail::toGeos(ctx, input);
    detail::GeosGeom fixed = detail::own(ctx, GEOSMakeValid_r(ctx, gg.get()));
    if (!fixed) throw GeometryError("make-valid failed: " + geos.takeError());
    result.geometry = detail::fromGeos(ctx, fixed.get(), g.kind);
    result.repaired = true;
    std::size_t before = input.polygons.size();
    std::size_t after = result.geometry.polygons.size();
    result.what = notes + check.reason + ": repaired with make-valid";
    if (g.kind == GeometryKind::Polygon) {
        if (after == 0)
            result.what += ", nothing of area remains (empty)";
        else if (after != before)
            result.what += ", " + std::to_string(before) + " polygon(s) became " + std::to_string(after);
    }
    return result;
}

}  // namespace geo
