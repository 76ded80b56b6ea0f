#pragma once
// Raster fixtures made at test time with GDAL: GeoTIFFs holding a pattern
// whose every pixel says where it is, XYZ tile folders, and the inverse
// transform (map point → source pixel) the tests compare against.
#include <gdal.h>
#include <ogr_srs_api.h>
#include <cpl_string.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace vt_test {

// The colour of source pixel (col, row): distinct for neighbours, so a pixel
// drawn from the wrong place shows.
inline std::array<std::uint8_t, 3> patternColour(int col, int row) {
    return {static_cast<std::uint8_t>((col * 7 + row * 3) % 251), static_cast<std::uint8_t>((row * 13 + col) % 241),
            static_cast<std::uint8_t>((col * 5 + row * 11) % 239)};
}

inline void require(bool ok, const std::string& what) {
    if (!ok) throw std::runtime_error(what + ": " + CPLGetLastErrorMsg());
}

// Writes a north-up RGB raster: pixel (col, row) is patternColour(col, row).
inline GDALDatasetH createPattern(const char* driverName, const std::string& path, const std::string& crs,
                                  double originX, double originY, double pixel, int width, int height) {
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName(driverName);
    require(driver != nullptr, std::string("no GDAL driver ") + driverName);
    GDALDatasetH ds = GDALCreate(driver, path.c_str(), width, height, 3, GDT_Byte, nullptr);
    require(ds != nullptr, "cannot create " + path);
    double gt[6] = {originX, pixel, 0, originY, 0, -pixel};
    require(GDALSetGeoTransform(ds, gt) == CE_None, "geotransform of " + path);
    if (!crs.empty()) {
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        require(OSRSetFromUserInput(srs, crs.c_str()) == OGRERR_NONE, "CRS " + crs);
        require(GDALSetSpatialRef(ds, srs) == CE_None, "CRS of " + path);
        OSRRelease(srs);
    }
    std::vector<std::uint8_t> band(static_cast<std::size_t>(width) * height);
    for (int b = 0; b < 3; ++b) {
        for (int r = 0; r < height; ++r)
            for (int c = 0; c < width; ++c) band[static_cast<std::size_t>(r) * width + c] = patternColour(c, r)[b];
        require(GDALRasterIO(GDALGetRasterBand(ds, b + 1), GF_Write, 0, 0, width, height, band.data(), width, height,
                             GDT_Byte, 0, 0) == CE_None,
                "writing " + path);
    }
    return ds;
}

inline void writePatternTiff(const std::string& path, const std::string& crs, double originX, double originY,
                             double pixel, int width, int height) {
    GDALClose(createPattern("GTiff", path, crs, originX, originY, pixel, width, height));
}

// Map CRS → another CRS, longitude first, through PROJ as GDAL calls it.
class PointTransform {
public:
    PointTransform(const std::string& from, const std::string& to) {
        a_ = OSRNewSpatialReference(nullptr);
        b_ = OSRNewSpatialReference(nullptr);
        require(OSRSetFromUserInput(a_, from.c_str()) == OGRERR_NONE && OSRSetFromUserInput(b_, to.c_str()) == OGRERR_NONE,
                "CRS " + from + " or " + to);
        OSRSetAxisMappingStrategy(a_, OAMS_TRADITIONAL_GIS_ORDER);
        OSRSetAxisMappingStrategy(b_, OAMS_TRADITIONAL_GIS_ORDER);
        ct_ = OCTNewCoordinateTransformation(a_, b_);
        require(ct_ != nullptr, "transformation " + from + " → " + to);
    }
    ~PointTransform() {
        OCTDestroyCoordinateTransformation(ct_);
        OSRRelease(a_);
        OSRRelease(b_);
    }
    PointTransform(const PointTransform&) = delete;
    PointTransform& operator=(const PointTransform&) = delete;
    std::array<double, 2> operator()(double x, double y) const {
        require(OCTTransform(ct_, 1, &x, &y, nullptr) != 0, "transforming a point");
        return {x, y};
    }

private:
    OGRSpatialReferenceH a_, b_;
    OGRCoordinateTransformationH ct_;
};

// XYZ tiles: Web Mercator's square and one tile's bounds.
constexpr double kMercatorHalf = 20037508.342789244;
inline double tileSize(int z) { return 2 * kMercatorHalf / std::ldexp(1.0, z); }

// Writes tiles z/x/y.png for x in [x0, x0+nx), y in [y0, y0+ny): tile pixel
// (c, r) of the whole block is patternColour(c, r), counted from tile (x0, y0)'s corner.
inline void writePatternTiles(const std::filesystem::path& folder, int z, int x0, int y0, int nx, int ny) {
    GDALAllRegister();
    GDALDriverH png = GDALGetDriverByName("PNG");
    GDALDriverH mem = GDALGetDriverByName("MEM");
    require(png && mem, "PNG and MEM drivers");
    const double s = tileSize(z), px = s / 256;
    for (int dx = 0; dx < nx; ++dx)
        for (int dy = 0; dy < ny; ++dy) {
            GDALDatasetH ds = GDALCreate(mem, "", 256, 256, 3, GDT_Byte, nullptr);
            require(ds != nullptr, "MEM tile");
            double gt[6] = {-kMercatorHalf + (x0 + dx) * s, px, 0, kMercatorHalf - (y0 + dy) * s, 0, -px};
            GDALSetGeoTransform(ds, gt);
            std::vector<std::uint8_t> band(256 * 256);
            for (int b = 0; b < 3; ++b) {
                for (int r = 0; r < 256; ++r)
                    for (int c = 0; c < 256; ++c)
                        band[static_cast<std::size_t>(r) * 256 + c] = patternColour(dx * 256 + c, dy * 256 + r)[b];
                require(GDALRasterIO(GDALGetRasterBand(ds, b + 1), GF_Write, 0, 0, 256, 256, band.data(), 256, 256,
                                     GDT_Byte, 0, 0) == CE_None,
                        "tile band");
            }
            std::filesystem::path file = folder / std::to_string(z) / std::to_string(x0 + dx) / (std::to_string(y0 + dy) + ".png");
            std::filesystem::create_directories(file.parent_path());
            GDALDatasetH out = GDALCreateCopy(png, file.string().c_str(), ds, FALSE, nullptr, nullptr, nullptr);
            require(out != nullptr, "writing " + file.string());
            GDALClose(out);
            GDALClose(ds);
        }
}

}  // namespace vt_test
