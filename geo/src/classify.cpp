#include "geo/classify.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <stdexcept>
#include <utility>

namespace geo {

const char* toString(ClassMethod method) {
    switch (method) {
        case ClassMethod::EqualInterval: return "equal_interval";
        case ClassMethod::Quantile: return "quantile";
        case ClassMethod::NaturalBreaks: return "natural_breaks";
    }
    return "quantile";
}

bool parseClassMethod(const std::string& text, ClassMethod& method) {
    for (ClassMethod m : {ClassMethod::EqualInterval, ClassMethod::Quantile, ClassMethod::NaturalBreaks})
        if (text == toString(m)) {
            method = m;
            return true;
        }
    return false;
}

namespace {

std::vector<double> sortedFinite(const std::vector<double>& values) {
    std::vector<double> v;
    v.reserve(values.size());
    for (double x : values)
        if (std::isfinite(x)) v.push_back(x);
    std::sort(v.begin(), v.end());
    return v;
}

// Equal neighbours would be empty classes: keep each upper bound once. The
// first upper bound may equal the smallest value (a class of that value alone).
std::vector<double> dedupe(std::vector<double> breaks) {
    std::vector<double> out;
    for (double b : breaks)
        if (out.size() < 2 || b > out.back()) out.push_back(b);
    if (out.size() == 1) out.push_back(out.front());  // one level: one class [v, v]
    return out;
}

}  // namespace

std::vector<double> equalIntervalBreaks(const std::vector<double>& values, int classes) {
    std::vector<double> v = sortedFinite(values);
    if (v.empty() || classes < 1) return {};
    const double lo = v.front(), hi = v.back();
    if (lo == hi) return {lo, hi};
    std::vector<double> breaks{lo};
    for (int j = 1; j < classes; ++j) breaks.push_back(lo + (hi - lo) * j / classes);
    breaks.push_back(hi);  // exact, not lo + (hi-lo)·k/k, so the largest value is in the last class
    return dedupe(std::move(breaks));
}

std::vector<double> quantileBreaks(const std::vector<double>& values, int classes) {
    std::vector<double> v = sortedFinite(values);
    if (v.empty() || classes < 1) return {};
    const std::size_t n = v.size();
    std::vector<double> breaks{v.front()};
    for (int j = 1; j <= classes; ++j) {
        // ceil(j·n/classes), in integers.
        std::size_t rank = (static_cast<std::size_t>(j) * n + static_cast<std::size_t>(classes) - 1) /
                           static_cast<std::size_t>(classes);
        breaks.push_back(v[std::max<std::size_t>(rank, 1) - 1]);
    }
    return dedupe(std::move(breaks));
}

std::vector<double> naturalBreaks(const std::vector<double>& values, int classes) {
    std::vector<double> sorted = sortedFinite(values);
    if (sorted.empty() || classes < 1) return {};
    // Distinct values with their counts: an optimal partition never splits
    // equal values (each value is nearest to one class mean), and fewer
    // points make the search faster.
    std::vector<double> x;
    std::vector<double> w;
    for (double s : sorted) {
        if (!x.empty() && x.back() == s)
            w.back() += 1;
        else {
            x.push_back(s);
            w.push_back(1);
        }
    }
    const std::size_t m = x.size();
    const std::size_t k = std::min<std::size_t>(static_cast<std::size_t>(classes), m);
    if (k <= 1) return dedupe({x.front(), x.back()});

    // Prefix sums of weight, weighted value and weighted square, with the
    // values centred on their mean so the squares do not cancel catastrophically.
    double mean = 0, total = 0;
    for (std::size_t i = 0; i < m; ++i) {
        mean += w[i] * x[i];
        total += w[i];
    }
    mean /= total;
    std::vector<double> s0(m + 1, 0), s1(m + 1, 0), s2(m + 1, 0);
    for (std::size_t i = 0; i < m; ++i) {
        double y = x[i] - mean;
        s0[i + 1] = s0[i] + w[i];
        s1[i + 1] = s1[i] + w[i] * y;
        s2[i + 1] = s2[i] + w[i] * y * y;
    }
    // Sum of squared deviations of the distinct points [i, j) about their mean.
    auto cost = [&](std::size_t i, std::size_t j) {
        double n = s0[j] - s0[i], s = s1[j] - s1[i];
        return std::max(0.0, s2[j] - s2[i] - s * s / n);
    };
    // previous[j] = least cost of the first j points in c-1 classes; split[c][j]
    // = where the last of c classes starts in that optimum.
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> previous(m + 1, inf), current(m + 1, inf);
    for (std::size_t j = 1; j <= m; ++j) previous[j] = cost(0, j);
    std::vector<std::vector<std::uint32_t>> split(k + 1, std::vector<std::uint32_t>(m + 1, 0));
    for (std::size_t c = 2; c <= k; ++c) {
        std::fill(current.begin(), current.end(), inf);
        // current[j] for j in [jlo, jhi], knowing its best start lies in [ilo, ihi].
        auto solve = [&](auto&& self, std::size_t jlo, std::size_t jhi, std::size_t ilo, std::size_t ihi) -> void {
            if (jlo > jhi) return;
            std::size_t j = jlo + (jhi - jlo) / 2;
            std::size_t best = std::max(ilo, c - 1);
            double bestCost = inf;
            for (std::size_t i = std::max(ilo, c - 1); i <= std::min(ihi, j - 1); ++i) {
                double total = previous[i] + cost(i, j);
                if (total < bestCost) {
                    bestCost = total;
                    best = i;
                }
            }
            current[j] = bestCost;
            split[c][j] = static_cast<std::uint32_t>(best);
            if (j > jlo) self(self, jlo, j - 1, ilo, best);
            self(self, j + 1, jhi, best, ihi);
        };
        solve(solve, c, m, c - 1, m - 1);
        std::swap(previous, current);
    }
    // Walk the splits back from the last class: class c holds points [start, end).
    std::vector<double> breaks(k + 1);
    breaks[0] = x.front();
    std::size_t end = m;
    for (std::size_t c = k; c >= 2; --c) {
        breaks[c] = x[end - 1];
        end = split[c][end];
    }
    breaks[1] = x[end - 1];
    return breaks;
}

std::vector<double> classBreaks(const std::vector<double>& values, int classes, ClassMethod method) {
    switch (method) {
        case ClassMethod::EqualInterval: return equalIntervalBreaks(values, classes);
        case ClassMethod::Quantile: return quantileBreaks(values, classes);
        case ClassMethod::NaturalBreaks: return naturalBreaks(values, classes);
    }
    return {};
}

int classIndex(double value, const std::vector<double>& breaks) {
    if (!std::isfinite(value) || breaks.size() < 2) return -1;
    // First upper bound ≥ value; beyond the last one is the last class.
    auto it = std::lower_bound(breaks.begin() + 1, breaks.end(), value);
    int classes = static_cast<int>(breaks.size()) - 1;
    if (it == breaks.end()) return classes - 1;
    return static_cast<int>(it - (breaks.begin() + 1));
}

double sumOfSquaredDeviations(const std::vector<double>& values, const std::vector<double>& breaks) {
    if (breaks.size() < 2) return 0;
    std::vector<std::vector<double>> members(breaks.size() - 1);
    for (double v : values)
        if (int c = classIndex(v, breaks); c >= 0) members[static_cast<std::size_t>(c)].push_back(v);
    double total = 0;
    for (const auto& group : members) {
        if (group.empty()) continue;
        double mean = 0;
        for (double v : group) mean += v;
        mean /= static_cast<double>(group.size());
        for (double v : group) total += (v - mean) * (v - mean);
    }
    return total;
}

Categories categorise(const std::vector<std::string>& values, std::size_t maxCategories) {
    std::map<std::string, std::size_t> counts;
    for (const auto& v : values)
        if (!v.empty()) ++counts[v];
    std::vector<std::pair<std::string, std::size_t>> order(counts.begin(), counts.end());
    // Most frequent first; equal counts in byte order (the map's), so the result is reproducible.
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    Categories out;
    std::map<std::string, int> index;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i < maxCategories) {
            index[order[i].first] = static_cast<int>(i);
            out.values.push_back(order[i].first);
            out.counts.push_back(order[i].second);
        } else {
            out.otherCount += order[i].second;
        }
    }
    const int other = static_cast<int>(out.values.size());
    out.featureClass.reserve(values.size());
    for (const auto& v : values) {
        if (v.empty()) {
            out.featureClass.push_back(-1);
            continue;
        }
        auto it = index.find(v);
        out.featureClass.push_back(it == index.end() ? other : it->second);
    }
    return out;
}

}  // namespace geo
