#pragma once
// A project read into memory and normalised: every layer read with GDAL,
// transformed to WGS 84 lon/lat, and its polygons repaired. A layer that
// cannot be read is recorded as an issue and the rest still loads.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geo/crosswalk.h"
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
    // Error: a layer did not load (it is missing from Workspace::layers).
    // Warning: anything else, the crosswalk's problems included.
    enum class Severity { Warning, Error } severity = Severity::Warning;
    // What the issue is about, set where it is made; consumers (the quality
    // report, the command line) switch on it, never on the message.
    enum class Kind {
        LayerNotRead,        // Error: the layer could not be read or normalised
        AxisSwapped,         // Error: degrees written latitude first, not declared (facts: x_range, y_range)
        Note,                // Warning: anything else the reader or normaliser said (WarningKind::Note)
        EncodingGuess,       // Warning: the text encoding was detected
        EncodingDoubt,       // Warning: the encoding the user set looks wrong (facts)
        CrsGuess,            // Warning: no CRS in the source, one was inferred
        CrsUnknown,          // Warning: no CRS in the source and none fits (normalising then fails)
        CrosswalkUnread,     // the project's crosswalk cannot be read (a quality finding load_error)
        CrosswalkRow,        // a crosswalk line that cannot be used (no old or new code)
        CrosswalkDuplicate,  // an old code on two crosswalk lines (the first wins)
    };
    std::string layerId;  // "" for what belongs to no layer (the crosswalk)
    std::string message;
    Kind kind = Kind::Note;
    std::map<std::string, std::string> facts = {};  // as geo::Finding::facts
};

// The issue kind of a layer warning of that kind.
LoadIssue::Kind issueKind(WarningKind kind);

// The issue for a layer that failed to load with e: an AxisOrderError is
// kind axis_swapped, with its facts.
LoadIssue loadFailure(const std::string& layerId, const Error& e);

struct Workspace {
    Project project;
    std::vector<LoadedLayer> layers;
    std::vector<LoadIssue> issues;
    // The project's crosswalk as read at load (loadCrosswalk); none when the
    // project has none or it could not be read (then an issue says why).
    std::optional<CrosswalkTable> crosswalk;

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

// Read ws.project's crosswalk, if it names one, into ws.crosswalk. Its
// problems become issues with no layer id: a file that cannot be read (or
// lacks a named field) is a CrosswalkUnread issue, a line that cannot be
// used CrosswalkRow, an old code given twice CrosswalkDuplicate; all are
// Severity::Warning, since Error means a layer did not load.
void loadCrosswalk(Workspace& ws);

// Read every layer, then the crosswalk; a layer that fails becomes an Error
// issue. Throws Cancelled when progress returns false.
Workspace loadWorkspace(const Project& project, const ProgressFn& progress = {});

// Normalise a layer already read: repair polygons (in the source CRS, and
// again after reprojection if needed), transform to WGS 84. Large layers are
// done on every core (VT_THREADS overrides); the result does not depend on it.
LoadedLayer normalise(LayerSpec spec, Layer source, AsRead asRead = AsRead::Kept);

}  // namespace geo
