#include "selection.h"

namespace vt::gui {

SelectionModel::Features SelectionModel::features(const std::string& layerId) const {
    auto it = selected_.find(layerId);
    return it == selected_.end() ? Features{} : it->second;
}

bool SelectionModel::isEmpty() const {
    for (const auto& [id, f] : selected_)
        if (!f.empty()) return false;
    return true;
}

bool SelectionModel::contains(const std::string& layerId, int feature) const {
    auto it = selected_.find(layerId);
    return it != selected_.end() && it->second.count(feature) > 0;
}

void SelectionModel::select(const std::string& layerId, const std::vector<int>& features, const QObject* origin) {
    std::map<std::string, Features> s;
    if (!features.empty()) s[layerId] = Features(features.begin(), features.end());
    selectMany(s, origin);
}

void SelectionModel::selectMany(const std::map<std::string, Features>& selection, const QObject* origin) {
    std::map<std::string, Features> cleaned;
    for (const auto& [id, f] : selection)
        if (!f.empty()) cleaned[id] = f;
    if (cleaned == selected_) return;
    selected_ = std::move(cleaned);
    emit changed(origin);
}

void SelectionModel::clear(const QObject* origin) { selectMany({}, origin); }

}  // namespace vt::gui
