#include "simple_ring.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace geo::detail {

bool certainlySimpleRing(const Ring& ring) {
    constexpr std::size_t kMaxEdges = 64;
    constexpr double kSineMargin = 1e-9;  // ≫ the rounding of differences of metre-scale doubles
    if (ring.size() < 4) return false;
    const std::size_t edges = ring.size() - 1;
    if (edges > kMaxEdges) return false;
    auto sub = [](XY a, XY b) { return XY{a.x - b.x, a.y - b.y}; };
    auto cross = [](XY u, XY v) { return u.x * v.y - u.y * v.x; };
    auto norm2 = [](XY u) { return u.x * u.x + u.y * u.y; };
    // Orientation of c relative to a→b: +1, −1, or 0 when too close to call,
    // i.e. |sin(angle)| ≤ the margin. Squared, without hypot (slow in glibc):
    // a bound that overflows or underflows answers 0, and GEOS decides.
    auto side = [&](XY a, XY b, XY c) {
        XY u = sub(b, a), v = sub(c, a);
        double z = cross(u, v);
        double bound = kSineMargin * kSineMargin * norm2(u) * norm2(v);
        if (!(bound >= std::numeric_limits<double>::min()) || std::isinf(bound) || z * z <= bound) return 0;
        return z > 0 ? 1 : -1;
    };
    for (std::size_t i = 0; i < edges; ++i)
        if (ring[i] == ring[i + 1]) return false;
    double twiceArea = 0;
    for (std::size_t i = 0; i < edges; ++i) twiceArea += cross(ring[i], ring[i + 1]);
    Envelope box;
    for (const auto& p : ring) box.expand(p);
    if (std::fabs(twiceArea) <= kSineMargin * box.width() * box.height() * 2) return false;
    // Adjacent edges: b→c must not fold back onto a→b.
    for (std::size_t i = 0; i < edges; ++i)
        if (side(ring[i], ring[i + 1], ring[(i + 2) % edges]) == 0) return false;
    // Non-adjacent edges whose boxes meet must neither touch nor cross. Few
    // pairs of a plot's ring meet (about 1 in 500): the boxes of all pairs
    // are compared without branches first, and only a row with a meeting
    // pair is walked again to test it.
    std::array<double, kMaxEdges> x0, x1, y0, y1;  // each edge's box
    for (std::size_t i = 0; i < edges; ++i) {
        x0[i] = std::min(ring[i].x, ring[i + 1].x), x1[i] = std::max(ring[i].x, ring[i + 1].x);
        y0[i] = std::min(ring[i].y, ring[i + 1].y), y1[i] = std::max(ring[i].y, ring[i + 1].y);
    }
    auto meet = [&](std::size_t i, std::size_t j) {
        return !(x1[j] < x0[i] || x1[i] < x0[j] || y1[j] < y0[i] || y1[i] < y0[j]);
    };
    for (std::size_t i = 0; i + 2 < edges; ++i) {
        const std::size_t end = i == 0 ? edges - 1 : edges;  // edge 0 and the last are adjacent
        const double ax0 = x0[i], ax1 = x1[i], ay0 = y0[i], ay1 = y1[i];
        // Two boxes meet when, on both axes, the greater low end is at most
        // the lesser high end (coordinates are finite here: checkValidity
        // tests that first). Written as a select, the compiler vectorises it.
        double gap = 1;
        for (std::size_t j = i + 2; j < end; ++j) {
            double gx = std::max(x0[j], ax0) - std::min(x1[j], ax1);
            double gy = std::max(y0[j], ay0) - std::min(y1[j], ay1);
            gap = std::max(gx, gy) <= 0 ? 0.0 : gap;
        }
        if (gap != 0) continue;
        for (std::size_t j = i + 2; j < end; ++j) {
            if (!meet(i, j)) continue;
            XY a = ring[i], b = ring[i + 1], p = ring[j], q = ring[j + 1];
            int s1 = side(a, b, p), s2 = side(a, b, q), s3 = side(p, q, a), s4 = side(p, q, b);
            if (s1 == 0 || s2 == 0 || s3 == 0 || s4 == 0) return false;  // touching or too close: GEOS decides
            if (s1 != s2 && s3 != s4) return false;                        // a proper crossing
        }
    }
    return true;
}

}  // namespace geo::detail
