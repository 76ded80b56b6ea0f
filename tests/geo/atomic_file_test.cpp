// Issue 16: a set of files (a shapefile's .shp/.shx/.dbf/.prj, a CSV and its
// .csvt) is never seen mixed. A commit stopped half-way is staged here with
// the real journal writer and real GDAL shapefiles; the kill -9 and full-disk
// runs of the command line are in tests/cli/export_crash_test.cpp.
#include "geo/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "geo/error.h"
#include "geo/export.h"
#include "geo/source.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using vt_test::TempDir;

// No process has this id (Linux's pid_max is at most 2^22): its temporary
// files are those of a killed writer.
const std::string kDeadPid = "99999999";

const std::vector<std::string> kShapefileSidecars = {".shx", ".dbf", ".prj", ".cpg"};

// Every file of a folder (hidden ones included) with its bytes.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::directory_iterator(dir)) files[e.path().filename().string()] = vt_test::readBytes(e.path());
    return files;
}

std::vector<std::string> names(const std::map<std::string, std::string>& files) {
    std::vector<std::string> out;
    for (const auto& [name, bytes] : files) out.push_back(name);
    return out;
}

std::vector<std::pair<std::string, std::string>> squares(int n) {
    std::vector<std::pair<std::string, std::string>> out;
    for (int i = 0; i < n; ++i) {
        std::string x0 = std::to_string(105 + i * 0.01), x1 = std::to_string(105.005 + i * 0.01);
        out.push_back({std::string("C").append(std::to_string(i)), "POLYGON ((" + x0 + " 9.6, " + x1 + " 9.6, " + x1 + " 9.605, " + x0 +
                                                    " 9.605, " + x0 + " 9.6))"});
    }
    return out;
}

// The old set: plots.shp with 2 features and a .prj. The new set, under the
// temporary stem of a writer that was killed: 3 features, no .prj. Returns
// the commit's steps as AtomicReplace::commit makes them (sidecars, then the
// .shp; the old .prj is removed).
struct StagedCommit {
    fs::path target;
    std::vector<geo::ReplaceStep> steps;
};
StagedCommit stageCommit(const TempDir& dir) {
    StagedCommit c;
    c.target = dir.path() / "plots.shp";
    vt_test::writeOgr(c.target.string(), "ESRI Shapefile", 4326, squares(2));
    fs::path temp = dir.path() / (".plots~shp.tmp" + kDeadPid + "-0.shp");
    vt_test::writeOgr(temp.string(), "ESRI Shapefile", 0, squares(3));
    for (const auto& ext : kShapefileSidecars) {
        fs::path from = fs::path(temp).replace_extension(ext), to = fs::path(c.target).replace_extension(ext);
        if (fs::exists(from))
            c.steps.push_back({from, to});
        else if (fs::exists(to))
            c.steps.push_back({fs::path(), to});
    }
    c.steps.push_back({temp, c.target});
    geo::writeReplaceJournal(c.target, c.steps);
    return c;
}

