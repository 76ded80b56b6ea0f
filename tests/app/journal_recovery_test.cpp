// The app's edit journal (journal_recorder.h, edit_controller_journal.cpp):
// a VungTrong killed (SIGKILL, a real child process) before saving, or while
// a save fails half-way, loses nothing: the next open offers the edits back,
// and recovering them gives the features the same edits give when made with
// GDAL on another copy of the demo. Two windows editing from one stamp: the
// second save is a conflict and its edits stay recoverable, applied only
// where the file still holds what they found. The audit log exports as CSV.
#include <gdal.h>
#include <ogr_api.h>
#include <pwd.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <cmath>
#include <map>
#include <string>
#include <string_view>

#include "app_test_support.h"
#include "edit_controller.h"
#include "geo/edit_journal.h"
#include "geo/error.h"
#include "geo/project.h"
#include "geo/workspace.h"
#include "journal_recorder.h"
#include "language.h"
#include "layer_save_internal.h"
#include "main_window.h"
#include "recovery_dialog.h"

extern char** environ;

using namespace vt::gui;

namespace {

// The user name as the system's own tool says it.
QString idUser() {
    QProcess p;
    p.start(QStringLiteral("id"), {QStringLiteral("-un")});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QByteArray sha256(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

bool copyDemo(const QTemporaryDir& dir) { return apptest::copyDemoTo(dir.path()); }

// The journal's edit lines, counted from the file itself.
int editLines(const QString& journal) {
    QFile f(journal);
    if (!f.open(QIODevice::ReadOnly)) return -1;
    int n = 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.contains("\"type\":\"edit\"")) ++n;
    return n;
}

std::unique_ptr<MainWindow> openWindow(Language* language, const QString& project) {
    auto w = std::make_unique<MainWindow>(language);
    w->setInteractive(false);
    w->resize(1000, 700);
    if (!w->openProject(project)) ADD_FAILURE() << w->lastError().toStdString();
    return w;
}

const std::vector<geo::Feature>& plantings(const MainWindow& w) {
    const Document& d = *w.document();
    return d.loaded(d.plantings).normalised.features;
}
std::string plantingsId(const MainWindow& w) {
    const Document& d = *w.document();
    return d.layers[static_cast<std::size_t>(d.plantings)].id;
}
int indexOf(const MainWindow& w, std::int64_t fid) { return featureIndexOfFid(*w.document(), w.document()->plantings, fid); }

// The edits the killed child makes, by FID (the parent chooses them from the demo).
struct Recipe {
    std::int64_t declared, reshaped, deleted, redone, undone, shapeOf, copied;
    static Recipe of(const MainWindow& w) {
        const auto& f = plantings(w);
        return {f[0].fid, f[1].fid, f[3].fid, f[4].fid, f[2].fid, f[8].fid, f[5].fid};
    }
    QByteArray text() const {
        return QByteArray::number(declared) + ',' + QByteArray::number(reshaped) + ',' + QByteArray::number(deleted) +
               ',' + QByteArray::number(redone) + ',' + QByteArray::number(undone) + ',' +
               QByteArray::number(shapeOf) + ',' + QByteArray::number(copied);
    }
    static Recipe parse(const QByteArray& text) {
        auto p = text.split(',');
        return {p.value(0).toLongLong(), p.value(1).toLongLong(), p.value(2).toLongLong(), p.value(3).toLongLong(),
                p.value(4).toLongLong(), p.value(5).toLongLong(), p.value(6).toLongLong()};
    }
};
const char* const kNewCode = "VN-STTT-9100";

// Runs this test binary's JournalChild test in a child process with env added; its wait status.
int runChild(const std::vector<std::string>& env) {
    const std::string self = QCoreApplication::applicationFilePath().toStdString();
    std::string filter = "--gtest_filter=JournalChild.EditsThenDies";
    std::vector<std::string> envStrings(env);
    // Not the shard of a sharded run (VT_TEST_PROCESS_PER_TEST=OFF): the child runs its one test whatever the shard.
    for (char** e = environ; *e; ++e)
        if (std::string_view(*e).rfind("GTEST_SHARD_INDEX=", 0) != 0 && std::string_view(*e).rfind("GTEST_TOTAL_SHARDS=", 0) != 0)
            envStrings.emplace_back(*e);
    std::vector<char*> envp, argv{const_cast<char*>(self.c_str()), filter.data(), nullptr};
    for (auto& s : envStrings) envp.push_back(s.data());
    envp.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, self.c_str(), nullptr, nullptr, argv.data(), envp.data()) != 0) return -1;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return -1;
    return status;
}

