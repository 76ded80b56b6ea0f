#include "geo/next_code.h"

#include <cstdint>
#include <optional>
#include <set>

#include "geo/code_pattern.h"
#include "geo/link.h"

namespace geo {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// "VN-STOR-0094" → prefix "VN-STOR-", number 94, width 4.
struct Numbered {
    std::string prefix;
    std::uint64_t number = 0;
    std::size_t width = 0;
};

std::optional<Numbered> splitNumber(const std::string& code) {
    std::size_t end = code.size();
    while (end > 0 && code[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && isDigit(code[start - 1])) --start;
    if (start == end || end - start > 18) return std::nullopt;  // no number, or more than 64 bits can count
    return Numbered{code.substr(0, start), std::stoull(code.substr(start, end - start)), end - start};
}

std::string format(const std::string& prefix, std::uint64_t n, std::size_t width) {
    std::string digits = std::to_string(n);
    if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    return prefix + digits;
}

}  // namespace

std::vector<std::string> nextFreeCodes(const std::string& code, const std::vector<std::string>& used,
                                       std::size_t count, const std::string& pattern) {
    std::optional<CodePatternMatcher> matcher;
    if (!pattern.empty()) matcher.emplace(pattern);
    std::set<std::string> taken;
    for (const auto& u : used) taken.insert(normaliseKey(u));
    auto acceptable = [&](const std::string& c) {
        return !taken.count(normaliseKey(c)) && (!matcher || matcher->matches(c));
    };
    std::vector<std::string> out;
    auto take = [&](const std::string& c) {
        out.push_back(c);
        taken.insert(normaliseKey(c));
    };

    std::optional<Numbered> base = splitNumber(code);
    if (!base) {
        // No number to continue: "<code>-1", "<code>-2", … (shown for confirmation).
        for (std::uint64_t n = 1; out.size() < count; ++n)
            if (const std::string c = code + "-" + std::to_string(n); !taken.count(normaliseKey(c))) take(c);
        return out;
    }
    // After the highest number any code of this prefix has.
    std::uint64_t highest = base->number;
    for (const auto& u : used)
        if (auto n = splitNumber(u); n && normaliseKey(n->prefix) == normaliseKey(base->prefix))
            highest = std::max(highest, n->number);
    constexpr std::uint64_t kSearch = 1000000;  // enough for any register; bounds the loops
    for (std::uint64_t n = highest + 1; out.size() < count && n <= highest + kSearch; ++n) {
        const std::string c = format(base->prefix, n, base->width);
        if (acceptable(c)) take(c);
        else if (matcher && !matcher->matches(c)) break;  // past the width the pattern allows
    }
    // Then the lowest free numbers (the pattern's width is full above).
    for (std::uint64_t n = 1; out.size() < count && n <= kSearch; ++n)
        if (const std::string c = format(base->prefix, n, base->width); acceptable(c)) take(c);
    // Nothing the pattern accepts is free: numbers past the width, for the user to correct.
    for (std::uint64_t n = highest + 1; out.size() < count; ++n)
        if (const std::string c = format(base->prefix, n, base->width); !taken.count(normaliseKey(c))) take(c);
    return out;
}

}  // namespace geo
