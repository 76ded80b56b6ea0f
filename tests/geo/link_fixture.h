#pragma once
// A hand-built workspace for the linking and statistics tests, in WGS 84
// lon/lat near the equator. Every expected number below was computed
// independently with GeographicLib's command-line tools (Debian package
// geographiclib-tools), e.g. for the rectangle lon 0.008–0.012, lat 0.004–0.006:
//   printf '0.004 0.008\n0.004 0.012\n0.006 0.012\n0.006 0.008\n' | Planimeter -p 12
//   → "4 <perimeter> 98472.57630" (m²)
// and for a distance: echo "0.001 0.0025 0.001 0.004" | GeodSolve -i -p 12.
//
// Zones: A = lon 0–0.01 (code "9"), B = lon 0.01–0.02 (code "10"), lat 0–0.01.
// Planting areas (index: lon × lat):
//   0 half:    0.008–0.012 × 0.004–0.006    crosses the border, 1/2 in each
//   1 quarter: 0.009–0.013 × 0.001–0.003    1/4 in A, 3/4 in B
//   2 Q1:      0.001–0.004 × 0.006–0.009    overlaps 3 (in A)
//   3 Q2:      0.003–0.006 × 0.007–0.0095
//   4 bow-tie  (0.015,0.006) (0.019,0.009) (0.019,0.006) (0.015,0.009): two triangles in B
//   5, 6       1 × 1 thousandths squares with the same code VN-DUPL-0001 (in A)
//   7, 8       0.0095–0.0105 × 0.0075–0.0085 and 0.0098–0.0108 × 0.0078–0.0088:
//              overlap each other across the border
// Cooperatives (points): 0 "HTX-Ạ01" (0.005,0.005) in A; 1 "0123" (0.01,0.0095)
// on the A|B border; 2 "123" (0.015,0.005) in B; 3 "htx-ạ01" (duplicate key,
// 0.016,0.004) in B; 4 "OUT" (0.05,0.05) outside every zone.
#include <cstdint>
#include <string>
#include <vector>

#include "geo/crs.h"
#include "geo/workspace.h"

