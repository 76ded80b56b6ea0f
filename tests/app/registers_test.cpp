// A register of codes as points (issue 10, item 4) in the app: the
// statistics table shows each zone's declared area as geo/ computed it, with
// a translated header, and the data-quality tab names every point as a
// planting area without boundary, in Vietnamese too.
#include <QCoreApplication>
#include <QLocale>

#include "app_test_support.h"
#include "identify_dock.h"
#include "language.h"
#include "main_window.h"
#include "quality_panel.h"
#include "statistics_model.h"

using namespace vt::gui;

namespace {

const QString kRegister = QStringLiteral(VT_SOURCE_DIR "/tests/fixtures/field/registers/register_ods.vtproj");

TEST(Registers, StatisticsShowDeclaredAreaAndQualityNamesCodesWithoutBoundary) {
    Language language;
    ASSERT_TRUE(language.setLanguage(QStringLiteral("en")));
    MainWindow window(&language);
    window.setInteractive(false);
    ASSERT_TRUE(window.openProject(kRegister)) << window.lastError().toStdString();
    const auto& stats = *window.document()->statistics;
    StatisticsModel* model = window.statisticsModel();
    ASSERT_EQ(model->rowCount(), static_cast<int>(stats.zones.size()));
    double shown = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        int zone = model->zoneOfRow(r);
        ASSERT_GE(zone, 0);
        double declared = model->index(r, StatisticsModel::DeclaredHa).data(StatisticsModel::SortRole).toDouble();
        EXPECT_EQ(declared, stats.zones.at(static_cast<std::size_t>(zone)).declaredHa);
        EXPECT_EQ(model->index(r, StatisticsModel::DeclaredHa).data().toString(), QLocale().toString(declared, 'f', 2));
        shown += declared;
    }
    EXPECT_GT(shown, 0);  // the fixture's points lie in zones and declare areas
    EXPECT_EQ(model->headerData(StatisticsModel::DeclaredHa, Qt::Horizontal, Qt::DisplayRole).toString(),
              QStringLiteral("Declared area (ha)"));

    QualityModel* quality = window.qualityPanel()->model();
    int noBoundary = 0;
    for (const auto& f : window.document()->quality->findings)
        if (f.kind == geo::finding::NoBoundary) ++noBoundary;
    EXPECT_EQ(noBoundary, 4);  // tests/fixtures/field/registers/expected.json: register_ods.no_boundary
    EXPECT_EQ(QualityModel::kindLabel(geo::finding::NoBoundary), QStringLiteral("Planting area without boundary"));

    // A point clicked: not measured (never "0.00"), and the zone holding it.
    {
        const auto& doc = window.document();
        IdentifyPanel panel;
        panel.showFeature(doc, doc->plantings, 0);
        QString all = panel.lines().join(QLatin1Char('\n'));
        EXPECT_TRUE(all.contains(QStringLiteral("Measured area (ha): not measured: no boundary (a point)"))) << all.toStdString();
        int zone = window.document()->links->plantingPointZone.at(0);
        ASSERT_GE(zone, 0);
        EXPECT_TRUE(all.contains(QStringLiteral("Zone: ") + QString::fromStdString(stats.zones.at(static_cast<std::size_t>(zone)).name)))
            << all.toStdString();
    }

    ASSERT_TRUE(language.setLanguage(QStringLiteral("vi")));
    QCoreApplication::processEvents();
    EXPECT_EQ(model->headerData(StatisticsModel::DeclaredHa, Qt::Horizontal, Qt::DisplayRole).toString(),
              QStringLiteral("Diện tích khai báo (ha)"));
    EXPECT_EQ(QualityModel::kindLabel(geo::finding::NoBoundary), QStringLiteral("Vùng trồng chưa có ranh giới"));
    bool checked = false;
    for (const auto& f : window.document()->quality->findings) {
        if (f.kind != geo::finding::NoBoundary || f.facts.at("sentence") != "point_declared") continue;
        QString vi = QualityModel::details(f);
        // The declared area in Vietnamese notation ("2,25"), from the facts.
        QString ha = QLocale().toString(std::stod(f.facts.at("declared_ha")), 'f', 2);
        EXPECT_TRUE(vi.startsWith(QStringLiteral("chưa có ranh giới (chỉ có điểm)"))) << vi.toStdString();
        EXPECT_TRUE(vi.contains(QStringLiteral("(") + ha + QStringLiteral(" ha)"))) << vi.toStdString();
        checked = true;
    }
    EXPECT_TRUE(checked);
    EXPECT_GT(quality->rowCount(), 0);
    ASSERT_TRUE(language.setLanguage(QStringLiteral("en")));
}

}  // namespace
