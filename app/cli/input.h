#pragma once
// Opening what the user names on the command line: a project file, or a
// single vector file read as a one-layer project.
#include <functional>
#include <string>

#include "command_line.h"
#include "geo/project.h"
#include "geo/workspace.h"

namespace cli {

bool looksLikeProject(const std::string& path);
// Options --layer, --crs, --province-crs, --province, --axis-order and
// --encoding apply to a single file. allowEmpty: a layer without features
// is a layer, not an error (area of an empty layer is 0 ha).
// keepReading, when given, is asked during the read: false (Ctrl-C) stops it with geo::Cancelled.
geo::LoadedLayer loadSingleFile(const std::string& path, const Arguments& args, bool allowEmpty = false,
                                std::function<bool()> keepReading = {});
// The same file as read, in its own CRS, not yet normalised (info describes
// what normalising cannot take: no CRS, a non-earth CRS).
geo::Layer readSingleFile(const std::string& path, const Arguments& args, bool allowEmpty = false,
                          std::function<bool()> keepReading = {});
std::vector<OptionSpec> singleFileOptions();

// The project named on the command line: --province replaces the project's
// province (and so its TM-3 CRS); --allow-network lets its layers be GDAL
// network or virtual sources (geo/source_path.h) for this run; --area
// replaces its area mode.
geo::Project loadProjectArgument(const std::string& path, const Arguments& args);
OptionSpec allowNetworkOption();
// --allow-missing: statistics computed although a layer they need did not
// load; every output then names the missing layer (geo/missing_layers.h).
OptionSpec allowMissingOption();
// --area geodesic|auto (geo/area_mode.h): the mode it names, else fallback.
// Throws UsageError for another value.
OptionSpec areaModeOption();
geo::AreaMode areaModeArgument(const Arguments& args, geo::AreaMode fallback);

// Throws the load error of a layer whose coordinates look latitude first:
// its numbers would be wrong, so area and stats refuse to print them.
void refuseSwappedLayers(const geo::Workspace& ws);

}  // namespace cli
