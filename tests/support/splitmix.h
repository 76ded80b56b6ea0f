#pragma once
// A deterministic generator for the property tests (splitmix64): the same
// random rings and envelopes on every machine and standard library.
#include <cstdint>

namespace testsupport {

struct SplitMix {
    std::uint64_t s;
    // Uniform in [0, 1), 53 random bits.
    double next() {
        std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return static_cast<double>((z ^ (z >> 31)) >> 11) / 9007199254740992.0;
    }
};

}  // namespace testsupport
