#include "map_tools_controller.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>

#include "document.h"
#include "goto_dialog.h"
#include "map_canvas.h"
#include "measure_tool.h"

namespace vt::gui {

MapToolsController::MapToolsController(QWidget* window, MapCanvas* canvas)
    : QObject(window), window_(window), canvas_(canvas) {
    measure_ = new MeasureTool(this);
    menu_ = new QMenu(window);
    menu_->setObjectName(QStringLiteral("toolsMenu"));
    group_ = new QActionGroup(this);
    group_->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);

    measureDistanceAct_ = menu_->addAction(QString());
    measureDistanceAct_->setObjectName(QStringLiteral("measureDistance"));
    measureAreaAct_ = menu_->addAction(QString());
    measureAreaAct_->setObjectName(QStringLiteral("measureArea"));
    for (QAction* a : {measureDistanceAct_, measureAreaAct_}) {
        a->setCheckable(true);
        group_->addAction(a);
    }
    connect(measureDistanceAct_, &QAction::toggled, this, [this](bool on) {
        if (on) measure_->setMode(MeasureTool::Mode::Distance);
        useTool(measure_, on || measureAreaAct_->isChecked());
    });
    connect(measureAreaAct_, &QAction::toggled, this, [this](bool on) {
        if (on) measure_->setMode(MeasureTool::Mode::Area);
        useTool(measure_, on || measureDistanceAct_->isChecked());
    });
    menu_->addSeparator();
    goToAct_ = menu_->addAction(QString(), this, &MapToolsController::openGoToDialog);
    goToAct_->setObjectName(QStringLiteral("goTo"));
    goToAct_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    marker_ = new GoToMarker(canvas_);

    // The panel's own mode buttons keep the menu's check in step.
    connect(measure_, &MeasureTool::measurementChanged, this, &MapToolsController::syncChecks);
    connect(canvas_, &MapCanvas::mapToolChanged, this, &MapToolsController::syncChecks);
    window_->installEventFilter(this);
    retranslate();
}

void MapToolsController::addToToolbar(QToolBar* toolbar) {
    toolbar->addAction(measureDistanceAct_);
    toolbar->addAction(measureAreaAct_);
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
    if (!goTo(dialog.input()->text(), dialog.metresCrsCode(), &error)) QMessageBox::warning(window_, tr("Go to coordinate"), error);
}

void MapToolsController::useTool(MapTool* tool, bool on) {
    if (on)
        canvas_->setMapTool(tool);
    else if (canvas_->mapTool() == tool)
        canvas_->setMapTool(nullptr);
}

void MapToolsController::syncChecks() {
    const QSignalBlocker block(group_);
    bool measuring = canvas_->mapTool() == measure_;
    for (QAction* a : {measureDistanceAct_, measureAreaAct_}) a->blockSignals(true);
    measureDistanceAct_->setChecked(measuring && measure_->mode() == MeasureTool::Mode::Distance);
    measureAreaAct_->setChecked(measuring && measure_->mode() == MeasureTool::Mode::Area);
    for (QAction* a : {measureDistanceAct_, measureAreaAct_}) a->blockSignals(false);
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
    goToAct_->setText(tr("&Go to coordinate…"));
}

}  // namespace vt::gui
