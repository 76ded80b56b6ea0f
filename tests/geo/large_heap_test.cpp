// geo/large_heap.h: the heap reserve the CLI sets up for a million plots,
// checked against what the kernel says of the process's memory.
#include "geo/large_heap.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kOwnAllocator = true;  // sanitizers replace malloc: nothing to set up
#else
constexpr bool kOwnAllocator = false;
#endif

struct Mapping {
    std::uintptr_t from = 0, to = 0;
    std::string name, flags;
};

// The mapping holding address, from /proc/self/smaps (its VmFlags too).
Mapping mappingOf(const void* address) {
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    Mapping current;
    bool found = false;
    while (std::getline(smaps, line)) {
        std::istringstream fields(line);
        std::string first;
        fields >> first;
        if (auto dash = first.find('-'); dash != std::string::npos && first.back() != ':') {
            if (found) break;
            current = {};
            current.from = std::stoull(first.substr(0, dash), nullptr, 16);
            current.to = std::stoull(first.substr(dash + 1), nullptr, 16);
            std::string perms, offset, dev, inode;
            fields >> perms >> offset >> dev >> inode >> current.name;
            found = current.from <= at && at < current.to;
        } else if (found && first == "VmFlags:") {
            std::getline(fields, current.flags);
        }
    }
    return found ? current : Mapping{};
}

}  // namespace

// The checks, in a process of their own: the set-up is for a fresh process
// (no arena yet but the heap's), and the test binary holds every geo test.
// Returns what failed ("" when nothing did).
std::string checkHeapSetUp() {
    constexpr std::size_t kReserve = std::size_t{64} << 20;
    const geo::HeapSetup setup = geo::prepareHeapForLargeLayers(kReserve);
    if (!setup.applied) return "not applied";
    if (setup.reservedBytes < kReserve) return "reserved " + std::to_string(setup.reservedBytes);
    // The advised span is the reserve less its unaligned ends (≤ 2 MiB each).
    if (setup.hugePageBytes < kReserve - (std::size_t{4} << 20) || setup.hugePageBytes > setup.reservedBytes)
        return "advised " + std::to_string(setup.hugePageBytes);
    // A block from another thread comes from the same heap (one arena), and
    // past the heap's unaligned start it lies in a mapping the kernel marks
    // advised for huge pages ("hg" in VmFlags).
    constexpr std::size_t kBlock = std::size_t{4} << 20;
    char* block = nullptr;
    std::thread([&block] { block = static_cast<char*>(std::malloc(kBlock)); }).join();
    if (!block) return "no block";
    const Mapping m = mappingOf(block + kBlock - 1);
    std::free(block);
    if (m.name != "[heap]") return "the thread's block lies in '" + m.name + "'";
    if (m.flags.find(" hg") == std::string::npos) return "VmFlags:" + m.flags;
    if (m.to - m.from < setup.hugePageBytes) return "mapping of " + std::to_string(m.to - m.from) + " bytes";
    return "";
}

TEST(LargeHeap, ReservesTheHeapAndAdvisesItForHugePages) {
#if !defined(__linux__) || !defined(__GLIBC__)
    GTEST_SKIP() << "glibc on Linux only";
#endif
    if (kOwnAllocator) GTEST_SKIP() << "a sanitizer's allocator";
    GTEST_FLAG_SET(death_test_style, "threadsafe");  // the child starts afresh, not forked
    EXPECT_EXIT(
        {
            const std::string failed = checkHeapSetUp();
            std::fprintf(stderr, "heap set-up: %s\n", failed.empty() ? "ok" : failed.c_str());
            std::exit(failed.empty() ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "heap set-up: ok");
}

TEST(LargeHeap, AReserveTooSmallForHugePagesChangesNothing) {
    const geo::HeapSetup setup = geo::prepareHeapForLargeLayers(std::size_t{1} << 20);
    EXPECT_FALSE(setup.applied);
    EXPECT_EQ(setup.reservedBytes, 0u);
    EXPECT_EQ(setup.hugePageBytes, 0u);
}