TEST(AtomicSet, AReaderRefusesASetKilledBetweenRenamesAndTheNextWriterFinishesIt) {
    TempDir dir;
    StagedCommit c = stageCommit(dir);
    ASSERT_TRUE(fs::exists(fs::path(c.target).replace_extension(".prj")));
    ASSERT_EQ(c.steps.front().to.extension(), ".shx");
    // Killed after the first rename: a new .shx (3 shapes) beside the old .shp and .dbf (2).
    fs::rename(c.steps.front().from, c.steps.front().to);

    auto before = snapshot(dir.path());
    try {
        geo::readLayer(c.target.string());
        ADD_FAILURE() << "a half-replaced shapefile was read";
    } catch (const geo::IoError& e) {
        std::string m = e.what();
        EXPECT_NE(m.find("cannot read '" + c.target.string() + "'"), std::string::npos) << m;
        EXPECT_NE(m.find("interrupted half-way (journal '.plots.shp.vtjournal'): plots.shx new, plots.dbf, "),
                  std::string::npos) << m;
        EXPECT_NE(m.find("plots.shp old"), std::string::npos) << m;
    }
    EXPECT_EQ(snapshot(dir.path()), before) << "reading wrote beside the source";

    std::vector<std::string> notes;
    {
        geo::AtomicReplace next(c.target);
        notes = next.notes();
    }
    ASSERT_EQ(notes.size(), 1u);
    // 3 of the steps were left: the .dbf and .shp renames and the .prj removal
    // (the .cpg rename too when GDAL wrote one).
    std::size_t left = c.steps.size() - 1;
    EXPECT_EQ(notes[0], "finished replacing '" + c.target.string() + "', which an interrupted write had left half-done (" +
                            std::to_string(left) + " of " + std::to_string(c.steps.size()) +
                            " step(s) left, journal '.plots.shp.vtjournal')");
    // The complete new set, and nothing else: no journal, no temporary file, no old .prj.
    std::vector<std::string> expected = {"plots.dbf", "plots.shp", "plots.shx"};
    if (fs::exists(dir.path() / "plots.cpg")) expected.insert(expected.begin(), "plots.cpg");
    EXPECT_EQ(names(snapshot(dir.path())), expected);
    geo::Layer layer = geo::readLayer(c.target.string());
    EXPECT_EQ(layer.features.size(), 3u);
    for (const auto& w : layer.warnings) EXPECT_EQ(w.text.find("interrupted"), std::string::npos) << w.text;
}

TEST(AtomicSet, AJournalBeforeOrAfterEveryRenameReadsAsOneWholeSetWithAWarning) {
    {
        TempDir dir;
        StagedCommit c = stageCommit(dir);  // killed right after the journal: nothing renamed
        auto before = snapshot(dir.path());
        geo::Layer old = geo::readLayer(c.target.string());
        EXPECT_EQ(old.features.size(), 2u);
        ASSERT_EQ(old.warnings.size(), 1u);
        EXPECT_EQ(old.warnings[0].text, c.target.string() + ": a write replacing it was interrupted before it replaced "
                                   "anything; this is the previous version (journal '.plots.shp.vtjournal' left; "
                                   "the next export to it removes it)");
        EXPECT_EQ(snapshot(dir.path()), before);
    }
    {
        TempDir dir;
        StagedCommit c = stageCommit(dir);  // killed after the last step, before the journal went
        for (const auto& s : c.steps)
            if (s.from.empty())
                fs::remove(s.to);
            else
                fs::rename(s.from, s.to);
        geo::Layer fresh = geo::readLayer(c.target.string());
        EXPECT_EQ(fresh.features.size(), 3u);
        // (The other warning: the new set has no .prj, so its CRS is a guess.)
        ASSERT_EQ(fresh.warnings.size(), 2u);
        EXPECT_NE(fresh.warnings[0].text.find("after it replaced every file; this is the new version"), std::string::npos)
            << fresh.warnings[0].text;
    }
}

TEST(AtomicSet, AJournalThatIsNotOursIsAnErrorNamingIt) {
    TempDir dir;
    fs::path target = dir.path() / "plots.shp";
    vt_test::writeOgr(target.string(), "ESRI Shapefile", 0, squares(2));
    vt_test::writeText(dir.path() / ".plots.shp.vtjournal", "vungtrong replace journal 1\nrename\t../x\tplots.shp\nend\n");
    auto before = snapshot(dir.path());
    for (bool reading : {true, false}) {
        try {
            if (reading)
                geo::readLayer(target.string());
            else
                geo::AtomicReplace next(target);
            ADD_FAILURE() << "a journal naming a file outside its folder was followed";
        } catch (const geo::IoError& e) {
            EXPECT_NE(std::string(e.what()).find("its replacement journal '" + (dir.path() / ".plots.shp.vtjournal").string() +
                                                 "' names a file outside its folder"),
                      std::string::npos) << e.what();
        }
    }
    EXPECT_EQ(snapshot(dir.path()), before);
}