// The same edits made with GDAL's OGR API on the GeoPackage of another copy
// of the demo, then read as the project reads it: what recovery must give.
std::vector<geo::Feature> expectedByGdal(const QTemporaryDir& dir, const Recipe& r) {
    const std::string gpkg = dir.filePath(QStringLiteral("vung_trong.gpkg")).toStdString();
    GDALDatasetH ds = GDALOpenEx(gpkg.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
    if (!ds) {
        ADD_FAILURE() << "GDAL cannot open " << gpkg;
        return {};
    }
    OGRLayerH layer = GDALDatasetGetLayerByName(ds, "vung_trong");
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const int declared = OGR_FD_GetFieldIndex(defn, "dt_khai"), code = OGR_FD_GetFieldIndex(defn, "ma_vung");
    auto setDeclared = [&](std::int64_t fid, double value) {
        OGRFeatureH f = OGR_L_GetFeature(layer, fid);
        OGR_F_SetFieldDouble(f, declared, value);
        EXPECT_EQ(OGR_L_SetFeature(layer, f), OGRERR_NONE);
        OGR_F_Destroy(f);
    };
    auto geometryOf = [&](std::int64_t fid) {
        OGRFeatureH f = OGR_L_GetFeature(layer, fid);
        OGRGeometryH g = OGR_G_Clone(OGR_F_GetGeometryRef(f));
        OGR_F_Destroy(f);
        return g;
    };
    setDeclared(r.declared, 7.25);
    setDeclared(r.redone, 3.5);
    {
        OGRFeatureH f = OGR_L_GetFeature(layer, r.reshaped);
        OGR_F_SetGeometryDirectly(f, geometryOf(r.shapeOf));
        EXPECT_EQ(OGR_L_SetFeature(layer, f), OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    EXPECT_EQ(OGR_L_DeleteFeature(layer, r.deleted), OGRERR_NONE);
    {
        OGRFeatureH f = OGR_F_Create(defn);
        OGR_F_SetFieldString(f, code, kNewCode);
        OGR_F_SetGeometryDirectly(f, geometryOf(r.copied));
        EXPECT_EQ(OGR_L_CreateFeature(layer, f), OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    geo::Project project = geo::loadProject(dir.filePath(QStringLiteral("soc-trang.vtproj")).toStdString());
    for (const auto& spec : project.layers)
        if (spec.id == "planting_areas") return geo::loadLayer(project, spec).normalised.features;
    ADD_FAILURE() << "no planting_areas layer";
    return {};
}

bool near(const std::vector<geo::XY>& a, const std::vector<geo::XY>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::abs(a[i].x - b[i].x) > 1e-9 || std::abs(a[i].y - b[i].y) > 1e-9) return false;
    return true;
}
bool nearGeometry(const geo::Geometry& a, const geo::Geometry& b) {
    if (a.kind != b.kind || a.polygons.size() != b.polygons.size() || !near(a.points, b.points)) return false;
    for (std::size_t p = 0; p < a.polygons.size(); ++p) {
        if (a.polygons[p].rings.size() != b.polygons[p].rings.size()) return false;
        for (std::size_t r = 0; r < a.polygons[p].rings.size(); ++r)
            if (!near(a.polygons[p].rings[r], b.polygons[p].rings[r])) return false;
    }
    return true;
}

// Same features, matched by planting-area code (a new feature's FID differs between the two).
void expectSameByCode(const std::vector<geo::Feature>& got, const std::vector<geo::Feature>& want, int codeField) {
    std::map<std::string, const geo::Feature*> wanted;
    for (const auto& f : want) wanted[geo::toText(f.attributes[static_cast<std::size_t>(codeField)])] = &f;
    ASSERT_EQ(got.size(), want.size());
    for (const auto& f : got) {
        const std::string code = geo::toText(f.attributes[static_cast<std::size_t>(codeField)]);
        auto it = wanted.find(code);
        ASSERT_NE(it, wanted.end()) << code;
        ASSERT_EQ(f.attributes.size(), it->second->attributes.size()) << code;
        for (std::size_t i = 0; i < f.attributes.size(); ++i)
            EXPECT_EQ(geo::toText(f.attributes[i]), geo::toText(it->second->attributes[i])) << code << " field " << i;
        EXPECT_TRUE(nearGeometry(f.geometry, it->second->geometry)) << code;
    }
}

}  // namespace

// Not a test of its own: the child process of the tests below (skipped when run directly).
// Opens the project named by VT_JOURNAL_CHILD_PROJECT, makes the recipe's edits
// through the edit controller, optionally fails a save, and is killed.
TEST(JournalChild, EditsThenDies) {
    const QString project = QString::fromLocal8Bit(qgetenv("VT_JOURNAL_CHILD_PROJECT"));
    if (project.isEmpty()) GTEST_SKIP() << "the child process of JournalRecovery's tests";
    const Recipe r = Recipe::parse(qgetenv("VT_JOURNAL_CHILD_RECIPE"));
    const QByteArray save = qgetenv("VT_JOURNAL_CHILD_SAVE");
    Language language;
    ASSERT_TRUE(language.setLanguage(QStringLiteral("en")));
    auto w = openWindow(&language, project);
    EditController* editor = w->editController();
    ASSERT_TRUE(editor->startEditing(plantingsId(*w)));
    const Document& d0 = *w->document();
    const auto declaredField = static_cast<std::size_t>(d0.plantingDeclaredField);
    auto setDeclared = [&](std::int64_t fid, double value) {
        std::vector<geo::Value> a = plantings(*w)[static_cast<std::size_t>(indexOf(*w, fid))].attributes;
        a[declaredField] = value;
        ASSERT_TRUE(editor->setAttributes(indexOf(*w, fid), a)) << editor->lastError().toStdString();
    };
    setDeclared(r.declared, 7.25);
    ASSERT_TRUE(editor->setGeometry(indexOf(*w, r.reshaped), plantings(*w)[static_cast<std::size_t>(indexOf(*w, r.shapeOf))].geometry))
        << editor->lastError().toStdString();
    ASSERT_TRUE(editor->deleteFeatures({indexOf(*w, r.deleted)}));
    setDeclared(r.redone, 3.5);
    w->undoStack()->undo();
    w->undoStack()->redo();
    setDeclared(r.undone, 99.0);
    w->undoStack()->undo();
    std::vector<geo::Value> na(plantings(*w)[0].attributes.size());
    na[static_cast<std::size_t>(w->document()->plantingCodeField)] = std::string(kNewCode);
    ASSERT_TRUE(editor->addFeature(plantings(*w)[static_cast<std::size_t>(indexOf(*w, r.copied))].geometry, na))
        << editor->lastError().toStdString();

    QFile report(QFileInfo(project).absolutePath() + QStringLiteral("/child-report.txt"));
    ASSERT_TRUE(report.open(QIODevice::WriteOnly));
    if (save == "fail" || save == "kill") {
        // The save fails (or the process dies) just before the GeoPackage transaction commits.
        const bool kill = save == "kill";
        editor->setSaverForTesting([kill](const geo::LayerEdits& edits) {
            geo::detail::SaveHooks hooks;
            hooks.beforeCommit = [kill] {
                if (kill) ::kill(::getpid(), SIGKILL);
                throw geo::IoError("injected: the disk is full");
            };
            return geo::detail::saveLayerEdits(edits, hooks);
        });
        const bool saved = editor->saveEdits();
        report.write(saved ? "saved\n" : "not saved: " + editor->lastError().toUtf8() + "\n");
    }
    report.write("killing\n");
    report.close();
    ::kill(::getpid(), SIGKILL);
}

class JournalRecovery : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid() && expectedDir.isValid());
        ASSERT_TRUE(copyDemo(dir) && copyDemo(expectedDir));
        ASSERT_TRUE(language.setLanguage(QStringLiteral("en")));
        project = dir.filePath(QStringLiteral("soc-trang.vtproj"));
        gpkg = dir.filePath(QStringLiteral("vung_trong.gpkg"));
        journal = project + QStringLiteral(".edits.jsonl");
    }
    // A child makes the recipe's edits in a VungTrong window and is SIGKILLed;
    // then this process opens the project. save: "" (no save), "fail", "kill".
    void killedChildThenReopen(const QByteArray& save) {
        {
            auto probe = openWindow(&language, project);  // which FIDs to edit, as the child will read them
            recipe = Recipe::of(*probe);
            codeField = probe->document()->plantingCodeField;
        }
        const QByteArray before = sha256(gpkg);
        const int status = runChild({"VT_JOURNAL_CHILD_PROJECT=" + project.toStdString(),
                                     "VT_JOURNAL_CHILD_RECIPE=" + recipe.text().toStdString(),
                                     "VT_JOURNAL_CHILD_SAVE=" + save.toStdString()});
        ASSERT_TRUE(WIFSIGNALED(status)) << "the child exited with status " << status;
        ASSERT_EQ(WTERMSIG(status), SIGKILL);
        QFile report(dir.filePath(QStringLiteral("child-report.txt")));
        if (save != "kill") {
            ASSERT_TRUE(report.open(QIODevice::ReadOnly)) << "the child did not get to its edits";
            childReport = QString::fromUtf8(report.readAll());
        }
        // 9 edits, each one line as it was made: 3 updates, 1 delete, an undo and a
        // redo of an update (2 more), an update and its undo (2), 1 insert.
        EXPECT_EQ(editLines(journal), 9);
        window = openWindow(&language, project);
        // The source was never touched: byte for byte what it was (read after the
        // reopen, so that a transaction the kill left open was rolled back by then).
        EXPECT_EQ(sha256(gpkg), before);
    }
    Language language;
    QTemporaryDir dir, expectedDir;
    QString project, gpkg, journal, childReport;
    Recipe recipe{};
    int codeField = -1;
    std::unique_ptr<MainWindow> window;
};

