// The planting row (geo/stats.h, PlantingStatistics) holds its declared area
// as NaN for none, to stay 64 bytes a plot: what it gives back must be what
// the optional fields it replaced gave.
#include <gtest/gtest.h>

#include <limits>

#include "geo/stats.h"

namespace {

TEST(PlantingRow, DeclaredAreaAndDifferenceAsBefore) {
    geo::PlantingStatistics r;
    r.measuredHa = 2.5;
    EXPECT_FALSE(r.declaredHa().has_value());
    EXPECT_FALSE(r.differenceHa().has_value());
    r.setDeclaredHa(2.0);
    ASSERT_TRUE(r.declaredHa().has_value());
    EXPECT_EQ(*r.declaredHa(), 2.0);
    ASSERT_TRUE(r.differenceHa().has_value());
    EXPECT_EQ(*r.differenceHa(), 2.5 - 2.0);
    r.setDeclaredHa(0.0);  // declared zero is a declared area, not none
    ASSERT_TRUE(r.declaredHa().has_value());
    EXPECT_EQ(*r.differenceHa(), 2.5);
    r.hasBoundary = false;  // a point: never measured, so no difference
    EXPECT_TRUE(r.declaredHa().has_value());
    EXPECT_FALSE(r.differenceHa().has_value());
    r.setDeclaredHa(std::nullopt);
    EXPECT_FALSE(r.declaredHa().has_value());
}

TEST(PlantingRow, CropByIndexIntoTheStatistics) {
    geo::Statistics st;
    st.cropNames = {"", "Lúa", "Sầu riêng"};
    geo::PlantingStatistics r;
    r.crop = 2;
    EXPECT_EQ(st.cropOf(r), "Sầu riêng");
    r.crop = 3;
    EXPECT_THROW((void)st.cropOf(r), std::out_of_range);
}

}  // namespace
