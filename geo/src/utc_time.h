#pragma once
// The current time in UTC as text, for journal entries and backup names.
#include <chrono>
#include <ctime>
#include <string>

namespace geo::detail {

// Now, in UTC, formatted with strftime's format (e.g. "%Y-%m-%dT%H:%M:%SZ").
inline std::string utcNow(const char* format) {
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char text[64];
    return std::strftime(text, sizeof text, format, &tm) ? text : "";
}

}  // namespace geo::detail
