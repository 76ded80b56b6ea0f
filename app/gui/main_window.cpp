#include "main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QDir>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QDragEnterEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <set>

#include "attribute_model.h"
#include "attribute_table.h"
#include "document_change.h"
#include "edit_controller.h"
#include "xyz_tiles_dialog.h"
#include "export_layer_dialog.h"
#include "postgis_dialog.h"
#include "geo/error.h"
#include "geo/source.h"
#include "geo/zone_fields.h"
#include "hit_test.h"
#include "identify_dock.h"
#include "map_tools_controller.h"
#include "install_layout.h"
#include "layers_dock.h"
#include "quality_panel.h"
#include "cooperatives_model.h"
#include "map_canvas.h"
#include "map_decorations.h"
#include "map_export.h"
#include "print_controller.h"
#include "map_project.h"
#include "style_panel.h"
#include "statistics_model.h"
#include "search_box.h"
#include "collating_sort_proxy.h"

namespace vt::gui {

namespace {

const QStringList& layerSuffixes() {
    static const QStringList s = {QStringLiteral("shp"),  QStringLiteral("gpkg"), QStringLiteral("geojson"),
                                  QStringLiteral("json"), QStringLiteral("csv"),  QStringLiteral("xlsx"),
                                  QStringLiteral("tif"),  QStringLiteral("tiff"), QStringLiteral("mbtiles")};
    return s;
}

QSettings settings() { return QSettings(QStringLiteral("VungTrong"), QStringLiteral("VungTrong")); }

// Select source rows in a view through its proxy, merging contiguous runs.
void selectSourceRows(QTableView* view, QSortFilterProxyModel* proxy, const std::set<int>& rows) {
    QItemSelection sel;
    int columns = proxy->columnCount();
    if (columns == 0) return;
    for (int r : rows) {
        QModelIndex src = proxy->sourceModel()->index(r, 0);
        QModelIndex p = proxy->mapFromSource(src);
        if (!p.isValid()) continue;
        sel.select(p, proxy->index(p.row(), columns - 1));
    }
    view->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    if (!rows.empty()) {
        QModelIndex first = proxy->mapFromSource(proxy->sourceModel()->index(*rows.begin(), 0));
        if (first.isValid()) view->scrollTo(first);
    }
}

std::set<int> selectedSourceRows(QTableView* view, QSortFilterProxyModel* proxy) {
    std::set<int> rows;
    for (const QModelIndex& i : view->selectionModel()->selectedRows()) rows.insert(proxy->mapToSource(i).row());
    return rows;
}

}  // namespace

MainWindow::MainWindow(Language* language, QWidget* parent) : QMainWindow(parent), language_(language) {
    setObjectName(QStringLiteral("mainWindow"));
    selection_ = new SelectionModel(this);
    undoStack_ = new QUndoStack(this);
    canvas_ = new MapCanvas(selection_, this);
    canvas_->setObjectName(QStringLiteral("mapCanvas"));
    setCentralWidget(canvas_);
    setAcceptDrops(true);

    createActions();
    createDocks();
    mapTools_ = new MapToolsController(this);
    menuBar()->insertMenu(languageMenu_->menuAction(), mapTools_->menu());
    toolbar_->addSeparator();
    mapTools_->addToToolbar(toolbar_);

    lonLatLabel_ = new QLabel(this);
    projectedLabel_ = new QLabel(this);
    scaleLabel_ = new QLabel(this);
    renderLabel_ = new QLabel(this);
    for (QLabel* l : {lonLatLabel_, projectedLabel_, scaleLabel_}) l->setMinimumWidth(160);
    statusBar()->addPermanentWidget(lonLatLabel_);
    statusBar()->addPermanentWidget(projectedLabel_);
    statusBar()->addPermanentWidget(scaleLabel_);
    statusBar()->addPermanentWidget(renderLabel_);

    connect(canvas_, &MapCanvas::cursorMoved, this, [this](double x, double y, double lon, double lat) {
        QLocale locale;
        lonLatLabel_->setText(tr("%1° E, %2° N").arg(locale.toString(lon, 'f', 5), locale.toString(lat, 'f', 5)));
        if (doc_ && !doc_->mapCrsLabel.isEmpty())
            projectedLabel_->setText(tr("X %1 m, Y %2 m (%3)")
                                         .arg(locale.toString(x, 'f', 1), locale.toString(y, 'f', 1), doc_->mapCrsLabel));
        else
            projectedLabel_->clear();
    });
    connect(canvas_, &MapCanvas::cursorLeft, this, [this] {
        lonLatLabel_->clear();
        projectedLabel_->clear();
    });
    connect(canvas_, &MapCanvas::viewChanged, this, &MainWindow::updateScale);
    connect(canvas_, &MapCanvas::frameReady, this, [this] {
        renderLabel_->setText(tr("Rendered in %1 ms").arg(canvas_->lastRenderMs()));
    });
    connect(canvas_, &MapCanvas::clicked, this, &MainWindow::onCanvasClicked);
    connect(selection_, &SelectionModel::changed, this, [this](const QObject* origin) {
        syncStatisticsFromSelection(origin);
        syncCooperativesFromSelection(origin);
        syncAttributeTables(origin);
    });
    if (language_) connect(language_, &Language::changed, this, [this] {
        viAct_->setChecked(language_->current() == QStringLiteral("vi"));
        enAct_->setChecked(language_->current() == QStringLiteral("en"));
    });

    // Editing planting areas and cooperatives (edit_controller.h): its toolbar, History dock and Edit menu entries.
    editController_ = new EditController(this);
    editMenu_->addSeparator();
    for (QAction* a : editController_->toolbar()->actions())
        if (!a->isSeparator()) editMenu_->addAction(a);
    viewMenu_->addAction(editController_->historyDock()->toggleViewAction());

    retranslateUi();
    if (language_) {
        viAct_->setChecked(language_->current() == QStringLiteral("vi"));
        enAct_->setChecked(language_->current() == QStringLiteral("en"));
    }
    resize(1280, 860);
    resizeDocks({layersDock_, identifyDock_}, {270, 360}, Qt::Horizontal);
    resizeDocks({layersDock_, legendDock_}, {200, 420}, Qt::Vertical);
    QSettings s = settings();
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    updateRecentMenu();
}

MainWindow::~MainWindow() {
    // QUndoStack signals indexChanged while Qt deletes it with the other
    // children, when this window is already half destroyed: stop listening first.
    undoStack_->disconnect(this);
}

void MainWindow::createActions() {
    auto* bar = menuBar();
    fileMenu_ = bar->addMenu(QString());
    fileMenu_->setObjectName(QStringLiteral("fileMenu"));
    openAct_ = fileMenu_->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this,
                                    &MainWindow::chooseAndOpenProject);
    openAct_->setShortcut(QKeySequence::Open);
    newProjectAct_ = fileMenu_->addAction(QString(), this, &MainWindow::newProject);
    newProjectAct_->setObjectName(QStringLiteral("newProject"));
    newProjectAct_->setShortcut(QKeySequence::New);
    projectSettingsAct_ = fileMenu_->addAction(QString(), this, &MainWindow::editProjectSettings);
    projectSettingsAct_->setObjectName(QStringLiteral("projectSettings"));
    recentMenu_ = fileMenu_->addMenu(QString());
    openDemoAct_ = fileMenu_->addAction(QString(), this, [this] { openProject(installedDemoProject()); });
    openDemoAct_->setObjectName(QStringLiteral("openDemo"));
    openDemoAct_->setVisible(!installedDemoProject().isEmpty());
    addLayerAct_ = fileMenu_->addAction(QString(), this, &MainWindow::chooseAndAddLayer);
    addLayerAct_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    addTilesAct_ = fileMenu_->addAction(QString(), this, &MainWindow::chooseAndAddTiles);
    addPostgisLayerAct_ = fileMenu_->addAction(QString(), this, &MainWindow::chooseAndAddPostgisLayer);
    fileMenu_->addSeparator();
    saveAct_ = fileMenu_->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), QString(), this,
                                    &MainWindow::saveOrSaveAs);
    saveAct_->setShortcut(QKeySequence::Save);
    saveAsAct_ = fileMenu_->addAction(QString(), this, &MainWindow::saveProjectAs);
    saveAsAct_->setShortcut(QKeySequence::SaveAs);
    fileMenu_->addSeparator();
    // Print layouts and the atlas (print_controller.h): Export map… opens the layout dialog.
    auto* print = new PrintController(this);
    exportPngAct_ = fileMenu_->addAction(QString(), this, [this] { chooseAndExport(QStringLiteral("png")); });
    exportPdfAct_ = fileMenu_->addAction(QString(), print, &PrintController::exportMap);
    exportPdfAct_->setShortcut(QKeySequence::Print);
    fileMenu_->addAction(print->atlasAction());
    exportCsvAct_ = fileMenu_->addAction(QString(), this, &MainWindow::chooseAndExportStatistics);
    exportLayerAct_ = fileMenu_->addAction(QString(), this, &MainWindow::chooseAndExportLayer);
    fileMenu_->addSeparator();
    quitAct_ = fileMenu_->addAction(QString(), this, &QWidget::close);
    quitAct_->setShortcut(QKeySequence::Quit);

    editMenu_ = bar->addMenu(QString());
    undoAct_ = editMenu_->addAction(QString(), undoStack_, &QUndoStack::undo);
    undoAct_->setShortcut(QKeySequence::Undo);
    redoAct_ = editMenu_->addAction(QString(), undoStack_, &QUndoStack::redo);
    redoAct_->setShortcut(QKeySequence::Redo);
    connect(undoStack_, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    // Edits not yet saved (an added or relinked layer) mark the project changed.
    connect(undoStack_, &QUndoStack::cleanChanged, this, &MainWindow::updateModified);

    viewMenu_ = bar->addMenu(QString());
    zoomInAct_ = viewMenu_->addAction(QString(), this, [this] { canvas_->zoomBy(2.0); });
    zoomInAct_->setShortcut(QKeySequence::ZoomIn);
    zoomOutAct_ = viewMenu_->addAction(QString(), this, [this] { canvas_->zoomBy(0.5); });
    zoomOutAct_->setShortcut(QKeySequence::ZoomOut);
    fullExtentAct_ = viewMenu_->addAction(QString(), this, [this] { canvas_->zoomToFullExtent(); });
    fullExtentAct_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    viewMenu_->addSeparator();
    legendAct_ = viewMenu_->addAction(QString());
    legendAct_->setCheckable(true);
    legendAct_->setChecked(false);
    connect(legendAct_, &QAction::toggled, canvas_, &MapCanvas::setLegendVisible);
    labelsAct_ = viewMenu_->addAction(QString());
    labelsAct_->setCheckable(true);
    labelsAct_->setChecked(true);
    connect(labelsAct_, &QAction::toggled, this, [this](bool on) {
        RenderSettings s = canvas_->renderSettings();
        s.labels = on;
        canvas_->setRenderSettings(s);
    });
    viewMenu_->addSeparator();

    layerMenu_ = bar->addMenu(QString());
    attributeTableAct_ = layerMenu_->addAction(QString(), this, [this] {
        if (!layersPanel_->currentLayerId().empty()) openAttributeTable(layersPanel_->currentLayerId());
    });
    attributeTableAct_->setShortcut(QKeySequence(Qt::Key_F6));
    zoomLayerAct_ = layerMenu_->addAction(QString(), this, [this] {
        if (!doc_) return;
        int li = doc_->layerIndex(layersPanel_->currentLayerId());
        if (li >= 0) canvas_->zoomToExtent(doc_->layers[static_cast<std::size_t>(li)].extent);
    });
    removeLayerAct_ = layerMenu_->addAction(QString(), this, [this] {
        if (!layersPanel_->currentLayerId().empty()) removeLayer(layersPanel_->currentLayerId());
    });

    languageMenu_ = bar->addMenu(QString());
    languageMenu_->setObjectName(QStringLiteral("languageMenu"));
    languageGroup_ = new QActionGroup(this);
    viAct_ = languageMenu_->addAction(QStringLiteral("Tiếng Việt"));
    enAct_ = languageMenu_->addAction(QStringLiteral("English"));
    for (QAction* a : {viAct_, enAct_}) {
        a->setCheckable(true);
        languageGroup_->addAction(a);
    }
    connect(viAct_, &QAction::triggered, this, [this] {
        if (language_) language_->setLanguage(QStringLiteral("vi"));
    });
    connect(enAct_, &QAction::triggered, this, [this] {
        if (language_) language_->setLanguage(QStringLiteral("en"));
    });

    helpMenu_ = bar->addMenu(QString());
    aboutAct_ = helpMenu_->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About VungTrong"),
                           tr("<b>VungTrong</b> %1<br>Planting areas, cooperatives and investments of a province.<br>"
                              "Statistics are computed by the geo library (GDAL, PROJ, GEOS); the demo data is "
                              "synthetic.")
                               .arg(QStringLiteral(VT_VERSION)));
    });

    toolbar_ = addToolBar(QString());
    toolbar_->setObjectName(QStringLiteral("mainToolbar"));
    toolbar_->addAction(openAct_);
    toolbar_->addAction(saveAct_);
    toolbar_->addSeparator();
    toolbar_->addAction(zoomInAct_);
    toolbar_->addAction(zoomOutAct_);
    toolbar_->addAction(fullExtentAct_);
    toolbar_->addSeparator();
    search_ = new SearchBox(this);
    toolbar_->addWidget(search_);
    connect(search_, &SearchBox::featureChosen, this,
            [this](int layer, int feature) { selectFeature(layer, feature, search_, true, true); });
    connect(search_, &QLineEdit::returnPressed, this, [this] {
        if (!searchFor(search_->text())) statusBar()->showMessage(tr("Nothing found for “%1”").arg(search_->text()), 4000);
    });
}

