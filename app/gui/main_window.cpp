#include "main_window.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

#include "app_settings.h"
#include "attribute_docks.h"
#include "document_messages.h"
#include "edit_controller.h"
#include "declare_crs.h"
#include "export_controller.h"
#include "hit_test.h"
#include "identify_dock.h"
#include "install_layout.h"
#include "language_menu.h"
#include "layers_dock.h"
#include "map_canvas.h"
#include "map_decorations.h"
#include "map_project.h"
#include "map_tools_controller.h"
#include "quality_panel.h"
#include "search_box.h"
#include "statistics_docks.h"
#include "status_readout.h"
#include "style_panel.h"

namespace vt::gui {

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
    menuBar()->insertMenu(languages_->menu()->menuAction(), mapTools_->menu());
    // Measure, select and Edit layer on a toolbar of their own beside the main one (the editing tools: edit_controller.h).
    mapToolbar_ = addToolBar(QString());
    mapToolbar_->setObjectName(QStringLiteral("mapToolsToolbar"));
    mapTools_->addToToolbar(mapToolbar_);

    readout_ = new StatusReadout(this);  // cursor, scale, render time
    connect(canvas_, &MapCanvas::clicked, this, &MainWindow::onCanvasClicked);
    connect(selection_, &SelectionModel::changed, this, [this](const QObject* origin) {
        statistics_->syncFromSelection(origin);
        attributeDocks_->syncFromSelection(origin);
    });

    // Editing planting areas and cooperatives (edit_controller.h): its toolbar, History dock and Edit menu entries.
    editController_ = new EditController(this);
    mapToolbar_->addSeparator();
    mapToolbar_->addAction(editController_->editAction());
    editMenu_->addSeparator();
    editMenu_->addAction(editController_->editAction());
    for (QAction* a : editController_->toolbar()->actions())
        if (!a->isSeparator()) editMenu_->addAction(a);
    viewMenu_->addAction(editController_->historyDock()->toggleViewAction());
    declareCrs_ = new DeclareCrsController(this);  // Layer ▸ Declare the CRS… (declare_crs.h)
    layerMenu_->addAction(declareCrs_->action());
    fileMenu_->insertActions(quitAct_, {editController_->recoverAction(), editController_->exportAuditAction()});
    fileMenu_->insertSeparator(quitAct_);

    retranslateUi();
    resize(1280, 860);
    resizeDocks({layersDock_, identifyDock_}, {270, 360}, Qt::Horizontal);
    resizeDocks({layersDock_, legendDock_}, {200, 420}, Qt::Vertical);
    QSettings s = appSettings();
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
    // The map, print layout, atlas, statistics and layer exports (export_controller.h).
    exports_ = new ExportController(this);
    fileMenu_->addActions(exports_->actions());
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

    languages_ = new LanguageMenu(language_, this);
    bar->addMenu(languages_->menu());

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

    // Statistics by zone and the cooperatives (statistics_docks.h), tabified with data quality at the bottom.
    statistics_ = new StatisticsDocks(this);
    connect(statistics_, &StatisticsDocks::featureChosen, this,
            [this](int layer, int feature, const QObject* origin) { selectFeature(layer, feature, origin, true, true); });
    QDockWidget* statisticsDock = statistics_->statisticsDock();
    addDockWidget(Qt::BottomDockWidgetArea, statisticsDock);

    // Data quality beside the statistics: a finding chosen is a feature selected.
    qualityPanel_ = new QualityPanel(this);
    qualityDock_ = new QDockWidget(this);
    qualityDock_->setObjectName(QStringLiteral("qualityDock"));
    qualityDock_->setWidget(qualityPanel_);
    addDockWidget(Qt::BottomDockWidgetArea, qualityDock_);
    tabifyDockWidget(statisticsDock, qualityDock_);
    statisticsDock->raise();
    connect(qualityPanel_, &QualityPanel::featureChosen, this, [this](int layer, int feature) {
        selectFeature(layer, feature, qualityPanel_->view(), true, true);
    });
    connect(qualityPanel_, &QualityPanel::layerChosen, this, [this](int layer) {
        selection_->clear();
        if (doc_) canvas_->zoomToExtent(doc_->layers[static_cast<std::size_t>(layer)].extent);
    });
    connect(qualityPanel_, &QualityPanel::exportRequested, exports_, &ExportController::chooseAndExportFindings);
    // Attribute tables open as tabs beside the statistics (attribute_docks.h).
    attributeDocks_ = new AttributeDocks(this, statisticsDock);
    addDockWidget(Qt::BottomDockWidgetArea, statistics_->cooperativesDock());
    tabifyDockWidget(statisticsDock, statistics_->cooperativesDock());
    statisticsDock->raise();

