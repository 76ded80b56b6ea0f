// The app on data from the field (issue 10, items 5, 8, 10): a project whose
// planting layer cannot be read says so when it opens and lets the user
// relink the file (used at once, saved only when the user saves); a layer
// outside the project folder says so in the layers dock; statistics by an
// unmapped GADM layer name its districts, not "Vietnam".
// Fixtures: tests/fixtures/field/loads/make_fixtures.py. Dialogs are not
// shown (setInteractive(false)): the tests read what they would say.
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <map>
#include <set>

#include "app_test_support.h"
#include "geo/link.h"
#include "geo/project.h"
#include "geo/quality.h"
#include "geo/stats.h"
#include "geo/workspace.h"
#include "language.h"
#include "layers_dock.h"
#include "main_window.h"
#include "quality_panel.h"
#include "statistics_model.h"

using namespace vt::gui;

namespace {

const QString kFixtures = QStringLiteral(VT_SOURCE_DIR "/tests/fixtures/field/loads/");

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The fixture project and its data copied into dir (the test saves it).
QString copyFixtures(const QTemporaryDir& dir) {
    QDir().mkpath(dir.filePath(QStringLiteral("data")));
    for (const char* f : {"gadm_districts.geojson", "gadm_repeat_names.geojson", "vung_trong.geojson", "htx.geojson"})
        EXPECT_TRUE(QFile::copy(kFixtures + QStringLiteral("data/") + QLatin1String(f),
                                dir.filePath(QStringLiteral("data/") + QLatin1String(f))));
    QString project = dir.filePath(QStringLiteral("missing_planting.vtproj"));
    EXPECT_TRUE(QFile::copy(kFixtures + QStringLiteral("missing_planting.vtproj"), project));
    QFile::setPermissions(project, QFile::ReadOwner | QFile::WriteOwner);
    return project;
}

// The planted total of the complete fixture project, computed by geo/ alone.
double completeGrossHa() {
    geo::Workspace ws = geo::loadWorkspace(geo::loadProject((kFixtures + QStringLiteral("field.vtproj")).toStdString()));
    geo::Links links = geo::linkWorkspace(ws);
    return geo::computeStatistics(ws, links).total.grossPlantedHa;
}

QString toolTipOf(MainWindow& window, const QString& layerId) {
    auto* list = window.layersPanel()->findChild<QListWidget*>(QStringLiteral("layerList"));
    for (int i = 0; list && i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == layerId) return list->item(i)->toolTip();
    return QStringLiteral("<no such layer>");
}

}  // namespace