void MainWindow::createDocks() {
    layersPanel_ = new LayersPanel(this);
    layersDock_ = new QDockWidget(this);
    layersDock_->setObjectName(QStringLiteral("layersDock"));
    layersDock_->setWidget(layersPanel_);
    addDockWidget(Qt::LeftDockWidgetArea, layersDock_);
    connect(layersPanel_, &LayersPanel::styleRequested, this, &MainWindow::openStylePanel);
    connect(layersPanel_, &LayersPanel::settingsChanged, this, [this](const RenderSettings& s) {
        RenderSettings merged = s;
        merged.labels = labelsAct_->isChecked();
        canvas_->setRenderSettings(merged);
        legend_->setContent(doc_, merged);
        updateModified();  // order, visibility and opacity are saved with the project
    });

    legend_ = new LegendWidget(this);
    legend_->setObjectName(QStringLiteral("legend"));
    auto* legendScroll = new QScrollArea(this);
    legendScroll->setWidget(legend_);
    legendScroll->setWidgetResizable(true);
    legendDock_ = new QDockWidget(this);
    legendDock_->setObjectName(QStringLiteral("legendDock"));
    legendDock_->setWidget(legendScroll);
    addDockWidget(Qt::LeftDockWidgetArea, legendDock_);
    splitDockWidget(layersDock_, legendDock_, Qt::Vertical);
    connect(layersPanel_, &LayersPanel::zoomToLayerRequested, this, [this](const std::string& id) {
        if (!doc_) return;
        int li = doc_->layerIndex(id);
        if (li >= 0) canvas_->zoomToExtent(doc_->layers[static_cast<std::size_t>(li)].extent);
    });
    connect(layersPanel_, &LayersPanel::attributeTableRequested, this, &MainWindow::openAttributeTable);
    connect(layersPanel_, &LayersPanel::removeRequested, this, &MainWindow::removeLayer);

    identifyPanel_ = new IdentifyPanel(this);
    identifyDock_ = new QDockWidget(this);
    identifyDock_->setObjectName(QStringLiteral("identifyDock"));
    identifyDock_->setWidget(identifyPanel_);
    connect(identifyPanel_, &IdentifyPanel::featureChosen, this,
            [this](int layer, int feature) { selectFeature(layer, feature, identifyPanel_, true, true); });
    addDockWidget(Qt::RightDockWidgetArea, identifyDock_);

    messages_ = new QPlainTextEdit(this);
    messages_->setReadOnly(true);
    messagesDock_ = new QDockWidget(this);
    messagesDock_->setObjectName(QStringLiteral("messagesDock"));
    messagesDock_->setWidget(messages_);
    addDockWidget(Qt::RightDockWidgetArea, messagesDock_);
    tabifyDockWidget(identifyDock_, messagesDock_);
    identifyDock_->raise();

    auto* statsWidget = new QWidget(this);
    auto* statsLayout = new QVBoxLayout(statsWidget);
    statsLayout->setContentsMargins(4, 4, 4, 4);
    statisticsModel_ = new StatisticsModel(this);
    statisticsProxy_ = new CollatingSortProxy(this);
    statisticsProxy_->setSourceModel(statisticsModel_);
    statisticsProxy_->setSortRole(StatisticsModel::SortRole);
    statisticsView_ = new QTableView(statsWidget);
    statisticsView_->setObjectName(QStringLiteral("statisticsView"));
    statisticsView_->setModel(statisticsProxy_);
    statisticsView_->setSortingEnabled(true);
    statisticsView_->sortByColumn(StatisticsModel::Code, Qt::AscendingOrder);
    statisticsView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    statisticsView_->setAlternatingRowColors(true);
    statisticsView_->verticalHeader()->setVisible(false);
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
    connect(statisticsBy_, QOverload<int>::of(&QComboBox::activated), this, &MainWindow::onStatisticsByChosen);
    statsLayout->addWidget(statisticsView_);
    statsLayout->addWidget(statisticsTotal_);
    statisticsDock_ = new QDockWidget(this);
    statisticsDock_->setObjectName(QStringLiteral("statisticsDock"));
    statisticsDock_->setWidget(statsWidget);
    addDockWidget(Qt::BottomDockWidgetArea, statisticsDock_);
    connect(statisticsView_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onStatisticsSelectionChanged);
    connect(statisticsView_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        int zone = statisticsProxy_->data(index, StatisticsModel::ZoneRole).toInt();
        if (doc_ && doc_->zones >= 0) canvas_->zoomToFeatures(doc_->zones, {zone});
    });

    // Data quality beside the statistics: a finding chosen is a feature selected.
    qualityPanel_ = new QualityPanel(this);
    qualityDock_ = new QDockWidget(this);
    qualityDock_->setObjectName(QStringLiteral("qualityDock"));
    qualityDock_->setWidget(qualityPanel_);
    addDockWidget(Qt::BottomDockWidgetArea, qualityDock_);
    tabifyDockWidget(statisticsDock_, qualityDock_);
    statisticsDock_->raise();
    connect(qualityPanel_, &QualityPanel::featureChosen, this, [this](int layer, int feature) {
        selectFeature(layer, feature, qualityPanel_->view(), true, true);
    });
    connect(qualityPanel_, &QualityPanel::layerChosen, this, [this](int layer) {
        selection_->clear();
        if (doc_) canvas_->zoomToExtent(doc_->layers[static_cast<std::size_t>(layer)].extent);
    });
    connect(qualityPanel_, &QualityPanel::exportRequested, this, [this] {
        QString path = QFileDialog::getSaveFileName(this, tr("Export findings"), QStringLiteral("findings.xlsx"),
                                                    tr("Excel workbook (*.xlsx);;CSV table (*.csv)"));
        if (!path.isEmpty()) exportFindings(path);
    });

    // Cooperatives: geo/'s per-cooperative rows; a row chosen is the cooperative
    // (and its planting areas) selected on the map.
    coopModel_ = new CooperativesModel(this);
    coopProxy_ = new CollatingSortProxy(this);
    coopProxy_->setSourceModel(coopModel_);
    coopProxy_->setSortRole(CooperativesModel::SortRole);
    coopView_ = new QTableView(this);
    coopView_->setObjectName(QStringLiteral("cooperativesView"));
    coopView_->setModel(coopProxy_);
    coopView_->setSortingEnabled(true);
    coopView_->sortByColumn(CooperativesModel::PlantedHa, Qt::DescendingOrder);
    coopView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    coopView_->setSelectionMode(QAbstractItemView::SingleSelection);
    coopView_->setAlternatingRowColors(true);
    coopView_->verticalHeader()->setVisible(false);
    coopDock_ = new QDockWidget(this);
    coopDock_->setObjectName(QStringLiteral("cooperativesDock"));
    coopDock_->setWidget(coopView_);
    addDockWidget(Qt::BottomDockWidgetArea, coopDock_);
    tabifyDockWidget(statisticsDock_, coopDock_);
    statisticsDock_->raise();
    connect(coopView_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (syncing_ || !doc_ || doc_->cooperatives < 0) return;
        auto rows = coopView_->selectionModel()->selectedRows();
        if (rows.size() != 1) return;
        int coop = coopProxy_->data(rows.front(), CooperativesModel::CooperativeRole).toInt();
        selectFeature(doc_->cooperatives, coop, coopView_, true, true);
    });

    for (QDockWidget* d : {layersDock_, legendDock_, statisticsDock_, qualityDock_, coopDock_, identifyDock_, messagesDock_})
        viewMenu_->addAction(d->toggleViewAction());
}

