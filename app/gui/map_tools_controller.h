#pragma once
// The Tools menu and toolbar buttons of the map tools: measure distance and
// area (measure_tool.h), go to a coordinate (goto_dialog.h). Checking a tool gives it the map's mouse
// (MapCanvas::setMapTool); unchecking it, or Esc twice on the map, gives the
// mouse back to pan and identify.
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QWidget;

namespace vt::gui {

class GoToMarker;
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
    QAction* goToAction() const { return goToAct_; }

    // Centres the map on a typed coordinate (geo/coordinate_input.h; metres
    // in metresCrs, "" = the project's CRS) and marks it. False, with the
    // reason in *error, when the text cannot be read or no project is open.
    bool goTo(const QString& text, const QString& metresCrs = {}, QString* error = nullptr);
    GoToMarker* goToMarker() const { return marker_; }
    // The CRS metres are read in by default: the project's province CRS.
    QString projectCrs() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void useTool(MapTool* tool, bool on);
    void syncChecks();
    void openGoToDialog();

    QWidget* window_;
    MapCanvas* canvas_;
    MeasureTool* measure_;
    QMenu* menu_;
    QActionGroup* group_;
    QAction *measureDistanceAct_, *measureAreaAct_, *goToAct_;
    GoToMarker* marker_;
};

}  // namespace vt::gui
