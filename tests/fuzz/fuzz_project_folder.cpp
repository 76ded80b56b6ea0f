// Fuzzes a project file in a real project folder: the bytes are written as
// project.vtproj into a fresh temporary folder that holds a few tiny real
// layers (written once with GDAL), then the whole path a user's project takes
// runs: geo::loadProject (parsing, path resolution against the folder, the
// source guard), geo::loadWorkspace (GDAL reading, CRS, repair), linking,
// statistics and the data-quality report. Properties: only geo::Error (or
// Cancelled) escapes; the layer files are byte for byte as written; nothing
// but project.vtproj appears in the folder (no .gfs, no .aux.xml, no temp
// file) and nothing in the folder beside it (where a "../" path points).
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <unistd.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <string>

#include "fuzz_util.h"
#include "geo/error.h"
#include "geo/link.h"
#include "geo/project.h"
#include "geo/quality.h"
#include "geo/source_guard.h"
#include "geo/stats.h"
#include "geo/workspace.h"

namespace fs = std::filesystem;

namespace {

fs::path gRoot;     // /tmp/vt-fuzz-folder-<pid>: holds the project folder and its sibling
fs::path gFolder;   // gRoot/project: the layers and project.vtproj
fs::path gSibling;  // gRoot/outside: must stay empty
std::map<fs::path, std::string> gLayerBytes;  // every file of the folder but project.vtproj, as written

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeAll(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) vt_fuzz::fail("cannot write the fuzz input file");
}

// A one-layer file through GDAL: fields "code" and "n" (text, real), features
// from WKT. epsg 0 = no CRS.
void writeLayer(const fs::path& path, const char* driver, int epsg, OGRwkbGeometryType type,
                const std::vector<std::array<std::string, 3>>& rows) {
    GDALDriverH d = GDALGetDriverByName(driver);
    if (!d) vt_fuzz::fail("GDAL driver missing");
    GDALDatasetH ds = GDALCreate(d, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds) vt_fuzz::fail("GDAL cannot create a fixture layer");
    OGRSpatialReferenceH srs = nullptr;
    if (epsg) {
        srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, epsg);
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    }
    OGRLayerH layer = GDALDatasetCreateLayer(ds, path.stem().c_str(), srs, type, nullptr);
    if (!layer) vt_fuzz::fail("GDAL cannot create a fixture layer");
    for (const char* name : {"code", "n"}) {
        OGRFieldDefnH fd = OGR_Fld_Create(name, name[0] == 'n' ? OFTReal : OFTString);
        OGR_L_CreateField(layer, fd, 1);
        OGR_Fld_Destroy(fd);
    }
    for (const auto& [code, n, wkt] : rows) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(f, 0, code.c_str());
        OGR_F_SetFieldDouble(f, 1, std::atof(n.c_str()));
        OGRGeometryH g = nullptr;
        char* text = const_cast<char*>(wkt.c_str());
        if (OGR_G_CreateFromWkt(&text, nullptr, &g) != OGRERR_NONE) vt_fuzz::fail("bad fixture WKT");
        OGR_F_SetGeometryDirectly(f, g);
        if (OGR_L_CreateFeature(layer, f) != OGRERR_NONE) vt_fuzz::fail("GDAL cannot write a fixture feature");
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    if (srs) OSRRelease(srs);
}

std::set<fs::path> listing(const fs::path& dir) {
    std::set<fs::path> out;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) out.insert(it->path());
    return out;
}

// The folder goes when the fuzzer exits (libFuzzer ends with exit()).
void removeRoot() {
    std::error_code ec;
    fs::remove_all(gRoot, ec);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    setenv("PROJ_NETWORK", "OFF", 1);
    GDALAllRegister();
    gRoot = fs::temp_directory_path() / ("vt-fuzz-folder-" + std::to_string(::getpid()));
    gFolder = gRoot / "project";
    gSibling = gRoot / "outside";
    std::error_code ec;
    fs::remove_all(gRoot, ec);
    fs::create_directories(gFolder);
    std::atexit(removeRoot);
    fs::create_directories(gSibling);
    const std::string sq = "POLYGON ((105.9 9.6,106.0 9.6,106.0 9.7,105.9 9.7,105.9 9.6))";
    writeLayer(gFolder / "zones.geojson", "GeoJSON", 4326, wkbPolygon, {{"941", "1", sq}});
    writeLayer(gFolder / "plots.gpkg", "GPKG", 4326, wkbPolygon,
               {{"VN-STOR-0001", "1.2", "POLYGON ((105.91 9.61,105.92 9.61,105.92 9.62,105.91 9.61))"},
                {"VN-STOR-0002", "1e70", "POLYGON ((105.915 9.61,105.93 9.61,105.93 9.63,105.915 9.61))"}});
    // A shapefile without .prj in VN-2000 / TM-3 metres: the CRS guess runs.
    writeLayer(gFolder / "htx.shp", "ESRI Shapefile", 0, wkbPoint, {{"HTX-0001", "120", "POINT (561000 1064000)"}});
    writeAll(gFolder / "money.csv", "ma_htx,vnd\nHTX-0001,2.150.000.000\nHTX-0404,-5\n");
    for (const fs::path& p : listing(gFolder)) gLayerBytes[p] = readAll(p);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const fs::path file = gFolder / "project.vtproj";
    writeAll(file, std::string(reinterpret_cast<const char*>(data), size));
    try {
        geo::Project project = geo::loadProject(file.string());
        geo::Workspace ws = geo::loadWorkspace(project);
        geo::Links links = geo::linkWorkspace(ws);
        geo::Statistics stats = geo::computeStatistics(ws, links);
        geo::checkQuality(ws, links, stats, geo::severityOverrides(project));
    } catch (const geo::Error&) {
    } catch (const geo::Cancelled&) {
        vt_fuzz::fail("cancelled without a progress callback");
    }
    geo::clearProtectedSources();
    // Sources are never modified and nothing is written beside them.
    std::set<fs::path> now = listing(gFolder);
    now.erase(file);
    for (const fs::path& p : now)
        if (!gLayerBytes.count(p)) {
            std::fprintf(stderr, "new file: %s\n", p.c_str());
            vt_fuzz::fail("reading a project wrote a file into its folder");
        }
    for (const auto& [p, bytes] : gLayerBytes)
        if (readAll(p) != bytes) {
            std::fprintf(stderr, "changed: %s\n", p.c_str());
            vt_fuzz::fail("reading a project changed a source file");
        }
    if (!listing(gSibling).empty()) vt_fuzz::fail("reading a project wrote beside its folder");
    return 0;
}
