// Print layouts (issue 12): the geometry on paper, the scale and its bar, and
// the files (PDF page size read back by pdfinfo, PNG by QImage).
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cmath>

#include "app_test_support.h"
#include "document.h"
#include "atlas.h"
#include "print_dialog.h"
#include "print_layout.h"

using namespace vt::gui;

namespace {

std::shared_ptr<Document> demo() {
    static std::shared_ptr<Document> doc = loadDocument(apptest::demoProject().toStdString());
    return doc;
}

// pdfinfo's "Page size: W x H pts" of a file.
QSizeF pdfPageSizePts(const QString& path) {
    QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    EXPECT_FALSE(pdfinfo.isEmpty()) << "pdfinfo not found: install poppler-utils";
    QProcess p;
    p.start(pdfinfo, {path});
    EXPECT_TRUE(p.waitForFinished(30000));
    QString info = QString::fromUtf8(p.readAllStandardOutput());
    QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info);
    EXPECT_TRUE(m.hasMatch()) << info.toStdString();
    return {m.captured(1).toDouble(), m.captured(2).toDouble()};
}

}  // namespace

TEST(PrintLayout, AtAFixedScaleTheScaleBarIsItsLabelDividedByTheScale) {
    PrintLayout layout;
    layout.fixedScale = 50000;
    const LayoutGeometry g = layoutGeometry(layout);
    auto doc = demo();
    EXPECT_EQ(printScale(layout, doc->fullExtent, g.map.size()), 50000);
    EXPECT_EQ(scaleRatioText(50000), QStringLiteral("1:50 000"));
    // 50 mm at 1:50 000 is 2.5 km on the ground: the 1-2-5 bar below it is
    // 2 km, which on paper is 2 000 000 mm / 50 000 = 40 mm.
    ScaleBarGeometry bar = scaleBarGeometry(50000, 50);
    EXPECT_DOUBLE_EQ(bar.metres, 2000);
    EXPECT_DOUBLE_EQ(bar.lengthMm, 40);
    // The map is drawn at that scale: 2 km in the map CRS spans 40 mm of the
    // frame's px at any dpi.
    for (double dpi : {96.0, 300.0}) {
        MapView view = printView(doc->fullExtent, g.map, 50000, dpi);
        double px = view.toScreen({view.centre.x + bar.metres, view.centre.y}).x() - view.toScreen(view.centre).x();
        EXPECT_NEAR(px / dpi * 25.4, 40.0, 1e-9) << dpi;
        EXPECT_NEAR(view.scaleDenominator(dpi), 50000, 1e-6);
    }
}

TEST(PrintLayout, AFittedScaleIsTheSmallestRoundOneThatShowsTheExtent) {
    PrintLayout layout;  // fit
    const LayoutGeometry g = layoutGeometry(layout);
    auto doc = demo();
    const geo::Envelope& e = doc->fullExtent;
    double n = printScale(layout, e, g.map.size());
    // It fits: the extent in mm at 1:n lies inside the frame.
    EXPECT_LE(e.width() * 1000 / n, g.map.width() + 1e-9);
    EXPECT_LE(e.height() * 1000 / n, g.map.height() + 1e-9);
    // Two significant digits, and one step smaller would not fit.
    double unit = std::pow(10.0, std::floor(std::log10(n)) - 1);
    EXPECT_DOUBLE_EQ(std::fmod(n, unit), 0.0) << n;
    double smaller = n - unit;
    EXPECT_TRUE(e.width() * 1000 / smaller > g.map.width() || e.height() * 1000 / smaller > g.map.height()) << n;
}

TEST(PrintLayout, PartsLieOnThePageAndDoNotOverlap) {
    for (Paper paper : {Paper::A4, Paper::A3})
        for (auto orientation : {QPageLayout::Landscape, QPageLayout::Portrait}) {
            PrintLayout layout;
            layout.paper = paper;
            layout.orientation = orientation;
            LayoutGeometry g = layoutGeometry(layout);
            QRectF page(QPointF(0, 0), g.page);
            for (const QRectF& r : {g.header, g.map, g.panel, g.footer}) {
                EXPECT_TRUE(page.contains(r));
                EXPECT_GT(r.width(), 0);
                EXPECT_GT(r.height(), 0);
            }
            EXPECT_FALSE(g.map.intersects(g.panel));
            EXPECT_FALSE(g.map.intersects(g.header));
            EXPECT_FALSE(g.map.intersects(g.footer));
            EXPECT_TRUE(g.panel.contains(g.overview));
        }
    PrintLayout a3;
    a3.paper = Paper::A3;
    EXPECT_EQ(pageSizeMm(a3), QSizeF(420, 297));  // ISO 216, landscape
}