TEST(AtomicSet, TemporaryFilesOfAKilledWriterAreRemovedAndNamedOnTheNextWrite) {
    TempDir dir;
    fs::path target = dir.path() / "plots.csv";
    vt_test::writeText(target, "old\n");
    const std::string dead = ".plots~csv.tmp" + kDeadPid + "-3";
    const std::string live = ".plots~csv.tmp" + std::to_string(::getpid()) + "-777.csv";  // being written now
    for (const std::string& name : std::vector<std::string>{dead + ".csv", dead + ".csvt", dead + ".csv-journal", live,
                                    ".plots~gpkg.tmp" + kDeadPid + "-0.gpkg",  // another target's
                                    std::string(".plots~csv.tmpX-0.csv"), std::string("plots.csv.tmp1-0")})  // not ours
        vt_test::writeText(dir.path() / name, "x");

    std::vector<std::string> notes;
    {
        geo::AtomicReplace next(target);
        notes = next.notes();
        vt_test::writeText(next.tempPath(), "new\n");
        vt_test::writeText(fs::path(next.tempPath()).replace_extension(".csvt"), "String\n");
        next.commit({".csvt"});
    }
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0], "removed temporary files an interrupted write to '" + target.string() + "' left: " + dead +
                            ".csv, " + dead + ".csv-journal, " + dead + ".csvt")
        << "(directory order may differ: " << notes[0] << ")";
    std::vector<std::string> expected = {".plots~csv.tmp" + std::to_string(::getpid()) + "-777.csv",
                                         ".plots~csv.tmpX-0.csv", ".plots~gpkg.tmp" + kDeadPid + "-0.gpkg",
                                         "plots.csv", "plots.csv.tmp1-0", "plots.csvt"};
    EXPECT_EQ(names(snapshot(dir.path())), expected);
    EXPECT_EQ(vt_test::readBytes(target), "new\n");
}

// The journal's own temporary file is named after the target it commits
// (".plots~shp.tmp<pid>-<n>.vtjournal"), not after the journal, so that a
// writer killed while writing the journal leaves a file the next write to
// the target recognises and removes. The file lives for microseconds, so it
// is seen through inotify rather than by a kill that may or may not land
// then (ExportCrash caught a regression here only by luck).
TEST(AtomicSet, TheJournalsTemporaryFileIsNamedAfterTheTargetSoItsLeftoverIsCleanedUp) {
    TempDir dir;
    const fs::path target = dir.path() / "plots.shp";
    const int fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    ASSERT_GE(fd, 0) << "inotify: " << std::strerror(errno);
    ASSERT_GE(::inotify_add_watch(fd, dir.path().c_str(), IN_CREATE | IN_MOVED_FROM | IN_MOVED_TO), 0)
        << "inotify: " << std::strerror(errno);
    geo::writeReplaceJournal(target, {{dir.path() / (".plots~shp.tmp" + kDeadPid + "-0.shp"), target}});

    std::vector<std::string> created, movedFrom, movedTo;
    alignas(inotify_event) char buffer[8192];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
        for (char* at = buffer; at < buffer + n;) {
            const auto* e = reinterpret_cast<const inotify_event*>(at);
            const std::string name = e->len ? e->name : "";
            if (e->mask & IN_CREATE) created.push_back(name);
            if (e->mask & IN_MOVED_FROM) movedFrom.push_back(name);
            if (e->mask & IN_MOVED_TO) movedTo.push_back(name);
            at += sizeof(inotify_event) + e->len;
        }
    ::close(fd);
    ASSERT_EQ(created.size(), 1u) << "the journal is written to one temporary file, then renamed";
    const std::string temp = created[0];
    const std::string ours = ".plots~shp.tmp" + std::to_string(::getpid()) + "-";
    EXPECT_EQ(temp.substr(0, ours.size()), ours) << temp;
    EXPECT_TRUE(temp.ends_with(".vtjournal")) << temp;
    EXPECT_EQ(movedFrom, std::vector<std::string>{temp});
    EXPECT_EQ(movedTo, std::vector<std::string>{geo::replaceJournalPath(target).filename().string()});

    // The same file left by a killed writer (its pid dead) goes with the next
    // write's clean-up of the target, and is named in the note.
    fs::remove(geo::replaceJournalPath(target));
    const std::string leftover = ".plots~shp.tmp" + kDeadPid + temp.substr(ours.size() - 1);
    vt_test::writeText(dir.path() / leftover, "vungtrong replace journal 1\n");
    const std::vector<std::string> notes = geo::removeLeftoverTemporaryFiles(target);
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_NE(notes[0].find(leftover), std::string::npos) << notes[0];
    EXPECT_FALSE(fs::exists(dir.path() / leftover));
}