TEST(FieldLoadsApp, AMissingLayerIsSaidWhenTheProjectOpensAndCanBeRelinked) {
    QTemporaryDir dir;
    QString project = copyFixtures(dir);
    const QByteArray onDisk = readAll(project);
    Language language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow window(&language);
    window.setInteractive(false);
    window.resize(1000, 700);
    ASSERT_TRUE(window.openProject(project)) << window.lastError().toStdString();

    const QString notice = window.missingLayersNotice();
    EXPECT_TRUE(notice.startsWith(QStringLiteral("These layers of the project could not be read; the map and the "
                                                 "statistics lack them:\n\n• planting_areas")))
        << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("planting_areas (data/vung_trong_2024.geojson): cannot open '") +
                                dir.filePath(QStringLiteral("data/vung_trong_2024.geojson")) +
                                QStringLiteral("': file not found")))
        << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("Relink…"))) << notice.toStdString();
    EXPECT_EQ(window.document()->statistics->total.grossPlantedHa, 0.0);
    EXPECT_FALSE(window.isWindowModified());

    // A file that cannot be read either: refused, nothing changes.
    const Document* before = window.document().get();
    EXPECT_FALSE(window.relinkLayer("planting_areas", dir.filePath(QStringLiteral("data/khong_co.geojson"))));
    EXPECT_TRUE(window.lastError().contains(QStringLiteral("khong_co.geojson"))) << window.lastError().toStdString();
    EXPECT_EQ(window.document().get(), before);

    // Relinked to another file: used at once.
    QDir().mkpath(dir.filePath(QStringLiteral("shared")));
    QString elsewhere = dir.filePath(QStringLiteral("shared/vung_trong.geojson"));
    ASSERT_TRUE(QFile::copy(kFixtures + QStringLiteral("data/vung_trong.geojson"), elsewhere));
    ASSERT_TRUE(window.relinkLayer("planting_areas", elsewhere)) << window.lastError().toStdString();
    const Document& doc = *window.document();
    ASSERT_GE(doc.plantings, 0);
    EXPECT_EQ(doc.workspace.project.findLayer("planting_areas")->path, "shared/vung_trong.geojson");
    EXPECT_NEAR(doc.statistics->total.grossPlantedHa, completeGrossHa(), 1e-9);
    EXPECT_GT(doc.statistics->total.grossPlantedHa, 0);
    for (const auto& issue : doc.workspace.issues) EXPECT_NE(issue.layerId, "planting_areas") << issue.message;
    // In project order, as the loader puts it.
    std::vector<std::string> order;
    for (const auto& l : doc.workspace.layers) order.push_back(l.spec.id);
    EXPECT_EQ(order, (std::vector<std::string>{"districts", "gadm", "gadm_repeat", "planting_areas", "cooperatives"}));

    // Changed, not saved: the project file is as it was until the user saves.
    EXPECT_TRUE(window.isWindowModified());
    EXPECT_FALSE(window.undoStack()->isClean());
    EXPECT_EQ(readAll(project), onDisk);
    ASSERT_TRUE(window.saveProject(project)) << window.lastError().toStdString();
    EXPECT_FALSE(window.isWindowModified());
    EXPECT_NE(readAll(project), onDisk);
    EXPECT_EQ(geo::loadProject(project.toStdString()).findLayer("planting_areas")->path, "shared/vung_trong.geojson");

    // Undo brings the missing layer back (and the project is changed again).
    window.undoStack()->undo();
    EXPECT_LT(window.document()->plantings, 0);
    EXPECT_TRUE(window.isWindowModified());
}

TEST(FieldLoadsApp, ASavedPathOutsideTheProjectFolderOpensAgainAndIsShownOutside) {
    QTemporaryDir dir;
    QString project = copyFixtures(dir);
    // The project one folder down: its planting layer is then "../data/…".
    QDir().mkpath(dir.filePath(QStringLiteral("project")));
    QString moved = dir.filePath(QStringLiteral("project/p.vtproj"));
    Language language;
    language.setLanguage(QStringLiteral("en"));
    {
        MainWindow window(&language);
        window.setInteractive(false);
        ASSERT_TRUE(window.openProject(project)) << window.lastError().toStdString();
        ASSERT_TRUE(window.relinkLayer("planting_areas", dir.filePath(QStringLiteral("data/vung_trong.geojson"))));
        ASSERT_TRUE(window.saveProject(project));
    }
    // Written relative to the new folder by hand, as a user moving the project would.
    geo::Project p = geo::loadProject(project.toStdString());
    for (auto& l : p.layers) l.path = "../" + l.path;
    p.filePath = moved.toStdString();
    geo::saveProject(p, p.filePath);

    MainWindow window(&language);
    window.setInteractive(false);
    ASSERT_TRUE(window.openProject(moved)) << window.lastError().toStdString();
    EXPECT_TRUE(window.missingLayersNotice().isEmpty()) << window.missingLayersNotice().toStdString();
    EXPECT_NEAR(window.document()->statistics->total.grossPlantedHa, completeGrossHa(), 1e-9);
    EXPECT_EQ(toolTipOf(window, QStringLiteral("planting_areas")),
              QStringLiteral("Outside the project folder: ../data/vung_trong.geojson"));
    // A layer inside the folder has no such tooltip.
    MainWindow inside(&language);
    inside.setInteractive(false);
    ASSERT_TRUE(inside.openProject(kFixtures + QStringLiteral("field.vtproj")));
    EXPECT_EQ(toolTipOf(inside, QStringLiteral("planting_areas")), QString());
}

