// CRS description, transformation and inference. Expected coordinates come
// from PROJ's own command line (cs2cs), an independent path through PROJ
// from our C API calls; each value names its command.
#include <gtest/gtest.h>

#include <cmath>

#include "geo/crs.h"
#include "geo/error.h"

namespace {

class Vn2000Crs : public ::testing::TestWithParam<const char*> {};

TEST_P(Vn2000Crs, IsDescribedAndRoundTripsThroughWgs84) {
    geo::CrsInfo crs = geo::describeCrs(GetParam());
    EXPECT_EQ(crs.authorityCode, GetParam());
    EXPECT_NE(crs.name.find("VN-2000"), std::string::npos) << crs.name;
    geo::Transformer t(crs, geo::wgs84());
    // A point in the middle of each CRS's own area of use.
    geo::XY p = crs.isGeographic ? geo::XY{105.5, 10.0} : geo::XY{510000, 1100000};
    geo::XY back = t.inverse(t.forward(p));
    // The Helmert shift's inverse is iterative: a millimetre is the bar.
    EXPECT_NEAR(back.x, p.x, crs.isGeographic ? 1e-8 : 1e-3);
    EXPECT_NEAR(back.y, p.y, crs.isGeographic ? 1e-8 : 1e-3);
    EXPECT_FALSE(t.isBallpark()) << t.operationName();
}

INSTANTIATE_TEST_SUITE_P(AllVn2000, Vn2000Crs,
                         ::testing::Values("EPSG:4756", "EPSG:3405", "EPSG:3406", "EPSG:9205", "EPSG:9206",
                                           "EPSG:9207", "EPSG:9208", "EPSG:9209", "EPSG:9210", "EPSG:9211",
                                           "EPSG:9212", "EPSG:9213", "EPSG:9214", "EPSG:9215", "EPSG:9216",
                                           "EPSG:9217", "EPSG:9218"));

TEST(Crs, SocTrangTm3IsProjectedMetres) {
    geo::CrsInfo crs = geo::describeCrs("EPSG:9209");
    EXPECT_EQ(crs.name, "VN-2000 / TM-3 105-30");
    EXPECT_FALSE(crs.isGeographic);
    EXPECT_FALSE(crs.inferred);
}

TEST(Crs, Tm3PointLandsWhereProjsBestOperationPutsIt) {
    // We use PROJ's best-ranked operation for the CRS pair, the same for every
    // point of every layer. Its pipeline and result:
    //   P=$(projinfo -s EPSG:9209 -t EPSG:4326 -o PROJ --single-line --spatial-test intersects
    //       | grep proj=pipeline | head -1)          (one line; "VN-2000 to WGS 84 (2)", Vietnam onshore)
    //   echo "544000 1062000 0 0" | cct -d 9 $P     → 9.603218913  105.902658809 (lat lon)
    geo::Transformer t(geo::describeCrs("EPSG:9209"), geo::wgs84());
    geo::XY lonLat = t.forward(geo::XY{544000, 1062000});
    EXPECT_NEAR(lonLat.x, 105.902658809, 1e-8);  // x is longitude, whatever EPSG's axis order
    EXPECT_NEAR(lonLat.y, 9.603218913, 1e-8);
}

TEST(Crs, Tm3PointIsWithinAMetreOfCs2cs) {
    // cs2cs picks an operation per point; here the Mekong-delta-block one,
    // "VN-2000 to WGS 84 (1)", also 1 m accurate:
    //   echo "544000 1062000" | cs2cs -d 9 EPSG:9209 EPSG:4326 → 9.603219282  105.902666226
    geo::Transformer t(geo::describeCrs("EPSG:9209"), geo::wgs84());
    geo::XY lonLat = t.forward(geo::XY{544000, 1062000});
    const double metresPerDegreeLat = 110574, metresPerDegreeLon = 109780;  // at 9.6° N
    double dx = (lonLat.x - 105.902666226) * metresPerDegreeLon;
    double dy = (lonLat.y - 9.603219282) * metresPerDegreeLat;
    EXPECT_LT(std::hypot(dx, dy), 1.0);
}

TEST(Crs, TransformationToWgs84IsTheOneMetreHelmertNotABallpark) {
    geo::Transformer t(geo::describeCrs("EPSG:9209"), geo::wgs84());
    t.forward(geo::XY{544000, 1062000});
    EXPECT_NE(t.operationName().find("VN-2000 to WGS 84 (2)"), std::string::npos) << t.operationName();
    EXPECT_DOUBLE_EQ(t.accuracyMetres(), 1.0);
    EXPECT_FALSE(t.isBallpark());
}

TEST(Crs, UnknownDefinitionIsAnErrorNamingIt) {
    try {
        geo::describeCrs("EPSG:999999");
        FAIL() << "expected CrsError";
    } catch (const geo::CrsError& e) {
        EXPECT_NE(std::string(e.what()).find("EPSG:999999"), std::string::npos) << e.what();
    }
}

TEST(CrsInference, DegreesAreGuessedAsWgs84AndSaySo) {
    geo::Envelope e{105.6, 9.2, 106.3, 9.9};
    geo::CrsInfo crs = geo::inferCrs(e);
    EXPECT_EQ(crs.authorityCode, "EPSG:4326");
    EXPECT_TRUE(crs.inferred);
    EXPECT_NE(crs.inferenceReason.find("degrees"), std::string::npos);
}

TEST(CrsInference, ProjectedMetresUseTheProvinceHint) {
    geo::Envelope e{520000, 1020000, 580000, 1100000};
    geo::CrsInfo crs = geo::inferCrs(e, "EPSG:9209");
    EXPECT_EQ(crs.authorityCode, "EPSG:9209");
    EXPECT_TRUE(crs.inferred);
    EXPECT_NE(crs.inferenceReason.find("EPSG:9209"), std::string::npos);
}

TEST(CrsInference, ProjectedMetresWithoutHintAreUtmAndAdmitTheAmbiguity) {
    geo::Envelope e{520000, 1020000, 580000, 1100000};
    geo::CrsInfo crs = geo::inferCrs(e);
    EXPECT_EQ(crs.authorityCode, "EPSG:3405");
    EXPECT_TRUE(crs.inferred);
    EXPECT_NE(crs.inferenceReason.find("TM-3"), std::string::npos);
}

TEST(CrsInference, CoordinatesThatFitNothingGiveNoGuess) {
    EXPECT_FALSE(geo::inferCrs(geo::Envelope{3e6, 5e6, 3.1e6, 5.1e6}).isKnown());
    EXPECT_FALSE(geo::inferCrs(geo::Envelope{}).isKnown());
}

}  // namespace
