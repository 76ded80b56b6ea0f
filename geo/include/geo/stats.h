#pragma once
// Statistics (design.md, "Statistics (definitions)"). Areas in hectares
// (geodesic, WGS 84 ellipsoid), amounts in VND as integers.
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geo/link.h"
#include "geo/plausible.h"

namespace geo {

struct CropFigures {
    double grossHa = 0;
    double netHa = 0;
    int codes = 0;
};

// The planted area one cooperative holds in a zone.
struct CooperativeShare {
    int cooperative = -1;          // feature index in the cooperatives layer; -1 = codes linked to none
    int codes = 0;                 // its planting areas with a positive share in the zone
    double grossHa = 0;            // Σ area(code ∩ zone) over those codes
};

struct ZoneStatistics {
    int zone = -1;                 // feature index in the zones layer; -1 for the total row
    std::string code;
    std::string name;
    double zoneHa = 0;
    double grossPlantedHa = 0;     // Σ area(code ∩ zone)
    double netPlantedHa = 0;       // area(⋃ codes ∩ zone)
    double coveragePct = 0;        // net / zone × 100
    int codes = 0;                 // planting areas with a positive share in the zone, and
                                   // codes without a boundary whose point is in it
    int cooperatives = 0;          // cooperative points in the zone
    std::int64_t members = 0;
    int ocopCooperatives = 0;      // OCOP 3 stars or more
    std::int64_t investmentVnd = 0;  // investments of the zone's cooperatives
    double declaredHa = 0;         // Σ declared ha of the zone's codes (see computeStatistics)
    int codesWithoutBoundary = 0;  // of `codes`: points without a polygon (no_boundary)
    std::map<std::string, CropFigures> byCrop;
    // Who holds the zone's planting areas, by cooperative index (-1 first).
    std::vector<CooperativeShare> holders;
};

struct CooperativeStatistics {
    int cooperative = -1;          // feature index in the cooperatives layer
    std::string key;
    std::string name;
    std::int64_t members = 0;
    int ocopStars = 0;
    int zone = -1;
    std::vector<int> plantingAreas;  // feature indexes of its codes
    double plantedHa = 0;
    std::vector<int> investments;    // row indexes
    std::int64_t investmentVnd = 0;
};

// A row per planting area: 64 bytes (a million plots at scale, all alive at
// the run's peak of memory), so the crop is an index and the declared area a
// double that is NaN when none is declared (a NaN never passes plausible.h).
struct PlantingStatistics {
    int planting = -1;
    std::uint32_t crop = 0;        // index into Statistics::cropNames: see Statistics::cropOf
    std::string code;
    double measuredHa = 0;         // 0 for a code without a boundary (not measured)
    bool hasBoundary = true;       // false: a point (a register row), never measured

