// The direct GeoPackage reader (geo/src/gpkg_rows.h) against GDAL's: every
// layer read both ways gives the same features (FID, geometry, attributes,
// order) and warnings. The expected values are GDAL's own reading of the
// same file at test time; the fixtures are written here with GDAL, some
// blobs by hand (big-endian WKB, envelopes, old-style Z codes) through
// GDAL's SQLite connection.
#include <gtest/gtest.h>

#include <gdal.h>
#include <ogr_api.h>

#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "geo/error.h"
#include "geo/source.h"
#include "gpkg_rows.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using vt_test::TempDir;

// The parallel read (where the direct reader is used) needs two workers;
// VT_PARALLEL_READ_FROM=1 takes it whatever the layer's size.
class GpkgRows : public ::testing::Test {
protected:
    void SetUp() override {
        for (const char* name : {"VT_THREADS", "VT_PARALLEL_READ_FROM", "VT_GPKG_DIRECT"})
            if (const char* old = std::getenv(name)) saved_.emplace_back(name, old);
        ::setenv("VT_THREADS", "3", 1);
        ::setenv("VT_PARALLEL_READ_FROM", "1", 1);
        ::unsetenv("VT_GPKG_DIRECT");
    }
    void TearDown() override {
        for (const char* name : {"VT_THREADS", "VT_PARALLEL_READ_FROM", "VT_GPKG_DIRECT"}) ::unsetenv(name);
        for (const auto& [name, value] : saved_) ::setenv(name.c_str(), value.c_str(), 1);
    }

private:
    std::vector<std::pair<std::string, std::string>> saved_;
};

// VT_GPKG_DIRECT=0: through GDAL's features, as before the direct reader.
void viaGdalOnly(bool on) {
    if (on) ::setenv("VT_GPKG_DIRECT", "0", 1);
    else ::unsetenv("VT_GPKG_DIRECT");
}

geo::Layer readWith(const std::string& path, const std::string& layer, bool viaGdal) {
    geo::ReadOptions o;
    o.layerName = layer;
    o.allowEmpty = true;
    viaGdalOnly(viaGdal);
    geo::Layer l = geo::readLayer(path, o);
    viaGdalOnly(false);
    return l;
}

bool sameValue(const geo::Value& a, const geo::Value& b) {
    if (a.index() != b.index()) return false;
    if (const double* x = std::get_if<double>(&a)) return std::bit_cast<std::uint64_t>(*x) == std::bit_cast<std::uint64_t>(std::get<double>(b));
    return a == b;
}

bool sameXY(const std::vector<geo::XY>& a, const std::vector<geo::XY>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)  // bits: NaN equals NaN, -0 differs from 0
        if (std::bit_cast<std::uint64_t>(a[i].x) != std::bit_cast<std::uint64_t>(b[i].x) ||
            std::bit_cast<std::uint64_t>(a[i].y) != std::bit_cast<std::uint64_t>(b[i].y))
            return false;
    return true;
}

bool sameGeometry(const geo::Geometry& a, const geo::Geometry& b) {
    if (a.kind != b.kind || !sameXY(a.points, b.points) || a.lines.size() != b.lines.size() ||
        a.polygons.size() != b.polygons.size())
        return false;
    for (std::size_t i = 0; i < a.lines.size(); ++i)
        if (!sameXY(a.lines[i], b.lines[i])) return false;
    for (std::size_t i = 0; i < a.polygons.size(); ++i) {
        if (a.polygons[i].rings.size() != b.polygons[i].rings.size()) return false;
        for (std::size_t r = 0; r < a.polygons[i].rings.size(); ++r)
            if (!sameXY(a.polygons[i].rings[r], b.polygons[i].rings[r])) return false;
    }
    return true;
}

