#pragma once
// Internal to geo/src: the one WGS 84 ellipsoid the geodesic areas
// (area.cpp) and distances (geodesic_distance.cpp) are computed on, through
// PROJ's geodesic API (GeographicLib's algorithms).
#include <geodesic.h>

namespace geo::detail {

// WGS 84 as PROJ defines it (a, 1/f). VN-2000 uses the same ellipsoid, so
// areas and distances do not depend on which of the two datums the
// coordinates were transformed to. Made once (an inline function's static is
// one object for the whole program).
inline const geod_geodesic& wgs84Geodesic() {
    static const geod_geodesic g = [] {
        geod_geodesic out;
        geod_init(&out, 6378137.0, 1 / 298.257223563);
        return out;
    }();
    return g;
}

}  // namespace geo::detail
