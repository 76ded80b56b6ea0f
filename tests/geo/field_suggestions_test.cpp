// Field-name suggestions for the new-project wizard: the names offices use
// map to role fields, and on the demo's own files the suggestions are the
// fields the demo project names (read from data/demo/soc-trang.vtproj and
// from the files themselves, not typed in here).
#include <gtest/gtest.h>

#include <algorithm>

#include "geo/field_suggestions.h"
#include "geo/project.h"
#include "geo/source.h"

namespace {

std::vector<std::string> columnsOf(const std::string& path, const std::string& layerName = "") {
    geo::ReadOptions options;
    options.layerName = layerName;
    geo::Layer layer = geo::readLayer(path, options);
    std::vector<std::string> names;
    for (const auto& f : layer.fields) names.push_back(f.name);
    return names;
}

std::map<std::string, std::string> asMap(const std::vector<geo::FieldSuggestion>& s) {
    std::map<std::string, std::string> m;
    for (const auto& f : s) m[f.key] = f.field;
    return m;
}

}  // namespace

TEST(FoldFieldName, DropsAccentsCaseAndPunctuation) {
    EXPECT_EQ(geo::foldFieldName("Mã vùng"), "ma_vung");
    EXPECT_EQ(geo::foldFieldName("DIỆN TÍCH (ha)"), "dien_tich_ha");
    EXPECT_EQ(geo::foldFieldName("Đơn vị"), "don_vi");
    EXPECT_EQ(geo::foldFieldName("dt-khai"), "dt_khai");
    EXPECT_EQ(geo::foldFieldName("  __ten__ "), "ten");
    EXPECT_EQ(geo::foldFieldName("???"), "");
}

TEST(FieldNameScore, OfficeNamesBeatGenericOnesAndNothingFitsOtherRoles) {
    using geo::LayerRole;
    EXPECT_DOUBLE_EQ(geo::fieldNameScore(LayerRole::PlantingAreas, "code", "MA_VUNG"), 1.0);
    EXPECT_DOUBLE_EQ(geo::fieldNameScore(LayerRole::PlantingAreas, "code", "Mã vùng"), 1.0);
    EXPECT_LT(geo::fieldNameScore(LayerRole::PlantingAreas, "code", "ma"),
              geo::fieldNameScore(LayerRole::PlantingAreas, "code", "ma_vung"));
    // A known name as one word of a longer column: 60 % of its weight.
    EXPECT_DOUBLE_EQ(geo::fieldNameScore(LayerRole::Investments, "amount_vnd", "so_tien_dau_tu"), 0.6 * 0.95);
    // "dt" is no word of "dtich"; "ma_htx" is no planting code.
    EXPECT_EQ(geo::fieldNameScore(LayerRole::PlantingAreas, "declared_ha", "dtich"), 0.0);
    EXPECT_EQ(geo::fieldNameScore(LayerRole::PlantingAreas, "code", "ma_htx"), 0.6 * 0.6);
    EXPECT_EQ(geo::fieldNameScore(LayerRole::Zones, "crop", "cay_trong"), 0.0) << "no such key for zones";
    // A count of cooperatives is no cooperative's code (lien_hiep.csv of the demo has "so_htx").
    EXPECT_EQ(geo::fieldNameScore(LayerRole::Table, "cooperative", "so_htx"), 0.0);
    EXPECT_EQ(geo::fieldNameScore(LayerRole::PlantingAreas, "cooperative", "so_htx"), 0.0);
}

TEST(SuggestFields, EachColumnServesOneKeyTheBestFirst) {
    // "ma_htx" fits a planting area's cooperative (1.0) better than its code
    // (0.36): the code goes to "ma" (0.6).
    auto s = asMap(geo::suggestFields(geo::LayerRole::PlantingAreas, {"ma", "ma_htx", "Diện tích", "ghi_chu"}));
    EXPECT_EQ(s["code"], "ma");
    EXPECT_EQ(s["cooperative"], "ma_htx");
    EXPECT_EQ(s["declared_ha"], "Diện tích");
    EXPECT_EQ(s.count("crop"), 0u);
    EXPECT_EQ(s.size(), 3u);
}

TEST(SuggestFields, OnTheDemoFilesAreTheFieldsTheDemoProjectNames) {
    const geo::Project demo = geo::loadProject(VT_SOURCE_DIR "/data/demo/soc-trang.vtproj");
    for (const char* id : {"districts", "planting_areas", "cooperatives", "investments"}) {
        const geo::LayerSpec* spec = demo.findLayer(id);
        ASSERT_TRUE(spec) << id;
        const auto columns = columnsOf(demo.resolve(spec->path), spec->layerName);
        EXPECT_EQ(asMap(geo::suggestFields(spec->role, columns)), spec->fields) << id;
        const geo::RoleSuggestion role = geo::suggestRole(columns);
        EXPECT_EQ(role.role, spec->role) << id;
        EXPECT_GT(role.score, 0.9) << id;
    }
}

TEST(SuggestRole, ColumnsThatFitNoRoleAreATable) {
    EXPECT_EQ(geo::suggestRole({"ghi_chu", "stt"}).role, geo::LayerRole::Table);
    EXPECT_EQ(geo::suggestRole({}).score, 0.0);
}
