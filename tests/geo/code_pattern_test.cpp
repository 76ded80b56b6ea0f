// Code patterns are matched in linear time (RE2): the patterns that make a
// backtracking engine (std::regex) take exponential time are accepted and
// answer at once, and what RE2 cannot do is refused by name. Issue 16: the
// pattern "\c[*+++++++" got past the old guard and froze validate.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>

#include "geo/code_pattern.h"
#include "geo/crs.h"
#include "geo/error.h"
#include "geo/quality.h"

namespace {

const std::string kProjects = std::string(VT_SOURCE_DIR) + "/tests/fixtures/bad/projects/files/";

std::string patternOf(const std::string& projectFile) {
    std::ifstream in(kProjects + projectFile);
    return nlohmann::json::parse(in).at("code_pattern").get<std::string>();
}

// Classic catastrophic-backtracking pairs: each code almost matches, so a
// backtracking engine tries every way of splitting it (2^n for n letters).
TEST(CodePattern, PatternsThatHangBacktrackingEnginesAnswerAtOnce) {
    const std::string almost = std::string(200000, 'a') + "!";
    for (const char* file : {"redos_nested.vtproj", "redos_alternation.vtproj", "redos_optional_run.vtproj"}) {
        geo::CodePatternMatcher m(patternOf(file));
        EXPECT_FALSE(m.matches(almost)) << file;
        EXPECT_TRUE(m.matches(std::string(30, 'a'))) << file;  // 30 × 'a' matches all three
    }
    geo::CodePatternMatcher bounded(patternOf("redos_bounded_alternation.vtproj"));
    EXPECT_TRUE(bounded.matches("HTXTXHTX"));
    EXPECT_FALSE(bounded.matches(std::string(5000, 'T') + "!"));
}

TEST(CodePattern, WhatALinearEngineCannotDoIsRefusedByName) {
    EXPECT_EQ(geo::codePatternProblem("\\c[*+++++++"), "invalid escape sequence: \\c");
    EXPECT_EQ(geo::codePatternProblem("^(a+)\\1$"), "invalid escape sequence: \\1");
    EXPECT_EQ(geo::codePatternProblem("^(?=VN)"), "invalid perl operator: (?=");
    EXPECT_NE(geo::codePatternProblem(std::string(2000, 'a')), "");
    EXPECT_EQ(geo::codePatternProblem("^VN-[A-Z]{4}-[0-9]{4,6}$"), "");
    try {
        nlohmann::json j = {{"code_pattern", "\\c[*+++++++"}, {"layers", nlohmann::json::array()}};
        geo::parseProject(j.dump(), "/tmp/p.vtproj");
        ADD_FAILURE() << "expected a ProjectError";
    } catch (const geo::ProjectError& e) {
        EXPECT_NE(std::string(e.what()).find("/tmp/p.vtproj: code_pattern: not a usable pattern: invalid escape sequence"),
                  std::string::npos)
            << e.what();
    }
}

TEST(CodePattern, MatchesTheWholeCodeAsStdRegexMatchDid) {
    geo::CodePatternMatcher m("VN-[A-Z]{4}-[0-9]{4}");  // unanchored in the text: the whole code must match
    EXPECT_TRUE(m.matches("VN-STOR-0001"));
    EXPECT_FALSE(m.matches("xVN-STOR-0001"));
    EXPECT_FALSE(m.matches("VN-STOR-00012"));
    EXPECT_TRUE(geo::CodePatternMatcher("^Vùng-[0-9]+$").matches("Vùng-12"));  // UTF-8 letters
}

// The whole data-quality check with such a pattern and a planting area whose
// code almost matches it (250 letters: 2^250 ways for std::regex).
TEST(CodePattern, ValidateWithABacktrackingPatternFinishesAndReportsTheMismatch) {
    geo::Workspace ws;
    ws.project.filePath = "/fixture/p.vtproj";
    ws.project.codePattern = "^(a+)+$";
    geo::Layer plots;
    plots.sourcePath = "/fixture/plots";
    plots.name = "plots";
    plots.fields = {{"ma", geo::FieldType::String}};
    plots.crs = geo::wgs84();
    for (const std::string& code : {std::string(250, 'a') + "!", std::string(40, 'a')}) {
        geo::Feature f;
        f.fid = static_cast<std::int64_t>(plots.features.size());
        f.attributes = {code};
        f.geometry = geo::Geometry::polygon({{{{105.9, 9.6}, {105.901, 9.6}, {105.901, 9.601}, {105.9, 9.601}, {105.9, 9.6}}}});
        plots.features.push_back(std::move(f));
    }
    geo::LayerSpec spec;
    spec.id = "plots";
    spec.role = geo::LayerRole::PlantingAreas;
    spec.fields = {{"code", "ma"}};
    geo::addLayer(ws, geo::prepareLayer(spec, plots));
    geo::Links links = geo::linkWorkspace(ws);
    geo::Statistics stats = geo::computeStatistics(ws, links);
    geo::QualityReport report = geo::checkQuality(ws, links, stats);
    int mismatches = 0;
    for (const auto& f : report.findings)
        if (f.kind == geo::finding::CodePattern) {
            ++mismatches;
            EXPECT_EQ(f.fid, 0);
        }
    EXPECT_EQ(mismatches, 1);
}

}  // namespace
