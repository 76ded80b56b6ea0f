// XLSX for people (issue 15): the statistics workbook's cells show 2 decimals
// ("#,##0.00") and keep the full value, its header row is in the interface
// language, and GDAL's XLSX reader sees the numbers the CSV holds. The
// workbook is read as what it is, a zip of XML (GDAL's /vsizip/), not through
// the writer.
#include <gtest/gtest.h>

#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <stdlib.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "geo/column_labels.h"
#include "geo/error.h"
#include "geo/export.h"
#include "geo/link.h"
#include "geo/project.h"
#include "geo/statistics_columns.h"
#include "geo/stats.h"
#include "geo/workspace.h"

namespace {

namespace fs = std::filesystem;

const std::string kDemo = std::string(VT_SOURCE_DIR) + "/data/demo/soc-trang.vtproj";

struct TempDir {
    std::string path;
    TempDir() {
        path = (fs::temp_directory_path() / "vt-xlsx-XXXXXX").string();
        if (!::mkdtemp(path.data())) path.clear();
    }
    ~TempDir() {
        std::error_code ec;
        if (!path.empty()) fs::remove_all(path, ec);
    }
    std::string file(const std::string& name) const { return path + "/" + name; }
};

// A part of the workbook (a zip member), read by GDAL's zip reader.
std::string zipMember(const std::string& xlsx, const std::string& member) {
    const std::string path = "/vsizip/" + xlsx + "/" + member;
    VSILFILE* f = VSIFOpenL(path.c_str(), "rb");
    if (!f) return {};
    std::string out;
    char buf[65536];
    std::size_t n;
    while ((n = VSIFReadL(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    VSIFCloseL(f);
    return out;
}

struct DatasetCloser {
    void operator()(void* ds) const { GDALClose(ds); }
};
using Dataset = std::unique_ptr<void, DatasetCloser>;

Dataset openTable(const std::string& path) {
    GDALAllRegister();
    const char* options[] = {"HEADERS=FORCE", nullptr};  // XLSX: the first row names the fields
    const bool xlsx = path.size() > 5 && path.compare(path.size() - 5, 5, ".xlsx") == 0;
    return Dataset(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, xlsx ? options : nullptr, nullptr));
}

// Every row of a layer: field index → value text, and the doubles.
std::vector<std::vector<double>> numbers(OGRLayerH layer, const std::vector<int>& fields) {
    std::vector<std::vector<double>> rows;
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        std::vector<double> row;
        for (int i : fields) row.push_back(OGR_F_GetFieldAsDouble(f, i));
        rows.push_back(row);
        OGR_F_Destroy(f);
    }
    return rows;
}

class StatisticsWorkbook : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        ws_ = new geo::Workspace(geo::loadWorkspace(geo::loadProject(kDemo)));
        geo::Links links = geo::linkWorkspace(*ws_);
        stats_ = new geo::Statistics(geo::computeStatistics(*ws_, links));
    }
    static void TearDownTestSuite() {
        delete stats_;
        delete ws_;
    }
    static geo::Workspace* ws_;
    static geo::Statistics* stats_;
};
geo::Workspace* StatisticsWorkbook::ws_ = nullptr;
geo::Statistics* StatisticsWorkbook::stats_ = nullptr;

