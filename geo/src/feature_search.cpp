// Finding features by their codes and names (geo/feature_search.h).
#include "geo/feature_search.h"

#include <algorithm>

#include "geo/error.h"
#include "geo/zone_fields.h"

namespace geo {
namespace {

bool hasPolygons(const Layer& layer) {
    return std::any_of(layer.features.begin(), layer.features.end(),
                       [](const Feature& f) { return f.geometry.kind == GeometryKind::Polygon; });
}

// The fields of one layer that name its features (the rule in the header).
std::vector<int> namingFields(const LoadedLayer& loaded) {
    const Layer& layer = loaded.normalised;
    std::vector<int> fields;
    for (const char* key : {"code", "key", "name"}) {
        const std::string name = loaded.spec.field(key);
        if (name.empty()) continue;
        const int i = layer.fieldIndex(name);
        if (i >= 0 && std::find(fields.begin(), fields.end(), i) == fields.end()) fields.push_back(i);
    }
    if (!fields.empty()) return fields;
    if (loaded.spec.role == LayerRole::Zones || hasPolygons(layer)) {
        const ZoneFields z = chooseZoneFields(layer, -1, -1);
        for (int i : {z.code, z.name})
            if (i >= 0) fields.push_back(i);
        if (!fields.empty()) return fields;
    }
    for (std::size_t i = 0; i < layer.fields.size(); ++i)
        if (layer.fields[i].type == FieldType::String) fields.push_back(static_cast<int>(i));
    return fields;
}

std::string fieldText(const Feature& f, int field) {
    const auto i = static_cast<std::size_t>(field);
    return i < f.attributes.size() ? toText(f.attributes[i]) : std::string();
}

}  // namespace

FeatureSearch::FeatureSearch(const Workspace& ws, const std::vector<std::string>& layerIds) : ws_(ws) {
    std::vector<std::size_t> order;
    if (layerIds.empty()) {
        for (LayerRole role : {LayerRole::Zones, LayerRole::PlantingAreas, LayerRole::Cooperatives})
            for (std::size_t i = 0; i < ws.layers.size(); ++i)
                if (ws.layers[i].spec.role == role) order.push_back(i);
    } else {
        for (const auto& id : layerIds) {
            const auto it = std::find_if(ws.layers.begin(), ws.layers.end(),
                                         [&](const LoadedLayer& l) { return l.spec.id == id; });
            if (it == ws.layers.end()) {
                if (ws.project.findLayer(id)) throw Error("layer '" + id + "' could not be loaded, so it cannot be searched");
                throw Error("no layer '" + id + "' in the project");
            }
            order.push_back(static_cast<std::size_t>(it - ws.layers.begin()));
        }
    }
    for (std::size_t layer : order) {
        SearchedLayer searched{layer, namingFields(ws.layers[layer])};
        const auto& features = ws.layers[layer].normalised.features;
        for (std::size_t f = 0; f < features.size(); ++f) {
            Entry e{layers_.size(), f, {}};
            for (std::size_t k = 0; k < searched.fields.size(); ++k) {
                if (k) e.folded.push_back('\n');  // searchFold never leaves a '\n': fields stay apart
                e.folded += searchFold(fieldText(features[f], searched.fields[k]));
            }
            entries_.push_back(std::move(e));
        }
        layers_.push_back(std::move(searched));
    }
}

std::vector<FeatureHit> FeatureSearch::find(std::string_view text, std::size_t limit) const {
    const TextQuery query(text);
    if (query.empty()) return {};
    struct Found {
        const Entry* entry;
        MatchRank rank;
        int field;  // index into the layer's searched fields, -1: the words across fields
    };
    std::vector<Found> found;
    for (const Entry& e : entries_) {
        MatchRank best = MatchRank::None;
        int bestField = -1;
        std::size_t start = 0;
        for (int k = 0; start <= e.folded.size(); ++k) {
            std::size_t end = e.folded.find('\n', start);
            if (end == std::string::npos) end = e.folded.size();
            const MatchRank r = query.rankFolded(std::string_view(e.folded).substr(start, end - start));
            if (r > best) best = r, bestField = k;
            start = end + 1;
        }
        if (best == MatchRank::None && query.rankFolded(e.folded) != MatchRank::None) best = MatchRank::Words;
        if (best != MatchRank::None) found.push_back({&e, best, bestField});
    }
    // entries_ are in layer order, then feature order: a stable sort by rank keeps that.
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.rank > b.rank; });
    if (limit > 0 && found.size() > limit) found.resize(limit);
    std::vector<FeatureHit> hits;
    hits.reserve(found.size());
    for (const Found& f : found) {
        const SearchedLayer& searched = layers_[f.entry->searched];
        FeatureHit h;
        h.layer = searched.layer;
        h.feature = f.entry->feature;
        h.rank = f.rank;
        if (f.field >= 0) {
            const int field = searched.fields[static_cast<std::size_t>(f.field)];
            const Layer& layer = ws_.layers[searched.layer].normalised;
            h.field = layer.fields[static_cast<std::size_t>(field)].name;
            h.value = fieldText(layer.features[h.feature], field);
        }
        hits.push_back(std::move(h));
    }
    return hits;
}

std::vector<std::string> FeatureSearch::fieldsOf(std::size_t layer) const {
    std::vector<std::string> names;
    for (const auto& searched : layers_)
        if (searched.layer == layer)
            for (int field : searched.fields)
                names.push_back(ws_.layers[layer].normalised.fields[static_cast<std::size_t>(field)].name);
    return names;
}

}  // namespace geo
