#pragma once
// Axis order of geographic coordinates: checked, not trusted. A layer whose
// "longitudes" lie within Vietnam's latitudes and whose "latitudes" lie
// beyond ±90 or within Vietnam's longitudes was written latitude first.
#include <optional>
#include <string>

#include "geo/geometry.h"

namespace geo {

enum class AxisOrder { LonLat, LatLon };
const char* toString(AxisOrder order);  // "lon_lat", "lat_lon"
std::optional<AxisOrder> parseAxisOrder(const std::string& text);

// True when extent (x, y as stored, degrees) reads as latitude first in
// Vietnam: every x within Vietnam's latitudes (8–23.6° N) and the y values
// beyond ±90 or within Vietnam's longitudes (102–117.5° E).
bool looksLatitudeFirst(const Envelope& extent);

// Swap x and y of every coordinate of g (latitude-first → x = longitude).
void swapAxes(Geometry& g);

}  // namespace geo