void MainWindow::retranslateUi() {
    QString project = doc_ ? toQString(doc_->workspace.project.name) : QString();
    // "[*]": Qt shows "*" there while the project has unsaved changes.
    setWindowTitle(QStringLiteral("[*]") +
                   (project.isEmpty() ? tr("VungTrong — planting areas") : tr("%1 — VungTrong").arg(project)));
    fileMenu_->setTitle(tr("&File"));
    openAct_->setText(tr("&Open project…"));
    recentMenu_->setTitle(tr("Open &recent"));
    newProjectAct_->setText(tr("&New project…"));
    projectSettingsAct_->setText(tr("Project se&ttings…"));
    projectSettingsAct_->setEnabled(doc_ != nullptr);
    openDemoAct_->setText(tr("Open the &demo project"));
    addLayerAct_->setText(tr("&Add layer…"));
    addTilesAct_->setText(tr("Add &XYZ tiles…"));
    addPostgisLayerAct_->setText(tr("Add &PostGIS layer…"));
    saveAct_->setText(tr("&Save project"));
    saveAsAct_->setText(tr("Save project &as…"));
    exportPngAct_->setText(tr("Export map as &PNG…"));
    exportPdfAct_->setText(tr("E&xport map (print layout, PDF or PNG)…"));
    exportCsvAct_->setText(tr("Export &statistics (CSV, XLSX)…"));
    exportLayerAct_->setText(tr("Export &layer (GeoJSON, GeoPackage, Shapefile, CSV, XLSX, PostGIS)…"));
    quitAct_->setText(tr("&Quit"));
    editMenu_->setTitle(tr("&Edit"));
    updateUndoActions();
    viewMenu_->setTitle(tr("&View"));
    zoomInAct_->setText(tr("Zoom &in"));
    zoomOutAct_->setText(tr("Zoom &out"));
    fullExtentAct_->setText(tr("&Full extent"));
    legendAct_->setText(tr("Show &legend on the map"));
    labelsAct_->setText(tr("Show la&bels"));
    layerMenu_->setTitle(tr("&Layer"));
    attributeTableAct_->setText(tr("&Attribute table"));
    zoomLayerAct_->setText(tr("&Zoom to layer"));
    removeLayerAct_->setText(tr("&Remove layer…"));
    languageMenu_->setTitle(tr("L&anguage"));
    helpMenu_->setTitle(tr("&Help"));
    aboutAct_->setText(tr("&About VungTrong"));
    toolbar_->setWindowTitle(tr("Main toolbar"));
    if (editController_) editController_->retranslate();
    search_->retranslate();
    layersDock_->setWindowTitle(tr("Layers"));
    legendDock_->setWindowTitle(tr("Legend"));
    statisticsDock_->setWindowTitle(tr("Statistics by zone"));
    identifyDock_->setWindowTitle(tr("Identify"));
    messagesDock_->setWindowTitle(tr("Messages"));
    qualityPanel_->retranslate();
    layersPanel_->retranslate();
    identifyPanel_->retranslate();
    coopModel_->retranslate();
    coopDock_->setWindowTitle(tr("Cooperatives"));
    statisticsByLabel_->setText(tr("Statistics by:"));
    fillStatisticsBy();
    qualityDock_->setWindowTitle(doc_ && doc_->quality && !doc_->quality->findings.empty()
                                     ? tr("Data quality (%1)").arg(doc_->quality->findings.size())
                                     : tr("Data quality"));
    for (auto& [id, dock] : attributeDocks_)
        if (dock && doc_) {
            int li = doc_->layerIndex(id);
            if (li >= 0) dock->setWindowTitle(tr("Attributes: %1").arg(doc_->layers[static_cast<std::size_t>(li)].title));
        }
    statisticsModel_->retranslate();
    if (doc_ && doc_->statistics) {
        const auto& t = doc_->statistics->total;
        QLocale locale;
        statisticsTotal_->setText(tr("Province: %1 codes, %2 ha gross, %3 ha net; %4 cooperatives, %5 members; "
                                     "investments %6 VND.")
                                      .arg(locale.toString(t.codes), formatHectares(t.grossPlantedHa, locale),
                                           formatHectares(t.netPlantedHa, locale), locale.toString(t.cooperatives),
                                           locale.toString(static_cast<qlonglong>(t.members)),
                                           locale.toString(static_cast<qlonglong>(t.investmentVnd))));
    } else if (doc_ && !doc_->statisticsError.isEmpty()) {
        statisticsTotal_->setText(tr("Statistics could not be computed: %1").arg(doc_->statisticsError));
    } else {
        statisticsTotal_->setText(doc_ ? tr("No zones layer: no statistics.") : QString());
    }
    updateScale();
    updateRecentMenu();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        canvas_->update();  // legend texts
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSaveChanges()) {
        event->ignore();
        return;
    }
    QSettings s = settings();
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    if (language_) s.setValue(QStringLiteral("language"), language_->current());
    event->accept();
}

