#pragma once
// Numbers typed into office spreadsheets as text: "105,97" (decimal comma, as
// Vietnamese Excel and LibreOffice write them), "105.97", "1.062.000,5" or
// "1,062,000.5" (digit grouping), "1 062 000" (spaces, incl. no-break ones).
#include <optional>
#include <string_view>

namespace geo {

// The value of text, or nullopt when it is not one finite decimal number.
// Rules: surrounding blanks are ignored; a leading '+' or '-' is allowed.
// A single '.' or a single ',' is the decimal separator ("544,5" = 544.5:
// the Vietnamese convention, so "544,000" reads as 544, not 544 000). When
// both appear, the last one is the decimal separator and the other groups
// digits by three. The same separator several times groups digits by three
// ("1.062.000" = 1062000). Spaces between digit groups of three are grouping.
// Exponents, "NaN", "inf" and anything else are refused.
std::optional<double> parseDecimalText(std::string_view text);

}  // namespace geo
