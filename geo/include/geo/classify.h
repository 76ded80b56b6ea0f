#pragma once
// Class breaks for a map's graduated and categorised styles. Plain numbers,
// no Qt: the app colours the classes, these decide them.
//
// Breaks are classes+1 ascending values: breaks[0] is the smallest value,
// breaks.back() the largest, and class j holds the values v with
// breaks[j] < v <= breaks[j+1] (class 0 also holds breaks[0]). Non-finite
// values (a field without a value) belong to no class. A method returns
// fewer classes when the values have fewer distinct levels than asked for.
#include <cstddef>
#include <string>
#include <vector>

namespace geo {

enum class ClassMethod { EqualInterval, Quantile, NaturalBreaks };
const char* toString(ClassMethod method);  // "equal_interval", "quantile", "natural_breaks"
bool parseClassMethod(const std::string& text, ClassMethod& method);

// Classes of equal width between the smallest and largest value.
std::vector<double> equalIntervalBreaks(const std::vector<double>& values, int classes);
// Classes of (as nearly as ties allow) equal counts: class j ends at the value
// of rank ceil((j+1)·n/classes) in ascending order.
std::vector<double> quantileBreaks(const std::vector<double>& values, int classes);
// Jenks natural breaks, computed exactly: the partition of the sorted values
// into contiguous classes with the least total sum of squared deviations from
// the class means (Fisher 1958). Dynamic programming whose inner minimum is
// found by divide and conquer, valid because the optimal split points are
// monotone (Grønlund et al. 2017, "Fast exact k-means ... in 1D"):
// O(classes · n log n), exact, so a million values take well under a second.
std::vector<double> naturalBreaks(const std::vector<double>& values, int classes);
std::vector<double> classBreaks(const std::vector<double>& values, int classes, ClassMethod method);

// The class of value for breaks as above; -1 for a non-finite value or no breaks.
int classIndex(double value, const std::vector<double>& breaks);

// Total sum of squared deviations of the values from their class means for
// these breaks (what natural breaks minimise).
double sumOfSquaredDeviations(const std::vector<double>& values, const std::vector<double>& breaks);

// Categories of a text field: distinct values, most frequent first (ties in
// byte order). Beyond maxCategories the rarest values share one "other"
// class (index == values.size()). An empty value belongs to no class (-1).
struct Categories {
    std::vector<std::string> values;
    std::vector<std::size_t> counts;   // parallel to values
    std::size_t otherCount = 0;        // features in the "other" class
    std::vector<int> featureClass;     // per input value
};
Categories categorise(const std::vector<std::string>& values, std::size_t maxCategories);

}  // namespace geo
