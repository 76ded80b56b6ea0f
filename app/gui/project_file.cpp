// File ▸ Open project, Open recent, Save, Save as and projects or layers
// dropped on the window. MainWindow's members for this live here (what
// "changed" means and New project / Project settings: project_state.cpp).
#include <QAction>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include "app_settings.h"
#include "geo/error.h"
#include "geo/project.h"
#include "edit_controller.h"
#include "main_window.h"
#include "map_canvas.h"

namespace vt::gui {

namespace {

const QStringList& layerSuffixes() {
    static const QStringList s = {QStringLiteral("shp"),  QStringLiteral("gpkg"), QStringLiteral("geojson"),
                                  QStringLiteral("json"), QStringLiteral("csv"),  QStringLiteral("xlsx"),
                                  QStringLiteral("tif"),  QStringLiteral("tiff"), QStringLiteral("mbtiles")};
    return s;
}

}  // namespace

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
    editController_->offerRecovery();  // edits a crashed VungTrong left unsaved (edit journal)
    return true;
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

bool MainWindow::saveProjectAs() {
    if (!doc_) return false;
    QString path = QFileDialog::getSaveFileName(this, tr("Save project"), toQString(doc_->workspace.project.filePath),
                                                tr("VungTrong projects (*.vtproj)"));
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".vtproj");
    return saveProject(path);
}

void MainWindow::chooseAndOpenProject() {
    QString start = appSettings().value(QStringLiteral("lastFolder")).toString();
    QString path = QFileDialog::getOpenFileName(this, tr("Open project"), start, tr("VungTrong projects (*.vtproj)"));
    if (path.isEmpty()) return;
    appSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    openProject(path);
}

void MainWindow::addRecent(const QString& path) {
    QSettings s = appSettings();
    QStringList recent = s.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8) recent.removeLast();
    s.setValue(QStringLiteral("recentProjects"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    recentMenu_->clear();
    QStringList recent = appSettings().value(QStringLiteral("recentProjects")).toStringList();
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

}  // namespace vt::gui
