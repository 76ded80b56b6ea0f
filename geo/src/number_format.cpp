#include "geo/number_format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace geo {

bool printsFixed(double value) { return std::isfinite(value) && std::fabs(value) < kFixedNotationLimit; }

std::string formatNumber(double value, int decimals) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    decimals = std::clamp(decimals, 0, 17);
    char buf[64];
    // Below the limit "%.*f" needs at most 16 integer digits + sign + point + 17 decimals.
    int n = printsFixed(value) ? std::snprintf(buf, sizeof buf, "%.*f", decimals, value)
                               : std::snprintf(buf, sizeof buf, "%.*e", std::max(decimals, 2), value);
    if (n < 0 || static_cast<std::size_t>(n) >= sizeof buf) return "nan";  // cannot happen with the bounds above
    std::string s(buf, static_cast<std::size_t>(n));
    // A negative value that rounds to zero prints without its sign.
    if (s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
    return s;
}

std::string formatGroupedNumber(double value, int decimals) {
    std::string s = formatNumber(value, decimals);
    if (!printsFixed(value)) return s;
    bool negative = s[0] == '-';
    if (negative) s.erase(0, 1);
    std::size_t dot = s.find('.');
    std::string intPart = s.substr(0, dot);
    std::string out;
    for (std::size_t i = 0; i < intPart.size(); ++i) {
        out += intPart[i];
        std::size_t left = intPart.size() - i - 1;
        if (left > 0 && left % 3 == 0) out += ',';
    }
    return (negative ? "-" : "") + out + (dot == std::string::npos ? "" : s.substr(dot));
}

}  // namespace geo
