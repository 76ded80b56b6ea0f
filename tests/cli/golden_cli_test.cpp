// Golden files: every text the command line prints or writes for the demo
// project, compared byte for byte with tests/cli/golden/. A change of output
// is then a diff to review, never a surprise.
//
// Regenerate (only when an output is meant to change), then review:
//   VT_UPDATE_GOLDEN=1 ctest --test-dir build -R golden
//   git diff tests/cli/golden
//
// Paths are made stable: the source folder is written @VT_SOURCE_DIR@ and the
// test's own output folder @OUT@. A case that writes files (export) keeps its
// stdout and then each file after a "==> NAME <==" line (as `tail` heads).
#include <gtest/gtest.h>

#include <stdlib.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>
#include <string>
#include <vector>

#include "cli_run.h"

namespace {

namespace fs = std::filesystem;

struct GoldenCase {
    std::string name;                // the golden file: tests/cli/golden/<name>
    std::string args;                // @DEMO@ = the demo project, @SRC@ = the source folder, @OUT@ = a temp folder
    int status;                      // expected exit status
    std::vector<std::string> files;  // files the command writes into @OUT@, appended to the golden text
};

// The demo's outputs. validate exits 3: the demo has error findings on purpose
// (data/demo's generator plants them for the quality report).
const std::vector<GoldenCase>& cases() {
    static const std::vector<GoldenCase> all = {
        {"stats_demo.txt", "stats @DEMO@", 0, {}},
        {"stats_demo.csv", "stats @DEMO@ --format csv", 0, {}},
        {"stats_demo.json", "stats @DEMO@ --format json", 0, {}},
        {"stats_demo_excel.csv", "stats @DEMO@ --format csv --excel --decimal ,", 0, {}},
        {"stats_demo_by_province.txt", "stats @DEMO@ --by province", 0, {}},
        {"stats_demo_by_province.csv", "stats @DEMO@ --by province --format csv", 0, {}},
        {"stats_demo_by_province.json", "stats @DEMO@ --by province --format json", 0, {}},
        {"validate_demo.txt", "validate @DEMO@ --fail-on never", 0, {}},
        {"validate_demo.csv", "validate @DEMO@ --fail-on never --format csv", 0, {}},
        {"validate_demo.json", "validate @DEMO@ --fail-on never --format json", 0, {}},
        {"validate_demo_excel.csv", "validate @DEMO@ --fail-on never --format csv --excel --decimal ,", 0, {}},
        {"info_demo.txt", "info @DEMO@", 0, {}},
        {"info_districts.txt", "info @SRC@/data/demo/huyen.shp", 0, {}},
        {"area_districts.txt", "area @SRC@/data/demo/huyen.shp", 0, {}},
        {"area_districts.csv", "area @SRC@/data/demo/huyen.shp --format csv", 0, {}},
        {"area_districts.json", "area @SRC@/data/demo/huyen.shp --format json", 0, {}},
        {"find_thanh_tri.txt", "find @DEMO@ 'thanh tri'", 0, {}},
        {"find_thanh_tri.csv", "find @DEMO@ 'thanh tri' --format csv", 0, {}},
        {"find_thanh_tri.json", "find @DEMO@ 'thanh tri' --format json", 0, {}},
        {"export_planting_areas_geojson.txt",
         "export @DEMO@ --layer planting_areas --linked --format geojson --out @OUT@/p.geojson", 0, {"p.geojson"}},
        {"export_planting_areas_geojsonseq.txt",
         "export @DEMO@ --layer planting_areas --format geojsonseq --out @OUT@/p.geojsonl", 0, {"p.geojsonl"}},
        {"export_planting_areas_csv.txt",
         "export @DEMO@ --layer planting_areas --linked --wkt --format csv --out @OUT@/p.csv", 0, {"p.csv", "p.csvt"}},
        {"export_cooperatives_csv_excel.txt",
         "export @DEMO@ --layer cooperatives --linked --format csv --excel --decimal , --out @OUT@/c.csv", 0,
         {"c.csv", "c.csvt"}},
        {"export_zones_table_csv.txt", "export @DEMO@ --table zones --format csv --out @OUT@/z.csv", 0,
         {"z.csv", "z.csvt"}},
        {"export_cooperatives_table_csv.txt", "export @DEMO@ --table cooperatives --format csv --out @OUT@/c.csv", 0,
         {"c.csv", "c.csvt"}},
        {"export_plantings_table_csv.txt", "export @DEMO@ --table plantings --format csv --out @OUT@/p.csv", 0,
         {"p.csv", "p.csvt"}},
    };
    return all;
}

// gtest prints a failing case by its name, not its bytes.
void PrintTo(const GoldenCase& c, std::ostream* os) { *os << c.name; }

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
    if (from.empty()) return s;
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

// "line N: expected … / got …" for the first line that differs: a golden
// file may be a megabyte of GeoJSON, too much to print whole.
std::string firstDifference(const std::string& expected, const std::string& got) {
    std::size_t line = 1, at = 0;
    while (at < expected.size() && at < got.size() && expected[at] == got[at]) line += expected[at++] == '\n';
    auto lineAround = [at](const std::string& s) {
        std::size_t from = s.rfind('\n', at == 0 ? 0 : at - 1);
        from = from == std::string::npos ? 0 : from + 1;
        std::size_t to = s.find('\n', at);
        std::string l = s.substr(from, to == std::string::npos ? std::string::npos : to - from);
        return l.size() > 300 ? l.substr(0, 300) + "…" : l;
    };
    return "line " + std::to_string(line) + ":\n  golden: " + lineAround(expected) + "\n  output: " + lineAround(got);
}

// A table whose cells hold a path of the checkout is as wide as that path:
// its padding and rules depend on where the sources are. Such tables are
// compared with every run of padding as two spaces and every rule as "---".
std::string withoutColumnWidths(const std::string& s) {
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        char c = s[i];
        std::size_t run = 1;
        while (i + run < s.size() && s[i + run] == c) ++run;
        if (c == ' ' && run >= 2) out += "  ";
        else if (c == '-' && run >= 3) out += "---";
        else out.append(run, c);
        i += run;
    }
    std::string trimmed;  // padding before a line's end
    for (std::size_t at = 0; at < out.size();) {
        std::size_t end = out.find('\n', at);
        std::string line = out.substr(at, end == std::string::npos ? std::string::npos : end - at);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        trimmed += line;
        if (end == std::string::npos) break;
        trimmed += '\n';
        at = end + 1;
    }
    return trimmed;
}

