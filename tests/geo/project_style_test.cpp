// The map part of a project file: a layer's "style" object, its "visible"
// flag and the top-level "draw_order", checked on reading, kept as canonical
// text and written back in a stable key order.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "geo/error.h"
#include "geo/layer_style_spec.h"
#include "geo/project.h"
#include "test_support.h"
#include "error_of.h"

namespace {

using vt_test::TempDir;

std::string withMap(const std::string& districtsExtra, const std::string& topExtra = "") {
    return R"({"name": "p", "layers": [
      {"id": "districts", "role": "zones", "path": "huyen.shp")" + districtsExtra + R"(},
      {"id": "plots", "role": "planting_areas", "path": "vung.gpkg"}])" + topExtra + "}";
}

using vt_test::projectError;

TEST(ProjectStyle, ParsedCanonicalAndSavedInStableOrder) {
    // Keys out of order and spaced: kept as sorted compact text.
    geo::Project p = geo::parseProject(
        withMap(R"(, "visible": false, "style": {"ramp": "greens", "mode": "graduated", "field": "dt",
                   "classes": 3, "method": "natural_breaks", "fill": "#1b9e7780", "opacity": 0.5})",
                R"(, "draw_order": ["plots", "districts"])"),
        "/data/p.vtproj");
    ASSERT_EQ(p.layers.size(), 2u);
    EXPECT_EQ(p.layers[0].style,
              R"({"classes":3,"field":"dt","fill":"#1b9e7780","method":"natural_breaks","mode":"graduated",)"
              R"("opacity":0.5,"ramp":"greens"})");
    EXPECT_FALSE(p.layers[0].visible);
    EXPECT_TRUE(p.layers[1].visible);
    EXPECT_TRUE(p.layers[1].style.empty());
    EXPECT_EQ(p.drawOrder, (std::vector<std::string>{"plots", "districts"}));

    TempDir dir;
    geo::saveProject(p, dir.file("p.vtproj"));
    geo::Project back = geo::loadProject(dir.file("p.vtproj"));
    EXPECT_EQ(back.layers[0].style, p.layers[0].style);
    EXPECT_FALSE(back.layers[0].visible);
    EXPECT_EQ(back.drawOrder, p.drawOrder);
    // Saving what was read writes the same bytes.
    std::ifstream in(dir.file("p.vtproj"));
    std::stringstream first;
    first << in.rdbuf();
    EXPECT_EQ(geo::projectToJson(back), first.str());
    // A visible layer without a style writes neither key.
    EXPECT_EQ(first.str().find("\"visible\": true"), std::string::npos);
}

TEST(ProjectStyleErrors, NameTheFileTheLayerAndTheKey) {
    EXPECT_NE(projectError(withMap(R"(, "style": {"colour": "#ff0000"})"))
                  .find("/data/p.vtproj: layers[0].style.colour: unknown style key"),
              std::string::npos);
    EXPECT_NE(projectError(withMap(R"(, "style": {"fill": "red"})")).find("layers[0].style.fill: must be a colour"),
              std::string::npos);
    EXPECT_NE(projectError(withMap(R"(, "style": {"opacity": 1.5})")).find("layers[0].style.opacity"),
              std::string::npos);
    EXPECT_NE(projectError(withMap(R"(, "style": {"classes": 40})")).find("from 2 to 12"), std::string::npos);
    EXPECT_NE(projectError(withMap(R"(, "style": {"classes": 3.5})")).find("layers[0].style.classes"),
              std::string::npos);
    EXPECT_NE(projectError(withMap(R"(, "style": {"method": "jenks"})")).find("natural_breaks"), std::string::npos);
    EXPECT_NE(projectError(withMap(R"(, "style": {"ramp": "rainbow"})")).find("greens"), std::string::npos);
    EXPECT_NE(projectError(withMap(R"(, "style": {"mode": "graduated"})")).find("needs the field"), std::string::npos);
    EXPECT_NE(projectError(withMap(R"(, "style": "red")")).find("must be an object"), std::string::npos);
    EXPECT_NE(projectError(withMap(R"(, "style": {"mode": "single", "mode": "auto"})")).find("appears twice"),
              std::string::npos);
    EXPECT_NE(projectError(withMap(R"(, "visible": "yes")")).find("layers[0].visible: must be true or false"),
              std::string::npos);
}

TEST(ProjectStyleErrors, DrawOrderNamesLayersOnce) {
    EXPECT_NE(projectError(withMap("", R"(, "draw_order": ["roads"])")).find("draw_order[0]: no layer has the id 'roads'"),
              std::string::npos);
    EXPECT_NE(projectError(withMap("", R"(, "draw_order": ["plots", "plots"])")).find("draw_order[1]"),
              std::string::npos);
    EXPECT_NE(projectError(withMap("", R"(, "draw_order": "plots")")).find("draw_order: must be an array"),
              std::string::npos);
}

}  // namespace
