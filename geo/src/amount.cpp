#include "geo/amount.h"

#include <cmath>
#include <string_view>

namespace geo {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// The currency written after the number, in the forms offices use.
std::string_view withoutCurrency(std::string_view s) {
    for (std::string_view unit : {"VNĐ", "VND", "vnđ", "vnd", "đồng", "đ", "Đ"}) {
        if (s.size() >= unit.size() && s.substr(s.size() - unit.size()) == unit) return trim(s.substr(0, s.size() - unit.size()));
    }
    return s;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

AmountReading problem(std::string why) { return {std::nullopt, std::move(why)}; }

AmountReading readText(std::string_view text) {
    // Built piece by piece: GCC 12 warns falsely (-Wrestrict) on "'" + string.
    std::string quoted(1, '\'');
    quoted.append(text);
    quoted += '\'';
    std::string_view s = withoutCurrency(trim(text));
    if (s.empty()) return problem("no number in " + quoted);
    bool negative = false;
    if (s.front() == '-' || s.front() == '+') {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    // Split into digit groups and the separators between them.
    std::string digits;
    char separator = 0;
    std::size_t groups = 0, lastGroup = 0, firstGroup = 0, separators = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t start = i;
        while (i < s.size() && isDigit(s[i])) ++i;
        std::size_t len = i - start;
        if (len == 0) return problem(quoted + " is not an amount");
        digits.append(s.substr(start, len));
        if (groups++ == 0) firstGroup = len;
        lastGroup = len;
        if (i == s.size()) break;
        char c = s[i++];
        if (c != '.' && c != ',' && c != ' ') return problem(quoted + " is not an amount");
        if (separator && c != separator)
            return problem(quoted + " has a fraction of a đồng or mixed separators; VND amounts are whole");
        separator = c;
        ++separators;
        if (i == s.size()) return problem(quoted + " is not an amount");
    }
    if (separators > 0) {
        // One separator and not three digits after it: a decimal mark.
        bool thousands = lastGroup == 3 && firstGroup <= 3;
        if (!thousands) {
            if (separators == 1 && separator != ' ')
                return problem(quoted + " has a fraction of a đồng; VND amounts are whole");
            return problem(quoted + " is not an amount (digit groups of three expected)");
        }
        // Every inner group of three digits, as the last one.
        std::size_t pos = 0;
        for (std::size_t i = 0; i < s.size(); ++i)
            if (!isDigit(s[i])) {
                std::size_t len = i - pos;
                if (pos > 0 && len != 3)
                    return problem(quoted + " is not an amount (digit groups of three expected)");
                pos = i + 1;
            }
    }
    std::int64_t value = 0;
    for (char c : digits) {
        if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, c - '0', &value))
            return problem(quoted + " is too large for an amount");
    }
    return {negative ? -value : value, {}};
}

}  // namespace

AmountReading readVndAmount(const Value& cell) {
    if (std::holds_alternative<std::monostate>(cell)) return {};
    if (const auto* i = std::get_if<std::int64_t>(&cell)) return {*i, {}};
    if (const auto* d = std::get_if<double>(&cell)) {
        if (!std::isfinite(*d) || std::fabs(*d) >= 9.2e18) return problem(toText(cell) + " is not an amount");
        if (std::floor(*d) != *d) return problem(toText(cell) + " has a fraction of a đồng; VND amounts are whole");
        return {static_cast<std::int64_t>(*d), {}};
    }
    const std::string& text = std::get<std::string>(cell);
    if (trim(text).empty()) return {};
    return readText(text);
}

}  // namespace geo
