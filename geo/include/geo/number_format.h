#pragma once
// Numbers as every output prints them (command-line tables, CSV, messages of
// findings): fixed-point with a set number of decimals while the value has a
// plausible size, scientific notation beyond, so that an absurd value reads
// as absurd ("1.00e+70") instead of a 71-digit string nobody can check.
#include <string>

namespace geo {

// Magnitudes at or beyond this print in scientific notation. 1e15 ha is
// 30 million times Vietnam; 1e15 is also where a double stops holding every
// integer's last digit, so fixed notation would print digits that mean nothing.
inline constexpr double kFixedNotationLimit = 1e15;

// "584.17" (decimals after the point); "-0.00" prints as "0.00";
// |value| ≥ kFixedNotationLimit: "1.00e+70" (decimals after the point of the
// mantissa, at least 2); NaN: "nan"; infinities: "inf", "-inf".
std::string formatNumber(double value, int decimals);

// As formatNumber, with the integer part grouped by thousands with commas
// ("1,234,567.89"); scientific and non-finite values are not grouped.
std::string formatGroupedNumber(double value, int decimals);

// True when formatNumber prints value in fixed-point notation.
bool printsFixed(double value);

}  // namespace geo
