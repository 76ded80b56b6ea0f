#include "envelope_pairs.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "parallel.h"

namespace geo::detail {

// Pairs (i < j) of intersecting envelopes, each once, sorted. A uniform grid
// of cells about twice a typical envelope; a pair is reported only in the
// cell holding the lower-left corner of the envelopes' intersection.
std::vector<std::pair<int, int>> envelopePairs(const std::vector<Envelope>& env, unsigned workers,
                                               const std::function<bool(double)>& tick) {
    std::vector<std::pair<int, int>> out;
    Envelope ext;
    std::vector<double> sizes;
    std::size_t step = std::max<std::size_t>(1, env.size() / 20000);
    for (std::size_t i = 0; i < env.size(); ++i) {
        ext.expand(env[i]);
        if (i % step == 0 && !env[i].isNull()) sizes.push_back(std::max(env[i].width(), env[i].height()));
    }
    if (ext.isNull() || env.size() < 2) return out;
    std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
    double cell = 2 * sizes[sizes.size() / 2];
    const double maxCells = 4096;
    cell = std::max({cell, ext.width() / maxCells, ext.height() / maxCells, 1e-12});
    const int nx = std::max(1, static_cast<int>(std::ceil(ext.width() / cell)));
    const int ny = std::max(1, static_cast<int>(std::ceil(ext.height() / cell)));
    auto col = [&](double x) { return std::clamp(static_cast<int>(std::floor((x - ext.minX) / cell)), 0, nx - 1); };
    auto row = [&](double y) { return std::clamp(static_cast<int>(std::floor((y - ext.minY) / cell)), 0, ny - 1); };
    const int bigSpan = 16;
    // Each envelope's cells, worked out once and on every core: the serial
    // counting and filling below are then integer loops (at 1M plots the
    // floor()s of both passes were most of the search's time).
    struct CellSpan {
        int c0 = 0, c1 = -1, r0 = 0, r1 = -1;  // none for a null envelope
    };
    std::vector<CellSpan> span(env.size());
    detail::parallelFor(env.size(), 16384, workers, [&](unsigned, std::size_t b, std::size_t e) {
        for (std::size_t i = b; i < e; ++i)
            if (!env[i].isNull()) span[i] = {col(env[i].minX), col(env[i].maxX), row(env[i].minY), row(env[i].maxY)};
    });
    std::vector<int> big;
    std::vector<std::uint32_t> start(static_cast<std::size_t>(nx) * ny + 1, 0);
    auto forCells = [&](const CellSpan& s, auto&& f) {
        for (int r = s.r0; r <= s.r1; ++r)
            for (int c = s.c0; c <= s.c1; ++c) f(static_cast<std::size_t>(r) * nx + c);
    };
    std::vector<char> isBig(env.size(), 0);
    for (std::size_t i = 0; i < env.size(); ++i) {
        if (env[i].isNull()) continue;
        if (span[i].c1 - span[i].c0 >= bigSpan || span[i].r1 - span[i].r0 >= bigSpan) {
            isBig[i] = 1;
            big.push_back(static_cast<int>(i));
            continue;
        }
        forCells(span[i], [&](std::size_t k) { ++start[k + 1]; });
    }
    for (std::size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
    std::vector<int> entries(start.back());
    {
        std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
        for (std::size_t i = 0; i < env.size(); ++i)
            if (!env[i].isNull() && !isBig[i]) forCells(span[i], [&](std::size_t k) { entries[fill[k]++] = static_cast<int>(i); });
    }
    std::vector<CellSpan>().swap(span);
    const std::size_t cells = static_cast<std::size_t>(nx) * ny;
    std::vector<std::vector<std::pair<int, int>>> found(workers);
    detail::parallelFor(
        cells, 4096, workers,
        [&](unsigned w, std::size_t b, std::size_t e) {
            auto& mine = found[w];
            for (std::size_t k = b; k < e; ++k)
                for (std::uint32_t p = start[k]; p < start[k + 1]; ++p)
                    for (std::uint32_t q = p + 1; q < start[k + 1]; ++q) {
                        int i = entries[p], j = entries[q];
                        const Envelope &a = env[static_cast<std::size_t>(i)], &bb = env[static_cast<std::size_t>(j)];
                        if (!a.intersects(bb)) continue;
                        std::size_t home = static_cast<std::size_t>(row(std::max(a.minY, bb.minY))) * nx +
                                           col(std::max(a.minX, bb.minX));
                        if (home != k) continue;
                        mine.emplace_back(std::min(i, j), std::max(i, j));
                    }
        },
        tick);
    for (auto& f : found) out.insert(out.end(), f.begin(), f.end());
    for (int bi : big)
        for (std::size_t j = 0; j < env.size(); ++j)
            if (static_cast<int>(j) != bi && env[static_cast<std::size_t>(bi)].intersects(env[j]))
                out.emplace_back(std::min<int>(bi, static_cast<int>(j)), std::max<int>(bi, static_cast<int>(j)));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace geo::detail
