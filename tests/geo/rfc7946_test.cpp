// GeoJSON output follows RFC 7946, checked by export_rfc7946_check.h, which
// parses the text with nlohmann::json and knows nothing of the writer.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "export_rfc7946_check.h"
#include "geo/crs.h"
#include "geo/export.h"
#include "test_support.h"

namespace {

using vt_test::checkRfc7946;
using vt_test::readBytes;
using vt_test::TempDir;

geo::Ring ring(std::initializer_list<geo::XY> pts) { return geo::Ring(pts); }

// A WGS 84 layer with the orientation RFC 7946 forbids: the exterior ring
// clockwise and the hole counter-clockwise, plus a multipolygon and a point.
geo::Layer wrongWayRoundLayer() {
    geo::Layer layer;
    layer.name = "test";
    layer.crs = geo::wgs84();
    layer.fields = {{"ten", geo::FieldType::String}, {"so_tien_vnd", geo::FieldType::Integer},
                    {"dt", geo::FieldType::Real}};
    geo::Feature a;
    a.fid = 1;
    a.attributes = {std::string("Thạnh Trị"), std::int64_t{8800000000123}, 20.0};
    geo::Polygon withHole;
    withHole.rings.push_back(ring({{105.8, 9.4}, {105.8, 9.5}, {105.9, 9.5}, {105.9, 9.4}, {105.8, 9.4}}));  // CW
    withHole.rings.push_back(
        ring({{105.82, 9.42}, {105.88, 9.42}, {105.88, 9.48}, {105.82, 9.48}, {105.82, 9.42}}));  // CCW hole
    a.geometry = geo::Geometry::polygon(withHole);
    geo::Feature b;
    b.fid = 2;
    b.attributes = {std::string("Hợp tác xã Lúa gạo"), std::int64_t{0}, 1.23456789012345};
    b.geometry.kind = geo::GeometryKind::Polygon;
    b.geometry.polygons.push_back({{ring({{106.0, 9.6}, {106.0, 9.61}, {106.01, 9.61}, {106.0, 9.6}})}});
    b.geometry.polygons.push_back({{ring({{106.1, 9.6}, {106.11, 9.6}, {106.11, 9.61}, {106.1, 9.6}})}});
    geo::Feature c;
    c.fid = 3;
    c.attributes = {std::monostate{}, std::monostate{}, std::monostate{}};
    c.geometry = geo::Geometry::point({105.97123456789, 9.60123456789});
    layer.features = {a, b, c};
    return layer;
}

std::string exportText(const geo::Layer& layer, const std::string& path, int precision,
                       geo::ExportFormat format = geo::ExportFormat::GeoJson) {
    geo::ExportOptions o;
    o.format = format;
    o.outputPath = path;
    o.precision = precision;
    geo::exportLayer(layer, o);
    return readBytes(path);
}

TEST(Rfc7946, WrittenLayerPassesEveryCheckWhateverTheInputOrientation) {
    TempDir dir;
    std::string text = exportText(wrongWayRoundLayer(), dir.file("t.geojson"), 7);
    auto r = checkRfc7946(text);
    for (const auto& v : r.violations) ADD_FAILURE() << v;
    EXPECT_EQ(r.features, 3u);
    EXPECT_LE(r.maxDecimals, 7);
    EXPECT_EQ(text.find("\"crs\""), std::string::npos);
}

TEST(Rfc7946, DecimalsNeverExceedThePrecisionAsked) {
    TempDir dir;
    for (int precision : {0, 3, 7, 9}) {
        std::string text = exportText(wrongWayRoundLayer(), dir.file("p.geojson"), precision);
        auto r = checkRfc7946(text);
        EXPECT_LE(r.maxDecimals, precision) << "precision " << precision;
        // At precision 0 the small triangles collapse to degenerate rings:
        // winding is then undefined, so only check it where the rings survive.
        if (precision >= 3)
            for (const auto& v : r.violations) ADD_FAILURE() << "precision " << precision << ": " << v;
    }
    std::string text = exportText(wrongWayRoundLayer(), dir.file("p.geojson"), 9);
    // 105.97123456789 rounded to 9 decimals (GDAL's GeoJSON writer spaces its arrays).
    EXPECT_NE(text.find("[ 105.971234568, 9.601234568 ]"), std::string::npos) << "rounded";
    EXPECT_EQ(text.find("105.9712345679"), std::string::npos) << "never more decimals than asked";
}

TEST(Rfc7946, IntegersStayIntegersAndRealsStayReal) {
    TempDir dir;
    auto doc = nlohmann::json::parse(exportText(wrongWayRoundLayer(), dir.file("t.geojson"), 7));
    const auto& p = doc["features"][0]["properties"];
    EXPECT_TRUE(p["so_tien_vnd"].is_number_integer());
    EXPECT_EQ(p["so_tien_vnd"].get<std::int64_t>(), 8800000000123);
    EXPECT_TRUE(p["dt"].is_number_float());
    EXPECT_EQ(p["ten"].get<std::string>(), "Thạnh Trị");
    EXPECT_DOUBLE_EQ(doc["features"][1]["properties"]["dt"].get<double>(), 1.23456789012345);
    EXPECT_TRUE(doc["features"][2]["properties"]["ten"].is_null());
}

TEST(Rfc7946, TextIsWrittenInNfc) {
    TempDir dir;
    geo::Layer layer = wrongWayRoundLayer();
    // "Trị" decomposed: i + combining dot below (U+0323), and "ạ" as a + U+0323.
    layer.features[0].attributes[0] = std::string("Tha\xCC\xA3nh Tri\xCC\xA3");
    auto doc = nlohmann::json::parse(exportText(layer, dir.file("t.geojson"), 7));
    EXPECT_EQ(doc["features"][0]["properties"]["ten"].get<std::string>(), "Thạnh Trị");
}

TEST(Rfc7946, SequenceHasOneConformingFeaturePerLine) {
    TempDir dir;
    std::string text = exportText(wrongWayRoundLayer(), dir.file("t.geojsonl"), 7, geo::ExportFormat::GeoJsonSeq);
    EXPECT_EQ(text.find('\x1e'), std::string::npos) << "newline-delimited, no RS by default";
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 3);
    auto r = checkRfc7946(text, true);
    for (const auto& v : r.violations) ADD_FAILURE() << v;
    EXPECT_EQ(r.features, 3u);

