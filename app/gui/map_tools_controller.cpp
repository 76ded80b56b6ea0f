#include "map_tools_controller.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

#include "document.h"
#include "goto_dialog.h"
#include "identify_dock.h"
#include "layers_dock.h"
#include "main_window.h"
#include "map_canvas.h"
#include "measure_tool.h"
#include "select_tools.h"
#include "selection_click.h"

namespace vt::gui {

MapToolsController::MapToolsController(MainWindow* window)
    : QObject(window), window_(window), canvas_(window->canvas()) {
    measure_ = new MeasureTool(this);
    select_ = new RectangleSelectTool(this);
    menu_ = new QMenu(window);
    menu_->setObjectName(QStringLiteral("toolsMenu"));
    group_ = new QActionGroup(this);
    group_->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);

    measureDistanceAct_ = menu_->addAction(QString());
    measureDistanceAct_->setObjectName(QStringLiteral("measureDistance"));
    measureAreaAct_ = menu_->addAction(QString());
    measureAreaAct_->setObjectName(QStringLiteral("measureArea"));
    menu_->addSeparator();
    selectRectAct_ = menu_->addAction(QString());
    selectRectAct_->setObjectName(QStringLiteral("selectRectangle"));
    for (QAction* a : {measureDistanceAct_, measureAreaAct_, selectRectAct_}) {
        a->setCheckable(true);
        group_->addAction(a);
    }
    selectExprAct_ = menu_->addAction(QString(), this, &MapToolsController::openExpressionDialog);
    selectExprAct_->setObjectName(QStringLiteral("selectExpression"));
    clearSelectionAct_ = menu_->addAction(QString(), this, [this] { window_->selection()->clear(this); });
    clearSelectionAct_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(measureDistanceAct_, &QAction::toggled, this, [this](bool on) {
        if (on) measure_->setMode(MeasureTool::Mode::Distance);
        useTool(measure_, on || measureAreaAct_->isChecked());
    });
    connect(measureAreaAct_, &QAction::toggled, this, [this](bool on) {
        if (on) measure_->setMode(MeasureTool::Mode::Area);
        useTool(measure_, on || measureDistanceAct_->isChecked());
    });
    connect(selectRectAct_, &QAction::toggled, this, [this](bool on) { useTool(select_, on); });
    connect(select_, &RectangleSelectTool::boxChosen, this,
            [this](const geo::Envelope& box, bool add) { selectInBox(box, add); });
    select_->setSelection(window->selection());
    connect(select_, &RectangleSelectTool::clickedAt, this, [this](QPointF px, Qt::KeyboardModifiers modifiers) {
        auto [layer, feature] = featureUnderCursor(*canvas_, px, selectableLayers());
        const DocumentPtr& doc = canvas_->document();
        applyClickSelection(*window_->selection(), layer >= 0 ? doc->layers[static_cast<std::size_t>(layer)].id : "",
                            feature, modifiers, this);
        applySelection(window_->selection()->all(), false);  // identify lists what is selected now
    });
    menu_->addSeparator();
    goToAct_ = menu_->addAction(QString(), this, &MapToolsController::openGoToDialog);
    goToAct_->setObjectName(QStringLiteral("goTo"));
    goToAct_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    marker_ = new GoToMarker(canvas_);

    // The panel's own mode buttons keep the menu's check in step.
    connect(measure_, &MeasureTool::measurementChanged, this, &MapToolsController::syncChecks);
    connect(canvas_, &MapCanvas::mapToolChanged, this, &MapToolsController::syncChecks);

    selectedLabel_ = new QLabel(window);
    selectedLabel_->setObjectName(QStringLiteral("selectedCount"));
    window->statusBar()->insertPermanentWidget(0, selectedLabel_);
    connect(window->selection(), &SelectionModel::changed, this, &MapToolsController::updateSelectedCount);
    window_->installEventFilter(this);
    retranslate();
}

void MapToolsController::addToToolbar(QToolBar* toolbar) {
    toolbar->addAction(measureDistanceAct_);
    toolbar->addAction(measureAreaAct_);
    toolbar->addAction(selectRectAct_);
}

