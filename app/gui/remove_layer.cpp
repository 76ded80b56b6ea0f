#include "remove_layer.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <algorithm>

#include "basemap_layers.h"
#include "document_change.h"
#include "main_window.h"

namespace vt::gui {

geo::Workspace workspaceWithoutLayer(geo::Workspace ws, const std::string& id) {
    auto& specs = ws.project.layers;
    specs.erase(std::remove_if(specs.begin(), specs.end(), [&](const geo::LayerSpec& s) { return s.id == id; }),
                specs.end());
    ws.layers.erase(std::remove_if(ws.layers.begin(), ws.layers.end(),
                                   [&](const geo::LoadedLayer& l) { return l.spec.id == id; }),
                    ws.layers.end());
    ws.issues.erase(std::remove_if(ws.issues.begin(), ws.issues.end(),
                                   [&](const geo::LoadIssue& i) { return i.layerId == id; }),
                    ws.issues.end());
    auto& order = ws.project.drawOrder;
    order.erase(std::remove(order.begin(), order.end(), id), order.end());
    return ws;
}

QString removeLayerQuestion(const Document& doc, const std::string& id) {
    int li = doc.layerIndex(id);
    if (li < 0) return {};
    const DisplayLayer& l = doc.layers[static_cast<std::size_t>(li)];
    auto tr = [](const char* s) { return QCoreApplication::translate("vt::gui::MainWindow", s); };
    QString what;
    switch (l.role) {
        case geo::LayerRole::Zones: what = tr("the zones the statistics are computed by"); break;
        case geo::LayerRole::PlantingAreas: what = tr("the planting areas every statistic measures"); break;
        case geo::LayerRole::Cooperatives: what = tr("the cooperatives the planting areas are linked to"); break;
        case geo::LayerRole::Investments: what = tr("the investments summed per cooperative and zone"); break;
        default:
            if (li == doc.zones) what = tr("the layer the statistics are shown by");
            break;
    }
    if (what.isEmpty()) return {};
    return QCoreApplication::translate("vt::gui::MainWindow",
                                       "“%1” holds %2: without it the statistics change. Remove it from the project? "
                                       "(Edit ▸ Undo brings it back; the file itself is not touched.)")
        .arg(l.title, what);
}

bool MainWindow::removeLayer(const std::string& layerId) {
    if (!doc_) return false;
    if (int bi = doc_->basemapIndex(layerId); bi >= 0) {  // a background: no statistics to redo
        std::vector<geo::BasemapSpec> basemaps = doc_->workspace.project.basemaps;
        basemaps.erase(basemaps.begin() + bi);
        undoStack_->push(
            new DocumentChange(this, doc_, withBasemaps(*doc_, std::move(basemaps)), tr("remove background %1").arg(toQString(layerId))));
        return true;
    }
    if (doc_->layerIndex(layerId) < 0) {
        showError(tr("Cannot remove layer"), tr("The project has no layer %1.").arg(toQString(layerId)));
        return false;
    }
    QString question = removeLayerQuestion(*doc_, layerId);
    if (!question.isEmpty() && interactive_ &&
        QMessageBox::question(this, tr("Remove layer"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    auto ws = std::make_shared<geo::Workspace>(workspaceWithoutLayer(doc_->workspace, layerId));
    BuildOptions build;  // statistics stay by the layer the user chose, unless it is the one removed
    if (doc_->zones >= 0) build.zonesLayerId = doc_->layers[static_cast<std::size_t>(doc_->zones)].id;
    if (build.zonesLayerId == layerId) build.zonesLayerId.clear();
    LoadResult r = runWithProgress(tr("Updating the map…"), [ws, build](const geo::ProgressFn& p) {
        return buildDocument(std::move(*ws), p, build);
    });
    if (!r.doc) {
        if (!r.cancelled) showError(tr("Cannot remove layer"), r.error);
        return false;
    }
    undoStack_->push(new DocumentChange(this, doc_, r.doc, tr("remove layer %1").arg(toQString(layerId))));
    return true;
}

}  // namespace vt::gui
