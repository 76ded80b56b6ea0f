#include "edit_session.h"

#include <algorithm>
#include <set>

#include "geo/crs.h"
#include "geo/error.h"

namespace vt::gui {

EditSession::EditSession(const Document& doc, std::string layerId) : layerId_(std::move(layerId)) {
    int li = doc.layerIndex(layerId_);
    if (li < 0) throw geo::Error("no layer '" + layerId_ + "' to edit");
    original_ = doc.loaded(li).normalised.features;
    kind_ = doc.layers[static_cast<std::size_t>(li)].kind;
    for (std::size_t i = 0; i < original_.size(); ++i) originalByFid_[original_[i].fid] = i;
    for (const auto& f : original_) lastNewFid_ = std::min(lastNewFid_, f.fid < 0 ? f.fid : std::int64_t{0});
}

std::int64_t EditSession::newFid() { return --lastNewFid_; }

std::vector<geo::FeatureEdit> EditSession::netEdits(const Document& current) const {
    std::vector<geo::FeatureEdit> out;
    int li = layerIndex(current);
    if (li < 0) return out;
    const auto& features = current.loaded(li).normalised.features;
    std::set<std::int64_t> present;
    for (const auto& f : features) {
        present.insert(f.fid);
        auto it = originalByFid_.find(f.fid);
        if (it == originalByFid_.end()) {
            out.push_back({geo::FeatureEdit::Kind::Insert, f.fid, f.attributes, f.geometry});
            continue;
        }
        const geo::Feature& before = original_[it->second];
        if (before.attributes != f.attributes || !(before.geometry == f.geometry))
            out.push_back({geo::FeatureEdit::Kind::Update, f.fid, f.attributes, f.geometry});
    }
    for (const auto& f : original_)
        if (!present.count(f.fid)) out.push_back({geo::FeatureEdit::Kind::Delete, f.fid, {}, {}});
    return out;
}

geo::LayerEdits EditSession::layerEdits(const Document& current) const {
    geo::LayerEdits e;
    int li = layerIndex(current);
    if (li < 0) return e;
    const geo::LoadedLayer& l = current.loaded(li);
    e.sourcePath = l.source.sourcePath.empty() ? current.workspace.project.resolve(l.spec.path) : l.source.sourcePath;
    e.layerName = l.spec.layerName;
    e.fields = l.normalised.fields;
    e.crs = geo::wgs84();
    if (stamp_) e.loaded = *stamp_;
    e.edits = netEdits(current);
    return e;
}

int featureIndexOfFid(const Document& doc, int layer, std::int64_t fid) {
    if (layer < 0) return -1;
    const auto& features = doc.loaded(layer).normalised.features;
    for (std::size_t i = 0; i < features.size(); ++i)
        if (features[i].fid == fid) return static_cast<int>(i);
    return -1;
}

std::shared_ptr<Document> withLayerFeatures(const Document& doc, int layer, std::vector<geo::Feature> features) {
    geo::Workspace ws = doc.workspace;
    geo::LoadedLayer& l = ws.layers.at(static_cast<std::size_t>(layer));

    // The as-read features stay parallel to the normalised ones: exports write
    // an unchanged feature's geometry exactly as read (geo/export.cpp).
    std::map<std::int64_t, std::size_t> oldIndex;
    for (std::size_t i = 0; i < l.normalised.features.size(); ++i) oldIndex[l.normalised.features[i].fid] = i;
    const bool sourceKept = l.source.features.size() == l.normalised.features.size();
    std::unique_ptr<geo::Transformer> back;
    std::vector<geo::Feature> source;
    std::vector<geo::RepairRecord> repairs;
    std::map<std::size_t, const geo::RepairRecord*> repairOf;
    for (const auto& r : l.repairs) repairOf[r.featureIndex] = &r;
    for (std::size_t i = 0; i < features.size(); ++i) {
        const geo::Feature& f = features[i];
        auto it = oldIndex.find(f.fid);
        bool sameGeometry = it != oldIndex.end() && l.normalised.features[it->second].geometry == f.geometry;
        if (sameGeometry)
            if (auto r = repairOf.find(it->second); r != repairOf.end()) repairs.push_back({i, f.fid, r->second->what});
        if (!sourceKept) continue;
        geo::Feature s;
        s.fid = f.fid;
        s.attributes = f.attributes;
        if (sameGeometry) {
            s.geometry = l.source.features[it->second].geometry;
        } else if (!f.geometry.isEmpty()) {
            if (!back && l.source.crs.isKnown()) back = std::make_unique<geo::Transformer>(geo::wgs84(), l.source.crs);
            s.geometry = f.geometry;
            std::string reason;
            if (back && !back->forwardChecked(s.geometry, reason))
                throw geo::CrsError("layer '" + l.spec.id + "', feature " + std::to_string(f.fid) +
                                    ": cannot place the edited geometry in the layer's CRS " + l.source.crs.name +
                                    ": " + reason);
        }
        source.push_back(std::move(s));
    }
    if (sourceKept) l.source.features = std::move(source);
    l.normalised.features = std::move(features);
    l.repairs = std::move(repairs);

    BuildOptions build;  // statistics stay by the layer the user chose
    if (doc.zones >= 0) build.zonesLayerId = doc.layers[static_cast<std::size_t>(doc.zones)].id;
    return buildDocument(std::move(ws), {}, build);
}

}  // namespace vt::gui
