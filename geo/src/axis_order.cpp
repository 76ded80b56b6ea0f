#include "geo/axis_order.h"

#include <cmath>
#include <utility>

#include "geo/geometry_walk.h"

namespace geo {

const char* toString(AxisOrder order) { return order == AxisOrder::LatLon ? "lat_lon" : "lon_lat"; }

std::optional<AxisOrder> parseAxisOrder(const std::string& text) {
    for (AxisOrder o : {AxisOrder::LonLat, AxisOrder::LatLon})
        if (text == toString(o)) return o;
    return std::nullopt;
}

bool looksLatitudeFirst(const Envelope& e) {
    if (e.isNull() || !std::isfinite(e.minX) || !std::isfinite(e.maxX) || !std::isfinite(e.minY) ||
        !std::isfinite(e.maxY))
        return false;
    // The same box as the CRS guess uses for "inside Vietnam", axes exchanged.
    constexpr double kMinLat = 8.0, kMaxLat = 23.6, kMinLon = 102.0, kMaxLon = 117.5;
    bool xAreLatitudes = e.minX >= kMinLat && e.maxX <= kMaxLat;
    bool yBeyondLatitudes = e.minY < -90 || e.maxY > 90;
    bool yAreLongitudes = e.minY >= kMinLon && e.maxY <= kMaxLon;
    return xAreLatitudes && (yBeyondLatitudes || yAreLongitudes);
}

void swapAxes(Geometry& g) {
    forEachVertex(g, [](XY& p) { std::swap(p.x, p.y); });
}

}  // namespace geo
