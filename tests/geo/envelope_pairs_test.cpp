// The grid search for intersecting envelopes (geo/src/envelope_pairs.cpp)
// must find exactly the pairs that comparing every envelope with every other
// finds, on one core or several: envelopes of many sizes (some spanning 16
// cells or more, searched apart), some touching exactly, some null.
#include <gtest/gtest.h>

#include "../support/splitmix.h"

#include <cstdint>
#include <utility>
#include <vector>

#include "envelope_pairs.h"

namespace {

using Rng = testsupport::SplitMix;

std::vector<geo::Envelope> plotsAndSomeLargeOnes(std::size_t n) {
    Rng rng{20261130};
    std::vector<geo::Envelope> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (i % 997 == 5) continue;  // null: a plot without area
        double x = 105.5 + rng.next() * 0.8, y = 9.2 + rng.next() * 0.75;
        double size = i % 1500 == 3 ? 0.05 + rng.next() * 0.1 : 0.0005 + rng.next() * 0.0015;  // some span many cells
        geo::Envelope& e = out[i];
        e.expand(geo::XY{x, y});
        e.expand(geo::XY{x + size, y + size * (0.5 + rng.next())});
        if (i % 211 == 7 && i > 0 && !out[i - 1].isNull()) {  // touching the previous one's right edge exactly
            e = geo::Envelope{};
            e.expand(geo::XY{out[i - 1].maxX, out[i - 1].minY});
            e.expand(geo::XY{out[i - 1].maxX + size, out[i - 1].minY + size});
        }
    }
    return out;
}

std::vector<std::pair<int, int>> everyPair(const std::vector<geo::Envelope>& env) {
    std::vector<std::pair<int, int>> out;
    for (std::size_t i = 0; i < env.size(); ++i)
        for (std::size_t j = i + 1; j < env.size(); ++j)
            if (!env[i].isNull() && !env[j].isNull() && env[i].intersects(env[j]))
                out.emplace_back(static_cast<int>(i), static_cast<int>(j));
    return out;
}

TEST(EnvelopePairs, GridFindsTheSamePairsAsComparingEveryPair) {
    // 20,000 envelopes: more than one chunk of the parallel cell pass.
    const std::vector<geo::Envelope> env = plotsAndSomeLargeOnes(20000);
    const std::vector<std::pair<int, int>> reference = everyPair(env);
    ASSERT_GT(reference.size(), 1000u);  // plenty of pairs to get wrong
    for (unsigned workers : {1u, 2u, 3u}) {
        std::vector<std::pair<int, int>> found = geo::detail::envelopePairs(env, workers, {});
        EXPECT_EQ(found, reference) << workers << " worker(s)";
    }
}

}  // namespace
