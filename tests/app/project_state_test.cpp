// Projects: the window shows a changed project and asks Save / Don't save /
// Cancel before another project replaces it or the window closes; the saved
// file holds the map as arranged (order, visibility, opacity, extent,
// statistics by), written the same way twice; missing files are found again
// or dropped (RelinkDialog); the new-project wizard builds, from the demo's
// files, a project whose statistics are the demo project's.
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>
#include <filesystem>

#include "app_test_support.h"
#include "geo/export.h"
#include "geo/link.h"
#include "geo/project.h"
#include "geo/stats.h"
#include "geo/workspace.h"
#include "language.h"
#include "layers_dock.h"
#include "main_window.h"
#include "map_canvas.h"
#include "new_project_wizard.h"
#include "relink.h"
#include "relink_dialog.h"

using namespace vt::gui;

namespace {

// A copy of the demo, so that saving writes into the copy.
struct DemoCopy {
    QTemporaryDir dir;
    DemoCopy() {
        std::filesystem::copy(VT_SOURCE_DIR "/data/demo", dir.path().toStdString(),
                              std::filesystem::copy_options::recursive);
    }
    QString project() const { return dir.filePath(QStringLiteral("soc-trang.vtproj")); }
};

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

struct Window {
    Language language;
    MainWindow window{&language};
    Window() {
        language.setLanguage(QStringLiteral("en"));
        window.setInteractive(false);
        window.resize(1100, 760);
        window.show();
    }
};

// Pictures for a person to look at, when VT_SCREENSHOT_DIR names a folder.
void keepPicture(QWidget& widget, const QString& name);

}  // namespace

TEST(UnsavedChanges, HidingALayerMarksTheProjectChangedAndShowingItAgainDoesNot) {
    DemoCopy demo;
    Window w;
    ASSERT_TRUE(w.window.openProject(demo.project())) << w.window.lastError().toStdString();
    EXPECT_TRUE(w.window.windowTitle().contains(QStringLiteral("[*]")));  // where Qt shows the "*"
    EXPECT_FALSE(w.window.isWindowModified());
    w.window.layersPanel()->setLayerVisible("province", false);
    EXPECT_TRUE(w.window.isWindowModified());
    w.window.layersPanel()->setLayerVisible("province", true);
    EXPECT_FALSE(w.window.isWindowModified()) << "back as saved";
    // Panning alone is no change worth a question.
    w.window.canvas()->zoomBy(2.0);
    EXPECT_FALSE(w.window.isWindowModified());
}

TEST(UnsavedChanges, CancelKeepsTheProjectDiscardLeavesTheFileAndSaveWritesIt) {
    DemoCopy demo, other;
    Window w;
    ASSERT_TRUE(w.window.openProject(demo.project())) << w.window.lastError().toStdString();
    const QByteArray before = bytesOf(demo.project());
    int asked = 0;
    UnsavedAnswer answer = UnsavedAnswer::Cancel;
    QString askedAbout;
    w.window.setUnsavedChangesPrompt([&](const QString& name) {
        ++asked;
        askedAbout = name;
        return answer;
    });

    // Nothing changed: no question.
    ASSERT_TRUE(w.window.openProject(demo.project()));
    EXPECT_EQ(asked, 0);

    w.window.layersPanel()->setLayerVisible("province", false);
    ASSERT_TRUE(w.window.isWindowModified());
    DocumentPtr shown = w.window.document();
    // Cancel: neither another project nor closing replaces it.
    EXPECT_FALSE(w.window.openProject(other.project()));
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(askedAbout, QStringLiteral("Sóc Trăng (dữ liệu mẫu)"));
    EXPECT_EQ(w.window.document(), shown);
    EXPECT_FALSE(w.window.close());
    EXPECT_EQ(asked, 2);
    EXPECT_TRUE(w.window.isVisible());
    EXPECT_TRUE(w.window.isWindowModified());

    // Discard: the other project opens and the file is as it was.
    answer = UnsavedAnswer::Discard;
    ASSERT_TRUE(w.window.openProject(other.project()));
    EXPECT_EQ(asked, 3);
    EXPECT_EQ(bytesOf(demo.project()), before);
    EXPECT_FALSE(w.window.isWindowModified());

    // Save: written before the next project opens.
    w.window.layersPanel()->setLayerVisible("province", false);
    answer = UnsavedAnswer::Save;
    ASSERT_TRUE(w.window.openProject(demo.project())) << w.window.lastError().toStdString();
    EXPECT_EQ(asked, 4);
    EXPECT_FALSE(geo::loadProject(other.project().toStdString()).findLayer("province")->visible);
    EXPECT_TRUE(geo::loadProject(demo.project().toStdString()).findLayer("province")->visible);

    // An undoable edit (a relinked layer) on the undo stack is a change too, and closing asks.
    ASSERT_TRUE(w.window.relinkLayer("unions", demo.dir.filePath(QStringLiteral("lien_hiep.csv"))));
    // Same file, so the path written is the same: only the stack says it changed.
    EXPECT_TRUE(w.window.isWindowModified());
    w.window.undoStack()->undo();
    EXPECT_FALSE(w.window.isWindowModified());
    w.window.undoStack()->redo();
    answer = UnsavedAnswer::Discard;
    EXPECT_TRUE(w.window.close());
    EXPECT_EQ(asked, 5);
}