void MainWindow::updateScale() {
    if (!doc_ || !doc_->mapCrsIsMetres) {
        scaleLabel_->clear();
        return;
    }
    double denominator = canvas_->view().scaleDenominator(canvas_->logicalDpiX() > 0 ? canvas_->logicalDpiX() : 96);
    scaleLabel_->setText(tr("Scale 1:%1").arg(QLocale().toString(static_cast<qlonglong>(std::llround(denominator)))));
}

void MainWindow::showError(const QString& title, const QString& message) {
    lastError_ = message;
    messages_->appendPlainText(title + QStringLiteral(": ") + message);
    if (interactive_) QMessageBox::warning(this, title, message);
}

MainWindow::LoadResult MainWindow::runWithProgress(
    const QString& label, std::function<std::shared_ptr<Document>(const geo::ProgressFn&)> job) {
    struct Shared {
        std::atomic<bool> cancel{false};
        std::atomic<int> permille{0};
        QMutex mutex;
        std::string stage;
    };
    auto shared = std::make_shared<Shared>();
    geo::ProgressFn progress = [shared](double f, const std::string& stage) {
        shared->permille.store(static_cast<int>(f * 1000));
        {
            QMutexLocker lock(&shared->mutex);
            shared->stage = stage;
        }
        return !shared->cancel.load();
    };
    QProgressDialog dialog(label, tr("Cancel"), 0, 1000, this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    connect(&dialog, &QProgressDialog::canceled, &dialog, [shared] { shared->cancel.store(true); });
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, &dialog, [&] {
        dialog.setValue(shared->permille.load());
        QMutexLocker lock(&shared->mutex);
        dialog.setLabelText(label + QStringLiteral("\n") + toQString(shared->stage));
    });
    poll.start();

    QFutureWatcher<LoadResult> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<LoadResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([job, progress]() -> LoadResult {
        LoadResult r;
        try {
            r.doc = job(progress);
        } catch (const geo::Cancelled&) {
            r.cancelled = true;
        } catch (const std::exception& e) {
            r.error = toQString(e.what());
        }
        return r;
    }));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    loop.exec();
    QApplication::restoreOverrideCursor();
    poll.stop();
    dialog.close();
    return watcher.result();
}

bool MainWindow::openProject(const QString& path) {
    if (!maybeSaveChanges()) return false;
    std::string file = toStd(QFileInfo(path).absoluteFilePath());
    LoadResult r = runWithProgress(tr("Opening %1…").arg(QFileInfo(path).fileName()), [file](const geo::ProgressFn& p) {
        return loadDocumentAsSaved(file, p);  // statistics by the layer it was saved with
    });
    if (r.cancelled) {
        statusBar()->showMessage(tr("Opening cancelled."), 4000);
        return false;
    }
    if (!r.doc) {
        showError(tr("Cannot open project"), r.error);
        return false;
    }
    setDocument(r.doc);
    undoStack_->clear();  // edits of another project cannot be undone here
    restoreSavedView();
    markSaved();
    addRecent(QFileInfo(path).absoluteFilePath());
    reportMissingLayers();
    return true;
}

void MainWindow::setDocument(std::shared_ptr<Document> doc, bool keepView) {
    RenderSettings previous = canvas_->renderSettings();
    MapView view = canvas_->view();
    DocumentPtr previousDoc = doc_;
    doc_ = std::move(doc);
    selection_->clear();
    identifyPanel_->clear();
    for (auto& [id, dock] : attributeDocks_)
        if (dock) dock->deleteLater();
    attributeDocks_.clear();
    canvas_->setDocument(doc_);
    QStringList styleProblems;
    if (doc_ && keepView && previousDoc) {
        // Keep the user's order, visibility, opacity and styles; new layers go on top (map_project.h).
        canvas_->setRenderSettings(carryMapOver(*previousDoc, *doc_, previous, canvas_->renderSettings()));
        canvas_->setView(view);
    } else if (doc_) {
        // The project's own order, visibility and styles.
        canvas_->setRenderSettings(mapFromProject(*doc_, canvas_->renderSettings(), &styleProblems));
    }
    RenderSettings s = canvas_->renderSettings();
    s.labels = labelsAct_->isChecked();
    canvas_->setRenderSettings(s);
    layersPanel_->setDocument(doc_, s);
    legend_->setContent(doc_, s);
    statisticsModel_->setDocument(doc_);
    statisticsView_->resizeColumnsToContents();
    qualityPanel_->setDocument(doc_);
    coopModel_->setDocument(doc_);
    search_->setDocument(doc_);
    coopView_->resizeColumnsToContents();  // the "Statistics by" box is filled by retranslateUi below
    messages_->clear();
    if (doc_) {
        for (const auto& b : doc_->basemaps)
            if (!b.problem.isEmpty())
                messages_->appendPlainText(tr("Warning") + QStringLiteral(" [") + toQString(b.source.id) +
                                           QStringLiteral("] ") + b.problem);
        for (const auto& issue : doc_->workspace.issues)
            messages_->appendPlainText((issue.severity == geo::LoadIssue::Severity::Error ? tr("Error") : tr("Warning")) +
                                       QStringLiteral(" [") + toQString(issue.layerId) + QStringLiteral("] ") +
                                       toQString(issue.message));
        for (const auto& l : doc_->workspace.layers)
            for (const auto& r : l.repairs)
                messages_->appendPlainText(tr("Repaired [%1] feature %2: %3")
                                               .arg(toQString(l.spec.id))
                                               .arg(r.fid)
                                               .arg(toQString(r.what)));
        for (const QString& problem : styleProblems) messages_->appendPlainText(tr("Style: %1").arg(problem));
        if (!doc_->statisticsError.isEmpty())
            messages_->appendPlainText(tr("Statistics could not be computed: %1").arg(doc_->statisticsError));
        for (const auto& w : doc_->crosswalkWarnings) messages_->appendPlainText(tr("Crosswalk: %1").arg(toQString(w)));
        // Statistics by a layer the project gives no code/name fields: say which fields name its zones.
        geo::ZoneFieldChoice choice;
        try {
            if (doc_->zones >= 0) choice = geo::describeZoneFields(doc_->workspace.layers[static_cast<std::size_t>(doc_->zones)]);
        } catch (const geo::Error&) {
            // A field the project names is missing: the statistics error above says so.
        }
        {
            if (choice.chosen())
                messages_->appendPlainText(tr("Zones of layer %1 are named by the field %2 (code) and %3 (name): the "
                                              "project names no fields for this layer, and these differ between "
                                              "features.")
                                               .arg(toQString(choice.layerId), toQString(choice.codeField),
                                                    toQString(choice.nameField)));
            for (const auto& [name, features] : choice.repeatedNames)
                messages_->appendPlainText(tr("Zone name %1 (%2) is held by %3 zones of layer %4: tell them apart by "
                                              "their codes.")
                                               .arg(toQString(name), toQString(choice.nameField))
                                               .arg(features.size())
                                               .arg(toQString(choice.layerId)));
        }
        std::size_t errors = std::count_if(doc_->workspace.issues.begin(), doc_->workspace.issues.end(),
                                           [](const auto& i) { return i.severity == geo::LoadIssue::Severity::Error; });
        if (errors > 0) statusBar()->showMessage(tr("%n layer(s) could not be read: see Messages.", "", int(errors)));
    }
    retranslateUi();
    updateModified();
    emit documentChanged();
}

