#pragma once
// How polygon areas are measured (design.md, "Coordinate reference systems"):
// the project key "area" and the command line's --area.
#include <optional>
#include <string>

namespace geo {

enum class AreaMode {
    // Small polygons (geo::authalicAreaApplies) on the exact equal-area map
    // of the authalic sphere; every other polygon by PROJ's geodesic area.
    Auto,
    // PROJ's geodesic area (GeographicLib's algorithm) for every polygon.
    Geodesic,
};

const char* toString(AreaMode mode);  // "auto", "geodesic"
std::optional<AreaMode> parseAreaMode(const std::string& text);

}  // namespace geo
