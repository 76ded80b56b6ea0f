// How long detecting a layer's text encoding takes on 100,000 rows of TCVN3
// names (the fixture the encoding tests use): the speed the old timed unit
// test asserted (< 2 s), measured where timings belong.
//   build/tests/bench/encoding_bench
#include <benchmark/benchmark.h>

#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "geo/encoding.h"

namespace {

std::vector<std::string> hundredThousandRows() {
    const std::string path = VT_SOURCE_DIR "/tests/fixtures/encoding/names-abc.tcvn3.bin";
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("missing fixture " + path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    if (lines.empty()) throw std::runtime_error("empty fixture " + path);
    std::vector<std::string> rows;
    for (std::size_t i = 0; i < 100000; ++i) rows.push_back(lines[i % lines.size()] + " " + std::to_string(i));
    return rows;
}

void DetectEncoding100kRows(benchmark::State& state) {
    const auto rows = hundredThousandRows();
    for (auto _ : state) benchmark::DoNotOptimize(geo::detectEncoding(rows));
}
BENCHMARK(DetectEncoding100kRows)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