// A hand-made table of layers and their files, padded as the CLI pads: each
// column as wide as its widest cell, two spaces between columns, a rule of
// '-' under each header. Where the checkout lies (folder) sets the widths.
std::string layerTable(const std::string& folder, const std::string& area) {
    const std::vector<std::vector<std::string>> rows = {
        {"layer", "file", "area_ha"},
        {"zones", folder + "/data/demo/xa.geojson", area},
        {"planting_areas", folder + "/data/demo/vung-trong.gpkg", "-1.50"},
    };
    std::vector<std::size_t> width(3, 0);
    for (const auto& row : rows)
        for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], row[c].size());
    auto line = [&](const std::vector<std::string>& row) {
        std::string l;
        for (std::size_t c = 0; c < row.size(); ++c)
            l += row[c] + std::string(width[c] - row[c].size() + (c + 1 < row.size() ? 2 : 0), ' ');
        return l + "\n";
    };
    std::string out = line(rows[0]);
    out += line({std::string(width[0], '-'), std::string(width[1], '-'), std::string(width[2], '-')});
    for (std::size_t r = 1; r < rows.size(); ++r) out += line(rows[r]);
    return out;
}

// The golden comparison of path-wide tables (withoutColumnWidths) forgives
// only the widths: the same table from checkouts at paths of other lengths
// compares equal once the path is written @VT_SOURCE_DIR@, while a changed
// cell, a dropped minus sign or a space inside a cell still shows.
TEST(GoldenColumnWidths, OnlyPaddingAndRuleLengthsAreForgiven) {
    const std::string shortPath = "/w/src", longPath = "/home/someone/projects/a-much-longer-checkout/src";
    const std::string golden = replaceAll(layerTable(shortPath, "63.79"), shortPath, "@VT_SOURCE_DIR@");
    const std::string sameElsewhere = replaceAll(layerTable(longPath, "63.79"), longPath, "@VT_SOURCE_DIR@");
    ASSERT_NE(golden, sameElsewhere);  // the widths differ: the byte comparison alone would fail
    EXPECT_EQ(withoutColumnWidths(golden), withoutColumnWidths(sameElsewhere));
    // Trailing padding of the last column is gone, rules are "---".
    EXPECT_EQ(withoutColumnWidths("a    b   \nc  d\n-----  ---\n"), "a  b\nc  d\n---  ---\n");

    const std::string otherArea = replaceAll(layerTable(longPath, "63.78"), longPath, "@VT_SOURCE_DIR@");
    EXPECT_NE(withoutColumnWidths(golden), withoutColumnWidths(otherArea));
    // A minus sign is one '-', not a rule; "--" is not a rule either.
    EXPECT_NE(withoutColumnWidths("x  -1.50\n"), withoutColumnWidths("x  1.50\n"));
    EXPECT_NE(withoutColumnWidths("x  --\n"), withoutColumnWidths("x  ---\n"));
    // One space inside a cell is text: "Thạnh Trị" is not "ThạnhTrị", nor a column break.
    EXPECT_NE(withoutColumnWidths("Thạnh Trị  949\n"), withoutColumnWidths("ThạnhTrị  949\n"));
    EXPECT_NE(withoutColumnWidths("Thạnh Trị  949\n"), withoutColumnWidths("Thạnh  Trị  949\n"));
    // Line breaks stay: two rows are not one.
    EXPECT_NE(withoutColumnWidths("a  b\nc  d\n"), withoutColumnWidths("a  b  c  d\n"));
}

