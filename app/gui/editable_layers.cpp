#include "editable_layers.h"

#include <algorithm>

namespace vt::gui {

bool isAttributeTable(const Document& doc, int layer) {
    if (layer < 0 || layer >= static_cast<int>(doc.layers.size())) return false;
    const auto& features = doc.loaded(layer).normalised.features;
    return std::none_of(features.begin(), features.end(), [](const geo::Feature& f) { return !f.geometry.isEmpty(); });
}

bool isEditableLayer(const Document& doc, int layer) {
    if (layer < 0 || layer >= static_cast<int>(doc.layers.size())) return false;
    return layer == doc.plantings || layer == doc.cooperatives || isAttributeTable(doc, layer);
}

int cooperativeKeyFieldOf(const Document& doc, int layer) {
    if (layer < 0 || layer >= static_cast<int>(doc.layers.size())) return -1;
    if (layer == doc.plantings) return doc.plantingCoopField;
    if (layer == doc.investments) return doc.investCoopField;
    if (layer == doc.cooperatives) return -1;
    const geo::LoadedLayer& l = doc.loaded(layer);
    const std::string name = l.spec.field("cooperative");
    return name.empty() ? -1 : l.normalised.fieldIndex(name);
}

}  // namespace vt::gui