TEST_F(JournalRecovery, AKilledSessionIsOfferedAndRecoveringGivesWhatGdalMakesOfTheSameEdits) {
    ASSERT_NO_FATAL_FAILURE(killedChildThenReopen(""));
    EditController* editor = window->editController();
    const RecoveryOffer& offer = editor->lastRecoveryOffer();
    ASSERT_EQ(offer.layers.size(), 1u);
    EXPECT_EQ(offer.layers[0].layerId, "planting_areas");
    EXPECT_EQ(static_cast<int>(offer.editCount()), editLines(journal));
    ASSERT_EQ(offer.layers[0].users.size(), 1u);
    EXPECT_EQ(QString::fromStdString(offer.layers[0].users[0]), idUser());
    EXPECT_FALSE(offer.layers[0].sourceChanged);
    EXPECT_FALSE(editor->isEditing());  // nothing is applied before the user says so

    // What the user sees, and Recover.
    const int killedSessionLines = editLines(journal);
    QString shown;
    window->setInteractive(true);
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<RecoveryDialog*>(QApplication::activeModalWidget());
        window->setInteractive(false);  // whatever follows reports to lastError(), never blocks
        ASSERT_NE(dialog, nullptr);
        shown = dialog->message();
        dialog->recoverButton()->click();
    });
    editor->offerRecovery();
    window->setInteractive(false);
    EXPECT_TRUE(shown.contains(QStringLiteral("%1 edit").arg(killedSessionLines))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(idUser())) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Mã số vùng trồng"))) << shown.toStdString();  // the layer's title

    ASSERT_TRUE(editor->isEditing()) << editor->lastError().toStdString();
    const std::vector<geo::Feature> expected = expectedByGdal(expectedDir, recipe);
    expectSameByCode(plantings(*window), expected, codeField);
    // Recovered, not saved: 5 net edits (3 updates, 1 delete, 1 insert), one undoable step.
    EXPECT_EQ(editor->session()->netEdits(*window->document()).size(), 5u);
    EXPECT_EQ(window->undoStack()->count(), 1);
    // Offered once: the killed session is closed, the new one journals them.
    EXPECT_TRUE(editor->recoveryOffer().empty());
    // Saving writes them; then nothing is left to recover.
    ASSERT_TRUE(editor->saveEdits()) << editor->lastError().toStdString();
    EXPECT_TRUE(geo::recoverableEdits(journal.toStdString()).empty());
    window.reset();
    auto again = openWindow(&language, project);
    EXPECT_TRUE(again->editController()->lastRecoveryOffer().empty());
    expectSameByCode(plantings(*again), expected, codeField);
}

