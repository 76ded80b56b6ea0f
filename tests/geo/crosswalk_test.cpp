// The crosswalk is read when the project loads (issue 15): a missing file, a
// line without codes and an old code given twice are load issues with their
// kind, naming the file and the line; statistics use the table read then.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "geo/crosswalk.h"
#include "geo/project.h"
#include "geo/quality.h"
#include "geo/workspace.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using vt_test::TempDir;
using Kind = geo::LoadIssue::Kind;

const fs::path kGood = fs::path(VT_SOURCE_DIR) / "tests/fixtures/bad/good";

// A project folder with one planting layer (the good fixture) and, when csv
// is given, data/cw.csv holding it.
struct Folder {
    TempDir dir;
    std::string project;
    explicit Folder(const std::string* csv, const std::string& crosswalkPath = "data/cw.csv") {
        fs::create_directories(dir.path() / "data");
        for (const auto& e : fs::directory_iterator(kGood)) fs::copy_file(e.path(), dir.path() / "data" / e.path().filename());
        if (csv) vt_test::writeText(dir.path() / "data/cw.csv", *csv);
        project = vt_test::writeText(dir.path() / "p.vtproj",
                                     R"({"name": "cw", "layers": [{"id": "plots", "role": "planting_areas",
                                         "path": "data/plots.shp", "fields": {"code": "ma_vung"}}],
                                         "crosswalk": {"path": ")" + crosswalkPath + R"("}})");
    }
    std::string csvPath() const { return (dir.path() / "data/cw.csv").string(); }
};

std::vector<geo::LoadIssue> crosswalkIssues(const geo::Workspace& ws) {
    std::vector<geo::LoadIssue> out;
    for (const auto& i : ws.issues)
        if (i.layerId.empty()) out.push_back(i);
    return out;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(CsvRecordLines, QuotedLineBreaksAndBlankLinesAsGdalCountsRecords) {
    // Header on 1; a record whose quoted name spans lines 2-3; blank line 4;
    // records on 5 and 7 (CRLF, a blank line between); "" inside quotes.
    const std::string text = "a,b,c\n1,X,\"two\nlines\"\n\n2,Y,\"say \"\"hi\"\"\"\r\n\r\n3,Z,z";
    EXPECT_EQ(geo::csvRecordLines(text), (std::vector<int>{1, 2, 5, 7}));
    EXPECT_EQ(geo::csvRecordLines(""), std::vector<int>{});
    EXPECT_EQ(geo::csvRecordLines("h\n"), std::vector<int>{1});
}

TEST(Crosswalk, ReadAtLoadWithTheLineOfEachRow) {
    const std::string csv = "from_code,to_code,to_name\n1,A,\"Alpha\nnorth\"\n\n2,B,Beta\n";
    Folder f(&csv);
    geo::Workspace ws = geo::loadWorkspace(geo::loadProject(f.project));
    ASSERT_TRUE(ws.crosswalk.has_value());
    EXPECT_TRUE(crosswalkIssues(ws).empty());
    EXPECT_EQ(ws.crosswalk->path, f.csvPath());
    ASSERT_EQ(ws.crosswalk->rows.size(), 2u);
    EXPECT_EQ(ws.crosswalk->rows[0].from, "1");
    EXPECT_EQ(ws.crosswalk->rows[0].toName, "Alpha\nnorth");
    EXPECT_EQ(ws.crosswalk->rows[0].line, 2);
    EXPECT_EQ(ws.crosswalk->rows[1].to, "B");
    EXPECT_EQ(ws.crosswalk->rows[1].line, 5);  // after the two-line record and the blank line
}

TEST(Crosswalk, MissingFileIsALoadIssueNamingIt) {
    Folder f(nullptr);
    geo::Workspace ws = geo::loadWorkspace(geo::loadProject(f.project));
    EXPECT_FALSE(ws.crosswalk.has_value());
    EXPECT_EQ(ws.layers.size(), 1u);  // the layers load all the same
    auto issues = crosswalkIssues(ws);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].kind, Kind::CrosswalkUnread);
    EXPECT_EQ(issues[0].severity, geo::LoadIssue::Severity::Warning);  // Error is for layers that did not load
    EXPECT_TRUE(contains(issues[0].message, "cw.csv")) << issues[0].message;
    // The quality report says it as a load error; statistics by crosswalk refuse, saying why.
    geo::Links links;
    geo::Statistics st;
    geo::QualityReport q = geo::checkQuality(ws, links, st);
    bool said = false;
    for (const auto& finding : q.findings)
        said |= finding.kind == geo::finding::LoadError && finding.message == issues[0].message;
    EXPECT_TRUE(said);
    try {
        geo::aggregateByCrosswalk(st, ws, links);
        ADD_FAILURE() << "aggregated without a crosswalk";
    } catch (const geo::Error& e) {
        EXPECT_EQ(std::string(e.what()), issues[0].message);
    }
}