void expectSameLayer(const geo::Layer& direct, const geo::Layer& viaGdal) {
    EXPECT_EQ(direct.fields.size(), viaGdal.fields.size());
    for (std::size_t i = 0; i < std::min(direct.fields.size(), viaGdal.fields.size()); ++i) {
        EXPECT_EQ(direct.fields[i].name, viaGdal.fields[i].name);
        EXPECT_EQ(direct.fields[i].type, viaGdal.fields[i].type);
    }
    EXPECT_EQ(direct.warnings, viaGdal.warnings);
    EXPECT_EQ(direct.crs.name, viaGdal.crs.name);
    EXPECT_EQ(direct.encoding, viaGdal.encoding);
    EXPECT_EQ(direct.features.size(), viaGdal.features.size());
    std::size_t differing = 0;
    for (std::size_t i = 0; i < std::min(direct.features.size(), viaGdal.features.size()); ++i) {
        const geo::Feature& d = direct.features[i];
        const geo::Feature& g = viaGdal.features[i];
        bool same = d.fid == g.fid && sameGeometry(d.geometry, g.geometry) && d.attributes.size() == g.attributes.size();
        for (std::size_t k = 0; same && k < d.attributes.size(); ++k) same = sameValue(d.attributes[k], g.attributes[k]);
        if (!same && ++differing <= 5) ADD_FAILURE() << "feature #" << i << " (FID " << g.fid << ", direct FID " << d.fid << ") differs";
    }
    EXPECT_EQ(differing, 0u);
}

// Reads path's layer both ways, expects them equal; returns the rows the
// direct reader read.
std::uint64_t expectBothWaysEqual(const std::string& path, const std::string& layer) {
    SCOPED_TRACE(path + " : " + layer);
    const geo::Layer viaGdal = readWith(path, layer, true);
    const std::uint64_t before = geo::detail::gpkgRowsReadDirectly();
    const geo::Layer direct = readWith(path, layer, false);
    const std::uint64_t rows = geo::detail::gpkgRowsReadDirectly() - before;
    expectSameLayer(direct, viaGdal);
    return rows;
}

// --- writing fixtures with GDAL ------------------------------------------

struct Gpkg {
    GDALDatasetH ds = nullptr;
    explicit Gpkg(const std::string& path) {
        GDALAllRegister();
        GDALDriverH drv = GDALGetDriverByName("GPKG");
        ds = drv ? GDALCreate(drv, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr;
        EXPECT_NE(ds, nullptr) << path;
    }
    ~Gpkg() {
        if (ds) GDALClose(ds);
    }
    OGRLayerH layer(const std::string& name, OGRwkbGeometryType type, bool spatialIndex = true) {
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        EXPECT_EQ(OSRImportFromEPSG(srs, 32648), OGRERR_NONE);
        const char* opts[] = {spatialIndex ? "SPATIAL_INDEX=YES" : "SPATIAL_INDEX=NO", nullptr};
        OGRLayerH l = GDALDatasetCreateLayer(ds, name.c_str(), srs, type, const_cast<char**>(opts));
        OSRRelease(srs);
        EXPECT_NE(l, nullptr);
        return l;
    }
    void sql(const std::string& statement) {
        CPLErrorReset();
        OGRLayerH r = GDALDatasetExecuteSQL(ds, statement.c_str(), nullptr, nullptr);
        if (r) GDALDatasetReleaseResultSet(ds, r);
        EXPECT_EQ(CPLGetLastErrorType(), CE_None) << statement << ": " << CPLGetLastErrorMsg();
    }
};

void addField(OGRLayerH l, const char* name, OGRFieldType type, OGRFieldSubType sub = OFSTNone) {
    OGRFieldDefnH f = OGR_Fld_Create(name, type);
    OGR_Fld_SetSubType(f, sub);
    EXPECT_EQ(OGR_L_CreateField(l, f, 1), OGRERR_NONE) << name;
    OGR_Fld_Destroy(f);
}

// A feature from WKT ("" = no geometry); fields set by the caller's lambda.
template <class SetFields>
void addFeature(OGRLayerH l, const std::string& wkt, SetFields&& set) {
    OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(l));
    if (!wkt.empty()) {
        std::string copy = wkt;
        char* cursor = copy.data();
        OGRGeometryH g = nullptr;
        ASSERT_EQ(OGR_G_CreateFromWkt(&cursor, nullptr, &g), OGRERR_NONE) << wkt;
        OGR_F_SetGeometryDirectly(f, g);
    }
    set(f);
    EXPECT_EQ(OGR_L_CreateFeature(l, f), OGRERR_NONE) << wkt;
    OGR_F_Destroy(f);
}

