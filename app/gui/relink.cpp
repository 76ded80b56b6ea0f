// Layers of a project that could not be read when it opened: said in a
// dialog (not only in the Messages dock, relink_dialog.h) that finds each
// file again or drops the layer. A relinked path is used at once and written to the project only
// when the user saves it (the change is on the undo stack, and the window
// shows the project as changed).
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QUndoStack>
#include <QPlainTextEdit>

#include "document_change.h"
#include "geo/error.h"
#include "geo/source_path.h"
#include "main_window.h"
#include "relink.h"
#include "relink_dialog.h"

namespace vt::gui {

std::vector<MissingLayerInfo> missingLayers(const geo::Workspace& ws) {
    std::vector<MissingLayerInfo> out;
    for (const auto& spec : ws.project.layers) {
        if (ws.find(spec.id)) continue;
        for (const auto& issue : ws.issues)
            if (issue.layerId == spec.id && issue.severity == geo::LoadIssue::Severity::Error) {
                out.push_back({spec.id, spec.path, issue.message});
                break;
            }
    }
    return out;
}

geo::Workspace relinkedWorkspace(geo::Workspace ws, const std::string& layerId, const std::string& path,
                                 const geo::ProgressFn& progress) {
    geo::LayerSpec* spec = nullptr;
    for (auto& l : ws.project.layers)
        if (l.id == layerId) spec = &l;
    if (!spec) throw geo::Error("no layer '" + layerId + "' in the project");
    spec->path = path;
    if (progress && !progress(0.1, "reading " + layerId)) throw geo::Cancelled();
    geo::Workspace one;  // the layer's own issues, as loadWorkspace would record them
    geo::addLayer(one, geo::loadLayer(ws.project, *spec));
    std::erase_if(ws.issues, [&](const geo::LoadIssue& i) { return i.layerId == layerId; });
    std::erase_if(ws.layers, [&](const geo::LoadedLayer& l) { return l.spec.id == layerId; });
    ws.issues.insert(ws.issues.end(), one.issues.begin(), one.issues.end());
    // In project order, as loadWorkspace puts it.
    auto order = [&](const std::string& id) {
        for (std::size_t i = 0; i < ws.project.layers.size(); ++i)
            if (ws.project.layers[i].id == id) return i;
        return ws.project.layers.size();
    };
    std::size_t mine = order(layerId);
    auto at = std::find_if(ws.layers.begin(), ws.layers.end(),
                           [&](const geo::LoadedLayer& l) { return order(l.spec.id) > mine; });
    ws.layers.insert(at, std::move(one.layers.front()));
    return ws;
}

QString MainWindow::missingLayersText(const std::vector<MissingLayerInfo>& missing) {
    QString text = tr("These layers of the project could not be read; the map and the statistics lack them:");
    for (const auto& m : missing)
        text += QStringLiteral("\n\n• ") + tr("%1 (%2): %3").arg(toQString(m.layerId), toQString(m.path), toQString(m.reason));
    text += QStringLiteral("\n\n") +
            tr("Relink… lets you find each file; the new path is used now and kept in the project when you save it.");
    return text;
}

void MainWindow::reportMissingLayers() {
    missingNotice_.clear();
    if (!doc_) return;
    std::vector<MissingLayerInfo> missing = missingLayers(doc_->workspace);
    if (missing.empty()) return;
    missingNotice_ = missingLayersText(missing);
    if (!interactive_) return;  // tests read missingLayersNotice() and drive RelinkDialog themselves
    RelinkDialog dialog(missing, toQString(doc_->workspace.project.folder()), this);
    if (dialog.exec() != QDialog::Accepted) return;
    relinkLayers(dialog.choices());
}

geo::Workspace workspaceWithout(geo::Workspace ws, const std::string& layerId) {
    std::erase_if(ws.project.layers, [&](const geo::LayerSpec& l) { return l.id == layerId; });
    std::erase_if(ws.project.drawOrder, [&](const std::string& id) { return id == layerId; });
    if (ws.project.view.statisticsBy == layerId) ws.project.view.statisticsBy.clear();
    std::erase_if(ws.issues, [&](const geo::LoadIssue& i) { return i.layerId == layerId; });
    std::erase_if(ws.layers, [&](const geo::LoadedLayer& l) { return l.spec.id == layerId; });
    return ws;
}

bool MainWindow::relinkLayers(const std::vector<RelinkChoice>& choices) {
    if (!doc_) return false;
    struct Step {
        std::string layerId;
        bool drop = false;
        std::string path;  // as the project will write it
    };
    std::vector<Step> steps;
    QStringList names;
    for (const RelinkChoice& c : choices) {
        if (c.action == RelinkChoice::Action::Keep) continue;
        if (!doc_->workspace.project.findLayer(c.layerId)) {
            showError(tr("Cannot relink layer"), tr("The project has no layer %1.").arg(toQString(c.layerId)));
            return false;
        }
        Step step{c.layerId, c.action == RelinkChoice::Action::Drop, {}};
        if (!step.drop) step.path = projectRelativePath(doc_->workspace.project, c.newPath);
        steps.push_back(std::move(step));
        names << toQString(c.layerId);
    }
    if (steps.empty()) return true;
    auto ws = std::make_shared<geo::Workspace>(doc_->workspace);
    BuildOptions build;  // statistics stay by the layer the user chose, unless it is dropped or relinked
    if (doc_->zones >= 0) build.zonesLayerId = doc_->layers[static_cast<std::size_t>(doc_->zones)].id;
    for (const Step& s : steps)
        if (s.layerId == build.zonesLayerId) build.zonesLayerId.clear();
    LoadResult r = runWithProgress(tr("Reading %1…").arg(names.join(QStringLiteral(", "))),
                                   [ws, steps, build](const geo::ProgressFn& p) {
                                       geo::Workspace w = std::move(*ws);
                                       for (const Step& s : steps)
                                           w = s.drop ? workspaceWithout(std::move(w), s.layerId)
                                                      : relinkedWorkspace(std::move(w), s.layerId, s.path, p);
                                       return buildDocument(std::move(w), p, build);
                                   });
    if (!r.doc) {
        if (!r.cancelled) showError(tr("Cannot relink layer"), r.error);
        return false;
    }
    undoStack_->push(new DocumentChange(this, doc_, r.doc, tr("relink layers %1").arg(names.join(QStringLiteral(", ")))));
    for (const Step& s : steps)
        messages_->appendPlainText(s.drop ? tr("Layer %1 dropped from the project; save the project to keep this.")
                                                .arg(toQString(s.layerId))
                                          : tr("Layer %1 now reads %2; save the project to keep this path.")
                                                .arg(toQString(s.layerId), toQString(s.path)));
    return true;
}

std::string projectRelativePath(const geo::Project& project, const QString& file) {
    // Relative to the project file when it can be ("../data/x.shp" included), else absolute.
    QString absolute = QFileInfo(file).absoluteFilePath();
    if (project.filePath.empty()) return toStd(absolute);
    QString relative = QDir(toQString(project.folder())).relativeFilePath(absolute);
    return toStd(QDir::isAbsolutePath(relative) ? absolute : relative);
}

bool MainWindow::relinkLayer(const std::string& layerId, const QString& file) {
    if (!doc_) return false;
    const geo::Project& project = doc_->workspace.project;
    if (!project.findLayer(layerId)) {
        showError(tr("Cannot relink layer"), tr("The project has no layer %1.").arg(toQString(layerId)));
        return false;
    }
    std::string path = projectRelativePath(project, file);
    auto ws = std::make_shared<geo::Workspace>(doc_->workspace);
    BuildOptions build;  // statistics stay by the layer the user chose
    if (doc_->zones >= 0) build.zonesLayerId = doc_->layers[static_cast<std::size_t>(doc_->zones)].id;
    if (!build.zonesLayerId.empty() && build.zonesLayerId == layerId) build.zonesLayerId.clear();
    LoadResult r = runWithProgress(tr("Reading %1…").arg(QFileInfo(file).fileName()),
                                   [ws, layerId, path, build](const geo::ProgressFn& p) {
                                       return buildDocument(relinkedWorkspace(std::move(*ws), layerId, path, p), p, build);
                                   });
    if (!r.doc) {
        if (!r.cancelled) showError(tr("Cannot relink layer"), r.error);
        return false;
    }
    undoStack_->push(new DocumentChange(this, doc_, r.doc, tr("relink layer %1").arg(toQString(layerId))));
    messages_->appendPlainText(tr("Layer %1 now reads %2; save the project to keep this path.")
                                   .arg(toQString(layerId), toQString(path)));
    return true;
}

}  // namespace vt::gui
