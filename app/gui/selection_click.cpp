#include "selection_click.h"

#include <algorithm>

#include "hit_test.h"
#include "map_canvas.h"

namespace vt::gui {

std::pair<int, int> featureUnderCursor(const MapCanvas& canvas, QPointF px, const std::vector<int>& layers) {
    const DocumentPtr& doc = canvas.document();
    if (!doc) return {-1, -1};
    const geo::XY map = canvas.view().toMap(px);
    for (const Hit& h : hitTestAll(*doc, canvas.renderSettings(), canvas.toLonLat(map), map, canvas.view().resolution))
        if (layers.empty() || std::find(layers.begin(), layers.end(), h.layer) != layers.end())
            return {h.layer, h.feature};
    return {-1, -1};
}

void applyClickSelection(SelectionModel& selection, const std::string& layerId, int feature,
                         Qt::KeyboardModifiers modifiers, const QObject* origin) {
    const bool toggle = modifiers & Qt::ControlModifier, add = modifiers & Qt::ShiftModifier;
    if (feature < 0 || layerId.empty()) {
        if (!toggle && !add) selection.clear(origin);
        return;
    }
    if (!toggle && !add) {
        selection.select(layerId, {feature}, origin);
        return;
    }
    std::map<std::string, SelectionModel::Features> chosen = selection.all();
    SelectionModel::Features& features = chosen[layerId];
    if (toggle && features.count(feature))
        features.erase(feature);
    else
        features.insert(feature);
    selection.selectMany(chosen, origin);
}

bool clearOnEscape(SelectionModel& selection, const QObject* origin) {
    if (selection.isEmpty()) return false;
    selection.clear(origin);
    return true;
}

}  // namespace vt::gui
