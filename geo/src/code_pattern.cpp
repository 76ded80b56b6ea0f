#include "geo/code_pattern.h"

#include <re2/re2.h>

#include "geo/error.h"

namespace geo {
namespace {

// A code pattern is a short expression; its compiled program is bounded
// so that a huge repetition count ("a{1000}{1000}") is refused, not built.
constexpr std::size_t kMaxPatternBytes = 1024;
constexpr int64_t kMaxProgramMemory = 1 << 20;

std::unique_ptr<re2::RE2> compile(const std::string& pattern, std::string& problem) {
    if (pattern.size() > kMaxPatternBytes) {
        problem = "longer than " + std::to_string(kMaxPatternBytes) + " bytes";
        return nullptr;
    }
    re2::RE2::Options options;
    options.set_encoding(re2::RE2::Options::EncodingUTF8);
    options.set_log_errors(false);
    options.set_max_mem(kMaxProgramMemory);
    auto re = std::make_unique<re2::RE2>(pattern, options);
    if (!re->ok()) {
        problem = re->error();
        return nullptr;
    }
    return re;
}

}  // namespace

CodePatternMatcher::CodePatternMatcher(const std::string& pattern) : pattern_(pattern) {
    std::string problem;
    re_ = compile(pattern, problem);
    if (!re_) throw ProjectError("code pattern '" + pattern.substr(0, 80) + "' cannot be used: " + problem);
}

CodePatternMatcher::~CodePatternMatcher() = default;
CodePatternMatcher::CodePatternMatcher(CodePatternMatcher&&) noexcept = default;
CodePatternMatcher& CodePatternMatcher::operator=(CodePatternMatcher&&) noexcept = default;

bool CodePatternMatcher::matches(std::string_view code) const { return re2::RE2::FullMatch(code, *re_); }

std::string codePatternProblem(const std::string& pattern) {
    std::string problem;
    compile(pattern, problem);
    return problem;
}

}  // namespace geo
