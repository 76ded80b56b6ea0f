// Linking on a hand-built workspace (tests/geo/link_fixture.h has the
// layout and how every expected number was computed).
#include "geo/link.h"

#include <gtest/gtest.h>

#include "geo/area.h"
#include "geo/error.h"
#include "geo/geodesic_distance.h"
#include "link_fixture.h"

namespace {

constexpr double kTol = 1e-8;  // ha (1 cm²)

double share(const geo::Links& l, int planting, int zone) {
    for (const auto& s : l.plantingZones[static_cast<std::size_t>(planting)])
        if (s.zone == zone) return s.hectares;
    return 0;
}

TEST(NormaliseKey, TrimNfcAndVietnameseCaseFolding) {
    EXPECT_EQ(geo::normaliseKey("  HTX-Ạ01\t"), geo::normaliseKey("htx-a\u0323" "01"));  // NFD, lower case
    EXPECT_EQ(geo::normaliseKey("ĐÀ NẴNG"), "đà nẵng");
    EXPECT_EQ(geo::normaliseKey("ỨNG HÒA ỶÝỴ"), "ứng hòa ỷýỵ");
    EXPECT_EQ(geo::normaliseKey("\u00a0X \u200b"), "x");
    EXPECT_EQ(geo::normaliseKey("   "), "");
    EXPECT_NE(geo::normaliseKey("0123"), geo::normaliseKey("123"));  // text stays text
    EXPECT_EQ(geo::normaliseKey("0123 "), "0123");
}

TEST(GeodesicDistance, MatchesGeodSolve) {
    // echo "0.001 0.0025 0.001 0.004" | GeodSolve -i -p 12 → 166.9792361646 m
    EXPECT_NEAR(geo::geodesicDistanceMetres({0.0025, 0.001}, {0.004, 0.001}), 166.9792361646, 1e-6);
}

class LinkFixture : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        ws_ = new geo::Workspace(fixture::workspace());
        links_ = new geo::Links(geo::linkWorkspace(*ws_));
    }
    static void TearDownTestSuite() {
        delete links_;
        delete ws_;
    }
    static geo::Workspace* ws_;
    static geo::Links* links_;
};
geo::Workspace* LinkFixture::ws_ = nullptr;
geo::Links* LinkFixture::links_ = nullptr;

TEST_F(LinkFixture, ZonesLayerIsTheFirstWithRoleZones) { EXPECT_EQ(links_->zonesLayerId, "zones"); }

TEST_F(LinkFixture, PlantingAreasMeasuredGeodesically) {
    const auto& h = links_->plantingHectares;
    ASSERT_EQ(h.size(), 9u);
    EXPECT_NEAR(h[0], fixture::kHalf, kTol);
    EXPECT_NEAR(h[1], fixture::kQuarter, kTol);
    EXPECT_NEAR(h[2], fixture::kQ1, kTol);
    EXPECT_NEAR(h[3], fixture::kQ2, kTol);
    EXPECT_NEAR(h[5], fixture::kDup, kTol);
    EXPECT_NEAR(h[6], fixture::kDup, kTol);
}

TEST_F(LinkFixture, BowTieRepairedIntoTwoLobes) {
    const auto* p = ws_->find("plantings");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->normalised.features[4].geometry.polygons.size(), 2u);
    EXPECT_FALSE(p->repairs.empty());
    EXPECT_NEAR(links_->plantingHectares[4], fixture::kBowTie, kTol);  // not |lobe1 − lobe2| = 0
    ASSERT_EQ(links_->plantingZones[4].size(), 1u);
    EXPECT_EQ(links_->plantingZones[4][0].zone, 1);
}

TEST_F(LinkFixture, BorderCrossersSplitByIntersection) {
    EXPECT_EQ(links_->plantingZones[0].size(), 2u);
    EXPECT_NEAR(share(*links_, 0, 0), fixture::kHalfA, kTol);
    EXPECT_NEAR(share(*links_, 0, 1), fixture::kHalfB, kTol);
    EXPECT_NEAR(share(*links_, 1, 0), fixture::kQuarterA, kTol);
    EXPECT_NEAR(share(*links_, 1, 1), fixture::kQuarterB, kTol);
    EXPECT_NEAR(share(*links_, 1, 0) / links_->plantingHectares[1], 0.25, 1e-9);
    EXPECT_NEAR(share(*links_, 7, 0), fixture::k7A, kTol);
    EXPECT_NEAR(share(*links_, 8, 1), fixture::k8B, kTol);
}

TEST_F(LinkFixture, WhollyInsideIsNotClipped) {
    for (int i : {2, 3, 5, 6}) {
        ASSERT_EQ(links_->plantingZones[static_cast<std::size_t>(i)].size(), 1u) << i;
        EXPECT_EQ(links_->plantingZones[static_cast<std::size_t>(i)][0].zone, 0);
        EXPECT_EQ(links_->plantingZones[static_cast<std::size_t>(i)][0].hectares,
                  links_->plantingHectares[static_cast<std::size_t>(i)]);
    }
}

