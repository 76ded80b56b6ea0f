#pragma once
// Reading vector sources with GDAL into geo::Layer.
#include <optional>
#include <string>
#include <vector>

#include "geo/layer.h"

namespace geo {

struct ReadOptions {
    std::string layerName;          // "" = the source's first layer
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
};

// Names of the layers in a source. Throws IoError naming the path.
std::vector<std::string> listLayers(const std::string& path);

// Read one layer: attributes decoded to UTF-8 NFC, geometry as stored (no
// repair), CRS from the source, else inferred and marked so, else override.
// Throws IoError (cannot open, no such layer, empty) naming path and reason.
Layer readLayer(const std::string& path, const ReadOptions& options = {});

}  // namespace geo
