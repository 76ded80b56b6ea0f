#pragma once
// Planting areas too small to show their shape at the current scale.
//
// At province scale a 0.3 ha plot is a fraction of a pixel: drawn one by one,
// a million of them are confetti that costs seconds, and ninety are invisible
// dots. Instead, every plot smaller than a few px is summed into a grid of
// square cells aligned to the map (so the grid does not shimmer as the map
// pans) and each cell is drawn in a class of "share of its land planted".
// Plots big enough to show their shape are drawn as polygons over the cells;
// zooming in moves plots from the grid to outlines one by one.
#include <QColor>
#include <QPainter>
#include <atomic>
#include <cstdint>
#include <vector>

#include "document.h"
#include "map_view.h"

namespace vt::gui {

// A plot whose screen bounding box is under this many px (× symbol scale)
// on both sides goes to the density grid.
constexpr double kSmallPlotPx = 6.0;
// The side of a density cell in px (× symbol scale).
constexpr double kDensityCellPx = 10.0;

bool isSmallOnScreen(const geo::Envelope& envelope, const MapView& view, double symbolScale);

// Planar area of a geometry in its own units² (holes subtracted): map CRS
// metres give m² within the projection's scale error, enough to class a
// cell's share of planted land.
double planarArea(const geo::Geometry& g);

struct PlantingDensity {
    double cellSize = 0;             // map units
    std::int64_t firstColumn = 0;    // column of cells[0]: floor(x / cellSize)
    std::int64_t firstRow = 0;       // row of cells[0]: floor(y / cellSize)
    int columns = 0, rows = 0;
    std::vector<double> planted;     // map units² per cell, row-major from firstRow
    std::size_t plots = 0;           // plots summed into the grid

    double share(int column, int row) const;  // planted / cell area, 0..1 (can exceed 1 where plots overlap)
};

// Sums every small plot of `layer` that lies in the view into cells, by the
// cell that holds its envelope's centre. area[i] is plot i's planar area in
// map units². Returns an empty grid when cancel is set.
PlantingDensity binSmallPlots(const DisplayLayer& layer, const std::vector<double>& area, const MapView& view,
                              double symbolScale, const std::atomic<bool>* cancel = nullptr);

// Classes of the share of land planted, in percent: class c holds
// [breaks[c], breaks[c+1]); the last is open above.
const std::vector<double>& densityBreaksPct();
int densityClass(double sharePct);
QColor densityColour(int densityClass);

void drawDensity(QPainter& painter, const PlantingDensity& density, const MapView& view, double symbolScale);

}  // namespace vt::gui
