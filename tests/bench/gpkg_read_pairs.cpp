// One read of a GeoPackage layer, timed: the direct reader (geo/src/
// gpkg_rows.h) or, with VT_GPKG_DIRECT=0, GDAL's features. Run the two
// alternately under /usr/bin/time for CPU seconds and peak RSS:
//   for i in 1 2 3; do for d in 0 1; do VT_GPKG_DIRECT=$d /usr/bin/time -f "$d %U %S %M %e"
//     build/tests/bench/gpkg_read_pairs /tmp/vt-bench/1000000/data.gpkg plots; done; done  (one line)
// Prints the features read and the read's wall and process CPU seconds.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "geo/error.h"
#include "geo/large_heap.h"
#include "geo/source.h"

namespace {
double cpuSeconds() {
    rusage u{};
    if (getrusage(RUSAGE_SELF, &u) != 0) return -1;
    auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return s(u.ru_utime) + s(u.ru_stime);
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s FILE.gpkg LAYER\n", argv[0]);
        return 2;
    }
    geo::prepareHeapForLargeLayers();  // as vungtrong-cli does
    geo::ReadOptions options;
    options.layerName = argv[2];
    const double cpu0 = cpuSeconds();
    const auto t0 = std::chrono::steady_clock::now();
    try {
        const geo::Layer layer = geo::readLayer(argv[1], options);
        const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const char* direct = std::getenv("VT_GPKG_DIRECT");
        std::printf("%s features=%zu read_wall=%.3f read_cpu=%.3f\n",
                    direct && std::string(direct) == "0" ? "gdal" : "direct", layer.features.size(), wall,
                    cpuSeconds() - cpu0);
    } catch (const geo::Error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
