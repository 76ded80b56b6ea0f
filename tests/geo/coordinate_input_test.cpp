// Reading a typed coordinate (geo/coordinate_input.h): the spellings a
// planner uses for one place in Sóc Trăng all land on the same point, in
// either order where Vietnam's ranges tell; what cannot be told is refused
// with a reason, never guessed.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "error_of.h"
#include "geo/coordinate_input.h"
#include "geo/error.h"
#include "geo/geodesic_distance.h"

namespace {

using geo::TypedCoordinate;

// 105°58′12″ E = 105 + 58/60 + 12/3600 = 105.97 exactly; 9°36′ N = 9.6.
constexpr double kLon = 105.97, kLat = 9.6;

struct Spelling {
    const char* text;
    bool latFirst;
};

class DegreeSpellings : public ::testing::TestWithParam<Spelling> {};

TEST_P(DegreeSpellings, LandOnTheSamePoint) {
    TypedCoordinate c = geo::parseCoordinate(GetParam().text);
    EXPECT_EQ(c.kind, TypedCoordinate::Kind::Degrees);
    EXPECT_NEAR(c.value.x, kLon, 1e-12);
    EXPECT_NEAR(c.value.y, kLat, 1e-12);
    EXPECT_EQ(c.swapped, GetParam().latFirst);
}

INSTANTIATE_TEST_SUITE_P(
    CoordinateInput, DegreeSpellings,
    ::testing::Values(Spelling{"105.97 9.6", false}, Spelling{"9.6, 105.97", true}, Spelling{"9.6;105.97", true},
                      Spelling{"105,97 9,6", false}, Spelling{"9,6; 105,97", true},
                      Spelling{"9°36'0\"N 105°58'12\"E", true}, Spelling{"105°58′12″E, 9°36′N", false},
                      Spelling{"N 9°36' E 105°58.2'", true}, Spelling{"105º58'12'' 9º36'", false},
                      Spelling{"9 36 0 105 58 12", true}, Spelling{"105 58.2 9 36", false},
                      Spelling{"  9.6N   105.97E ", true}, Spelling{"105.97 e / 9.6 n", false},
                      Spelling{"9d36' 105d58'12\"", true}));

TEST(CoordinateInput, SouthAndWestAreNegative) {
    TypedCoordinate c = geo::parseCoordinate("33°52'S 151°12'30\"E");
    EXPECT_NEAR(c.value.y, -(33 + 52.0 / 60), 1e-12);
    EXPECT_NEAR(c.value.x, 151 + 12.0 / 60 + 30.0 / 3600, 1e-12);
    c = geo::parseCoordinate("37.7749, -122.4194");  // beyond ±90 is the longitude
    EXPECT_NEAR(c.value.x, -122.4194, 1e-12);
    EXPECT_NEAR(c.value.y, 37.7749, 1e-12);
    EXPECT_TRUE(c.swapped);
    c = geo::parseCoordinate("38.8977 N 77.0365 W");
    EXPECT_NEAR(c.value.x, -77.0365, 1e-12);
}

TEST(CoordinateInput, MetresComeEastingFirstOrAsVietnameseSurveysWriteThemNorthingFirst) {
    TypedCoordinate a = geo::parseCoordinate("551391.1586 1061653.3458");
    TypedCoordinate b = geo::parseCoordinate("1061653.3458, 551391.1586");
    for (const TypedCoordinate& c : {a, b}) {
        EXPECT_EQ(c.kind, TypedCoordinate::Kind::Metres);
        EXPECT_EQ(c.value.x, 551391.1586);
        EXPECT_EQ(c.value.y, 1061653.3458);
    }
    EXPECT_FALSE(a.swapped);
    EXPECT_TRUE(b.swapped);
}

TEST(CoordinateInput, APointInSocTrangGivenInDegreesAndInVn2000MetresLandsWithinAMillimetre) {
    // The same place in VN-2000 / TM-3 105-30 (EPSG:9209) by PROJ's best-ranked
    // operation (VN-2000 to WGS 84 (2), the one geo::Transformer uses), with PROJ's tools:
    //   P=$(projinfo -s EPSG:4326 -t EPSG:9209 --spatial-test intersects -o PROJ -q --single-line | head -1)
    //   echo "9.6 105.97 0 0" | cct -d 4 $P        →   551391.9724   1061653.3883
    // (cs2cs picks per point and here takes VN-2000 to WGS 84 (1), 0.8 m away.)
    geo::CrsInfo tm3 = geo::describeCrs("EPSG:9209");
    geo::XY fromDegrees = geo::typedCoordinateLonLat(geo::parseCoordinate("9°36'N 105°58'12\"E"), tm3);
    geo::XY fromMetres = geo::typedCoordinateLonLat(geo::parseCoordinate("1061653.3883 551391.9724"), tm3);
    EXPECT_LT(geo::geodesicDistanceMetres(fromDegrees, fromMetres), 0.001);
    // In UTM 48N (EPSG:3405) the same point is other metres:
    //   echo 9.6 105.97 | cs2cs EPSG:4326 EPSG:3405 -f %.4f
    // (computed here through PROJ the other way round and read back).
    geo::CrsInfo utm = geo::describeCrs("EPSG:3405");
    geo::Transformer toUtm(geo::wgs84(), utm);
    geo::XY m = toUtm.forward({kLon, kLat});
    char text[64];
    std::snprintf(text, sizeof text, "%.4f %.4f", m.x, m.y);
    geo::XY back = geo::typedCoordinateLonLat(geo::parseCoordinate(text), utm);
    EXPECT_LT(geo::geodesicDistanceMetres(back, {kLon, kLat}), 0.001);
}

TEST(CoordinateInput, WhatCannotBeToldApartIsRefusedWithTheReason) {
    struct Bad {
        const char* text;
        const char* reason;
    };
    for (const Bad& bad : {Bad{"", "found 0"}, Bad{"9.6", "found 1"}, Bad{"1 2 3", "found 3"},
                           Bad{"45 50", "cannot tell longitude from latitude"},
                           Bad{"9.6 N 105.97 S", "both values are marked as latitudes"},
                           Bad{"9°75' 105°", "less than 60"}, Bad{"9.6 abc", "unexpected"},
                           Bad{"105.97 1061653", "degrees and the other like metres"},
                           Bad{"5000 6000", "cannot tell easting from northing"},
                           Bad{"N 95 E 100", "latitude beyond"}, Bad{"N 9 E 200", "longitude beyond"}, Bad{"36' 105", "without degrees"}}) {
        std::string message = vt_test::errorOf([&] { geo::parseCoordinate(bad.text); });
        EXPECT_NE(message.find(bad.reason), std::string::npos) << bad.text << " → " << message;
        EXPECT_NE(message.find(std::string("\"") + bad.text + "\""), std::string::npos) << "names the text: " << message;
    }
    EXPECT_THROW(geo::typedCoordinateLonLat(geo::parseCoordinate("551391 1061653"), geo::describeCrs("EPSG:4326")),
                 geo::CrsError);
}

}  // namespace
