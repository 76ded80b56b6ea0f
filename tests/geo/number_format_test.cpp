// The one number format of every output (geo/number_format.h): fixed-point
// while a value has a plausible size, scientific beyond, never dozens of digits.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>

#include "geo/number_format.h"

namespace {

TEST(NumberFormat, FixedBelowTheLimitAsPrintfWrites) {
    EXPECT_EQ(geo::formatNumber(584.17, 2), "584.17");
    EXPECT_EQ(geo::formatNumber(2.25, 6), "2.250000");
    EXPECT_EQ(geo::formatNumber(-3.5, 1), "-3.5");
    EXPECT_EQ(geo::formatNumber(-0.0001, 2), "0.00");  // a negative zero loses its sign
    EXPECT_EQ(geo::formatGroupedNumber(400107.876, 2), "400,107.88");
    EXPECT_EQ(geo::formatGroupedNumber(-1234567.891, 2), "-1,234,567.89");
    EXPECT_EQ(geo::formatGroupedNumber(999.0, 0), "999");
    // Just under the limit still prints every digit.
    EXPECT_EQ(geo::formatNumber(999999999999999.0, 0), "999999999999999");
}

TEST(NumberFormat, ScientificAtAndBeyondTheLimit) {
    EXPECT_EQ(geo::formatNumber(1e70, 2), "1.00e+70");
    EXPECT_EQ(geo::formatGroupedNumber(1e70, 2), "1.00e+70");
    EXPECT_EQ(geo::formatNumber(-2.5e300, 6), "-2.500000e+300");
    EXPECT_EQ(geo::formatNumber(geo::kFixedNotationLimit, 0), "1.00e+15");
    EXPECT_EQ(geo::formatNumber(std::numeric_limits<double>::max(), 2), "1.80e+308");
    // Whatever the value, the text is short and reads back as the value to its precision.
    for (double v : {1e15, 3.3e16, 1e70, 1.234567e250, -1e200}) {
        std::string s = geo::formatNumber(v, 2);
        EXPECT_LE(s.size(), 10u) << s;
        EXPECT_NEAR(std::strtod(s.c_str(), nullptr) / v, 1.0, 0.01) << s;
    }
}

TEST(NumberFormat, NonFiniteValuesAreNamed) {
    EXPECT_EQ(geo::formatNumber(std::numeric_limits<double>::quiet_NaN(), 2), "nan");
    EXPECT_EQ(geo::formatNumber(std::numeric_limits<double>::infinity(), 2), "inf");
    EXPECT_EQ(geo::formatGroupedNumber(-std::numeric_limits<double>::infinity(), 2), "-inf");
    EXPECT_FALSE(geo::printsFixed(std::nan("")));
}

}  // namespace
