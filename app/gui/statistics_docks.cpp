#include "statistics_docks.h"

#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include "background_task.h"
#include "collating_sort_proxy.h"
#include "cooperatives_model.h"
#include "identify_dock.h"
#include "main_window.h"
#include "map_decorations.h"
#include "map_canvas.h"
#include "statistics_model.h"
#include "table_selection.h"

namespace vt::gui {

StatisticsDocks::StatisticsDocks(MainWindow* window) : QObject(window), window_(window) {
    auto* statsWidget = new QWidget(window);
    auto* statsLayout = new QVBoxLayout(statsWidget);
    statsLayout->setContentsMargins(4, 4, 4, 4);
    statisticsModel_ = new StatisticsModel(this);
    statisticsProxy_ = new CollatingSortProxy(this);
    statisticsProxy_->setSourceModel(statisticsModel_);
    statisticsProxy_->setSortRole(StatisticsModel::SortRole);
    statisticsView_ = new QTableView(statsWidget);
    statisticsView_->setObjectName(QStringLiteral("statisticsView"));
    setUpRowTable(statisticsView_, statisticsProxy_, StatisticsModel::Code, Qt::AscendingOrder);
    statisticsView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    statisticsTotal_ = new QLabel(statsWidget);
    statisticsTotal_->setWordWrap(true);
    // Which layer the statistics are by: any polygon layer, or the crosswalk's units.
    auto* byRow = new QHBoxLayout;
    statisticsByLabel_ = new QLabel(statsWidget);
    statisticsBy_ = new QComboBox(statsWidget);
    statisticsBy_->setObjectName(QStringLiteral("statisticsBy"));
    statisticsBy_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    byRow->addWidget(statisticsByLabel_);
    byRow->addWidget(statisticsBy_);
    byRow->addStretch(1);
    statsLayout->addLayout(byRow);
    connect(statisticsBy_, QOverload<int>::of(&QComboBox::activated), this, &StatisticsDocks::onStatisticsByChosen);
    statsLayout->addWidget(statisticsView_);
    statsLayout->addWidget(statisticsTotal_);
    statisticsDock_ = new QDockWidget(window);
    statisticsDock_->setObjectName(QStringLiteral("statisticsDock"));
    statisticsDock_->setWidget(statsWidget);
    connect(statisticsView_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StatisticsDocks::onStatisticsSelectionChanged);
    connect(statisticsView_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        int zone = statisticsProxy_->data(index, StatisticsModel::ZoneRole).toInt();
        if (doc() && doc()->zones >= 0) window_->canvas()->zoomToFeatures(doc()->zones, {zone});
    });

    // Cooperatives: geo/'s per-cooperative rows; a row chosen is the cooperative
    // (and its planting areas) selected on the map.
    coopModel_ = new CooperativesModel(this);
    coopProxy_ = new CollatingSortProxy(this);
    coopProxy_->setSourceModel(coopModel_);
    coopProxy_->setSortRole(CooperativesModel::SortRole);
    coopView_ = new QTableView(window);
    coopView_->setObjectName(QStringLiteral("cooperativesView"));
    setUpRowTable(coopView_, coopProxy_, CooperativesModel::PlantedHa, Qt::DescendingOrder);
    coopView_->setSelectionMode(QAbstractItemView::SingleSelection);
    coopDock_ = new QDockWidget(window);
    coopDock_->setObjectName(QStringLiteral("cooperativesDock"));
    coopDock_->setWidget(coopView_);
    connect(coopView_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (syncing_ || !doc() || doc()->cooperatives < 0) return;
        auto rows = coopView_->selectionModel()->selectedRows();
        if (rows.size() != 1) return;
        int coop = coopProxy_->data(rows.front(), CooperativesModel::CooperativeRole).toInt();
        emit featureChosen(doc()->cooperatives, coop, coopView_);
    });
}

DocumentPtr StatisticsDocks::doc() const { return window_->document(); }

void StatisticsDocks::setDocument() {
    statisticsModel_->setDocument(doc());
    statisticsView_->resizeColumnsToContents();
    coopModel_->setDocument(doc());
    coopView_->resizeColumnsToContents();  // the "Statistics by" box is filled by retranslate()
}

void StatisticsDocks::retranslate() {
    statisticsDock_->setWindowTitle(tr("Statistics by zone"));
    coopModel_->retranslate();
    coopDock_->setWindowTitle(tr("Cooperatives"));
    statisticsByLabel_->setText(tr("Statistics by:"));
    fillStatisticsBy();
    statisticsModel_->retranslate();
    if (doc() && doc()->statistics) {
        const auto& t = doc()->statistics->total;
        QLocale locale;
        statisticsTotal_->setText(tr("Province: %1 codes, %2 ha gross, %3 ha net; %4 cooperatives, %5 members; "
                                     "investments %6 VND.")
                                      .arg(locale.toString(t.codes), formatHectares(t.grossPlantedHa, locale),
                                           formatHectares(t.netPlantedHa, locale), locale.toString(t.cooperatives),
                                           locale.toString(static_cast<qlonglong>(t.members)),
                                           locale.toString(static_cast<qlonglong>(t.investmentVnd))));
    } else if (doc() && !doc()->statisticsError.isEmpty()) {
        statisticsTotal_->setText(tr("Statistics could not be computed: %1").arg(doc()->statisticsError));
    } else {
        statisticsTotal_->setText(doc() ? tr("No zones layer: no statistics.") : QString());
    }
}

