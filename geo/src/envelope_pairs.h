#pragma once
// Which envelopes intersect, and the groups they chain into: the candidate
// pairs of overlapping planting areas (stats.cpp) and the groups a large
// planting layer is tiled by (tiled_statistics.cpp).
#include <algorithm>
#include <functional>
#include <numeric>
#include <utility>
#include <vector>

#include "geo/geometry.h"

namespace geo::detail {

// Union-find over feature indexes; a group's root is its lowest index.
struct Dsu {
    std::vector<int> parent;
    explicit Dsu(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x) {
        while (parent[static_cast<std::size_t>(x)] != x) {
            parent[static_cast<std::size_t>(x)] = parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(x)])];
            x = parent[static_cast<std::size_t>(x)];
        }
        return x;
    }
    void unite(int a, int b) {
        a = find(a);
        b = find(b);
        if (a != b) parent[static_cast<std::size_t>(std::max(a, b))] = std::min(a, b);
    }
};

// Pairs (i < j) of intersecting envelopes, each once, sorted. A uniform grid
// of cells about twice a typical envelope; a pair is reported only in the
// cell holding the lower-left corner of the envelopes' intersection.
std::vector<std::pair<int, int>> envelopePairs(const std::vector<Envelope>& env, unsigned workers,
                                               const std::function<bool(double)>& tick);

}  // namespace geo::detail