    std::optional<double> declaredHa() const {
        return std::isnan(declared_) ? std::nullopt : std::optional<double>(declared_);
    }
    void setDeclaredHa(std::optional<double> ha) { declared_ = ha.value_or(std::numeric_limits<double>::quiet_NaN()); }
    // measured − declared; unset without a boundary or a declared area.
    std::optional<double> differenceHa() const {
        if (!hasBoundary || std::isnan(declared_)) return std::nullopt;
        return measuredHa - declared_;
    }

private:
    double declared_ = std::numeric_limits<double>::quiet_NaN();
};

struct Overlap {
    int first = -1;                // planting feature indexes, first < second
    int second = -1;
    double hectares = 0;
};

// An investment row whose amount is not a clean VND amount (geo/amount.h):
// it counts in no sum, and the data-quality report names it (bad_number).
struct AmountProblem {
    int row = -1;                  // feature index in the investments layer
    std::int64_t fid = -1;
    std::string problem;
};

struct Statistics {
    std::vector<ZoneStatistics> zones;   // in the zones layer's order
    ZoneStatistics total;                // whole project (zone = -1); zoneHa = Σ zones
    std::vector<CooperativeStatistics> cooperatives;
    std::vector<PlantingStatistics> plantings;
    std::vector<std::string> cropNames;  // the distinct crops the rows name, by index
    const std::string& cropOf(const PlantingStatistics& p) const { return cropNames.at(p.crop); }
    std::vector<Overlap> overlaps;
    std::vector<AmountProblem> amountProblems;
    // Declared areas, members and amounts no real feature can have
    // (geo/plausible.h): counted in no sum, in layer order then feature order.
    std::vector<ImplausibleNumber> implausibleNumbers;
};

// Throws Cancelled when progress returns false.
//
// How the figures are made (design.md, "Statistics (definitions)"):
// - zones[z].grossPlantedHa = Σ of the planting areas' shares in z (link.h);
//   netPlantedHa = area(⋃ shares in z), computed as gross − Σ over clusters of
//   mutually overlapping planting areas (connected components of the overlap
//   pairs) of (Σ members' shares in z − area(union of the members ∩ z)); only
//   those clusters are ever unioned. byCrop: the same per crop (a crop's
//   cluster is the cluster's members of that crop).
// - cooperatives/members/ocopCooperatives: cooperatives whose point is in z
//   (link.h); investmentVnd: Σ amount_vnd of investments linked to those
//   cooperatives, read by readVndAmount (geo/amount.h): an amount that is not
//   clean counts in no sum and is listed in amountProblems; a sum beyond
//   int64 is an error naming the rows, never a wrapped number.
// - Implausible numbers (geo/plausible.h): a declared area that is negative,
//   not finite or larger than Vietnam, a member count that is negative, not
//   whole or more than Vietnam's population, an amount that is negative or
//   more than Vietnam's GDP count in no sum (a code with such a declared area
//   counts as declaring none) and are listed in implausibleNumbers.
// - total (zone = -1, the whole project, whether or not inside a zone):
//   zoneHa = Σ zones' area; grossPlantedHa = Σ measured area of every planting
//   area; netPlantedHa = area of the union of every planting area;
//   coveragePct = net / zoneHa; codes = planting areas with positive area
//   and every code without a boundary;
//   cooperatives, members, OCOP: every cooperative; investmentVnd: every
//   investment row, linked or not. So zone rows can sum to less than the
//   total: the difference is what lies outside every zone or is unlinked.
// - Codes without a boundary (planting areas given as points, link.h): they
//   count in codes (zone: the zone holding the point; total: every one) and
//   in codesWithoutBoundary, in byCrop's and holders' codes with 0 ha, and
//   in declaredHa; never in gross, net or coverage.
// - declaredHa: Σ over the zone's codes of their declared ha (the project's
//   "declared_ha" field; a text cell may use a decimal comma, see
//   number_text.h; a missing or unreadable value counts 0). A point gives its
//   whole declared area to the zone holding it. A polygon gives each zone
//   declared × area(code ∩ zone) / area(code), the fraction of its measured
//   area lying there: a code split 30/70 by a border gives 30 % and 70 % of
//   its declared area, and a code partly outside every zone gives the zones
//   only their part. total.declaredHa = Σ declared ha of every code, in a
//   zone or not, polygon or point (a polygon with no measurable area, too).
// - overlaps: every pair of planting areas whose intersection has positive
//   area, with that area (whole, not per zone), sorted by (first, second).
Statistics computeStatistics(const Workspace& ws, const Links& links, const ProgressFn& progress = {});

// Re-aggregates the zone rows to the units of the project's crosswalk as
// read at load (ws.crosswalk, geo/crosswalk.h: CSV with from_field = old
// zone code, to_field = new unit code, to_name_field = its name; codes
// matched with normaliseKey; its unusable and repeated lines are load issues).
// Units come in the order of their first row in the CSV; zones the crosswalk
// does not name follow as units of their own (and a warning says so); a CSV
// code matching no zone is a warning. A unit made of one zone has that zone's
// index in `zone`, a merged unit has -1.
// Counts and sums of cooperatives, members, OCOP, VND and declared ha are summed; codes
// counts each planting area once per unit (a code crossing two merged zones
// counts 1). Areas are recomputed, not summed, where summing would be wrong:
// zoneHa = area of the union of the merged zones; gross = Σ area(code ∩
// unit), recomputed with GEOS for codes with shares in several merged zones;
// net = area(⋃ codes ∩ unit) — Σ of the zones' net, corrected for every
// overlap cluster that straddles two or more merged zones (its union ∩ unit
// replaces the per-zone unions), so overlaps across an old border are counted
// once. byCrop likewise. Throws Error when the project has no crosswalk or
// it was not read (its CrosswalkUnread issue's message).
std::vector<ZoneStatistics> aggregateByCrosswalk(const Statistics& stats, const Workspace& ws, const Links& links,
                                                 std::vector<std::string>* warnings = nullptr);

}  // namespace geo
