#include "geo/number_text.h"

#include <charconv>
#include <cmath>
#include <string>
#include <vector>

namespace geo {
namespace {

// Blank bytes around and between digit groups: ASCII space and tab, and the
// UTF-8 no-break spaces U+00A0 and U+202F that spreadsheets put in numbers.
std::size_t blankAt(std::string_view s, std::size_t i) {
    if (s[i] == ' ' || s[i] == '\t') return 1;
    if (s.substr(i, 2) == "\xC2\xA0") return 2;
    if (s.substr(i, 3) == "\xE2\x80\xAF") return 3;
    return 0;
}

bool allDigits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// "1.062.000" split at sep into groups: the first 1–3 digits, the rest exactly 3.
bool groupedByThree(std::string_view s, char sep) {
    std::size_t start = 0;
    bool first = true;
    for (;;) {
        std::size_t end = s.find(sep, start);
        std::string_view group = s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (!allDigits(group)) return false;
        if (first ? group.size() > 3 : group.size() != 3) return false;
        first = false;
        if (end == std::string_view::npos) return true;
        start = end + 1;
    }
}

}  // namespace

std::optional<double> parseDecimalText(std::string_view text) {
    // Trim, then drop blanks that separate digit groups.
    std::size_t b = 0, e = text.size();
    while (b < e && blankAt(text, b)) b += blankAt(text, b);
    while (e > b) {
        std::size_t n = 0;
        for (std::size_t k : {std::size_t{1}, std::size_t{2}, std::size_t{3}})
            if (e >= b + k && blankAt(text, e - k) == k) n = k;
        if (n == 0) break;
        e -= n;
    }
    std::string s;
    bool blanks = false;
    for (std::size_t i = b; i < e;) {
        if (std::size_t n = blankAt(text, i)) {
            s += ' ';
            blanks = true;
            i += n;
        } else {
            s += text[i++];
        }
    }
    if (s.empty()) return std::nullopt;
    bool negative = false;
    if (s[0] == '+' || s[0] == '-') {
        negative = s[0] == '-';
        s.erase(0, 1);
        if (s.empty()) return std::nullopt;  // a sign alone
    }
    std::size_t dots = 0, commas = 0;
    for (char c : s) {
        if (c == '.') ++dots;
        else if (c == ',') ++commas;
        else if (c != ' ' && (c < '0' || c > '9')) return std::nullopt;
    }
    // Split into integer part (possibly grouped) and fraction.
    std::string intPart = s, fraction;
    char decimal = 0, group = 0;
    if (dots > 0 && commas > 0) {
        decimal = s.find_last_of(".,") == s.rfind('.') ? '.' : ',';
        group = decimal == '.' ? ',' : '.';
        if ((decimal == '.' ? dots : commas) != 1) return std::nullopt;
    } else if (dots + commas == 1) {
        decimal = dots ? '.' : ',';
    } else if (dots + commas > 1) {
        group = dots ? '.' : ',';
    }
    if (decimal) {
        std::size_t at = s.rfind(decimal);
        intPart = s.substr(0, at);
        fraction = s.substr(at + 1);
        if (!allDigits(fraction) || (intPart.empty() && fraction.empty())) return std::nullopt;
    }
    if (intPart.empty()) intPart.assign(1, '0');  // ".5"
    if (blanks) {
        if (group) return std::nullopt;  // "1 062.000,5": one grouping style at a time
        group = ' ';
    }
    if (group) {
        if (!groupedByThree(intPart, group)) return std::nullopt;
        std::string digits;
        for (char c : intPart)
            if (c != group) digits += c;
        intPart = digits;
    }
    if (!allDigits(intPart)) return std::nullopt;
    std::string plain = intPart + (fraction.empty() ? "" : "." + fraction);
    double value = 0;
    auto [ptr, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
    if (ec != std::errc() || ptr != plain.data() + plain.size() || !std::isfinite(value)) return std::nullopt;
    return negative ? -value : value;
}

}  // namespace geo
