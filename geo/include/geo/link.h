#pragma once
// Linking the project's layers (design.md, "Linking rules"): planting area →
// cooperative (by key, or spatially), cooperative → zone (point in polygon),
// investment → cooperative (by key), planting area → zone (clipped overlay).
// Every link records how it was made. Indexes refer to features of the
// workspace's normalised layers (WGS 84 lon/lat).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "geo/workspace.h"

namespace geo {

// Key matching real spreadsheets need: trimmed, Unicode NFC, case-folded;
// text stays text, so "0123" and "123" are different keys.
std::string normaliseKey(std::string_view raw);

enum class LinkMethod { None, Key, SpatialInside, SpatialNearest };
const char* toString(LinkMethod m);  // "none", "key", "inside", "nearest"

struct CooperativeLink {
    int cooperative = -1;          // feature index in the cooperatives layer, -1 = unlinked
    LinkMethod method = LinkMethod::None;
    double distanceMetres = 0;     // for SpatialNearest
};

// The part of a planting area inside one zone.
struct ZoneShare {
    int zone = -1;                 // feature index in the zones layer
    double hectares = 0;           // geodesic area of (planting ∩ zone)
};

struct Links {
    std::string zonesLayerId;                          // which layer served as zones
    // Per planting-area feature:
    std::vector<double> plantingHectares;              // geodesic area of the valid geometry
    std::vector<CooperativeLink> plantingCooperative;
    std::vector<std::vector<ZoneShare>> plantingZones; // clipped shares, positive area only
    // Per cooperative feature:
    std::vector<int> cooperativeZone;                  // -1 = outside every zone
    // Per investment row:
    std::vector<int> investmentCooperative;            // -1 = key matches nothing
};

// zonesLayerId: any polygon layer of the workspace ("" = the first with role zones).
// Throws Cancelled when progress returns false; geo::Error when a required
// field named in the project is missing from its layer.
Links linkWorkspace(const Workspace& ws, const std::string& zonesLayerId = "", const ProgressFn& progress = {});

}  // namespace geo
