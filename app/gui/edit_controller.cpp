#include "edit_controller.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QPushButton>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <algorithm>

#include "attribute_form.h"
#include "attribute_validation.h"
#include "document_change.h"
#include "editable_layers.h"
#include "geo/error.h"
#include "geo/export.h"
#include "geo/geometry_walk.h"
#include "geo/layer_save.h"
#include "geo/merge.h"
#include "geo/validity.h"
#include "hit_test.h"
#include "identify_dock.h"
#include "journal_recorder.h"
#include "layers_dock.h"
#include "main_window.h"
#include "quality_panel.h"
#include "selection_click.h"
#include "map_canvas.h"

namespace vt::gui {

namespace {

constexpr double kSnapTolerancePx = 10;

geo::Geometry toLonLat(const MapCanvas& canvas, geo::Geometry g) {
    geo::transformVertices(g, [&](geo::XY p) { return canvas.toLonLat(p); });
    return g;
}

}  // namespace

EditController::EditController(MainWindow* window) : QObject(window), window_(window), canvas_(window->canvas()), selection_(window->selection()) {
    tool_ = std::make_unique<EditTool>(
        window->canvas(), window->selection(),
        EditTool::Callbacks{[this](const geo::Ring& r, bool hole) { onPolygonDrawn(r, hole); },
                            [this](geo::XY p) { onPointPlaced(p); },
                            [this](int f, const geo::Geometry& g) { onGeometryChanged(f, g); },
                            [this](geo::XY map) {
                                int li = layer();
                                if (li < 0) return;
                                // The feature of the edited layer under the double-click.
                                window_->identifyAt(map.x, map.y);
                                auto sel = window_->selection()->features(session_->layerId());
                                if (!sel.empty()) openAttributeForm(*sel.begin());
                            },
                            [this](QPointF px, Qt::KeyboardModifiers modifiers) {
                                int li = layer();
                                if (li < 0) return;
                                auto [hitLayer, feature] = featureUnderCursor(*window_->canvas(), px, {li});
                                applyClickSelection(*window_->selection(), session_->layerId(),
                                                    hitLayer == li ? feature : -1, modifiers, window_->canvas());
                                if (hitLayer == li && window_->selection()->contains(session_->layerId(), feature))
                                    window_->identifyPanel()->showFeature(window_->document(), li, feature);
                            }});
    tool_->setSnapping(true, kSnapTolerancePx);

    editAct_ = new QAction(this);
    editAct_->setObjectName(QStringLiteral("editLayerAction"));
    editAct_->setCheckable(true);
    connect(editAct_, &QAction::triggered, this, [this](bool on) {
        if (on) {
            if (!startEditing(editableLayerId())) editAct_->setChecked(false);
        } else if (!stopEditing()) {
            editAct_->setChecked(true);
        }
    });
    addAct_ = new QAction(this);
    addAct_->setCheckable(true);
    vertexAct_ = new QAction(this);
    vertexAct_->setCheckable(true);
    connect(addAct_, &QAction::toggled, this, [this](bool on) {
        if (on) vertexAct_->setChecked(false), splitAct_->setChecked(false);
        tool_->setMode(on ? (session_ && session_->kind() == geo::GeometryKind::Point ? EditTool::Mode::AddPoint
                                                                                      : EditTool::Mode::AddPolygon)
                          : (vertexAct_->isChecked() ? EditTool::Mode::Vertex : EditTool::Mode::None));
    });
    connect(vertexAct_, &QAction::toggled, this, [this](bool on) {
        if (on) addAct_->setChecked(false), splitAct_->setChecked(false);
        tool_->setMode(on ? EditTool::Mode::Vertex
                          : (addAct_->isChecked() ? tool_->mode() : EditTool::Mode::None));
    });
    attributesAct_ = new QAction(this);
    connect(attributesAct_, &QAction::triggered, this, [this] {
        if (!session_) return;
        auto sel = window_->selection()->features(session_->layerId());
        if (!sel.empty()) openAttributeForm(*sel.begin());
    });
    deleteAct_ = new QAction(this);
    deleteAct_->setShortcut(QKeySequence::Delete);
    connect(deleteAct_, &QAction::triggered, this, [this] {
        if (!session_) return;
        auto sel = window_->selection()->features(session_->layerId());
        deleteFeatures(std::vector<int>(sel.begin(), sel.end()));
    });
    mergeAct_ = new QAction(this);
    connect(mergeAct_, &QAction::triggered, this, [this] {
        if (!session_) return;
        auto sel = window_->selection()->features(session_->layerId());
        mergeFeatures(std::vector<int>(sel.begin(), sel.end()));
    });
    splitTool_ = new SplitTool(
        [this](QPointF px, bool* snapped) { return tool_->snap(px, -1, snapped); },
        [this](const std::vector<geo::XY>& line) { onSplitLineDrawn(line); }, this);
    splitAct_ = new QAction(this);
    splitAct_->setObjectName(QStringLiteral("splitAction"));
    splitAct_->setCheckable(true);
    connect(splitAct_, &QAction::toggled, this, [this](bool on) {
        if (on) addAct_->setChecked(false), vertexAct_->setChecked(false);
        if (session_) window_->canvas()->setMapTool(on ? static_cast<MapTool*>(splitTool_) : tool_.get());
    });
    snapAct_ = new QAction(this);
    snapAct_->setCheckable(true);
    snapAct_->setChecked(true);
    connect(snapAct_, &QAction::toggled, this, [this](bool on) { tool_->setSnapping(on, kSnapTolerancePx); });
    saveAct_ = new QAction(this);
    connect(saveAct_, &QAction::triggered, this, [this] { saveEdits(); });

    // The editing tools on a row of their own, shown while a layer is edited
    // (as QGIS's digitizing toolbar); Edit layer itself is on the map tools toolbar.
    window->addToolBarBreak();
    toolbar_ = window->addToolBar(QString());
    toolbar_->setObjectName(QStringLiteral("editToolbar"));
    for (QAction* a : {saveAct_, addAct_, vertexAct_, attributesAct_, deleteAct_, mergeAct_, splitAct_, snapAct_})
        toolbar_->addAction(a);
    toolbar_->insertSeparator(addAct_);

    historyView_ = new QUndoView(window->undoStack());
    historyDock_ = new QDockWidget(window);
    historyDock_->setObjectName(QStringLiteral("historyDock"));
    historyDock_->setWidget(historyView_);
    window->addDockWidget(Qt::RightDockWidgetArea, historyDock_);
    historyDock_->hide();  // shown when editing starts; View menu toggles it
    setUpJournal();

    connect(window, &MainWindow::documentChanged, this, &EditController::onDocumentChanged);
    // An emptied History (a project opened again, a save that renumbered the
    // file's features): what is on disk now is the base of the next save.
    connect(window->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!selection_ || window_->undoStack()->count() > 0) return;
        stamps_.clear();
        stampSources();
        DocumentPtr doc = window_->document();
        if (session_ && doc && session_->layerIndex(*doc) >= 0) {
            std::string id = session_->layerId();
            session_ = std::make_unique<EditSession>(*doc, id);
            if (stamps_[id].stamp) session_->setStamp(*stamps_[id].stamp);
            recorder_->rebase(*doc, stamps_[id].stamp);
        }
        updateActions();
    });
    connect(window->selection(), &SelectionModel::changed, this, &EditController::updateActions);
    retranslate();
    updateActions();
}

