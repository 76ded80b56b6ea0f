#pragma once
// The one CSV dialect VungTrong writes, and its one quoting rule: geo's CSV
// export (layers, statistics, findings), the shapefile field map and the
// command line's CSV output all go through here.
//
// Default dialect: RFC 4180, UTF-8, ',' between fields, '.' in numbers.
// Excel's dialect (`--excel`): a UTF-8 byte order mark (so Excel reads
// Vietnamese text), the user's decimal separator, and ';' between fields
// when that separator is a comma (as Excel expects in such locales).
#include <optional>
#include <string>
#include <string_view>

namespace geo {

struct CsvDialect {
    char separator = ',';
    char decimal = '.';
    bool bom = false;

    // Excel's dialect for a decimal separator ('.' or ',').
    static CsvDialect excel(char decimal);
};

// A text field: quoted (inner quotes doubled) when it holds the separator, a
// quote, CR or LF, or starts or ends with a space; empty text is written
// "" so that it differs from a missing value (an empty field).
std::string csvText(std::string_view text, char separator = ',');
// A field that may be missing: empty text is an empty field, anything else
// as csvText. For tables where "" means "none" (a zone code on a total row).
std::string csvCell(std::string_view text, char separator = ',');
// Number text ("1234.5", "-0.25", "1e+70") in the dialect: '.' becomes the
// dialect's decimal separator.
std::string csvNumber(std::string numberText, const CsvDialect& dialect);

// The decimal separator of the user's locale (LC_ALL, LC_NUMERIC, LANG), read
// without changing the process's locale; nullopt when the locale cannot be
// loaded or its separator is neither '.' nor ','.
std::optional<char> userDecimalSeparator();

}  // namespace geo
