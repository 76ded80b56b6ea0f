// vungtrong-cli report (issue 12): the atlas of the demo, read back with
// poppler's pdfinfo and pdftotext. The expected pages and figures come from
// elsewhere: the zone count from GDAL, each zone's gross ha from `stats
// --format csv`, the labels of both languages from app/i18n/vungtrong_vi.ts.
#include <gdal.h>
#include <ogr_api.h>
#include <gtest/gtest.h>

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QXmlStreamReader>
#include <cmath>
#include <filesystem>
#include <set>
#include <sstream>
#include <vector>

#include "cli_run.h"

namespace fs = std::filesystem;
using vt_test::runCli;
using vt_test::runShell;

namespace {

const std::string kDemo = VT_SOURCE_DIR "/data/demo/soc-trang.vtproj";

struct TempDir {
    fs::path path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "vt-report-XXXXXX").string();
        path = ::mkdtemp(tmpl.data());
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

// One English and one Vietnamese report for the whole file (each takes seconds).
struct Reports {
    TempDir dir;
    std::string en = (dir.path / "atlas-en.pdf").string();
    std::string vi = (dir.path / "atlas-vi.pdf").string();
    vt_test::CliRun enRun = runCli("report '" + kDemo + "' --out '" + en + "' --lang en");
    // The Vietnamese one also on A3 and with the zones layer named.
    vt_test::CliRun viRun = runCli("report '" + kDemo + "' --out '" + vi + "' --lang vi --paper A3 --by districts");
};
const Reports& reports() {
    static Reports r;
    return r;
}

std::string pdfText(const std::string& pdf) {
    auto r = runShell("pdftotext -layout '" + pdf + "' -");
    EXPECT_EQ(r.status, 0) << "pdftotext (poppler-utils) failed: " << r.err;
    return r.out;
}
// pdftotext ends each page with a form feed.
std::vector<std::string> pdfPageTexts(const std::string& pdf) {
    std::vector<std::string> pages;
    std::string text = pdfText(pdf);
    std::size_t from = 0;
    for (std::size_t ff; (ff = text.find('\f', from)) != std::string::npos; from = ff + 1)
        pages.push_back(text.substr(from, ff - from));
    return pages;
}

int pdfPages(const std::string& pdf) {
    auto r = runShell("pdfinfo '" + pdf + "'");
    EXPECT_EQ(r.status, 0) << "pdfinfo (poppler-utils) failed: " << r.err;
    auto at = r.out.find("Pages:");
    return at == std::string::npos ? -1 : std::stoi(r.out.substr(at + 6));
}

// The demo's zones counted by GDAL on the zones layer's file (huyen.shp, the
// project's "districts" layer).
long long zoneCount() {
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(VT_SOURCE_DIR "/data/demo/huyen.shp", GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                 nullptr, nullptr);
    EXPECT_NE(ds, nullptr);
    if (!ds) return -1;
    long long n = OGR_L_GetFeatureCount(GDALDatasetGetLayer(ds, 0), TRUE);
    GDALClose(ds);
    return n;
}

struct ZoneRow {
    std::string name;
    double grossHa;
};
// `stats --format csv`: row,zone_code,zone_name,zone_ha,gross_planted_ha,… (names hold no commas in the demo).
std::vector<ZoneRow> statsZones() {
    auto r = runCli("stats '" + kDemo + "' --format csv");
    EXPECT_EQ(r.status, 0) << r.err;
    std::vector<ZoneRow> rows;
    std::istringstream in(r.out);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("zone,", 0) != 0) continue;
        std::vector<std::string> cells;
        std::stringstream ss(line);
        for (std::string cell; std::getline(ss, cell, ',');) cells.push_back(cell);
        rows.push_back({cells.at(2), std::stod(cells.at(4))});
    }
    return rows;
}

// Two decimals, as the statistics table prints hectares; Vietnamese writes a decimal comma.
std::string twoDecimals(double v, char point) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
    for (char& c : s)
        if (c == '.') c = point;
    return s;
}