TEST(Crosswalk, MissingFieldIsALoadIssueNamingTheFile) {
    const std::string csv = "old,to_code,to_name\n1,A,Alpha\n";
    Folder f(&csv);
    geo::Workspace ws = geo::loadWorkspace(geo::loadProject(f.project));
    auto issues = crosswalkIssues(ws);
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].kind, Kind::CrosswalkUnread);
    EXPECT_TRUE(contains(issues[0].message, "cw.csv")) << issues[0].message;
    EXPECT_TRUE(contains(issues[0].message, "from_code")) << issues[0].message;
}

TEST(Crosswalk, LinesWithoutCodesAreIssuesNamingFileAndLine) {
    // Line 3 has no new code, line 4 no old code, line 5 too few cells.
    const std::string csv = "from_code,to_code,to_name\n1,A,Alpha\n2,,Nothing\n,B,Beta\n3\n4,C,Gamma\n";
    Folder f(&csv);
    geo::Workspace ws = geo::loadWorkspace(geo::loadProject(f.project));
    ASSERT_TRUE(ws.crosswalk.has_value());
    ASSERT_EQ(ws.crosswalk->rows.size(), 2u);
    EXPECT_EQ(ws.crosswalk->rows[1].from, "4");
    EXPECT_EQ(ws.crosswalk->rows[1].line, 6);
    auto issues = crosswalkIssues(ws);
    ASSERT_EQ(issues.size(), 3u);
    const std::string at = "crosswalk " + f.csvPath() + ", line ";
    EXPECT_EQ(issues[0].kind, Kind::CrosswalkRow);
    EXPECT_EQ(issues[0].message, at + "3: no new code (to_code) for old code '2'; the line is ignored");
    EXPECT_EQ(issues[1].kind, Kind::CrosswalkRow);
    EXPECT_EQ(issues[1].message, at + "4: no old code (from_code); the line is ignored");
    EXPECT_EQ(issues[2].kind, Kind::CrosswalkRow);
    EXPECT_EQ(issues[2].message, at + "5: no new code (to_code) for old code '3'; the line is ignored");
}

TEST(Crosswalk, DuplicateOldCodeIsAnIssueNamingBothLines) {
    // ' 1' and '1' are the same key (normaliseKey); line 4 repeats line 2,
    // line 5 maps it elsewhere.
    const std::string csv = "from_code,to_code,to_name\n1,A,Alpha\n2,B,Beta\n 1,A,Alpha\n1,C,Gamma\n";
    Folder f(&csv);
    geo::Workspace ws = geo::loadWorkspace(geo::loadProject(f.project));
    ASSERT_TRUE(ws.crosswalk.has_value());
    ASSERT_EQ(ws.crosswalk->rows.size(), 2u);
    EXPECT_EQ(ws.crosswalk->rows[0].to, "A");  // the first line wins
    auto issues = crosswalkIssues(ws);
    ASSERT_EQ(issues.size(), 2u);
    const std::string at = "crosswalk " + f.csvPath() + ", line ";
    EXPECT_EQ(issues[0].kind, Kind::CrosswalkDuplicate);
    EXPECT_EQ(issues[0].message, at + "4: old code ' 1' repeats line 2; the line is ignored");
    EXPECT_EQ(issues[1].kind, Kind::CrosswalkDuplicate);
    EXPECT_EQ(issues[1].message,
              at + "5: old code '1' is mapped to 'A' on line 2 already; this line's 'C' is ignored (the first line wins)");
    // In the quality report as load warnings, in file order.
    geo::QualityReport q = geo::checkQuality(ws, geo::Links{}, geo::Statistics{});
    std::vector<std::string> said;
    for (const auto& finding : q.findings)
        if (finding.kind == geo::finding::LoadWarning && finding.layerId.empty()) said.push_back(finding.message);
    EXPECT_EQ(said, (std::vector<std::string>{issues[0].message, issues[1].message}));
}

TEST(Crosswalk, NoneNamedNoneRead) {
    Folder f(nullptr);
    geo::Project p = geo::loadProject(f.project);
    p.crosswalk.reset();
    geo::Workspace ws = geo::loadWorkspace(p);
    EXPECT_FALSE(ws.crosswalk.has_value());
    EXPECT_TRUE(crosswalkIssues(ws).empty());
}

}  // namespace
