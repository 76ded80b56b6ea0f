#pragma once
// Internal: how much one layer's read holds, and whether it is to stop.
// The reader counts every feature here: past ReadLimits::maxHeldBytes the
// read fails naming the feature, and when keepReading says stop (Ctrl-C) it
// throws Cancelled within a few hundred features. The threads of a parallel
// read share one budget; only the thread that called readLayer asks
// keepReading (a ProgressFn drawing on a terminal is one thread's).
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>

#include "geo/error.h"
#include "geo/layer.h"
#include "geo/source_reach.h"
#include "geo/workspace.h"

namespace geo::detail {

class ReadBudget {
public:
    ReadBudget(std::string label, std::uint64_t maxHeldBytes, std::function<bool()> keepReading)
        : label_(std::move(label)), max_(maxHeldBytes), keepReading_(std::move(keepReading)) {}

    // What a feature holds in memory: its vertices, its attribute slots and
    // their text (textBytes: text kept aside, e.g. a DBF's undecoded bytes).
    static std::uint64_t heldBytes(const Feature& f, std::uint64_t textBytes) {
        std::uint64_t bytes = sizeof(Feature) + f.geometry.vertexCount() * sizeof(XY) +
                              f.attributes.size() * sizeof(Value) + textBytes;
        for (const auto& v : f.attributes)
            if (const auto* s = std::get_if<std::string>(&v)) bytes += s->size();
        return bytes;
    }

    // After each feature read; asker: the thread that called readLayer.
    void count(const Feature& f, std::uint64_t textBytes, bool asker) {
        const std::uint64_t bytes = heldBytes(f, textBytes);
        const std::uint64_t held = held_.fetch_add(bytes, std::memory_order_relaxed) + bytes;
        if (held > max_)
            throw IoError(label_ + ", feature FID " + std::to_string(f.fid) + ": the features read so far hold more than " +
                          budgetText(max_) + " (vertices and text), the most one layer may hold, so "
                          "the read stops before it exhausts memory; split the layer, or check that it is what it "
                          "should be");
        constexpr unsigned kAskEvery = 256;  // a flag check; far under a millisecond of reading
        if (asker && keepReading_ && ++sinceAsked_ >= kAskEvery) {
            sinceAsked_ = 0;
            if (!keepReading_()) stop_.store(true, std::memory_order_relaxed);
        }
        if (stop_.load(std::memory_order_relaxed)) throw Cancelled();
    }

    // Asked once before reading starts, so that a cancel already given stops at once.
    void checkNow() {
        if (keepReading_ && !keepReading_()) throw Cancelled();
    }

private:
    std::string label_;
    std::uint64_t max_;
    std::function<bool()> keepReading_;
    std::atomic<std::uint64_t> held_{0};
    std::atomic<bool> stop_{false};
    unsigned sinceAsked_ = 0;  // the asker's only
};

}  // namespace geo::detail