TEST(PrintLayout, GridIntervalIsRoundAndGivesAFewLines) {
    EXPECT_DOUBLE_EQ(gridInterval(108000, 5), 20000); // 21 600 → 20 000 (not 50 000: two lines only)
    EXPECT_DOUBLE_EQ(gridInterval(37000, 5), 10000);  // 7 400 → 10 000 (nearer than 5 000 by ratio)
    EXPECT_DOUBLE_EQ(gridInterval(9000, 5), 2000);    // 1 800 → 2 000
    EXPECT_DOUBLE_EQ(gridInterval(2400, 5), 500);     // 480 → 500
}

TEST(PrintLayout, SettingsAreRemembered) {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    PrintLayout layout;
    layout.title = QStringLiteral("Vùng trồng Thạnh Trị");
    layout.subtitle = QStringLiteral("2023");
    layout.author = QStringLiteral("Phòng Trồng trọt");
    layout.paper = Paper::A3;
    layout.orientation = QPageLayout::Portrait;
    layout.fixedScale = 25000;
    layout.grid = MapGrid::LonLat;
    layout.overview = false;
    layout.northArrow = false;
    layout.save(settings, QStringLiteral("print"));
    PrintLayout back = PrintLayout::load(settings, QStringLiteral("print"));
    EXPECT_EQ(back.title, layout.title);
    EXPECT_EQ(back.subtitle, layout.subtitle);
    EXPECT_EQ(back.author, layout.author);
    EXPECT_EQ(back.paper, Paper::A3);
    EXPECT_EQ(back.orientation, QPageLayout::Portrait);
    EXPECT_EQ(back.fixedScale, 25000);
    EXPECT_EQ(back.grid, MapGrid::LonLat);
    EXPECT_FALSE(back.overview);
    EXPECT_TRUE(back.legend);
    EXPECT_FALSE(back.northArrow);
}

TEST(PrintLayout, A3LandscapePdfHasTheA3PageSize) {
    QTemporaryDir dir;
    auto doc = demo();
    PrintLayout layout;
    layout.paper = Paper::A3;
    layout.orientation = QPageLayout::Landscape;
    layout.pdfDpi = 150;  // faster; the page size does not depend on it
    QString path = dir.filePath(QStringLiteral("a3.pdf"));
    QString error;
    ASSERT_TRUE(writeLayoutPdf(*doc, doc->fullExtent, defaultRenderSettings(*doc), layout, path, &error))
        << error.toStdString();
    // A3 is 420 × 297 mm; 1 pt = 25.4 / 72 mm.
    QSizeF pts = pdfPageSizePts(path);
    EXPECT_NEAR(pts.width(), 420 / 25.4 * 72, 1.0);
    EXPECT_NEAR(pts.height(), 297 / 25.4 * 72, 1.0);
}

TEST(PrintLayout, PngIsThePageAtItsDpiAndShowsTheMap) {
    QTemporaryDir dir;
    auto doc = demo();
    PrintLayout layout;  // A4 landscape
    layout.pngDpi = 100;
    QString path = dir.filePath(QStringLiteral("page.png"));
    QString error;
    ASSERT_TRUE(writeLayoutPng(*doc, doc->fullExtent, defaultRenderSettings(*doc), layout, path, &error))
        << error.toStdString();
    QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(std::lround(297 / 25.4 * 100), std::lround(210 / 25.4 * 100)));
    // Not blank: the zones' coverage colours (the YlGn ramp is greenish) inside the map frame.
    QRectF frame = mmToPx(layoutGeometry(layout).map, 100);
    int green = 0;
    for (int y = int(frame.top()); y < frame.bottom(); y += 5)
        for (int x = int(frame.left()); x < frame.right(); x += 5) {
            QColor c = image.pixelColor(x, y);
            if (c.green() > c.blue() + 40) ++green;
        }
    EXPECT_GT(green, 300);
}

TEST(PrintLayout, AFailedWriteSaysWhereAndLeavesTheOldFile) {
    QTemporaryDir dir;
    auto doc = demo();
    QString error;
    QString missing = dir.filePath(QStringLiteral("no/such/folder/map.pdf"));
    EXPECT_FALSE(writeLayoutPdf(*doc, doc->fullExtent, defaultRenderSettings(*doc), PrintLayout{}, missing, &error));
    EXPECT_TRUE(error.contains(missing)) << error.toStdString();
    // A project's own source is never replaced by a map.
    QString source = QStringLiteral(VT_SOURCE_DIR "/data/demo/") +
                     toQString(doc->workspace.project.layers.front().path);
    QFile before(source);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly)) << source.toStdString();
    QByteArray bytes = before.readAll();
    before.close();
    error.clear();
    EXPECT_FALSE(writeLayoutPdf(*doc, doc->fullExtent, defaultRenderSettings(*doc), PrintLayout{}, source, &error));
    EXPECT_FALSE(error.isEmpty());
    QFile after(source);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), bytes);
}

