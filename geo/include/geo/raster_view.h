#pragma once
// Raster backgrounds (basemaps): a GeoTIFF/COG orthophoto or scanned map, an
// MBTiles file, or XYZ tiles from a URL template, drawn into one viewport.
// Everything goes through GDAL (GTiff, MBTiles and WMS drivers), so one code
// path reprojects any of them to the map's CRS and picks the overview level
// that matches the view's resolution. No Qt here: the result is an RGBA
// buffer the app paints under its vector layers.
//
// XYZ tiles are cached on disk by GDAL (the WMS driver's <Cache>): a view
// whose tiles cannot be fetched (no network, server down) is drawn again
// from the cache alone, and the result says so; the server is then left
// alone for a minute, so no frame waits for a network that is not there.
#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "geo/geometry.h"

namespace geo {

struct SourceReach;

// One raster background as the project describes it (see geo/project.h,
// "basemaps"), with its place resolved.
struct RasterSource {
    std::string id;            // unique within the project's basemaps
    std::string name;          // shown to users
    std::string path;          // absolute local path of a GeoTIFF or MBTiles file; "" for tiles
    std::string urlTemplate;   // XYZ tiles: http(s):// or file:// with {z}, {x}, {y}
    std::string cacheDir;      // XYZ tiles: the on-disk tile cache (created when needed)
    std::string attribution;   // drawn on the map and in exports, e.g. "© OpenStreetMap contributors"
    int maxZoom = 19;          // XYZ tiles: the deepest zoom level the server has
    double opacity = 1.0;      // 0..1
    bool visible = true;

    bool isTiles() const { return !urlTemplate.empty(); }
    std::string label() const { return name.empty() ? (isTiles() ? urlTemplate : path) : name; }
};

// The viewport to fill: extent in crs, width × height pixels (row 0 at maxY).
struct RasterRequest {
    Envelope extent;
    int width = 0;
    int height = 0;
    std::string crs;           // anything PROJ accepts ("EPSG:9209", WKT)
};

struct RasterImage {
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgba;  // width × height × 4, row-major, straight (not premultiplied) alpha
    // The overview read: -1 = full resolution, k = GDAL overview k (0 the
    // finest); for XYZ tiles, overview k is zoom level maxZoom - 1 - k.
    int overviewLevel = -1;
    double sourcePixelsPerOutputPixel = 0;  // at the view's centre, full resolution
    bool fromCacheOnly = false;      // XYZ: the tiles could not be fetched; drawn from the cache
    std::vector<std::string> notes;  // for the user: why the view was drawn from the cache, ...

    bool empty() const { return rgba.empty(); }
};

// The dataset name GDAL opens for a source: the file path, or a <GDAL_WMS>
// document for XYZ tiles (offline: from the cache only). Throws IoError for a
// URL template GDAL cannot use (no {z}/{x}/{y}, an unknown placeholder, a
// scheme other than http, https or file).
std::string gdalRasterName(const RasterSource& source, bool offline = false);

// Checks the source can be drawn: the file exists, is a raster GDAL reads
// with the GTiff or MBTiles driver, has a CRS and a geotransform, 1 to 4
// bands of 8-bit values (or a palette). Throws IoError naming the file and
// the problem. reach (for files): where the files GDAL opens may lie.
void checkRasterSource(const RasterSource& source, const SourceReach* reach = nullptr);

// Draws the source into the request. Areas the raster does not cover are
// transparent. Returns an empty image when cancel was set. Throws IoError
// naming the source for a file that cannot be read, CrsError for a CRS PROJ
// cannot transform.
RasterImage renderRaster(const RasterSource& source, const RasterRequest& request,
                         const SourceReach* reach = nullptr, const std::atomic<bool>* cancel = nullptr);

// The overview to read for a view that needs targetResolution source units
// per output pixel, from the full resolution and the overviews' resolutions
// (finest first): the coarsest one still at least as fine as the view, so
// nothing is drawn blurrier than the screen shows. -1 = full resolution.
int chooseOverview(double targetResolution, double fullResolution, const std::vector<double>& overviewResolutions);

}  // namespace geo