class GoldenOutput : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(GoldenOutput, MatchesGoldenFile) {
    const GoldenCase& c = GetParam();
    std::string out = (fs::temp_directory_path() / "vt-golden-XXXXXX").string();
    ASSERT_NE(::mkdtemp(out.data()), nullptr);
    const std::string source = VT_SOURCE_DIR;
    std::string args = replaceAll(c.args, "@DEMO@", "'" + source + "/data/demo/soc-trang.vtproj'");
    args = replaceAll(args, "@SRC@", "'" + source + "'");
    args = replaceAll(args, "@OUT@", "'" + out + "'");
    const auto r = vt_test::runCli(args);
    std::string text = r.out;
    for (const auto& file : c.files) {
        ASSERT_TRUE(fs::exists(fs::path(out) / file)) << c.args << ": wrote no " << file << "\n" << r.err;
        text += "==> " + file + " <==\n" + readFile(fs::path(out) / file);
    }
    fs::remove_all(out);
    ASSERT_EQ(r.status, c.status) << c.args << "\n" << r.err;
    const bool widthsFollowThePath = c.name.ends_with(".txt") && r.out.find(source) != std::string::npos;
    // The temp folder first: it may lie inside the source folder.
    text = replaceAll(replaceAll(text, out, "@OUT@"), source, "@VT_SOURCE_DIR@");

    const fs::path golden = fs::path(source) / "tests/cli/golden" / c.name;
    const char* update = std::getenv("VT_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::ofstream(golden, std::ios::binary) << text;
        ASSERT_EQ(readFile(golden), text) << "cannot write " << golden;
        return;
    }
    ASSERT_TRUE(fs::exists(golden)) << golden << " is missing: VT_UPDATE_GOLDEN=1 ctest --test-dir build -R golden";
    std::string expected = readFile(golden);
    if (widthsFollowThePath) {
        expected = withoutColumnWidths(expected);
        text = withoutColumnWidths(text);
    }
    EXPECT_TRUE(text == expected) << firstDifference(expected, text) << "\n`vungtrong-cli " << c.args << "` differs from " << golden
                                      << "; if the change is meant: VT_UPDATE_GOLDEN=1 ctest --test-dir build -R "
                                         "golden, then review git diff tests/cli/golden";
}

std::string caseName(const ::testing::TestParamInfo<GoldenCase>& info) {
    std::string name = info.param.name;
    for (auto& ch : name)
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
    return name;
}

INSTANTIATE_TEST_SUITE_P(golden, GoldenOutput, ::testing::ValuesIn(cases()), caseName);

}  // namespace
