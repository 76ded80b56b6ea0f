#pragma once
// Linking the project's layers (design.md, "Linking rules"): planting area →
// cooperative (by key, or spatially), cooperative → zone (point in polygon),
// investment → cooperative (by key), planting area → zone (clipped overlay).
// Every link records how it was made. Indexes refer to features of the
// workspace's normalised layers (WGS 84 lon/lat).
//
// The exact rules (so that numbers are reproducible):
// - Keys are compared after normaliseKey(): trimmed, NFKC, Unicode case-folded.
// - Planting area → cooperative: when links.plantingToCooperative is "key"
//   (the default) and the planting layer's project fields name a
//   "cooperative" field, by that field against the cooperatives' "key" field
//   (a key held by several cooperatives goes to the first of them, in layer
//   order). Otherwise spatially: the cooperative whose point lies inside the
//   polygon or on its boundary (several: the lowest feature index), else the
//   nearest point within links.maxLinkDistanceMetres, measured as the
//   geodesic distance from the point to the polygon's nearest point (found
//   in a local frame with longitudes scaled by cos(latitude)); ties: lowest
//   index. A cooperative located by a polygon uses a point on its surface.
// - Cooperative → zone: the zone whose polygon contains the point or has it
//   on its boundary. A point on a border shared by several zones goes to the
//   zone whose code sorts first: codes compared as integers when both are
//   decimal digits ("941" before "1000"), else byte-wise as UTF-8; zones
//   without a code after those with one; remaining ties by lowest feature
//   index. A point inside no zone is left unlinked (-1).
// - Planting area given as a point (a register row: a code without a
//   boundary) → zone: the cooperative rule above, applied to its point (the
//   first, for a multipoint). It has no area, so no share: plantingZones is
//   empty and plantingHectares 0; plantingPointZone holds its zone. Linked
//   to a cooperative spatially (no key), it takes the nearest cooperative
//   point within links.maxLinkDistanceMetres (geodesic distance between the
//   two points; ties: lowest index), marked SpatialNearest.
// - Investment → cooperative: the investment's "cooperative" field (else
//   "key") against the cooperatives' "key" field.
// - Planting area → zone: area of planting ∩ zone for every zone
//   with a positive area of intersection. A planting area lying wholly inside
//   a zone is not clipped: its share is its whole area (bit-identical to
//   plantingHectares).
// - Areas: geo::areaHa in the project's area mode (geo/area.h), kept in
//   links.areaMode so that the statistics measure their overlays alike.
// - Zones: any polygon layer; its code/name are the project's "code"/"name"
//   fields of that layer, else the fields whose values tell its features
//   apart (the rule is in geo/zone_fields.h).
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geo/area_mode.h"
#include "geo/workspace.h"

namespace geo {

// Key matching real spreadsheets need: geo::foldKey (geo/text.h): trimmed,
// Unicode NFKC, case-folded, zero-width characters dropped ("ＨＴＸ-01",
// "htx-01 " and "HTX-\u200b01" are one key); text stays text, so "0123"
// and "123" are different keys, and marks stay, so "Đa" and "Da" differ.
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
    double hectares = 0;           // area of (planting ∩ zone)
};

// Every planting area's shares, held flat: one array of shares and where each
// plot's run begins. A vector of shares per plot cost 56 bytes a plot (its
// 24-byte header and a 32-byte heap block); this costs 20 (issue 11: 1M plots).
class ZoneShares {
public:
    // Plots with no shares yet; append() then fills them in plot order.
    ZoneShares() = default;
    // The shares of plot `plot`, in the order they were found.
    std::span<const ZoneShare> operator[](std::size_t plot) const {
        return {shares_.data() + begin_[plot], shares_.data() + begin_[plot + 1]};
    }
    std::span<const ZoneShare> at(std::size_t plot) const;  // throws std::out_of_range
    // Plots; a moved-from list has no offsets at all, and no plots.
    std::size_t size() const { return begin_.empty() ? 0 : begin_.size() - 1; }
    bool empty() const { return size() == 0; }
    std::size_t shareCount() const { return shares_.size(); }

    // Building, plot by plot: the next plot's shares (possibly none).
    void append(std::span<const ZoneShare> plotShares);
    void reserve(std::size_t plots, std::size_t shares);
    void clear();

private:
    std::vector<std::uint32_t> begin_{0};  // plots + 1 offsets into shares_
    std::vector<ZoneShare> shares_;
};

struct Links {
    std::string zonesLayerId;                          // which layer served as zones
    AreaMode areaMode = AreaMode::Auto;                // how every area here was measured
                                                       // (the project's, geo/area.h)
    // Per planting-area feature:
    std::vector<double> plantingHectares;              // area of the valid geometry
    std::vector<CooperativeLink> plantingCooperative;
    ZoneShares plantingZones;                          // clipped shares, positive area only:
                                                       // plantingZones[i] is a span
    std::vector<int> plantingPointZone;                // point codes: zone of the point; -1 = outside
                                                       // every zone, or not a point
    // Per cooperative feature:
    std::vector<int> cooperativeZone;                  // -1 = outside every zone
    // Per investment row:
    std::vector<int> investmentCooperative;            // -1 = key matches nothing
};

// Which fields name a zone: the project's `code`/`name` fields of the layer,
// else the fields chosen by geo::chooseZoneFields (a layer added without a
// project entry); -1 when there is none. Throws Error when the project names a field
// the layer does not have.
struct ZoneFields {
    int code = -1;
    int name = -1;
};
ZoneFields zoneFields(const LoadedLayer& layer);

// zonesLayerId: any polygon layer of the workspace ("" = the first with role zones).
// Throws Cancelled when progress returns false; geo::Error when a required
// field named in the project is missing from its layer.
Links linkWorkspace(const Workspace& ws, const std::string& zonesLayerId = "", const ProgressFn& progress = {});

}  // namespace geo
