// Unsaved changes and Save / Save As (project_state.h). A project counts as
// changed while the undo stack is not at its clean index, or while the map's
// arrangement differs from what was last opened or saved; closing the window
// or opening another project then asks Save / Don't save / Cancel.
#include "project_state.h"

#include <QDir>
#include <cmath>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

#include "geo/error.h"
#include "geo/postgis.h"
#include "geo/project.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_project.h"
#include "new_project_wizard.h"

namespace vt::gui {

UnsavedAnswer askAboutUnsavedChanges(QWidget* parent, const QString& projectName) {
    QMessageBox box(QMessageBox::Warning, MainWindow::tr("Unsaved changes"),
                    MainWindow::tr("The project “%1” has changes that are not saved.").arg(projectName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(MainWindow::tr("Save them before going on?"));
    box.button(QMessageBox::Save)->setText(MainWindow::tr("&Save"));
    box.button(QMessageBox::Discard)->setText(MainWindow::tr("&Don't save"));
    box.button(QMessageBox::Cancel)->setText(MainWindow::tr("Cancel"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
        case QMessageBox::Save: return UnsavedAnswer::Save;
        case QMessageBox::Discard: return UnsavedAnswer::Discard;
        default: return UnsavedAnswer::Cancel;
    }
}

std::shared_ptr<Document> loadDocumentAsSaved(const std::string& projectPath, const geo::ProgressFn& progress) {
    const std::string statisticsBy = geo::loadProject(projectPath).view.statisticsBy;
    if (statisticsBy.empty()) return loadDocument(projectPath, progress);
    BuildOptions options;
    options.zonesLayerId = statisticsBy;
    std::shared_ptr<Document> doc;
    try {
        doc = loadDocument(projectPath, progress, options);
    } catch (const geo::Error&) {
        return loadDocument(projectPath, progress);  // the layer did not load: by the zones layer
    }
    if (doc->statistics) return doc;
    return buildDocument(doc->workspace, progress);  // statistics by it failed: by the zones layer
}

std::string mapCrsId(const Document& doc) {
    return doc.mapCrs.authorityCode.empty() ? doc.mapCrs.definition : doc.mapCrs.authorityCode;
}

geo::Project projectMovedTo(geo::Project project, const std::string& newFilePath) {
    const QDir from(toQString(project.folder()));
    const QDir to(QFileInfo(toQString(newFilePath)).absolutePath());
    auto rebase = [&](std::string& path) {
        if (path.empty() || geo::isPgName(path)) return;
        QString p = toQString(path);
        if (QDir::isAbsolutePath(p) || p.contains(QStringLiteral("://")) || p.startsWith(QStringLiteral("/vsi")))
            return;
        QString absolute = QDir::cleanPath(from.absoluteFilePath(p));
        QString relative = to.relativeFilePath(absolute);
        path = toStd(QDir::isAbsolutePath(relative) ? absolute : relative);
    };
    if (!project.filePath.empty()) {
        for (auto& layer : project.layers) rebase(layer.path);
        for (auto& basemap : project.basemaps) rebase(basemap.path);
        for (auto& basemap : project.basemaps) rebase(basemap.cache);
        if (project.crosswalk) rebase(project.crosswalk->path);
    }
    project.filePath = toStd(QFileInfo(toQString(newFilePath)).absoluteFilePath());
    return project;
}

geo::Project MainWindow::projectAsArranged() const {
    if (!doc_) return {};
    geo::Project project = doc_->workspace.project;
    mapToProject(*doc_, canvas_->renderSettings(), project);  // styles, visibility, order
    if (doc_->zones >= 0) {  // else keep what the file said: its layer did not load
        const std::string& by = doc_->layers[static_cast<std::size_t>(doc_->zones)].id;
        const geo::LayerSpec* zonesLayer = project.firstWithRole(geo::LayerRole::Zones);
        project.view.statisticsBy = zonesLayer && zonesLayer->id == by ? std::string() : by;
    }
    const MapView view = canvas_->view();
    if (view == savedView_ && project.view.hasExtent()) return project;  // not moved: the extent as it was read
    const geo::Envelope e = view.envelope();
    const std::string crs = mapCrsId(*doc_);
    project.view.extentCrs.clear();
    if (!crs.empty() && !view.size.isEmpty() && e.minX < e.maxX && e.minY < e.maxY) {
        // To the centimetre (1e-7° ≈ 1 cm): no float noise in the file.
        const double step = doc_->mapCrsIsMetres ? 0.01 : 1e-7;
        auto rounded = [step](double v) { return std::round(v / step) * step; };
        project.view.extentCrs = crs;
        project.view.minX = rounded(e.minX);
        project.view.minY = rounded(e.minY);
        project.view.maxX = rounded(e.maxX);
        project.view.maxY = rounded(e.maxY);
    }
    return project;
}

std::string MainWindow::arrangementText() const {
    if (!doc_) return {};
    geo::Project project = projectAsArranged();
    project.view.extentCrs.clear();  // panning is not a change worth a question
    project.view.minX = project.view.minY = project.view.maxX = project.view.maxY = 0;
    try {
        return geo::projectToJson(project);
    } catch (const geo::Error& e) {  // a layer geo/ cannot write: Save will say so
        return e.what();
    }
}

void MainWindow::updateModified() {
    setWindowModified(doc_ && (!undoStack_->isClean() || arrangementText() != savedArrangement_));
}

void MainWindow::markSaved() {
    undoStack_->setClean();
    savedView_ = canvas_->view();
    savedArrangement_ = arrangementText();
    setWindowModified(false);
}

void MainWindow::restoreSavedView() {
    if (!doc_) return;
    const geo::ProjectView& v = doc_->workspace.project.view;
    if (!v.hasExtent() || v.extentCrs != mapCrsId(*doc_)) return;  // another map CRS now: the full extent
    geo::Envelope e;
    e.expand(geo::XY{v.minX, v.minY});
    e.expand(geo::XY{v.maxX, v.maxY});
    canvas_->setView(MapView::fit(e, canvas_->size(), 0));
}

bool MainWindow::saveOrSaveAs() {
    if (!doc_) return false;
    if (doc_->workspace.project.filePath.empty()) return saveProjectAs();
    return saveProject(toQString(doc_->workspace.project.filePath));
}

bool MainWindow::maybeSaveChanges() {
    if (!doc_ || !isWindowModified()) return true;
    QString name = toQString(doc_->workspace.project.name);
    if (name.isEmpty()) name = QFileInfo(toQString(doc_->workspace.project.filePath)).fileName();
    UnsavedAnswer answer = unsavedPrompt_ ? unsavedPrompt_(name)
                           : interactive_ ? askAboutUnsavedChanges(this, name)
                                          : UnsavedAnswer::Discard;  // tests that set no prompt: as before
    switch (answer) {
        case UnsavedAnswer::Save: return saveOrSaveAs();
        case UnsavedAnswer::Discard: return true;
        case UnsavedAnswer::Cancel: return false;
    }
    return false;
}

void MainWindow::newProject() {
    if (!maybeSaveChanges()) return;
    NewProjectWizard wizard(this);
    if (doc_ && !doc_->workspace.project.province.empty())
        wizard.setProvince(toQString(doc_->workspace.project.province));  // likely the same office
    if (wizard.exec() != QDialog::Accepted) return;
    markSaved();  // the user answered about the old project's changes already
    openProject(wizard.projectPath());
}

void MainWindow::editProjectSettings() {
    if (!doc_ || !maybeSaveChanges()) return;
    NewProjectWizard wizard(this);
    geo::Project project = projectAsArranged();
    if (project.filePath.empty()) {
        showError(tr("Project settings"), tr("Save the project first."));
        return;
    }
    wizard.loadFrom(project);
    if (wizard.exec() != QDialog::Accepted) return;
    markSaved();
    openProject(wizard.projectPath());
}

}  // namespace vt::gui
