// Raster backgrounds drawn into a map view (geo/raster_view.h): every
// expected colour is the source pixel the map point falls in, found with
// PROJ's inverse transform here, or GDAL reading back what it wrote.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "geo/error.h"
#include "geo/raster_view.h"
#include "raster_test_support.h"
#include "test_support.h"

namespace {

using vt_test::PointTransform;
using vt_test::TempDir;

constexpr const char* kMapCrs = "EPSG:9209";  // VN-2000 / TM-3 105°30′, the demo's map CRS

struct SourceGrid {
    std::string crs;
    double originX, originY, pixel;
    int width, height;
};

// Compares output pixels on a lattice with the source pixel each one's
// centre falls in; pixels within a tenth of a source pixel of an edge are
// skipped (GDAL's approximate transformer is exact to 1/8 of an output pixel).
int expectSourcePixels(const geo::RasterImage& img, const geo::RasterRequest& req, const SourceGrid& src) {
    PointTransform toSource(req.crs, src.crs);
    const double rx = (req.extent.maxX - req.extent.minX) / req.width;
    const double ry = (req.extent.maxY - req.extent.minY) / req.height;
    int checked = 0;
    for (int j = 3; j < req.height; j += 7)
        for (int i = 5; i < req.width; i += 11) {
            auto [sx, sy] = toSource(req.extent.minX + (i + 0.5) * rx, req.extent.maxY - (j + 0.5) * ry);
            const double col = (sx - src.originX) / src.pixel, row = (src.originY - sy) / src.pixel;
            if (col < 0 || row < 0 || col >= src.width || row >= src.height) continue;
            const double fc = col - std::floor(col), fr = row - std::floor(row);
            if (fc < 0.1 || fc > 0.9 || fr < 0.1 || fr > 0.9) continue;
            auto want = vt_test::patternColour(static_cast<int>(col), static_cast<int>(row));
            const std::uint8_t* got = &img.rgba[(static_cast<std::size_t>(j) * req.width + i) * 4];
            EXPECT_EQ(got[0], want[0]) << "output (" << i << ", " << j << ") source (" << col << ", " << row << ")";
            EXPECT_EQ(got[1], want[1]);
            EXPECT_EQ(got[2], want[2]);
            EXPECT_EQ(got[3], 255);
            ++checked;
        }
    return checked;
}

// A view in the map CRS around a WGS 84 point, finer than the source.
geo::RasterRequest viewAround(double lon, double lat, double metresPerPixel, int width, int height) {
    PointTransform toMap("EPSG:4326", kMapCrs);
    auto [x, y] = toMap(lon, lat);
    geo::RasterRequest r;
    r.crs = kMapCrs;
    r.width = width;
    r.height = height;
    r.extent.minX = x - width / 2.0 * metresPerPixel;
    r.extent.maxX = x + width / 2.0 * metresPerPixel;
    r.extent.minY = y - height / 2.0 * metresPerPixel;
    r.extent.maxY = y + height / 2.0 * metresPerPixel;
    return r;
}

TEST(RasterView, Wgs84GeoTiffReprojectedToTm3ShowsTheSourcePixels) {
    TempDir dir;
    // 0.0005° pixels (about 55 m) over Sóc Trăng; the view is 20 m a pixel.
    SourceGrid src{"EPSG:4326", 105.90, 9.70, 0.0005, 200, 160};
    std::string path = dir.file("ortho_wgs84.tif");
    vt_test::writePatternTiff(path, src.crs, src.originX, src.originY, src.pixel, src.width, src.height);
    geo::RasterSource source;
    source.path = path;
    geo::RasterRequest req = viewAround(105.95, 9.66, 20, 240, 180);
    geo::RasterImage img = geo::renderRaster(source, req);
    ASSERT_EQ(img.rgba.size(), 240u * 180u * 4u);
    EXPECT_EQ(img.overviewLevel, -1);
    EXPECT_LT(img.sourcePixelsPerOutputPixel, 1.0);
    EXPECT_GT(expectSourcePixels(img, req, src), 300);
}

TEST(RasterView, AFileReplacedOnDiskIsDrawnAnew) {
    TempDir dir;
    std::string path = dir.file("ortho.tif");
    SourceGrid before{kMapCrs, 560000, 1070000, 10, 100, 80};
    vt_test::writePatternTiff(path, before.crs, before.originX, before.originY, before.pixel, before.width, before.height);
    geo::RasterSource source;
    source.path = path;
    geo::RasterRequest req;
    req.crs = kMapCrs;
    req.extent = {560000, 1070000 - 600, 560000 + 800, 1070000};
    req.width = 160;
    req.height = 120;
    EXPECT_GT(expectSourcePixels(geo::renderRaster(source, req), req, before), 150);
    // The file kept open between frames must not hide a new one: shifted by 25 m.
    SourceGrid after{kMapCrs, 559975, 1070025, 10, 110, 90};
    std::string temp = dir.file("new.tif");
    vt_test::writePatternTiff(temp, after.crs, after.originX, after.originY, after.pixel, after.width, after.height);
    std::filesystem::rename(temp, path);
    EXPECT_GT(expectSourcePixels(geo::renderRaster(source, req), req, after), 150);
}

TEST(RasterView, OtherTm3ZoneAndUtmRastersLandOnTheSameGround) {
    TempDir dir;
    PointTransform lonLat("EPSG:4326", "EPSG:9210");  // VN-2000 / TM-3 105°45′, the next zone east
    auto [x, y] = lonLat(105.92, 9.72);
    SourceGrid tm3{"EPSG:9210", std::floor(x), std::floor(y), 30, 180, 150};
    vt_test::writePatternTiff(dir.file("tm3.tif"), tm3.crs, tm3.originX, tm3.originY, tm3.pixel, tm3.width, tm3.height);
    PointTransform lonLatUtm("EPSG:4326", "EPSG:3405");  // VN-2000 / UTM 48N
    auto [ux, uy] = lonLatUtm(105.92, 9.72);
    SourceGrid utm{"EPSG:3405", std::floor(ux), std::floor(uy), 25, 200, 180};
    vt_test::writePatternTiff(dir.file("utm.tif"), utm.crs, utm.originX, utm.originY, utm.pixel, utm.width, utm.height);

    geo::RasterRequest req = viewAround(105.95, 9.70, 12, 200, 160);
    geo::RasterSource a;
    a.path = dir.file("tm3.tif");
    EXPECT_GT(expectSourcePixels(geo::renderRaster(a, req), req, tm3), 250);
    geo::RasterSource b;
    b.path = dir.file("utm.tif");
    EXPECT_GT(expectSourcePixels(geo::renderRaster(b, req), req, utm), 250);
}

TEST(RasterView, ChoosesTheCoarsestOverviewStillAsFineAsTheView) {
    EXPECT_EQ(geo::chooseOverview(0.5, 1, {2, 4, 8}), -1);
    EXPECT_EQ(geo::chooseOverview(1, 1, {2, 4, 8}), -1);
    EXPECT_EQ(geo::chooseOverview(3.9, 1, {2, 4, 8}), 0);
    EXPECT_EQ(geo::chooseOverview(4, 1, {2, 4, 8}), 1);
    EXPECT_EQ(geo::chooseOverview(100, 1, {2, 4, 8}), 2);
}

TEST(RasterView, ZoomedOutReadsTheOverviewGdalBuilt) {
    TempDir dir;
    std::string path = dir.file("big.tif");
    // 1600 px of 10 m in the map CRS itself, overviews 2, 4, 8, 16.
    const double x0 = 560000, y0 = 1070000;
    vt_test::writePatternTiff(path, kMapCrs, x0, y0, 10, 1600, 1600);
    {
        GDALDatasetH ds = GDALOpen(path.c_str(), GA_Update);
        ASSERT_NE(ds, nullptr);
        int levels[] = {2, 4, 8, 16};
        ASSERT_EQ(GDALBuildOverviews(ds, "NEAREST", 4, levels, 0, nullptr, nullptr, nullptr), CE_None);
        GDALClose(ds);
    }
    geo::RasterSource source;
    source.path = path;
    geo::RasterRequest req;
    req.crs = kMapCrs;
    req.extent = {x0, y0 - 16000, x0 + 16000, y0};
    req.width = req.height = 200;  // 80 m a pixel: overview 8 (index 2), read as it is
    geo::RasterImage img = geo::renderRaster(source, req);
    EXPECT_EQ(img.overviewLevel, 2);
    EXPECT_NEAR(img.sourcePixelsPerOutputPixel, 8.0, 1e-6);

    // The picture is overview 2 as GDAL reads it back.
    GDALDatasetH ds = GDALOpen(path.c_str(), GA_ReadOnly);
    ASSERT_NE(ds, nullptr);
    std::vector<std::uint8_t> ovr(200 * 200);
    GDALRasterBandH o = GDALGetOverview(GDALGetRasterBand(ds, 1), 2);
    ASSERT_EQ(GDALGetRasterBandXSize(o), 200);
    ASSERT_EQ(GDALRasterIO(o, GF_Read, 0, 0, 200, 200, ovr.data(), 200, 200, GDT_Byte, 0, 0), CE_None);
    GDALClose(ds);
    int differ = 0;
    for (std::size_t p = 0; p < ovr.size(); ++p) differ += img.rgba[p * 4] != ovr[p];
    EXPECT_EQ(differ, 0);

    req.extent = {x0 + 4000, y0 - 8000, x0 + 8000, y0 - 4000};
    req.width = req.height = 400;  // 10 m a pixel: the full resolution
    EXPECT_EQ(geo::renderRaster(source, req).overviewLevel, -1);

    // 15 m a pixel: no overview is fine enough (the first is 20 m), so the
    // full resolution is read, each screen pixel showing the source pixel under it.
    req.extent = {x0, y0 - 6000, x0 + 6000, y0};
    req.width = req.height = 400;
    geo::RasterImage reduced = geo::renderRaster(source, req);
    EXPECT_EQ(reduced.overviewLevel, -1);
    EXPECT_NEAR(reduced.sourcePixelsPerOutputPixel, 1.5, 1e-9);
    EXPECT_GT(expectSourcePixels(reduced, req, SourceGrid{kMapCrs, x0, y0, 10, 1600, 1600}), 500);
}

// XYZ tiles over Sóc Trăng at zoom 12 (about 38 m a pixel), 3 × 3 tiles.
struct TileFixture {
    int z = 12, x0 = 0, y0 = 0;
    TileFixture() {
        PointTransform merc("EPSG:4326", "EPSG:3857");
        auto [mx, my] = merc(105.95, 9.62);
        x0 = static_cast<int>(std::floor((mx + vt_test::kMercatorHalf) / vt_test::tileSize(z))) - 1;
        y0 = static_cast<int>(std::floor((vt_test::kMercatorHalf - my) / vt_test::tileSize(z))) - 1;
    }
    SourceGrid grid() const {
        return {"EPSG:3857", -vt_test::kMercatorHalf + x0 * vt_test::tileSize(z),
                vt_test::kMercatorHalf - y0 * vt_test::tileSize(z), vt_test::tileSize(z) / 256, 3 * 256, 3 * 256};
    }
};

TEST(RasterView, XyzTilesFromAFileTemplateThenFromTheCacheAlone) {
    TempDir dir;
    TileFixture t;
    vt_test::writePatternTiles(dir.path() / "tiles", t.z, t.x0, t.y0, 3, 3);
    geo::RasterSource source;
    source.name = "fixture tiles";
    source.urlTemplate = "file://" + (dir.path() / "tiles").string() + "/{z}/{x}/{y}.png";
    source.cacheDir = dir.file("cache");
    source.maxZoom = t.z;
    geo::RasterRequest req = viewAround(105.95, 9.62, 15, 200, 160);
    geo::RasterImage first = geo::renderRaster(source, req);
    EXPECT_EQ(first.overviewLevel, -1);
    EXPECT_FALSE(first.fromCacheOnly);
    EXPECT_GT(expectSourcePixels(first, req, t.grid()), 250);

    std::filesystem::remove_all(dir.path() / "tiles");
    geo::RasterImage again = geo::renderRaster(source, req);
    EXPECT_TRUE(again.rgba == first.rgba) << "the second view must come from the cache, pixel for pixel";
}

// A WMTS RESTful template on the GoogleMapsCompatible matrix set names the XYZ
// numbers {TileMatrix}/{TileRow}/{TileCol}: over the same fixture tiles (laid
// out row before column here, as WMTS servers often do) it draws the very
// pixels the XYZ template does.
TEST(RasterView, WmtsRestTemplateDrawsWhatTheXyzTemplateDraws) {
    TempDir dir;
    TileFixture t;
    vt_test::writePatternTiles(dir.path() / "xyz", t.z, t.x0, t.y0, 3, 3);
    // The same files as {z}/{y}/{x}.png: WMTS's TileMatrix/TileRow/TileCol.
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir.path() / "xyz")) {
        if (!e.is_regular_file()) continue;
        const auto rel = std::filesystem::relative(e.path(), dir.path() / "xyz");  // z/x/y.png
        auto it = rel.begin();
        const std::string z = (*it++).string(), x = (*it++).string(), y = it->stem().string();
        std::filesystem::create_directories(dir.path() / "wmts" / z / y);
        std::filesystem::copy_file(e.path(), dir.path() / "wmts" / z / y / (x + ".png"));
    }
    geo::RasterRequest req = viewAround(105.95, 9.62, 15, 200, 160);
    geo::RasterSource xyz;
    xyz.urlTemplate = "file://" + (dir.path() / "xyz").string() + "/{z}/{x}/{y}.png";
    xyz.maxZoom = t.z;
    geo::RasterSource wmts;
    wmts.name = "WMTS fixture";
    wmts.urlTemplate = "file://" + (dir.path() / "wmts").string() + "/{TileMatrix}/{TileRow}/{TileCol}.png";
    wmts.maxZoom = t.z;
    geo::RasterImage a = geo::renderRaster(xyz, req);
    geo::RasterImage b = geo::renderRaster(wmts, req);
    EXPECT_GT(expectSourcePixels(b, req, t.grid()), 250);
    EXPECT_TRUE(a.rgba == b.rgba) << "the WMTS template must read the same tiles, pixel for pixel";
}

