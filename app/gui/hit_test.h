#pragma once
// Which feature is under the cursor. Point-in-polygon runs on geo/'s
// normalised geometry (WGS 84 lon/lat) with an even-odd ray test: this is
// hit-testing for the user interface, not a statistic.
#include "document.h"
#include "map_renderer.h"

namespace vt::gui {

struct Hit {
    int layer = -1;    // index into Document::layers
    int feature = -1;
    bool isValid() const { return layer >= 0 && feature >= 0; }
};

// Even-odd test over every ring of every polygon (holes excluded).
bool pointInGeometry(const geo::Geometry& g, geo::XY p);

// The topmost visible feature at the clicked point: lonLat in WGS 84, mapPoint
// the same point in the map CRS; resolution in map units per px sets the
// tolerance for point symbols and for planting areas too small to aim at.
Hit hitTest(const Document& doc, const RenderSettings& settings, geo::XY lonLat, geo::XY mapPoint, double resolution,
            double symbolScale = 1.0);

// Every visible feature at the point, topmost first (one per layer).
std::vector<Hit> hitTestAll(const Document& doc, const RenderSettings& settings, geo::XY lonLat, geo::XY mapPoint,
                            double resolution, double symbolScale = 1.0);

}  // namespace vt::gui
