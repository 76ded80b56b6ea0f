// geo/heap_release.h: freed blocks inside the heap are given back to the
// system, checked against the kernel's count of the process's resident pages.
#include "geo/heap_release.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <cstring>
#include <fstream>
#include <vector>

#include <unistd.h>

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kOwnAllocator = true;  // sanitizers replace malloc: there is no glibc heap to trim
#else
constexpr bool kOwnAllocator = false;
#endif

// Resident bytes, from /proc/self/statm (second field, in pages).
long long residentBytes() {
    std::ifstream statm("/proc/self/statm");
    long long size = 0, resident = 0;
    statm >> size >> resident;
    return resident * sysconf(_SC_PAGESIZE);
}

TEST(HeapRelease, FreedBlocksInsideTheHeapLeaveTheResidentSet) {
#if !(defined(__linux__) && defined(__GLIBC__))
    GTEST_SKIP() << "glibc on Linux only";
#endif
    if (kOwnAllocator) GTEST_SKIP() << "a sanitizer's allocator";
    // 257 blocks of 100 KiB (under glibc's mmap threshold: from the heap),
    // touched; the highest one stays allocated so that the others, freed, are
    // a hole inside the heap and not its top (which free() may trim by
    // itself). A small block allocated after them is no such guard: it may
    // land in an older hole of this test process's heap.
    constexpr std::size_t kBlocks = 256, kBlock = 100 << 10, kTotal = kBlocks * kBlock;
    std::vector<void*> blocks;
    for (std::size_t i = 0; i <= kBlocks; ++i) {
        void* b = std::malloc(kBlock);
        ASSERT_NE(b, nullptr);
        std::memset(b, 0x5a, kBlock);
        blocks.push_back(b);
    }
    auto highest = std::max_element(blocks.begin(), blocks.end(), std::less<void*>());
    void* after = *highest;
    blocks.erase(highest);
    for (void* b : blocks) std::free(b);
    const long long before = residentBytes();
    ASSERT_GT(before, 0);
    EXPECT_FALSE(geo::releaseFreedHeap(std::size_t{1} << 40)) << "holes under the threshold are kept";
    EXPECT_LT(before - residentBytes(), static_cast<long long>(kTotal / 2));
    EXPECT_TRUE(geo::releaseFreedHeap(kTotal / 2));
    const long long released = before - residentBytes();
    // Whole pages only, and the odd block may sit in an older, smaller hole.
    EXPECT_GE(released, static_cast<long long>(kTotal / 2)) << "released " << released << " of " << kTotal << " bytes";
    std::free(after);
}

}  // namespace