    std::string rs = exportText(wrongWayRoundLayer(), dir.file("t.geojsons"), 7, geo::ExportFormat::GeoJsonSeq);
    EXPECT_EQ(rs[0], '\x1e') << "RFC 8142 record separators for .geojsons";
    EXPECT_TRUE(checkRfc7946(rs, true).violations.empty());

    // ExportOptions::recordSeparator asks for them whatever the extension.
    geo::ExportOptions o;
    o.format = geo::ExportFormat::GeoJsonSeq;
    o.outputPath = dir.file("rs.geojsonl");
    o.recordSeparator = true;
    geo::exportLayer(wrongWayRoundLayer(), o);
    std::string asked = readBytes(o.outputPath);
    EXPECT_EQ(std::count(asked.begin(), asked.end(), '\x1e'), 3);
    EXPECT_TRUE(checkRfc7946(asked, true).violations.empty());
}

// A point in VN-2000 / TM-3 105°30' (EPSG:9209) lands where PROJ says it does.
// Expected values from PROJ's command line (EPSG:4326 prints lat before lon):
//   $ echo "580000 1030000" | cs2cs -d 9 EPSG:9209 EPSG:4326
//   9.313356521	106.230023739 0.000000000
// The point lies south of 9.35°N, outside the area of use of "VN-2000 to
// WGS 84 (1)" (EPSG:5194, Mekong delta blocks DBSCL 02 and 03), so cs2cs's
// per-point choice and geo's one operation per CRS pair (EPSG:6960, the
// best-ranked) agree. (North of it they differ by ~0.8 m: for 560000 1060000
// cs2cs prints 9.584935613 106.048406351, using EPSG:5194.)
TEST(Rfc7946, Vn2000PointIsTransformedToWgs84LonLat) {
    TempDir dir;
    geo::Layer layer;
    layer.name = "vn2000";
    layer.crs = geo::describeCrs("EPSG:9209");
    layer.fields = {{"ten", geo::FieldType::String}};
    geo::Feature f;
    f.attributes = {std::string("Sóc Trăng")};
    f.geometry = geo::Geometry::point({580000, 1030000});
    layer.features = {f};
    for (int precision : {7, 9}) {
        std::string text = exportText(layer, dir.file("vn.geojson"), precision);
        auto r = checkRfc7946(text);
        for (const auto& v : r.violations) ADD_FAILURE() << v;
        auto doc = nlohmann::json::parse(text);
        const auto& c = doc["features"][0]["geometry"]["coordinates"];
        // echo "580000 1030000" | cs2cs -d 9 EPSG:9209 EPSG:4326 → 9.313356521 106.230023739
        EXPECT_NEAR(c[0].get<double>(), 106.230023739, 1e-7) << "longitude first";
        EXPECT_NEAR(c[1].get<double>(), 9.313356521, 1e-7);
    }
}

TEST(Rfc7946, EmptyOrMissingGeometryIsNullWithoutBbox) {
    TempDir dir;
    geo::Layer layer = wrongWayRoundLayer();
    layer.features[2].geometry = {};
    auto doc = nlohmann::json::parse(exportText(layer, dir.file("t.geojson"), 7));
    EXPECT_TRUE(doc["features"][2]["geometry"].is_null());
    EXPECT_FALSE(doc["features"][2].contains("bbox"));
    EXPECT_TRUE(checkRfc7946(doc.dump()).violations.empty());
}

}  // namespace

namespace {

// The checker itself catches what the RFC forbids (so a pass above means something).
TEST(Rfc7946, CheckerRejectsClockwiseExteriorCrsAndMissingBbox) {
    std::string cw = R"({"type":"FeatureCollection","crs":{},"bbox":[0,0,1,1],"features":[
      {"type":"Feature","bbox":[0,0,1,1],"geometry":{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[0,0]]]},"properties":{}},
      {"type":"Feature","geometry":{"type":"Point","coordinates":[200.123456789,0]},"properties":{}}]})";
    auto r = vt_test::checkRfc7946(cw);
    auto has = [&](const std::string& s) {
        for (const auto& v : r.violations)
            if (v.find(s) != std::string::npos) return true;
        return false;
    };
    EXPECT_TRUE(has("counter-clockwise"));
    EXPECT_TRUE(has("\"crs\""));
    EXPECT_TRUE(has("no \"bbox\""));
    EXPECT_TRUE(has("longitude"));
    EXPECT_TRUE(has("bbox does not contain"));
    EXPECT_EQ(r.maxDecimals, 9);
}

}  // namespace