TEST(PrintDialog, ShowsTheLayoutItIsGivenAndPreviewsThePage) {
    auto doc = demo();
    PrintDialog dialog(doc, doc->fullExtent, defaultRenderSettings(*doc));
    PrintLayout layout;
    layout.title = QStringLiteral("Bản đồ vùng trồng");
    layout.paper = Paper::A3;
    layout.orientation = QPageLayout::Portrait;
    layout.fixedScale = 100000;
    layout.grid = MapGrid::LonLat;
    layout.legend = false;
    dialog.setLayout(layout);
    PrintLayout back = dialog.layout();
    EXPECT_EQ(back.title, layout.title);
    EXPECT_EQ(back.paper, Paper::A3);
    EXPECT_EQ(back.orientation, QPageLayout::Portrait);
    EXPECT_EQ(back.fixedScale, 100000);
    EXPECT_EQ(back.grid, MapGrid::LonLat);
    EXPECT_FALSE(back.legend);
    EXPECT_TRUE(back.overview);
    dialog.updatePreview();
    // The thumbnail is the page: A3 portrait, 297 × 420 mm.
    QImage preview = dialog.preview();
    ASSERT_FALSE(preview.isNull());
    EXPECT_NEAR(double(preview.height()) / preview.width(), 420.0 / 297.0, 0.01);
}

TEST(Atlas, AFindingOnAPlantingAreaIsOnThePageOfTheZoneItLiesIn) {
    auto doc = demo();
    ASSERT_TRUE(doc->quality && doc->statistics && doc->plantings >= 0 && doc->zones >= 0);
    const std::string plantings = doc->layers[static_cast<std::size_t>(doc->plantings)].id;
    int checked = 0;
    for (const geo::Finding& f : doc->quality->findings) {
        if (f.layerId != plantings || f.feature < 0) continue;
        // The zone holding the plot's label point, by Qt's own point-in-polygon
        // on the zone rings (not geo/'s clipping).
        const geo::XY at = doc->layers[static_cast<std::size_t>(doc->plantings)].labelPoints[static_cast<std::size_t>(f.feature)];
        const DisplayLayer& zones = doc->layers[static_cast<std::size_t>(doc->zones)];
        int holder = -1;
        for (std::size_t z = 0; z < zones.geometry.size(); ++z)
            for (const auto& poly : zones.geometry[z].polygons) {
                QPolygonF outer;
                for (const geo::XY& p : poly.rings.front()) outer << QPointF(p.x, p.y);
                if (outer.containsPoint(QPointF(at.x, at.y), Qt::OddEvenFill)) holder = static_cast<int>(z);
            }
        ASSERT_GE(holder, 0) << f.code;
        for (std::size_t z = 0; z < zones.geometry.size(); ++z) {
            auto in = findingsInZone(*doc, static_cast<int>(z));
            bool listed = std::find(in.begin(), in.end(), &f) != in.end();
            if (static_cast<int>(z) == holder) {
                EXPECT_TRUE(listed) << f.code << " in zone " << z;
            }
        }
        ++checked;
    }
    EXPECT_GE(checked, 1);  // the demo's planting area declared 16.7 % larger than measured
    // A cooperative outside every zone is on no zone's page.
    const std::string coops = doc->layers[static_cast<std::size_t>(doc->cooperatives)].id;
    for (std::size_t z = 0; z < doc->statistics->zones.size(); ++z)
        for (const geo::Finding* f : findingsInZone(*doc, doc->statistics->zones[z].zone))
            EXPECT_FALSE(f->layerId == coops && f->kind == "outside_zones") << f->code;
}

TEST(Atlas, CancelledPartWayLeavesTheOldFileAsItWas) {
    QTemporaryDir dir;
    auto doc = demo();
    QString path = dir.filePath(QStringLiteral("atlas.pdf"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the previous atlas");
    }
    AtlasOptions options;
    options.dpi = 72;
    int calls = 0, total = 0;
    auto stopAtThird = [&](int done, int pages) {
        ++calls;
        total = pages;
        return done < 2;
    };
    QString error;
    bool cancelled = false;
    EXPECT_FALSE(writeAtlasPdf(*doc, defaultRenderSettings(*doc), options, path, stopAtThird, &error, &cancelled));
    EXPECT_TRUE(cancelled);
    EXPECT_EQ(calls, 3);
    EXPECT_EQ(total, 1 + static_cast<int>(doc->statistics->zones.size()));  // the cover and a page per zone
    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), QByteArray("the previous atlas"));
}
