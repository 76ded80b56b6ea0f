#include "spatial_grid.h"

#include <algorithm>
#include <cmath>

namespace vt::gui {

namespace {

int cellOf(double v, double origin, double size, int count) {
    return std::clamp(static_cast<int>(std::floor((v - origin) / size)), 0, count - 1);
}

}  // namespace

SpatialGrid::SpatialGrid(const std::vector<geo::Envelope>& envelopes) {
    std::size_t n = 0;
    for (const auto& e : envelopes) {
        if (e.isNull()) continue;
        extent_.expand(e);
        maxHalfWidth_ = std::max(maxHalfWidth_, (e.maxX - e.minX) / 2);
        maxHalfHeight_ = std::max(maxHalfHeight_, (e.maxY - e.minY) / 2);
        ++n;
    }
    if (n == 0) return;
    const double w = std::max(extent_.maxX - extent_.minX, 1e-9), h = std::max(extent_.maxY - extent_.minY, 1e-9);
    cellSize_ = std::sqrt(w * h * kPerCell / static_cast<double>(n));
    columns_ = std::clamp(static_cast<int>(std::ceil(w / cellSize_)), 1, 4096);
    rows_ = std::clamp(static_cast<int>(std::ceil(h / cellSize_)), 1, 4096);
    cellSize_ = std::max(w / columns_, h / rows_);

    // Counting sort by cell: two passes, features stay ascending in a cell.
    std::vector<std::uint32_t> cellOfFeature(envelopes.size(), UINT32_MAX);
    cellStart_.assign(static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_) + 1, 0);
    for (std::size_t i = 0; i < envelopes.size(); ++i) {
        const auto& e = envelopes[i];
        if (e.isNull()) continue;
        int c = cellOf((e.minX + e.maxX) / 2, extent_.minX, cellSize_, columns_);
        int r = cellOf((e.minY + e.maxY) / 2, extent_.minY, cellSize_, rows_);
        cellOfFeature[i] = static_cast<std::uint32_t>(r * columns_ + c);
        ++cellStart_[cellOfFeature[i] + 1];
    }
    for (std::size_t c = 1; c < cellStart_.size(); ++c) cellStart_[c] += cellStart_[c - 1];
    items_.resize(n);
    std::vector<std::uint32_t> next(cellStart_.begin(), cellStart_.end() - 1);
    for (std::size_t i = 0; i < envelopes.size(); ++i)
        if (cellOfFeature[i] != UINT32_MAX) items_[next[cellOfFeature[i]]++] = static_cast<std::uint32_t>(i);
}

bool SpatialGrid::worthQuerying(const geo::Envelope& area) const {
    if (empty() || area.isNull()) return false;
    const double layer = (extent_.maxX - extent_.minX) * (extent_.maxY - extent_.minY);
    const double ix = std::min(area.maxX, extent_.maxX) - std::max(area.minX, extent_.minX);
    const double iy = std::min(area.maxY, extent_.maxY) - std::max(area.minY, extent_.minY);
    if (ix <= 0 || iy <= 0) return true;  // nothing there: the query is empty and instant
    return ix * iy < 0.25 * layer;        // beyond a quarter, sorting the hits costs more than a scan
}

std::vector<std::uint32_t> SpatialGrid::query(const geo::Envelope& area) const {
    std::vector<std::uint32_t> out;
    if (empty() || area.isNull()) return out;
    // A feature filed under its centre reaches at most half its size beyond it.
    const double minX = area.minX - maxHalfWidth_, maxX = area.maxX + maxHalfWidth_;
    const double minY = area.minY - maxHalfHeight_, maxY = area.maxY + maxHalfHeight_;
    if (maxX < extent_.minX || minX > extent_.maxX || maxY < extent_.minY || minY > extent_.maxY) return out;
    const int c0 = cellOf(minX, extent_.minX, cellSize_, columns_), c1 = cellOf(maxX, extent_.minX, cellSize_, columns_);
    const int r0 = cellOf(minY, extent_.minY, cellSize_, rows_), r1 = cellOf(maxY, extent_.minY, cellSize_, rows_);
    for (int r = r0; r <= r1; ++r) {
        const std::size_t row = static_cast<std::size_t>(r) * static_cast<std::size_t>(columns_);
        out.insert(out.end(), items_.begin() + cellStart_[row + static_cast<std::size_t>(c0)],
                   items_.begin() + cellStart_[row + static_cast<std::size_t>(c1) + 1]);
    }
    std::sort(out.begin(), out.end());  // each feature is in one cell: no duplicates
    return out;
}

}  // namespace vt::gui
