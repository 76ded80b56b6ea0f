#include "geo/workspace.h"

#include <algorithm>

#include "geo/crs.h"
#include "geo/error.h"
#include "geo/source.h"
#include "geo/validity.h"

namespace geo {

const LoadedLayer* Workspace::find(const std::string& id) const {
    for (const auto& l : layers)
        if (l.spec.id == id) return &l;
    return nullptr;
}

const LoadedLayer* Workspace::firstWithRole(LayerRole role) const {
    for (const auto& l : layers)
        if (l.spec.role == role) return &l;
    return nullptr;
}

LoadedLayer normalise(LayerSpec spec, Layer source) {
    LoadedLayer out;
    out.spec = std::move(spec);
    out.normalised = source;
    bool hasGeometry = false;
    for (const auto& f : source.features)
        if (f.geometry.kind != GeometryKind::None) hasGeometry = true;
    if (hasGeometry) {
        if (!source.crs.isKnown())
            throw CrsError(source.label() + ": no CRS, and none could be inferred; set \"crs\" for layer '" +
                           out.spec.id + "' in the project");
        CrsInfo target = wgs84();
        Transformer toWgs84(source.crs, target);
        for (auto& f : out.normalised.features) f.geometry = toWgs84.forward(f.geometry);
        out.transformation = toWgs84.operationName();
        out.transformationAccuracyMetres = toWgs84.accuracyMetres();
        if (toWgs84.isBallpark())
            out.normalised.warnings.push_back(source.label() + ": PROJ found only a ballpark datum shift (" +
                                              out.transformation + "): positions may be off by 100 m or more");
        out.normalised.crs = target;
    }
    for (std::size_t i = 0; i < out.normalised.features.size(); ++i) {
        Feature& f = out.normalised.features[i];
        if (f.geometry.kind != GeometryKind::Polygon || f.geometry.isEmpty()) continue;
        RepairResult r = makeValid(f.geometry);
        if (r.repaired) {
            out.repairs.push_back({i, f.fid, r.what});
            f.geometry = std::move(r.geometry);
        }
    }
    out.source = std::move(source);
    return out;
}

LoadedLayer loadLayer(const Project& project, const LayerSpec& spec) {
    ReadOptions options;
    options.layerName = spec.layerName;
    options.crsOverride = spec.crs;
    options.encodingOverride = spec.encoding;
    options.provinceCrsHint = project.provinceCrs;
    options.wktField = spec.field("wkt");
    options.xField = spec.field("x");
    options.yField = spec.field("y");
    options.allowEmpty = spec.role == LayerRole::Investments || spec.role == LayerRole::Table;
    Layer layer = readLayer(project.resolve(spec.path), options);
    return normalise(spec, std::move(layer));
}

Workspace loadWorkspace(const Project& project, const ProgressFn& progress) {
    Workspace ws;
    ws.project = project;
    for (std::size_t i = 0; i < project.layers.size(); ++i) {
        const LayerSpec& spec = project.layers[i];
        if (progress && !progress(static_cast<double>(i) / project.layers.size(), "reading " + spec.id))
            throw Cancelled();
        try {
            LoadedLayer l = loadLayer(project, spec);
            for (const auto& w : l.source.warnings) ws.issues.push_back({LoadIssue::Severity::Warning, spec.id, w});
            for (const auto& w : l.normalised.warnings)
                if (std::find(l.source.warnings.begin(), l.source.warnings.end(), w) == l.source.warnings.end())
                    ws.issues.push_back({LoadIssue::Severity::Warning, spec.id, w});
            ws.layers.push_back(std::move(l));
        } catch (const Error& e) {
            ws.issues.push_back({LoadIssue::Severity::Error, spec.id, e.what()});
        }
    }
    if (progress) progress(1.0, "done");
    return ws;
}

}  // namespace geo
