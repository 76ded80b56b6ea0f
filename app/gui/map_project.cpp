#include "map_project.h"

#include <algorithm>

#include "geo/error.h"

namespace vt::gui {

RenderSettings mapFromProject(const Document& doc, RenderSettings defaults, QStringList* problems) {
    const geo::Project& project = doc.workspace.project;
    // Order: raster backgrounds at the bottom, then the project's, bottom first; then the rest as they were.
    std::vector<LayerState> ordered;
    for (const auto& s : defaults.layers)
        if (doc.basemapIndex(s.id) >= 0) ordered.push_back(s);
    for (const auto& id : project.drawOrder)
        if (const LayerState* s = defaults.find(id)) ordered.push_back(*s);
    for (const auto& s : defaults.layers)
        if (doc.basemapIndex(s.id) < 0 &&
            std::find(project.drawOrder.begin(), project.drawOrder.end(), s.id) == project.drawOrder.end())
            ordered.push_back(s);
    defaults.layers = std::move(ordered);
    for (auto& state : defaults.layers) {
        const geo::LayerSpec* spec = project.findLayer(state.id);
        int li = doc.layerIndex(state.id);
        if (!spec || li < 0) continue;
        state.visible = spec->visible;
        if (spec->style.empty()) continue;
        LayerStyle style;
        try {
            style = LayerStyle::fromJson(spec->style);
        } catch (const geo::Error& e) {  // geo/ checked it on reading: only a project built in memory gets here
            if (problems) problems->append(toQString(e.what()));
            continue;
        }
        const DisplayLayer& layer = doc.layers[static_cast<std::size_t>(li)];
        // Auto on a layer without a role drawing means its default look.
        if (style.mode == StyleMode::Auto && !hasRoleDrawing(layer.role)) {
            LayerStyle d = defaultLayerStyle(layer);
            d.opacity = style.opacity;
            d.labelField = style.labelField;
            style = d;
        }
        state.opacity = style.opacity;
        state.style = styleLayer(doc, li, style);
        if (problems && !state.style->problem.isEmpty()) problems->append(state.style->problem);
    }
    return defaults;
}

void mapToProject(const Document& doc, const RenderSettings& settings, geo::Project& project) {
    project.drawOrder.clear();
    for (const auto& state : settings.layers) {
        if (!project.findLayer(state.id)) continue;
        project.drawOrder.push_back(state.id);
    }
    for (auto& basemap : project.basemaps)  // what the layers dock set for a background
        if (const LayerState* state = settings.find(basemap.id)) {
            basemap.visible = state->visible;
            basemap.opacity = state->opacity;
        }
    for (auto& spec : project.layers) {
        const LayerState* state = settings.find(spec.id);
        int li = doc.layerIndex(spec.id);
        if (!state || li < 0) continue;
        spec.visible = state->visible;
        const DisplayLayer& layer = doc.layers[static_cast<std::size_t>(li)];
        LayerStyle style = state->style ? state->style->style : defaultLayerStyle(layer);
        style.opacity = state->opacity;
        spec.style = style == defaultLayerStyle(layer) ? std::string() : style.toJson();
    }
}

RenderSettings carryMapOver(const Document& previous, const Document& next, const RenderSettings& settings,
                            const RenderSettings& nextDefaults) {
    RenderSettings merged = settings;
    merged.layers.clear();
    for (const auto& l : settings.layers) {
        if (next.basemapIndex(l.id) >= 0) {  // a background keeps its place, visibility and opacity
            merged.layers.push_back(l);
            continue;
        }
        int li = next.layerIndex(l.id);
        if (li < 0) continue;
        LayerState state = l;
        const DisplayLayer& now = next.layers[static_cast<std::size_t>(li)];
        int before = previous.layerIndex(l.id);
        const bool roleChanged = before < 0 || previous.layers[static_cast<std::size_t>(before)].role != now.role;
        if (roleChanged) {
            const LayerState* fresh = nextDefaults.find(l.id);
            state.style = fresh ? fresh->style : nullptr;
        } else if (state.style) {
            state.style = styleLayer(next, li, state.style->style);
        }
        merged.layers.push_back(std::move(state));
    }
    auto firstLayer = [&] {  // the place just above the backgrounds
        return std::find_if(merged.layers.begin(), merged.layers.end(),
                            [&](const LayerState& s) { return next.basemapIndex(s.id) < 0; });
    };
    for (const auto& l : nextDefaults.layers)  // new backgrounds above the old ones, new layers on top
        if (!settings.find(l.id)) {
            if (next.basemapIndex(l.id) >= 0) merged.layers.insert(firstLayer(), l);
            else merged.layers.push_back(l);
        }
    if (next.zones >= 0 && (previous.zones < 0 || previous.layers[static_cast<std::size_t>(previous.zones)].id !=
                                                      next.layers[static_cast<std::size_t>(next.zones)].id)) {
        const std::string& id = next.layers[static_cast<std::size_t>(next.zones)].id;
        auto it = std::find_if(merged.layers.begin(), merged.layers.end(), [&](const LayerState& s) { return s.id == id; });
        if (it != merged.layers.end()) std::rotate(firstLayer(), it, it + 1);  // lowest layer, above the backgrounds
    }
    return merged;
}

}  // namespace vt::gui
