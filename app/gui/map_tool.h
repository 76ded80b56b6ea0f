#pragma once
// A map tool: what the mouse does on the map while it is active (measure,
// select by rectangle, draw a planting area…). MapCanvas holds at most one
// (MapCanvas::setMapTool): events go to the tool first, and what the tool
// does not consume pans and zooms as usual. Esc cancels the tool's work in
// progress; a second Esc (nothing left to cancel) gives the mouse back to
// panning and identify. Tools draw over the map in the GUI thread.
#include <QCursor>
#include <QObject>
#include <QPointF>
#include <QString>

#include "geo/geometry.h"

class QKeyEvent;
class QPainter;

namespace vt::gui {

class MapCanvas;
struct MapView;

// One mouse event as a tool sees it: where (canvas px and map CRS), which
// button and modifiers.
struct MapToolEvent {
    QPointF px;
    geo::XY map;  // map CRS
    Qt::MouseButton button = Qt::NoButton;
    Qt::MouseButtons buttons = Qt::NoButton;  // held during a move
    Qt::KeyboardModifiers modifiers = Qt::NoModifier;
};

class MapTool : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // The canvas gives the tool the mouse (activate) and takes it back
    // (deactivate: drop anything in progress, the tool may be activated again).
    virtual void activate(MapCanvas* canvas) { canvas_ = canvas; }
    virtual void deactivate() { canvas_ = nullptr; }
    MapCanvas* canvas() const { return canvas_; }

    // Each returns true when the tool consumed the event; false lets the
    // canvas pan (drag), zoom (shift-drag) or identify (click) as without a tool.
    virtual bool mousePress(const MapToolEvent&) { return false; }
    virtual bool mouseMove(const MapToolEvent&) { return false; }
    virtual bool mouseRelease(const MapToolEvent&) { return false; }
    // A press and release without moving (the canvas did not pan).
    virtual bool click(const MapToolEvent&) { return false; }
    virtual bool doubleClick(const MapToolEvent&) { return false; }
    virtual bool keyPress(QKeyEvent*) { return false; }
    // Esc: drop the work in progress. False when there was none, and then
    // the canvas releases the tool.
    virtual bool cancel() { return false; }

    // Draws over the map (canvas px; `view` maps map CRS to px).
    virtual void paint(QPainter&, const MapView&) {}
    virtual QCursor cursor() const { return Qt::CrossCursor; }

signals:
    // What the tool draws changed: the canvas repaints.
    void changed();

protected:
    MapCanvas* canvas_ = nullptr;
};

}  // namespace vt::gui
