// The data-quality report on a hand-built project whose every defect was
// planted on purpose: each one must be found, named by layer, feature and
// code, and nothing else may be reported.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "geo/crs.h"
#include "geo/quality.h"
#include "workspace_builder.h"

namespace {

using geo::Feature;
using geo::Field;
using geo::FieldType;
using geo::Value;

using vt_test::build::add;
using vt_test::build::makeLayer;
using vt_test::build::spec;
using vt_test::build::square;

// Two zones of 0.01° side by side at 9° N; every planting area is a small
// square well inside one zone unless stated.
geo::Workspace plantedDefects() {
    geo::Workspace ws;
    ws.project.filePath = "/fixture/p.vtproj";
    ws.project.codePattern = "^VN-[A-Z]{4}-[0-9]{4}$";
    ws.project.declaredAreaTolerancePct = 5;

    geo::Layer zones = makeLayer("zones", {{"ma", FieldType::String}, {"ten", FieldType::String}});
    add(zones, {std::string("941"), std::string("Một")}, square(105.00, 9.00, 0.01));
    add(zones, {std::string("942"), std::string("Hai")}, square(105.01, 9.00, 0.01));

    geo::Layer plots = makeLayer("plots", {{"code", FieldType::String},
                                           {"htx", FieldType::String},
                                           {"declared", FieldType::Real}});
    const double s = 0.001;  // ≈ 1.2 ha
    // Measured areas are whatever geodesic area gives; "declared" is set
    // from the same square size (1.2 ha) so that only plot 4 is off by 2×.
    add(plots, {std::string("VN-STOR-0001"), std::string("HTX-0001"), 1.21}, square(105.002, 9.002, s));  // 0 clean
    add(plots, {std::string("VN-STOR-0001"), std::string("HTX-0001"), 1.21}, square(105.012, 9.002, s));  // 1 duplicate code
    add(plots, {std::string("bad code"), std::string("HTX-9999"), 1.21}, square(105.004, 9.004, s));      // 2 pattern + unlinked
    add(plots, {std::string("VN-STOR-0003"), std::string("HTX-0001"), 1.21},
        square(105.0025, 9.0025, s));                                                                      // 3 overlaps 0
    add(plots, {std::string("VN-STOR-0004"), std::string("HTX-0001"), 2.42}, square(105.006, 9.006, s));  // 4 declared 2×
    add(plots, {std::string("VN-STOR-0005"), std::string("HTX-0001"), Value{}},
        geo::Geometry::polygon({{{{105.014, 9.004}, {105.015, 9.005}, {105.015, 9.004}, {105.014, 9.005},
                                   {105.014, 9.004}}}}));                                                  // 5 bow-tie
    add(plots, {std::string("VN-STOR-0006"), std::string("HTX-0001"), 1.21}, square(105.05, 9.05, s));    // 6 outside
    add(plots, {std::string("VN-STOR-0007"), std::string("HTX-0001"), 1.21}, geo::Geometry{});           // 7 no geometry

    geo::Layer coops = makeLayer("coops", {{"ma_htx", FieldType::String}, {"ten", FieldType::String}});
    add(coops, {std::string("HTX-0001"), std::string("HTX Một")}, geo::Geometry::point({105.005, 9.005}));  // 0 in zone 941
    add(coops, {std::string("HTX-0002"), std::string("HTX Hai")}, geo::Geometry::point({105.05, 9.05}));    // 1 outside
    add(coops, {Value{}, std::string("HTX không mã")}, geo::Geometry::point({105.015, 9.005}));            // 2 no key

    geo::Layer money = makeLayer("money", {{"ma_htx", FieldType::String}, {"vnd", FieldType::Integer}});
    add(money, {std::string("HTX-0001"), std::int64_t{1000000000}}, geo::Geometry{});  // 0 linked
    add(money, {std::string("HTX-0404"), std::int64_t{500000000}}, geo::Geometry{});   // 1 unlinked

    auto zoneSpec = spec("zones", geo::LayerRole::Zones, {{"code", "ma"}, {"name", "ten"}});
    auto plotSpec = spec("plots", geo::LayerRole::PlantingAreas,
                         {{"code", "code"}, {"cooperative", "htx"}, {"declared_ha", "declared"}});
    auto coopSpec = spec("coops", geo::LayerRole::Cooperatives, {{"key", "ma_htx"}, {"name", "ten"}});
    auto moneySpec = spec("money", geo::LayerRole::Investments, {{"cooperative", "ma_htx"}, {"amount_vnd", "vnd"}});
    ws.project.layers = {zoneSpec, plotSpec, coopSpec, moneySpec};
    ws.layers.push_back(geo::normalise(zoneSpec, std::move(zones)));
    ws.layers.push_back(geo::normalise(plotSpec, std::move(plots)));
    ws.layers.push_back(geo::normalise(coopSpec, std::move(coops)));
    ws.layers.push_back(geo::normalise(moneySpec, std::move(money)));
    return ws;
}

using Key = std::tuple<std::string, std::string, int>;  // kind, layer, feature

std::set<Key> keys(const geo::QualityReport& r) {
    std::set<Key> out;
    for (const auto& f : r.findings) out.insert({f.kind, f.layerId, f.feature});
    return out;
}

TEST(Quality, FindsEveryPlantedDefectAndNothingElse) {
    geo::Workspace ws = plantedDefects();
    geo::Links links = geo::linkWorkspace(ws);
    geo::Statistics stats = geo::computeStatistics(ws, links);
    geo::QualityReport report = geo::checkQuality(ws, links, stats);

    std::set<Key> expected = {
        {"duplicate_code", "plots", 1},
        {"code_pattern", "plots", 2},
        {"unlinked_planting_area", "plots", 2},
        {"overlap", "plots", 0},
        {"declared_area", "plots", 4},
        {"invalid_geometry", "plots", 5},
        {"outside_zones", "plots", 6},
        {"empty_geometry", "plots", 7},
        {"outside_zones", "coops", 1},
        {"missing_key", "coops", 2},
        {"unlinked_investment", "money", 1},
    };
    std::string all;
    for (const auto& f : report.findings) all += f.kind + " " + f.layerId + " " + std::to_string(f.feature) + ": " + f.message + "\n";
    EXPECT_EQ(keys(report), expected) << all;
}

TEST(Quality, FindingsNameTheCodeAndSayWhy) {
    geo::Workspace ws = plantedDefects();
    geo::Links links = geo::linkWorkspace(ws);
    geo::QualityReport report = geo::checkQuality(ws, links, geo::computeStatistics(ws, links));
    auto find = [&](const std::string& kind) {
        auto it = std::find_if(report.findings.begin(), report.findings.end(), [&](auto& f) { return f.kind == kind; });
        EXPECT_NE(it, report.findings.end()) << kind;
        return *it;
    };
    EXPECT_EQ(find("duplicate_code").code, "VN-STOR-0001");
    EXPECT_NE(find("unlinked_planting_area").message.find("HTX-9999"), std::string::npos);
    EXPECT_NE(find("unlinked_investment").message.find("HTX-0404"), std::string::npos);
    EXPECT_EQ(find("unlinked_investment").severity, geo::Severity::Error);
    EXPECT_NE(find("overlap").message.find("VN-STOR-0003"), std::string::npos);
    // Squares 0 and 3 overlap in the 0.0005° square at (105.0025, 9.0025):
    // printf "9.0025 105.0025\n9.0025 105.003\n9.003 105.003\n9.003 105.0025\n" | Planimeter -p 9
    // → 4 220.558609582 3040.3553 (m²)
    ASSERT_TRUE(find("overlap").hectares.has_value());
    EXPECT_NEAR(*find("overlap").hectares, 0.30403553, 1e-7);
    EXPECT_NE(find("declared_area").message.find("declared 2.42 ha"), std::string::npos) << find("declared_area").message;
    EXPECT_NE(find("invalid_geometry").message.find("Self-intersection"), std::string::npos);
}

// Each finding carries the facts its sentence is made of (for the app's
// Vietnamese): which sentence, and every value, as it appears in the message.
TEST(Quality, EveryFindingCarriesTheFactsOfItsMessage) {
    geo::Workspace ws = plantedDefects();
    geo::Links links = geo::linkWorkspace(ws);
    geo::QualityReport report = geo::checkQuality(ws, links, geo::computeStatistics(ws, links));
    ASSERT_FALSE(report.findings.empty());
    for (const auto& f : report.findings) {
        if (f.kind == "load_warning" || f.kind == "load_error" || f.kind == "encoding_guess") continue;  // readers' words
        ASSERT_TRUE(f.facts.count("sentence")) << f.kind << ": " << f.message;
        for (const auto& [name, value] : f.facts) {
            if (name == "sentence" || value.empty()) continue;
            EXPECT_NE(f.message.find(value), std::string::npos)
                << f.kind << " fact " << name << " = '" << value << "' is not in: " << f.message;
        }
    }
    auto declared = std::find_if(report.findings.begin(), report.findings.end(),
                                 [](const auto& f) { return f.kind == "declared_area"; });
    ASSERT_NE(declared, report.findings.end());
    EXPECT_EQ(declared->facts.at("declared_ha"), "2.42");
    EXPECT_EQ(declared->facts.at("tolerance_pct"), "5.0");
}

TEST(Quality, SeverityOverridesDecideWhatFails) {
    geo::Workspace ws = plantedDefects();
    geo::Links links = geo::linkWorkspace(ws);
    geo::Statistics stats = geo::computeStatistics(ws, links);
    EXPECT_TRUE(geo::checkQuality(ws, links, stats).hasAtLeast(geo::Severity::Error));
    std::map<std::string, geo::Severity> lenient = {{"duplicate_code", geo::Severity::Warning},
                                                    {"unlinked_investment", geo::Severity::Warning},
                                                    {"empty_geometry", geo::Severity::Info}};
    geo::QualityReport report = geo::checkQuality(ws, links, stats, lenient);
    EXPECT_FALSE(report.hasAtLeast(geo::Severity::Error));
    EXPECT_EQ(report.count(geo::Severity::Error), 0);
    EXPECT_EQ(report.count(geo::Severity::Info), 1);
}

}  // namespace
