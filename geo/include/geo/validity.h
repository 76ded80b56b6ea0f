#pragma once
// Geometry validity with GEOS (reentrant C API): detection and make-valid
// repair. Repairs are recorded, never silent.
#include <string>

#include "geo/geometry.h"

namespace geo {

struct ValidityCheck {
    bool valid = true;
    std::string reason;   // GEOS's reason, e.g. "Self-intersection[105.6 9.3]"
};

// GEOS's verdict, except that a single small ring proven simple by a
// conservative check is valid without GEOS (anything doubtful goes to GEOS).
ValidityCheck checkValidity(const Geometry& g);
// Always GEOS: the reference the fast path is tested against.
ValidityCheck checkValidityWithGeos(const Geometry& g);

struct RepairResult {
    Geometry geometry;      // valid; polygonal input stays polygonal (may become empty)
    bool repaired = false;
    std::string what;       // e.g. "Self-intersection at (105.6, 9.3): split into 2 polygons"
};

// Repair with GEOS make-valid, keeping only the polygonal part of a polygonal
// input (a bow-tie becomes its two lobes, a collapsed ring becomes empty).
// Non-finite coordinates cannot be repaired: the result is empty and says why.
RepairResult makeValid(const Geometry& g);
// The same on g itself, without copying a geometry that needs nothing: true
// when g was changed, with what was done in `what`.
bool repairInPlace(Geometry& g, std::string& what);

}  // namespace geo