TEST(UnsavedChanges, TheMessageBoxOffersSaveDontSaveAndCancel) {
    Language language;
    language.setLanguage(QStringLiteral("vi"));
    QWidget parent;
    QStringList buttons;
    QTimer::singleShot(0, [&] {
        for (QWidget* top : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(top); box && box->objectName() == QStringLiteral("unsavedChangesBox")) {
                for (QAbstractButton* b : box->buttons()) buttons << b->text();
                buttons << box->text();
                keepPicture(*box, QStringLiteral("unsaved_changes.png"));
                box->button(QMessageBox::Discard)->click();
            }
    });
    EXPECT_EQ(askAboutUnsavedChanges(&parent, QStringLiteral("Dự án A")), UnsavedAnswer::Discard);
    ASSERT_EQ(buttons.size(), 4) << buttons.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(buttons.contains(QStringLiteral("&Lưu"))) << buttons.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(buttons.last().contains(QStringLiteral("Dự án A")));
    EXPECT_FALSE(buttons.last().contains(QStringLiteral("changes"))) << "in Vietnamese";
}

TEST(ProjectArrangement, OrderVisibilityOpacityExtentAndStatisticsBySurviveSaveAndReopen) {
    DemoCopy demo;
    Window first;
    ASSERT_TRUE(first.window.openProject(demo.project())) << first.window.lastError().toStdString();
    first.window.layersPanel()->setLayerVisible("cooperatives", false);
    first.window.layersPanel()->moveLayer("province", +1);
    first.window.layersPanel()->setLayerOpacity("districts", 0.35);
    ASSERT_TRUE(first.window.showStatisticsBy("province")) << first.window.lastError().toStdString();
    first.window.canvas()->zoomBy(3.0);
    EXPECT_TRUE(first.window.isWindowModified());
    ASSERT_TRUE(first.window.saveProject(demo.project())) << first.window.lastError().toStdString();
    EXPECT_FALSE(first.window.isWindowModified());
    const QByteArray saved = bytesOf(demo.project());
    // Saving again, unchanged: the same bytes.
    ASSERT_TRUE(first.window.saveProject(demo.project()));
    EXPECT_EQ(bytesOf(demo.project()), saved);

    const geo::Project file = geo::loadProject(demo.project().toStdString());
    EXPECT_EQ(file.view.statisticsBy, "province");
    EXPECT_EQ(file.view.extentCrs, "EPSG:9209");
    const geo::Envelope shown = first.window.canvas()->view().envelope();
    EXPECT_NEAR(file.view.minX, shown.minX, 0.01);
    EXPECT_NEAR(file.view.maxY, shown.maxY, 0.01);

    Window second;
    ASSERT_TRUE(second.window.openProject(demo.project())) << second.window.lastError().toStdString();
    EXPECT_FALSE(second.window.isWindowModified());
    const Document& doc = *second.window.document();
    ASSERT_GE(doc.zones, 0);
    EXPECT_EQ(doc.layers[static_cast<std::size_t>(doc.zones)].id, "province");
    const RenderSettings& a = first.window.canvas()->renderSettings();
    const RenderSettings& b = second.window.canvas()->renderSettings();
    ASSERT_EQ(a.layers.size(), b.layers.size());
    for (std::size_t i = 0; i < a.layers.size(); ++i) {
        EXPECT_EQ(a.layers[i].id, b.layers[i].id) << i;
        EXPECT_EQ(a.layers[i].visible, b.layers[i].visible) << a.layers[i].id;
        EXPECT_DOUBLE_EQ(a.layers[i].opacity, b.layers[i].opacity) << a.layers[i].id;
    }
    const MapView va = first.window.canvas()->view(), vb = second.window.canvas()->view();
    EXPECT_EQ(va.size, vb.size);
    EXPECT_NEAR(va.resolution, vb.resolution, va.resolution * 1e-6);
    EXPECT_NEAR(va.centre.x, vb.centre.x, 0.01);
    EXPECT_NEAR(va.centre.y, vb.centre.y, 0.01);
    // Saved from the reopened window, unchanged: the same bytes again.
    ASSERT_TRUE(second.window.saveProject(demo.project()));
    EXPECT_EQ(bytesOf(demo.project()), saved);
}