// Hex of a GeoPackage blob: header (flags, srs 32648, optional 2D envelope)
// and WKB, in the given byte orders.
std::string hexOf(const std::vector<unsigned char>& bytes) {
    static const char* digits = "0123456789ABCDEF";
    std::string out;
    for (unsigned char b : bytes) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

struct Bytes {
    std::vector<unsigned char> b;
    bool big = false;
    Bytes& u8(unsigned v) {
        b.push_back(static_cast<unsigned char>(v));
        return *this;
    }
    Bytes& u32(std::uint32_t v) {
        for (int i = 0; i < 4; ++i) b.push_back(static_cast<unsigned char>(big ? v >> (24 - 8 * i) : v >> (8 * i)));
        return *this;
    }
    Bytes& f64(double d) {
        const auto v = std::bit_cast<std::uint64_t>(d);
        for (int i = 0; i < 8; ++i) b.push_back(static_cast<unsigned char>(big ? v >> (56 - 8 * i) : v >> (8 * i)));
        return *this;
    }
    Bytes& header(bool bigHeader, unsigned envelopeCode = 0, unsigned extraFlags = 0) {
        const bool keep = big;
        big = bigHeader;
        u8('G').u8('P').u8(0).u8((bigHeader ? 0 : 1) | envelopeCode << 1 | extraFlags).u32(32648);
        if (envelopeCode == 1) f64(500000).f64(500100).f64(1000000).f64(1000100);
        big = keep;
        return *this;
    }
    Bytes& wkbStart(bool bigWkb, std::uint32_t type) {
        big = bigWkb;
        return u8(bigWkb ? 0 : 1).u32(type);
    }
    Bytes& ring(std::vector<std::pair<double, double>> pts, unsigned extraDims = 0) {
        u32(static_cast<std::uint32_t>(pts.size()));
        for (auto [x, y] : pts) {
            f64(x).f64(y);
            for (unsigned i = 0; i < extraDims; ++i) f64(7.5);
        }
        return *this;
    }
};

const std::vector<std::pair<double, double>> kSquare = {
    {500000, 1000000}, {500100, 1000000}, {500100, 1000100}, {500000, 1000100}, {500000, 1000000}};
const std::vector<std::pair<double, double>> kHole = {
    {500010, 1000010}, {500010, 1000020}, {500020, 1000020}, {500020, 1000010}, {500010, 1000010}};

// A layer holding every kind of value and geometry the reader meets.
std::string writeMixedFixture(const TempDir& dir) {
    const std::string path = dir.file("mixed.gpkg");
    Gpkg g(path);
    OGRLayerH l = g.layer("mixed", wkbUnknown);
    addField(l, "i32", OFTInteger);
    addField(l, "i64", OFTInteger64);
    addField(l, "real", OFTReal);
    addField(l, "name", OFTString);
    addField(l, "flag", OFTInteger, OFSTBoolean);
    addField(l, "small", OFTInteger, OFSTInt16);
    addField(l, "f32", OFTReal, OFSTFloat32);
    addField(l, "json", OFTString, OFSTJSON);
    const std::vector<std::string> shapes = {
        "POLYGON ((500000 1000000,500100 1000000,500100 1000100,500000 1000100,500000 1000000))",
        "MULTIPOLYGON (((0 0,10 0,10 10,0 10,0 0),(2 2,2 4,4 4,4 2,2 2)),((20 20,30 20,30 30,20 20)))",
        "POLYGON EMPTY",
        "MULTIPOLYGON EMPTY",
        "POINT EMPTY",
        "POINT (1 2)",
        "POINT Z (1 2 3)",
        "POINT M (1 2 4)",
        "POINT ZM (1 2 3 4)",
        "LINESTRING (0 0,1 1,2 0)",
        "LINESTRING Z (0 0 1,1 1 2)",
        "MULTILINESTRING M ((0 0 1,1 1 2),(5 5 1,6 6 1))",
        "MULTIPOINT ((1 1),(2 2))",
        "MULTIPOINT EMPTY",
        "LINESTRING EMPTY",
        "POLYGON Z ((0 0 1,10 0 1,10 10 1,0 10 1,0 0 1),(2 2 1,2 4 1,4 4 1,4 2 1,2 2 1))",
        "MULTIPOLYGON Z (((0 0 0,10 0 0,10 10 0,0 10 0,0 0 0)),((20 20 5,30 20 5,30 30 5,20 20 5)))",
        // a shell with walls: measured by its footprint (surface_footprint.h)
        "MULTIPOLYGON Z (((0 0 0,10 0 0,10 10 0,0 10 0,0 0 0)),((0 0 0,10 0 0,10 0 5,0 0 5,0 0 0)))",
        "GEOMETRYCOLLECTION (POINT (1 1),LINESTRING (0 0,5 5),POLYGON ((0 0,1 0,1 1,0 0)))",
        "GEOMETRYCOLLECTION (POINT (1 1),LINESTRING (0 0,5 5))",
        "GEOMETRYCOLLECTION EMPTY",
        "GEOMETRYCOLLECTION (MULTIPOLYGON (((0 0,4 0,4 4,0 0))),GEOMETRYCOLLECTION (POINT (9 9)))",
        "CURVEPOLYGON (CIRCULARSTRING (0 0,10 0,10 10,0 10,0 0))",
        "COMPOUNDCURVE ((0 0,1 1),CIRCULARSTRING (1 1,2 2,3 1))",
        "MULTISURFACE (((0 0,5 0,5 5,0 0)))",
        "TIN Z (((0 0 0,10 0 0,0 10 5,0 0 0)),((10 0 0,10 10 5,0 10 5,10 0 0)))",
        "TRIANGLE ((0 0,10 0,0 10,0 0))",
        "POLYHEDRALSURFACE Z (((0 0 0,0 10 0,10 10 0,10 0 0,0 0 0)),((0 0 0,0 0 10,0 10 10,0 10 0,0 0 0)))",
        "",
    };
    // Decomposed Vietnamese (NFD) must come out composed (NFC), as GDAL's path gives it.
    const std::string decomposed = "Lu\xCC\x81""a nu\xCC\x9B""o\xCC\x9B\xCC\x81""c - Tr\xC3\xA2\xCC\x80n  \xC4\x90\xE1\xBB\x81";
    for (int i = 0; i < 3000; ++i) {
        const std::string& wkt = shapes[static_cast<std::size_t>(i) % shapes.size()];
        addFeature(l, wkt, [&](OGRFeatureH f) {
            if (i % 7 != 3) OGR_F_SetFieldInteger(f, 0, i * 37 - 1000);
            if (i % 11 != 5) OGR_F_SetFieldInteger64(f, 1, (std::int64_t{1} << 40) * (i % 5) - i);
            if (i % 13 != 0) OGR_F_SetFieldDouble(f, 2, i / 7.0 - 100.125);
            if (i % 4 == 1) OGR_F_SetFieldString(f, 3, decomposed.c_str());
            else if (i % 4 == 2) OGR_F_SetFieldString(f, 3, ("plot " + std::to_string(i)).c_str());
            else if (i % 4 == 3) OGR_F_SetFieldNull(f, 3);
            if (i % 3 != 0) OGR_F_SetFieldInteger(f, 4, i % 2);
            OGR_F_SetFieldInteger(f, 5, (i % 200) - 100);
            OGR_F_SetFieldDouble(f, 6, i * 0.1);
            if (i % 5 == 0) OGR_F_SetFieldString(f, 7, R"({"a": [1, 2]})");
        });
    }
    // Values SQLite's dynamic types allow beside what GDAL wrote: text in an
    // integer column, a real in one, an integer in a text column, a huge
    // integer in a 32-bit one, text with a NUL, a blob in a text column.
    g.sql("UPDATE mixed SET i32 = '1234.5' WHERE fid = 10");
    g.sql("UPDATE mixed SET i32 = 77.9 WHERE fid = 11");
    g.sql("UPDATE mixed SET name = 42 WHERE fid = 12");
    g.sql("UPDATE mixed SET i32 = 9999999999 WHERE fid = 13");
    g.sql("UPDATE mixed SET name = 'ab' || char(0) || 'cd' WHERE fid = 14");
    g.sql("UPDATE mixed SET real = 'x1.5' WHERE fid = 15");
    g.sql("UPDATE mixed SET i64 = 2.5e30 WHERE fid = 16");
    // Blobs written by hand: big-endian header and WKB, a 2D envelope, an
    // old-style Z type code, DB2's '1' byte order, the extended bit.
    auto set = [&](int fid, const Bytes& b) {
        g.sql("UPDATE mixed SET geom = X'" + hexOf(b.b) + "' WHERE fid = " + std::to_string(fid));
    };
    {
        Bytes b;
        b.header(true).wkbStart(true, 3).u32(2).ring(kSquare).ring(kHole);
        set(20, b);
    }
    {
        Bytes b;
        b.header(false, 1).wkbStart(true, 6).u32(2);
        b.wkbStart(false, 3).u32(1).ring(kSquare);
        b.wkbStart(true, 1003).u32(1).ring(kHole, 1);
        set(21, b);
    }
    {
        Bytes b;
        b.header(true, 1).wkbStart(false, 0x80000003u).u32(1).ring(kSquare, 1);
        set(22, b);
    }
    {
        Bytes b;
        b.header(false).u8('1').u32(3).u32(1).ring(kSquare);
        set(23, b);
    }
    {
        Bytes b;
        b.header(false, 0, 0x20).wkbStart(false, 3).u32(1).ring(kSquare);
        set(24, b);
    }
    {
        Bytes b;  // the empty bit set on a polygon that is not empty: GDAL reads the WKB
        b.header(false, 0, 0x10).wkbStart(false, 3).u32(1).ring(kSquare);
        set(25, b);
    }
    {
        Bytes b;  // trailing bytes after the WKB are ignored, as GDAL does
        b.header(false).wkbStart(false, 2).ring({{1, 2}, {3, 4}}).u32(0xDEADBEEF);
        set(26, b);
    }
    {
        Bytes b;  // a polygon with an empty ring
        b.header(false).wkbStart(false, 3).u32(2).ring(kSquare).u32(0);
        set(27, b);
    }
    {
        Bytes b;  // M with ISO codes, big-endian, collection of M points
        b.header(true).wkbStart(true, 2004).u32(2);
        b.wkbStart(true, 2001).f64(1).f64(2).f64(3);
        b.wkbStart(false, 2001).f64(4).f64(5).f64(6);
        set(28, b);
    }
    {
        Bytes b;  // half a point: x NaN (GDAL's reading decides what it is)
        b.header(false).wkbStart(false, 1).f64(std::nan("")).f64(5);
        set(29, b);
    }
    {
        Bytes b;  // a line with a NaN vertex in a big-endian collection
        b.header(false).wkbStart(true, 7).u32(1).wkbStart(true, 2).ring({{1, 1}, {std::nan(""), 2}, {3, 3}});
        set(30, b);
    }
    return path;
}

TEST_F(GpkgRows, MixedLayerReadsAsGdalDoes) {
    TempDir dir;
    const std::string path = writeMixedFixture(dir);
    EXPECT_EQ(expectBothWaysEqual(path, "mixed"), 3000u);
    // With the default threshold: all of it GDAL's path, for 3000 < 50000.
    ::unsetenv("VT_PARALLEL_READ_FROM");
    geo::ReadOptions o;
    o.layerName = "mixed";
    const std::uint64_t before = geo::detail::gpkgRowsReadDirectly();
    geo::Layer l = geo::readLayer(path, o);
    EXPECT_EQ(geo::detail::gpkgRowsReadDirectly(), before);
    EXPECT_EQ(l.features.size(), 3000u);
}

TEST_F(GpkgRows, MixedValuesAreWhatTheFixtureWrote) {
    // Not only equal to GDAL's: what was written (a reader both paths got
    // wrong alike would pass the comparison).
    TempDir dir;
    const std::string path = writeMixedFixture(dir);
    const geo::Layer l = readWith(path, "mixed", false);
    ASSERT_EQ(l.features.size(), 3000u);
    const geo::Feature& f1 = l.features[0];  // i = 0, fid 1
    EXPECT_EQ(f1.fid, 1);
    EXPECT_EQ(std::get<std::int64_t>(f1.attributes[0]), -1000);
    EXPECT_TRUE(std::holds_alternative<std::monostate>(f1.attributes[2]));  // i % 13 == 0: null
    ASSERT_EQ(f1.geometry.polygons.size(), 1u);
    EXPECT_EQ(f1.geometry.polygons[0].rings[0][2], (geo::XY{500100, 1000100}));
    const geo::Feature& f2 = l.features[1];  // i = 1
    EXPECT_EQ(std::get<std::string>(f2.attributes[3]), "L\xC3\xBA""a n\xC6\xB0\xE1\xBB\x9B""c - Tr\xE1\xBA\xA7n  \xC4\x90\xE1\xBB\x81");
    EXPECT_EQ(std::get<std::int64_t>(f2.attributes[1]), (std::int64_t{1} << 40) - 1);
    ASSERT_EQ(f2.geometry.polygons.size(), 2u);
    EXPECT_EQ(f2.geometry.polygons[0].rings.size(), 2u);
    const geo::Feature& big = l.features[19];  // fid 20: the big-endian blob
    ASSERT_EQ(big.geometry.polygons.size(), 1u);
    ASSERT_EQ(big.geometry.polygons[0].rings.size(), 2u);
    EXPECT_EQ(big.geometry.polygons[0].rings[1][1], (geo::XY{500010, 1000020}));
}

TEST_F(GpkgRows, RepositoryGeoPackagesReadAsGdalDoes) {
    std::vector<fs::path> files = {fs::path(VT_SOURCE_DIR) / "data" / "demo" / "vung_trong.gpkg"};
    for (const auto& e : fs::recursive_directory_iterator(fs::path(VT_SOURCE_DIR) / "tests" / "fixtures"))
        if (e.is_regular_file() && e.path().extension() == ".gpkg") files.push_back(e.path());
    std::uint64_t direct = 0;
    std::size_t layers = 0;
    for (const auto& f : files) {
        // Copied: a GeoPackage opened read-only may still get -wal/-shm files beside it.
        TempDir dir;
        const fs::path copy = dir.path() / f.filename();
        fs::copy_file(f, copy);
        std::vector<std::string> names;
        try {
            names = geo::listLayers(copy.string());
        } catch (const geo::Error& e) {
            continue;  // a fixture GDAL cannot open (a bad-input case): nothing to compare
        }
        for (const auto& name : names) {
            // A layer GDAL refuses (no features, a damaged one) must be refused alike.
            std::string gdalError, directError;
            try {
                (void)readWith(copy.string(), name, true);
            } catch (const geo::Error& e) {
                gdalError = e.what();
            }
            if (!gdalError.empty()) {
                try {
                    (void)readWith(copy.string(), name, false);
                } catch (const geo::Error& e) {
                    directError = e.what();
                }
                EXPECT_EQ(directError, gdalError) << f;
                continue;
            }
            direct += expectBothWaysEqual(copy.string(), name);
            ++layers;
        }
    }
    EXPECT_GE(layers, 2u);
    EXPECT_GT(direct, 0u);  // the demo's plots at least went the direct way
}

TEST_F(GpkgRows, FieldsWithoutAnIdenticalMappingLeaveTheLayerToGdal) {
    TempDir dir;
    const std::string path = dir.file("dates.gpkg");
    {
        Gpkg g(path);
        OGRLayerH l = g.layer("dates", wkbPolygon);
        addField(l, "planted", OFTDate);
        addField(l, "seen", OFTDateTime);
        addField(l, "raw", OFTBinary);
        for (int i = 0; i < 200; ++i)
            addFeature(l, "POLYGON ((0 0,1 0,1 1,0 0))", [&](OGRFeatureH f) {
                OGR_F_SetFieldDateTimeEx(f, 0, 2024, 1 + i % 12, 1 + i % 28, 0, 0, 0, 0);
                OGR_F_SetFieldDateTimeEx(f, 1, 2024, 3, 4, i % 24, 30, 15.25f, 100);
                GByte bytes[] = {1, 2, static_cast<GByte>(i)};
                OGR_F_SetFieldBinary(f, 2, 3, bytes);
            });
        g.sql("UPDATE dates SET planted = '2024/02/30' WHERE fid = 3");
    }
    EXPECT_EQ(expectBothWaysEqual(path, "dates"), 0u);  // all GDAL's: nothing read directly
    const geo::Layer l = readWith(path, "dates", false);
    EXPECT_EQ(std::get<std::string>(l.features[0].attributes[0]), "2024/01/01");
}

// A part of the layer (tiled statistics' survey and passes): the part sees
// the same FIDs and envelopes both ways, and keeps the same features.
TEST_F(GpkgRows, PartsSeeTheEnvelopesGdalSees) {
    TempDir dir;
    const std::string path = writeMixedFixture(dir);
    struct Seen {
        bool null;
        double minX, minY, maxX, maxY;
    };
    auto run = [&](bool viaGdal, std::map<std::int64_t, Seen>& seen) {
        std::mutex m;
        geo::ReadOptions o;
        o.layerName = "mixed";
        o.part = geo::ReadOptions::Part{[&](std::int64_t fid, const geo::Envelope& e) {
                                            std::lock_guard<std::mutex> lock(m);
                                            seen[fid] = {e.isNull(), e.minX, e.minY, e.maxX, e.maxY};
                                            return fid % 3 != 0 && (e.isNull() || e.maxX > 5);
                                        },
                                        {}};
        viaGdalOnly(viaGdal);
        geo::Layer l = geo::readLayer(path, o);
        viaGdalOnly(false);
        return l;
    };
    std::map<std::int64_t, Seen> gdalSeen, directSeen;
    const geo::Layer viaGdal = run(true, gdalSeen);
    const std::uint64_t before = geo::detail::gpkgRowsReadDirectly();
    const geo::Layer direct = run(false, directSeen);
    EXPECT_GT(geo::detail::gpkgRowsReadDirectly(), before);
    expectSameLayer(direct, viaGdal);
    EXPECT_LT(viaGdal.features.size(), 2000u);  // the part did keep only some
    ASSERT_EQ(directSeen.size(), gdalSeen.size());
    for (const auto& [fid, g] : gdalSeen) {
        const Seen& d = directSeen[fid];
        EXPECT_EQ(d.null, g.null) << fid;
        if (!g.null) {
            EXPECT_TRUE(sameXY({{d.minX, d.minY}, {d.maxX, d.maxY}}, {{g.minX, g.minY}, {g.maxX, g.maxY}})) << fid;
        }
    }
}

TEST_F(GpkgRows, EnvironmentSwitchesTheDirectReaderOff) {
    TempDir dir;
    const std::string path = writeMixedFixture(dir);
    const std::uint64_t before = geo::detail::gpkgRowsReadDirectly();
    (void)readWith(path, "mixed", true);
    EXPECT_EQ(geo::detail::gpkgRowsReadDirectly(), before);
    (void)readWith(path, "mixed", false);
    EXPECT_EQ(geo::detail::gpkgRowsReadDirectly(), before + 3000);
}

// --- damaged blobs ---------------------------------------------------------

std::string parseError(const std::vector<unsigned char>& blob) {
    geo::Geometry g;
    std::size_t at = 0;
    try {
        const bool parsed = geo::detail::parseGpkgGeometry(blob.data(), blob.size(), g, at);
        return parsed ? "parsed" : "needs GDAL";
    } catch (const geo::detail::GpkgBlobError& e) {
        return e.reason;
    }
}

TEST(GpkgBlobs, DamagedBlobsSayWhatIsWrong) {
    Bytes good;
    good.header(false).wkbStart(false, 3).u32(1).ring(kSquare);
    ASSERT_EQ(parseError(good.b), "parsed");
    // Cut anywhere inside: never read past the end (ASan checks it), always refused.
    for (std::size_t n = 0; n < good.b.size(); ++n) {
        std::vector<unsigned char> cut(good.b.begin(), good.b.begin() + static_cast<std::ptrdiff_t>(n));
        const std::string why = parseError(cut);
        EXPECT_NE(why, "parsed") << n;
        EXPECT_NE(why, "needs GDAL") << n;
    }
    EXPECT_EQ(parseError({}), "it is 0 bytes long, shorter than a GeoPackage header (8)");
    std::vector<unsigned char> magic = good.b;
    magic[0] = 'X';
    EXPECT_EQ(parseError(magic), "it does not start with \"GP\"");
    std::vector<unsigned char> version = good.b;
    version[2] = 1;
    EXPECT_EQ(parseError(version), "its GeoPackage version byte is 1, not 0");
    std::vector<unsigned char> envelope = good.b;
    envelope[3] = 1 | 5 << 1;
    EXPECT_EQ(parseError(envelope), "its envelope code is 5 (0 to 4 are defined)");
    Bytes rings;
    rings.header(false).wkbStart(false, 3).u32(0xFFFFFFFFu);
    EXPECT_EQ(parseError(rings.b), "4294967295 rings cannot fit in the 0 bytes left");
    Bytes points;
    points.header(false).wkbStart(false, 2).u32(0x10000000u).f64(1).f64(2);
    EXPECT_EQ(parseError(points.b), "a list of 268435456 points needs 4294967296 bytes, only 16 are left");
    Bytes members;
    members.header(false).wkbStart(false, 6).u32(1000);
    EXPECT_EQ(parseError(members.b), "1000 members cannot fit in the 0 bytes left");
    Bytes mixed;
    mixed.header(false).wkbStart(false, 6).u32(1).wkbStart(false, 2).ring({{0, 0}, {1, 1}});
    EXPECT_EQ(parseError(mixed.b), "a multi-geometry of type 6 holds a member of type 2");
    Bytes order;
    order.header(false).u8(7).u32(3).u32(0);
    EXPECT_EQ(parseError(order.b), "byte-order byte 7 is neither 0 nor 1");
    Bytes deep;
    deep.header(false);
    for (int i = 0; i < 40; ++i) deep.wkbStart(false, 7).u32(1);
    deep.wkbStart(false, 1).f64(1).f64(2);
    EXPECT_EQ(parseError(deep.b), "collections nest more than 32 deep");
    // Types the direct reader leaves to GDAL: curves, an unknown code.
    Bytes curve;
    curve.header(false).wkbStart(false, 8).ring({{0, 0}, {1, 1}, {2, 0}});
    EXPECT_EQ(parseError(curve.b), "needs GDAL");
}

TEST_F(GpkgRows, DamagedBlobInALayerNamesFileLayerAndFid) {
    TempDir dir;
    const std::string path = dir.file("damaged.gpkg");
    {
        Gpkg g(path);
        OGRLayerH l = g.layer("plots", wkbPolygon, false);
        addField(l, "code", OFTString);
        for (int i = 0; i < 100; ++i)
            addFeature(l, "POLYGON ((0 0,1 0,1 1,0 0))", [&](OGRFeatureH f) { OGR_F_SetFieldString(f, 0, "a"); });
        Bytes b;
        b.header(false).wkbStart(false, 3).u32(1).u32(5).f64(0).f64(0);  // 5 points promised, 1 given
        g.sql("UPDATE plots SET geom = X'" + hexOf(b.b) + "' WHERE fid = 57");
    }
    std::string message;
    try {
        (void)readWith(path, "plots", false);
    } catch (const geo::IoError& e) {
        message = e.what();
    }
    EXPECT_EQ(message, path + ":plots, feature FID 57: its geometry is damaged: a list of 5 points needs 80 bytes, "
                              "only 16 are left; the file may be truncated or written by faulty software, so "
                              "nothing is computed from it (check it with ogrinfo, or re-export the layer)");
    // GDAL's path reads on, the feature without geometry, and says so.
    const geo::Layer viaGdal = readWith(path, "plots", true);
    EXPECT_EQ(viaGdal.features.size(), 100u);
    bool warned = false;
    for (const auto& w : viaGdal.warnings) warned = warned || w.text.find("FID 57") != std::string::npos;
    EXPECT_TRUE(warned);
}

}  // namespace
