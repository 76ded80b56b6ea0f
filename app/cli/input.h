#pragma once
// Opening what the user names on the command line: a project file, or a
// single vector file read as a one-layer project.
#include <string>

#include "command_line.h"
#include "geo/workspace.h"

namespace cli {

bool looksLikeProject(const std::string& path);
// Options --layer, --crs, --province-crs, --province, --axis-order and
// --encoding apply to a single file.
geo::LoadedLayer loadSingleFile(const std::string& path, const Arguments& args);
std::vector<OptionSpec> singleFileOptions();

// A project file with --province applied (it replaces the project's province).
geo::Project loadProjectWith(const std::string& path, const Arguments& args);

// Throws the load error of a layer whose coordinates look latitude first:
// its numbers would be wrong, so area and stats refuse to print them.
void refuseSwappedLayers(const geo::Workspace& ws);

}  // namespace cli
