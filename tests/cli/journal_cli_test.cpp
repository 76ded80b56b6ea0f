// vungtrong-cli journal: the edit journal the library writes (as the app
// does) printed as a table and exported as the audit CSV, read back by GDAL.
#include <gtest/gtest.h>

#include <gdal.h>
#include <ogr_api.h>

#include <filesystem>
#include <fstream>

#include "cli_run.h"
#include "geo/edit_journal.h"

namespace {

namespace fs = std::filesystem;

struct TempDir {
    TempDir() {
        static int counter = 0;
        path = fs::temp_directory_path() /
               ("vt-journal-cli-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    fs::path path;
};

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

// A project with two edits of layer "plots", one saved, one after the save.
fs::path projectWithJournal(const fs::path& dir) {
    fs::path project = dir / "p.vtproj";
    std::ofstream(project) << "{}";
    geo::JournalEdit e;
    e.session = "s1";
    e.layer = "plots";
    e.source = dir / "plots.shp";
    e.kind = geo::FeatureEdit::Kind::Update;
    e.fid = 4;
    e.fields = {{"name", geo::FieldType::String}};
    e.oldAttributes = {std::string("Long Phú")};
    e.newAttributes = {std::string("Thạnh Trị")};
    geo::appendEdit(geo::editJournalPath(project), e);
    geo::appendSaved(geo::editJournalPath(project), "plots", e.source, "s1", geo::SaveResult{});
    e.kind = geo::FeatureEdit::Kind::Delete;
    e.fid = 9;
    e.newAttributes.clear();
    geo::appendEdit(geo::editJournalPath(project), e);
    return project;
}

TEST(JournalCli, CsvExportIsTheAuditLogGdalReadsBack) {
    TempDir dir;
    fs::path project = projectWithJournal(dir.path);
    fs::path csv = dir.path / "audit.csv";
    auto r = vt_test::runCli("journal " + quoted(project) + " --csv " + quoted(csv));
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("wrote 3 record(s)"), std::string::npos) << r.out;

    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(csv.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    ASSERT_NE(ds, nullptr);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    std::vector<std::string> actions, fids, changed;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        actions.push_back(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(defn, "action")));
        fids.push_back(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(defn, "fid")));
        changed.push_back(OGR_F_GetFieldAsString(f, OGR_FD_GetFieldIndex(defn, "changed")));
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    EXPECT_EQ(actions, (std::vector<std::string>{"update", "saved", "delete"}));
    EXPECT_EQ(fids, (std::vector<std::string>{"4", "", "9"}));
    EXPECT_EQ(changed[0], "name");
}

TEST(JournalCli, TheTableSaysWhatWasNotSaved) {
    TempDir dir;
    fs::path project = projectWithJournal(dir.path);
    auto r = vt_test::runCli("journal " + quoted(project));
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("update"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("saved"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("3 record(s); 1 edit(s) not saved"), std::string::npos) << r.out;
}

TEST(JournalCli, AProjectWithoutEditsAndAMissingProjectAreSaidSo) {
    TempDir dir;
    fs::path project = dir.path / "q.vtproj";
    std::ofstream(project) << "{}";
    auto r = vt_test::runCli("journal " + quoted(project) + " --csv " + quoted(dir.path / "out.csv"));
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("no edits"), std::string::npos) << r.out;
    EXPECT_FALSE(fs::exists(dir.path / "out.csv"));
    r = vt_test::runCli("journal " + quoted(dir.path / "absent.vtproj"));
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("absent.vtproj"), std::string::npos) << r.err;
    r = vt_test::runCli("--help");
    EXPECT_NE(r.out.find("journal"), std::string::npos) << r.out;
}

}  // namespace
