#include "geo/measure.h"

#include <cmath>

#include "geo/area.h"
#include "geo/geodesic_distance.h"

namespace geo {

GeodesicMeasure measureGeodesic(const std::vector<XY>& lonLat) {
    GeodesicMeasure m;
    for (std::size_t i = 1; i < lonLat.size(); ++i) m.lengthMetres += geodesicDistanceMetres(lonLat[i - 1], lonLat[i]);
    if (lonLat.size() >= 3) {
        m.perimeterMetres = m.lengthMetres + geodesicDistanceMetres(lonLat.back(), lonLat.front());
        m.areaM2 = std::abs(geodesicRingAreaM2(lonLat));
    }
    return m;
}

}  // namespace geo
