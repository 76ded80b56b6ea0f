#pragma once
// The "Statistics by zone" dock (with "Statistics by:" any polygon layer of
// the project or the crosswalk's new units, and the province's totals) and
// the "Cooperatives" dock. A row chosen is the zone or cooperative selected
// on the map; the map's selection selects their rows. The main window lays
// the two docks out.
#include <QObject>
#include <string>

#include "document.h"

class QComboBox;
class QDockWidget;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace vt::gui {

class CooperativesModel;
class MainWindow;
class StatisticsModel;

class StatisticsDocks : public QObject {
    Q_OBJECT
public:
    // Built once the window's canvas, selection and identify panel exist.
    explicit StatisticsDocks(MainWindow* window);

    QDockWidget* statisticsDock() const { return statisticsDock_; }
    QDockWidget* cooperativesDock() const { return coopDock_; }
    QTableView* statisticsView() const { return statisticsView_; }
    StatisticsModel* statisticsModel() const { return statisticsModel_; }
    QSortFilterProxyModel* statisticsProxy() const { return statisticsProxy_; }
    QComboBox* statisticsByCombo() const { return statisticsBy_; }
    QTableView* cooperativesView() const { return coopView_; }

    // The window's document into the tables (after MainWindow::setDocument).
    void setDocument();
    // Titles, the totals line and the "Statistics by" box, in the current language.
    void retranslate();
    // Statistics by another polygon layer (MainWindow::showStatisticsBy).
    bool showStatisticsBy(const std::string& layerId);
    // The zone table as the crosswalk's units (false: by zone).
    bool showCrosswalkUnits(bool on);
    // The map's selection into the rows (not back into the view it came from).
    void syncFromSelection(const QObject* origin);

signals:
    // A cooperative row chosen: MainWindow selects it with its planting areas.
    void featureChosen(int layer, int feature, const QObject* origin);

private:
    DocumentPtr doc() const;
    void fillStatisticsBy();
    void onStatisticsByChosen(int index);
    void onStatisticsSelectionChanged();
    void syncStatistics(const QObject* origin);
    void syncCooperatives(const QObject* origin);

    MainWindow* window_;
    StatisticsModel* statisticsModel_;
    QSortFilterProxyModel* statisticsProxy_;
    QTableView* statisticsView_;
    QLabel* statisticsTotal_;
    QLabel* statisticsByLabel_;
    QComboBox* statisticsBy_;
    QDockWidget* statisticsDock_;
    CooperativesModel* coopModel_;
    QSortFilterProxyModel* coopProxy_;
    QTableView* coopView_;
    QDockWidget* coopDock_;
    bool syncing_ = false;  // rows being set from the map: not a choice of the user's
};

}  // namespace vt::gui
