#pragma once
// Giving a finished phase's freed memory back to the system (issue 11: the
// 1M plots' peak of memory). A phase that frees its temporaries leaves them
// resident as holes in the heap; the next phase's large arrays (a million
// entries) rarely fit in them and are added on top, so the holes count in
// the run's peak although nothing uses them. Measured in
// tests/bench/README.md ("session 5, the 1M peak of memory").
#include <cstddef>

namespace geo {

// Returns the whole pages of the heap's freed blocks to the system (glibc's
// malloc_trim: madvise MADV_DONTNEED) when they add up to worthAtLeast bytes
// or more, leaving the heap's free top alone: the reserve geo/large_heap.h
// sets up stays reserved and advised for huge pages. Below the threshold it
// does nothing: at 100k plots (17 MiB of holes) a release saved 10 MiB and
// cost ~0.3 CPU-s (+20 %) in the faults and huge pages to use them again; at
// 1M plots the holes are ~110 MiB. Returns whether any memory was given
// back; does nothing (false) off glibc on Linux.
bool releaseFreedHeap(std::size_t worthAtLeast = std::size_t{64} << 20);

}  // namespace geo