TEST(ProjectArrangement, SaveAsIntoAnotherFolderKeepsEveryLayer) {
    DemoCopy demo;
    QTemporaryDir elsewhere;
    Window w;
    ASSERT_TRUE(w.window.openProject(demo.project())) << w.window.lastError().toStdString();
    const QString moved = QDir(elsewhere.path()).filePath(QStringLiteral("sub/copy.vtproj"));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(moved).absolutePath()));
    ASSERT_TRUE(w.window.saveProject(moved)) << w.window.lastError().toStdString();
    const geo::Project p = geo::loadProject(moved.toStdString());
    for (const auto& layer : p.layers)
        EXPECT_TRUE(QFileInfo::exists(QString::fromStdString(p.resolve(layer.path)))) << layer.path;
    ASSERT_TRUE(p.crosswalk);
    EXPECT_TRUE(QFileInfo::exists(QString::fromStdString(p.resolve(p.crosswalk->path))));
    Window again;
    ASSERT_TRUE(again.window.openProject(moved)) << again.window.lastError().toStdString();
    EXPECT_TRUE(again.window.missingLayersNotice().isEmpty()) << again.window.missingLayersNotice().toStdString();
}

// ---- Missing files on open: the "Layers not found" dialog ----------------

namespace {

void keepPicture(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("VT_SCREENSHOT_DIR");
    QCoreApplication::processEvents();  // widgets added to a layout are shown by a queued call
    QPixmap picture = widget.grab();
    EXPECT_FALSE(picture.isNull()) << name.toStdString();
    if (!dir.isEmpty()) picture.save(QDir(dir).filePath(name));
}

// The zone table of a project's statistics as geo/ writes it (CSV), read
// through geo/ alone: loadWorkspace, linkWorkspace, computeStatistics.
QByteArray zoneTableOf(const std::string& projectPath, const QString& csv) {
    geo::Workspace ws = geo::loadWorkspace(geo::loadProject(projectPath));
    geo::Links links = geo::linkWorkspace(ws);
    geo::Statistics stats = geo::computeStatistics(ws, links);
    geo::ExportOptions options;
    options.format = geo::ExportFormat::Csv;
    options.outputPath = csv.toStdString();
    geo::exportStatistics(ws, stats, geo::StatisticsTable::Zones, options);
    return bytesOf(csv);
}

}  // namespace

