// The project's "view" (what the app showed: statistics by, map extent) and
// the order keys are written in: an unchanged project is written the same
// way every time, in the order of the file's own documentation.
#include <gtest/gtest.h>

#include "error_of.h"
#include "geo/error.h"
#include "geo/project.h"

namespace {

const char* const kProject = R"({
  "name": "A",
  "layers": [
    {"id": "districts", "role": "zones", "path": "huyen.shp", "fields": {"name": "ten", "code": "ma_dvhc"}},
    {"id": "communes", "role": "table", "path": "xa.shp"}
  ],
  "view": {"statistics_by": "communes", "extent": [500000.25, 1000000, 600000, 1100000.5], "extent_crs": "EPSG:9209"}
})";

}  // namespace

TEST(ProjectView, IsReadAndWrittenBack) {
    geo::Project p = geo::parseProject(kProject, "/data/p.vtproj");
    EXPECT_EQ(p.view.statisticsBy, "communes");
    EXPECT_EQ(p.view.extentCrs, "EPSG:9209");
    EXPECT_EQ(p.view.minX, 500000.25);
    EXPECT_EQ(p.view.maxY, 1100000.5);
    geo::Project again = geo::parseProject(geo::projectToJson(p), "/data/p.vtproj");
    EXPECT_EQ(again.view, p.view);
    EXPECT_EQ(geo::projectToJson(again), geo::projectToJson(p));
}

TEST(ProjectView, WithoutOneNoViewIsWritten) {
    geo::Project p = geo::parseProject(R"({"name": "A", "layers": []})", "/data/p.vtproj");
    EXPECT_FALSE(p.view.hasExtent());
    EXPECT_EQ(geo::projectToJson(p).find("\"view\""), std::string::npos);
}

TEST(ProjectView, KeysAreWrittenInTheDocumentedOrderNotAlphabetically) {
    const std::string text = geo::projectToJson(geo::parseProject(kProject, "/data/p.vtproj"));
    auto at = [&](const char* key) { return text.find(std::string("\"") + key + "\""); };
    // name first and layers before links, as Project declares them (alphabetical would put "code_pattern" first).
    EXPECT_LT(at("name"), at("code_pattern"));
    EXPECT_LT(at("code_pattern"), at("layers"));
    EXPECT_LT(at("layers"), at("links"));
    EXPECT_LT(at("links"), at("view"));
    // Within a layer: id, role, path; a "fields" object sorted by key.
    EXPECT_LT(at("id"), at("role"));
    EXPECT_LT(at("role"), at("path"));
    EXPECT_LT(at("code"), at("name\": \"ten"));
}

TEST(ProjectView, MistakesAreNamed) {
    auto error = [](const std::string& view) {
        return vt_test::errorOf([&] {
            geo::parseProject(R"({"name": "A", "layers": [{"id": "z", "role": "zones", "path": "z.shp"}], "view": )" +
                                  view + "}",
                              "/data/p.vtproj");
        });
    };
    EXPECT_NE(error(R"({"statistics_by": "nope"})").find("view.statistics_by: no layer has the id 'nope'"),
              std::string::npos);
    EXPECT_NE(error(R"({"extent": [0, 0, 1, 1]})").find("give both or neither"), std::string::npos);
    EXPECT_NE(error(R"({"extent": [0, 0, 1], "extent_crs": "EPSG:9209"})").find("four numbers"), std::string::npos);
    EXPECT_NE(error(R"({"extent": [1, 0, 0, 1], "extent_crs": "EPSG:9209"})").find("min_x < max_x"), std::string::npos);
    EXPECT_NE(error(R"({"zoom": 3})").find("view.zoom: unknown key"), std::string::npos);
}
