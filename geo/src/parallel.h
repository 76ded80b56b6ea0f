#pragma once
// Internal: a small parallel-for over [0, n) in chunks, on every core.
// The calling thread works too and is the only one that reports progress, so
// a ProgressFn never needs to be thread-safe. Exceptions from any worker are
// rethrown in the caller; when tick returns false the remaining chunks are
// skipped and Cancelled is thrown.
#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "geo/workspace.h"

namespace geo::detail {

// Worker threads to use: VT_THREADS when set (≥ 1), else the hardware's.
inline unsigned workerCount() {
    if (const char* env = std::getenv("VT_THREADS")) {
        int n = std::atoi(env);
        if (n >= 1) return static_cast<unsigned>(n);
    }
    unsigned hw = std::thread::hardware_concurrency();
    return hw == 0 ? 1 : hw;
}

// fn(worker, begin, end); worker in [0, workers) identifies per-thread state.
template <class Fn>
void parallelFor(std::size_t n, std::size_t chunk, unsigned workers, Fn&& fn,
                 const std::function<bool(double)>& tick = {}) {
    if (n == 0) return;
    chunk = std::max<std::size_t>(chunk, 1);
    std::size_t chunks = (n + chunk - 1) / chunk;
    workers = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(workers, chunks)));
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stop{false};
    std::exception_ptr error;
    std::mutex errorMutex;
    auto loop = [&](unsigned worker, bool reporter) {
        try {
            while (!stop.load(std::memory_order_relaxed)) {
                std::size_t b = next.fetch_add(chunk);
                if (b >= n) break;
                std::size_t e = std::min(n, b + chunk);
                fn(worker, b, e);
                std::size_t d = done.fetch_add(e - b) + (e - b);
                if (reporter && tick && !tick(static_cast<double>(d) / static_cast<double>(n))) stop = true;
            }
        } catch (...) {
            std::lock_guard<std::mutex> lock(errorMutex);
            if (!error) error = std::current_exception();
            stop = true;
        }
    };
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < workers; ++w) threads.emplace_back(loop, w, false);
    loop(0, true);
    for (auto& t : threads) t.join();
    if (error) std::rethrow_exception(error);
    if (stop) throw Cancelled();
}

}  // namespace geo::detail