TEST(RelinkDialog, AMovedFileIsFoundByNameInAChosenFolderAndADroppedLayerLeaves) {
    DemoCopy demo;
    QDir folder(demo.dir.path());
    // Someone tidied the share: the planting areas moved two folders down, the investments are gone.
    ASSERT_TRUE(folder.mkpath(QStringLiteral("2024/vung")));
    ASSERT_TRUE(folder.rename(QStringLiteral("vung_trong.gpkg"), QStringLiteral("2024/vung/vung_trong.gpkg")));
    ASSERT_TRUE(folder.remove(QStringLiteral("dau_tu.csv")));
    Window w;
    ASSERT_TRUE(w.window.openProject(demo.project())) << w.window.lastError().toStdString();
    std::vector<MissingLayerInfo> missing = missingLayers(w.window.document()->workspace);
    ASSERT_EQ(missing.size(), 2u);
    RelinkDialog dialog(missing, demo.dir.path(), &w.window);
    ASSERT_EQ(dialog.rowCount(), 2);
    EXPECT_EQ(dialog.table()->item(0, RelinkDialog::LayerColumn)->text(), QStringLiteral("planting_areas"));
    EXPECT_EQ(dialog.table()->item(0, RelinkDialog::OldPathColumn)->text(), QStringLiteral("vung_trong.gpkg"));
    EXPECT_EQ(dialog.table()->item(1, RelinkDialog::OldPathColumn)->text(), QStringLiteral("dau_tu.csv"));
    EXPECT_EQ(dialog.searchFolder(demo.dir.path()), 1) << "only the planting areas are anywhere";
    EXPECT_EQ(dialog.table()->item(0, RelinkDialog::NewPathColumn)->text(),
              folder.filePath(QStringLiteral("2024/vung/vung_trong.gpkg")));
    dialog.setAction(1, RelinkChoice::Action::Drop);
    dialog.show();
    keepPicture(dialog, QStringLiteral("relink_dialog.png"));
    const std::vector<RelinkChoice> choices = dialog.choices();
    ASSERT_EQ(choices.size(), 2u);
    EXPECT_EQ(choices[0].action, RelinkChoice::Action::Relink);
    EXPECT_EQ(choices[1].action, RelinkChoice::Action::Drop);

    ASSERT_TRUE(w.window.relinkLayers(choices)) << w.window.lastError().toStdString();
    EXPECT_TRUE(w.window.isWindowModified());
    const Document& doc = *w.window.document();
    EXPECT_TRUE(missingLayers(doc.workspace).empty());
    EXPECT_FALSE(doc.workspace.project.findLayer("investments"));
    // The planted hectares are the demo's again (geo/'s statistics of the untouched demo).
    const geo::Workspace original = geo::loadWorkspace(geo::loadProject(apptest::demoProject().toStdString()));
    const geo::Statistics expected = geo::computeStatistics(original, geo::linkWorkspace(original));
    ASSERT_TRUE(doc.statistics);
    EXPECT_DOUBLE_EQ(doc.statistics->total.grossPlantedHa, expected.total.grossPlantedHa);
    EXPECT_EQ(doc.statistics->total.codes, expected.total.codes);
    EXPECT_GT(expected.total.investmentVnd, 0);
    EXPECT_EQ(doc.statistics->total.investmentVnd, 0) << "the investments were dropped";

    // Saved: the new path, relative to the project; no investments layer.
    ASSERT_TRUE(w.window.saveProject(demo.project()));
    const geo::Project saved = geo::loadProject(demo.project().toStdString());
    EXPECT_EQ(saved.findLayer("planting_areas")->path, "2024/vung/vung_trong.gpkg");
    EXPECT_FALSE(saved.findLayer("investments"));
    // Undo brings both back as they were: missing.
    w.window.undoStack()->undo();
    EXPECT_EQ(missingLayers(w.window.document()->workspace).size(), 2u);
}

