// Finding features by what people type (geo/feature_search.h), on the demo
// project and on a hand-built workspace. The demo's expectations are read
// back from its files with GDAL at test time, not copied from our output.
#include "geo/feature_search.h"

#include <gdal.h>
#include <ogr_api.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "geo/error.h"
#include "geo/project.h"
#include "geo/workspace.h"

namespace {

const std::string kDemoDir = std::string(VT_SOURCE_DIR) + "/data/demo";

const geo::Workspace& demo() {
    static const geo::Workspace ws = geo::loadWorkspace(geo::loadProject(kDemoDir + "/soc-trang.vtproj"));
    return ws;
}

std::size_t layerIndex(const geo::Workspace& ws, const std::string& id) {
    for (std::size_t i = 0; i < ws.layers.size(); ++i)
        if (ws.layers[i].spec.id == id) return i;
    throw std::runtime_error("no layer " + id);
}

// The FID of the feature of a shapefile whose field equals value, read by GDAL.
std::int64_t fidWhere(const std::string& file, const char* field, const std::string& value) {
    GDALAllRegister();
    std::unique_ptr<void, void (*)(void*)> ds(GDALOpenEx(file.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr),
                                              [](void* d) { GDALClose(d); });
    if (!ds) throw std::runtime_error("GDAL cannot open " + file);
    OGRLayerH layer = GDALDatasetGetLayer(ds.get(), 0);
    OGR_L_ResetReading(layer);
    std::int64_t found = -1;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        const int i = OGR_F_GetFieldIndex(f, field);
        if (i >= 0 && value == OGR_F_GetFieldAsString(f, i)) found = OGR_F_GetFID(f);
        OGR_F_Destroy(f);
    }
    return found;
}

TEST(FeatureSearch, ThanhTriIsFoundHoweverItIsTyped) {
    const geo::FeatureSearch search(demo());
    const std::size_t zones = layerIndex(demo(), "districts");
    const std::int64_t fid = fidWhere(kDemoDir + "/huyen.shp", "ma_dvhc", "949");
    ASSERT_GE(fid, 0);
    for (const char* typed : {"thanh tri", "THANH TRI", "Thanh Tri", "Thạnh Trị", "949"}) {
        const auto hits = search.find(typed);
        ASSERT_FALSE(hits.empty()) << typed;
        const auto& top = hits.front();
        EXPECT_EQ(top.layer, zones) << typed;
        EXPECT_EQ(top.rank, geo::MatchRank::Exact) << typed;
        EXPECT_EQ(demo().layers[top.layer].normalised.features[top.feature].fid, fid) << typed;
    }
    EXPECT_EQ(search.find("949").front().field, "ma_dvhc");
    EXPECT_EQ(search.find("949").front().value, "949");
    EXPECT_EQ(search.find("thanh tri").front().field, "ten");
    EXPECT_EQ(search.find("thanh tri").front().value, "Thạnh Trị");
}

TEST(FeatureSearch, CodesAndCooperativesAreSearchedByTheirMappedFields) {
    const geo::FeatureSearch search(demo());
    const std::size_t plantings = layerIndex(demo(), "planting_areas");
    const std::size_t coops = layerIndex(demo(), "cooperatives");
    EXPECT_EQ(search.fieldsOf(plantings), (std::vector<std::string>{"ma_vung"}));
    EXPECT_EQ(search.fieldsOf(coops), (std::vector<std::string>{"ma_htx", "ten_htx"}));
    EXPECT_TRUE(search.fieldsOf(layerIndex(demo(), "investments")).empty());  // not searched by default

    const auto code = search.find("vn-stor-0042");
    ASSERT_EQ(code.size(), 1u);
    EXPECT_EQ(code[0].layer, plantings);
    EXPECT_EQ(code[0].value, "VN-STOR-0042");

    const auto coop = search.find("htx-0216");
    ASSERT_EQ(coop.size(), 1u);
    EXPECT_EQ(coop[0].layer, coops);
    EXPECT_EQ(demo().layers[coops].normalised.features[coop[0].feature].fid,
              fidWhere(kDemoDir + "/htx.shp", "ma_htx", "HTX-0216"));
}

TEST(FeatureSearch, BetterMatchesComeFirstAndLimitCuts) {
    const geo::FeatureSearch search(demo());
    // "94" begins nine district codes (941…949; not 950, 951) and no other
    // code or name; it occurs inside others (HTX-0094, …), weaker matches.
    const auto hits = search.find("94");
    ASSERT_GE(hits.size(), 9u);
    for (std::size_t i = 0; i < 9; ++i) EXPECT_EQ(hits[i].rank, geo::MatchRank::Prefix) << i;
    for (std::size_t i = 1; i < hits.size(); ++i) EXPECT_GE(hits[i - 1].rank, hits[i].rank) << i;
    EXPECT_EQ(search.find("94", 3).size(), 3u);
    EXPECT_TRUE(search.find("").empty());
    EXPECT_TRUE(search.find("no such place anywhere").empty());
}

TEST(FeatureSearch, OneLayerByIdAndUnknownIdsNamed) {
    const geo::FeatureSearch onlyCoops(demo(), {"cooperatives"});
    for (const auto& h : onlyCoops.find("htx")) EXPECT_EQ(demo().layers[h.layer].spec.id, "cooperatives");
    EXPECT_EQ(onlyCoops.find("htx").size(), 216u);  // every cooperative's key starts HTX-
    try {
        geo::FeatureSearch bad(demo(), {"nowhere"});
        FAIL() << "an unknown layer was accepted";
    } catch (const geo::Error& e) {
        EXPECT_NE(std::string(e.what()).find("nowhere"), std::string::npos);
    }
}

TEST(FeatureSearch, WordsMayComeFromDifferentFields) {
    geo::Workspace ws;
    geo::LoadedLayer l;
    l.spec.id = "coops";
    l.spec.role = geo::LayerRole::Cooperatives;
    l.spec.fields = {{"key", "ma"}, {"name", "ten"}};
    l.normalised.fields = {{"ma", geo::FieldType::String}, {"ten", geo::FieldType::String}};
    for (auto [ma, ten] : {std::pair{"A-1", "HTX Lúa gạo Thạnh Trị"}, std::pair{"B-2", "HTX Đồng Tiến"}}) {
        geo::Feature f;
        f.attributes = {std::string(ma), std::string(ten)};
        l.normalised.features.push_back(f);
    }
    ws.layers.push_back(l);
    const geo::FeatureSearch search(ws);
    const auto both = search.find("lua gao a-1");  // "a-1" in ma, "lua gao" in ten
    ASSERT_EQ(both.size(), 1u);
    EXPECT_EQ(both[0].feature, 0u);
    EXPECT_EQ(both[0].rank, geo::MatchRank::Words);
    EXPECT_EQ(both[0].field, "");
    const auto dong = search.find("dong tien");
    ASSERT_EQ(dong.size(), 1u);
    EXPECT_EQ(dong[0].feature, 1u);
    EXPECT_EQ(dong[0].field, "ten");
}

}  // namespace
