#pragma once
// New planting-area codes that follow an existing one (a split's new parts):
// the same prefix and number width, numbered after the highest number any
// code with that prefix already has ("VN-STOR-0094" → "VN-STOR-0095", …),
// so a code that once existed and was retired is never handed out again.
#include <string>
#include <vector>

namespace geo {

// count codes, none in `used` (compared after geo::normaliseKey) and, when
// pattern is not empty, each matching it where possible: when the numbers
// after the highest overflow the width the pattern allows, the lowest free
// numbers are taken instead. A code without a trailing number gets "-1",
// "-2"… appended (the caller shows it for confirmation). Throws ProjectError
// when pattern is not a usable code pattern.
std::vector<std::string> nextFreeCodes(const std::string& code, const std::vector<std::string>& used,
                                       std::size_t count, const std::string& pattern = {});

}  // namespace geo
