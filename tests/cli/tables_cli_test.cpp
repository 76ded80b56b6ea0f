// Tables people open in Excel, from the command line (issue 15): stats and
// validate take --excel like export, and an XLSX's header row is in --lang.
#include <gtest/gtest.h>

#include <gdal.h>
#include <ogr_api.h>
#include <stdlib.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli_run.h"

namespace {

const std::string kDemo = "'" + std::string(VT_SOURCE_DIR) + "/data/demo/soc-trang.vtproj'";

std::vector<std::string> split(const std::string& s, char separator) {
    std::vector<std::string> out;
    std::string item;
    std::istringstream in(s);
    while (std::getline(in, item, separator)) out.push_back(item);
    return out;
}

// stats' CSV in Excel's dialect with a decimal comma is the plain CSV with a
// byte order mark, ';' between fields and ',' in numbers: derived here from
// the plain output field by field (the demo's names hold neither ',' nor '.').
TEST(TablesCli, StatsExcelCsvIsThePlainCsvInExcelsDialect) {
    const auto plain = vt_test::runCli("stats " + kDemo + " --format csv");
    const auto excel = vt_test::runCli("stats " + kDemo + " --format csv --excel --decimal ,");
    ASSERT_EQ(plain.status, 0) << plain.err;
    ASSERT_EQ(excel.status, 0) << excel.err;
    std::string expected = "\xEF\xBB\xBF";
    for (const auto& line : split(plain.out, '\n')) {
        std::vector<std::string> fields = split(line, ',');
        for (std::size_t i = 0; i < fields.size(); ++i) {
            for (auto& c : fields[i])
                if (c == '.') c = ',';
            expected += (i ? ";" : "") + fields[i];
        }
        expected += "\n";
    }
    EXPECT_EQ(excel.out, expected);
    // --decimal . keeps ',' between fields, with the mark.
    const auto dot = vt_test::runCli("stats " + kDemo + " --format csv --excel --decimal .");
    EXPECT_EQ(dot.out, "\xEF\xBB\xBF" + plain.out);
}

TEST(TablesCli, ExcelAndLangOptionsAreCheckedWhereTheyApply) {
    EXPECT_EQ(vt_test::runCli("stats " + kDemo + " --excel").status, 2) << "the table is not CSV";
    EXPECT_EQ(vt_test::runCli("stats " + kDemo + " --format csv --decimal ,").status, 2) << "--decimal needs --excel";
    EXPECT_EQ(vt_test::runCli("validate " + kDemo + " --format json --excel").status, 2);
    EXPECT_EQ(vt_test::runCli("validate " + kDemo + " --lang vi").status, 2) << "--lang is for an .xlsx";
    std::string dir = (std::filesystem::temp_directory_path() / "vt-tables-XXXXXX").string();
    ASSERT_NE(::mkdtemp(dir.data()), nullptr);
    EXPECT_EQ(vt_test::runCli("export " + kDemo + " --table zones --format xlsx --lang fr --out '" + dir + "/z.xlsx'").status,
              2);
    EXPECT_EQ(vt_test::runCli("export " + kDemo + " --table zones --format csv --lang vi --out '" + dir + "/z.csv'").status,
              2);
    std::filesystem::remove_all(dir);
}

// The header row of each workbook the CLI writes, read back by GDAL.
TEST(TablesCli, WorkbookHeadersAreInTheLanguageAsked) {
    std::string dir = (std::filesystem::temp_directory_path() / "vt-tables-XXXXXX").string();
    ASSERT_NE(::mkdtemp(dir.data()), nullptr);
    struct Case {
        std::string command, file, sheet;
        int field;
        std::string header;
    };
    const std::vector<Case> cases = {
        {"export " + kDemo + " --table zones --format xlsx --lang vi --out '" + dir + "/z_vi.xlsx'", "z_vi.xlsx", "zones",
         3, "Diện tích trồng gộp (ha)"},
        {"export " + kDemo + " --table zones --format xlsx --lang en --out '" + dir + "/z_en.xlsx'", "z_en.xlsx", "zones",
         3, "Gross planted (ha)"},
        // A layer's own fields keep their names; its linked vt_* are labelled.
        {"export " + kDemo + " --layer planting_areas --linked --format xlsx --lang vi --out '" + dir + "/p.xlsx'",
         "p.xlsx", "planting_areas", 0, "ma_vung"},
        {"validate " + kDemo + " --fail-on never --lang vi --out '" + dir + "/f.xlsx'", "f.xlsx", "findings", 0,
         "Mức độ"},
    };
    GDALAllRegister();
    for (const auto& c : cases) {
        SCOPED_TRACE(c.command);
        const auto r = vt_test::runCli(c.command);
        ASSERT_EQ(r.status, 0) << r.err;
        const char* options[] = {"HEADERS=FORCE", nullptr};
        GDALDatasetH ds = GDALOpenEx((dir + "/" + c.file).c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options,
                                     nullptr);
        ASSERT_NE(ds, nullptr);
        OGRLayerH layer = GDALDatasetGetLayerByName(ds, c.sheet.c_str());
        ASSERT_NE(layer, nullptr);
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        EXPECT_EQ(std::string(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, c.field))), c.header);
        if (c.file == "p.xlsx") EXPECT_GE(OGR_FD_GetFieldIndex(defn, "Diện tích đo (ha)"), 0) << "vt_measured_ha";
        GDALClose(ds);
    }
    std::filesystem::remove_all(dir);
}

}  // namespace
