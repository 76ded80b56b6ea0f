#pragma once
// The process's heap set up for a million plots: a layer of 1M plots is about
// 1 GB of small blocks (each ring, each attribute), and on 4 KiB pages the
// first touch of every page is a fault and every access a TLB miss. Measured
// in tests/bench/README.md ("Heap").
#include <cstddef>

namespace geo {

struct HeapSetup {
    bool applied = false;            // false: not glibc on Linux, or the heap could not be reserved
    std::size_t reservedBytes = 0;   // free address space at the top of the heap (not memory)
    std::size_t hugePageBytes = 0;   // of which advised for transparent huge pages
};

// REQUIRES: called first thing in main, before any thread is started.
// On glibc (Linux) it makes every thread allocate from the one brk heap
// (M_ARENA_MAX 1), reserves reserveBytes (at most 1 GiB) of address space on it at once
// (M_TOP_PAD; untouched pages cost no memory), keeps that reserve from being
// trimmed, and advises it MADV_HUGEPAGE: with Linux's "madvise" mode of
// transparent huge pages (Debian's and Ubuntu's default) only advised memory
// gets 2 MiB pages. reserveBytes is capped at a quarter of physical memory,
// so that a small machine's overcommit check never refuses the heap, and
// nothing is reserved under strict overcommit (vm.overcommit_memory 2, where
// a reserve is charged as used). Does nothing off glibc/Linux; failures
// leave malloc working as it was (this is only tuning).
HeapSetup prepareHeapForLargeLayers(std::size_t reserveBytes = std::size_t{1} << 30);

}  // namespace geo
