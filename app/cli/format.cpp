#include "format.h"

#include <algorithm>

#include "geo/number_format.h"
#include "geo/text.h"

namespace cli {

// One rule for every number printed (geo/number_format.h): an absurd value
// prints in scientific notation, never as dozens of digits.
std::string fixed(double value, int decimals) { return geo::formatNumber(value, decimals); }

static std::string groupDigits(const std::string& digits) {
    std::string out;
    int n = static_cast<int>(digits.size());
    for (int i = 0; i < n; ++i) {
        out += digits[static_cast<std::size_t>(i)];
        int left = n - i - 1;
        if (left > 0 && left % 3 == 0) out += ',';
    }
    return out;
}

std::string groupedNumber(double value, int decimals) { return geo::formatGroupedNumber(value, decimals); }

std::string groupedInteger(std::int64_t value) {
    bool negative = value < 0;
    std::string digits = std::to_string(negative ? -static_cast<unsigned long long>(value)
                                                 : static_cast<unsigned long long>(value));
    return (negative ? "-" : "") + groupDigits(digits);
}

// Terminal columns by ICU's character properties (geo/text.h): Vietnamese
// written with combining marks, CJK and emoji line up too.
std::size_t displayWidth(const std::string& s) { return geo::displayWidth(s); }

TextTable::TextTable(std::vector<std::string> headers, std::vector<bool> rightAligned)
    : headers_(std::move(headers)), right_(std::move(rightAligned)) {
    right_.resize(headers_.size(), false);
}

void TextTable::addRow(std::vector<std::string> cells) {
    cells.resize(headers_.size());
    rows_.push_back(std::move(cells));
}

void TextTable::addSeparator() { rows_.emplace_back(); }

std::string TextTable::render() const {
    std::vector<std::size_t> widths(headers_.size());
    for (std::size_t c = 0; c < headers_.size(); ++c) widths[c] = displayWidth(headers_[c]);
    for (const auto& row : rows_)
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], displayWidth(row[c]));
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            std::string pad(widths[c] - displayWidth(cells[c]), ' ');
            if (c) out += "  ";
            out += right_[c] ? pad + cells[c] : cells[c] + (c + 1 == cells.size() ? "" : pad);
        }
        return out + "\n";
    };
    std::string rule;
    for (std::size_t c = 0; c < widths.size(); ++c) rule += (c ? "  " : "") + std::string(widths[c], '-');
    rule += "\n";
    std::string out = line(headers_) + rule;
    for (const auto& row : rows_) out += row.empty() ? rule : line(row);
    return out;
}

}  // namespace cli
