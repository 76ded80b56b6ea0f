// Decision support, not product code: what would an equal-area formula buy?
//
// design.md fixes geodesic area to PROJ's geodesic API (GeographicLib's
// algorithm), the floor of the 1M-plot stats run. This reads a layer of
// planting areas (e.g. the peer benchmark's plots) and computes every ring's
// area twice in the same run:
//   geodesic   geo::geodesicRingAreaM2 (PROJ's geod_polygon_*, the product's area)
//   authalic   Lambert's cylindrical equal-area map of the authalic sphere,
//              x = R_q·λ, y = R_q·sin ξ (ξ the authalic latitude): exactly
//              equal-area, so a shoelace there measures the region whose
//              edges are straight in that map instead of geodesics.
// and prints the time per vertex of each (ratio in the same run) and how far
// the two areas are apart per polygon and in total.
//
// Usage: area_alternative FILE [LAYER]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

#include "geo/area.h"
#include "geo/source.h"

namespace {

constexpr double kA = 6378137.0, kF = 1 / 298.257223563;

// Snyder, Map Projections — A Working Manual (1987), eq. 3-12 and 3-11.
struct Authalic {
    double e = std::sqrt(kF * (2 - kF));
    double e2 = kF * (2 - kF);
    double q(double sinPhi) const {
        return (1 - e2) * (sinPhi / (1 - e2 * sinPhi * sinPhi) - std::log((1 - e * sinPhi) / (1 + e * sinPhi)) / (2 * e));
    }
    double qp = q(1.0);
    double r2 = kA * kA * qp / 2;  // R_q²
    double y(double latDeg) const { return q(std::sin(latDeg * M_PI / 180)) / qp; }  // sin ξ
};

double authalicRingM2(const geo::Ring& ring, const Authalic& au, std::vector<double>& ys) {
    const std::size_t n = ring.size() - 1;
    ys.resize(n);
    for (std::size_t i = 0; i < n; ++i) ys[i] = au.y(ring[i].y);
    // Shoelace about the first vertex (small differences, little cancellation).
    const double x0 = ring[0].x, y0 = ys[0];
    double twice = 0;
    for (std::size_t i = 1; i + 1 < n; ++i)
        twice += (ring[i].x - x0) * (ys[i + 1] - y0) - (ring[i + 1].x - x0) * (ys[i] - y0);
    return twice / 2 * (M_PI / 180) * au.r2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: area_alternative FILE [LAYER]\n");
        return 2;
    }
    geo::ReadOptions options;
    if (argc > 2) options.layerName = argv[2];
    geo::Layer layer = geo::readLayer(argv[1], options);
    std::vector<const geo::Ring*> rings;
    std::size_t vertices = 0;
    for (const auto& f : layer.features)
        for (const auto& p : f.geometry.polygons)
            for (const auto& r : p.rings)
                if (r.size() >= 4) {
                    rings.push_back(&r);
                    vertices += r.size() - 1;
                }
    Authalic au;
    std::vector<double> geodesic(rings.size()), authalic(rings.size()), ys;

    using Clock = std::chrono::steady_clock;
    double tGeodesic = 1e300, tAuthalic = 1e300;
    for (int run = 0; run < 3; ++run) {  // best of 3, alternating
        auto t0 = Clock::now();
        for (std::size_t i = 0; i < rings.size(); ++i) geodesic[i] = geo::geodesicRingAreaM2(*rings[i]);
        auto t1 = Clock::now();
        for (std::size_t i = 0; i < rings.size(); ++i) authalic[i] = authalicRingM2(*rings[i], au, ys);
        auto t2 = Clock::now();
        tGeodesic = std::min(tGeodesic, std::chrono::duration<double>(t1 - t0).count());
        tAuthalic = std::min(tAuthalic, std::chrono::duration<double>(t2 - t1).count());
    }
    double maxAbs = 0, maxRel = 0, sumG = 0, sumA = 0;
    for (std::size_t i = 0; i < rings.size(); ++i) {
        double d = std::fabs(geodesic[i] - authalic[i]);
        maxAbs = std::max(maxAbs, d);
        if (geodesic[i] != 0) maxRel = std::max(maxRel, d / std::fabs(geodesic[i]));
        sumG += std::fabs(geodesic[i]);
        sumA += std::fabs(authalic[i]);
    }
    std::printf("%zu rings, %zu vertices (one core, best of 3)\n", rings.size(), vertices);
    std::printf("geodesic (PROJ)  %.3f s  %.3f us/vertex\n", tGeodesic, tGeodesic / vertices * 1e6);
    std::printf("authalic         %.3f s  %.3f us/vertex  (%.1fx faster)\n", tAuthalic, tAuthalic / vertices * 1e6,
                tGeodesic / tAuthalic);
    std::printf("per ring: max |difference| %.3g m2, max relative %.3g\n", maxAbs, maxRel);
    std::printf("total: geodesic %.6f ha, authalic %.6f ha, difference %.3g ha (relative %.3g)\n", sumG / 1e4,
                sumA / 1e4, (sumA - sumG) / 1e4, (sumA - sumG) / sumG);
    return 0;
}
