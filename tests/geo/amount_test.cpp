// VND amounts as offices type them (issue 16): Vietnamese and plain
// notations read exactly; anything that is not a clean amount is a problem
// named by its row (finding bad_number), never 0 silently; sums never wrap.
#include <gtest/gtest.h>

#include <string>

#include "geo/amount.h"
#include "geo/crs.h"
#include "geo/error.h"
#include "geo/quality.h"

namespace {

using geo::Value;

std::int64_t clean(const Value& v) {
    geo::AmountReading r = geo::readVndAmount(v);
    EXPECT_EQ(r.problem, "") << geo::toText(v);
    return r.vnd.value_or(-1);
}

std::string problemOf(const Value& v) {
    geo::AmountReading r = geo::readVndAmount(v);
    EXPECT_FALSE(r.vnd.has_value()) << geo::toText(v);
    return r.problem;
}

TEST(Amount, VietnameseEnglishAndPlainNotationsReadTheSameWholeAmount) {
    for (const char* text : {"2.150.000.000", "2,150,000,000", "2 150 000 000", "2150000000", "2.150.000.000 đ",
                             "2.150.000.000đ", "2.150.000.000 VNĐ", "2150000000 VND", " 2.150.000.000 ", "2.150.000.000 đồng"})
        EXPECT_EQ(clean(std::string(text)), 2150000000) << text;
    EXPECT_EQ(clean(std::int64_t{3475000000}), 3475000000);
    EXPECT_EQ(clean(1500000000.0), 1500000000);  // a whole number in a Real column
    EXPECT_EQ(clean(std::string("1.234")), 1234);  // Vietnamese thousands, not one point two
    EXPECT_EQ(clean(std::string("-12.000")), -12000);
    EXPECT_EQ(clean(std::string("9.223.372.036.854.775.807")), INT64_MAX);
}

TEST(Amount, AnythingThatIsNotACleanAmountIsAProblemNeverZero) {
    EXPECT_NE(problemOf(std::string("1.234,5")).find("fraction of a đồng"), std::string::npos);
    EXPECT_NE(problemOf(std::string("1234.5")).find("fraction of a đồng"), std::string::npos);
    EXPECT_NE(problemOf(1234.5).find("fraction of a đồng"), std::string::npos);
    EXPECT_NE(problemOf(std::string("12.34.567")).find("digit groups of three"), std::string::npos);
    EXPECT_NE(problemOf(std::string("1234.567.890")).find("digit groups of three"), std::string::npos);
    EXPECT_NE(problemOf(std::string("hai tỷ")).find("is not an amount"), std::string::npos);
    EXPECT_NE(problemOf(std::string("9.223.372.036.854.775.808")).find("too large"), std::string::npos);
    EXPECT_NE(problemOf(std::string("đ")).find("no number"), std::string::npos);
    // Empty cells are no amount and no problem.
    EXPECT_EQ(geo::readVndAmount(Value{}).problem, "");
    EXPECT_EQ(geo::readVndAmount(std::string("  ")).problem, "");
}

// One zone, one cooperative inside it, and its investments as given.
geo::Workspace withInvestments(const std::vector<Value>& amounts) {
    geo::Workspace ws;
    ws.project.filePath = "/fixture/p.vtproj";
    auto layer = [](std::string name, std::vector<geo::Field> fields) {
        geo::Layer l;
        l.sourcePath = "/fixture/" + name;
        l.name = std::move(name);
        l.fields = std::move(fields);
        l.crs = geo::wgs84();
        return l;
    };
    auto spec = [](std::string id, geo::LayerRole role, std::map<std::string, std::string> fields) {
        geo::LayerSpec s;
        s.id = std::move(id);
        s.role = role;
        s.fields = std::move(fields);
        return s;
    };
    geo::Layer zones = layer("zones", {{"ma", geo::FieldType::String}});
    zones.features.push_back({0, {std::string("949")},
                              geo::Geometry::polygon({{{{105.8, 9.5}, {105.9, 9.5}, {105.9, 9.6}, {105.8, 9.6}, {105.8, 9.5}}}})});
    geo::Layer coops = layer("coops", {{"ma_htx", geo::FieldType::String}});
    coops.features.push_back({0, {std::string("HTX-1")}, geo::Geometry::point({105.85, 9.55})});
    geo::Layer money = layer("money", {{"ma_htx", geo::FieldType::String}, {"vnd", geo::FieldType::String}});
    for (std::size_t i = 0; i < amounts.size(); ++i)
        money.features.push_back({static_cast<std::int64_t>(i + 1), {std::string("HTX-1"), amounts[i]}, {}});
    geo::addLayer(ws, geo::prepareLayer(spec("zones", geo::LayerRole::Zones, {{"code", "ma"}}), zones));
    geo::addLayer(ws, geo::prepareLayer(spec("coops", geo::LayerRole::Cooperatives, {{"key", "ma_htx"}}), coops));
    geo::addLayer(ws, geo::prepareLayer(spec("money", geo::LayerRole::Investments,
                                             {{"cooperative", "ma_htx"}, {"amount_vnd", "vnd"}}), money));
    ws.project.layers = {ws.layers[0].spec, ws.layers[1].spec, ws.layers[2].spec};
    return ws;
}

TEST(Amount, StatisticsSumCleanAmountsAndTheReportNamesEveryOtherRow) {
    geo::Workspace ws = withInvestments({std::string("2.150.000.000"), std::string("1.234,5"), std::int64_t{350000000},
                                         std::string("khoảng 1 tỷ")});
    geo::Links links = geo::linkWorkspace(ws);
    geo::Statistics stats = geo::computeStatistics(ws, links);
    // 2,150,000,000 + 350,000,000: the two clean rows, by hand.
    EXPECT_EQ(stats.total.investmentVnd, 2500000000);
    ASSERT_EQ(stats.zones.size(), 1u);
    EXPECT_EQ(stats.zones[0].investmentVnd, 2500000000);
    geo::QualityReport report = geo::checkQuality(ws, links, stats);
    std::vector<std::int64_t> fids;
    for (const auto& f : report.findings)
        if (f.kind == geo::finding::BadNumber) {
            fids.push_back(f.fid);
            EXPECT_EQ(f.severity, geo::Severity::Error);
            EXPECT_NE(f.message.find("it counts in no sum"), std::string::npos) << f.message;
        }
    EXPECT_EQ(fids, (std::vector<std::int64_t>{2, 4}));
}

TEST(Amount, SumsBeyondInt64AreAnErrorNamingTheRowsNotAWrappedNumber) {
    // Each amount is plausible (under 10^16 VND, geo/plausible.h), so only the
    // sum can overflow: 9.9e15 × k exceeds INT64_MAX (9,223,372,036,854,775,807)
    // first at k = 932 (931 × 9.9e15 = 9.2169e18 still fits), the row of FID 932.
    const std::int64_t amount = 9'900'000'000'000'000;
    ASSERT_GT(static_cast<double>(amount) * 932, static_cast<double>(INT64_MAX));
    ASSERT_LT(static_cast<double>(amount) * 931, static_cast<double>(INT64_MAX));
    geo::Workspace ws = withInvestments(std::vector<Value>(1000, Value{amount}));
    geo::Links links = geo::linkWorkspace(ws);
    try {
        geo::computeStatistics(ws, links);
        ADD_FAILURE() << "expected an error";
    } catch (const geo::Error& e) {
        std::string m = e.what();
        EXPECT_NE(m.find("/fixture/money"), std::string::npos) << m;
        EXPECT_NE(m.find("at feature FID 932 (summing from FID 1)"), std::string::npos) << m;
    }
}

}  // namespace