// A throwaway local HTTP server (python3 -m http.server) serving a folder.
class LocalHttpServer {
public:
    explicit LocalHttpServer(const std::string& folder) {
        int s = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (s < 0 || bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
            getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
            throw std::runtime_error("no free local port");
        port_ = ntohs(addr.sin_port);
        close(s);
        pid_ = fork();
        if (pid_ == 0) {
            std::string port = std::to_string(port_);
            int devnull = open("/dev/null", O_WRONLY);  // its request log is noise in the test output
            if (devnull >= 0) {
                dup2(devnull, 1);
                dup2(devnull, 2);
            }
            execlp("python3", "python3", "-m", "http.server", port.c_str(), "--bind", "127.0.0.1", "--directory",
                   folder.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        // Ready when it accepts a connection: well under a second alone, but a
        // loaded machine (ctest -j, compilers) once took over 10 s.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(90);
        while (!accepts()) {
            if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
                pid_ = -1;
                throw std::runtime_error("python3 -m http.server exited before it served");
            }
            if (std::chrono::steady_clock::now() > deadline)
                throw std::runtime_error("python3 -m http.server did not start within 90 s");
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    ~LocalHttpServer() { stop(); }
    void stop() {
        if (pid_ <= 0) return;
        kill(pid_, SIGTERM);
        waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }
    int port() const { return port_; }

private:
    bool accepts() const {
        int s = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<std::uint16_t>(port_));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        bool ok = connect(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
        close(s);
        return ok;
    }
    int port_ = 0;
    pid_t pid_ = -1;
};

TEST(RasterView, XyzTilesFromALocalServerStillDrawWhenItStops) {
    TempDir dir;
    TileFixture t;
    vt_test::writePatternTiles(dir.path() / "www", t.z, t.x0, t.y0, 3, 3);
    LocalHttpServer server(dir.path() / "www");
    geo::RasterSource source;
    source.name = "local server";
    source.urlTemplate = "http://127.0.0.1:" + std::to_string(server.port()) + "/{z}/{x}/{y}.png";
    source.cacheDir = dir.file("cache");
    source.maxZoom = t.z;
    geo::RasterRequest req = viewAround(105.95, 9.62, 15, 200, 160);
    geo::RasterImage online = geo::renderRaster(source, req);
    EXPECT_FALSE(online.fromCacheOnly);
    EXPECT_GT(expectSourcePixels(online, req, t.grid()), 250);

    server.stop();
    // A view the cache does not hold whole (a zoom level it never fetched)
    // cannot be fetched either: drawn from the cache, and said so.
    geo::RasterImage offline = geo::renderRaster(source, req);
    EXPECT_TRUE(offline.rgba == online.rgba);
    geo::RasterRequest elsewhere = viewAround(105.95, 9.62, 80, 200, 160);  // zoom 10 and 11 were never fetched
    geo::RasterImage uncached = geo::renderRaster(source, elsewhere);
    EXPECT_TRUE(uncached.fromCacheOnly);
    ASSERT_FALSE(uncached.notes.empty());
    EXPECT_NE(uncached.notes[0].find("tile cache"), std::string::npos) << uncached.notes[0];
    // The next frame does not wait for the server again: straight to the cache.
    geo::RasterImage next = geo::renderRaster(source, elsewhere);
    EXPECT_TRUE(next.fromCacheOnly);
    EXPECT_TRUE(next.rgba == uncached.rgba);
    ASSERT_FALSE(next.notes.empty());
    EXPECT_NE(next.notes[0].find("less than a minute ago"), std::string::npos) << next.notes[0];
}

TEST(RasterView, MbtilesWrittenByGdalDrawsWhatGdalReadsBack) {
    TempDir dir;
    TileFixture t;
    SourceGrid g = t.grid();
    std::string tif = dir.file("merc.tif");
    vt_test::writePatternTiff(tif, g.crs, g.originX, g.originY, g.pixel, g.width, g.height);
    std::string mbtiles = dir.file("basemap.mbtiles");
    {
        GDALDatasetH src = GDALOpen(tif.c_str(), GA_ReadOnly);
        ASSERT_NE(src, nullptr);
        char** options = CSLSetNameValue(nullptr, "TILE_FORMAT", "PNG");
        GDALDatasetH out =
            GDALCreateCopy(GDALGetDriverByName("MBTiles"), mbtiles.c_str(), src, FALSE, options, nullptr, nullptr);
        CSLDestroy(options);
        ASSERT_NE(out, nullptr) << CPLGetLastErrorMsg();
        GDALClose(out);
        GDALClose(src);
    }
    geo::RasterSource source;
    source.path = mbtiles;
    geo::RasterRequest req = viewAround(105.95, 9.62, 15, 160, 120);
    geo::RasterImage img = geo::renderRaster(source, req);

    // What GDAL reads back from the MBTiles at each checked point.
    GDALDatasetH ds = GDALOpen(mbtiles.c_str(), GA_ReadOnly);
    ASSERT_NE(ds, nullptr);
    double gt[6];
    ASSERT_EQ(GDALGetGeoTransform(ds, gt), CE_None);
    PointTransform toMerc(kMapCrs, "EPSG:3857");
    const double r = (req.extent.maxX - req.extent.minX) / req.width;
    int checked = 0;
    for (int j = 4; j < req.height; j += 9)
        for (int i = 4; i < req.width; i += 9) {
            auto [mx, my] = toMerc(req.extent.minX + (i + 0.5) * r, req.extent.maxY - (j + 0.5) * r);
            const double col = (mx - gt[0]) / gt[1], row = (my - gt[3]) / gt[5];
            const double fc = col - std::floor(col), fr = row - std::floor(row);
            if (fc < 0.1 || fc > 0.9 || fr < 0.1 || fr > 0.9) continue;
            for (int b = 0; b < 3; ++b) {
                std::uint8_t v = 0;
                ASSERT_EQ(GDALRasterIO(GDALGetRasterBand(ds, b + 1), GF_Read, static_cast<int>(col),
                                       static_cast<int>(row), 1, 1, &v, 1, 1, GDT_Byte, 0, 0),
                          CE_None);
                EXPECT_EQ(img.rgba[(static_cast<std::size_t>(j) * req.width + i) * 4 + b], v);
            }
            ++checked;
        }
    GDALClose(ds);
    EXPECT_GT(checked, 100);
}

std::string messageOf(const geo::RasterSource& s) {
    geo::RasterRequest req = viewAround(105.95, 9.62, 15, 50, 50);
    try {
        geo::renderRaster(s, req);
    } catch (const geo::Error& e) {
        return e.what();
    }
    return "(no error)";
}

TEST(RasterView, BadRastersGiveAMessageNamingTheFile) {
    TempDir dir;
    geo::RasterSource missing;
    missing.path = dir.file("gone.tif");
    EXPECT_NE(messageOf(missing).find(missing.path), std::string::npos);
    EXPECT_NE(messageOf(missing).find("not found"), std::string::npos);

    geo::RasterSource corrupt;
    corrupt.path = vt_test::writeText(dir.path() / "corrupt.tif", "II*\0this is no TIFF at all");
    std::string m = messageOf(corrupt);
    EXPECT_NE(m.find(corrupt.path), std::string::npos) << m;
    EXPECT_NE(m.find("not a GeoTIFF or MBTiles"), std::string::npos) << m;

    geo::RasterSource noCrs;
    noCrs.path = dir.file("nocrs.tif");
    vt_test::writePatternTiff(noCrs.path, "", 560000, 1070000, 10, 20, 20);
    m = messageOf(noCrs);
    EXPECT_NE(m.find(noCrs.path), std::string::npos) << m;
    EXPECT_NE(m.find("no coordinate reference system"), std::string::npos) << m;

    // A VRT may read anything: a basemap path is a GeoTIFF or MBTiles only.
    geo::RasterSource vrt;
    vrt.path = vt_test::writeText(dir.path() / "a.vrt", "<VRTDataset rasterXSize=\"1\" rasterYSize=\"1\"></VRTDataset>");
    m = messageOf(vrt);
    EXPECT_NE(m.find(vrt.path), std::string::npos) << m;

    geo::RasterSource noZ;
    noZ.name = "broken tiles";
    noZ.urlTemplate = "https://tiles.example/{x}/{y}.png";
    m = messageOf(noZ);
    EXPECT_NE(m.find("broken tiles"), std::string::npos) << m;
    EXPECT_NE(m.find("{z}"), std::string::npos) << m;
    noZ.urlTemplate = "https://{s}.tiles.example/{z}/{x}/{y}.png";
    EXPECT_NE(messageOf(noZ).find("{s}"), std::string::npos);
    noZ.urlTemplate = "https://tiles.example/wmts/{TileMatrix}/{TileRow}/{Style}.png";
    m = messageOf(noZ);
    EXPECT_NE(m.find("{Style}"), std::string::npos) << m;
    noZ.urlTemplate = "https://tiles.example/wmts/{TileMatrix}/{TileRow}.png";
    m = messageOf(noZ);
    EXPECT_NE(m.find("has no {x}"), std::string::npos) << m;
    noZ.urlTemplate = "ftp://tiles.example/{z}/{x}/{y}.png";
    EXPECT_NE(messageOf(noZ).find("http://"), std::string::npos);
}

}  // namespace
