// Declared areas, members and amounts that no feature can have (a typo, a
// wrong column): each is a finding naming the layer, the feature and the
// value, and counts in no sum; the clean values still do.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "geo/crs.h"
#include "geo/plausible.h"
#include "geo/quality.h"
#include "workspace_builder.h"

namespace {

using geo::FieldType;
using geo::Value;

using vt_test::build::makeLayer;
using vt_test::build::spec;
using vt_test::build::square;

void add(geo::Layer& l, std::vector<Value> attributes, geo::Geometry g) {
    vt_test::build::add(l, std::move(attributes), std::move(g), 100);  // FIDs differ from indexes
}

// One zone; plots 0 and 4 declare plausible areas, the others absurd ones.
geo::Workspace absurdNumbers() {
    geo::Workspace ws;
    ws.project.filePath = "/fixture/p.vtproj";
    ws.project.declaredAreaTolerancePct = 1000;  // only the implausible values are at stake here
    geo::Layer zones = makeLayer("zones", {{"ma", FieldType::String}});
    add(zones, {std::string("941")}, square(105.0, 9.0, 0.1));
    geo::Layer plots = makeLayer("plots", {{"code", FieldType::String}, {"declared", FieldType::Real}});
    add(plots, {std::string("A"), 1.25}, square(105.01, 9.01, 0.001));   // 0 clean
    add(plots, {std::string("B"), 1e70}, square(105.02, 9.01, 0.001));   // 1 beyond Vietnam
    add(plots, {std::string("C"), -2.0}, square(105.03, 9.01, 0.001));   // 2 negative
    add(plots, {std::string("D"), std::numeric_limits<double>::infinity()}, square(105.04, 9.01, 0.001));  // 3
    add(plots, {std::string("E"), 33.0e6}, square(105.05, 9.01, 0.001));  // 4 huge but within Vietnam
    add(plots, {std::string("F"), 5e7}, geo::Geometry::point({105.06, 9.01}));  // 5 a register point beyond Vietnam
    geo::Layer coops = makeLayer("coops", {{"ma", FieldType::String}, {"tv", FieldType::Real}});
    add(coops, {std::string("H1"), 120.0}, geo::Geometry::point({105.02, 9.02}));  // 0 clean
    add(coops, {std::string("H2"), 1e70}, geo::Geometry::point({105.03, 9.02}));   // 1 beyond the population
    add(coops, {std::string("H3"), -4.0}, geo::Geometry::point({105.04, 9.02}));   // 2 negative
    add(coops, {std::string("H4"), 12.5}, geo::Geometry::point({105.05, 9.02}));   // 3 not whole
    geo::Layer money = makeLayer("money", {{"ma", FieldType::String}, {"vnd", FieldType::Integer}});
    add(money, {std::string("H1"), std::int64_t{1'500'000'000}}, geo::Geometry{});          // 0 clean
    add(money, {std::string("H1"), std::int64_t{-300'000'000}}, geo::Geometry{});           // 1 negative
    add(money, {std::string("H1"), std::int64_t{20'000'000'000'000'000}}, geo::Geometry{});  // 2 beyond GDP
    auto zs = spec("zones", geo::LayerRole::Zones, {{"code", "ma"}});
    auto ps = spec("plots", geo::LayerRole::PlantingAreas, {{"code", "code"}, {"declared_ha", "declared"}});
    auto cs = spec("coops", geo::LayerRole::Cooperatives, {{"key", "ma"}, {"members", "tv"}});
    auto ms = spec("money", geo::LayerRole::Investments, {{"cooperative", "ma"}, {"amount_vnd", "vnd"}});
    ws.project.layers = {zs, ps, cs, ms};
    ws.layers.push_back(geo::normalise(zs, std::move(zones)));
    ws.layers.push_back(geo::normalise(ps, std::move(plots)));
    ws.layers.push_back(geo::normalise(cs, std::move(coops)));
    ws.layers.push_back(geo::normalise(ms, std::move(money)));
    return ws;
}

TEST(ImplausibleNumbers, CountInNoSumAndTheCleanValuesStillDo) {
    geo::Workspace ws = absurdNumbers();
    geo::Links links = geo::linkWorkspace(ws);
    geo::Statistics st = geo::computeStatistics(ws, links);
    // Only plots 0 and 4 declare a believable area; only coop 0 and row 0 are clean.
    EXPECT_DOUBLE_EQ(st.total.declaredHa, 1.25 + 33.0e6);
    EXPECT_DOUBLE_EQ(st.zones.at(0).declaredHa, 1.25 + 33.0e6);
    EXPECT_EQ(st.total.members, 120);
    EXPECT_EQ(st.total.investmentVnd, 1'500'000'000);
    EXPECT_EQ(st.cooperatives.at(0).investmentVnd, 1'500'000'000);
    // A code with an implausible declared area counts as declaring none.
    EXPECT_FALSE(st.plantings.at(1).declaredHa().has_value());
    EXPECT_FALSE(st.plantings.at(1).differenceHa().has_value());
    EXPECT_TRUE(st.plantings.at(0).declaredHa().has_value());
    ASSERT_EQ(st.implausibleNumbers.size(), 4u + 3u + 2u);
}

TEST(ImplausibleNumbers, EachIsAnErrorNamingLayerFeatureFieldAndValue) {
    geo::Workspace ws = absurdNumbers();
    geo::Links links = geo::linkWorkspace(ws);
    geo::Statistics st = geo::computeStatistics(ws, links);
    geo::QualityReport report = geo::checkQuality(ws, links, st);
    std::vector<const geo::Finding*> found;
    for (const auto& f : report.findings)
        if (f.kind == geo::finding::ImplausibleNumber) found.push_back(&f);
    ASSERT_EQ(found.size(), 9u);
    struct Expected {
        const char* layer;
        int feature;
        const char* code;
        const char* sentence;
        const char* text;
    };
    const Expected expected[] = {
        {"plots", 1, "B", "beyond_land_area", "declared = 1.00e+70 ha is larger than Vietnam's land area (33,100,000 ha)"},
        {"plots", 2, "C", "negative", "declared = -2 ha is negative"},
        {"plots", 3, "D", "not_finite", "declared = inf ha is not a finite number"},
        {"plots", 5, "F", "beyond_land_area", "declared = 50000000 ha is larger than Vietnam's land area"},
        {"coops", 1, "H2", "not_whole", "tv = 1.00e+70 members is not a whole number"},
        {"coops", 2, "H3", "negative", "tv = -4 members is negative"},
        {"coops", 3, "H4", "not_whole", "tv = 12.50 members is not a whole number"},
        {"money", 1, "H1", "negative", "vnd = -300000000 VND is negative"},
        {"money", 2, "H1", "beyond_gdp", "vnd = 20000000000000000 VND is more than Vietnam's yearly GDP"},
    };
    for (std::size_t i = 0; i < found.size(); ++i) {
        const geo::Finding& f = *found[i];
        SCOPED_TRACE(f.message);
        EXPECT_EQ(f.severity, geo::Severity::Error);
        EXPECT_EQ(f.layerId, expected[i].layer);
        EXPECT_EQ(f.feature, expected[i].feature);
        EXPECT_EQ(f.fid, expected[i].feature + 100);
        EXPECT_EQ(f.code, expected[i].code);
        EXPECT_EQ(f.facts.at("sentence"), expected[i].sentence);
        EXPECT_NE(f.message.find(expected[i].text), std::string::npos);
        EXPECT_NE(f.message.find("counts in no sum"), std::string::npos);
    }
    // The absurd declared area is not compared with the measured one, nor
    // announced as a register point's declared area.
    for (const auto& f : report.findings) {
        if (f.kind == geo::finding::DeclaredArea) ADD_FAILURE() << f.message;
        EXPECT_EQ(f.message.find("e+70 ha)"), std::string::npos) << f.message;
        EXPECT_LT(f.message.size(), 200u) << f.message;
    }
}

TEST(ImplausibleNumbers, BoundsAreVietnamsLandPopulationAndGdp) {
    EXPECT_FALSE(geo::declaredAreaProblem(0));
    EXPECT_FALSE(geo::declaredAreaProblem(geo::kMaxDeclaredHa));
    EXPECT_EQ(geo::declaredAreaProblem(std::nextafter(geo::kMaxDeclaredHa, 1e300))->key, "beyond_land_area");
    EXPECT_EQ(geo::declaredAreaProblem(std::nan(""))->key, "not_finite");
    EXPECT_FALSE(geo::membersProblem(geo::kMaxMembers));
    EXPECT_EQ(geo::membersProblem(geo::kMaxMembers + 1)->key, "beyond_population");
    EXPECT_FALSE(geo::investmentProblem(geo::kMaxInvestmentVnd));
    EXPECT_EQ(geo::investmentProblem(geo::kMaxInvestmentVnd + 1)->key, "beyond_gdp");
    std::optional<geo::Implausibility> why;
    EXPECT_EQ(geo::readMembers(Value{}, why), 0);
    EXPECT_FALSE(why);
    EXPECT_EQ(geo::readMembers(Value{std::string("1.371")}, why), std::nullopt);  // not silently 0
    EXPECT_EQ(why->key, "not_whole");
}

}  // namespace