namespace fixture {

// Planimeter results, m² → ha.
constexpr double ha(double m2) { return m2 / 10000.0; }
inline const double kHalf = ha(98472.57630), kHalfA = ha(49236.28814), kHalfB = ha(49236.28814);
inline const double kQuarter = ha(98472.57661), kQuarterA = ha(24618.14414), kQuarterB = ha(73854.43245);
inline const double kQ1 = ha(110781.64780), kQ2 = ha(92318.03968), kQ1Q2 = ha(24618.14392);
inline const double kDup = ha(12309.07208);
inline const double kBowTie = 2 * ha(36927.21592);
inline const double k7 = ha(12309.07196), k7A = ha(6154.53598), k7B = ha(6154.53598);
inline const double k8 = ha(12309.07195), k8A = ha(2461.81439), k8B = ha(9847.25756);
inline const double k78 = ha(6031.44526), k78A = ha(1723.27007), k78B = ha(4308.17519);
inline const double kZone = ha(1230907.20499), kBothZones = ha(2461814.42886);

inline geo::Ring rect(double x0, double x1, double y0, double y1) {
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
}

inline geo::Feature polygonFeature(std::int64_t fid, geo::Ring ring, std::vector<geo::Value> attrs) {
    geo::Feature f;
    f.fid = fid;
    f.attributes = std::move(attrs);
    f.geometry = geo::Geometry::polygon(geo::Polygon{{std::move(ring)}});
    return f;
}

inline geo::Feature pointFeature(std::int64_t fid, double x, double y, std::vector<geo::Value> attrs) {
    geo::Feature f;
    f.fid = fid;
    f.attributes = std::move(attrs);
    f.geometry = geo::Geometry::point({x, y});
    return f;
}

inline geo::LayerSpec spec(std::string id, geo::LayerRole role, std::map<std::string, std::string> fields) {
    geo::LayerSpec s;
    s.id = std::move(id);
    s.role = role;
    s.path = s.id + ".geojson";
    s.fields = std::move(fields);
    return s;
}

inline geo::Layer layer(std::string name, std::vector<geo::Field> fields, std::vector<geo::Feature> features) {
    geo::Layer l;
    l.name = name;
    l.sourcePath = name + ".geojson";
    l.fields = std::move(fields);
    l.features = std::move(features);
    l.crs = geo::wgs84();
    l.encoding = "UTF-8";
    return l;
}

using S = std::string;
using geo::FieldType;

inline geo::Workspace workspace() {
    geo::Workspace ws;
    ws.project.name = "fixture";
    ws.project.filePath = "/nonexistent/fixture.vtproj";
    ws.layers.push_back(geo::normalise(
        spec("zones", geo::LayerRole::Zones, {{"code", "ma"}, {"name", "ten"}}),
        layer("zones", {{"ma", FieldType::String}, {"ten", FieldType::String}},
              {polygonFeature(1, rect(0, 0.01, 0, 0.01), {S("9"), S("Zone A")}),
               polygonFeature(2, rect(0.01, 0.02, 0, 0.01), {S("10"), S("Zone B")})})));
    std::vector<geo::Field> pfields = {{"ma_vung", FieldType::String}, {"cay", FieldType::String},
                                       {"ma_htx", FieldType::String}, {"dt_khai", FieldType::Real}};
    std::vector<geo::Feature> plantings = {
        polygonFeature(10, rect(0.008, 0.012, 0.004, 0.006), {S("VN-HALF-0001"), S("Xoài"), S("0123"), 9.0}),
        polygonFeature(11, rect(0.009, 0.013, 0.001, 0.003), {S("VN-QUAR-0001"), S("Xoài"), S("123"), {}}),
        polygonFeature(12, rect(0.001, 0.004, 0.006, 0.009), {S("VN-QONE-0001"), S("Lúa"), S(" htx-a\u0323" "01 "), {}}),
        polygonFeature(13, rect(0.003, 0.006, 0.007, 0.0095), {S("VN-QTWO-0001"), S("Lúa"), S("999"), {}}),
        polygonFeature(14, {{0.015, 0.006}, {0.019, 0.009}, {0.019, 0.006}, {0.015, 0.009}, {0.015, 0.006}},
                       {S("VN-BOWT-0001"), S("Lúa"), {}, {}}),
        polygonFeature(15, rect(0.002, 0.003, 0.001, 0.002), {S("VN-DUPL-0001"), S("Lúa"), {}, {}}),
        polygonFeature(16, rect(0.004, 0.005, 0.001, 0.002), {S("VN-DUPL-0001"), S("Lúa"), {}, {}}),
        polygonFeature(17, rect(0.0095, 0.0105, 0.0075, 0.0085), {S("VN-STRA-0001"), S("Lúa"), {}, {}}),
        polygonFeature(18, rect(0.0098, 0.0108, 0.0078, 0.0088), {S("VN-STRA-0002"), S("Xoài"), {}, {}}),
    };
    ws.layers.push_back(geo::normalise(
        spec("plantings", geo::LayerRole::PlantingAreas,
             {{"code", "ma_vung"}, {"crop", "cay"}, {"cooperative", "ma_htx"}, {"declared_ha", "dt_khai"}}),
        layer("plantings", pfields, plantings)));
    std::vector<geo::Field> cfields = {{"ma_htx", FieldType::String}, {"ten", FieldType::String},
                                       {"tv", FieldType::Integer}, {"sao", FieldType::Integer}};
    ws.layers.push_back(geo::normalise(
        spec("coops", geo::LayerRole::Cooperatives,
             {{"key", "ma_htx"}, {"name", "ten"}, {"members", "tv"}, {"ocop_stars", "sao"}}),
        layer("coops", cfields,
              {pointFeature(1, 0.005, 0.005, {S("HTX-Ạ01"), S("HTX Ạ"), std::int64_t{10}, std::int64_t{3}}),
               pointFeature(2, 0.01, 0.0095, {S("0123"), S("HTX biên"), std::int64_t{20}, std::int64_t{0}}),
               pointFeature(3, 0.015, 0.005, {S("123"), S("HTX 123"), std::int64_t{30}, std::int64_t{4}}),
               pointFeature(4, 0.016, 0.004, {S("htx-ạ01"), S("HTX trùng"), std::int64_t{40}, std::int64_t{2}}),
               pointFeature(5, 0.05, 0.05, {S("OUT"), S("HTX ngoài"), std::int64_t{50}, std::int64_t{5}})})));
    geo::Layer inv = layer("investments", {{"ma_htx", FieldType::String}, {"vnd", FieldType::Integer}}, {});
    auto row = [](std::int64_t fid, std::string key, std::int64_t vnd) {
        geo::Feature f;
        f.fid = fid;
        f.attributes = {key, vnd};
        return f;
    };
    inv.features = {row(1, "HTX-Ạ01", 1'000'000'000), row(2, "0123", 2'500'000'000), row(3, "123 ", 7),
                    row(4, "0299", 5)};
    ws.layers.push_back(geo::normalise(
        spec("investments", geo::LayerRole::Investments, {{"cooperative", "ma_htx"}, {"amount_vnd", "vnd"}}), inv));
    return ws;
}

}  // namespace fixture
