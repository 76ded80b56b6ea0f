#pragma once
// Bounds on the numbers a source gives that we sum or show: a declared area,
// a cooperative's members, an investment's VND. A value beyond them is a typo
// or a wrong column (1e70 ha, -5 ha, 12 billion members), never a fact: it is
// counted in no sum, listed in Statistics::implausibleNumbers, reported as the
// finding implausible_number (error), and every output of stats says that
// its sums leave it out (a "WARNING:" line), so whoever signs a total knows
// what it lacks and which row to correct.
#include <cstdint>
#include <optional>
#include <string>

#include "geo/layer.h"

namespace geo {

// Vietnam's land area, 331,000 km² (General Statistics Office): no planting
// area can be larger.
inline constexpr double kMaxDeclaredHa = 33.1e6;
// Vietnam's population is about 100 million: no cooperative has more members.
inline constexpr std::int64_t kMaxMembers = 100'000'000;
// Vietnam's yearly GDP is about 10^16 VND (10.2 quadrillion in 2023): no
// single investment row can exceed it.
inline constexpr std::int64_t kMaxInvestmentVnd = 10'000'000'000'000'000;

// Why a value cannot be true: a stable key (for scripts and translations) and
// the English text.
struct Implausibility {
    std::string key;   // not_finite, negative, not_whole, beyond_land_area, beyond_population, beyond_gdp
    std::string text;  // "is larger than Vietnam's land area (33,100,000 ha)"
};

struct ImplausibleNumber {
    std::string layerId;
    int feature = -1;           // feature index in the layer
    std::int64_t fid = -1;
    std::string code;           // the feature's code or key, when it has one
    std::string field;          // the source field
    std::string value;          // as printed (geo/number_format.h), e.g. "1.00e+70"
    std::string unit;           // "ha", "members", "VND"
    Implausibility reason;
};

// Why a declared area in ha cannot be true, nullopt when it can.
std::optional<Implausibility> declaredAreaProblem(double ha);
// Why a member count cannot be true, nullopt when it can.
std::optional<Implausibility> membersProblem(std::int64_t members);
// Why an investment amount cannot be true, nullopt when it can.
std::optional<Implausibility> investmentProblem(std::int64_t vnd);

// A member count from a cell: empty → 0; a whole number within bounds → it;
// anything else → nullopt with `problem` set (the caller counts it in no sum).
std::optional<std::int64_t> readMembers(const Value& cell, std::optional<Implausibility>& problem);

// One line for outputs: "planting_areas FID 3 (VN-1): declared_ha = 1.00e+70 ha
// is larger than …: counted in no sum".
std::string implausibleNumberNote(const ImplausibleNumber& n);

}  // namespace geo
