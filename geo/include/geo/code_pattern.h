#pragma once
// The project's planting-area code pattern (e.g. "^VN-[A-Z]{4}-[0-9]{4,6}$"),
// matched with RE2: its automata take time linear in the code's length
// whatever the pattern, so no project file can make validation hang (a
// backtracking engine such as std::regex takes exponential time on
// patterns like "(a+)+$").
#include <memory>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace geo {

class CodePatternMatcher {
public:
    // Throws ProjectError with RE2's reason when the pattern is not valid
    // (or uses what a linear-time engine cannot do: backreferences, lookaround).
    explicit CodePatternMatcher(const std::string& pattern);
    ~CodePatternMatcher();
    CodePatternMatcher(CodePatternMatcher&&) noexcept;
    CodePatternMatcher& operator=(CodePatternMatcher&&) noexcept;

    // True when the whole code matches (as if the pattern were anchored).
    bool matches(std::string_view code) const;
    const std::string& pattern() const { return pattern_; }

private:
    std::string pattern_;
    std::unique_ptr<re2::RE2> re_;
};

// Why pattern cannot be used as a code pattern, or "" when it can.
std::string codePatternProblem(const std::string& pattern);

}  // namespace geo
