#pragma once
// Which features of a big layer a view can show, without testing them all.
//
// A million plots make every frame loop over a million envelopes three times
// (draw, density, labels): about 0.2 s at 1:10,000, where a few thousand are
// visible. The grid files each feature under the cell of its envelope's
// centre; a query widens the area by the largest half-size of any envelope,
// so every feature that may intersect it is found. Built once per document.
#include <atomic>
#include <cstdint>
#include <vector>

#include "geo/geometry.h"

namespace vt::gui {

class SpatialGrid {
public:
    SpatialGrid() = default;
    // About kPerCell features a cell; null envelopes are never returned.
    explicit SpatialGrid(const std::vector<geo::Envelope>& envelopes);

    bool empty() const { return cellStart_.empty(); }
    // Feature indexes whose envelope may intersect area, ascending (the
    // drawing order). A superset: callers still test each envelope.
    std::vector<std::uint32_t> query(const geo::Envelope& area) const;
    // True when area covers little of the layer, so query() beats a scan.
    bool worthQuerying(const geo::Envelope& area) const;

    static constexpr double kPerCell = 4;

private:
    geo::Envelope extent_;
    double cellSize_ = 0;
    int columns_ = 0, rows_ = 0;
    double maxHalfWidth_ = 0, maxHalfHeight_ = 0;
    std::vector<std::uint32_t> cellStart_;  // columns_*rows_ + 1 offsets into items_
    std::vector<std::uint32_t> items_;      // feature indexes, ascending within a cell
};

// Calls fn(i) for each feature i whose envelope intersects area, in
// ascending order, through the grid when it pays and by a scan otherwise.
// Returns false when cancel was set (checked every 4096 features).
template <class Fn>
bool forEachIntersecting(const SpatialGrid& grid, const std::vector<geo::Envelope>& envelopes,
                         const geo::Envelope& area, const std::atomic<bool>* cancel, Fn&& fn) {
    auto stop = [cancel](std::size_t k) {
        return (k & 4095) == 0 && cancel && cancel->load(std::memory_order_relaxed);
    };
    if (grid.worthQuerying(area)) {
        const std::vector<std::uint32_t> hits = grid.query(area);
        for (std::size_t k = 0; k < hits.size(); ++k) {
            if (stop(k)) return false;
            if (envelopes[hits[k]].intersects(area)) fn(static_cast<std::size_t>(hits[k]));
        }
        return true;
    }
    for (std::size_t i = 0; i < envelopes.size(); ++i) {
        if (stop(i)) return false;
        if (envelopes[i].intersects(area)) fn(i);
    }
    return true;
}

}  // namespace vt::gui
