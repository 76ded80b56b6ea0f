#pragma once
// Number and table formatting for terminal output.
#include <cstdint>
#include <string>
#include <vector>

#include "geo/csv.h"

namespace cli {

// 1234567.891 → "1,234,567.89" (decimals digits after the point); beyond
// geo::kFixedNotationLimit scientific, "1.00e+70" (geo/number_format.h).
std::string groupedNumber(double value, int decimals);
std::string groupedInteger(std::int64_t value);
// Fixed-point without grouping, for CSV/JSON: "584.170000"; scientific beyond
// the same limit.
std::string fixed(double value, int decimals);
// Display width of UTF-8 text in terminal columns (geo::displayWidth: combining
// marks take none, East Asian wide characters two).
std::size_t displayWidth(const std::string& utf8);

// A table aligned by display width; numeric columns right-aligned.
class TextTable {
public:
    explicit TextTable(std::vector<std::string> headers, std::vector<bool> rightAligned = {});
    void addRow(std::vector<std::string> cells);
    void addSeparator();
    std::string render() const;

private:
    std::vector<std::string> headers_;
    std::vector<bool> right_;
    std::vector<std::vector<std::string>> rows_;  // empty row = separator
};

// CSV fields: geo::csvCell / geo::csvText (geo/csv.h), the one quoting rule.

}  // namespace cli
