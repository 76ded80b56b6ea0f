// Fuzzes key normalisation (geo::normaliseKey) and matching codes against a
// project's code pattern with geo::CodePatternMatcher (RE2), as geo/src/quality.cpp does. The
// input is "pattern\ncode"; without a newline, the whole input is a code
// matched against the default pattern.
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "fuzz_util.h"
#include "geo/code_pattern.h"
#include "geo/error.h"
#include "geo/link.h"
#include "geo/project.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string input(reinterpret_cast<const char*>(data), size);
    std::string key = geo::normaliseKey(input);
    if (!vt_fuzz::isValidUtf8(key)) vt_fuzz::fail("normaliseKey returned invalid UTF-8");
    if (!key.empty() && (key.front() == ' ' || key.back() == ' ' || key.back() == '\t' || key.back() == '\n'))
        vt_fuzz::fail("normaliseKey left white space at an end");

    static const geo::CodePatternMatcher defaultPattern(geo::Project{}.codePattern);
    std::size_t nl = input.find('\n');
    if (nl == std::string::npos) {
        (void)defaultPattern.matches(input);
        return 0;
    }
    std::string pattern = input.substr(0, nl), code = input.substr(nl + 1);
    // Only patterns parseProject accepts reach quality.cpp's matcher.
    geo::Project project;
    try {
        nlohmann::json j = {{"code_pattern", pattern}, {"layers", nlohmann::json::array()}};
        project = geo::parseProject(j.dump(), "/tmp/vt-fuzz-keys/p.vtproj");
    } catch (const nlohmann::json::exception&) {
        return 0;  // pattern is not UTF-8: JSON cannot hold it
    } catch (const geo::Error&) {
        return 0;
    }
    geo::CodePatternMatcher re(project.codePattern);
    (void)re.matches(code);
    return 0;
}
