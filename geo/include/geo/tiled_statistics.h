#pragma once
// Statistics of a project whose planting layer is too large to hold in
// memory at once (ten million plots: 3.8 GB of coordinates alone).
//
// How, so that every figure equals computeStatistics' on the whole layer:
// 1. a survey reads the layer once, keeping of each feature only its FID and
//    envelope (in the layer's CRS);
// 2. features whose envelopes touch, directly or through others, form a
//    group (an overlap can only join features of one group), and the groups
//    are dealt into tiles of about `featuresPerTile` features, near ones
//    together (strips across the layer's extent, cut along them);
// 3. each tile is read (in many tiles and with a spatial index, only its
//    area is read; else a pass over the layer keeps the tile's), linked
//    and measured by linkWorkspace and computeStatistics with every other
//    layer as loaded, and its figures are added up. Every figure of a zone
//    and of the total is a sum over planting areas, or over clusters of
//    overlapping ones, which never span two tiles; what does not depend on
//    the planting areas (zone area, cooperatives, members, OCOP, investment)
//    is taken once.
// What cannot be summed this way is not offered: per-planting lists, the
// overlap pairs themselves (their count and hectares are), re-aggregation by
// a crosswalk.
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "geo/source.h"
#include "geo/stats.h"
#include "geo/workspace.h"

namespace geo {

// What the survey read keeps of each feature.
struct FeatureEnvelopes {
    std::vector<std::int64_t> fids;
    std::vector<Envelope> envelopes;  // layer CRS; null without geometry
    std::mutex guard;                 // the reader calls from several threads

    // A read part that keeps no feature and records each one's FID and envelope.
    ReadOptions::Part survey();
};

// Which tile each feature is read in.
struct TilePlan {
    std::vector<std::int64_t> fids;       // sorted
    std::vector<std::uint32_t> tileOf;    // parallel to fids
    std::vector<Envelope> areas;          // per tile: where its features lie (null: anywhere)
    // The part of the layer that tile t reads: its features, and its area as
    // the spatial-index hint once the tiles are many (tiled_statistics.cpp).
    std::size_t tiles() const { return areas.size(); }
    ReadOptions::Part part(std::uint32_t t) const;
};

// Deal the surveyed features into tiles (step 2 above). Throws Error when
// FIDs repeat (the reader could not tell the tiles' features apart).
TilePlan planTiles(FeatureEnvelopes& surveyed, std::size_t featuresPerTile);

struct TiledStatistics {
    // zones, total, implausibleNumbers and amountProblems as computeStatistics
    // gives them; plantings, cooperatives and overlaps are left empty.
    Statistics statistics;
    std::size_t overlapPairs = 0;
    double overlapHa = 0;
    std::string zonesLayerId;
    // The planting layer's issues found while its tiles were read (repairs;
    // reader warnings the survey had not given), each once.
    std::vector<LoadIssue> issues;
};

// loadWorkspace, except that the planting layer (the first with that role)
// is only surveyed into `surveyed` (step 1 above): it holds no features.
Workspace loadWorkspaceForTiles(const Project& project, FeatureEnvelopes& surveyed, const ProgressFn& progress = {});

// Step 3 above. ws holds every layer as loadWorkspace would, except that the
// planting layer (the first with that role) was read with a survey part and
// so holds no features. Throws Cancelled when progress returns false, Error
// as linkWorkspace and computeStatistics do.
TiledStatistics computeStatisticsInTiles(const Workspace& ws, const TilePlan& plan, const std::string& zonesLayerId,
                                         const ProgressFn& progress = {});

}  // namespace geo