TEST_F(JournalRecovery, ASaveThatFailsHalfWayLeavesTheFileAsItWasAndTheEditsRecoverable) {
    ASSERT_NO_FATAL_FAILURE(killedChildThenReopen("fail"));
    EXPECT_TRUE(childReport.contains(QStringLiteral("not saved: ")) && childReport.contains(QStringLiteral("injected")))
        << childReport.toStdString();
    EditController* editor = window->editController();
    ASSERT_EQ(editor->lastRecoveryOffer().layers.size(), 1u);
    ASSERT_TRUE(editor->recoverEdits(editor->lastRecoveryOffer().layers[0])) << editor->lastError().toStdString();
    expectSameByCode(plantings(*window), expectedByGdal(expectedDir, recipe), codeField);
}

TEST_F(JournalRecovery, AKillInsideTheSaveLeavesTheFileAsItWasAndTheEditsRecoverable) {
    ASSERT_NO_FATAL_FAILURE(killedChildThenReopen("kill"));
    EditController* editor = window->editController();
    ASSERT_EQ(editor->lastRecoveryOffer().layers.size(), 1u);
    ASSERT_TRUE(editor->recoverEdits(editor->lastRecoveryOffer().layers[0])) << editor->lastError().toStdString();
    expectSameByCode(plantings(*window), expectedByGdal(expectedDir, recipe), codeField);
}

