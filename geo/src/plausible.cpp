#include "geo/plausible.h"

#include <cmath>

#include "geo/number_format.h"

namespace geo {

std::optional<Implausibility> declaredAreaProblem(double ha) {
    if (!std::isfinite(ha)) return Implausibility{"not_finite", "is not a finite number"};
    if (ha < 0) return Implausibility{"negative", "is negative"};
    if (ha > kMaxDeclaredHa)
        return Implausibility{"beyond_land_area",
                              "is larger than Vietnam's land area (" + formatGroupedNumber(kMaxDeclaredHa, 0) + " ha)"};
    return std::nullopt;
}

std::optional<Implausibility> membersProblem(std::int64_t members) {
    if (members < 0) return Implausibility{"negative", "is negative"};
    if (members > kMaxMembers)
        return Implausibility{"beyond_population", "is more than Vietnam's population (about " +
                                                       formatGroupedNumber(static_cast<double>(kMaxMembers), 0) + ")"};
    return std::nullopt;
}

std::optional<Implausibility> investmentProblem(std::int64_t vnd) {
    if (vnd < 0) return Implausibility{"negative", "is negative"};
    if (vnd > kMaxInvestmentVnd)
        return Implausibility{"beyond_gdp", "is more than Vietnam's yearly GDP (about " +
                                                formatNumber(static_cast<double>(kMaxInvestmentVnd), 0) + " VND)"};
    return std::nullopt;
}

std::optional<std::int64_t> readMembers(const Value& cell, std::optional<Implausibility>& problem) {
    problem.reset();
    if (std::holds_alternative<std::monostate>(cell)) return 0;
    if (const auto* s = std::get_if<std::string>(&cell); s && s->find_first_not_of(" \t") == std::string::npos) return 0;
    std::optional<std::int64_t> n = toInteger(cell);
    if (!n) {
        problem = Implausibility{"not_whole", "is not a whole number"};
        return std::nullopt;
    }
    if ((problem = membersProblem(*n))) return std::nullopt;
    return n;
}

std::string implausibleNumberNote(const ImplausibleNumber& n) {
    return n.layerId + " FID " + std::to_string(n.fid) + (n.code.empty() ? "" : " (" + n.code + ")") + ": " + n.field +
           " = " + n.value + (n.unit.empty() ? "" : " " + n.unit) + " " + n.reason.text + ": counted in no sum";
}

}  // namespace geo