EditController::~EditController() {
    // The window deletes the canvas (an older child) before this controller.
    if (canvas_ && (canvas_->mapTool() == tool_.get() || canvas_->mapTool() == splitTool_)) canvas_->setMapTool(nullptr);
}

void EditController::retranslate() {
    editAct_->setText(tr("Edit layer"));
    editAct_->setToolTip(tr("Edit the planting areas or the cooperatives (the layer chosen in the layers panel)"));
    addAct_->setText(session_ && session_->kind() == geo::GeometryKind::Point ? tr("Add point") : tr("Add polygon"));
    addAct_->setToolTip(tr("Click the vertices; double-click or Enter finishes, Backspace takes a vertex back, Esc "
                           "cancels. Hold Ctrl on the first vertex to cut a hole in the selected polygon."));
    vertexAct_->setText(tr("Vertex tool"));
    vertexAct_->setToolTip(tr("Drag a vertex of the selected feature; double-click an edge to add one, Shift-click "
                              "a vertex to delete it"));
    attributesAct_->setText(tr("Edit attributes…"));
    deleteAct_->setText(tr("Delete features"));
    mergeAct_->setText(tr("Merge features"));
    mergeAct_->setToolTip(tr("One polygon from the selected ones: the first keeps its attributes, the others are deleted"));
    splitAct_->setText(tr("Split features"));
    splitAct_->setToolTip(tr("Draw a line across the selected planting areas (or any, when none is selected): click "
                             "the vertices, double-click or Enter finishes. The largest part keeps the code; the "
                             "others get the next free codes, shown for confirmation."));
    snapAct_->setText(tr("Snapping"));
    snapAct_->setToolTip(tr("Snap to vertices and edges of other plots and of zone borders within %1 px")
                             .arg(kSnapTolerancePx));
    saveAct_->setText(tr("Save edits"));
    toolbar_->setWindowTitle(tr("Editing"));
    historyDock_->setWindowTitle(tr("History"));
    historyView_->setEmptyLabel(tr("<opened>"));
    retranslateJournal();
    updateActions();
}