bool MainWindow::readLayerInBackground(const QString& path, const geo::ReadOptions& options, geo::Layer& layer) {
    auto holder = std::make_shared<geo::Layer>();
    const bool database = geo::isPgName(toStd(path));  // a connection, not a file name
    std::string file = database ? toStd(path) : toStd(QFileInfo(path).absoluteFilePath());
    LoadResult r = runWithProgress(tr("Reading %1…").arg(database ? toQString(options.layerName) : QFileInfo(path).fileName()),
                                   [file, options, holder](const geo::ProgressFn& progress) {
                                       geo::ReadOptions cancellable = options;  // Cancel stops a big layer's read
                                       cancellable.keepReading = [&progress] { return progress(0, ""); };
                                       *holder = geo::readLayer(file, cancellable);
                                       return std::shared_ptr<Document>();
                                   });
    if (!r.error.isEmpty() || r.cancelled) {
        if (!r.cancelled) showError(tr("Cannot add layer"), r.error);
        return false;
    }
    layer = std::move(*holder);
    return true;
}

bool MainWindow::addLayer(const QString& path, const QString& layerNameIn) {
    if (isRasterFile(path)) {  // an orthophoto or scanned map: a background, not a vector layer
        geo::BasemapSpec spec;
        spec.name = toStd(QFileInfo(path).fileName());
        spec.path = toStd(QFileInfo(path).absoluteFilePath());
        return addBasemap(std::move(spec));
    }
    QString layerName = layerNameIn;
    std::string file = toStd(QFileInfo(path).absoluteFilePath());
    if (layerName.isEmpty()) {
        try {
            std::vector<std::string> names = geo::listLayers(file);
            if (names.size() > 1 && interactive_) {
                QStringList items;
                for (const auto& n : names) items << toQString(n);
                bool ok = false;
                layerName = QInputDialog::getItem(this, tr("Add layer"), tr("Layer of %1:").arg(QFileInfo(path).fileName()),
                                                  items, 0, false, &ok);
                if (!ok) return false;
            }
        } catch (const geo::Error& e) {
            showError(tr("Cannot add layer"), toQString(e.what()));
            return false;
        }
    }
    geo::ReadOptions options;
    options.layerName = toStd(layerName);
    options.allowEmpty = true;
    if (doc_) options.provinceCrsHint = doc_->workspace.project.provinceCrs;
    geo::Layer layer;
    if (!readLayerInBackground(path, options, layer)) return false;
    // A text encoding detected from the DBF's text is a guess: confirm it.
    std::string encodingChoice;
    if (layer.encodingGuessed) {
        encodingChoice = layer.encoding;
        if (interactive_) {
            QStringList encodings = {QStringLiteral("UTF-8"), QStringLiteral("CP1258"), QStringLiteral("TCVN3"),
                                     QStringLiteral("VNI"), QStringLiteral("ISO-8859-1")};
            QString sample;
            for (const auto& f : layer.features) {
                for (const auto& v : f.attributes)
                    if (const auto* t = std::get_if<std::string>(&v); t && !t->empty()) {
                        sample = toQString(*t);
                        break;
                    }
                if (!sample.isEmpty()) break;
            }
            QString why;
            for (const auto& w : layer.warnings)
                if (w.kind == geo::WarningKind::EncodingGuess) why = toQString(w.text);
            bool ok = false;
            QString chosen = QInputDialog::getItem(
                this, tr("Text encoding of %1").arg(QFileInfo(path).fileName()),
                tr("The file does not say how its text is encoded. %1\nFirst text as decoded: “%2”\n\n"
                   "Confirm or choose another encoding:")
                    .arg(why, sample),
                encodings, std::max(0, static_cast<int>(encodings.indexOf(toQString(layer.encoding)))), false, &ok);
            if (!ok) return false;
            encodingChoice = toStd(chosen);
        }
        if (encodingChoice != layer.encoding) {
            options.encodingOverride = encodingChoice;
            if (!readLayerInBackground(path, options, layer)) return false;
        }
    }
    // Degrees that look latitude first: ask, with the swap as the answer filled in.
    std::string axisOrderChoice;
    if (layer.axesLookSwapped) {
        QStringList orders = {tr("Latitude first: swap to longitude, latitude (lat_lon)"),
                              tr("Longitude first, as stored (lon_lat)")};
        int chosen = 0;
        if (interactive_) {
            geo::Envelope e = layer.extent();
            QLocale locale;
            bool ok = false;
            QString answer = QInputDialog::getItem(
                this, tr("Axis order of %1").arg(QFileInfo(path).fileName()),
                tr("The first coordinate (%1 … %2) looks like a latitude in Vietnam and the second (%3 … %4) like a "
                   "longitude:\nthe file seems to be written latitude first. Measured as stored, its areas would be "
                   "wrong.\n\nHow are the coordinates written?")
                    .arg(locale.toString(e.minX, 'f', 4), locale.toString(e.maxX, 'f', 4),
                         locale.toString(e.minY, 'f', 4), locale.toString(e.maxY, 'f', 4)),
                orders, 0, false, &ok);
            if (!ok) return false;
            chosen = static_cast<int>(orders.indexOf(answer));
        }
        axisOrderChoice = chosen == 1 ? "lon_lat" : "lat_lon";
        options.axisOrder = axisOrderChoice;  // recorded in the project: no silent swap
        if (!readLayerInBackground(path, options, layer)) return false;
    }
    std::string crsOverride;
    bool hasGeometry = std::any_of(layer.features.begin(), layer.features.end(),
                                   [](const geo::Feature& f) { return f.geometry.kind != geo::GeometryKind::None; });
    if (hasGeometry && (layer.crs.inferred || !layer.crs.isKnown())) {
        QString suggestion = toQString(layer.crs.authorityCode.empty() ? layer.crs.definition : layer.crs.authorityCode);
        QString text = suggestion;
        if (interactive_) {
            bool ok = false;
            QString why = layer.crs.isKnown() ? tr("The file does not say its coordinate system. Guessed: %1\n(%2)\n\n"
                                                   "Confirm or enter another (e.g. EPSG:9209):")
                                                    .arg(toQString(layer.crs.name), toQString(layer.crs.inferenceReason))
                                              : tr("The file does not say its coordinate system and it could not be "
                                                   "guessed. Enter one (e.g. EPSG:9209):");
            text = QInputDialog::getText(this, tr("Coordinate system of %1").arg(QFileInfo(path).fileName()), why,
                                         QLineEdit::Normal, suggestion, &ok);
            if (!ok) return false;
        }
        if (text.trimmed().isEmpty()) {
            showError(tr("Cannot add layer"), tr("No coordinate system given."));
            return false;
        }
        if (text.trimmed() != suggestion || !layer.crs.isKnown()) {
            try {
                layer.crs = geo::describeCrs(toStd(text.trimmed()));
            } catch (const geo::Error& e) {
                showError(tr("Cannot add layer"), toQString(e.what()));
                return false;
            }
        }
        crsOverride = toStd(text.trimmed());  // recorded in the project: no silent guess
    }

    geo::Workspace ws = doc_ ? doc_->workspace : geo::Workspace{};
    if (!doc_) ws.project.name = toStd(tr("Untitled project"));
    geo::LayerSpec spec;
    std::string base = toStd(QFileInfo(path).completeBaseName());
    spec.id = base;
    for (int n = 2; ws.find(spec.id); ++n) spec.id = base + "_" + std::to_string(n);
    spec.role = geo::LayerRole::Table;
    spec.layerName = toStd(layerName);
    spec.crs = crsOverride;
    spec.encoding = encodingChoice;  // recorded in the project: no silent guess
    spec.axisOrder = axisOrderChoice;
    spec.title = toStd(QFileInfo(path).fileName());
    QString folder = ws.project.filePath.empty() ? QFileInfo(path).absolutePath() : toQString(ws.project.folder());
    QString relative = QDir(folder).relativeFilePath(QFileInfo(path).absoluteFilePath());
    spec.path = toStd(relative);
    if (relative.startsWith(QStringLiteral("..")) || QDir::isAbsolutePath(relative))
        messages_->appendPlainText(tr("%1 lies outside the project folder: the project refers to it there, so copy it "
                                      "along when you move the project.")
                                       .arg(QFileInfo(path).fileName()));
    return commitNewLayer(std::move(spec), std::move(layer));
}

