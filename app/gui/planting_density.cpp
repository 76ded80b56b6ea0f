#include "planting_density.h"

#include <algorithm>
#include <cmath>

namespace vt::gui {

bool isSmallOnScreen(const geo::Envelope& e, const MapView& view, double k) {
    const double limit = kSmallPlotPx * k * view.resolution;
    return e.maxX - e.minX < limit && e.maxY - e.minY < limit;
}

double planarArea(const geo::Geometry& g) {
    double total = 0;
    for (const auto& poly : g.polygons) {
        double polygon = 0;
        for (std::size_t r = 0; r < poly.rings.size(); ++r) {
            const geo::Ring& ring = poly.rings[r];
            if (ring.size() < 3) continue;
            // Shoelace about the first vertex: map coordinates are large
            // (10^5–10^6 m), so this keeps the products small and exact.
            const geo::XY o = ring[0];
            double twice = 0;
            for (std::size_t i = 1; i + 1 < ring.size(); ++i)
                twice += (ring[i].x - o.x) * (ring[i + 1].y - o.y) - (ring[i + 1].x - o.x) * (ring[i].y - o.y);
            double a = std::fabs(twice) / 2;
            polygon += r == 0 ? a : -a;  // rings after the first are holes
        }
        total += std::max(0.0, polygon);
    }
    return total;
}

double PlantingDensity::share(int column, int row) const {
    if (column < 0 || row < 0 || column >= columns || row >= rows || cellSize <= 0) return 0;
    return planted[static_cast<std::size_t>(row) * static_cast<std::size_t>(columns) +
                   static_cast<std::size_t>(column)] /
           (cellSize * cellSize);
}

PlantingDensity binSmallPlots(const DisplayLayer& layer, const std::vector<double>& area, const MapView& view,
                              double k, const std::atomic<bool>* cancel) {
    PlantingDensity d;
    d.cellSize = kDensityCellPx * k * view.resolution;
    const geo::Envelope viewEnv = view.envelope();
    // One cell of margin: a cell straddling the view's edge is drawn whole.
    d.firstColumn = static_cast<std::int64_t>(std::floor(viewEnv.minX / d.cellSize)) - 1;
    d.firstRow = static_cast<std::int64_t>(std::floor(viewEnv.minY / d.cellSize)) - 1;
    d.columns = static_cast<int>(std::floor(viewEnv.maxX / d.cellSize) - static_cast<double>(d.firstColumn)) + 2;
    d.rows = static_cast<int>(std::floor(viewEnv.maxY / d.cellSize) - static_cast<double>(d.firstRow)) + 2;
    d.planted.assign(static_cast<std::size_t>(d.columns) * static_cast<std::size_t>(d.rows), 0.0);

    const bool complete = forEachIntersecting(layer.index, layer.envelopes, viewEnv, cancel, [&](std::size_t i) {
        const geo::Envelope& e = layer.envelopes[i];
        if (i >= area.size() || !isSmallOnScreen(e, view, k)) return;
        auto column = static_cast<std::int64_t>(std::floor((e.minX + e.maxX) / 2 / d.cellSize)) - d.firstColumn;
        auto row = static_cast<std::int64_t>(std::floor((e.minY + e.maxY) / 2 / d.cellSize)) - d.firstRow;
        if (column < 0 || row < 0 || column >= d.columns || row >= d.rows) return;
        d.planted[static_cast<std::size_t>(row) * static_cast<std::size_t>(d.columns) +
                  static_cast<std::size_t>(column)] += area[i];
        ++d.plots;
    });
    if (!complete) return {};
    return d;
}

const std::vector<double>& densityBreaksPct() {
    // Fixed, not quantiles: a cell's class must mean the same at every zoom
    // and in every project, so a planner can compare two maps.
    static const std::vector<double> breaks = {0, 2, 10, 30};
    return breaks;
}

int densityClass(double sharePct) {
    const auto& b = densityBreaksPct();
    int c = 0;
    for (std::size_t i = 1; i < b.size(); ++i)
        if (sharePct >= b[i]) c = static_cast<int>(i);
    return c;
}

QColor densityColour(int c) {
    // ColorBrewer Reds, 4 classes from its darker end: no crop, zone or
    // cooperative colour is red, and the lightest still shows on the
    // lightest zone fill.
    static const QColor colours[] = {QColor(0xfc, 0x92, 0x72), QColor(0xfb, 0x6a, 0x4a), QColor(0xde, 0x2d, 0x26),
                                     QColor(0xa5, 0x0f, 0x15)};
    return colours[std::clamp(c, 0, 3)];
}

void drawDensity(QPainter& p, const PlantingDensity& d, const MapView& view, double k) {
    if (d.plots == 0) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);  // cells tile the grid; no blurred seams
    const double inset = std::min(1.0 * k, d.cellSize / view.resolution / 4);  // a gap shows the cells are cells
    for (int row = 0; row < d.rows; ++row) {
        for (int column = 0; column < d.columns; ++column) {
            double s = d.share(column, row);
            if (s <= 0) continue;
            double x0 = static_cast<double>(d.firstColumn + column) * d.cellSize;
            double y0 = static_cast<double>(d.firstRow + row) * d.cellSize;
            QPointF topLeft = view.toScreen({x0, y0 + d.cellSize});
            QPointF bottomRight = view.toScreen({x0 + d.cellSize, y0});
            QRectF cell(topLeft, bottomRight);
            QColor c = densityColour(densityClass(s * 100));
            p.fillRect(cell.adjusted(inset, inset, -inset, -inset), c);
        }
    }
    p.restore();
}

}  // namespace vt::gui
