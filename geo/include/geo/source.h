#pragma once
// Reading vector sources with GDAL into geo::Layer.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "geo/layer.h"
#include "geo/source_reach.h"

namespace geo {

struct ReadOptions {
    std::string layerName;          // "" = the source's first layer; PostgreSQL: "schema.table" (geo/postgis.h)
    std::string sql;                // PostgreSQL only: the layer is this query's result (read-only connection)
    std::string crsOverride;        // CRS definition replacing the source's (or the guess)
    std::string encodingOverride;   // e.g. "TCVN3"; "" = .cpg/LDID, else detected
    std::string provinceCrsHint;    // e.g. "EPSG:9209", helps the CRS guess
    // "lat_lon": the file's coordinates are latitude first, swap them;
    // "lon_lat": as stored; "": as stored, and checked (Layer::axesLookSwapped).
    std::string axisOrder;
    // CSV / XLSX without geometry column: fields holding WKT, or lon and lat.
    std::string wktField;
    std::string xField;
    std::string yField;
    bool allowEmpty = false;        // an empty layer is an error unless this is set
    // Where the files GDAL opens for the layer may lie (geo/source_reach.h):
    // by default the folder of the layer's file; a project gives its own.
    SourceReach reach = {};
    ReadLimits limits = {};
    // Asked every few hundred features (and between chunks of an archive
    // measured): false stops the read with geo::Cancelled. Called only from
    // the thread that called readLayer.
    std::function<bool()> keepReading = {};
    // Reading part of a layer (a planting layer too large to hold, read a
    // tile at a time: geo/tiled_statistics.h). Unset: every feature.
    struct Part {
        // Keep the feature? Its FID and envelope in the layer's CRS (null
        // without geometry). Called from several reader threads at once.
        std::function<bool(std::int64_t fid, const Envelope& envelope)> keep;
        // Where the kept features lie: with a spatial index, features whose
        // envelope misses it are never read. Null: no such hint.
        Envelope within = {};
    };
    std::optional<Part> part = {};
};

// Names of the layers in a source, whose files must lie within reach (by
// default the source's own folder). Throws IoError naming the path.
std::vector<std::string> listLayers(const std::string& path, const SourceReach& reach = {});

// How many features a layer holds when the source says so cheaply (a
// GeoPackage's or a shapefile's header), else -1. Throws as readLayer.
std::int64_t countFeaturesCheaply(const std::string& path, const ReadOptions& options = {});

// Read one layer: attributes decoded to UTF-8 NFC, geometry as stored (no
// repair), CRS from the source, else inferred and marked so, else override.
// Throws IoError (cannot open, no such layer, empty, a file GDAL would open
// out of options.reach, over options.limits) naming path and reason, and
// Cancelled when options.keepReading says stop.
Layer readLayer(const std::string& path, const ReadOptions& options = {});

}  // namespace geo
