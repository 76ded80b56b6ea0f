#include "geo/raster_view.h"

#include <gdal_utils.h>
#include <cpl_string.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <mutex>
#include <cstdio>
#include <filesystem>
#include <cctype>
#include <set>

#include "gdal_util.h"
#include "geo/error.h"
#include "geo/source_reach.h"

namespace geo {
namespace fs = std::filesystem;
using detail::DatasetPtr;
using detail::GdalErrorCapture;

namespace {

// Web Mercator's square: the extent of zoom level 0 of every XYZ scheme.
constexpr double kMercatorHalf = 20037508.342789244;

std::string number(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string joined(const std::vector<std::string>& messages) {
    std::string out;
    for (const auto& m : messages) {
        if (m.empty() || out.find(m) != std::string::npos) continue;
        out += (out.empty() ? "" : "; ") + m;
    }
    return out.empty() ? std::string("GDAL gave no reason") : out;
}

[[noreturn]] void failRaster(const RasterSource& s, const std::string& what) {
    throw IoError("raster '" + s.label() + "'" + (s.isTiles() ? "" : " (" + s.path + ")") + ": " + what);
}

// A GDAL argv list built from strings, for the gdal_utils entry points.
class Argv {
public:
    Argv& add(std::string s) {
        args_.push_back(std::move(s));
        return *this;
    }
    std::vector<char*> get() {
        std::vector<char*> out;
        for (auto& a : args_) out.push_back(a.data());
        out.push_back(nullptr);
        return out;
    }

private:
    std::vector<std::string> args_;
};

struct WarpOptionsDeleter {
    void operator()(GDALWarpAppOptions* o) const { GDALWarpAppOptionsFree(o); }
};
struct TranslateOptionsDeleter {
    void operator()(GDALTranslateOptions* o) const { GDALTranslateOptionsFree(o); }
};

int CPL_STDCALL keepGoing(double, const char*, void* data) {
    auto* cancel = static_cast<const std::atomic<bool>*>(data);
    return cancel && cancel->load(std::memory_order_relaxed) ? FALSE : TRUE;
}

bool cancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

// Opens the source with only the drivers a basemap may use: a raster path
// cannot smuggle in a VRT or a WMS document that reads elsewhere.
DatasetPtr openSource(const RasterSource& s, bool offline, const SourceReach* reach, GdalErrorCapture& errors) {
    detail::registerGdalOnce();
    if (s.isTiles()) {
        std::error_code ec;
        if (!s.cacheDir.empty()) {
            fs::create_directories(s.cacheDir, ec);
            if (ec) failRaster(s, "cannot create the tile cache folder '" + s.cacheDir + "': " + ec.message());
        }
        const char* drivers[] = {"WMS", nullptr};
        std::string name = gdalRasterName(s, offline);
        DatasetPtr ds(GDALOpenEx(name.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, drivers, nullptr, nullptr));
        if (!ds) failRaster(s, "GDAL cannot use the tile template: " + joined(errors.take()));
        return ds;
    }
    std::error_code ec;
    if (s.path.empty()) failRaster(s, "neither a path nor a URL template");
    if (!fs::exists(s.path, ec)) failRaster(s, "file not found");
    if (!fs::is_regular_file(s.path, ec)) failRaster(s, "not a regular file");
    SourceReach ownFolder;
    const SourceReach& where = reach ? *reach : ownFolder;
    checkReachBeforeOpen(s.path, where, ReadLimits{});
    const char* drivers[] = {"GTiff", "MBTiles", nullptr};
    DatasetPtr ds(GDALOpenEx(s.path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!ds) {
        std::string why = joined(errors.take());
        failRaster(s, "not a GeoTIFF or MBTiles raster GDAL can read (" + why + ")");
    }
    char** files = GDALGetFileList(ds.get());
    std::vector<std::string> opened;
    for (char** f = files; f && *f; ++f) opened.emplace_back(*f);
    CSLDestroy(files);
    checkFilesOpened(s.path, opened, where);
    return ds;
}

// What the view needs from a dataset: checks it is drawable and returns its
// full resolution (source CRS units a pixel).
double checkDrawable(const RasterSource& s, GDALDatasetH ds) {
    double gt[6];
    if (GDALGetGeoTransform(ds, gt) != CE_None || gt[1] == 0 || gt[5] == 0)
        failRaster(s, "has no georeferencing (no geotransform): save it as a GeoTIFF with its coordinates");
    if (gt[2] != 0 || gt[4] != 0) failRaster(s, "is rotated; warp it to a north-up GeoTIFF first (gdalwarp)");
    if (!GDALGetSpatialRef(ds))
        failRaster(s, "has no coordinate reference system: set one (gdal_edit.py -a_srs EPSG:9209 FILE)");
    int bands = GDALGetRasterCount(ds);
    if (bands < 1 || bands > 4) failRaster(s, "has " + std::to_string(bands) + " bands; a basemap has 1 to 4 (grey, RGB, RGBA)");
    for (int b = 1; b <= bands; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(ds, b);
        if (!band) failRaster(s, "band " + std::to_string(b) + " cannot be read");
        if (GDALGetRasterDataType(band) != GDT_Byte)
            failRaster(s, "band " + std::to_string(b) + " holds " + GDALGetDataTypeName(GDALGetRasterDataType(band)) +
                              " values; a basemap holds 8-bit colours (gdal_translate -ot Byte -scale)");
    }
    if (GDALGetRasterXSize(ds) < 1 || GDALGetRasterYSize(ds) < 1) failRaster(s, "is empty (no pixels)");
    return std::fabs(gt[1]);
}

struct SrsTransform {
    detail::SrsPtr from, to;
    OGRCoordinateTransformationH ct = nullptr;
    ~SrsTransform() {
        if (ct) OCTDestroyCoordinateTransformation(ct);
    }
};

// Source pixels per output pixel at the view's centre, measured along its
// middle row (so a view in another CRS is measured where it is drawn).
double sourcePixelsPerOutputPixel(const RasterSource& s, GDALDatasetH ds, const RasterRequest& r, double fullRes) {
    SrsTransform t;
    t.from.reset(OSRNewSpatialReference(nullptr));
    if (!t.from || OSRSetFromUserInput(t.from.get(), r.crs.c_str()) != OGRERR_NONE)
        throw CrsError("map CRS '" + r.crs + "' is not one PROJ knows");
    t.to.reset(OSRClone(GDALGetSpatialRef(ds)));
    if (!t.to) failRaster(s, "its CRS cannot be copied");
    OSRSetAxisMappingStrategy(t.from.get(), OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(t.to.get(), OAMS_TRADITIONAL_GIS_ORDER);
    // The same CRS (the usual case: an orthophoto in the province's own zone)
    // needs no transformation, and building one costs PROJ database queries.
    if (OSRIsSame(t.from.get(), t.to.get()))
        return (r.extent.maxX - r.extent.minX) / r.width / fullRes;
    t.ct = OCTNewCoordinateTransformation(t.from.get(), t.to.get());
    if (!t.ct) failRaster(s, "no transformation from the map CRS " + r.crs + " to the raster's CRS");
    const double cy = (r.extent.minY + r.extent.maxY) / 2, cx = (r.extent.minX + r.extent.maxX) / 2;
    const double half = (r.extent.maxX - r.extent.minX) / 4;  // the middle half of the row
    double x[2] = {cx - half, cx + half}, y[2] = {cy, cy};
    int ok[2] = {0, 0};
    if (!OCTTransformEx(t.ct, 2, x, y, nullptr, ok) || !ok[0] || !ok[1]) return 1.0;  // outside the CRS's domain
    const double sourceUnits = std::hypot(x[1] - x[0], y[1] - y[0]);
    const double outputPixels = 2 * half / (r.extent.maxX - r.extent.minX) * r.width;
    return sourceUnits / outputPixels / fullRes;
}

}  // namespace

int chooseOverview(double targetResolution, double fullResolution, const std::vector<double>& overviewResolutions) {
    int chosen = -1;
    double best = fullResolution;
    // Half a percent of slack: an overview of 1001 × 1001 px for 2001 px is "twice" as coarse.
    for (std::size_t i = 0; i < overviewResolutions.size(); ++i) {
        double res = overviewResolutions[i];
        if (res > best && res <= targetResolution * 1.005) {
            best = res;
            chosen = static_cast<int>(i);
        }
    }
    return chosen;
}

std::string gdalRasterName(const RasterSource& s, bool offline) {
    if (!s.isTiles()) return s.path;
    const std::string& url = s.urlTemplate;
    if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0 && url.rfind("file://", 0) != 0)
        throw IoError("tiles '" + s.label() + "': the URL template '" + url +
                      "' must start with http://, https:// or file://");
    // A WMTS RESTful template on the GoogleMapsCompatible tile matrix set
    // (the Web Mercator grid of XYZ tiles) names the same three numbers
    // {TileMatrix}, {TileCol} and {TileRow} (OGC 07-057r7, 10.1; names are
    // case-insensitive there).
    auto xyzKey = [](std::string key) -> std::string {
        for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (key == "z" || key == "tilematrix") return "z";
        if (key == "x" || key == "tilecol") return "x";
        if (key == "y" || key == "tilerow") return "y";
        return "";
    };
    std::string server;
    std::set<std::string> seen;
    // Each "{key}" (no '}' inside) becomes GDAL's "${z}" etc.; a '{' without
    // its '}' is text.
    std::size_t last = 0;
    for (std::size_t open = url.find('{'); open != std::string::npos; open = url.find('{', last)) {
        const std::size_t close = url.find('}', open + 1);
        if (close == std::string::npos) break;
        const std::string key = url.substr(open + 1, close - open - 1);
        const std::string xyz = xyzKey(key);
        if (xyz.empty())
            throw IoError("tiles '" + s.label() + "': the URL template has {" + key +
                          "}; only {z}, {x} and {y} (or WMTS's {TileMatrix}, {TileCol} and {TileRow}) are understood");
        seen.insert(xyz);
        server += url.substr(last, open - last) + "${" + xyz + "}";
        last = close + 1;
    }
    server += url.substr(last);
    for (const char* p : {"z", "x", "y"})
        if (!seen.count(p))
            throw IoError("tiles '" + s.label() + "': the URL template '" + url + "' has no {" + p +
                          "} (e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png)");
    if (s.maxZoom < 0 || s.maxZoom > 24)
        throw IoError("tiles '" + s.label() + "': max_zoom " + std::to_string(s.maxZoom) + " is outside 0..24");
    char* escaped = CPLEscapeString(server.c_str(), -1, CPLES_XML);
    std::string serverXml = escaped ? escaped : "";
    CPLFree(escaped);
    std::string cacheXml;
    if (!s.cacheDir.empty()) {
        char* c = CPLEscapeString(s.cacheDir.c_str(), -1, CPLES_XML);
        cacheXml = std::string("<Cache><Path>") + (c ? c : "") + "</Path></Cache>";
        CPLFree(c);
    }
    const std::string h = number(kMercatorHalf);
    return "<GDAL_WMS><Service name=\"TMS\"><ServerUrl>" + serverXml +
           "</ServerUrl></Service>"
           "<DataWindow><UpperLeftX>-" + h + "</UpperLeftX><UpperLeftY>" + h + "</UpperLeftY>"
           "<LowerRightX>" + h + "</LowerRightX><LowerRightY>-" + h + "</LowerRightY>"
           "<TileLevel>" + std::to_string(s.maxZoom) + "</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY>"
           "<YOrigin>top</YOrigin></DataWindow>"
           "<Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY>"
           "<BandsCount>4</BandsCount><ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes>"
           "<UserAgent>VungTrong (agricultural planning GIS)</UserAgent><Timeout>20</Timeout>" +
           cacheXml + (offline ? "<OfflineMode>true</OfflineMode>" : "") + "</GDAL_WMS>";
}

void checkRasterSource(const RasterSource& source, const SourceReach* reach) {
    GdalErrorCapture errors;
    DatasetPtr ds = openSource(source, /*offline=*/true, reach, errors);
    checkDrawable(source, ds.get());
}

namespace {

// A source opened and ready to warp: the dataset, its palette expanded
// when it has one, and its full resolution.
struct OpenRaster {
    std::string key;
    DatasetPtr dataset;
    DatasetPtr expanded;  // null without a palette
    double fullRes = 0;
    GDALDatasetH warpSource() const { return expanded ? expanded.get() : dataset.get(); }
};

OpenRaster openForWarp(const RasterSource& s, bool offline, const SourceReach* reach, GdalErrorCapture& errors) {
    OpenRaster o;
    o.dataset = openSource(s, offline, reach, errors);
    o.fullRes = checkDrawable(s, o.dataset.get());
    // A palette raster (a scanned map) is expanded to RGBA first, so the
    // warp samples colours, not palette indexes.
    GDALDatasetH src = o.dataset.get();
    if (GDALGetRasterCount(src) == 1 && GDALGetRasterColorTable(GDALGetRasterBand(src, 1))) {
        Argv a;
        a.add("-of").add("VRT").add("-expand").add("rgba");
        auto argv = a.get();
        std::unique_ptr<GDALTranslateOptions, TranslateOptionsDeleter> opts(GDALTranslateOptionsNew(argv.data(), nullptr));
        if (!opts) failRaster(s, "cannot expand its palette: " + joined(errors.take()));
        int usageError = FALSE;
        o.expanded.reset(GDALTranslate("", src, opts.get(), &usageError));
        if (!o.expanded) failRaster(s, "cannot expand its palette: " + joined(errors.take()));
    }
    return o;
}

// Files stay open between frames, a few per thread (GDAL datasets are not
// shared between threads), so GDAL's block cache keeps their decoded tiles:
// a pan re-reads nothing it has. The key holds the file's size and time, so
// a file replaced on disk is opened again, and the reach it was checked with.
constexpr std::size_t kOpenFilesPerThread = 4;

const OpenRaster& openFileCached(const RasterSource& s, const SourceReach* reach, GdalErrorCapture& errors) {
    thread_local std::vector<OpenRaster> open;
    std::error_code ec;
    auto size = fs::file_size(s.path, ec);
    auto time = ec ? fs::file_time_type{} : fs::last_write_time(s.path, ec);
    std::string key;
    if (!ec) {
        key = s.path + "|" + std::to_string(size) + "|" + std::to_string(time.time_since_epoch().count()) + "|";
        if (reach) {
            key += reach->projectFolder + "|" + (reach->allowNetwork ? "net|" : "|");
            for (const auto& f : reach->namedFiles) key += f + "|";
        }
        for (std::size_t i = 0; i < open.size(); ++i)
            if (open[i].key == key) {
                std::rotate(open.begin(), open.begin() + static_cast<std::ptrdiff_t>(i),
                            open.begin() + static_cast<std::ptrdiff_t>(i) + 1);  // most recent first
                return open.front();
            }
    }
    OpenRaster o = openForWarp(s, false, reach, errors);  // throws for a missing or bad file
    o.key = key;
    if (open.size() >= kOpenFilesPerThread) open.pop_back();
    open.insert(open.begin(), std::move(o));
    return open.front();
}

// One attempt at the view: online or from the cache alone.
RasterImage renderOnce(const RasterSource& s, const RasterRequest& r, bool offline, const SourceReach* reach,
                       const std::atomic<bool>* cancel, GdalErrorCapture& errors) {
    RasterImage out;
    OpenRaster tiles;
    const OpenRaster& opened =
        s.isTiles() ? (tiles = openForWarp(s, offline, reach, errors)) : openFileCached(s, reach, errors);
    const double fullRes = opened.fullRes;
    GDALDatasetH src = opened.warpSource();

    out.sourcePixelsPerOutputPixel = sourcePixelsPerOutputPixel(s, src, r, fullRes);
    std::vector<double> overviewRes;
    GDALRasterBandH band1 = GDALGetRasterBand(src, 1);
    const int fullWidth = GDALGetRasterXSize(src);
    for (int i = 0; i < GDALGetOverviewCount(band1); ++i) {
        GDALRasterBandH o = GDALGetOverview(band1, i);
        int w = o ? GDALGetRasterBandXSize(o) : 0;
        overviewRes.push_back(w > 0 ? fullRes * fullWidth / w : 0.0);
    }
    out.overviewLevel = chooseOverview(out.sourcePixelsPerOutputPixel * fullRes, fullRes, overviewRes);
    // Nearest neighbour: each screen pixel shows one source pixel as it is.
    // Reduction is the overviews' work (averaged when built), so the warp
    // never reduces by 2× or more; bilinear cost twice the time of a frame
    // (measured on the demo at province scale: 186 against 92 ms CPU).

    Argv a;
    a.add("-of").add("MEM").add("-t_srs").add(r.crs);
    a.add("-te").add(number(r.extent.minX)).add(number(r.extent.minY)).add(number(r.extent.maxX)).add(number(r.extent.maxY));
    a.add("-ts").add(std::to_string(r.width)).add(std::to_string(r.height));
    a.add("-r").add("near");
    a.add("-ovr").add(out.overviewLevel < 0 ? std::string("NONE") : std::to_string(out.overviewLevel));
    a.add("-dstalpha");
    auto argv = a.get();
    std::unique_ptr<GDALWarpAppOptions, WarpOptionsDeleter> opts(GDALWarpAppOptionsNew(argv.data(), nullptr));
    if (!opts) failRaster(s, "cannot set up the reprojection: " + joined(errors.take()));
    GDALWarpAppOptionsSetProgress(opts.get(), keepGoing, const_cast<std::atomic<bool>*>(cancel));
    int usageError = FALSE;
    GDALDatasetH inputs[] = {src};
    DatasetPtr warped(GDALWarp("", nullptr, 1, inputs, opts.get(), &usageError));
    if (cancelled(cancel)) return RasterImage{};
    if (!warped) failRaster(s, "cannot be drawn in " + r.crs + ": " + joined(errors.take()));

    const int bands = GDALGetRasterCount(warped.get());  // colour bands, then the alpha -dstalpha added
    if (bands != 2 && bands != 4) failRaster(s, "reprojection gave " + std::to_string(bands) + " bands, not grey or RGB with alpha");
    out.width = r.width;
    out.height = r.height;
    out.rgba.assign(static_cast<std::size_t>(r.width) * static_cast<std::size_t>(r.height) * 4, 0);
    // Grey + alpha: the grey band fills R, G and B.
    const int colourBands = bands - 1;
    for (int c = 0; c < 4; ++c) {
        int b = c == 3 ? bands : (colourBands == 1 ? 1 : c + 1);
        GDALRasterBandH band = GDALGetRasterBand(warped.get(), b);
        if (!band || GDALRasterIO(band, GF_Read, 0, 0, r.width, r.height, out.rgba.data() + c, r.width, r.height,
                                  GDT_Byte, 4, static_cast<GSpacing>(r.width) * 4) != CE_None)
            failRaster(s, "reading the reprojected band " + std::to_string(b) + " failed: " + joined(errors.take()));
    }
    return out;
}

}  // namespace

namespace {

// A server that could not be reached is not asked again for a minute: every
// frame would otherwise wait for the network to time out (up to the 20 s of
// <Timeout>) before drawing from the cache. Per template, for the process.
constexpr std::chrono::seconds kRetryServerAfter{60};
std::mutex unreachableMutex;
std::map<std::string, std::chrono::steady_clock::time_point> unreachableSince;

bool recentlyUnreachable(const std::string& urlTemplate) {
    std::lock_guard lock(unreachableMutex);
    auto it = unreachableSince.find(urlTemplate);
    return it != unreachableSince.end() && std::chrono::steady_clock::now() - it->second < kRetryServerAfter;
}

void markReachable(const std::string& urlTemplate, bool reachable) {
    std::lock_guard lock(unreachableMutex);
    if (reachable)
        unreachableSince.erase(urlTemplate);
    else
        unreachableSince[urlTemplate] = std::chrono::steady_clock::now();
}

}  // namespace

RasterImage renderRaster(const RasterSource& source, const RasterRequest& request, const SourceReach* reach,
                         const std::atomic<bool>* cancel) {
    if (request.width < 1 || request.height < 1 || request.width > 16384 || request.height > 16384)
        throw IoError("raster '" + source.label() + "': a view of " + std::to_string(request.width) + " × " +
                      std::to_string(request.height) + " px cannot be drawn (1 to 16384 px a side)");
    if (request.extent.isNull() || !(request.extent.maxX > request.extent.minX) ||
        !(request.extent.maxY > request.extent.minY))
        throw IoError("raster '" + source.label() + "': the view's extent is empty");
    GdalErrorCapture errors;
    if (!source.isTiles()) return renderOnce(source, request, false, reach, cancel, errors);
    std::string why;
    if (recentlyUnreachable(source.urlTemplate)) {
        why = "tiles '" + source.label() + "': the server could not be reached less than a minute ago";
    } else {
        try {
            RasterImage online = renderOnce(source, request, false, reach, cancel, errors);
            if (!cancelled(cancel)) markReachable(source.urlTemplate, true);
            return online;
        } catch (const IoError& failed) {
            if (cancelled(cancel)) return RasterImage{};
            markReachable(source.urlTemplate, false);
            why = failed.what();
        }
    }
    // No network or the server is down: what the cache holds is still the map.
    errors.take();
    RasterImage cached = renderOnce(source, request, true, reach, cancel, errors);
    cached.fromCacheOnly = true;
    cached.notes.push_back(why + ": drawn from the tile cache");
    return cached;
}

}  // namespace geo
