// Sources are never modified (issue 16): every writer refuses a target that
// is the project file or a file the project refers to, however the path
// reaches it. Each case copies a small project into a temporary folder, tries
// the write, and checks the source bytes are unchanged.
#include <gtest/gtest.h>
#include <unistd.h>

#include <functional>
#include <string>

#include "geo/atomic_file.h"
#include "geo/error.h"
#include "geo/export.h"
#include "geo/project.h"
#include "geo/source_guard.h"
#include "geo/stats.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using vt_test::TempDir;

const fs::path kGood = fs::path(VT_SOURCE_DIR) / "tests/fixtures/bad/good";

// A project folder: data/plots.* (a shapefile) and a crosswalk CSV.
struct ProjectCopy {
    TempDir dir;
    fs::path project;
    ProjectCopy() {
        fs::create_directories(dir.path() / "data");
        for (const auto& e : fs::directory_iterator(kGood)) fs::copy_file(e.path(), dir.path() / "data" / e.path().filename());
        vt_test::writeText(dir.path() / "data/crosswalk.csv", "from_code,to_code,to_name\n1,A,Alpha\n");
        project = vt_test::writeText(dir.path() / "p.vtproj",
                                     R"({"name": "guard", "layers": [{"id": "plots", "role": "planting_areas",
                                         "path": "data/plots.shp", "fields": {"code": "ma_vung"}}],
                                         "crosswalk": {"path": "data/crosswalk.csv"}})");
    }
};

// The write is refused with a message naming the source, and the source is as it was.
void expectRefused(const std::function<void()>& write, const fs::path& source, const std::string& named) {
    std::string before = vt_test::readBytes(source);
    try {
        write();
        ADD_FAILURE() << "expected the write over " << source << " to be refused";
    } catch (const geo::IoError& e) {
        EXPECT_NE(std::string(e.what()).find("refusing to write"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find(named), std::string::npos) << e.what();
    }
    EXPECT_EQ(vt_test::readBytes(source), before) << source;
}

class SourceGuard : public ::testing::Test {
protected:
    void SetUp() override { geo::clearProtectedSources(); }
    void TearDown() override { geo::clearProtectedSources(); }
};

TEST_F(SourceGuard, TheProjectFileAndEveryLayerFileWithItsSidecarsAreRefused) {
    ProjectCopy c;
    geo::Project p = geo::loadProject(c.project.string());
    auto writeOver = [](const fs::path& target) { return [target] { geo::writeFileAtomically(target, "x"); }; };
    expectRefused(writeOver(c.project), c.project, "the open project's file " + c.project.string());
    for (const char* file : {"plots.shp", "plots.dbf", "plots.shx", "plots.prj", "plots.cpg"})
        expectRefused(writeOver(c.dir.path() / "data" / file), c.dir.path() / "data" / file,
                      "a source of layer 'plots' of the open project (data/plots.shp)");
    expectRefused(writeOver(c.dir.path() / "data/crosswalk.csv"), c.dir.path() / "data/crosswalk.csv",
                  "the crosswalk of the open project (data/crosswalk.csv)");
    // Save project replaces its own file, and nothing else.
    EXPECT_NO_THROW(geo::saveProject(p, c.project.string()));
    expectRefused([&] { geo::saveProject(p, (c.dir.path() / "data/plots.dbf").string()); },
                  c.dir.path() / "data/plots.dbf", "data/plots.shp");
    // Another name in the same folder is fine.
    EXPECT_NO_THROW(geo::writeFileAtomically(c.dir.path() / "data/zones.csv", "x"));
}

TEST_F(SourceGuard, EveryWayOfReachingASourceIsRefused) {
    ProjectCopy c;
    geo::loadProject(c.project.string());
    const fs::path dbf = c.dir.path() / "data/plots.dbf";
    fs::create_symlink(dbf, c.dir.path() / "link.csv");
    ASSERT_EQ(::link(dbf.c_str(), (c.dir.path() / "hard.csv").c_str()), 0);
    fs::create_directory_symlink(c.dir.path() / "data", c.dir.path() / "same");
    for (const fs::path& target : {c.dir.path() / "link.csv", c.dir.path() / "hard.csv", c.dir.path() / "same/plots.dbf",
                                   c.dir.path() / "./data/../data/plots.dbf"})
        expectRefused([&] { geo::writeFileAtomically(target, "x"); }, dbf, "data/plots.shp");
}

TEST_F(SourceGuard, ExportsRefuseASourceAsTargetOrAsASidecarOfTheirOwn) {
    ProjectCopy c;
    geo::Workspace ws = geo::loadWorkspace(geo::loadProject(c.project.string()));
    ASSERT_NE(ws.find("plots"), nullptr);
    geo::ExportOptions csv;
    csv.format = geo::ExportFormat::Csv;
    csv.outputPath = (c.dir.path() / "data/crosswalk.csv").string();
    expectRefused([&] { geo::exportLayer(ws, "plots", csv); }, c.dir.path() / "data/crosswalk.csv", "crosswalk.csv");
    // A shapefile export named like the source writes its .dbf and .shx over the source's.
    geo::ExportOptions shp;
    shp.format = geo::ExportFormat::Shapefile;
    shp.outputPath = (c.dir.path() / "data/plots.shp").string();
    expectRefused([&] { geo::exportLayer(ws, "plots", shp); }, c.dir.path() / "data/plots.shp", "data/plots.shp");
    // The same export elsewhere is written, and GDAL reads it back.
    shp.outputPath = (c.dir.path() / "out/plots.shp").string();
    fs::create_directories(c.dir.path() / "out");
    geo::exportLayer(ws, "plots", shp);
    EXPECT_EQ(geo::readLayer(shp.outputPath).features.size(), ws.find("plots")->source.features.size());
}

}  // namespace
