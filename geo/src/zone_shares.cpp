// Links::plantingZones held flat (geo/link.h, ZoneShares).
#include <limits>
#include <stdexcept>
#include <string>

#include "geo/error.h"
#include "geo/link.h"

namespace geo {

std::span<const ZoneShare> ZoneShares::at(std::size_t plot) const {
    if (plot >= size())
        throw std::out_of_range("zone shares: plot " + std::to_string(plot) + " of " + std::to_string(size()));
    return (*this)[plot];
}

void ZoneShares::append(std::span<const ZoneShare> plotShares) {
    // Offsets are 32-bit to keep 4 bytes a plot: a workspace past 4 billion
    // shares is refused, never wrapped.
    if (plotShares.size() > std::numeric_limits<std::uint32_t>::max() - shares_.size())
        throw Error("linking: more than 4,294,967,295 zone shares (plots × zones they cross)");
    if (begin_.empty()) begin_.push_back(0);  // moved from
    shares_.insert(shares_.end(), plotShares.begin(), plotShares.end());
    begin_.push_back(static_cast<std::uint32_t>(shares_.size()));
}

void ZoneShares::reserve(std::size_t plots, std::size_t shares) {
    begin_.reserve(plots + 1);
    shares_.reserve(shares);
}

void ZoneShares::clear() {
    begin_.assign(1, 0);
    shares_.clear();
}

}  // namespace geo
