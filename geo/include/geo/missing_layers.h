#pragma once
// Partial loads: layers the statistics read that did not load. Statistics
// computed without one of them are incomplete (a missing planting-area layer
// gives zero hectares everywhere), so every tool either stops with the reason
// or, when the user allows it, says in each output which layer is missing.
#include <string>
#include <vector>

#include "geo/workspace.h"

namespace geo {

struct MissingLayer {
    std::string layerId;
    LayerRole role = LayerRole::Table;
    std::string path;    // as written in the project
    std::string reason;  // the load error, naming the file
};

// Layers of ws.project with the role zones, planting_areas, cooperatives or
// investments that have a load Error in ws.issues, in project order. A zones
// layer counts only when it serves as zones: zonesLayerId is "" (the
// project's first zones layer) or its id; a polygon layer named by
// zonesLayerId that did not load counts whatever its role.
std::vector<MissingLayer> missingStatisticsLayers(const Workspace& ws, const std::string& zonesLayerId = "");

// One line for people: "layer 'planting_areas' (planting areas, vung.gpkg)
// did not load, so its figures are missing from these statistics: REASON".
std::string missingLayerNote(const MissingLayer& m);

// The one-line error when statistics need a missing layer and the user did
// not allow it: names every missing layer and says how to go on.
std::string missingLayersError(const std::vector<MissingLayer>& missing);

}  // namespace geo
