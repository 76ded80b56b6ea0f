#pragma once
// Internal: the conservative simplicity test behind checkValidity's fast path
// (validity.cpp). Most planting areas are one small ring; proving it simple
// here spares building GEOS topology for it.
#include "geo/geometry.h"

namespace geo::detail {

// True only when ring is certainly a simple closed ring of positive area:
// no zero-length edge, no two non-adjacent edges touching, no adjacent edges
// folding back, all judged with a margin so that any near-degenerate case
// answers false and goes to GEOS. Rings of more than 64 edges answer false.
bool certainlySimpleRing(const Ring& ring);

}  // namespace geo::detail
