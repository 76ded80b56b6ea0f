// Class breaks of graduated map styles: equal interval, quantile and exact
// Jenks natural breaks, and the categories of a text field. The expected
// breaks are worked out by hand below; natural breaks are also checked
// against a brute-force search over every break position.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

#include "geo/classify.h"

namespace {

// Fibonacci numbers: skewed, so the three methods disagree.
const std::vector<double> kFib = {1, 1, 2, 3, 5, 8, 13, 21, 34, 55};

TEST(Classify, EqualIntervalSplitsTheRangeEvenly) {
    // Range 1..55, width (55−1)/3 = 18: breaks 1, 19, 37, 55.
    EXPECT_EQ(geo::equalIntervalBreaks(kFib, 3), (std::vector<double>{1, 19, 37, 55}));
    // Classes hold 1..13 (7 values), 21 and 34 (2), 55 (1); an upper bound is in its class.
    EXPECT_EQ(geo::classIndex(13, {1, 19, 37, 55}), 0);
    EXPECT_EQ(geo::classIndex(19, {1, 19, 37, 55}), 0);
    EXPECT_EQ(geo::classIndex(21, {1, 19, 37, 55}), 1);
    EXPECT_EQ(geo::classIndex(55, {1, 19, 37, 55}), 2);
    EXPECT_EQ(geo::classIndex(std::nan(""), {1, 19, 37, 55}), -1);
}

TEST(Classify, QuantileEndsClassesAtRanks) {
    // n = 10, 3 classes: class ends at ranks ceil(10/3) = 4, ceil(20/3) = 7, 10,
    // i.e. the values 3, 13 and 55: counts 4, 3, 3.
    EXPECT_EQ(geo::quantileBreaks(kFib, 3), (std::vector<double>{1, 3, 13, 55}));
    // Ties merge classes: 1,1,1,1,2 in 4 classes end at ranks 2, 3, 4, 5, i.e.
    // 1, 1, 1, 2: the breaks 1, 1, 1, 1, 2 deduplicate to 1, 1, 2: the 1s, then the 2.
    EXPECT_EQ(geo::quantileBreaks({1, 1, 1, 1, 2}, 4), (std::vector<double>{1, 1, 2}));
    EXPECT_EQ(geo::classIndex(1, {1, 1, 2}), 0);
    EXPECT_EQ(geo::classIndex(2, {1, 1, 2}), 1);
}

TEST(Classify, NaturalBreaksWorkedExample) {
    // 3 classes of kFib. {1,1,2,3,5,8,13}: sum 33, sum of squares 273, SSD
    // 273 − 33²/7 = 822/7; {21,34}: 13²/2 = 169/2; {55}: 0. Total 2827/14 ≈ 201.93.
    // The next best splits: {1..8}{13,21}{34,55} = 112/3 + 32 + 220.5 ≈ 289.8,
    // {1..8}{13,21,34}{55} = 112/3 + 674/3 = 262, {1..21}{34}{55} = 349.5.
    std::vector<double> breaks = geo::naturalBreaks(kFib, 3);
    EXPECT_EQ(breaks, (std::vector<double>{1, 13, 34, 55}));
    EXPECT_NEAR(geo::sumOfSquaredDeviations(kFib, breaks), 2827.0 / 14.0, 1e-9);
    // Two levels asked for four classes: two classes.
    EXPECT_EQ(geo::naturalBreaks({5, 5, 9, 9, 9}, 4), (std::vector<double>{5, 5, 9}));
    EXPECT_EQ(geo::naturalBreaks({7, 7}, 3), (std::vector<double>{7, 7}));
    EXPECT_TRUE(geo::naturalBreaks({}, 3).empty());
    EXPECT_TRUE(geo::naturalBreaks({std::nan("")}, 3).empty());
}

// The least SSD over every way of cutting the sorted values into `classes`
// non-empty contiguous runs (every break position, by enumeration).
double bruteForceBestSsd(std::vector<double> v, int classes) {
    std::sort(v.begin(), v.end());
    const int n = static_cast<int>(v.size());
    classes = std::min(classes, n);
    double best = std::numeric_limits<double>::infinity();
    std::vector<int> cuts(static_cast<std::size_t>(classes - 1));
    // Cuts c1 < c2 < ... in [1, n-1]: class boundaries before those indexes.
    auto ssd = [&](int a, int b) {
        double mean = 0;
        for (int i = a; i < b; ++i) mean += v[static_cast<std::size_t>(i)];
        mean /= (b - a);
        double s = 0;
        for (int i = a; i < b; ++i) s += (v[static_cast<std::size_t>(i)] - mean) * (v[static_cast<std::size_t>(i)] - mean);
        return s;
    };
    auto recurse = [&](auto&& self, int index, int from) -> void {
        if (index == classes - 1) {
            double total = 0;
            int start = 0;
            for (int c : cuts) {
                total += ssd(start, c);
                start = c;
            }
            total += ssd(start, n);
            best = std::min(best, total);
            return;
        }
        for (int c = from; c <= n - (classes - 1 - index); ++c) {
            cuts[static_cast<std::size_t>(index)] = c;
            self(self, index + 1, c + 1);
        }
    };
    recurse(recurse, 0, 1);
    return best;
}

TEST(Classify, NaturalBreaksEqualBruteForceOptimum) {
    std::mt19937 rng(20261130);
    for (int trial = 0; trial < 400; ++trial) {
        std::uniform_int_distribution<int> size(1, 11), classCount(1, 5), level(0, 15);
        std::uniform_real_distribution<double> real(-50, 50);
        std::vector<double> values(static_cast<std::size_t>(size(rng)));
        // Half the arrays have ties (small integers), half are real-valued.
        for (double& x : values) x = trial % 2 ? level(rng) : real(rng);
        int classes = classCount(rng);
        std::vector<double> breaks = geo::naturalBreaks(values, classes);
        double ours = geo::sumOfSquaredDeviations(values, breaks);
        double best = bruteForceBestSsd(values, classes);
        EXPECT_NEAR(ours, best, 1e-9 * (1 + best)) << "trial " << trial << ", " << values.size() << " values, "
                                                   << classes << " classes";
    }
}

// The plain O(k·n²) dynamic programme, in the test, against the library's
// divide-and-conquer one on a larger array whose values are far from zero.
TEST(Classify, NaturalBreaksMatchPlainDynamicProgramme) {
    std::mt19937 rng(7);
    std::lognormal_distribution<double> dist(0, 1);
    std::vector<double> v(1500);
    for (double& x : v) x = 1e6 + std::round(dist(rng) * 1000) / 10;
    const int k = 6;
    std::vector<double> s = v;
    std::sort(s.begin(), s.end());
    const std::size_t n = s.size();
    auto ssd = [&](std::size_t a, std::size_t b) {  // [a, b)
        double mean = 0;
        for (std::size_t i = a; i < b; ++i) mean += s[i] - 1e6;
        mean /= static_cast<double>(b - a);
        double t = 0;
        for (std::size_t i = a; i < b; ++i) t += (s[i] - 1e6 - mean) * (s[i] - 1e6 - mean);
        return t;
    };
    // Running sums for O(1) segment costs in the DP (centred at 1e6).
    std::vector<double> p1(n + 1, 0), p2(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        p1[i + 1] = p1[i] + (s[i] - 1e6);
        p2[i + 1] = p2[i] + (s[i] - 1e6) * (s[i] - 1e6);
    }
    auto cost = [&](std::size_t a, std::size_t b) {
        double m = static_cast<double>(b - a), t = p1[b] - p1[a];
        return std::max(0.0, p2[b] - p2[a] - t * t / m);
    };
    std::vector<double> prev(n + 1), cur(n + 1);
    for (std::size_t j = 1; j <= n; ++j) prev[j] = cost(0, j);
    for (int c = 2; c <= k; ++c) {
        for (std::size_t j = 0; j <= n; ++j) cur[j] = std::numeric_limits<double>::infinity();
        for (std::size_t j = static_cast<std::size_t>(c); j <= n; ++j)
            for (std::size_t i = static_cast<std::size_t>(c - 1); i < j; ++i) cur[j] = std::min(cur[j], prev[i] + cost(i, j));
        std::swap(prev, cur);
    }
    (void)ssd;
    std::vector<double> breaks = geo::naturalBreaks(v, k);
    ASSERT_EQ(breaks.size(), static_cast<std::size_t>(k + 1));
    EXPECT_NEAR(geo::sumOfSquaredDeviations(v, breaks), prev[n], 1e-6 * prev[n]);
}

TEST(Classify, EveryValueFallsInAClass) {
    for (auto method : {geo::ClassMethod::EqualInterval, geo::ClassMethod::Quantile, geo::ClassMethod::NaturalBreaks}) {
        std::vector<double> b = geo::classBreaks(kFib, 4, method);
        for (double v : kFib) {
            int c = geo::classIndex(v, b);
            ASSERT_GE(c, 0) << geo::toString(method);
            EXPECT_TRUE(v <= b[static_cast<std::size_t>(c) + 1] && (c == 0 || v > b[static_cast<std::size_t>(c)]))
                << geo::toString(method) << " " << v;
        }
        geo::ClassMethod parsed;
        ASSERT_TRUE(geo::parseClassMethod(geo::toString(method), parsed));
        EXPECT_EQ(parsed, method);
    }
    geo::ClassMethod m;
    EXPECT_FALSE(geo::parseClassMethod("jenks", m));
}

TEST(Classify, CategoriesMostFrequentFirstWithOther) {
    // Lúa ×3, Xoài ×2, Bưởi ×1, one empty. Two categories: Lúa, Xoài; Bưởi is "other" (index 2).
    std::vector<std::string> crops = {"Lúa", "Xoài", "Lúa", "", "Bưởi", "Xoài", "Lúa"};
    geo::Categories c = geo::categorise(crops, 2);
    EXPECT_EQ(c.values, (std::vector<std::string>{"Lúa", "Xoài"}));
    EXPECT_EQ(c.counts, (std::vector<std::size_t>{3, 2}));
    EXPECT_EQ(c.otherCount, 1u);
    EXPECT_EQ(c.featureClass, (std::vector<int>{0, 1, 0, -1, 2, 1, 0}));
    // Equal counts: byte order.
    geo::Categories tie = geo::categorise({"b", "a"}, 5);
    EXPECT_EQ(tie.values, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(tie.otherCount, 0u);
}

}  // namespace
