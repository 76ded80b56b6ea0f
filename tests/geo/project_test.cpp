// The project file: parsing, paths relative to the project file (or
// absolute, or leading out of its folder), and an error for each way it can
// be wrong, naming the file and the JSON path.
#include <gtest/gtest.h>

#include "geo/error.h"
#include "geo/project.h"
#include "test_support.h"
#include "error_of.h"

namespace {

using vt_test::TempDir;

const char* kProject = R"({
  "name": "Sóc Trăng",
  "province_crs": "EPSG:9209",
  "layers": [
    {"id": "districts", "role": "zones", "path": "huyen.shp", "fields": {"code": "ma_dvhc", "name": "ten"}},
    {"id": "plots", "role": "planting_areas", "path": "sub/vung.gpkg", "layer": "vung_trong", "crs": "EPSG:9209"}
  ],
  "links": {"planting_to_cooperative": "spatial", "max_distance_m": 250}
})";

using vt_test::projectError;

TEST(Project, ParsesLayersRolesFieldsAndLinks) {
    geo::Project p = geo::parseProject(kProject, "/data/p.vtproj");
    EXPECT_EQ(p.name, "Sóc Trăng");
    EXPECT_EQ(p.provinceCrs, "EPSG:9209");
    ASSERT_EQ(p.layers.size(), 2u);
    EXPECT_EQ(p.layers[0].role, geo::LayerRole::Zones);
    EXPECT_EQ(p.layers[0].field("code"), "ma_dvhc");
    EXPECT_EQ(p.layers[0].field("crop"), "");
    EXPECT_EQ(p.layers[1].layerName, "vung_trong");
    EXPECT_EQ(p.links.plantingToCooperative, "spatial");
    EXPECT_DOUBLE_EQ(p.links.maxLinkDistanceMetres, 250);
    EXPECT_EQ(p.firstWithRole(geo::LayerRole::PlantingAreas)->id, "plots");
    EXPECT_EQ(p.findLayer("nope"), nullptr);
}

TEST(Project, PathsResolveRelativeToTheProjectFile) {
    geo::Project p = geo::parseProject(kProject, "/data/p.vtproj");
    EXPECT_EQ(p.resolve("sub/vung.gpkg"), "/data/sub/vung.gpkg");
}

TEST(Project, SaveAndLoadRoundTrip) {
    TempDir dir;
    geo::Project p = geo::parseProject(kProject, dir.file("p.vtproj"));
    geo::saveProject(p, dir.file("p.vtproj"));
    geo::Project back = geo::loadProject(dir.file("p.vtproj"));
    EXPECT_EQ(geo::projectToJson(back), geo::projectToJson(p));
    EXPECT_EQ(back.layers[1].field("code"), p.layers[1].field("code"));
}

TEST(ProjectErrors, BadJsonNamesTheFile) {
    std::string msg = projectError("{\"name\": ");
    EXPECT_NE(msg.find("/data/p.vtproj"), std::string::npos) << msg;
    EXPECT_NE(msg.find("not valid JSON"), std::string::npos) << msg;
}

TEST(ProjectErrors, MissingLayers) {
    EXPECT_NE(projectError(R"({"name": "x"})").find("layers: missing"), std::string::npos);
}

TEST(ProjectErrors, LayerWithoutPathNamesTheEntry) {
    std::string msg = projectError(R"({"layers": [{"id": "a", "role": "zones"}]})");
    EXPECT_NE(msg.find("layers[0]"), std::string::npos) << msg;
    EXPECT_NE(msg.find("\"path\""), std::string::npos) << msg;
}

TEST(ProjectErrors, UnknownRoleListsTheKnownOnes) {
    std::string msg = projectError(R"({"layers": [{"id": "a", "role": "roads", "path": "a.shp"}]})");
    EXPECT_NE(msg.find("unknown role 'roads'"), std::string::npos) << msg;
    EXPECT_NE(msg.find("planting_areas"), std::string::npos) << msg;
}

TEST(ProjectErrors, DuplicateLayerId) {
    std::string msg = projectError(
        R"({"layers": [{"id": "a", "role": "zones", "path": "a.shp"}, {"id": "a", "role": "zones", "path": "b.shp"}]})");
    EXPECT_NE(msg.find("duplicate layer id 'a'"), std::string::npos) << msg;
}

// Office data sits on shared drives: a path the user chose may leave the
// project folder (checked for what it names when read: geo/source_path.h).
TEST(Project, PathsOutsideTheProjectFolderAreAccepted) {
    geo::Project p = geo::parseProject(R"({"layers": [{"id": "a", "role": "zones", "path": "../shared/huyen.shp"},
                                                     {"id": "b", "role": "zones", "path": "/srv/gis/xa.gpkg"}]})",
                                       "/data/p.vtproj");
    EXPECT_EQ(p.resolve("../shared/huyen.shp"), "/shared/huyen.shp");
    EXPECT_EQ(p.resolve("/srv/gis/xa.gpkg"), "/srv/gis/xa.gpkg");
}

TEST(ProjectErrors, PathsThatNameNoFileAreRefused) {
    for (const char* path : {"", ".", "  ", "./"}) {
        std::string msg = projectError(std::string(R"({"layers": [{"id": "a", "role": "zones", "path": ")") + path + "\"}]}");
        EXPECT_NE(msg.find("layers[0].path: path '" + std::string(path) + "' names no file"), std::string::npos) << msg;
    }
}

TEST(ProjectErrors, WrongTypesAndBadPattern) {
    EXPECT_NE(projectError(R"({"layers": [{"id": 3, "role": "zones", "path": "a"}]})").find("must be a string"),
              std::string::npos);
    EXPECT_NE(projectError(R"({"code_pattern": "([", "layers": []})").find("code_pattern"), std::string::npos);
    EXPECT_NE(projectError(R"({"layers": [], "links": {"planting_to_cooperative": "magic"}})").find("key"),
              std::string::npos);
}

TEST(ProjectErrors, MissingFileNamesIt) {
    try {
        geo::loadProject("/nonexistent/p.vtproj");
        FAIL();
    } catch (const geo::ProjectError& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/p.vtproj"), std::string::npos);
    }
}

}  // namespace
