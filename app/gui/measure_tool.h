#pragma once
// Measure distance and area on the map: each click adds a point, a double
// or right click finishes, Backspace takes the last point back, Esc clears.
// The running total is drawn beside the last point and in a small panel at
// the map's top left. Figures are geodesic on WGS 84 (geo/measure.h) from
// the points taken from the map CRS to lon/lat: never planar map units.
#include <QFrame>
#include <QPointer>
#include <optional>
#include <vector>

#include "geo/measure.h"
#include "map_tool.h"

class QLabel;
class QLocale;
class QPushButton;

namespace vt::gui {

// "842.3 m" below 1 km, else "12.345 km".
QString formatDistance(double metres, const QLocale& locale);
// "5,230 m² (0.5230 ha)".
QString formatArea(double squareMetres, const QLocale& locale);

class MeasurePanel;

class MeasureTool : public MapTool {
    Q_OBJECT
public:
    enum class Mode { Distance, Area };
    explicit MeasureTool(QObject* parent = nullptr);
    ~MeasureTool() override;

    Mode mode() const { return mode_; }
    void setMode(Mode mode);
    // The clicked points (map CRS) and whether the user finished the shape.
    const std::vector<geo::XY>& points() const { return points_; }
    bool isFinished() const { return finished_; }
    void addPoint(geo::XY map);
    void finish();
    void clear();
    // The points, plus the cursor while the shape is not finished, in WGS 84 lon/lat.
    std::vector<geo::XY> lonLatPoints() const;
    geo::GeodesicMeasure measurement() const;
    // What the panel and the map label say ("Distance 1.234 km"…).
    QString summary() const;
    MeasurePanel* panel() const { return panel_; }

    void activate(MapCanvas* canvas) override;
    void deactivate() override;
    bool mouseMove(const MapToolEvent& e) override;
    bool click(const MapToolEvent& e) override;
    bool doubleClick(const MapToolEvent& e) override;
    bool keyPress(QKeyEvent* event) override;
    bool cancel() override;
    void paint(QPainter& p, const MapView& view) override;

signals:
    void measurementChanged();

private:
    void notify();

    Mode mode_ = Mode::Distance;
    std::vector<geo::XY> points_;
    std::optional<geo::XY> hover_;
    bool finished_ = false;
    QPointer<MeasurePanel> panel_;
};

// The figures, the mode and a Clear button, over the map's top left corner.
class MeasurePanel : public QFrame {
    Q_OBJECT
public:
    MeasurePanel(MeasureTool* tool, QWidget* parent);
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    MeasureTool* tool_;
    QLabel* title_;
    QLabel* figures_;
    QPushButton *distance_, *area_, *clear_;
};

}  // namespace vt::gui
