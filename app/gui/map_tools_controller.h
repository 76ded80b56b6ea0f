#pragma once
// The Tools menu and toolbar buttons of the map tools: measure distance and
// area (measure_tool.h), go to a coordinate (goto_dialog.h), select by
// rectangle and by expression (select_tools.h), and the "N selected" count in
// the status bar. Checking a tool gives it the map's mouse
// (MapCanvas::setMapTool); unchecking it, or Esc twice on the map, gives the
// mouse back to pan and identify.
#include <QObject>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "geo/attribute_query.h"
#include "geo/geometry.h"

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QToolBar;

namespace vt::gui {

class GoToMarker;
class MainWindow;
class MapCanvas;
class MapTool;
class MeasureTool;
class RectangleSelectTool;

class MapToolsController : public QObject {
    Q_OBJECT
public:
    // Built by the main window once its canvas and docks exist.
    explicit MapToolsController(MainWindow* window);

    QMenu* menu() const { return menu_; }
    void addToToolbar(QToolBar* toolbar);
    MeasureTool* measureTool() const { return measure_; }
    RectangleSelectTool* selectTool() const { return select_; }
    QAction* measureDistanceAction() const { return measureDistanceAct_; }
    QAction* measureAreaAction() const { return measureAreaAct_; }
    QAction* goToAction() const { return goToAct_; }
    QAction* selectRectangleAction() const { return selectRectAct_; }
    QAction* selectExpressionAction() const { return selectExprAct_; }
    QLabel* selectedCountLabel() const { return selectedLabel_; }

    // Centres the map on a typed coordinate (geo/coordinate_input.h; metres
    // in metresCrs, "" = the project's CRS) and marks it. False, with the
    // reason in *error, when the text cannot be read or no project is open.
    bool goTo(const QString& text, const QString& metresCrs = {}, QString* error = nullptr);
    GoToMarker* goToMarker() const { return marker_; }
    // The CRS metres are read in by default: the project's province CRS.
    QString projectCrs() const;

    // The layers a rectangle selects in: the layer chosen in the layers panel
    // when it is drawn, else every visible layer with geometry.
    std::vector<int> selectableLayers() const;
    // Selects the features the box (map CRS) touches in selectableLayers();
    // add keeps the current selection. Returns how many the box touched.
    int selectInBox(const geo::Envelope& box, bool add);
    // Selects the features of layerId that match; -1 (reason in *error) when
    // the conditions cannot be checked.
    int selectByExpression(const std::string& layerId, const std::vector<geo::Condition>& conditions, bool add,
                           QString* error = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void useTool(MapTool* tool, bool on);
    void syncChecks();
    void openGoToDialog();
    void openExpressionDialog();
    void applySelection(std::map<std::string, std::set<int>> chosen, bool add);
    void updateSelectedCount();

    MainWindow* window_;
    MapCanvas* canvas_;
    MeasureTool* measure_;
    RectangleSelectTool* select_;
    QMenu* menu_;
    QActionGroup* group_;
    QAction *measureDistanceAct_, *measureAreaAct_, *goToAct_, *selectRectAct_, *selectExprAct_, *clearSelectionAct_;
    GoToMarker* marker_;
    QLabel* selectedLabel_;
};

}  // namespace vt::gui
