#pragma once
// The map widget: pan (drag, arrow keys), zoom (wheel about the cursor, +/−,
// shift-drag box), full extent (Home). Layers are rendered into a QImage off
// the GUI thread (QtConcurrent, with a cancellation flag per frame); while a
// frame is in flight the last one is shown moved and scaled to the new view.
// Selection, scale bar and legend are drawn over it in the GUI thread.
#include <QElapsedTimer>
#include <QImage>
#include <QTimer>
#include <QWidget>
#include <atomic>
#include <memory>

#include "document.h"
#include "map_renderer.h"
#include "map_view.h"
#include "selection.h"

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace vt::gui {

// A tool that takes the mouse over the map and draws over it (the editor's,
// edit_tools.h). Each handler returns true when it used the event; click is a
// left press and release without a drag (a drag still pans).
class MapCanvasTool {
public:
    virtual ~MapCanvasTool() = default;
    virtual bool mousePress(QMouseEvent*) { return false; }  // true: the tool takes the drag
    virtual void mouseMove(QMouseEvent*) {}
    virtual void mouseRelease(QMouseEvent*) {}               // of a drag the tool took
    virtual bool click(QMouseEvent*) { return false; }
    virtual bool doubleClick(QMouseEvent*) { return false; }
    virtual bool keyPress(QKeyEvent*) { return false; }
    virtual void paint(QPainter&) {}
};

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(SelectionModel* selection, QWidget* parent = nullptr);
    ~MapCanvas() override;

    void setDocument(DocumentPtr doc);
    const DocumentPtr& document() const { return doc_; }
    void setRenderSettings(const RenderSettings& settings);
    const RenderSettings& renderSettings() const { return settings_; }
    const MapView& view() const { return view_; }
    void setView(const MapView& view);
    void setLegendVisible(bool visible);
    // The tool given the mouse first (nullptr: pan, zoom and identify only). Not owned.
    void setTool(MapCanvasTool* tool);
    MapCanvasTool* tool() const { return tool_; }
    bool legendVisible() const { return legendVisible_; }

    void zoomToExtent(const geo::Envelope& mapExtent);
    void zoomToFeatures(int layer, const std::vector<int>& features);
    void zoomToFullExtent();
    void zoomBy(double factor);   // > 1 zooms in, about the centre
    void panBy(QPointF deltaPx);

    // WGS 84 lon/lat of a map CRS point (GUI thread).
    geo::XY toLonLat(geo::XY map) const;
    geo::XY toMap(geo::XY lonLat) const;

    // For tests and the benchmark: whether a frame is being rendered, and a
    // way to wait for it (processes events).
    bool isRendering() const { return inFlight_ > 0 || renderTimer_.isActive(); }
    bool waitForRender(int timeoutMs = 30000);
    const QImage& frame() const { return image_; }
    qint64 lastRenderMs() const { return lastRenderMs_; }

    QSize sizeHint() const override { return {900, 700}; }

signals:
    void cursorMoved(double mapX, double mapY, double lon, double lat);
    void cursorLeft();
    void clicked(double mapX, double mapY, double lon, double lat, Qt::KeyboardModifiers modifiers);
    void viewChanged();
    void frameReady();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void scheduleRender();
    void startRender();
    void updateView(const MapView& view);

    SelectionModel* selection_;
    DocumentPtr doc_;
    std::unique_ptr<MapProjection> projection_;
    RenderSettings settings_;
    MapView view_;
    bool legendVisible_ = false;  // the legend dock shows it; export always draws it

    QImage image_;          // last complete frame
    MapView imageView_;     // the view it shows
    QTimer renderTimer_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    int generation_ = 0;
    int inFlight_ = 0;
    qint64 lastRenderMs_ = 0;

    enum class Drag { None, Pan, ZoomBox } drag_ = Drag::None;
    QPoint pressPos_, currentPos_;
    MapView pressView_;
    bool moved_ = false;
    MapCanvasTool* tool_ = nullptr;
    bool toolDrag_ = false;
};

}  // namespace vt::gui
