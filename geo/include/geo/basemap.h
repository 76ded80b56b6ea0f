#pragma once
// The project's "basemaps": raster backgrounds read from the project file
// and resolved to what geo/raster_view.h draws.
//
//   "basemaps": [
//     {"id": "ortho", "name": "Orthophoto 2024", "path": "anh/ortho.tif", "opacity": 0.8},
//     {"id": "osm", "name": "OpenStreetMap", "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
//      "attribution": "© OpenStreetMap contributors", "max_zoom": 19, "visible": false}
//   ]
//
// Keys: id (required), name, path or url (exactly one), attribution,
// opacity (0..1), visible, cache (tile folder, relative to the project),
// max_zoom (0..24). Unknown keys are refused, as typing "opactiy" must not
// pass silently. A path obeys the rules of layer paths (geo/source_path.h);
// a URL template is a deliberate network source: naming it is the user's
// consent to fetch its tiles, so it needs no "allow_network".
#include <nlohmann/json_fwd.hpp>

#include <set>
#include <string>
#include <vector>

#include "geo/project.h"
#include "geo/raster_view.h"
#include "geo/source_reach.h"

namespace geo {

// Throws ProjectError naming the file and the entry ("basemaps[1].opacity").
// ids: the layer ids already taken (basemap ids are added to it).
std::vector<BasemapSpec> parseBasemaps(const nlohmann::json& list, const std::string& filePath,
                                       std::set<std::string>& ids);
nlohmann::json basemapsToJson(const std::vector<BasemapSpec>& basemaps);

// The source to draw: path resolved against the project, the tile cache
// defaulting to cacheRoot/tiles/<a hash of the template> so that two
// templates never share tiles. Throws ProjectError for a path the project
// may not read.
RasterSource basemapSource(const Project& project, const BasemapSpec& spec, const std::string& cacheRoot);

// Where the files GDAL opens for a basemap may lie: the project's places
// and the basemap's own file.
SourceReach basemapReach(const Project& project, const RasterSource& source);

}  // namespace geo
