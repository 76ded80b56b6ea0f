#pragma once
// The statistics columns: one list of names for every table that holds them.
// geo's statistics tables (export to CSV/XLSX, the app's export), the command
// line's `stats` CSV and JSON, and the linked zone attributes (vt_ + the name)
// all take their names from here, so a column is called the same everywhere.
// The names say the design's definitions (shared/design.md, "Statistics"):
// gross planted = Σ area(code ∩ zone), net planted = area(⋃ codes ∩ zone),
// coverage = net / zone × 100, and the counts and sums per zone.
#include <string>
#include <vector>

#include "geo/layer.h"
#include "geo/stats.h"

namespace geo::column {

// Zones (one row per zone, and the total).
inline constexpr const char* kZoneCode = "zone_code";
inline constexpr const char* kZoneName = "zone_name";
inline constexpr const char* kZoneHa = "zone_ha";
inline constexpr const char* kGrossPlantedHa = "gross_planted_ha";
inline constexpr const char* kNetPlantedHa = "net_planted_ha";
inline constexpr const char* kCoveragePct = "coverage_pct";
inline constexpr const char* kCodes = "codes";
inline constexpr const char* kCooperatives = "cooperatives";
inline constexpr const char* kMembers = "members";
inline constexpr const char* kOcopCooperatives = "ocop_cooperatives";
inline constexpr const char* kInvestmentVnd = "investment_vnd";
inline constexpr const char* kDeclaredHa = "declared_ha";
inline constexpr const char* kCodesWithoutBoundary = "codes_without_boundary";
// Cooperatives.
inline constexpr const char* kCoopKey = "coop_key";
inline constexpr const char* kCoopName = "coop_name";
inline constexpr const char* kOcopStars = "ocop_stars";
inline constexpr const char* kPlantedHa = "planted_ha";
// Planting areas.
inline constexpr const char* kCode = "code";
inline constexpr const char* kCrop = "crop";
inline constexpr const char* kMeasuredHa = "measured_ha";
inline constexpr const char* kMeasuredMinusDeclaredHa = "measured_minus_declared_ha";

}  // namespace geo::column

namespace geo {

// zone_code, zone_name, zone_ha, gross_planted_ha, net_planted_ha,
// coverage_pct, codes, cooperatives, members, ocop_cooperatives,
// investment_vnd, declared_ha.
const std::vector<Field>& zoneStatisticsFields();
// A zone's row in that order; code and name as given (a total row has its own).
std::vector<Value> zoneStatisticsRow(const ZoneStatistics& z, std::string code, std::string name);

// coop_key, coop_name, members, ocop_stars, zone_code, zone_name, codes,
// planted_ha, investment_vnd.
const std::vector<Field>& cooperativeStatisticsFields();

// code, crop, measured_ha, declared_ha, measured_minus_declared_ha.
const std::vector<Field>& plantingStatisticsFields();

}  // namespace geo
