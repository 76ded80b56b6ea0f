#pragma once
// The project file: a small JSON document naming the layers, their roles,
// key fields, and optional CRS/encoding overrides. Paths are relative to the
// project file or absolute; what they may name is in geo/source_path.h.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geo/area_mode.h"

namespace geo {

enum class LayerRole { Zones, PlantingAreas, Cooperatives, Investments, Boundary, Table };
const char* toString(LayerRole role);  // "zones", "planting_areas", ...
std::optional<LayerRole> parseLayerRole(const std::string& s);

struct LayerSpec {
    std::string id;               // unique within the project, e.g. "districts"
    LayerRole role = LayerRole::Table;
    std::string path;             // as written in the file (relative); "PG:service=…" for a PostGIS layer
                                  // (project key "postgis": {…}, geo/postgis.h), layerName then "schema.table"
    std::string layerName;        // inside a multi-layer source; "" = first
    std::string crs;              // override
    std::string encoding;         // override
    std::string title;            // shown to users
    // Role-specific field names: "code", "name", "crop", "cooperative",
    // "declared_ha", "members", "ocop_stars", "amount_vnd", "programme",
    // "year", "key", "kind", "wkt", "x", "y".
    std::map<std::string, std::string> fields;
    // Last, so that positional initialisers of the fields above still hold.
    std::string axisOrder = {};   // "lat_lon" when the source is latitude first; "" = as stored, checked
    // The map: the layer's style as canonical JSON text ("" = the default,
    // geo/layer_style_spec.h) and whether it is shown.
    std::string style = {};
    bool visible = true;
    // PostgreSQL: the layer is this query's result instead of the table in
    // layerName (project key "postgis": {"sql": …}); path is then "PG:…".
    std::string sql = {};

    std::string field(const std::string& key) const;  // "" when not set
};

// A raster background ("basemaps" in the project file, drawn under every
// layer in list order): a GeoTIFF/COG or MBTiles file, or XYZ tiles from a
// URL template. See geo/raster_view.h for how it is drawn, geo/basemap.h
// for how the file's keys are read.
struct BasemapSpec {
    std::string id;               // unique among layers and basemaps
    std::string name;             // shown to users
    std::string path;             // a GeoTIFF or MBTiles file (relative to the project), or
    std::string url;              // an XYZ template: https://tile.openstreetmap.org/{z}/{x}/{y}.png
    std::string attribution;      // drawn on the map and in exports
    std::string cache;            // XYZ tile cache folder; "" = under the user's cache folder
    double opacity = 1.0;         // 0..1
    bool visible = true;
    int maxZoom = 19;             // XYZ: deepest zoom level the server has
};

struct LinkRules {
    // "key" (by the cooperative field) or "spatial" (inside, else nearest).
    std::string plantingToCooperative = "key";
    double maxLinkDistanceMetres = 1000;
};

struct Crosswalk {
    std::string path;             // CSV: old code → new code
    std::string fromField = "from_code";
    std::string toField = "to_code";
    std::string toNameField = "to_name";
};

// "view": what the app showed when the project was saved, restored when it
// opens. The command line ignores it: its statistics are by --by or the
// project's zones layer.
struct ProjectView {
    std::string statisticsBy;     // "statistics_by": layer id the app's statistics are by; "" = the zones layer
    std::string extentCrs;        // "extent_crs": CRS of extent, e.g. "EPSG:9209"; "" = no extent saved
    double minX = 0, minY = 0, maxX = 0, maxY = 0;  // "extent": the map's extent, in extentCrs units
    bool hasExtent() const { return !extentCrs.empty(); }
    bool operator==(const ProjectView&) const = default;
};

struct Project {
    std::string filePath;         // absolute path of the project file
    std::string name;
    std::string description;
    std::string provinceCrs;      // e.g. "EPSG:9209": the province's own CRS
    std::string province;         // e.g. "Sóc Trăng": its VN-2000 TM-3 zone (PROJ's database) is provinceCrs
    std::string codePattern = "^VN-[A-Z]{4}-[0-9]{4,6}$";
    double declaredAreaTolerancePct = 5.0;
    // Data-quality severities overriding the defaults: finding kind → "info" | "warning" | "error".
    std::map<std::string, std::string> qualitySeverity;
    std::vector<LayerSpec> layers;
    std::vector<BasemapSpec> basemaps;  // bottom first
    LinkRules links;
    std::optional<Crosswalk> crosswalk;
    // "allow_network": GDAL network and virtual paths (/vsicurl/, http://, PG:…)
    // may be read; off by default (geo/source_path.h).
    bool allowNetwork = false;
    // "area": "geodesic" measures every polygon with PROJ's geodesic area;
    // "auto" (the default) small ones on the authalic sphere (geo/area.h).
    AreaMode areaMode = AreaMode::Auto;
    // "draw_order": layer ids from the bottom of the map to the top; layers
    // not named are drawn in the app's default order. Empty = all default.
    std::vector<std::string> drawOrder;
    ProjectView view;

    std::string folder() const;
    // Absolute path of a layer source (relative paths against the project
    // folder, ".." and absolute paths allowed); throws ProjectError for what
    // is not a data source (geo::resolveSourcePath).
    std::string resolve(const std::string& relativePath) const;
    const LayerSpec* findLayer(const std::string& id) const;
    const LayerSpec* firstWithRole(LayerRole role) const;
};

// Set the province by name (any case, with or without accents) and
// provinceCrs to its VN-2000 TM-3 zone from PROJ's database. Throws
// ProjectError when the name is unknown, or when provinceCrs is set to
// another CRS.
void setProvince(Project& project, const std::string& name);

// Throws ProjectError naming the file and the JSON path of the problem.
Project loadProject(const std::string& path);
Project parseProject(const std::string& jsonText, const std::string& filePath);
// Keys in a fixed order (the order of the fields above; objects such as
// "fields" sorted), so that saving an unchanged project gives the same bytes
// and projects diff well under version control.
std::string projectToJson(const Project& project);
// Atomic: temp file beside the target, then rename.
void saveProject(const Project& project, const std::string& path);

}  // namespace geo