TEST(RelinkDialog, FindFilesNamedPrefersTheNearestAndIgnoresCase) {
    QTemporaryDir dir;
    QDir root(dir.path());
    ASSERT_TRUE(root.mkpath(QStringLiteral("a/b")));
    for (const char* name : {"a/b/HUYEN.SHP", "a/huyen.shp", "a/other.shp"}) {
        QFile f(root.filePath(QString::fromUtf8(name)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    const QStringList found = findFilesNamed(dir.path(), QStringLiteral("huyen.shp"));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0], root.filePath(QStringLiteral("a/huyen.shp")));
    EXPECT_EQ(found[1], root.filePath(QStringLiteral("a/b/HUYEN.SHP")));
    EXPECT_TRUE(findFilesNamed(dir.path(), QStringLiteral("xa.shp")).isEmpty());
}

// ---- New project wizard ----------------------------------------------------

TEST(NewProjectWizard, BuiltFromTheDemoFilesItsStatisticsAreTheDemoProjects) {
    DemoCopy demo;
    QDir folder(demo.dir.path());
    const geo::Project reference = geo::loadProject(demo.project().toStdString());
    Language language;
    language.setLanguage(QStringLiteral("vi"));
    NewProjectWizard wizard;
    wizard.show();
    wizard.setProjectName(QStringLiteral("Sóc Trăng (thử)"));
    ASSERT_TRUE(wizard.setProvince(QStringLiteral("soc trang")));
    keepPicture(wizard, QStringLiteral("wizard_1_province.png"));
    EXPECT_EQ(wizard.provinceCrs().toStdString(), reference.provinceCrs);  // the demo file says EPSG:9209

    wizard.next();
    const QStringList names = {"tinh.shp",    "huyen.shp",  "vung_trong.gpkg", "htx.shp",
                               "dau_tu.csv",  "vay_von.csv", "to_hop_tac.csv"};
    QStringList paths;
    for (const QString& n : names) paths << folder.filePath(n);
    ASSERT_EQ(wizard.addFiles(paths), names.size()) << wizard.problems().join(QStringLiteral("\n")).toStdString();
    // One more by drag and drop, as from a file manager.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder.filePath(QStringLiteral("lien_hiep.csv")))});
    // Qt delivers a drop to the widget that accepted the drag's entry.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&wizard, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&wizard, &drop);
    ASSERT_EQ(wizard.files().size(), 8u) << wizard.problems().join(QStringLiteral("\n")).toStdString();
    keepPicture(wizard, QStringLiteral("wizard_2_files.png"));

    // Roles and fields suggested from the columns are the demo project's.
    const std::map<std::string, WizardRole> expectedRole = {{"huyen", WizardRole::Zones},
                                                            {"vung_trong", WizardRole::PlantingAreas},
                                                            {"htx", WizardRole::Cooperatives},
                                                            {"dau_tu", WizardRole::Investments},
                                                            {"vay_von", WizardRole::Loans}};
    const std::map<std::string, std::string> demoId = {{"huyen", "districts"},      {"vung_trong", "planting_areas"},
                                                       {"htx", "cooperatives"},     {"dau_tu", "investments"},
                                                       {"vay_von", "fund_loans"}};
    for (const auto& f : wizard.files()) {
        auto role = expectedRole.find(f.id);
        if (role == expectedRole.end()) continue;
        EXPECT_EQ(f.role, role->second) << f.id;
        EXPECT_EQ(f.fields, reference.findLayer(demoId.at(f.id))->fields) << f.id;
    }
    // htx.shp has no .prj: its CRS is a guess in the province's zone, shown and then recorded.
    const auto htx = std::find_if(wizard.files().begin(), wizard.files().end(), [](const auto& f) { return f.id == "htx"; });
    ASSERT_NE(htx, wizard.files().end());
    EXPECT_TRUE(htx->crsGuessed);
    EXPECT_EQ(htx->crsChoice, reference.provinceCrs);
    // A single polygon is the province's boundary; tables without coordinates are tables
    // (to_hop_tac.csv has a zone's columns, ma_dvhc and ten, but no places).
    EXPECT_EQ(wizard.files()[0].id, "tinh");
    EXPECT_EQ(wizard.files()[0].role, WizardRole::Boundary);
    EXPECT_EQ(wizard.files()[6].id, "to_hop_tac");
    EXPECT_EQ(wizard.files()[6].role, WizardRole::Table);
    // The user can say otherwise; here they agree.
    wizard.setRole(0, WizardRole::Boundary);

    wizard.next();
    EXPECT_EQ(wizard.currentId(), NewProjectWizard::FieldsPage);
    wizard.findChild<QComboBox*>(QStringLiteral("fieldsFile"))->setCurrentIndex(2);  // the planting areas
    keepPicture(wizard, QStringLiteral("wizard_3_fields.png"));
    wizard.next();
    const QString path = folder.filePath(QStringLiteral("moi.vtproj"));
    wizard.setProjectPath(path);
    keepPicture(wizard, QStringLiteral("wizard_4_save.png"));
    wizard.accept();
    EXPECT_EQ(wizard.result(), QDialog::Accepted);

    const geo::Project built = geo::loadProject(path.toStdString());
    EXPECT_EQ(built.provinceCrs, reference.provinceCrs);
    EXPECT_EQ(built.findLayer("vung_trong")->path, "vung_trong.gpkg");
    EXPECT_EQ(built.layers.size(), 8u);
    // The statistics of both projects, computed by geo/ alone and written as geo/'s CSV, are the same bytes.
    const QByteArray mine = zoneTableOf(path.toStdString(), folder.filePath(QStringLiteral("moi.csv")));
    const QByteArray demoTable = zoneTableOf(demo.project().toStdString(), folder.filePath(QStringLiteral("demo.csv")));
    EXPECT_GT(mine.count('\n'), 11) << "a header and the 11 districts";
    EXPECT_EQ(mine, demoTable);

    // Opened in the window, as File ▸ New project does.
    Window w;
    ASSERT_TRUE(w.window.openProject(path)) << w.window.lastError().toStdString();
    ASSERT_TRUE(w.window.document()->statistics);
    EXPECT_EQ(w.window.document()->statistics->zones.size(), 11u);
}

TEST(NewProjectWizard, ProjectSettingsKeepWhatThePagesDoNotShow) {
    DemoCopy demo;
    const geo::Project before = geo::loadProject(demo.project().toStdString());
    NewProjectWizard wizard;
    wizard.loadFrom(before);
    ASSERT_EQ(wizard.files().size(), before.layers.size()) << wizard.problems().join(QStringLiteral("\n")).toStdString();
    // Planting areas' crop field unmapped, as a user would in the fields page.
    int plantings = -1;
    for (std::size_t i = 0; i < wizard.files().size(); ++i)
        if (wizard.files()[i].id == "planting_areas") plantings = static_cast<int>(i);
    ASSERT_GE(plantings, 0);
    wizard.setField(plantings, "crop", "");
    QString error;
    ASSERT_TRUE(wizard.writeProject(&error)) << error.toStdString();
    const geo::Project after = geo::loadProject(demo.project().toStdString());
    EXPECT_EQ(after.findLayer("planting_areas")->field("crop"), "");
    EXPECT_EQ(after.findLayer("planting_areas")->field("code"), "ma_vung");
    ASSERT_TRUE(after.crosswalk);  // not on any page: kept
    EXPECT_EQ(after.crosswalk->path, before.crosswalk->path);
    EXPECT_EQ(after.basemaps.size(), before.basemaps.size());
    EXPECT_EQ(after.codePattern, before.codePattern);
    EXPECT_EQ(after.findLayer("fund_loans")->fields, before.findLayer("fund_loans")->fields);
    EXPECT_EQ(after.findLayer("districts")->title, before.findLayer("districts")->title);
}