TEST_F(LinkFixture, CooperativeOnSharedBorderGoesToLowestCode) {
    // Cooperative 1 lies on the A|B border: A has code "9", B "10"; 9 < 10 as
    // numbers (byte-wise "10" would sort first).
    ASSERT_EQ(links_->cooperativeZone.size(), 5u);
    EXPECT_EQ(links_->cooperativeZone[0], 0);
    EXPECT_EQ(links_->cooperativeZone[1], 0);
    EXPECT_EQ(links_->cooperativeZone[2], 1);
    EXPECT_EQ(links_->cooperativeZone[3], 1);
    EXPECT_EQ(links_->cooperativeZone[4], -1);  // outside every zone
}

TEST_F(LinkFixture, KeysKeepLeadingZerosAndFoldCase) {
    const auto& pc = links_->plantingCooperative;
    EXPECT_EQ(pc[0].cooperative, 1);  // "0123" → "0123", not "123"
    EXPECT_EQ(pc[0].method, geo::LinkMethod::Key);
    EXPECT_EQ(pc[1].cooperative, 2);  // "123"
    EXPECT_EQ(pc[2].cooperative, 0);  // " htx-ạ01 " (NFD) → "HTX-Ạ01"; duplicate key → first cooperative
    EXPECT_EQ(pc[3].cooperative, -1); // "999" matches nothing
    EXPECT_EQ(pc[3].method, geo::LinkMethod::None);
    EXPECT_EQ(pc[4].cooperative, -1); // no key
    EXPECT_STREQ(geo::toString(pc[0].method), "key");
}

TEST_F(LinkFixture, InvestmentsByKey) {
    ASSERT_EQ(links_->investmentCooperative.size(), 4u);
    EXPECT_EQ(links_->investmentCooperative[0], 0);
    EXPECT_EQ(links_->investmentCooperative[1], 1);
    EXPECT_EQ(links_->investmentCooperative[2], 2);   // "123 " trimmed
    EXPECT_EQ(links_->investmentCooperative[3], -1);  // "0299"
}

TEST(Link, AnyPolygonLayerCanBeTheZones) {
    geo::Workspace ws = fixture::workspace();
    geo::Links l = geo::linkWorkspace(ws, "plantings");
    EXPECT_EQ(l.zonesLayerId, "plantings");
    // Q1 (2) and Q2 (3) overlap: Q2's share in Q1 is the overlap.
    EXPECT_NEAR(share(l, 3, 2), fixture::kQ1Q2, kTol);
    EXPECT_THROW(geo::linkWorkspace(ws, "coops"), geo::Error);
    EXPECT_THROW(geo::linkWorkspace(ws, "nope"), geo::Error);
}

TEST(Link, SpatialInsideThenNearestWithinDistance) {
    using namespace fixture;
    geo::Workspace ws;
    ws.project.links.plantingToCooperative = "spatial";
    ws.project.links.maxLinkDistanceMetres = 200;
    ws.layers.push_back(geo::normalise(
        spec("p", geo::LayerRole::PlantingAreas, {{"code", "c"}}),
        layer("p", {{"c", FieldType::String}},
              {polygonFeature(1, rect(0, 0.002, 0, 0.002), {S("S")}),
               polygonFeature(2, rect(0.004, 0.006, 0, 0.002), {S("T")}),
               polygonFeature(3, rect(0.1, 0.102, 0, 0.002), {S("far")})})));
    ws.layers.push_back(geo::normalise(
        spec("c", geo::LayerRole::Cooperatives, {{"key", "k"}}),
        layer("c", {{"k", FieldType::String}},
              {pointFeature(1, 0.0025, 0.001, {S("p0")}), pointFeature(2, 0.001, 0.001, {S("p1")})})));
    geo::Links l = geo::linkWorkspace(ws);
    EXPECT_EQ(l.plantingCooperative[0].cooperative, 1);
    EXPECT_EQ(l.plantingCooperative[0].method, geo::LinkMethod::SpatialInside);
    EXPECT_EQ(l.plantingCooperative[1].cooperative, 0);
    EXPECT_EQ(l.plantingCooperative[1].method, geo::LinkMethod::SpatialNearest);
    EXPECT_NEAR(l.plantingCooperative[1].distanceMetres, 166.9792361646, 1e-3);  // GeodSolve, see above
    EXPECT_EQ(l.plantingCooperative[2].cooperative, -1);
    ws.project.links.maxLinkDistanceMetres = 100;
    l = geo::linkWorkspace(ws);
    EXPECT_EQ(l.plantingCooperative[1].cooperative, -1);
    EXPECT_TRUE(l.plantingZones[0].empty());  // no zones layer: no shares
}

TEST(Link, ProgressCanCancel) {
    geo::Workspace ws = fixture::workspace();
    EXPECT_THROW(geo::linkWorkspace(ws, "", [](double, const std::string&) { return false; }), geo::Cancelled);
}

TEST(Link, MissingNamedFieldIsAnError) {
    geo::Workspace ws = fixture::workspace();
    for (auto& l : ws.layers)
        if (l.spec.id == "plantings") l.spec.fields["cooperative"] = "no_such_field";
    EXPECT_THROW(geo::linkWorkspace(ws), geo::Error);
}

}  // namespace
