#include "input.h"

#include "geo/source.h"

namespace cli {

bool looksLikeProject(const std::string& path) {
    auto dot = path.rfind('.');
    std::string ext = dot == std::string::npos ? "" : path.substr(dot);
    return ext == ".vtproj" || (ext == ".json" && path.find(".geojson") == std::string::npos);
}

std::vector<OptionSpec> singleFileOptions() {
    return {{"--layer", "NAME", "layer inside a multi-layer source (default: the first)"},
            {"--crs", "CRS", "CRS of the file, overriding its own or the guess (e.g. EPSG:9209)"},
            {"--province-crs", "CRS", "the province's TM-3 CRS, to guess a file without .prj"},
            {"--encoding", "NAME", "text encoding of a DBF (UTF-8, CP1258, TCVN3, VNI)"}};
}

geo::Project loadProjectArgument(const std::string& path, const Arguments& args) {
    geo::Project project = geo::loadProject(path);
    if (args.has("--allow-network")) project.allowNetwork = true;
    return project;
}

OptionSpec allowNetworkOption() {
    return {"--allow-network", "", "read layers the project names by a network or virtual path (/vsicurl/, http://, PG:…)"};
}

OptionSpec allowMissingOption() {
    return {"--allow-missing", "",
            "compute although a zones, planting-area, cooperative or investment layer did not load (outputs say which)"};
}

geo::LoadedLayer loadSingleFile(const std::string& path, const Arguments& args) {
    geo::ReadOptions options;
    options.layerName = args.get("--layer");
    options.crsOverride = args.get("--crs");
    options.provinceCrsHint = args.get("--province-crs");
    options.encodingOverride = args.get("--encoding");
    geo::Layer layer = geo::readLayer(path, options);
    geo::LayerSpec spec;
    spec.id = layer.name;
    spec.path = path;
    return geo::normalise(spec, std::move(layer));
}

}  // namespace cli
