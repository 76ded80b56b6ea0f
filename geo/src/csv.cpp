// The CSV dialect and quoting rule (geo/csv.h).
#include "geo/csv.h"

#include <langinfo.h>
#include <locale.h>

namespace geo {

CsvDialect CsvDialect::excel(char decimal) {
    CsvDialect d;
    d.decimal = decimal;
    d.separator = decimal == ',' ? ';' : ',';
    d.bom = true;
    return d;
}

std::string csvText(std::string_view s, char separator) {
    const bool quote = s.empty() || s.find_first_of("\"\r\n") != std::string_view::npos ||
                       s.find(separator) != std::string_view::npos || s.front() == ' ' || s.back() == ' ';
    if (!quote) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csvCell(std::string_view s, char separator) { return s.empty() ? std::string() : csvText(s, separator); }

std::string csvNumber(std::string text, const CsvDialect& dialect) {
    if (dialect.decimal != '.')
        for (auto& c : text)
            if (c == '.') c = dialect.decimal;
    return text;
}

std::optional<char> userDecimalSeparator() {
    // newlocale, not setlocale: the process's own number formatting (every
    // snprintf and strtod in geo) must stay in the C locale.
    locale_t loc = newlocale(LC_NUMERIC_MASK, "", static_cast<locale_t>(nullptr));
    if (loc == static_cast<locale_t>(nullptr)) return std::nullopt;
    const char* radix = nl_langinfo_l(RADIXCHAR, loc);
    std::optional<char> out;
    if (radix && (radix[0] == '.' || radix[0] == ',') && radix[1] == '\0') out = radix[0];
    freelocale(loc);
    return out;
}

}  // namespace geo
