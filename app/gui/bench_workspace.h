// The workspace the app's benchmarks (render_bench.cpp, edit_bench.cpp) read:
// the zones and plots of the peers' generator (../shared/bench-peers gen.py,
// layers "zones" and "plots" in EPSG:4326), with the province CRS of the demo.
#pragma once

#include <string>

#include "geo/workspace.h"

namespace vt::gui {

geo::Workspace generatedBenchWorkspace(const std::string& gpkg);

}  // namespace vt::gui
