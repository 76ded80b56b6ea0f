// Selecting by attributes (geo/attribute_query.h) on a layer built here by
// hand, every expected row list worked out from the table below.
#include <gtest/gtest.h>

#include "error_of.h"
#include "geo/attribute_query.h"

namespace {

using geo::CompareOp;
using geo::Condition;
using geo::JoinOp;

//  #  ma_vung      cay_trong   dien_tich  thanh_vien  ngay_cap
//  0  ST-001       Lúa         12.5       30          2022-03-01
//  1  ST-002       LÚA THƠM    3          12          2023-01-15
//  2  KS-010       Bưởi        7.25       (null)      2021-11-30
//  3  ST-010       (null)      (null)     5           (null)
//  4  CT-100       Hành tím    120        150         2023-06-02
geo::Layer plots() {
    geo::Layer l;
    l.name = "vung_trong";
    l.fields = {{"ma_vung", geo::FieldType::String},
                {"cay_trong", geo::FieldType::String},
                {"dien_tich", geo::FieldType::Real},
                {"thanh_vien", geo::FieldType::Integer},
                {"ngay_cap", geo::FieldType::Date}};
    using V = geo::Value;
    auto row = [&](V a, V b, V c, V d, V e) {
        geo::Feature f;
        f.attributes = {a, b, c, d, e};
        l.features.push_back(f);
    };
    const V null{};
    row(std::string("ST-001"), std::string("Lúa"), 12.5, std::int64_t{30}, std::string("2022-03-01"));
    row(std::string("ST-002"), std::string("LÚA THƠM"), 3.0, std::int64_t{12}, std::string("2023-01-15"));
    row(std::string("KS-010"), std::string("Bưởi"), 7.25, null, std::string("2021-11-30"));
    row(std::string("ST-010"), null, null, std::int64_t{5}, null);
    row(std::string("CT-100"), std::string("Hành tím"), 120.0, std::int64_t{150}, std::string("2023-06-02"));
    return l;
}

struct Case {
    const char* name;
    std::vector<Condition> conditions;
    std::vector<int> rows;
};

class Query : public ::testing::TestWithParam<Case> {};

TEST_P(Query, SelectsTheRowsWorkedOutByHand) {
    EXPECT_EQ(geo::selectByAttributes(plots(), GetParam().conditions), GetParam().rows) << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(
    AttributeQuery, Query,
    ::testing::Values(
        Case{"text equals", {{JoinOp::And, "ma_vung", CompareOp::Equal, "ST-002"}}, {1}},
        Case{"text equals is exact", {{JoinOp::And, "cay_trong", CompareOp::Equal, "lúa"}}, {}},
        Case{"not equal keeps nulls", {{JoinOp::And, "cay_trong", CompareOp::NotEqual, "Lúa"}}, {1, 2, 3, 4}},
        Case{"null equals empty", {{JoinOp::And, "dien_tich", CompareOp::Equal, ""}}, {3}},
        Case{"numbers compare as numbers, not text (120 > 12.5)",
             {{JoinOp::And, "dien_tich", CompareOp::Greater, "12.5"}}, {4}},
        Case{"decimal comma", {{JoinOp::And, "dien_tich", CompareOp::Less, "7,5"}}, {1, 2}},
        Case{"integer equals a real written value", {{JoinOp::And, "thanh_vien", CompareOp::Equal, "12.0"}}, {1}},
        Case{"null is neither less nor greater", {{JoinOp::And, "thanh_vien", CompareOp::Less, "1000"}}, {0, 1, 3, 4}},
        Case{"contains ignores case (Unicode)", {{JoinOp::And, "cay_trong", CompareOp::Contains, "lúa"}}, {0, 1}},
        Case{"starts with ignores case", {{JoinOp::And, "ma_vung", CompareOp::StartsWith, "st-"}}, {0, 1, 3}},
        Case{"contains on a number field reads its text", {{JoinOp::And, "dien_tich", CompareOp::Contains, ".25"}}, {2}},
        Case{"dates compare in time order", {{JoinOp::And, "ngay_cap", CompareOp::Greater, "2022-12-31"}}, {1, 4}},
        Case{"AND", {{JoinOp::And, "ma_vung", CompareOp::StartsWith, "ST"}, {JoinOp::And, "dien_tich", CompareOp::Greater, "5"}},
             {0}},
        Case{"OR", {{JoinOp::And, "ma_vung", CompareOp::Equal, "KS-010"}, {JoinOp::Or, "thanh_vien", CompareOp::Greater, "100"}},
             {2, 4}},
        // (ST AND area < 5) OR members > 100: rows 1 and 4 (row 3's area is null).
        Case{"AND binds tighter than OR",
             {{JoinOp::And, "ma_vung", CompareOp::StartsWith, "ST"},
              {JoinOp::And, "dien_tich", CompareOp::Less, "5"},
              {JoinOp::Or, "thanh_vien", CompareOp::Greater, "100"}},
             {1, 4}},
        // members > 100 OR (ST AND area < 5): the same rows, the other way round.
        Case{"OR then AND",
             {{JoinOp::And, "thanh_vien", CompareOp::Greater, "100"},
              {JoinOp::Or, "ma_vung", CompareOp::StartsWith, "ST"},
              {JoinOp::And, "dien_tich", CompareOp::Less, "5"}},
             {1, 4}},
        Case{"no condition selects nothing", {}, {}}));

TEST(AttributeQuery, AnUnknownFieldOrANonNumberForANumericFieldIsRefusedByName) {
    std::string unknown = vt_test::errorOf(
        [] { geo::selectByAttributes(plots(), {{JoinOp::And, "area", CompareOp::Equal, "1"}}); });
    EXPECT_NE(unknown.find("no field \"area\" of layer vung_trong"), std::string::npos) << unknown;
    std::string notNumber = vt_test::errorOf(
        [] { geo::selectByAttributes(plots(), {{JoinOp::And, "dien_tich", CompareOp::Greater, "12 ha"}}); });
    EXPECT_NE(notNumber.find("\"12 ha\" is not a number"), std::string::npos) << notNumber;
    // What looks like code is only a value to compare with.
    EXPECT_TRUE(geo::selectByAttributes(plots(), {{JoinOp::And, "ma_vung", CompareOp::Equal, "x' OR 1=1 --"}}).empty());
}

TEST(AttributeQuery, TextMatchingFoldsCase) {
    EXPECT_TRUE(geo::textContains("Hợp tác xã LÚA GẠO Thạnh Trị", "lúa gạo"));
    EXPECT_TRUE(geo::textStartsWith("ĐỒNG THÁP", "đồng"));
    EXPECT_FALSE(geo::textContains("Lúa", "lua")) << "accents still count (a later accent-insensitive rule may change this)";
    double v = 0;
    EXPECT_FALSE(geo::parseNumber("0x10", v));
    EXPECT_FALSE(geo::parseNumber("nan", v));
    EXPECT_TRUE(geo::parseNumber(" 1,5 ", v));
    EXPECT_EQ(v, 1.5);
}

}  // namespace