int EditController::layer() const {
    DocumentPtr doc = window_->document();
    return doc && session_ ? session_->layerIndex(*doc) : -1;
}

std::string EditController::editableLayerId() const {
    DocumentPtr doc = window_->document();
    if (!doc) return {};
    int current = doc->layerIndex(window_->layersPanel()->currentLayerId());
    if (isEditableLayer(*doc, current)) return doc->layers[static_cast<std::size_t>(current)].id;
    return doc->plantings >= 0 ? doc->layers[static_cast<std::size_t>(doc->plantings)].id : std::string();
}

bool EditController::startEditing(const std::string& layerId) {
    DocumentPtr doc = window_->document();
    int li = doc ? doc->layerIndex(layerId) : -1;
    if (!isEditableLayer(*doc, li)) {
        fail(tr("Cannot edit"), tr("Only the planting areas, the cooperatives and tables without geometry (investments, "
                                   "registers) can be edited."));
        return false;
    }
    if (session_) stopEditing();
    if (session_) return false;
    session_ = std::make_unique<EditSession>(*doc, layerId);
    sessionProject_ = doc->workspace.project.filePath;
    if (auto it = stamps_.find(layerId); it != stamps_.end() && it->second.stamp) session_->setStamp(*it->second.stamp);
    recorder_->begin(*doc, layerId, session_->stamp());
    tool_->setLayer(layerId);
    tool_->setMode(EditTool::Mode::None);
    window_->canvas()->setMapTool(tool_.get());
    editAct_->setChecked(true);
    historyDock_->show();
    retranslate();
    window_->statusBar()->showMessage(tr("Editing %1").arg(doc->layers[static_cast<std::size_t>(li)].title), 4000);
    return true;
}

bool EditController::stopEditing(bool discard) {
    if (!session_) return true;
    DocumentPtr doc = window_->document();
    if (doc && session_->hasEdits(*doc)) {
        if (window_->isInteractive()) {
            QMessageBox box(QMessageBox::Question, tr("Stop editing"),
                            tr("%1 has edits that are not saved to its file.")
                                .arg(doc->layers[static_cast<std::size_t>(layer())].title),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, window_);
            box.button(QMessageBox::Save)->setEnabled(saveAct_->isEnabled());
            box.button(QMessageBox::Save)->setToolTip(saveAct_->toolTip());
            int answer = box.exec();
            if (answer == QMessageBox::Cancel) return false;
            if (answer == QMessageBox::Save && !saveEdits()) return false;
            discard = answer == QMessageBox::Discard;
        }
        if (session_->hasEdits(*window_->document())) {
            if (!discard) return false;
            // Back to the features as they were, as one more undoable step.
            if (!push(session_->original(), tr("discard edits of %1").arg(toQString(session_->layerId())))) return false;
        }
    }
    journalStopped();
    session_.reset();
    window_->canvas()->setMapTool(nullptr);
    window_->canvas()->unsetCursor();
    addAct_->setChecked(false);
    vertexAct_->setChecked(false);
    splitAct_->setChecked(false);
    editAct_->setChecked(false);
    updateActions();
    return true;
}

void EditController::onDocumentChanged() {
    if (!selection_) return;
    DocumentPtr doc = window_->document();
    stampSources();
    // Another project, or a layer no longer there: the session ends with it.
    if (session_ && (!doc || session_->layerIndex(*doc) < 0 || doc->workspace.project.filePath != sessionProject_)) {
        recorder_->end();  // no mark: its unsaved edits stay recoverable
        session_.reset();
        window_->canvas()->setMapTool(nullptr);
        editAct_->setChecked(false);
        addAct_->setChecked(false);
        vertexAct_->setChecked(false);
        splitAct_->setChecked(false);
    }
    if (session_ && doc) journalDocument();  // every change of the edited layer, undo and redo too
    updateActions();
}

