// The project's "basemaps": parsing with every mistake named, saving and
// reading back, resolution of paths and tile caches, and a project's
// GeoTIFF basemap drawn through its reach.
#include <gtest/gtest.h>

#include "geo/basemap.h"
#include "geo/error.h"
#include "geo/project.h"
#include "geo/source_guard.h"
#include "raster_test_support.h"
#include "test_support.h"
#include "error_of.h"

namespace {

using vt_test::TempDir;

std::string withBasemaps(const std::string& basemaps) {
    return R"({"name": "t", "province_crs": "EPSG:9209",
      "layers": [{"id": "districts", "role": "zones", "path": "huyen.shp"}],
      "basemaps": )" + basemaps + "}";
}

using vt_test::projectError;

TEST(Basemap, ParsesFilesAndTileTemplatesAndSavesThemBack) {
    geo::Project p = geo::parseProject(withBasemaps(R"([
        {"id": "ortho", "name": "Ảnh trực giao", "path": "anh/ortho.tif", "opacity": 0.6},
        {"id": "osm", "name": "OpenStreetMap", "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
         "attribution": "© OpenStreetMap contributors", "visible": false, "max_zoom": 18, "cache": "tiles"}])"),
                                       "/data/p.vtproj");
    ASSERT_EQ(p.basemaps.size(), 2u);
    EXPECT_EQ(p.basemaps[0].path, "anh/ortho.tif");
    EXPECT_DOUBLE_EQ(p.basemaps[0].opacity, 0.6);
    EXPECT_TRUE(p.basemaps[0].visible);
    EXPECT_EQ(p.basemaps[1].attribution, "© OpenStreetMap contributors");
    EXPECT_FALSE(p.basemaps[1].visible);
    EXPECT_EQ(p.basemaps[1].maxZoom, 18);

    geo::Project again = geo::parseProject(geo::projectToJson(p), "/data/p.vtproj");
    ASSERT_EQ(again.basemaps.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(again.basemaps[i].id, p.basemaps[i].id);
        EXPECT_EQ(again.basemaps[i].name, p.basemaps[i].name);
        EXPECT_EQ(again.basemaps[i].path, p.basemaps[i].path);
        EXPECT_EQ(again.basemaps[i].url, p.basemaps[i].url);
        EXPECT_EQ(again.basemaps[i].attribution, p.basemaps[i].attribution);
        EXPECT_EQ(again.basemaps[i].cache, p.basemaps[i].cache);
        EXPECT_EQ(again.basemaps[i].opacity, p.basemaps[i].opacity);
        EXPECT_EQ(again.basemaps[i].visible, p.basemaps[i].visible);
        EXPECT_EQ(again.basemaps[i].maxZoom, p.basemaps[i].maxZoom);
    }

    geo::RasterSource ortho = geo::basemapSource(p, p.basemaps[0], "/home/u/.cache/vungtrong");
    EXPECT_EQ(ortho.path, "/data/anh/ortho.tif");
    geo::RasterSource osm = geo::basemapSource(p, p.basemaps[1], "/home/u/.cache/vungtrong");
    EXPECT_EQ(osm.cacheDir, "/data/tiles");  // relative to the project
    p.basemaps[1].cache.clear();
    std::string byDefault = geo::basemapSource(p, p.basemaps[1], "/home/u/.cache/vungtrong").cacheDir;
    EXPECT_EQ(byDefault.rfind("/home/u/.cache/vungtrong/tiles/", 0), 0u) << byDefault;
    p.basemaps[1].url = "https://other.example/{z}/{x}/{y}.png";
    EXPECT_NE(geo::basemapSource(p, p.basemaps[1], "/home/u/.cache/vungtrong").cacheDir, byDefault)
        << "two templates never share a cache";
}

TEST(Basemap, EveryMistakeIsNamedWithItsPlace) {
    auto has = [](const std::string& message, const std::string& part) {
        EXPECT_NE(message.find(part), std::string::npos) << message;
    };
    has(projectError(withBasemaps(R"({"id": "a"})")), "basemaps: must be an array");
    has(projectError(withBasemaps(R"([{"id": "a", "path": "a.tif", "opactiy": 0.5}])")), "basemaps[0]: unknown key \"opactiy\"");
    has(projectError(withBasemaps(R"([{"path": "a.tif"}])")), "basemaps[0]: missing \"id\"");
    has(projectError(withBasemaps(R"([{"id": "districts", "path": "a.tif"}])")), "duplicate id 'districts'");
    has(projectError(withBasemaps(R"([{"id": "a", "path": "a.tif"}, {"id": "a", "path": "b.tif"}])")),
        "basemaps[1]: duplicate id 'a'");
    has(projectError(withBasemaps(R"([{"id": "a"}])")), "exactly one of \"path\"");
    has(projectError(withBasemaps(R"([{"id": "a", "path": "a.tif", "url": "https://x/{z}/{x}/{y}.png"}])")),
        "exactly one of \"path\"");
    has(projectError(withBasemaps(R"([{"id": "a", "path": "a.tif", "opacity": 1.5}])")), "basemaps[0].opacity");
    has(projectError(withBasemaps(R"([{"id": "a", "path": "a.tif", "visible": "yes"}])")), "basemaps[0].visible");
    has(projectError(withBasemaps(R"([{"id": "a", "url": "https://x/{z}/{x}/{y}.png", "max_zoom": 30}])")),
        "basemaps[0].max_zoom");
    has(projectError(withBasemaps(R"([{"id": "a", "url": "https://x/{x}/{y}.png"}])")), "basemaps[0].url");
    has(projectError(withBasemaps(R"([{"id": "a", "path": "a.tif", "id": "b"}])")), "appears twice");
}

TEST(Basemap, AProjectsGeoTiffIsDrawnWithinItsReach) {
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "anh");
    vt_test::writePatternTiff(dir.file("anh/nen.tif"), "EPSG:9209", 560000, 1070000, 10, 50, 40);
    std::string projectFile = vt_test::writeText(dir.path() / "p.vtproj", withBasemaps(R"([{"id": "nen", "path": "anh/nen.tif"}])"));
    geo::Project p = geo::loadProject(projectFile);
    geo::RasterSource s = geo::basemapSource(p, p.basemaps[0], "");
    geo::RasterRequest req;
    req.crs = "EPSG:9209";
    req.extent = {560000, 1070000 - 400, 560000 + 500, 1070000};
    req.width = 50;
    req.height = 40;
    geo::SourceReach reach = geo::basemapReach(p, s);
    geo::RasterImage img = geo::renderRaster(s, req, &reach);
    // Same grid as the source: pixel (c, r) is the source's (c, r).
    for (int r : {0, 17, 39})
        for (int c : {0, 23, 49}) {
            auto want = vt_test::patternColour(c, r);
            for (int b = 0; b < 3; ++b) EXPECT_EQ(img.rgba[(static_cast<std::size_t>(r) * 50 + c) * 4 + b], want[b]);
        }
    geo::clearProtectedSources();
}

}  // namespace
