#pragma once
// Statistics (design.md, "Statistics (definitions)"). Areas in hectares
// (geodesic, WGS 84 ellipsoid), amounts in VND as integers.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geo/link.h"

namespace geo {

struct CropFigures {
    double grossHa = 0;
    double netHa = 0;
    int codes = 0;
};

struct ZoneStatistics {
    int zone = -1;                 // feature index in the zones layer; -1 for the total row
    std::string code;
    std::string name;
    double zoneHa = 0;
    double grossPlantedHa = 0;     // Σ area(code ∩ zone)
    double netPlantedHa = 0;       // area(⋃ codes ∩ zone)
    double coveragePct = 0;        // net / zone × 100
    int codes = 0;                 // planting areas with a positive share in the zone
    int cooperatives = 0;          // cooperative points in the zone
    std::int64_t members = 0;
    int ocopCooperatives = 0;      // OCOP 3 stars or more
    std::int64_t investmentVnd = 0;  // investments of the zone's cooperatives
    std::map<std::string, CropFigures> byCrop;
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

struct PlantingStatistics {
    int planting = -1;
    std::string code;
    std::string crop;
    double measuredHa = 0;
    std::optional<double> declaredHa;
    std::optional<double> differenceHa;  // measured − declared
};

struct Overlap {
    int first = -1;                // planting feature indexes, first < second
    int second = -1;
    double hectares = 0;
};

struct Statistics {
    std::vector<ZoneStatistics> zones;   // in the zones layer's order
    ZoneStatistics total;                // whole project (zone = -1); zoneHa = Σ zones
    std::vector<CooperativeStatistics> cooperatives;
    std::vector<PlantingStatistics> plantings;
    std::vector<Overlap> overlaps;
};

// Throws Cancelled when progress returns false.
Statistics computeStatistics(const Workspace& ws, const Links& links, const ProgressFn& progress = {});

}  // namespace geo