void EditController::updateActions() {
    if (!selection_) return;  // the window is being destroyed
    bool editing = session_ != nullptr;
    toolbar_->setVisible(editing);
    DocumentPtr doc = window_->document();
    editAct_->setEnabled(doc && (doc->plantings >= 0 || doc->cooperatives >= 0 ||
                                 std::any_of(doc->layers.begin(), doc->layers.end(), [&](const DisplayLayer& l) {
                                     return isAttributeTable(*doc, doc->layerIndex(l.id));
                                 })));
    bool selected = editing && !window_->selection()->features(session_->layerId()).empty();
    // A table's rows have no geometry to draw or reshape: their attributes are edited in the form.
    const bool geometryEditing = editing && session_->kind() != geo::GeometryKind::None;
    addAct_->setEnabled(geometryEditing);
    vertexAct_->setEnabled(geometryEditing);
    attributesAct_->setEnabled(selected);
    deleteAct_->setEnabled(selected);
    mergeAct_->setEnabled(editing && session_->kind() == geo::GeometryKind::Polygon &&
                          window_->selection()->features(session_->layerId()).size() >= 2);
    splitAct_->setEnabled(editing && session_->kind() == geo::GeometryKind::Polygon);
    snapAct_->setEnabled(geometryEditing);
    const Stamp* stamp = editing && stamps_.count(session_->layerId()) ? &stamps_.at(session_->layerId()) : nullptr;
    bool canSave = editing && stamp && stamp->stamp;
    saveAct_->setEnabled(canSave);
    saveAct_->setToolTip(!editing ? tr("Write the edits to the layer's file")
                         : canSave ? tr("Write the edits to %1").arg(toQString(stamp->path))
                                   : tr("This layer cannot be saved to its source: %1")
                                         .arg(stamp ? stamp->problem : tr("it was not read from a file")));
}

void EditController::fail(const QString& title, const QString& message) {
    lastError_ = message;
    if (window_->isInteractive()) QMessageBox::warning(window_, title, message);
    else window_->statusBar()->showMessage(message, 6000);
}

std::optional<geo::Geometry> EditController::checkedGeometry(const geo::Geometry& lonLat) {
    lastNotice_.clear();
    if (lonLat.isEmpty()) {
        fail(tr("Geometry refused"), tr("The geometry is empty."));
        return std::nullopt;
    }
    if (session_->kind() == geo::GeometryKind::Point) {
        if (lonLat.kind != geo::GeometryKind::Point) {
            fail(tr("Geometry refused"), tr("This layer holds points."));
            return std::nullopt;
        }
        return lonLat;
    }
    if (lonLat.kind != geo::GeometryKind::Polygon) {
        fail(tr("Geometry refused"), tr("This layer holds polygons."));
        return std::nullopt;
    }
    geo::ValidityCheck check = geo::checkValidity(lonLat);
    if (check.valid) return lonLat;
    geo::RepairResult repaired = geo::makeValid(lonLat);
    if (repaired.geometry.isEmpty()) {
        fail(tr("Geometry refused"), tr("The polygon is not valid (%1) and nothing is left once repaired.")
                                         .arg(toQString(check.reason)));
        return std::nullopt;
    }
    lastNotice_ = tr("The polygon was not valid (%1) and was repaired: %2")
                      .arg(toQString(check.reason), toQString(repaired.what));
    window_->statusBar()->showMessage(lastNotice_, 8000);
    return repaired.geometry;
}

bool EditController::push(std::vector<geo::Feature> features, const QString& text) {
    DocumentPtr doc = window_->document();
    int li = layer();
    if (!doc || li < 0) return false;
    std::shared_ptr<Document> updated;
    try {
        updated = withLayerFeatures(*doc, li, std::move(features));
    } catch (const geo::Error& e) {
        fail(tr("Cannot apply the edit"), toQString(e.what()));
        return false;
    }
    // DocumentChange holds mutable documents; the window's is only shared read-only.
    auto before = std::const_pointer_cast<Document>(doc);
    window_->undoStack()->push(new DocumentChange(window_, before, updated, text));
    return true;
}