QString MapToolsController::projectCrs() const {
    const DocumentPtr& doc = canvas_->document();
    if (!doc) return {};
    if (!doc->workspace.project.provinceCrs.empty()) return toQString(doc->workspace.project.provinceCrs);
    return toQString(doc->mapCrs.authorityCode);
}

bool MapToolsController::goTo(const QString& text, const QString& metresCrs, QString* error) {
    if (!canvas_->document()) {
        if (error) *error = tr("Open a project first.");
        return false;
    }
    GoToTarget target = readGoToTarget(text, metresCrs.isEmpty() ? projectCrs() : metresCrs);
    if (!target.lonLat) {
        if (error) *error = target.description;
        return false;
    }
    MapView view = canvas_->view();
    view.centre = canvas_->toMap(*target.lonLat);
    // Close enough to see where it is (1 px ≤ 10 m), never zoomed out.
    if (canvas_->document()->mapCrsIsMetres) view.resolution = std::min(view.resolution, 10.0);
    canvas_->setView(view);
    QLocale locale;
    marker_->showAt(*target.lonLat, tr("%1° N, %2° E")
                                         .arg(locale.toString(target.lonLat->y, 'f', 6),
                                              locale.toString(target.lonLat->x, 'f', 6)));
    return true;
}

void MapToolsController::openGoToDialog() {
    GoToDialog dialog(projectCrs(), window_);
    if (dialog.exec() != QDialog::Accepted) return;
    QString error;
    if (!goTo(dialog.input()->text(), dialog.metresCrsCode(), &error))
        QMessageBox::warning(window_, tr("Go to coordinate"), error);
}

std::vector<int> MapToolsController::selectableLayers() const {
    std::vector<int> out;
    const DocumentPtr& doc = canvas_->document();
    if (!doc) return out;
    const RenderSettings& settings = canvas_->renderSettings();
    auto drawn = [&](int li) {
        const DisplayLayer& l = doc->layers[static_cast<std::size_t>(li)];
        const LayerState* state = settings.find(l.id);
        return l.hasGeometry && (!state || state->visible);
    };
    int current = doc->layerIndex(window_->layersPanel()->currentLayerId());
    if (current >= 0 && drawn(current)) return {current};
    for (std::size_t i = 0; i < doc->layers.size(); ++i)
        if (drawn(static_cast<int>(i))) out.push_back(static_cast<int>(i));
    return out;
}

int MapToolsController::selectInBox(const geo::Envelope& box, bool add) {
    const DocumentPtr& doc = canvas_->document();
    if (!doc) return 0;
    std::map<std::string, std::set<int>> chosen;
    int touched = 0;
    for (int li : selectableLayers()) {
        std::vector<int> found = featuresInBox(doc->layers[static_cast<std::size_t>(li)], box);
        touched += static_cast<int>(found.size());
        if (!found.empty()) chosen[doc->layers[static_cast<std::size_t>(li)].id].insert(found.begin(), found.end());
    }
    applySelection(std::move(chosen), add);
    return touched;
}

int MapToolsController::selectByExpression(const std::string& layerId, const std::vector<geo::Condition>& conditions,
                                           bool add, QString* error) {
    const DocumentPtr& doc = canvas_->document();
    int li = doc ? doc->layerIndex(layerId) : -1;
    if (li < 0) {
        if (error) *error = tr("No layer %1 in the project.").arg(toQString(layerId));
        return -1;
    }
    try {
        std::vector<int> found = geo::selectByAttributes(doc->loaded(li).normalised, conditions);
        std::map<std::string, std::set<int>> chosen;
        if (!found.empty()) chosen[layerId].insert(found.begin(), found.end());
        applySelection(std::move(chosen), add);
        return static_cast<int>(found.size());
    } catch (const geo::Error& e) {
        if (error) *error = toQString(e.what());
        return -1;
    }
}

