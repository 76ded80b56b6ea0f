#pragma once
// What the map's measure tool reports for the points the user clicked:
// geodesic length, perimeter and area on the WGS 84 ellipsoid (PROJ's
// geodesic API, GeographicLib's algorithm, through geodesic_distance.h and
// area.h). Inputs are lon/lat degrees (x = lon, y = lat) in click order.
#include <vector>

#include "geo/geometry.h"

namespace geo {

struct GeodesicMeasure {
    // Along the open path, the sum of each segment's geodesic, m.
    double lengthMetres = 0;
    // The path closed back to its first point, m (0 below 3 points).
    double perimeterMetres = 0;
    // The polygon the closed path bounds, m², whatever the click order
    // (0 below 3 points). A path that crosses itself counts each lobe with
    // its own orientation, as GeographicLib's Planimeter does.
    double areaM2 = 0;
};

GeodesicMeasure measureGeodesic(const std::vector<XY>& lonLat);

}  // namespace geo
