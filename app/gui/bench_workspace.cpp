#include "bench_workspace.h"

#include "geo/source.h"

namespace vt::gui {

geo::Workspace generatedBenchWorkspace(const std::string& gpkg) {
    geo::Workspace ws;
    ws.project.name = "bench";
    ws.project.provinceCrs = "EPSG:9209";
    geo::LayerSpec zones;
    zones.id = "zones";
    zones.role = geo::LayerRole::Zones;
    zones.fields = {{"code", "code"}, {"name", "name"}};
    geo::LayerSpec plots;
    plots.id = "plots";
    plots.role = geo::LayerRole::PlantingAreas;
    plots.fields = {{"code", "code"}, {"crop", "crop"}};
    for (auto* spec : {&zones, &plots}) {
        geo::ReadOptions o;
        o.layerName = spec->id;
        ws.project.layers.push_back(*spec);
        ws.layers.push_back(geo::normalise(*spec, geo::readLayer(gpkg, o)));
    }
    return ws;
}

}  // namespace vt::gui
