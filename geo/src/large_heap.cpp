#include "geo/large_heap.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <fstream>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace geo {

#if defined(__linux__) && defined(__GLIBC__)

namespace {

// vm.overcommit_memory 2 charges reserved heap against the commit limit as if
// it were used: there the reserve would take memory from everything else.
bool strictOvercommit() {
    std::ifstream mode("/proc/sys/vm/overcommit_memory");
    int value = 0;
    return mode >> value && value == 2;
}

}  // namespace

HeapSetup prepareHeapForLargeLayers(std::size_t reserveBytes) {
    HeapSetup done;
    constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;  // x86-64 and arm64 PMD size
    const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0) return done;
    const std::size_t physical = static_cast<std::size_t>(pages) * static_cast<std::size_t>(pageSize);
    reserveBytes = std::min(reserveBytes, physical / 4);
    if (reserveBytes < 8 * kHugePage || strictOvercommit()) return done;
    const int reserve = static_cast<int>(std::min<std::size_t>(reserveBytes, 1u << 30));
    // One arena: worker threads would otherwise allocate from their own
    // mmap'd heaps of 64 MiB, which the advice below does not reach.
    if (mallopt(M_ARENA_MAX, 1) != 1) return done;
    // Blocks up to 32 MiB (glibc's maximum) come from the heap too, not from
    // mmap calls of their own that the advice would not reach either.
    if (mallopt(M_MMAP_THRESHOLD, 32 << 20) != 1) return done;
    if (mallopt(M_TRIM_THRESHOLD, reserve) != 1 || mallopt(M_TOP_PAD, reserve) != 1) return done;
    void* const before = sbrk(0);
    // A block larger than the heap's free top makes malloc extend the heap by
    // it plus the pad: the whole reserve in one step. (volatile: the compiler
    // may otherwise drop a malloc whose block is only freed.)
    void* volatile block = std::malloc(mallinfo2().keepcost + (1u << 20));
    std::free(block);
    void* const after = sbrk(0);  // after free: it may trim what lies beyond the pad
    // Later growth in ordinary steps: the reserve is what gets huge pages.
    if (mallopt(M_TOP_PAD, 16 << 20) != 1) return done;
    if (before == reinterpret_cast<void*>(-1) || after == reinterpret_cast<void*>(-1) || after <= before)
        return done;  // the heap did not grow by brk (e.g. a sanitizer's allocator): nothing to advise
    const auto from = (reinterpret_cast<std::uintptr_t>(before) + kHugePage - 1) & ~(kHugePage - 1);
    const auto to = reinterpret_cast<std::uintptr_t>(after) & ~(kHugePage - 1);
    done.applied = true;
    done.reservedBytes = mallinfo2().keepcost;  // the heap's free top: what the pad left
    if (to > from && madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE) == 0)
        done.hugePageBytes = to - from;  // EINVAL: a kernel without THP; the reserve still helps
    return done;
}

#else

HeapSetup prepareHeapForLargeLayers(std::size_t) { return {}; }

#endif

}  // namespace geo