bool MainWindow::commitNewLayer(geo::LayerSpec spec, geo::Layer layer) {
    geo::Workspace ws = doc_ ? doc_->workspace : geo::Workspace{};
    if (!doc_) ws.project.name = toStd(tr("Untitled project"));
    try {
        geo::LoadedLayer loaded = geo::normalise(spec, std::move(layer));
        ws.project.layers.push_back(spec);
        geo::addLayer(ws, std::move(loaded));  // its warnings become issues as on opening a project
    } catch (const geo::Error& e) {
        showError(tr("Cannot add layer"), toQString(e.what()));
        return false;
    }
    auto shared = std::make_shared<geo::Workspace>(std::move(ws));
    BuildOptions build;  // statistics stay by the layer the user chose
    if (doc_ && doc_->zones >= 0) build.zonesLayerId = doc_->layers[static_cast<std::size_t>(doc_->zones)].id;
    LoadResult r = runWithProgress(tr("Updating the map…"), [shared, build](const geo::ProgressFn& p) {
        return buildDocument(std::move(*shared), p, build);
    });
    if (!r.doc) {
        if (!r.cancelled) showError(tr("Cannot add layer"), r.error);
        return false;
    }
    if (doc_)
        undoStack_->push(new DocumentChange(this, doc_, r.doc, tr("add layer %1").arg(toQString(spec.id))));
    else
        setDocument(r.doc, false);
    return true;
}

bool MainWindow::addBasemap(geo::BasemapSpec spec) {
    if (!doc_) {
        showError(tr("Cannot add layer"), tr("Open a project first: a background is drawn under its layers."));
        return false;
    }
    const geo::Project& project = doc_->workspace.project;
    if (!spec.path.empty() && !project.filePath.empty()) {  // written relative to the project, as layers are
        QString relative = QDir(toQString(project.folder())).relativeFilePath(toQString(spec.path));
        if (relative.startsWith(QStringLiteral("..")))
            messages_->appendPlainText(tr("%1 lies outside the project folder: the project refers to it there, so copy it "
                                          "along when you move the project.")
                                           .arg(toQString(spec.name)));
        else
            spec.path = toStd(relative);
    }
    std::string base = toStd(QFileInfo(toQString(spec.name.empty() ? std::string("tiles") : spec.name)).completeBaseName());
    spec.id = unusedBasemapId(project, base);
    if (spec.name.empty()) spec.name = spec.id;
    std::vector<geo::BasemapSpec> basemaps = project.basemaps;
    basemaps.push_back(spec);
    std::shared_ptr<Document> updated = withBasemaps(*doc_, std::move(basemaps));
    const QString& problem = updated->basemaps.back().problem;
    if (!problem.isEmpty()) {
        showError(tr("Cannot add layer"), problem);
        return false;
    }
    undoStack_->push(new DocumentChange(this, doc_, updated, tr("add background %1").arg(toQString(spec.id))));
    return true;
}

void MainWindow::chooseAndAddTiles() {
    XyzTilesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    addBasemap(dialog.basemap());
}

void MainWindow::updateUndoActions() {
    undoAct_->setEnabled(undoStack_->canUndo());
    redoAct_->setEnabled(undoStack_->canRedo());
    undoAct_->setText(undoStack_->canUndo() ? tr("&Undo %1").arg(undoStack_->undoText()) : tr("&Undo"));
    redoAct_->setText(undoStack_->canRedo() ? tr("&Redo %1").arg(undoStack_->redoText()) : tr("&Redo"));
}

bool MainWindow::saveProject(const QString& path) {
    if (!doc_) return false;
    try {
        // Styles, visibility, order, extent, statistics by; paths from the new folder.
        geo::Project project = projectMovedTo(projectAsArranged(), toStd(path));
        geo::saveProject(project, project.filePath);
        auto updated = std::make_shared<Document>(*doc_);
        updated->workspace.project = project;
        doc_ = updated;
        canvas_->setRenderSettings(canvas_->renderSettings());
        addRecent(QFileInfo(path).absoluteFilePath());
        markSaved();
        statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
        return true;
    } catch (const geo::Error& e) {
        showError(tr("Cannot save project"), toQString(e.what()));
        return false;
    }
}

LayerStyle MainWindow::layerStyle(const std::string& layerId) const {
    if (!doc_) return {};
    int li = doc_->layerIndex(layerId);
    if (li < 0) return {};
    const LayerState* state = canvas_->renderSettings().find(layerId);
    LayerStyle style = state && state->style ? state->style->style : defaultLayerStyle(doc_->layers[static_cast<std::size_t>(li)]);
    if (state) style.opacity = state->opacity;
    return style;
}

bool MainWindow::setLayerStyle(const std::string& layerId, const LayerStyle& style) {
    if (!doc_) return false;
    int li = doc_->layerIndex(layerId);
    if (li < 0 || !doc_->layers[static_cast<std::size_t>(li)].hasGeometry) return false;
    StyledLayerPtr styled = styleLayer(*doc_, li, style, locale());
    if (!styled->problem.isEmpty()) messages_->appendPlainText(tr("Style: %1").arg(styled->problem));
    layersPanel_->setLayerStyle(layerId, std::move(styled));  // emits settingsChanged: canvas and legend follow
    updateModified();  // saved with the project
    return true;
}

void MainWindow::openStylePanel(const std::string& layerId) {
    if (!doc_ || doc_->layerIndex(layerId) < 0) return;
    auto* panel = new StylePanel(doc_, doc_->layerIndex(layerId), layerStyle(layerId), this);
    panel->setAttribute(Qt::WA_DeleteOnClose);
    connect(panel, &StylePanel::applied, this, [this, layerId](const LayerStyle& style) { setLayerStyle(layerId, style); });
    panel->show();
}

bool MainWindow::saveProjectAs() {
    if (!doc_) return false;
    QString path = QFileDialog::getSaveFileName(this, tr("Save project"), toQString(doc_->workspace.project.filePath),
                                                tr("VungTrong projects (*.vtproj)"));
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".vtproj");
    return saveProject(path);
}

void MainWindow::chooseAndOpenProject() {
    QString start = settings().value(QStringLiteral("lastFolder")).toString();
    QString path = QFileDialog::getOpenFileName(this, tr("Open project"), start, tr("VungTrong projects (*.vtproj)"));
    if (path.isEmpty()) return;
    settings().setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    openProject(path);
}

void MainWindow::chooseAndAddPostgisLayer() {
    AddPostgisLayerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) addPostgisLayer(dialog.form()->connection(), dialog.form()->table());
}

bool MainWindow::addPostgisLayer(const geo::PgConnection& connection, const QString& table) {
    geo::PgTableName name;
    try {
        name = geo::parsePgTableName(toStd(table), "table");
    } catch (const geo::Error& e) {
        showError(tr("Cannot add layer"), toQString(e.what()));
        return false;
    }
    const std::string pgName = connection.gdalName();  // never a password: the form has none
    geo::ReadOptions options;
    options.layerName = toStd(table);
    options.allowEmpty = true;
    if (doc_) options.provinceCrsHint = doc_->workspace.project.provinceCrs;
    geo::Layer layer;
    if (!readLayerInBackground(toQString(pgName), options, layer)) return false;
    geo::LayerSpec spec;
    spec.id = name.table;
    for (int n = 2; doc_ && doc_->workspace.find(spec.id); ++n) spec.id = name.table + "_" + std::to_string(n);
    spec.role = geo::LayerRole::Table;
    spec.path = pgName;
    spec.layerName = toStd(table);
    spec.title = name.display();
    return commitNewLayer(std::move(spec), std::move(layer));
}

