#pragma once
// Shared helpers for geo tests: a temporary folder that cleans itself up,
// files written from strings, and shapefiles written through GDAL from WKT.
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

namespace vt_test {

namespace fs = std::filesystem;

class TempDir {
public:
    TempDir() {
        static std::atomic<int> counter{0};
        path_ = fs::temp_directory_path() /
                ("vt-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    fs::path path_;
};

inline std::string writeText(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    return path.string();
}

inline std::string readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Writes a layer with one text field "code" through GDAL. epsg 0 = no CRS
// (for a shapefile: no .prj).
inline std::string writeOgr(const std::string& path, const char* driverName, int epsg,
                            const std::vector<std::pair<std::string, std::string>>& codeAndWkt,
                            OGRwkbGeometryType type = wkbPolygon) {
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName(driverName);
    GDALDatasetH ds = GDALCreate(driver, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    OGRSpatialReferenceH srs = nullptr;
    if (epsg) {
        srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, epsg);
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    }
    OGRLayerH layer = GDALDatasetCreateLayer(ds, fs::path(path).stem().c_str(), srs, type, nullptr);
    OGRFieldDefnH fd = OGR_Fld_Create("code", OFTString);
    OGR_L_CreateField(layer, fd, 1);
    OGR_Fld_Destroy(fd);
    for (const auto& [code, wkt] : codeAndWkt) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(f, 0, code.c_str());
        OGRGeometryH g = nullptr;
        char* text = const_cast<char*>(wkt.c_str());
        OGR_G_CreateFromWkt(&text, nullptr, &g);
        OGR_F_SetGeometryDirectly(f, g);
        OGRErr err = OGR_L_CreateFeature(layer, f);
        OGR_F_Destroy(f);
        if (err != OGRERR_NONE) throw std::runtime_error("test fixture: GDAL could not write a feature to " + path);
    }
    GDALClose(ds);
    if (srs) OSRRelease(srs);
    return path;
}

}  // namespace vt_test
