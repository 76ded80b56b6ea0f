// What AreaMode::Auto buys and costs on real-sized data: every ring's area
// two ways in the same run,
//   geodesic   geo::geodesicRingAreaM2 (PROJ's geod_polygon_*, AreaMode::Geodesic)
//   authalic   geo::authalicRingAreaM2 (the equal-area map of the authalic
//              sphere with each edge's geodesic curvature, what AreaMode::Auto
//              uses for rings within geo::authalicAreaApplies)
// and prints the time per vertex of each (ratio in the same run), how many
// polygons Auto measures the authalic way, and how far the two areas are
// apart per ring (against the design's max(1e-6 × area, 0.01 m²)) and in total.
//
// Usage: area_alternative FILE [LAYER]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

#include "geo/area.h"
#include "geo/authalic_area.h"
#include "geo/source.h"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: area_alternative FILE [LAYER]\n");
        return 2;
    }
    geo::ReadOptions options;
    if (argc > 2) options.layerName = argv[2];
    geo::Layer layer = geo::readLayer(argv[1], options);
    std::vector<const geo::Ring*> rings;
    std::size_t vertices = 0, polygons = 0, small = 0;
    for (const auto& f : layer.features)
        for (const auto& p : f.geometry.polygons) {
            ++polygons;
            small += geo::authalicAreaApplies(p);
            for (const auto& r : p.rings)
                if (r.size() >= 4) {
                    rings.push_back(&r);
                    vertices += r.size() - 1;
                }
        }
    std::vector<double> geodesic(rings.size()), authalic(rings.size());

    using Clock = std::chrono::steady_clock;
    double tGeodesic = 1e300, tAuthalic = 1e300;
    for (int run = 0; run < 3; ++run) {  // best of 3, alternating
        auto t0 = Clock::now();
        for (std::size_t i = 0; i < rings.size(); ++i) geodesic[i] = geo::geodesicRingAreaM2(*rings[i]);
        auto t1 = Clock::now();
        for (std::size_t i = 0; i < rings.size(); ++i) authalic[i] = geo::authalicRingAreaM2(*rings[i]);
        auto t2 = Clock::now();
        tGeodesic = std::min(tGeodesic, std::chrono::duration<double>(t1 - t0).count());
        tAuthalic = std::min(tAuthalic, std::chrono::duration<double>(t2 - t1).count());
    }
    double maxAbs = 0, maxRel = 0, maxOfBound = 0, sumG = 0, sumA = 0;
    for (std::size_t i = 0; i < rings.size(); ++i) {
        double g = std::fabs(geodesic[i]), d = std::fabs(geodesic[i] - authalic[i]);
        maxAbs = std::max(maxAbs, d);
        if (g != 0) maxRel = std::max(maxRel, d / g);
        maxOfBound = std::max(maxOfBound, d / std::max(1e-6 * g, 0.01));
        sumG += g;
        sumA += std::fabs(authalic[i]);
    }
    std::printf("%zu polygons (%zu within the authalic bound), %zu rings, %zu vertices (one core, best of 3)\n",
                polygons, small, rings.size(), vertices);
    std::printf("geodesic (PROJ)  %.3f s  %.4f us/vertex\n", tGeodesic, tGeodesic / vertices * 1e6);
    std::printf("authalic         %.3f s  %.4f us/vertex  (%.1fx faster)\n", tAuthalic, tAuthalic / vertices * 1e6,
                tGeodesic / tAuthalic);
    std::printf("per ring: max |difference| %.3g m2, max relative %.3g, max / max(1e-6 area, 0.01 m2) %.3g\n", maxAbs,
                maxRel, maxOfBound);
    std::printf("total: geodesic %.6f ha, authalic %.6f ha, difference %.3g ha (relative %.3g)\n", sumG / 1e4,
                sumA / 1e4, (sumA - sumG) / 1e4, (sumA - sumG) / sumG);
    return 0;
}