void EditController::reportChecks(std::int64_t fid) {
    lastChecks_.clear();
    DocumentPtr doc = window_->document();
    int li = layer();
    if (!doc || li < 0 || !doc->quality) return;
    int feature = featureIndexOfFid(*doc, li, fid);
    std::string code = feature >= 0 && li == doc->plantings ? toStd(doc->text(li, feature, doc->plantingCodeField))
                       : feature >= 0 && li == doc->cooperatives ? toStd(doc->text(li, feature, doc->coopKeyField))
                                                                 : std::string();
    for (const geo::Finding& f : doc->quality->findings) {
        if (f.layerId != session_->layerId()) continue;
        auto other = f.facts.find("other_code");  // an overlap is reported on the first of the two
        bool about = f.fid == fid || (!code.empty() && other != f.facts.end() && other->second == code);
        if (!about) continue;
        // Reported on the other feature: name it.
        QString whose = f.fid == fid || f.code.empty() ? QString() : toQString(f.code) + QStringLiteral(" — ");
        lastChecks_ << whose + QualityModel::kindLabel(f.kind) + QStringLiteral(": ") + QualityModel::details(f);
    }
    // A repair notice (checkedGeometry) comes first.
    QStringList shown;
    if (!lastNotice_.isEmpty()) shown << lastNotice_;
    if (!lastChecks_.isEmpty()) shown << tr("Check: %1").arg(lastChecks_.join(QStringLiteral("; ")));
    if (!shown.isEmpty()) window_->statusBar()->showMessage(shown.join(QStringLiteral(" ")), 15000);
}

std::vector<geo::Value> EditController::defaultAttributes() const {
    DocumentPtr doc = window_->document();
    return std::vector<geo::Value>(doc->loaded(layer()).normalised.fields.size());
}

bool EditController::addFeature(const geo::Geometry& lonLat, const std::vector<geo::Value>& attributes) {
    lastError_.clear();
    if (!session_ || layer() < 0) return false;
    DocumentPtr doc = window_->document();
    auto geometry = checkedGeometry(lonLat);
    if (!geometry) return false;
    std::int64_t fid = session_->newFid();
    auto problems = AttributeValidation::check(*doc, layer(), fid, attributes);
    if (!problems.empty()) {
        fail(tr("Feature refused"), problems.front().message);
        return false;
    }
    std::vector<geo::Feature> features = doc->loaded(layer()).normalised.features;
    geo::Feature f;
    f.fid = fid;
    f.attributes = attributes;
    f.attributes.resize(doc->loaded(layer()).normalised.fields.size());
    f.geometry = *geometry;
    features.push_back(std::move(f));
    if (!push(std::move(features), tr("add feature to %1").arg(toQString(session_->layerId())))) return false;
    reportChecks(fid);
    return true;
}

bool EditController::setAttributes(int feature, const std::vector<geo::Value>& attributes) {
    lastError_.clear();
    DocumentPtr doc = window_->document();
    int li = layer();
    if (li < 0 || feature < 0 || feature >= static_cast<int>(doc->loaded(li).normalised.features.size())) return false;
    std::vector<geo::Feature> features = doc->loaded(li).normalised.features;
    geo::Feature& f = features[static_cast<std::size_t>(feature)];
    auto problems = AttributeValidation::check(*doc, li, f.fid, attributes);
    if (!problems.empty()) {
        fail(tr("Edit refused"), problems.front().message);
        return false;
    }
    f.attributes = attributes;
    f.attributes.resize(doc->loaded(li).normalised.fields.size());
    const std::int64_t fid = f.fid;
    if (!push(std::move(features), tr("edit attributes of feature %1").arg(fid))) return false;
    reportChecks(fid);
    return true;
}

bool EditController::setGeometry(int feature, const geo::Geometry& lonLat) {
    lastError_.clear();
    DocumentPtr doc = window_->document();
    int li = layer();
    if (li < 0 || feature < 0 || feature >= static_cast<int>(doc->loaded(li).normalised.features.size())) return false;
    auto geometry = checkedGeometry(lonLat);
    if (!geometry) return false;
    std::vector<geo::Feature> features = doc->loaded(li).normalised.features;
    features[static_cast<std::size_t>(feature)].geometry = *geometry;
    const std::int64_t fid = features[static_cast<std::size_t>(feature)].fid;
    if (!push(std::move(features), tr("edit geometry of feature %1").arg(fid))) return false;
    reportChecks(fid);
    return true;
}

