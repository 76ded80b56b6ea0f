// Saving edits to the edited layer's own file (geo/layer_save.h): the file
// is stamped when editing starts, a file changed by someone else meanwhile
// is a conflict the user resolves (overwrite, reload, save as a copy), and
// after a save the document reads the file again. EditController's members
// for this live here.
#include <QAbstractButton>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>
#include <algorithm>

#include "document_change.h"
#include "edit_controller.h"
#include "editable_layers.h"
#include "geo/error.h"
#include "geo/export.h"
#include "geo/layer_save.h"
#include "journal_recorder.h"
#include "main_window.h"

namespace vt::gui {

void EditController::stampSources() {
    DocumentPtr doc = window_->document();
    if (!doc) return;
    for (int li = 0; li < static_cast<int>(doc->layers.size()); ++li) {
        if (!isEditableLayer(*doc, li)) continue;
        const geo::LoadedLayer& l = doc->loaded(li);
        std::string path = l.source.sourcePath.empty() ? doc->workspace.project.resolve(l.spec.path) : l.source.sourcePath;
        auto it = stamps_.find(l.spec.id);
        if (it != stamps_.end() && it->second.path == path) continue;  // stamped when it was read
        Stamp s;
        s.path = path;
        try {
            s.stamp = geo::stampSource(path);
        } catch (const geo::Error& e) {
            s.problem = toQString(e.what());
        }
        stamps_[l.spec.id] = std::move(s);
    }
}

bool EditController::saveEdits() {
    lastError_.clear();
    DocumentPtr doc = window_->document();
    int li = layer();
    if (li < 0) return false;
    if (!session_->hasEdits(*doc)) {
        window_->statusBar()->showMessage(tr("No edits to save."), 4000);
        return true;
    }
    const Stamp& stamp = stamps_[session_->layerId()];
    if (!stamp.stamp) {
        fail(tr("Cannot save edits"), tr("This layer cannot be saved to its source: %1").arg(stamp.problem));
        return false;
    }
    geo::LayerEdits edits = session_->layerEdits(*doc);
    const geo::Layer& asRead = doc->loaded(li).source;
    edits.loaded = *stamp.stamp;
    edits.encoding = asRead.encoding;
    edits.sourceCrs = asRead.crs;
    edits.axesSwapped = asRead.axesSwapped;
    geo::SaveResult result;
    try {
        result = saver_ ? saver_(edits) : geo::saveLayerEdits(edits);
    } catch (const geo::SaveConflict& e) {
        return resolveConflict(toQString(e.what()));
    } catch (const geo::Error& e) {
        fail(tr("Cannot save edits"), toQString(e.what()));
        return false;
    }
    journalSaved(result);
    journalPaused_ = true;  // inserted features taking the source's FIDs are not edits
    afterSave(result, edits);
    journalPaused_ = false;
    if (session_ && window_->document()) recorder_->rebase(*window_->document(), result.saved);
    return true;
}

void EditController::afterSave(const geo::SaveResult& result, const geo::LayerEdits& edits) {
    const std::string id = session_->layerId();
    stamps_[id].stamp = result.saved;
    QString saved = tr("Saved %n edit(s) to %1", nullptr, static_cast<int>(edits.edits.size()))
                        .arg(toQString(edits.sourcePath.string()));
    if (result.backup) saved += QStringLiteral(" ") + tr("(previous files kept in %1)").arg(toQString(result.backup->string()));
    DocumentPtr doc = window_->document();
    int li = layer();
    try {
        if (result.fidsRenumbered) {
            // The file numbers its features by position: read it again. The
            // History's documents name features by the old numbers, so undoing
            // them would edit the wrong features: the History starts over.
            geo::Workspace ws = doc->workspace;
            ws.layers[static_cast<std::size_t>(li)] = geo::loadLayer(ws.project, ws.layers[static_cast<std::size_t>(li)].spec);
            BuildOptions build;
            if (doc->zones >= 0) build.zonesLayerId = doc->layers[static_cast<std::size_t>(doc->zones)].id;
            window_->setDocument(buildDocument(std::move(ws), {}, build), true);
            window_->undoStack()->clear();
            saved += QStringLiteral(" ") + tr("The file renumbered its features: the History starts again.");
        } else {
            // Inserted features take the FIDs the source gave them, in order.
            std::map<std::int64_t, std::int64_t> given;
            std::size_t k = 0;
            for (const auto& e : edits.edits)
                if (e.kind == geo::FeatureEdit::Kind::Insert && k < result.insertedFids.size())
                    given[e.fid] = result.insertedFids[k++];
            if (!given.empty()) {
                std::vector<geo::Feature> features = doc->loaded(li).normalised.features;
                for (auto& f : features)
                    if (auto it = given.find(f.fid); it != given.end()) f.fid = it->second;
                window_->setDocument(withLayerFeatures(*doc, li, std::move(features)), true);
            }
        }
    } catch (const geo::Error& e) {
        fail(tr("Saved, but the layer could not be read again"), toQString(e.what()));
    }
    // What is on disk now is the base of the next save.
    if (window_->document() && window_->document()->layerIndex(id) >= 0) {
        session_ = std::make_unique<EditSession>(*window_->document(), id);
        session_->setStamp(result.saved);
    }
    lastNotice_ = saved;
    window_->statusBar()->showMessage(saved, 8000);
    updateActions();
}

bool EditController::resolveConflict(const QString& message) {
    lastError_ = message;
    if (!window_->isInteractive()) return false;  // the edits stay; tests read lastError()
    QMessageBox box(QMessageBox::Warning, tr("The file changed on disk"),
                    tr("%1\n\nAnother program changed the layer's file since VungTrong read it. Your edits are kept: "
                       "save them as a copy, or read the file again (your edits stay in the History).")
                        .arg(message),
                    QMessageBox::Cancel, window_);
    QPushButton* copy = box.addButton(tr("Save as copy…"), QMessageBox::AcceptRole);
    QPushButton* reload = box.addButton(tr("Reload from disk"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() == copy) {
        QString path = QFileDialog::getSaveFileName(window_, tr("Save the edited layer as"), QString(),
                                                    tr("GeoPackage (*.gpkg)"));
        if (path.isEmpty()) return false;
        if (!path.endsWith(QStringLiteral(".gpkg"), Qt::CaseInsensitive)) path += QStringLiteral(".gpkg");
        geo::ExportOptions options;
        options.format = geo::ExportFormat::GeoPackage;
        options.outputPath = toStd(path);
        return window_->exportLayer(session_->layerId(), options);
    }
    if (box.clickedButton() == reload) return reloadFromDisk();
    return false;
}

bool EditController::reloadFromDisk() {
    DocumentPtr doc = window_->document();
    int li = layer();
    if (li < 0) return false;
    const std::string id = session_->layerId();
    std::shared_ptr<Document> updated;
    try {
        geo::Workspace ws = doc->workspace;
        ws.layers[static_cast<std::size_t>(li)] = geo::loadLayer(ws.project, ws.layers[static_cast<std::size_t>(li)].spec);
        BuildOptions build;
        if (doc->zones >= 0) build.zonesLayerId = doc->layers[static_cast<std::size_t>(doc->zones)].id;
        updated = buildDocument(std::move(ws), {}, build);
        stamps_.erase(id);
        stampSources();
    } catch (const geo::Error& e) {
        fail(tr("Cannot read the layer again"), toQString(e.what()));
        return false;
    }
    window_->undoStack()->push(new DocumentChange(window_, std::const_pointer_cast<Document>(doc), updated,
                                                  tr("reload %1 from disk").arg(toQString(id))));
    session_ = std::make_unique<EditSession>(*window_->document(), id);
    if (stamps_[id].stamp) session_->setStamp(*stamps_[id].stamp);
    recorder_->rebase(*window_->document(), stamps_[id].stamp);  // the reload itself was journaled as edits
    updateActions();
    return true;
}

}  // namespace vt::gui
