// Map export and headless mode write files that read back with the right size.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include "app_test_support.h"
#include "document.h"
#include "headless.h"
#include "map_export.h"

using namespace vt::gui;

namespace {
std::shared_ptr<Document> demo() {
    static std::shared_ptr<Document> doc = loadDocument(apptest::demoProject().toStdString());
    return doc;
}
}  // namespace

TEST(Export, PngHasTheRequestedSize) {
    QTemporaryDir dir;
    auto doc = demo();
    ExportOptions options;
    options.pixelSize = QSize(1200, 900);
    QString path = dir.filePath(QStringLiteral("map.png"));
    QString error;
    ASSERT_TRUE(exportPng(*doc, doc->fullExtent, defaultRenderSettings(*doc), path, options, &error))
        << error.toStdString();
    QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1200, 900));
    // Not blank: the map draws coloured zones (the YlGn ramp is greenish).
    int green = 0;
    for (int y = 0; y < image.height(); y += 10)
        for (int x = 0; x < image.width(); x += 10) {
            QColor c = image.pixelColor(x, y);
            if (c.green() > c.blue() + 40) ++green;
        }
    EXPECT_GT(green, 500);
}

TEST(Export, PdfIsAnA4LandscapePage) {
    QTemporaryDir dir;
    auto doc = demo();
    QString path = dir.filePath(QStringLiteral("map.pdf"));
    QString error;
    ASSERT_TRUE(exportPdf(*doc, doc->fullExtent, defaultRenderSettings(*doc), path, ExportOptions{}, &error))
        << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    // poppler-utils is a declared dependency (.ci/debian-packages.txt): fail, never skip.
    ASSERT_FALSE(pdfinfo.isEmpty()) << "pdfinfo not found: install poppler-utils";
    QProcess p;
    p.start(pdfinfo, {path});
    ASSERT_TRUE(p.waitForFinished(30000));
    QString info = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")))) << info.toStdString();
    // pdfinfo: "Page size:      841.89 x 595.28 pts (A4)" (give or take Qt's rounding)
    QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info);
    ASSERT_TRUE(m.hasMatch()) << info.toStdString();
    EXPECT_NEAR(m.captured(1).toDouble(), 841.89, 1.0);
    EXPECT_NEAR(m.captured(2).toDouble(), 595.28, 1.0);
}

TEST(Headless, RendersMapAndStatisticsAndSaysWhere) {
    QTemporaryDir dir;
    QString outDir = dir.filePath(QStringLiteral("out"));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    int rc = runHeadless(apptest::demoProject(), outDir, out, err);
    out.flush();
    EXPECT_EQ(rc, 0) << errText.toStdString();
    EXPECT_TRUE(outText.contains(QDir(outDir).absoluteFilePath(QStringLiteral("map.png"))));
    EXPECT_TRUE(outText.contains(QDir(outDir).absoluteFilePath(QStringLiteral("statistics.csv"))));
    EXPECT_FALSE(QImage(QDir(outDir).absoluteFilePath(QStringLiteral("map.png"))).isNull());
    // The demo's findings, as validate counts them (tests/cli).
    EXPECT_TRUE(outText.contains(QStringLiteral("data quality: 1 error(s), 2 warning(s), 1 note(s)"))) << outText.toStdString();
    QFile csv(QDir(outDir).absoluteFilePath(QStringLiteral("statistics.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 11 + 1);  // header, 11 districts, total
    EXPECT_TRUE(lines.front().startsWith(QStringLiteral("zone_code,zone_name,zone_ha")));
    // The zone table of geo/'s export (as vungtrong-cli export --table zones):
    // the last row is the total, with an empty code.
    EXPECT_TRUE(lines.back().startsWith(QStringLiteral("\"\",Tổng cộng,"))) << lines.back().toStdString();
    // The article's 584.17 ha; 584.17 ha = `/usr/bin/python3 tests/bench/independent_demo_zones.py data/demo` (OGR + GeographicLib's Planimeter): "total 584.170147"
    EXPECT_TRUE(lines.back().contains(QStringLiteral(",584.17"))) << lines.back().toStdString();
}
