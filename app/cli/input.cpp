#include "input.h"

#include <fstream>
#include <utility>

#include "geo/error.h"
#include "geo/province.h"
#include "geo/quality.h"
#include "geo/source.h"

namespace cli {

bool looksLikeProject(const std::string& path) {
    auto dot = path.rfind('.');
    std::string ext = dot == std::string::npos ? "" : path.substr(dot);
    if (ext == ".vtproj") return true;
    if (ext != ".json") return false;
    // GeoJSON is often named .json: a project is an object with "layers", GeoJSON
    // has a "type". Only the start is read: a project file is small.
    std::ifstream in(path, std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head.find("\"layers\"") != std::string::npos && head.find("\"FeatureCollection\"") == std::string::npos &&
           head.find("\"Feature\"") == std::string::npos;
}

std::vector<OptionSpec> singleFileOptions() {
    return {{"--layer", "NAME", "layer inside a multi-layer source (default: the first)"},
            {"--crs", "CRS", "CRS of the file, overriding its own or the guess (e.g. EPSG:9209)"},
            {"--province-crs", "CRS", "the province's TM-3 CRS, to guess a file without .prj"},
            {"--province", "NAME", "the province (e.g. 'Sóc Trăng', 'soc trang'): its VN-2000 TM-3 zone from PROJ's database"},
            {"--axis-order", "lon_lat|lat_lon", "lat_lon: the file's coordinates are latitude first"},
            {"--encoding", "NAME", "text encoding of a DBF (UTF-8, CP1258, TCVN3, VNI)"}};
}

geo::Project loadProjectArgument(const std::string& path, const Arguments& args) {
    geo::Project project = geo::loadProject(path);
    if (args.has("--province")) {
        project.provinceCrs.clear();  // the command line's province replaces the project's
        geo::setProvince(project, args.get("--province"));
    }
    if (args.has("--allow-network")) project.allowNetwork = true;
    project.areaMode = areaModeArgument(args, project.areaMode);
    return project;
}

OptionSpec areaModeOption() {
    return {"--area", "auto|geodesic",
            "geodesic: PROJ's geodesic area for every polygon; auto (default, or the project's \"area\"): "
            "polygons of a few km on the authalic sphere, within 1e-6 of it"};
}

geo::AreaMode areaModeArgument(const Arguments& args, geo::AreaMode fallback) {
    if (!args.has("--area")) return fallback;
    auto mode = geo::parseAreaMode(args.get("--area"));
    if (!mode) throw UsageError("--area must be auto or geodesic, not '" + args.get("--area") + "'");
    return *mode;
}

OptionSpec allowNetworkOption() {
    return {"--allow-network", "", "read layers the project names by a network or virtual path (/vsicurl/, http://, WFS:…; PostGIS layers need no permission)"};
}

OptionSpec allowMissingOption() {
    return {"--allow-missing", "",
            "compute although a zones, planting-area, cooperative or investment layer did not load (outputs say which)"};
}

geo::LoadedLayer loadSingleFile(const std::string& path, const Arguments& args, bool allowEmpty,
                                std::function<bool()> keepReading) {
    geo::Layer layer = readSingleFile(path, args, allowEmpty, std::move(keepReading));
    geo::LayerSpec spec;
    spec.id = layer.name;
    spec.path = path;
    return geo::normalise(spec, std::move(layer));
}

geo::Layer readSingleFile(const std::string& path, const Arguments& args, bool allowEmpty,
                          std::function<bool()> keepReading) {
    geo::ReadOptions options;
    options.allowEmpty = allowEmpty;
    options.keepReading = std::move(keepReading);
    // A file named on the command line obeys a project layer's rule: no
    // network, standard input or GDAL virtual path unless asked for.
    options.reach.allowNetwork = args.has("--allow-network");
    options.layerName = args.get("--layer");
    options.crsOverride = args.get("--crs");
    options.provinceCrsHint = args.get("--province-crs");
    if (args.has("--province")) {
        const geo::ProvinceZone& zone = geo::findProvince(args.get("--province"));
        if (!options.provinceCrsHint.empty() && options.provinceCrsHint != zone.authorityCode)
            throw UsageError("--province " + args.get("--province") + " uses " + zone.authorityCode + ", not --province-crs " +
                             options.provinceCrsHint);
        options.provinceCrsHint = zone.authorityCode;
    }
    options.axisOrder = args.get("--axis-order");
    if (args.has("--axis-order") && options.axisOrder != "lat_lon" && options.axisOrder != "lon_lat")
        throw UsageError("--axis-order must be lon_lat or lat_lon");
    options.encodingOverride = args.get("--encoding");
    return geo::readLayer(path, options);
}

void refuseSwappedLayers(const geo::Workspace& ws) {
    for (const auto& issue : ws.issues)
        if (issue.kind == geo::LoadIssue::Kind::AxisSwapped) throw geo::Error("layer '" + issue.layerId + "': " + issue.message);
}

}  // namespace cli
