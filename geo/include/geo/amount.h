#pragma once
// Money amounts in VND, read from what offices type into spreadsheets:
// whole đồng, as an integer cell, or as text written the Vietnamese way
// ("2.150.000.000", "2 150 000 000"), the English way ("2,150,000,000") or
// plainly ("2150000000"), optionally followed by "đ", "đồng", "VND" or "VNĐ".
// The rules do not depend on the machine's locale:
// - one kind of thousands separator per amount ('.', ',' or a space), every
//   group after the first exactly three digits;
// - a single '.' or ',' followed by other than three digits is a decimal
//   mark ("1.234,5", "1234.5"): VND has no fraction, so it is a problem;
// - anything else (letters, two signs, an empty cell with text) is a problem.
// A problem is never read as 0: the caller reports it (finding bad_number).
#include <cstdint>
#include <optional>
#include <string>

#include "geo/layer.h"

namespace geo {

struct AmountReading {
    std::optional<std::int64_t> vnd;  // the amount, when the cell is a clean amount
    std::string problem;              // why it is not, for the finding ("" when clean or empty)
};

// An empty cell reads as no amount and no problem.
AmountReading readVndAmount(const Value& cell);

}  // namespace geo