TEST_F(JournalRecovery, DiscardAndLaterDoWhatTheySay) {
    ASSERT_NO_FATAL_FAILURE(killedChildThenReopen(""));
    EditController* editor = window->editController();
    window->setInteractive(true);
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<RecoveryDialog*>(QApplication::activeModalWidget());
        window->setInteractive(false);
        ASSERT_NE(dialog, nullptr);
        dialog->laterButton()->click();
    });
    editor->offerRecovery();
    window->setInteractive(false);
    EXPECT_FALSE(editor->isEditing());
    EXPECT_EQ(editor->recoveryOffer().editCount(), 9u);  // still there
    ASSERT_TRUE(editor->discardRecoverable(editor->recoveryOffer().layers[0]));
    EXPECT_TRUE(editor->recoveryOffer().empty());
    EXPECT_TRUE(geo::recoverableEdits(journal.toStdString()).empty());
    EXPECT_FALSE(editor->isEditing());
}

TEST_F(JournalRecovery, TheSecondOfTwoWindowsGetsAConflictAndItsEditsStayRecoverableWhereSafe) {
    auto a = openWindow(&language, project);
    auto b = openWindow(&language, project);
    const std::size_t declared = static_cast<std::size_t>(a->document()->plantingDeclaredField);
    const std::int64_t both = plantings(*a)[0].fid, onlyB = plantings(*a)[1].fid;
    const double originalBoth = *geo::toNumber(plantings(*a)[0].attributes[declared]);
    auto setDeclared = [&](MainWindow& w, std::int64_t fid, double value) {
        std::vector<geo::Value> v = plantings(w)[static_cast<std::size_t>(indexOf(w, fid))].attributes;
        v[declared] = value;
        ASSERT_TRUE(w.editController()->setAttributes(indexOf(w, fid), v)) << w.editController()->lastError().toStdString();
    };
    ASSERT_TRUE(a->editController()->startEditing(plantingsId(*a)));
    ASSERT_TRUE(b->editController()->startEditing(plantingsId(*b)));
    setDeclared(*a, both, 11.0);
    setDeclared(*b, both, 22.0);
    setDeclared(*b, onlyB, 33.0);
    ASSERT_TRUE(a->editController()->saveEdits()) << a->editController()->lastError().toStdString();
    EXPECT_FALSE(b->editController()->saveEdits());
    EXPECT_TRUE(b->editController()->lastError().contains(QStringLiteral("vung_trong.gpkg")))
        << b->editController()->lastError().toStdString();
    // B's two edits are still open in the journal, and while B runs nobody is offered them.
    EXPECT_EQ(geo::recoverableEdits(journal.toStdString()).size(), 2u);
    {
        auto c = openWindow(&language, project);
        EXPECT_TRUE(c->editController()->lastRecoveryOffer().empty());
        EXPECT_EQ(c->editController()->lastRecoveryOffer().runningElsewhere, 2u);
    }
    b.reset();  // B goes away without saving nor discarding: as a crash would
    auto c = openWindow(&language, project);
    EditController* editor = c->editController();
    const RecoveryOffer& offer = editor->lastRecoveryOffer();
    ASSERT_EQ(offer.layers.size(), 1u);
    EXPECT_EQ(offer.editCount(), 2u);
    EXPECT_TRUE(offer.layers[0].sourceChanged);  // A saved meanwhile
    // The feature A saved is not overwritten; the other is safe to apply.
    ReplayResult preview = editor->previewRecovery(offer.layers[0]);
    EXPECT_EQ(preview.applied, 1u);
    ASSERT_EQ(preview.conflicts.size(), 1u);
    EXPECT_EQ(preview.conflicts[0].fid, both);
    EXPECT_EQ(preview.conflicts[0].reason, ReplayConflict::Reason::Changed) << preview.conflicts[0].text();
    // The dialog says so.
    QString shown;
    c->setInteractive(true);
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<RecoveryDialog*>(QApplication::activeModalWidget());
        c->setInteractive(false);
        ASSERT_NE(dialog, nullptr);
        shown = dialog->message();
        dialog->recoverButton()->click();
    });
    editor->offerRecovery();
    c->setInteractive(false);
    EXPECT_TRUE(shown.contains(QStringLiteral("changed since"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("1 of 2 edit"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("cannot be applied"))) << shown.toStdString();
    ASSERT_TRUE(editor->isEditing());
    const auto& f = plantings(*c);
    EXPECT_EQ(geo::toNumber(f[static_cast<std::size_t>(indexOf(*c, both))].attributes[declared]), 11.0);  // A's, from the file
    EXPECT_EQ(geo::toNumber(f[static_cast<std::size_t>(indexOf(*c, onlyB))].attributes[declared]), 33.0);  // B's, recovered
    EXPECT_NE(originalBoth, 11.0);
    ASSERT_TRUE(editor->saveEdits()) << editor->lastError().toStdString();
}

TEST_F(JournalRecovery, UndoRedoMergeAndDiscardLeaveAJournalThatReplaysToTheDocument) {
    window = openWindow(&language, project);
    EditController* editor = window->editController();
    ASSERT_TRUE(editor->startEditing(plantingsId(*window)));
    const std::vector<geo::Feature> original = plantings(*window);
    const std::vector<geo::Field> fields = window->document()->loaded(window->document()->plantings).normalised.fields;
    ASSERT_TRUE(editor->mergeFeatures({4, 9})) << editor->lastError().toStdString();
    ASSERT_TRUE(editor->deleteFeatures({0, 1}));
    window->undoStack()->undo();
    ASSERT_TRUE(editor->setGeometry(2, original[9].geometry));
    window->undoStack()->undo();
    window->undoStack()->redo();
    const std::string session = editor->journalRecorder().session();
    auto sessionEdits = [&] {
        std::vector<geo::JournalEdit> out;
        for (auto& r : geo::readEditJournal(journal.toStdString()).records)
            if (r.type == geo::JournalRecord::Type::Edit && r.edit.session == session) out.push_back(r.edit);
        return out;
    };
    std::int64_t next = -1000;
    ReplayResult replay = replayEdits(original, fields, sessionEdits(), [&] { return --next; });
    EXPECT_TRUE(replay.conflicts.empty()) << (replay.conflicts.empty() ? "" : replay.conflicts[0].text());
    expectSameByCode(replay.features, plantings(*window), window->document()->plantingCodeField);
    EXPECT_EQ(replay.features.size(), original.size() - 1);  // the merge took one away
    // Stopping without saving: the discard is journaled, and the session closed.
    ASSERT_TRUE(editor->stopEditing(true));
    replay = replayEdits(original, fields, sessionEdits(), [&] { return --next; });
    expectSameByCode(replay.features, original, window->document()->plantingCodeField);
    const auto records = geo::readEditJournal(journal.toStdString()).records;
    ASSERT_FALSE(records.empty());
    EXPECT_EQ(records.back().type, geo::JournalRecord::Type::Discarded);
    EXPECT_TRUE(geo::recoverableEdits(journal.toStdString()).empty());
}

TEST_F(JournalRecovery, TheAuditLogExportsAsCsvOneRowPerJournalRecordWithUserAndTime) {
    window = openWindow(&language, project);
    EditController* editor = window->editController();
    const QString csv = dir.filePath(QStringLiteral("audit.csv"));
    EXPECT_EQ(editor->exportAuditLog(csv), -1);  // nothing was edited yet: no journal
    EXPECT_TRUE(editor->lastError().contains(QStringLiteral("edits.jsonl"))) << editor->lastError().toStdString();
    const QString startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    ASSERT_TRUE(editor->startEditing(plantingsId(*window)));
    std::vector<geo::Value> v = plantings(*window)[0].attributes;
    v[static_cast<std::size_t>(window->document()->plantingCropField)] = std::string("Xoài");
    ASSERT_TRUE(editor->setAttributes(0, v));
    ASSERT_TRUE(editor->deleteFeatures({1}));
    window->undoStack()->undo();
    ASSERT_TRUE(editor->saveEdits()) << editor->lastError().toStdString();
    const QString endedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QFile jf(journal);
    ASSERT_TRUE(jf.open(QIODevice::ReadOnly));
    const int journalLines = static_cast<int>(jf.readAll().trimmed().split('\n').size());
    EXPECT_EQ(journalLines, 4);  // update, delete, its undo (an insert), saved
    EXPECT_EQ(editor->exportAuditLog(csv), journalLines);

    // Read back with GDAL's CSV driver (RFC 4180: WKT's commas are quoted).
    GDALDatasetH ds = GDALOpenEx(csv.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    ASSERT_NE(ds, nullptr);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    EXPECT_EQ(OGR_L_GetFeatureCount(layer, TRUE), journalLines);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const int user = OGR_FD_GetFieldIndex(defn, "user"), time = OGR_FD_GetFieldIndex(defn, "time"),
              action = OGR_FD_GetFieldIndex(defn, "action"), changed = OGR_FD_GetFieldIndex(defn, "changed");
    ASSERT_GE(user, 0);
    ASSERT_GE(time, 0);
    QStringList actions;
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        EXPECT_EQ(QString::fromUtf8(OGR_F_GetFieldAsString(f, user)), idUser());
        const QString t = QString::fromUtf8(OGR_F_GetFieldAsString(f, time));
        EXPECT_TRUE(QDateTime::fromString(t, Qt::ISODate).isValid()) << t.toStdString();
        EXPECT_GE(t, startedAt.left(19));  // the journal keeps whole seconds
        EXPECT_LE(t.left(19), endedAt.left(19));
        actions << QString::fromUtf8(OGR_F_GetFieldAsString(f, action));
        if (actions.size() == 1) {
            EXPECT_STREQ(OGR_F_GetFieldAsString(f, changed), "cay_trong");
        }
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    EXPECT_EQ(actions, (QStringList{QStringLiteral("update"), QStringLiteral("delete"), QStringLiteral("insert"),
                                    QStringLiteral("saved")}));
}

TEST_F(JournalRecovery, EditsThatUndoEachOtherAreClosedWithoutAsking) {
    {
        auto a = openWindow(&language, project);
        ASSERT_TRUE(a->editController()->startEditing(plantingsId(*a)));
        ASSERT_TRUE(a->editController()->deleteFeatures({2}));
        a->undoStack()->undo();
        EXPECT_EQ(geo::recoverableEdits(journal.toStdString()).size(), 2u);  // the delete and its undo
    }  // gone without stopping: as a crash would
    auto b = openWindow(&language, project);
    EXPECT_TRUE(b->editController()->lastRecoveryOffer().empty());
    EXPECT_TRUE(geo::recoverableEdits(journal.toStdString()).empty());
    EXPECT_EQ(geo::readEditJournal(journal.toStdString()).records.back().type, geo::JournalRecord::Type::Discarded);
}