void StatisticsDocks::syncFromSelection(const QObject* origin) {
    syncStatistics(origin);
    syncCooperatives(origin);
}

namespace {
const QString kCrosswalkItem = QStringLiteral("\x01crosswalk");  // not a layer id
}  // namespace

void StatisticsDocks::fillStatisticsBy() {
    QSignalBlocker block(statisticsBy_);
    statisticsBy_->clear();
    statisticsBy_->setPlaceholderText(tr("choose a polygon layer"));
    if (!doc()) {
        statisticsBy_->setEnabled(false);
        return;
    }
    // Offered even without statistics: a project without a zones layer gets
    // them by choosing one here.
    for (int li : doc()->polygonLayers())
        statisticsBy_->addItem(doc()->layers[static_cast<std::size_t>(li)].title,
                               toQString(doc()->layers[static_cast<std::size_t>(li)].id));
    if (doc()->crosswalkRows)
        statisticsBy_->addItem(tr("New units (crosswalk of %1)")
                                   .arg(doc()->layers[static_cast<std::size_t>(doc()->zones)].title),
                               kCrosswalkItem);
    int current = statisticsModel_->crosswalk() ? statisticsBy_->findData(kCrosswalkItem)
                  : doc()->zones >= 0
                      ? statisticsBy_->findData(toQString(doc()->layers[static_cast<std::size_t>(doc()->zones)].id))
                      : -1;
    statisticsBy_->setCurrentIndex(current);
    statisticsBy_->setEnabled(statisticsBy_->count() > (current >= 0 ? 1 : 0));
}

void StatisticsDocks::onStatisticsByChosen(int index) {
    QString data = statisticsBy_->itemData(index).toString();
    if (data == kCrosswalkItem) {
        showCrosswalkUnits(true);
        return;
    }
    if (doc() && doc()->zones >= 0 && toStd(data) == doc()->layers[static_cast<std::size_t>(doc()->zones)].id) {
        showCrosswalkUnits(false);
        return;
    }
    showStatisticsBy(toStd(data));
}

bool StatisticsDocks::showCrosswalkUnits(bool on) {
    if (!doc() || (on && !doc()->crosswalkRows)) return false;
    window_->selection()->clear();  // a unit is no one map feature
    window_->identifyPanel()->clear();
    statisticsModel_->setCrosswalk(on);
    statisticsView_->resizeColumnsToContents();
    fillStatisticsBy();
    return true;
}

bool StatisticsDocks::showStatisticsBy(const std::string& layerId) {
    if (!doc()) return false;
    int li = doc()->layerIndex(layerId);
    if (li < 0) return false;
    auto ws = std::make_shared<geo::Workspace>(doc()->workspace);
    BuildOptions options;
    options.zonesLayerId = layerId;
    BackgroundResult r = runInBackground(window_, tr("Statistics by %1…").arg(doc()->layers[static_cast<std::size_t>(li)].title),
                                         [ws, options](const geo::ProgressFn& p) {
                                             return buildDocument(std::move(*ws), p, options);
                                         });
    if (!r.doc || !r.doc->statistics) {
        // Keep what is shown rather than a map without statistics.
        if (!r.cancelled) window_->showError(tr("Cannot compute statistics"), r.doc ? r.doc->statisticsError : r.error);
        fillStatisticsBy();
        return false;
    }
    statisticsModel_->setCrosswalk(false);
    window_->setDocument(r.doc, true);
    return true;
}

void StatisticsDocks::onStatisticsSelectionChanged() {
    if (syncing_ || !doc() || doc()->zones < 0 || statisticsModel_->crosswalk()) return;
    std::vector<int> zones;
    for (const QModelIndex& i : statisticsView_->selectionModel()->selectedRows())
        zones.push_back(statisticsProxy_->data(i, StatisticsModel::ZoneRole).toInt());
    window_->selection()->select(doc()->layers[static_cast<std::size_t>(doc()->zones)].id, zones, statisticsView_);
    if (zones.size() == 1) window_->identifyPanel()->showFeature(doc(), doc()->zones, zones.front());
}

void StatisticsDocks::syncStatistics(const QObject* origin) {
    if (origin == statisticsView_ || !doc() || doc()->zones < 0) return;
    std::set<int> rows;
    for (int zone : window_->selection()->features(doc()->layers[static_cast<std::size_t>(doc()->zones)].id)) {
        int r = statisticsModel_->rowOfZone(zone);
        if (r >= 0) rows.insert(r);
    }
    syncing_ = true;
    selectSourceRows(statisticsView_, statisticsProxy_, rows);
    syncing_ = false;
}

void StatisticsDocks::syncCooperatives(const QObject* origin) {
    if (origin == coopView_ || !doc() || doc()->cooperatives < 0) return;
    std::set<int> rows;  // model rows are geo/'s cooperative rows
    for (int coop : window_->selection()->features(doc()->layers[static_cast<std::size_t>(doc()->cooperatives)].id))
        if (coop >= 0 && coop < static_cast<int>(doc()->coopStatIndex.size()) && doc()->coopStatIndex[coop] >= 0)
            rows.insert(doc()->coopStatIndex[static_cast<std::size_t>(coop)]);
    syncing_ = true;
    selectSourceRows(coopView_, coopProxy_, rows);
    syncing_ = false;
}

}  // namespace vt::gui
