#pragma once
// The editor's map tool: draws a new polygon (click vertices; double-click,
// Enter or right-click finishes; Backspace takes the last vertex back; Esc
// cancels; Ctrl held on the first vertex makes the ring a hole of the selected
// polygon), places a new point, and in vertex mode drags a vertex of the
// selected polygon (or the selected point), adds one by double-clicking an
// edge and deletes one by Shift-clicking it. Clicks snap to the vertices and
// then the edges of other features of the layer and of the zones and
// boundary layers within a tolerance in pixels. Geometry goes out in the map
// CRS; the controller turns it into lon/lat and checks it.
#include <QPointF>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "geo/geometry.h"
#include "map_canvas.h"
#include "map_tool.h"
#include "sketch.h"

namespace vt::gui {

class EditTool : public MapTool {
public:
    enum class Mode { None, AddPolygon, AddPoint, Vertex };
    struct Callbacks {
        std::function<void(const geo::Ring& mapRing, bool hole)> polygonDrawn;  // closed ring, map CRS
        std::function<void(geo::XY map)> pointPlaced;
        std::function<void(int feature, const geo::Geometry& map)> geometryChanged;
        std::function<void(geo::XY map)> doubleClickedAt;  // not on an edge in vertex mode: the attribute form
        // A click in vertex mode or no mode: select in the edited layer (selection_click.h).
        std::function<void(QPointF px, Qt::KeyboardModifiers modifiers)> clickedAt;
    };
    EditTool(MapCanvas* canvas, SelectionModel* selection, Callbacks callbacks);

    void setLayer(const std::string& layerId) { layerId_ = layerId; cancelDrawing(); }
    void setMode(Mode mode);
    Mode mode() const { return mode_; }
    void setSnapping(bool on, double tolerancePx) { snapping_ = on; tolerancePx_ = tolerancePx; }
    bool snapping() const { return snapping_; }

    // The map point a click at pixel px goes to: the nearest vertex, else the
    // nearest edge point, of the snapping layers within the tolerance (the
    // feature `exclude` of the edited layer left out); px itself otherwise.
    geo::XY snap(QPointF px, int exclude = -1, bool* snapped = nullptr) const;
    // The ring being drawn (map CRS), for tests and the picture.
    const geo::Ring& drawing() const { return sketch_.vertices; }
    void cancelDrawing();
    // Closes the ring drawn so far and hands it on (needs 3 vertices).
    bool finishDrawing();

    bool mousePress(const MapToolEvent& event) override;
    bool mouseMove(const MapToolEvent& event) override;
    bool mouseRelease(const MapToolEvent& event) override;
    bool click(const MapToolEvent& event) override;
    bool doubleClick(const MapToolEvent& event) override;
    bool keyPress(QKeyEvent* event) override;
    // Esc drops the ring or drag in progress, else clears the selection; the
    // editor's tool stays on the map until editing stops (the toolbar says
    // which mode is on).
    bool cancel() override;
    void paint(QPainter& p, const MapView& view) override;

private:
    int layerIndex() const;
    int selectedFeature() const;  // the first selected feature of the edited layer, -1 when none
    // The vertex of the selected feature within the tolerance of px: polygon,
    // ring and point index (points: polygon = -1, ring = -1).
    struct VertexRef {
        int polygon = -1, ring = -1, index = -1;
    };
    std::optional<VertexRef> vertexAt(QPointF px) const;
    geo::Geometry selectedGeometry() const;

    MapCanvas* map_;  // the canvas edited on (MapTool::canvas() is null while another tool is active)
    SelectionModel* selection_;
    Callbacks callbacks_;
    std::string layerId_;
    Mode mode_ = Mode::None;
    bool snapping_ = true;
    double tolerancePx_ = 10;

    Sketch sketch_;  // the ring clicked so far (open) and the cursor
    bool hole_ = false;
    std::optional<VertexRef> dragging_;
    geo::Geometry dragGeometry_;  // the selected geometry while a vertex is dragged
    int dragFeature_ = -1;
};

}  // namespace vt::gui
