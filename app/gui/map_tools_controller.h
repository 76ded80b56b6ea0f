#pragma once
// The Tools menu and toolbar buttons of the map tools: measure distance and
// area (measure_tool.h). Checking a tool gives it the map's mouse
// (MapCanvas::setMapTool); unchecking it, or Esc twice on the map, gives the
// mouse back to pan and identify.
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QWidget;

namespace vt::gui {

class MapCanvas;
class MapTool;
class MeasureTool;

class MapToolsController : public QObject {
    Q_OBJECT
public:
    // window: whose LanguageChange retranslates the menu.
    MapToolsController(QWidget* window, MapCanvas* canvas);

    QMenu* menu() const { return menu_; }
    void addToToolbar(QToolBar* toolbar);
    MeasureTool* measureTool() const { return measure_; }
    QAction* measureDistanceAction() const { return measureDistanceAct_; }
    QAction* measureAreaAction() const { return measureAreaAct_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void useTool(MapTool* tool, bool on);
    void syncChecks();

    QWidget* window_;
    MapCanvas* canvas_;
    MeasureTool* measure_;
    QMenu* menu_;
    QActionGroup* group_;
    QAction *measureDistanceAct_, *measureAreaAct_;
};

}  // namespace vt::gui
