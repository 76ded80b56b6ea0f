// Google Benchmark: linking and statistics on an in-memory synthetic
// workspace (no I/O): N rectangles of ~50 m on a jittered grid over 4 zones
// (2 × 2, lon 105.5–106.3, lat 9.2–9.9), 3 % pushed to overlap a neighbour;
// rows that straddle the zone borders cross them. For end-to-end timings on
// the peer benchmark's data use run_stats_bench.sh.
#include <benchmark/benchmark.h>

#include <random>

#include "geo/crs.h"
#include "geo/link.h"
#include "geo/stats.h"

namespace {

geo::Ring rect(double x0, double x1, double y0, double y1) {
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
}

geo::Workspace makeWorkspace(int n) {
    geo::Workspace ws;
    auto layerOf = [](std::vector<geo::Feature> features) {
        geo::Layer l;
        l.name = "bench";
        l.fields = {{"code", geo::FieldType::String}};
        l.features = std::move(features);
        l.crs = geo::wgs84();
        return l;
    };
    auto feature = [](int i, geo::Ring r, std::string code) {
        geo::Feature f;
        f.fid = i;
        f.attributes = {std::move(code)};
        f.geometry = geo::Geometry::polygon(geo::Polygon{{std::move(r)}});
        return f;
    };
    std::vector<geo::Feature> zones;
    for (int i = 0; i < 4; ++i) {
        double x0 = 105.5 + 0.4 * (i % 2), y0 = 9.2 + 0.35 * (i / 2);
        zones.push_back(feature(i, rect(x0, x0 + 0.4, y0, y0 + 0.35), std::to_string(941 + i)));
    }
    int side = static_cast<int>(std::ceil(std::sqrt(n)));
    double cw = 0.8 / side, ch = 0.7 / side;
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<geo::Feature> plots;
    for (int i = 0; i < n; ++i) {
        double x0 = 105.5 + (i % side) * cw, y0 = 9.2 + (i / side) * ch;
        double w = cw * (0.3 + 0.4 * u(rng)), h = ch * (0.3 + 0.4 * u(rng));
        double x = x0 + (cw - w) * u(rng), y = y0 + (ch - h) * u(rng);
        if (u(rng) < 0.03) x = x0 + cw - w * 0.5;  // overlaps the next cell's plot, sometimes
        plots.push_back(feature(i, rect(x, x + w, y, y + h), "VN-BNCH-" + std::to_string(i)));
    }
    geo::LayerSpec zs{"zones", geo::LayerRole::Zones, "z", "", "", "", "", {{"code", "code"}}};
    geo::LayerSpec ps{"plots", geo::LayerRole::PlantingAreas, "p", "", "", "", "", {{"code", "code"}}};
    ws.layers.push_back(geo::normalise(zs, layerOf(std::move(zones))));
    ws.layers.push_back(geo::normalise(ps, layerOf(std::move(plots))));
    return ws;
}

void BM_Link(benchmark::State& state) {
    geo::Workspace ws = makeWorkspace(static_cast<int>(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(geo::linkWorkspace(ws));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_Statistics(benchmark::State& state) {
    geo::Workspace ws = makeWorkspace(static_cast<int>(state.range(0)));
    geo::Links links = geo::linkWorkspace(ws);
    for (auto _ : state) benchmark::DoNotOptimize(geo::computeStatistics(ws, links));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

BENCHMARK(BM_Link)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Statistics)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