    for (QDockWidget* d : {layersDock_, legendDock_, statisticsDock, qualityDock_, statistics_->cooperativesDock(),
                           identifyDock_, messagesDock_})
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
    exports_->retranslate();
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
    languages_->retranslate();
    helpMenu_->setTitle(tr("&Help"));
    aboutAct_->setText(tr("&About VungTrong"));
    toolbar_->setWindowTitle(tr("Main toolbar"));
    mapToolbar_->setWindowTitle(tr("Map tools"));
    if (editController_) editController_->retranslate();
    if (declareCrs_) declareCrs_->retranslate();
    search_->retranslate();
    layersDock_->setWindowTitle(tr("Layers"));
    legendDock_->setWindowTitle(tr("Legend"));
    identifyDock_->setWindowTitle(tr("Identify"));
    messagesDock_->setWindowTitle(tr("Messages"));
    qualityPanel_->retranslate();
    layersPanel_->retranslate();
    identifyPanel_->retranslate();
    statistics_->retranslate();
    qualityDock_->setWindowTitle(doc_ && doc_->quality && !doc_->quality->findings.empty()
                                     ? tr("Data quality (%1)").arg(doc_->quality->findings.size())
                                     : tr("Data quality"));
    attributeDocks_->retranslate();
    readout_->updateScale();
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
    QSettings s = appSettings();
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    if (language_) s.setValue(QStringLiteral("language"), language_->current());
    event->accept();
}

QLabel* MainWindow::lonLatLabel() const { return readout_->lonLatLabel(); }
QLabel* MainWindow::projectedLabel() const { return readout_->projectedLabel(); }
QLabel* MainWindow::scaleLabel() const { return readout_->scaleLabel(); }

QComboBox* MainWindow::statisticsByCombo() const { return statistics_->statisticsByCombo(); }
QTableView* MainWindow::statisticsView() const { return statistics_->statisticsView(); }
StatisticsModel* MainWindow::statisticsModel() const { return statistics_->statisticsModel(); }
QSortFilterProxyModel* MainWindow::statisticsProxy() const { return statistics_->statisticsProxy(); }
QTableView* MainWindow::cooperativesView() const { return statistics_->cooperativesView(); }
QDockWidget* MainWindow::cooperativesDock() const { return statistics_->cooperativesDock(); }
bool MainWindow::showStatisticsBy(const std::string& layerId) { return statistics_->showStatisticsBy(layerId); }
bool MainWindow::showCrosswalkUnits(bool on) { return statistics_->showCrosswalkUnits(on); }
void MainWindow::openAttributeTable(const std::string& layerId) { attributeDocks_->open(layerId); }
QTableView* MainWindow::attributeView(const std::string& layerId) const { return attributeDocks_->view(layerId); }
bool MainWindow::exportMap(const QString& path) { return exports_->exportMap(path); }
bool MainWindow::exportLayer(const std::string& layerId, const geo::ExportOptions& options) {
    return exports_->exportLayer(layerId, options);
}
bool MainWindow::exportStatistics(const QString& path) { return exports_->exportStatistics(path); }
bool MainWindow::exportFindings(const QString& path) { return exports_->exportFindings(path); }
void MainWindow::appendMessage(const QString& line) { messages_->appendPlainText(line); }
QMenu* MainWindow::languageMenu() const { return languages_->menu(); }

void MainWindow::showError(const QString& title, const QString& message) {
    lastError_ = message;
    messages_->appendPlainText(title + QStringLiteral(": ") + message);
    if (interactive_) QMessageBox::warning(this, title, message);
}

void MainWindow::setDocument(std::shared_ptr<Document> doc, bool keepView) {
    RenderSettings previous = canvas_->renderSettings();
    MapView view = canvas_->view();
    DocumentPtr previousDoc = doc_;
    doc_ = std::move(doc);
    selection_->clear();
    identifyPanel_->clear();
    // An edit keeps the open attribute tables open, on the new document.
    const std::vector<std::string> shownTables = attributeDocks_->clear();
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
    statistics_->setDocument();  // the "Statistics by" box is filled by retranslateUi below
    qualityPanel_->setDocument(doc_);
    search_->setDocument(doc_);
    messages_->clear();
    if (doc_) {
        for (const QString& line : DocumentMessages::of(*doc_, styleProblems)) messages_->appendPlainText(line);
        std::size_t errors = std::count_if(doc_->workspace.issues.begin(), doc_->workspace.issues.end(),
                                           [](const auto& i) { return i.severity == geo::LoadIssue::Severity::Error; });
        if (errors > 0) statusBar()->showMessage(tr("%n layer(s) could not be read: see Messages.", "", int(errors)));
    }
    retranslateUi();
    if (keepView)
        for (const auto& id : shownTables)
            if (doc_ && doc_->layerIndex(id) >= 0) openAttributeTable(id);
    updateModified();
    emit documentChanged();
}

void MainWindow::updateUndoActions() {
    undoAct_->setEnabled(undoStack_->canUndo());
    redoAct_->setEnabled(undoStack_->canRedo());
    undoAct_->setText(undoStack_->canUndo() ? tr("&Undo %1").arg(undoStack_->undoText()) : tr("&Undo"));
    redoAct_->setText(undoStack_->canRedo() ? tr("&Redo %1").arg(undoStack_->redoText()) : tr("&Redo"));
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

}  // namespace vt::gui