void MainWindow::chooseAndAddLayer() {
    QString start = doc_ && !doc_->workspace.project.filePath.empty() ? toQString(doc_->workspace.project.folder())
                                                                      : settings().value(QStringLiteral("lastFolder")).toString();
    QString path = QFileDialog::getOpenFileName(
        this, tr("Add layer"), start,
        tr("Layers (*.shp *.gpkg *.geojson *.json *.csv *.xlsx *.tif *.tiff *.mbtiles);;All files (*)"));
    if (!path.isEmpty()) addLayer(path);
}

void MainWindow::addRecent(const QString& path) {
    QSettings s = settings();
    QStringList recent = s.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8) recent.removeLast();
    s.setValue(QStringLiteral("recentProjects"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    recentMenu_->clear();
    QStringList recent = settings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString& path : recent) {
        QAction* a = recentMenu_->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!event->mimeData()->hasUrls()) return;
    for (const QUrl& url : event->mimeData()->urls()) {
        QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (layerSuffixes().contains(suffix) || suffix == QStringLiteral("vtproj")) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    event->acceptProposedAction();
    // Open after the drop returns: dialogs inside a drop event confuse some platforms.
    QTimer::singleShot(0, this, [this, urls] {
        for (const QUrl& url : urls) {
            QString path = url.toLocalFile();
            QString suffix = QFileInfo(path).suffix().toLower();
            if (suffix == QStringLiteral("vtproj"))
                openProject(path);
            else if (layerSuffixes().contains(suffix))
                addLayer(path);
        }
    });
}

void MainWindow::onCanvasClicked(double mapX, double mapY, double lon, double lat, Qt::KeyboardModifiers) {
    if (!doc_) return;
    identifyAt(mapX, mapY, {lon, lat});
}

int MainWindow::identifyAt(double mapX, double mapY) {
    if (!doc_) return -1;
    return identifyAt(mapX, mapY, canvas_->toLonLat({mapX, mapY}));
}

int MainWindow::identifyAt(double mapX, double mapY, geo::XY lonLat) {
    if (!doc_) return -1;
    // Every feature under the click (a plot, its zone, a cooperative): the top one is selected.
    std::vector<Hit> hits = hitTestAll(*doc_, canvas_->renderSettings(), lonLat, {mapX, mapY}, canvas_->view().resolution);
    if (hits.empty()) {
        selection_->clear(canvas_);
        identifyPanel_->clear();
        return -1;
    }
    selectFeature(hits.front().layer, hits.front().feature, canvas_, false, false);
    std::vector<std::pair<int, int>> listed;
    for (const Hit& h : hits) listed.emplace_back(h.layer, h.feature);
    identifyPanel_->showFeatures(doc_, listed);
    identifyDock_->raise();
    return hits.front().layer;
}

void MainWindow::selectFeature(int layer, int feature, const QObject* origin, bool zoom, bool identify) {
    if (!doc_) return;
    const std::string& id = doc_->layers[static_cast<std::size_t>(layer)].id;
    std::map<std::string, SelectionModel::Features> sel;
    sel[id].insert(feature);
    if (layer == doc_->cooperatives && doc_->plantings >= 0) {
        // A cooperative brings its planting areas along.
        std::vector<int> plots;
        if (const auto* cs = doc_->cooperativeStatistics(feature))
            plots = cs->plantingAreas;
        else if (doc_->links)
            for (std::size_t i = 0; i < doc_->links->plantingCooperative.size(); ++i)
                if (doc_->links->plantingCooperative[i].cooperative == feature) plots.push_back(static_cast<int>(i));
        for (int p : plots) sel[doc_->layers[static_cast<std::size_t>(doc_->plantings)].id].insert(p);
    } else if (layer == doc_->plantings && doc_->cooperatives >= 0) {
        // A planting area shows its cooperative too.
        int coop = doc_->plantingCooperative(feature);
        if (coop >= 0) sel[doc_->layers[static_cast<std::size_t>(doc_->cooperatives)].id].insert(coop);
    }
    selection_->selectMany(sel, origin);
    if (zoom && layer == doc_->cooperatives) {
        // A cooperative is shown with its planting areas, wherever they lie.
        geo::Envelope e;
        for (const auto& [id, features] : sel) {
            const auto& envelopes = doc_->layers[static_cast<std::size_t>(doc_->layerIndex(id))].envelopes;
            for (int f : features)
                if (f >= 0 && f < static_cast<int>(envelopes.size())) e.expand(envelopes[static_cast<std::size_t>(f)]);
        }
        canvas_->zoomToExtent(e);
    } else if (zoom) {
        canvas_->zoomToFeatures(layer, {feature});
    }
    if (identify) {
        identifyPanel_->showFeature(doc_, layer, feature);
        identifyDock_->raise();
    }
}

bool MainWindow::searchFor(const QString& text) {
    if (!doc_) return false;
    return search_->choose(text);  // selects through featureChosen
}

namespace {
const QString kCrosswalkItem = QStringLiteral("\x01crosswalk");  // not a layer id
}  // namespace

void MainWindow::fillStatisticsBy() {
    QSignalBlocker block(statisticsBy_);
    statisticsBy_->clear();
    statisticsBy_->setPlaceholderText(tr("choose a polygon layer"));
    if (!doc_) {
        statisticsBy_->setEnabled(false);
        return;
    }
    // Offered even without statistics: a project without a zones layer gets
    // them by choosing one here.
    for (int li : doc_->polygonLayers())
        statisticsBy_->addItem(doc_->layers[static_cast<std::size_t>(li)].title,
                               toQString(doc_->layers[static_cast<std::size_t>(li)].id));
    if (doc_->crosswalkRows)
        statisticsBy_->addItem(tr("New units (crosswalk of %1)")
                                   .arg(doc_->layers[static_cast<std::size_t>(doc_->zones)].title),
                               kCrosswalkItem);
    int current = statisticsModel_->crosswalk() ? statisticsBy_->findData(kCrosswalkItem)
                  : doc_->zones >= 0
                      ? statisticsBy_->findData(toQString(doc_->layers[static_cast<std::size_t>(doc_->zones)].id))
                      : -1;
    statisticsBy_->setCurrentIndex(current);
    statisticsBy_->setEnabled(statisticsBy_->count() > (current >= 0 ? 1 : 0));
}

void MainWindow::onStatisticsByChosen(int index) {
    QString data = statisticsBy_->itemData(index).toString();
    if (data == kCrosswalkItem) {
        showCrosswalkUnits(true);
        return;
    }
    if (doc_ && doc_->zones >= 0 && toStd(data) == doc_->layers[static_cast<std::size_t>(doc_->zones)].id) {
        showCrosswalkUnits(false);
        return;
    }
    showStatisticsBy(toStd(data));
}

bool MainWindow::showCrosswalkUnits(bool on) {
    if (!doc_ || (on && !doc_->crosswalkRows)) return false;
    selection_->clear();  // a unit is no one map feature
    identifyPanel_->clear();
    statisticsModel_->setCrosswalk(on);
    statisticsView_->resizeColumnsToContents();
    fillStatisticsBy();
    return true;
}

bool MainWindow::showStatisticsBy(const std::string& layerId) {
    if (!doc_) return false;
    int li = doc_->layerIndex(layerId);
    if (li < 0) return false;
    auto ws = std::make_shared<geo::Workspace>(doc_->workspace);
    BuildOptions options;
    options.zonesLayerId = layerId;
    LoadResult r = runWithProgress(tr("Statistics by %1…").arg(doc_->layers[static_cast<std::size_t>(li)].title),
                                   [ws, options](const geo::ProgressFn& p) {
                                       return buildDocument(std::move(*ws), p, options);
                                   });
    if (!r.doc || !r.doc->statistics) {
        // Keep what is shown rather than a map without statistics.
        if (!r.cancelled) showError(tr("Cannot compute statistics"), r.doc ? r.doc->statisticsError : r.error);
        fillStatisticsBy();
        return false;
    }
    statisticsModel_->setCrosswalk(false);
    setDocument(r.doc, true);
    return true;
}

void MainWindow::onStatisticsSelectionChanged() {
    if (syncing_ || !doc_ || doc_->zones < 0 || statisticsModel_->crosswalk()) return;
    std::vector<int> zones;
    for (const QModelIndex& i : statisticsView_->selectionModel()->selectedRows())
        zones.push_back(statisticsProxy_->data(i, StatisticsModel::ZoneRole).toInt());
    selection_->select(doc_->layers[static_cast<std::size_t>(doc_->zones)].id, zones, statisticsView_);
    if (zones.size() == 1) identifyPanel_->showFeature(doc_, doc_->zones, zones.front());
}

void MainWindow::syncStatisticsFromSelection(const QObject* origin) {
    if (origin == statisticsView_ || !doc_ || doc_->zones < 0) return;
    std::set<int> rows;
    for (int zone : selection_->features(doc_->layers[static_cast<std::size_t>(doc_->zones)].id)) {
        int r = statisticsModel_->rowOfZone(zone);
        if (r >= 0) rows.insert(r);
    }
    syncing_ = true;
    selectSourceRows(statisticsView_, statisticsProxy_, rows);
    syncing_ = false;
}

void MainWindow::syncCooperativesFromSelection(const QObject* origin) {
    if (origin == coopView_ || !doc_ || doc_->cooperatives < 0) return;
    std::set<int> rows;  // model rows are geo/'s cooperative rows
    for (int coop : selection_->features(doc_->layers[static_cast<std::size_t>(doc_->cooperatives)].id))
        if (coop >= 0 && coop < static_cast<int>(doc_->coopStatIndex.size()) && doc_->coopStatIndex[coop] >= 0)
            rows.insert(doc_->coopStatIndex[static_cast<std::size_t>(coop)]);
    syncing_ = true;
    selectSourceRows(coopView_, coopProxy_, rows);
    syncing_ = false;
}

QTableView* MainWindow::attributeView(const std::string& layerId) const {
    auto it = attributeDocks_.find(layerId);
    if (it == attributeDocks_.end() || !it->second) return nullptr;
    return it->second->findChild<QTableView*>();
}

void MainWindow::openAttributeTable(const std::string& layerId) {
    if (!doc_) return;
    int li = doc_->layerIndex(layerId);
    if (li < 0) return;
    if (auto it = attributeDocks_.find(layerId); it != attributeDocks_.end() && it->second) {
        it->second->show();
        it->second->raise();
        return;
    }
    auto* dock = new QDockWidget(tr("Attributes: %1").arg(doc_->layers[static_cast<std::size_t>(li)].title), this);
    dock->setObjectName(QStringLiteral("attributes_") + toQString(layerId));
    dock->setAttribute(Qt::WA_DeleteOnClose);
    auto* model = new AttributeModel(doc_, li, dock);
    auto* panel = new AttributeTablePanel(model, selection_, dock);  // filter line, "selected only"
    QSortFilterProxyModel* proxy = panel->proxy();
    QTableView* view = panel->view();
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);  // source order until the user sorts
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);  // uniform rows: fast on 100k
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    dock->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    tabifyDockWidget(statisticsDock_, dock);
    dock->show();
    dock->raise();
    attributeDocks_[layerId] = dock;
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, view, proxy, layerId, li] {
        if (syncing_) return;
        std::set<int> rows = selectedSourceRows(view, proxy);
        selection_->select(layerId, std::vector<int>(rows.begin(), rows.end()), view);
        if (rows.size() == 1) identifyPanel_->showFeature(doc_, li, *rows.begin());
    });
    connect(view, &QTableView::doubleClicked, this, [this, proxy, li](const QModelIndex& index) {
        canvas_->zoomToFeatures(li, {proxy->mapToSource(index).row()});
    });
    syncing_ = true;
    selectSourceRows(view, proxy, selection_->features(layerId));
    syncing_ = false;
}

