#pragma once
// What a map tool holds while the user clicks out a line or a ring: the
// vertices so far (map CRS), where the cursor is and where it snaps to, and
// how that is drawn. Shared by the editor's polygon drawing and the Split
// tool, so that both rubber-band, mark vertices and show the snap alike.
#include <QPointF>
#include <QPolygonF>
#include <optional>
#include <vector>

#include "geo/geometry.h"

class QColor;
class QPainter;

namespace vt::gui {

struct MapView;

struct Sketch {
    std::vector<geo::XY> vertices;  // clicked so far, map CRS, open
    std::optional<QPointF> hover;   // the cursor, screen pixels
    std::optional<geo::XY> hoverSnap;  // where a click at the cursor would snap to, when it snaps

    // The cursor moved to px; snapped: the snap target there, if any.
    void hoverAt(QPointF px, std::optional<geo::XY> snapped) {
        hover = px;
        hoverSnap = snapped;
    }
    // The vertices dropped; the cursor is kept (it is still over the map).
    void clearVertices() { vertices.clear(); }
    void clear() {
        vertices.clear();
        hover.reset();
        hoverSnap.reset();
    }

    // The vertices on screen.
    QPolygonF screenVertices(const MapView& view) const;
    // Where the next click would go on screen (the snap target, else the
    // cursor); nullopt before the cursor is over the map.
    std::optional<QPointF> screenCursor(const MapView& view) const;
};

// A white dot with an ink rim on each vertex.
void paintVertexDots(QPainter& p, const QPolygonF& screen, const QColor& ink);
// The orange square where the cursor snaps.
void paintSnapMark(QPainter& p, const MapView& view, geo::XY snapped);

}  // namespace vt::gui