TEST_F(StatisticsWorkbook, RealCellsShowTwoDecimalsAndKeepTheFullValue) {
    TempDir dir;
    ASSERT_FALSE(dir.path.empty());
    const std::string path = dir.file("thong_ke.xlsx");
    geo::exportStatisticsWorkbook(*ws_, *stats_, path, "vi");

    // styles.xml: the custom number formats and the cell styles using them.
    const std::string styles = zipMember(path, "xl/styles.xml");
    ASSERT_FALSE(styles.empty()) << "no xl/styles.xml in " << path;
    std::smatch m;
    ASSERT_TRUE(std::regex_search(styles, m, std::regex(R"re(<numFmt numFmtId="(\d+)" formatCode="#,##0\.00"/>)re")))
        << styles;
    const std::string twoDecimals = m[1];
    ASSERT_TRUE(std::regex_search(styles, m, std::regex(R"re(<cellXfs[^>]*>([\s\S]*?)</cellXfs>)re"))) << styles;
    std::vector<std::string> xfFormat;  // cell style index → numFmtId
    const std::string xfs = m[1];
    const std::regex xf(R"re(<xf[^>]*numFmtId="(\d+)")re");
    for (std::sregex_iterator it(xfs.begin(), xfs.end(), xf), end; it != end; ++it)
        xfFormat.push_back((*it)[1]);

    // The zones sheet (the first): column D is gross_planted_ha.
    const std::string sheet = zipMember(path, "xl/worksheets/sheet1.xml");
    ASSERT_FALSE(sheet.empty());
    ASSERT_EQ(geo::zoneStatisticsFields()[3].name, geo::column::kGrossPlantedHa);
    for (std::size_t i = 0; i < stats_->zones.size(); ++i) {
        const std::string cell = "D" + std::to_string(i + 2);  // row 1 is the header
        ASSERT_TRUE(std::regex_search(sheet, m, std::regex("<c r=\"" + cell + "\" s=\"(\\d+)\"><v>([^<]+)</v></c>")))
            << cell;
        const std::size_t style = std::stoul(m[1]);
        ASSERT_LT(style, xfFormat.size());
        EXPECT_EQ(xfFormat[style], twoDecimals) << cell << " is shown with 2 decimals";
        const double want = stats_->zones[i].grossPlantedHa;
        const double stored = std::stod(m[2]);
        // libxlsxwriter writes 16 significant digits (Excel computes with 15):
        // the value to 1e-15, never rounded to the 2 decimals shown.
        EXPECT_NEAR(stored, want, std::abs(want) * 1e-15) << cell << ": " << m[2];
        EXPECT_GT(std::string(m[2]).size(), std::string(m[2]).find('.') + 3) << cell << " holds more than 2 decimals";
    }
}

TEST_F(StatisticsWorkbook, HeadersInTheInterfaceLanguageAndTheCsvNumbersThroughGdal) {
    TempDir dir;
    ASSERT_FALSE(dir.path.empty());
    geo::ExportOptions csvOptions;
    csvOptions.format = geo::ExportFormat::Csv;
    csvOptions.outputPath = dir.file("zones.csv");
    geo::exportStatistics(*ws_, *stats_, geo::StatisticsTable::Zones, csvOptions);
    const auto& fields = geo::zoneStatisticsFields();

    for (const char* language : {"vi", "en"}) {
        SCOPED_TRACE(language);
        geo::ExportOptions o;
        o.format = geo::ExportFormat::Xlsx;
        o.outputPath = dir.file(std::string("zones_") + language + ".xlsx");
        o.language = language;
        geo::exportStatistics(*ws_, *stats_, geo::StatisticsTable::Zones, o);

        Dataset xlsx = openTable(o.outputPath), csv = openTable(csvOptions.outputPath);
        ASSERT_TRUE(xlsx);
        ASSERT_TRUE(csv);
        OGRLayerH xl = GDALDatasetGetLayerByName(xlsx.get(), "zones"), cl = GDALDatasetGetLayer(csv.get(), 0);
        ASSERT_NE(xl, nullptr);
        OGRFeatureDefnH xd = OGR_L_GetLayerDefn(xl), cd = OGR_L_GetLayerDefn(cl);
        ASSERT_EQ(OGR_FD_GetFieldCount(xd), static_cast<int>(fields.size()));
        std::vector<int> xi, ci;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            EXPECT_EQ(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(xd, static_cast<int>(i))),
                      geo::columnLabel(fields[i].name, language));
            if (fields[i].type == geo::FieldType::String) continue;
            xi.push_back(static_cast<int>(i));
            ci.push_back(OGR_FD_GetFieldIndex(cd, fields[i].name.c_str()));
            ASSERT_GE(ci.back(), 0) << fields[i].name;
        }
        const auto fromXlsx = numbers(xl, xi), fromCsv = numbers(cl, ci);
        ASSERT_EQ(fromXlsx.size(), stats_->zones.size() + 1);  // the districts and the total
        ASSERT_EQ(fromXlsx.size(), fromCsv.size());
        for (std::size_t r = 0; r < fromXlsx.size(); ++r)
            for (std::size_t c = 0; c < xi.size(); ++c)
                EXPECT_NEAR(fromXlsx[r][c], fromCsv[r][c], std::abs(fromCsv[r][c]) * 1e-15)
                    << "row " << r << ", " << fields[static_cast<std::size_t>(xi[c])].name;
    }
    // The Vietnamese labels are the app's words for the figures.
    EXPECT_EQ(geo::columnLabel("gross_planted_ha", "vi"), "Diện tích trồng gộp (ha)");
    EXPECT_EQ(geo::columnLabel("vt_gross_planted_ha", "en"), "Gross planted (ha)");
    EXPECT_EQ(geo::columnLabel("ma_vung", "vi"), "ma_vung") << "a source's own field keeps its name";
}

TEST_F(StatisticsWorkbook, AnUnknownHeaderLanguageIsRefused) {
    TempDir dir;
    geo::ExportOptions o;
    o.format = geo::ExportFormat::Xlsx;
    o.outputPath = dir.file("x.xlsx");
    o.language = "fr";
    EXPECT_THROW(geo::exportStatistics(*ws_, *stats_, geo::StatisticsTable::Zones, o), geo::Error);
    EXPECT_FALSE(fs::exists(o.outputPath));
}

}  // namespace