TEST(FieldLoadsApp, StatisticsByAnUnmappedGadmLayerNameItsDistricts) {
    Language language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow window(&language);
    window.setInteractive(false);
    ASSERT_TRUE(window.openProject(kFixtures + QStringLiteral("field.vtproj"))) << window.lastError().toStdString();
    StatisticsModel* model = window.statisticsModel();
    std::vector<std::pair<QString, QString>> mapped;
    for (int r = 0; r < model->rowCount(); ++r)
        mapped.emplace_back(model->index(r, StatisticsModel::Code).data().toString(),
                            model->index(r, StatisticsModel::Name).data().toString());
    ASSERT_EQ(mapped.size(), 10u);
    ASSERT_TRUE(window.showStatisticsBy("gadm")) << window.lastError().toStdString();
    std::vector<std::pair<QString, QString>> unmapped;
    std::set<QString> names;
    for (int r = 0; r < model->rowCount(); ++r) {
        unmapped.emplace_back(model->index(r, StatisticsModel::Code).data().toString(),
                              model->index(r, StatisticsModel::Name).data().toString());
        names.insert(unmapped.back().second);
    }
    EXPECT_EQ(unmapped, mapped);
    EXPECT_EQ(names.size(), 10u);
    EXPECT_EQ(names.count(QStringLiteral("Vietnam")), 0u);
}

// The new finding kinds read in Vietnamese, from their facts, as the others do.
TEST(FieldLoadsApp, TheNewFindingsAreTranslated) {
    Language language;
    ASSERT_TRUE(language.setLanguage(QStringLiteral("vi")));
    geo::Workspace ws = geo::loadWorkspace(geo::loadProject((kFixtures + QStringLiteral("project/outside.vtproj")).toStdString()));
    geo::Links links = geo::linkWorkspace(ws, "gadm_repeat");
    geo::QualityReport report = geo::checkQuality(ws, links, geo::computeStatistics(ws, links));
    std::map<std::string, QString> details;
    for (const auto& f : report.findings)
        if (!details.count(f.kind)) details[f.kind] = QualityModel::details(f);
    EXPECT_EQ(details[geo::finding::OutsideProjectFolder],
              QStringLiteral("'../data/gadm_districts.geojson' nằm ngoài thư mục dự án: chỉ chép thư mục dự án sẽ không "
                             "mang theo tệp này"));
    EXPECT_EQ(details[geo::finding::ZoneFieldsGuessed],
              QStringLiteral("các vùng được đặt tên theo GID_2 (mã) và NAME_2 (tên): dự án không chỉ định trường cho lớp này"));
    EXPECT_EQ(details[geo::finding::ZoneNamesRepeat],
              QStringLiteral("tên vùng 'Châu Thành' (NAME_2) được dùng cho 2 vùng: các dòng chỉ phân biệt được theo mã (GID_2)"));
    EXPECT_EQ(QualityModel::kindLabel(geo::finding::ZoneNamesRepeat), QStringLiteral("Tên vùng bị trùng"));
    EXPECT_EQ(QualityModel::kindLabel(geo::finding::OutsideProjectFolder), QStringLiteral("Nằm ngoài thư mục dự án"));
    EXPECT_EQ(QualityModel::kindLabel(geo::finding::ZoneFieldsGuessed), QStringLiteral("Trường tên vùng được tự chọn"));
    // English: geo/'s sentence word for word.
    ASSERT_TRUE(language.setLanguage(QStringLiteral("en")));
    for (const auto& f : report.findings) EXPECT_EQ(QualityModel::details(f).toStdString(), f.message);
}