void MapToolsController::openExpressionDialog() {
    const DocumentPtr& doc = canvas_->document();
    if (!doc) return;
    SelectByExpressionDialog dialog(doc, window_->layersPanel()->currentLayerId(), window_);
    if (dialog.exec() != QDialog::Accepted) return;
    QString error;
    if (selectByExpression(dialog.layerId(), dialog.conditions(), dialog.addToSelection(), &error) < 0)
        QMessageBox::warning(window_, tr("Select by expression"), error);
}

void MapToolsController::applySelection(std::map<std::string, std::set<int>> chosen, bool add) {
    SelectionModel* selection = window_->selection();
    if (add)
        for (const auto& [id, features] : selection->all()) chosen[id].insert(features.begin(), features.end());
    selection->selectMany(chosen, this);
    // Identify lists what was chosen (the first ten, when many: the count is in the status bar).
    const DocumentPtr& doc = canvas_->document();
    std::vector<std::pair<int, int>> listed;
    constexpr std::size_t kListed = 10;
    for (const auto& [id, features] : selection->all())
        for (int f : features)
            if (listed.size() < kListed) listed.emplace_back(doc->layerIndex(id), f);
    if (listed.empty())
        window_->identifyPanel()->clear();
    else if (listed.size() == 1)
        window_->identifyPanel()->showFeature(doc, listed.front().first, listed.front().second);
    else
        window_->identifyPanel()->showFeatures(doc, listed);
}

void MapToolsController::updateSelectedCount() {
    std::size_t n = 0;
    for (const auto& [id, features] : window_->selection()->all()) n += features.size();
    selectedLabel_->setText(n == 0 ? QString() : tr("%n selected", nullptr, static_cast<int>(n)));
    QStringList perLayer;
    const DocumentPtr& doc = canvas_->document();
    if (doc)
        for (const auto& [id, features] : window_->selection()->all()) {
            int li = doc->layerIndex(id);
            if (li >= 0)
                perLayer << tr("%1: %2").arg(doc->layers[static_cast<std::size_t>(li)].title).arg(features.size());
        }
    selectedLabel_->setToolTip(perLayer.join(QLatin1Char('\n')));
}

void MapToolsController::useTool(MapTool* tool, bool on) {
    if (on)
        canvas_->setMapTool(tool);
    else if (canvas_->mapTool() == tool)
        canvas_->setMapTool(nullptr);
}

void MapToolsController::syncChecks() {
    MapTool* active = canvas_->mapTool();
    for (QAction* a : {measureDistanceAct_, measureAreaAct_, selectRectAct_}) a->blockSignals(true);
    measureDistanceAct_->setChecked(active == measure_ && measure_->mode() == MeasureTool::Mode::Distance);
    measureAreaAct_->setChecked(active == measure_ && measure_->mode() == MeasureTool::Mode::Area);
    selectRectAct_->setChecked(active == select_);
    for (QAction* a : {measureDistanceAct_, measureAreaAct_, selectRectAct_}) a->blockSignals(false);
}

bool MapToolsController::eventFilter(QObject* watched, QEvent* event) {
    if (watched == window_ && event->type() == QEvent::LanguageChange) retranslate();
    return QObject::eventFilter(watched, event);
}

void MapToolsController::retranslate() {
    menu_->setTitle(tr("&Tools"));
    measureDistanceAct_->setText(tr("Measure &distance"));
    measureDistanceAct_->setToolTip(tr("Measure distance: click points on the map, double-click to finish, Esc to clear"));
    measureAreaAct_->setText(tr("Measure &area"));
    measureAreaAct_->setToolTip(tr("Measure area: click the corners on the map, double-click to finish, Esc to clear"));
    selectRectAct_->setText(tr("&Select by rectangle"));
    selectRectAct_->setToolTip(tr("Select: drag a rectangle or click a feature on the map (in the layer chosen in "
                                  "the Layers panel); Shift adds to the selection, Ctrl+click toggles a feature, "
                                  "Esc clears the selection"));
    selectExprAct_->setText(tr("Select by &expression…"));
    clearSelectionAct_->setText(tr("&Clear selection"));
    goToAct_->setText(tr("&Go to coordinate…"));
    updateSelectedCount();
}

}  // namespace vt::gui