TEST(AtomicSet, AnUncommittedWriteRemovesEveryFileOfItsTemporarySet) {
    TempDir dir;
    fs::path target = dir.path() / "plots.shp";
    vt_test::writeOgr(target.string(), "ESRI Shapefile", 4326, squares(2));
    auto before = snapshot(dir.path());
    {
        geo::AtomicReplace abandoned(target);
        vt_test::writeOgr(abandoned.tempPath().string(), "ESRI Shapefile", 4326, squares(3));
        vt_test::writeText(fs::path(abandoned.tempPath()).replace_extension(".fieldmap.csv"), "original,shapefile\n");
        ASSERT_GT(snapshot(dir.path()).size(), before.size() + 3);
    }
    EXPECT_EQ(snapshot(dir.path()), before);
}

TEST(AtomicSet, ACommittedSetDropsTheOldSidecarsItHasNoneOfAndLeavesNoJournal) {
    TempDir dir;
    fs::path target = dir.path() / "plots.shp";
    vt_test::writeOgr(target.string(), "ESRI Shapefile", 4326, squares(2));
    ASSERT_TRUE(fs::exists(dir.path() / "plots.prj"));
    {
        geo::AtomicReplace replace(target);
        EXPECT_TRUE(replace.notes().empty());
        vt_test::writeOgr(replace.tempPath().string(), "ESRI Shapefile", 0, squares(3));
        replace.commit(kShapefileSidecars);
    }
    auto files = snapshot(dir.path());
    EXPECT_EQ(files.count("plots.prj"), 0u);
    for (const auto& [name, bytes] : files) EXPECT_NE(name[0], '.') << name << " left behind";
    EXPECT_EQ(geo::readLayer(target.string()).features.size(), 3u);
}

}  // namespace

namespace {

// A target without an extension: its temporary name has none either, so a
// sidecar's temporary name keeps the write's stem (".plots~tmp<pid>-<n>.csvt").
TEST(AtomicSet, ATargetWithoutAnExtensionCommitsItsSetAndCleansUp) {
    TempDir dir;
    fs::path target = dir.path() / "plots";
    std::string leftover = ".plots~tmp" + kDeadPid + "-0.csvt";
    vt_test::writeText(dir.path() / leftover, "x");
    {
        geo::AtomicReplace replace(target);
        ASSERT_EQ(replace.notes().size(), 1u);
        EXPECT_NE(replace.notes()[0].find("left: " + leftover), std::string::npos) << replace.notes()[0];
        EXPECT_EQ(replace.tempPath().extension(), "");
        EXPECT_EQ(replace.tempPath().filename().string().rfind(".plots~tmp" + std::to_string(::getpid()) + "-", 0), 0u);
        vt_test::writeText(replace.tempPath(), "new\n");
        vt_test::writeText(fs::path(replace.tempPath()).replace_extension(".csvt"), "String\n");
        replace.commit({".csvt"});
    }
    EXPECT_EQ(names(snapshot(dir.path())), (std::vector<std::string>{"plots", "plots.csvt"}));
}

}  // namespace

namespace {

// A spatial index another tool built for the old .shp would point the new
// one's readers into the wrong records: the export's set removes it.
TEST(AtomicSet, AShapefileExportRemovesAnOldSpatialIndexBesideIt) {
    TempDir dir;
    geo::Layer layer = geo::readLayer(vt_test::writeOgr(dir.file("src.shp"), "ESRI Shapefile", 4326, squares(3)));
    geo::ExportOptions o;
    o.format = geo::ExportFormat::Shapefile;
    o.outputPath = dir.file("plots.shp");
    geo::exportLayer(layer, o);
    for (const char* ext : {".qix", ".sbn", ".sbx"}) vt_test::writeText(dir.path() / (std::string("plots") + ext), "old index");
    geo::exportLayer(layer, o);
    for (const char* ext : {".qix", ".sbn", ".sbx"})
        EXPECT_FALSE(fs::exists(dir.path() / (std::string("plots") + ext))) << ext;
    EXPECT_EQ(geo::readLayer(o.outputPath).features.size(), 3u);
}

}  // namespace
