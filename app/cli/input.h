#pragma once
// Opening what the user names on the command line: a project file, or a
// single vector file read as a one-layer project.
#include <string>

#include "command_line.h"
#include "geo/workspace.h"

namespace cli {

bool looksLikeProject(const std::string& path);
// Options --layer, --crs and --province-crs apply to a single file.
geo::LoadedLayer loadSingleFile(const std::string& path, const Arguments& args);
std::vector<OptionSpec> singleFileOptions();

}  // namespace cli