// The page texts (source, Vietnamese) of the atlas, the print layout and the
// map's legend, from the translations file. Each is cut at its first %N and
// kept when at least 5 characters remain, so it can be looked for in a page's text.
std::vector<std::pair<std::string, std::string>> pageLabels() {
    QFile file(QStringLiteral(VT_SOURCE_DIR "/app/i18n/vungtrong_vi.ts"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const std::set<QString> contexts = {QStringLiteral("AtlasText"), QStringLiteral("PrintText"),
                                        QStringLiteral("MapText")};
    auto head = [](QString s) {
        int cut = s.indexOf(QLatin1Char('%'));
        while (cut >= 0 && (cut + 1 >= s.size() || !s[cut + 1].isDigit())) cut = s.indexOf(QLatin1Char('%'), cut + 1);
        return (cut >= 0 ? s.left(cut) : s).trimmed();
    };
    std::vector<std::pair<std::string, std::string>> out;
    const QByteArray bytes = file.readAll();
    QXmlStreamReader xml(bytes);
    QString context, source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        if (xml.name() == QStringLiteral("name")) context = xml.readElementText();
        else if (xml.name() == QStringLiteral("source")) source = xml.readElementText();
        else if (xml.name() == QStringLiteral("translation") && contexts.count(context)) {
            QString en = head(source), vi = head(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            if (en.size() >= 5 && vi.size() >= 5 && en != vi) out.emplace_back(en.toStdString(), vi.toStdString());
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return out;
}

}  // namespace

TEST(Report, HasACoverAndAPagePerZoneCountedByGdal) {
    const Reports& r = reports();
    ASSERT_EQ(r.enRun.status, 0) << r.enRun.err;
    long long zones = zoneCount();
    ASSERT_GT(zones, 0);
    EXPECT_EQ(pdfPages(r.en), 1 + zones);
    EXPECT_EQ(pdfPages(r.vi), 1 + zones);
    EXPECT_NE(r.enRun.out.find("wrote " + std::to_string(1 + zones) + " page(s) (en)"), std::string::npos)
        << r.enRun.out;
}

TEST(Report, EachZonePageNamesItsZoneAndItsGrossHectaresAsStatsHasThem) {
    const Reports& r = reports();
    ASSERT_EQ(r.enRun.status, 0) << r.enRun.err;
    ASSERT_EQ(r.viRun.status, 0) << r.viRun.err;
    std::vector<ZoneRow> rows = statsZones();
    ASSERT_EQ(static_cast<long long>(rows.size()), zoneCount());
    std::vector<std::string> enPages = pdfPageTexts(r.en), viPages = pdfPageTexts(r.vi);
    ASSERT_EQ(enPages.size(), rows.size() + 1);
    ASSERT_EQ(viPages.size(), rows.size() + 1);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::size_t page = i + 1;  // after the cover, in the zones layer's order
        const std::string &en = enPages[page], &vi = viPages[page];
        EXPECT_NE(en.find(rows[i].name), std::string::npos) << page << ": " << rows[i].name;
        EXPECT_NE(en.find(twoDecimals(rows[i].grossHa, '.')), std::string::npos)
            << page << ": " << twoDecimals(rows[i].grossHa, '.') << "\n" << en;
        EXPECT_NE(vi.find(rows[i].name), std::string::npos) << page << ": " << rows[i].name;
        EXPECT_NE(vi.find(twoDecimals(rows[i].grossHa, ',')), std::string::npos)
            << page << ": " << twoDecimals(rows[i].grossHa, ',');
    }
}

TEST(Report, EveryLabelIsInTheChosenLanguageOnly) {
    const Reports& r = reports();
    ASSERT_EQ(r.enRun.status, 0) << r.enRun.err;
    ASSERT_EQ(r.viRun.status, 0) << r.viRun.err;
    const std::string en = pdfText(r.en), vi = pdfText(r.vi);
    auto labels = pageLabels();
    ASSERT_GE(labels.size(), 20u);
    int enFound = 0, viFound = 0;
    for (const auto& [english, vietnamese] : labels) {
        EXPECT_EQ(en.find(vietnamese), std::string::npos) << "Vietnamese label in the English report: " << vietnamese;
        EXPECT_EQ(vi.find(english), std::string::npos) << "English label in the Vietnamese report: " << english;
        enFound += en.find(english) != std::string::npos;
        viFound += vi.find(vietnamese) != std::string::npos;
    }
    // The check looks at real labels: many of them are on the pages, each in its language.
    EXPECT_GE(enFound, 10);
    EXPECT_GE(viFound, 10);
}

TEST(Report, UsageErrorsAndAProjectThatCannotBeReadSayWhy) {
    TempDir dir;
    std::string out = (dir.path / "a.pdf").string();
    auto lang = runCli("report '" + kDemo + "' --out '" + out + "' --lang fr");
    EXPECT_EQ(lang.status, 2);
    EXPECT_NE(lang.err.find("--lang must be vi or en"), std::string::npos) << lang.err;
    auto paper = runCli("report '" + kDemo + "' --out '" + out + "' --paper A5");
    EXPECT_EQ(paper.status, 2);
    auto noOut = runCli("report '" + kDemo + "'");
    EXPECT_EQ(noOut.status, 2);
    EXPECT_NE(noOut.err.find("--out"), std::string::npos) << noOut.err;
    std::string missing = (dir.path / "none.vtproj").string();
    auto bad = runCli("report '" + missing + "' --out '" + out + "'");
    EXPECT_EQ(bad.status, 1);
    EXPECT_NE(bad.err.find("none.vtproj"), std::string::npos) << bad.err;
    EXPECT_FALSE(fs::exists(out));
}

TEST(Report, A3IsTheA3PageSize) {
    const Reports& r = reports();
    ASSERT_EQ(r.viRun.status, 0) << r.viRun.err;
    auto info = runShell("pdfinfo '" + r.vi + "'");
    // A3 portrait is 297 × 420 mm = 841.89 × 1190.55 pt (1 pt = 25.4 / 72 mm).
    double w = 0, h = 0;
    auto at = info.out.find("Page size:");
    ASSERT_NE(at, std::string::npos) << info.out;
    ASSERT_EQ(std::sscanf(info.out.c_str() + at, "Page size: %lf x %lf", &w, &h), 2) << info.out;
    EXPECT_NEAR(w, 297 / 25.4 * 72, 1.0);
    EXPECT_NEAR(h, 420 / 25.4 * 72, 1.0);
}
