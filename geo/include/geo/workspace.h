#pragma once
// A project read into memory and normalised: every layer read with GDAL,
// transformed to WGS 84 lon/lat, and its polygons repaired. A layer that
// cannot be read is recorded as an issue and the rest still loads.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "geo/error.h"
#include "geo/layer.h"
#include "geo/project.h"
#include "geo/source.h"

namespace geo {

// Reports progress in [0, 1] with a short stage name; returning false cancels.
using ProgressFn = std::function<bool(double fraction, const std::string& stage)>;

class Cancelled : public std::exception {
public:
    const char* what() const noexcept override { return "cancelled"; }
};

struct RepairRecord {
    std::size_t featureIndex = 0;
    std::int64_t fid = 0;
    std::string what;
};

struct LoadedLayer {
    LayerSpec spec;
    Layer source;                    // as read, in the source CRS
    Layer normalised;                // WGS 84 lon/lat, polygons valid
    std::vector<RepairRecord> repairs;
    std::string transformation;      // PROJ's operation to WGS 84
    double transformationAccuracyMetres = -1;
};

struct LoadIssue {
    enum class Severity { Warning, Error } severity = Severity::Warning;
    std::string layerId;
    std::string message;
    std::string kind = {};                       // a geo::finding kind when it is more than "not read"
    std::map<std::string, std::string> facts = {};  // as geo::Finding::facts
};

// The issue for a layer that failed to load with e: an AxisOrderError is
// kind axis_swapped, with its facts.
LoadIssue loadFailure(const std::string& layerId, const Error& e);

struct Workspace {
    Project project;
    std::vector<LoadedLayer> layers;
    std::vector<LoadIssue> issues;

    const LoadedLayer* find(const std::string& id) const;
    const LoadedLayer* firstWithRole(LayerRole role) const;
};

// Read one layer of a project and normalise it: readLayer with readOptions,
// then prepareLayer. Throws geo::Error.
LoadedLayer loadLayer(const Project& project, const LayerSpec& spec);

// The reader options the project gives a layer: its CRS and encoding
// overrides, the province CRS as a hint, CSV geometry columns, and whether an
// empty layer is allowed (tables and investments).
ReadOptions readOptions(const Project& project, const LayerSpec& spec);

// What normalising keeps of a layer as read. Kept: LoadedLayer::source holds
// every feature as read, which exports use to write unchanged features
// exactly as they came (the app, `export`). Released: the features move into
// the normalised layer instead of being copied (at a million plots, half the
// memory and none of the copying); source keeps its fields, CRS, label and
// warnings but no features. For commands that only measure (`stats`).
enum class AsRead { Kept, Released };

// Check a layer read for spec (polygon roles hold polygons; field names the
// project sets exist, else a warning) and normalise it. Throws geo::Error.
LoadedLayer prepareLayer(const LayerSpec& spec, Layer layer, AsRead asRead = AsRead::Kept);

// Append a loaded layer, turning its reader and normalisation warnings into
// the workspace's issues.
void addLayer(Workspace& ws, LoadedLayer layer);

// Read every layer; a layer that fails becomes an Error issue. Throws
// Cancelled when progress returns false.
Workspace loadWorkspace(const Project& project, const ProgressFn& progress = {});

// Normalise a layer already read: repair polygons (in the source CRS, and
// again after reprojection if needed), transform to WGS 84. Large layers are
// done on every core (VT_THREADS overrides); the result does not depend on it.
LoadedLayer normalise(LayerSpec spec, Layer source, AsRead asRead = AsRead::Kept);

}  // namespace geo