bool EditController::deleteFeatures(std::vector<int> indexes) {
    lastError_.clear();
    DocumentPtr doc = window_->document();
    int li = layer();
    if (li < 0 || indexes.empty()) return false;
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    std::vector<geo::Feature> features = doc->loaded(li).normalised.features;
    for (auto it = indexes.rbegin(); it != indexes.rend(); ++it)
        if (*it >= 0 && *it < static_cast<int>(features.size())) features.erase(features.begin() + *it);
    return push(std::move(features), tr("delete %n feature(s)", nullptr, static_cast<int>(indexes.size())));
}

bool EditController::mergeFeatures(std::vector<int> indexes) {
    lastError_.clear();
    DocumentPtr doc = window_->document();
    int li = layer();
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    if (li < 0 || indexes.size() < 2 || session_->kind() != geo::GeometryKind::Polygon) return false;
    std::vector<geo::Feature> features = doc->loaded(li).normalised.features;
    std::vector<geo::Geometry> parts;
    std::string fids;
    for (int i : indexes) {
        if (i < 0 || i >= static_cast<int>(features.size())) return false;
        parts.push_back(features[static_cast<std::size_t>(i)].geometry);
        fids += (fids.empty() ? "" : ", ") + std::to_string(features[static_cast<std::size_t>(i)].fid);
    }
    geo::Geometry merged;
    try {
        merged = geo::unionOfPolygons(parts, "layer '" + session_->layerId() + "', FIDs " + fids);
    } catch (const geo::Error& e) {
        fail(tr("Cannot merge"), toQString(e.what()));
        return false;
    }
    auto geometry = checkedGeometry(merged);
    if (!geometry) return false;
    const std::int64_t keep = features[static_cast<std::size_t>(indexes.front())].fid;
    features[static_cast<std::size_t>(indexes.front())].geometry = *geometry;
    for (auto it = indexes.rbegin(); it + 1 != indexes.rend(); ++it) features.erase(features.begin() + *it);
    if (!push(std::move(features), tr("merge %n feature(s)", nullptr, static_cast<int>(indexes.size())))) return false;
    reportChecks(keep);
    return true;
}

void EditController::openAttributeForm(int feature) {
    DocumentPtr doc = window_->document();
    int li = layer();
    if (li < 0 || feature < 0 || feature >= static_cast<int>(doc->loaded(li).normalised.features.size())) return;
    const geo::Feature& f = doc->loaded(li).normalised.features[static_cast<std::size_t>(feature)];
    AttributeForm form(doc, li, f.fid, f.attributes, window_);
    if (form.exec() == QDialog::Accepted) setAttributes(feature, form.values());
}

void EditController::onPolygonDrawn(const geo::Ring& mapRing, bool hole) {
    if (!session_) return;
    geo::Polygon poly;
    poly.rings.push_back(mapRing);
    geo::Geometry lonLat = toLonLat(*window_->canvas(), geo::Geometry::polygon(poly));
    if (hole) {
        // A hole in the selected polygon: the polygon of it that holds the ring.
        auto sel = window_->selection()->features(session_->layerId());
        if (sel.empty()) {
            fail(tr("Geometry refused"), tr("Select the polygon to cut the hole in first."));
            return;
        }
        int feature = *sel.begin();
        geo::Geometry g = window_->document()->loaded(layer()).normalised.features[static_cast<std::size_t>(feature)].geometry;
        if (g.polygons.empty()) return;
        g.polygons.front().rings.push_back(lonLat.polygons.front().rings.front());
        setGeometry(feature, g);
        return;
    }
    DocumentPtr doc = window_->document();
    std::int64_t nextFid = -1;
    for (const auto& f : doc->loaded(layer()).normalised.features) nextFid = std::min(nextFid, f.fid - 1);
    AttributeForm form(doc, layer(), nextFid, defaultAttributes(), window_);
    form.setWindowTitle(tr("New planting area"));
    if (form.exec() == QDialog::Accepted) addFeature(lonLat, form.values());
}

void EditController::onPointPlaced(geo::XY map) {
    if (!session_) return;
    geo::Geometry lonLat = geo::Geometry::point(window_->canvas()->toLonLat(map));
    DocumentPtr doc = window_->document();
    AttributeForm form(doc, layer(), -1, defaultAttributes(), window_);
    form.setWindowTitle(tr("New cooperative"));
    if (form.exec() == QDialog::Accepted) addFeature(lonLat, form.values());
}

void EditController::onGeometryChanged(int feature, const geo::Geometry& map) {
    if (!session_) return;
    setGeometry(feature, toLonLat(*window_->canvas(), map));
}

}  // namespace vt::gui