void MainWindow::syncAttributeTables(const QObject* origin) {
    for (auto& [id, dock] : attributeDocks_) {
        if (!dock) continue;
        auto* view = dock->findChild<QTableView*>();
        if (!view || view == origin) continue;
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
        syncing_ = true;
        selectSourceRows(view, proxy, selection_->features(id));
        syncing_ = false;
    }
}

bool MainWindow::exportMap(const QString& path) {
    if (!doc_) return false;
    ExportOptions options;
    options.title = toQString(doc_->workspace.project.name);
    QString error;
    geo::Envelope extent = canvas_->view().envelope();
    bool ok = QFileInfo(path).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0
                  ? exportPdf(*doc_, extent, canvas_->renderSettings(), path, options, &error)
                  : exportPng(*doc_, extent, canvas_->renderSettings(), path, options, &error);
    if (!ok) showError(tr("Cannot export the map"), error);
    else statusBar()->showMessage(tr("Map exported to %1").arg(path), 5000);
    return ok;
}

void MainWindow::chooseAndExport(const QString& suffix) {
    if (!doc_) return;
    QString filter = suffix == QStringLiteral("pdf") ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export map"), QStringLiteral("map.") + suffix, filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".") + suffix;
    exportMap(path);
}

void MainWindow::chooseAndExportStatistics() {
    if (!doc_) return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export statistics"), QStringLiteral("statistics.xlsx"),
                                                tr("Excel workbook (*.xlsx);;CSV table of the zones (*.csv)"));
    if (!path.isEmpty()) exportStatistics(path);
}

namespace {
// Tables go to an Excel workbook when the name asks for one, else to CSV.
bool isXlsx(const QString& path) {
    return QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0;
}
}  // namespace

bool MainWindow::exportStatistics(const QString& path) {
    if (!doc_ || !doc_->statistics) {
        showError(tr("Cannot export statistics"), doc_ ? doc_->statisticsError : tr("No project is open."));
        return false;
    }
    try {
        std::string file = toStd(path);
        if (isXlsx(path)) {
            geo::exportStatisticsWorkbook(doc_->workspace, *doc_->statistics, file);
        } else {
            geo::ExportOptions options;
            options.format = geo::ExportFormat::Csv;
            options.outputPath = file;
            geo::exportStatistics(doc_->workspace, *doc_->statistics, geo::StatisticsTable::Zones, options);
        }
        statusBar()->showMessage(tr("Wrote %1").arg(path), 4000);
        return true;
    } catch (const std::exception& e) {
        showError(tr("Cannot export statistics"), toQString(e.what()));
        return false;
    }
}

bool MainWindow::exportFindings(const QString& path) {
    if (!doc_ || !doc_->quality) {
        showError(tr("Cannot export findings"), doc_ ? doc_->statisticsError : tr("No project is open."));
        return false;
    }
    try {
        geo::ExportOptions options;
        options.format = isXlsx(path) ? geo::ExportFormat::Xlsx : geo::ExportFormat::Csv;
        options.outputPath = toStd(path);
        geo::exportQuality(doc_->workspace, *doc_->quality, options);
        statusBar()->showMessage(tr("Wrote %1").arg(path), 4000);
        return true;
    } catch (const std::exception& e) {
        showError(tr("Cannot export findings"), toQString(e.what()));
        return false;
    }
}

void MainWindow::chooseAndExportLayer() {
    if (!doc_) return;
    ExportLayerDialog dialog(*doc_, *selection_, layersPanel_->currentLayerId(), this);
    if (dialog.exec() == QDialog::Accepted) exportLayer(dialog.layerId(), dialog.options());
}

bool MainWindow::exportLayer(const std::string& layerId, const geo::ExportOptions& options) {
    if (!doc_) return false;
    auto report = std::make_shared<geo::ExportReport>();
    DocumentPtr doc = doc_;
    const QString target = options.format == geo::ExportFormat::PostGis ? toQString(options.postgisTable)
                                                                        : QFileInfo(toQString(options.outputPath)).fileName();
    LoadResult r = runWithProgress(tr("Exporting %1…").arg(target),
                                   [doc, layerId, options, report](const geo::ProgressFn& p) {
                                       // The document's links and statistics, not computed again.
                                       geo::ExportOptions o = options;
                                       if (doc->links && doc->statistics)
                                           o.known = {&*doc->links, &*doc->statistics};
                                       *report = geo::exportLayer(doc->workspace, layerId, o, p);
                                       return std::shared_ptr<Document>();
                                   });
    if (r.cancelled) {
        statusBar()->showMessage(tr("Export cancelled; any earlier file is unchanged."), 6000);
        return false;
    }
    if (!r.error.isEmpty()) {
        showError(tr("Cannot export layer"), r.error);
        return false;
    }
    for (const auto& note : report->notes) messages_->appendPlainText(toQString(note));
    statusBar()->showMessage(tr("Wrote %n feature(s) to %1", nullptr, static_cast<int>(report->featuresWritten))
                                 .arg(toQString(report->path)),
                             6000);
    return true;
}

}  // namespace vt::gui
