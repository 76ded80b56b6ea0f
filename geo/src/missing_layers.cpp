#include "geo/missing_layers.h"

namespace geo {

namespace {

bool feedsStatistics(LayerRole role) {
    return role == LayerRole::Zones || role == LayerRole::PlantingAreas || role == LayerRole::Cooperatives ||
           role == LayerRole::Investments;
}

std::string roleWords(LayerRole role) {
    std::string s = toString(role);
    for (char& c : s)
        if (c == '_') c = ' ';
    return s;
}

}  // namespace

std::vector<MissingLayer> missingStatisticsLayers(const Workspace& ws, const std::string& zonesLayerId) {
    const LayerSpec* zones = zonesLayerId.empty() ? ws.project.firstWithRole(LayerRole::Zones)
                                                  : ws.project.findLayer(zonesLayerId);
    std::vector<MissingLayer> out;
    for (const auto& spec : ws.project.layers) {
        bool needed = &spec == zones || (feedsStatistics(spec.role) && spec.role != LayerRole::Zones);
        if (!needed || ws.find(spec.id)) continue;
        for (const auto& issue : ws.issues) {
            if (issue.layerId != spec.id || issue.severity != LoadIssue::Severity::Error) continue;
            out.push_back({spec.id, spec.role, spec.path, issue.message});
            break;
        }
    }
    return out;
}

std::string missingLayerNote(const MissingLayer& m) {
    return "layer '" + m.layerId + "' (" + roleWords(m.role) + ", " + m.path +
           ") did not load, so its figures are missing from these statistics: " + m.reason;
}

std::string missingLayersError(const std::vector<MissingLayer>& missing) {
    std::string text = missing.size() == 1 ? "a layer the statistics need did not load: "
                                           : std::to_string(missing.size()) + " layers the statistics need did not load: ";
    for (std::size_t i = 0; i < missing.size(); ++i)
        text += (i ? "; " : "") + ("'" + missing[i].layerId + "' (" + roleWords(missing[i].role) + "): " + missing[i].reason);
    return text + ". Fix the path in the project (or the file), or pass --allow-missing to compute without " +
           (missing.size() == 1 ? "it" : "them") + " (every output then says what is missing)";
}

}  // namespace geo
