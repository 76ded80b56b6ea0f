// AreaMode::Auto against PROJ's geodesic area (geod_polygonarea, called here
// directly): on random polygons at Vietnam's latitudes the two differ by at
// most max(1e-6 × area, 0.01 m²) (design.md, "Coordinate reference
// systems"); beyond the "small" bound, and in AreaMode::Geodesic, Auto is
// PROJ bit for bit. A lat/lon rectangle checks both against the ellipsoid's
// closed form. The project key "area" parses, round-trips and is refused
// with its name when wrong; the links carry the project's mode.
#include <gtest/gtest.h>

#include <geodesic.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "geo/area.h"
#include "geo/authalic_area.h"
#include "geo/error.h"
#include "geo/link.h"
#include "geo/project.h"
#include "link_fixture.h"
#include "wgs84_closed_form.h"

namespace {

using namespace vt_test::wgs84;

// The allowed difference (design.md): 1e-6 of the area or 0.01 m².
double allowedM2(double geodesicM2) { return std::max(1e-6 * geodesicM2, 0.01); }

// PROJ's geodesic area of a polygon in m², straight from geod_polygonarea:
// |exterior| − Σ|holes|, as geo::geodesicAreaHa adds them.
double projAreaM2(const geo::Polygon& polygon) {
    geod_geodesic g;
    geod_init(&g, kA, kF);
    double m2 = 0;
    for (std::size_t r = 0; r < polygon.rings.size(); ++r) {
        std::vector<double> lats, lons;
        for (std::size_t i = 0; i + 1 < polygon.rings[r].size(); ++i) {  // rings are closed
            lons.push_back(polygon.rings[r][i].x);
            lats.push_back(polygon.rings[r][i].y);
        }
        double area = 0;
        geod_polygonarea(&g, lats.data(), lons.data(), static_cast<int>(lats.size()), &area, nullptr);
        m2 = r == 0 ? std::fabs(area) : m2 - std::fabs(area);
    }
    return m2;
}

// Uniform in [0, 1) from the raw 64-bit generator: the same numbers with any
// standard library (std::uniform_real_distribution's algorithm is not fixed).
struct Random {
    std::mt19937_64 engine;
    explicit Random(std::uint64_t seed) : engine(seed) {}
    double uniform() { return static_cast<double>(engine() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    double logUniform(double lo, double hi) { return lo * std::exp(std::log(hi / lo) * uniform()); }
    int integer(int lo, int hi) { return lo + static_cast<int>(uniform() * (hi - lo + 1)); }  // [lo, hi]
};

struct Shape {
    double lon = 0, lat = 0;      // centre
    double extentDegrees = 0;     // the larger of its lon and lat spans
    int vertices = 0;             // 0: drawn from 3–200
    bool convex = false, hole = false;
    double stretch = 1;           // width / height before rotation
};

// A simple ring around the origin in a unit frame: vertices at stratified
// angles (each gap < 2·360°/n), on an ellipse (convex) or at random radii in
// [0.35, 1] (star-shaped, generally not convex). With n ≥ 8 every gap is
// < 90°, so the ring holds the disc of radius 0.35·cos 45° ≈ 0.247 and a hole
// of radius ≤ 0.24 lies inside it.
std::vector<geo::XY> unitRing(Random& rnd, int n, bool convex, double rMin, double rMax) {
    std::vector<geo::XY> ring;
    const double a0 = rnd.uniform(0, 2 * kPi);
    for (int i = 0; i < n; ++i) {
        double angle = a0 + 2 * kPi * (i + 0.9 * rnd.uniform()) / n;
        double r = convex ? rMax : rnd.uniform(rMin, rMax);
        ring.push_back({r * std::cos(angle), r * std::sin(angle)});
    }
    return ring;
}

// A random polygon: its shape in a local east/north frame (stretched and
// rotated: slivers too), scaled so that its larger span in degrees is
// shape.extentDegrees, placed at shape.lon/lat; a clockwise hole at times.
geo::Polygon randomPolygon(Random& rnd, Shape& shape) {
    if (shape.vertices == 0) shape.vertices = rnd.integer(3, 200);
    shape.convex = rnd.uniform() < 0.35;
    shape.hole = shape.vertices >= 8 && rnd.uniform() < 0.3;
    shape.stretch = rnd.logUniform(1, 20);
    std::vector<std::vector<geo::XY>> rings{unitRing(rnd, shape.vertices, shape.convex, 0.35, 1)};
    if (shape.hole) {
        auto hole = unitRing(rnd, rnd.integer(3, 24), false, 0.05, 0.24);
        std::reverse(hole.begin(), hole.end());
        rings.push_back(hole);
    }
    // Stretch and rotate (an affine map keeps the hole inside), then degrees:
    // metres per degree need not be exact, PROJ measures the same numbers.
    const double rotation = rnd.uniform(0, kPi), c = std::cos(rotation), s = std::sin(rotation);
    const double mPerDegLat = 110600, mPerDegLon = 111320 * std::cos(shape.lat * kPi / 180);
    double spanLon = 0, spanLat = 0;
    for (auto& ring : rings)
        for (auto& p : ring) {
            double x = p.x * shape.stretch, y = p.y;
            p = {(c * x - s * y) / mPerDegLon, (s * x + c * y) / mPerDegLat};
            spanLon = std::max(spanLon, 2 * std::fabs(p.x));
            spanLat = std::max(spanLat, 2 * std::fabs(p.y));
        }
    // 2·max|offset| bounds the span, so the polygon's own span is at most
    // extentDegrees (and at least half of it).
    const double scale = shape.extentDegrees / std::max(spanLon, spanLat);
    geo::Polygon polygon;
    for (const auto& ring : rings) {
        geo::Ring out;
        for (const auto& p : ring) out.push_back({shape.lon + p.x * scale, shape.lat + p.y * scale});
        out.push_back(out.front());
        polygon.rings.push_back(std::move(out));
    }
    return polygon;
}

std::string describe(const Shape& s) {
    return "polygon at " + std::to_string(s.lon) + "," + std::to_string(s.lat) + " spanning " +
           std::to_string(s.extentDegrees) + "°, " + std::to_string(s.vertices) + " vertices" +
           (s.convex ? ", convex" : ", star-shaped") + (s.hole ? ", with a hole" : "") + ", stretch " +
           std::to_string(s.stretch);
}

// Auto within the bound of PROJ on `count` random small polygons centred in
// the given box, sizes log-uniform from 10 m to the bound; returns the worst
// |auto − geodesic| / allowed.
double worstRatioOfSmallPolygons(std::uint64_t seed, int count, double lat0, double lat1, double lon0, double lon1) {
    Random rnd(seed);
    double worst = 0;
    int authalicDiffers = 0;
    for (int k = 0; k < count; ++k) {
        Shape shape;
        shape.lat = rnd.uniform(lat0, lat1);
        shape.lon = rnd.uniform(lon0, lon1);
        shape.extentDegrees = rnd.logUniform(10.0 / 110600, geo::kAuthalicMaxExtentDegrees);
        geo::Polygon p = randomPolygon(rnd, shape);
        EXPECT_TRUE(geo::authalicAreaApplies(p)) << describe(shape);
        const double geodesic = projAreaM2(p), automaticHa = geo::areaHa(p, geo::AreaMode::Auto);
        const double difference = std::fabs(automaticHa * 1e4 - geodesic);
        EXPECT_LE(difference, allowedM2(geodesic)) << describe(shape) << ": geodesic " << geodesic << " m²";
        worst = std::max(worst, difference / allowedM2(geodesic));
        // Geodesic mode is PROJ, to the last bit.
        const double geodesicHa = geo::areaHa(p, geo::AreaMode::Geodesic);
        EXPECT_EQ(geodesicHa, geodesic / 10000.0) << describe(shape);
        authalicDiffers += automaticHa != geodesicHa;
    }
    // The bound is met by the authalic way, not by falling back to PROJ.
    EXPECT_GT(authalicDiffers, count / 2);
    return worst;
}

TEST(AreaMode, AutoIsWithinOneMillionthOrOneHundredthSquareMetreOfGeodesicAtVietnamsLatitudes) {
    // 8.5°–23.5° N, 102°–110° E: 3,000 polygons of 3–200 vertices, 10 m to
    // 0.05°, convex and star-shaped, slivers (stretch up to 20) and holes.
    double worst = worstRatioOfSmallPolygons(20261130, 3000, 8.5, 23.5, 102, 110);
    // The margin, for the record: the difference grows as size⁵ (area.h).
    std::printf("worst |auto − geodesic| / max(1e-6·area, 0.01 m²) = %.3g\n", worst);
}

TEST(AreaMode, AutoKeepsTheBoundUpToItsLatitudeLimitInBothHemispheres) {
    // The same rule at the latitudes authalicAreaApplies accepts beyond Vietnam.
    worstRatioOfSmallPolygons(7, 300, -geo::kAuthalicMaxLatitudeDegrees + 0.03, -50, -179, 179);
    worstRatioOfSmallPolygons(8, 300, -50, 50, -179, 179);
    worstRatioOfSmallPolygons(9, 300, 50, geo::kAuthalicMaxLatitudeDegrees - 0.03, -179, 179);
}

TEST(AreaMode, PolygonsBeyondTheBoundAreMeasuredByProjBitForBit) {
    Random rnd(11);
    for (int k = 0; k < 500; ++k) {
        Shape shape;
        shape.lat = rnd.uniform(8.5, 23.5);
        shape.lon = rnd.uniform(102, 110);
        // Larger span in (0.05°, 2°]: every one is wider or taller than the bound.
        shape.extentDegrees = rnd.logUniform(geo::kAuthalicMaxExtentDegrees, 2) * (1 + 1e-9);
        geo::Polygon p = randomPolygon(rnd, shape);
        if (geo::authalicAreaApplies(p)) {
            // randomPolygon's span is between half and all of extentDegrees.
            ASSERT_LT(shape.extentDegrees, 2 * geo::kAuthalicMaxExtentDegrees) << describe(shape);
            continue;
        }
        EXPECT_EQ(geo::areaHa(p, geo::AreaMode::Auto), projAreaM2(p) / 10000.0) << describe(shape);
        EXPECT_EQ(geo::areaHa(p, geo::AreaMode::Auto), geo::geodesicAreaHa(p)) << describe(shape);
    }
}

// The authalic way whatever the size: what Auto would give without its bound.
double authalicPolygonM2(const geo::Polygon& polygon) {
    double m2 = 0;
    for (std::size_t r = 0; r < polygon.rings.size(); ++r)
        m2 = r == 0 ? std::fabs(geo::authalicRingAreaM2(polygon.rings[r]))
                    : m2 - std::fabs(geo::authalicRingAreaM2(polygon.rings[r]));
    return m2;
}

TEST(AreaMode, TheBoundKeepsAWideMarginAndIsNeeded) {
    // Worst |authalic − geodesic| / allowed on 300 random polygons at
    // Vietnam's latitudes, all of one span: it grows as the fifth power of
    // the edges' length (area.h), so 0.05° is far inside, and some bound is
    // needed. Triangles have the longest edges for their span.
    auto worstAt = [](double extentDegrees, int vertices, std::uint64_t seed) {
        Random rnd(seed);
        double worst = 0;
        for (int k = 0; k < 300; ++k) {
            Shape shape;
            shape.lat = rnd.uniform(8.5, 23.5);
            shape.lon = rnd.uniform(102, 110);
            shape.extentDegrees = extentDegrees;
            shape.vertices = vertices;
            geo::Polygon p = randomPolygon(rnd, shape);
            double geodesic = projAreaM2(p);
            worst = std::max(worst, std::fabs(authalicPolygonM2(p) - geodesic) / allowedM2(geodesic));
        }
        return worst;
    };
    const double any01 = worstAt(0.1, 0, 21), triangles01 = worstAt(0.1, 3, 22), triangles1 = worstAt(1, 3, 23);
    std::printf("worst |authalic − geodesic| / allowed: 0.1° any %.3g, triangles %.3g; 1° triangles %.3g\n", any01,
                triangles01, triangles1);
    EXPECT_LT(std::max(any01, triangles01), 0.1);  // ≈ 11 km: twice the bound, still 10× inside
    EXPECT_GT(triangles1, 1);                      // ≈ 110 km: the authalic way would break the rule
}

geo::Polygon rectangle(double lon0, double lat0, double lon1, double lat1, int perSide = 1) {
    geo::Ring r;
    for (int i = 0; i < perSide; ++i) r.push_back({lon0 + (lon1 - lon0) * i / perSide, lat0});
    for (int i = 0; i < perSide; ++i) r.push_back({lon1, lat0 + (lat1 - lat0) * i / perSide});
    for (int i = 0; i < perSide; ++i) r.push_back({lon1 - (lon1 - lon0) * i / perSide, lat1});
    for (int i = 0; i < perSide; ++i) r.push_back({lon0, lat1 - (lat1 - lat0) * i / perSide});
    r.push_back(r.front());
    return geo::Polygon{{r}};
}

TEST(AreaMode, TheBoundIsExactlyWhereTheDocumentationPutsIt) {
    const double b = geo::kAuthalicMaxExtentDegrees;
    EXPECT_TRUE(geo::authalicAreaApplies(rectangle(105.9, 9.6, 105.9 + 0.999999 * b, 9.6 + 0.999999 * b)));
    EXPECT_FALSE(geo::authalicAreaApplies(rectangle(105.9, 9.6, 105.9 + 1.001 * b, 9.6 + b / 10)));
    EXPECT_FALSE(geo::authalicAreaApplies(rectangle(105.9, 9.6, 105.9 + b / 10, 9.6 + 1.001 * b)));
    // Near a pole and across the antimeridian: PROJ.
    const double pole = geo::kAuthalicMaxLatitudeDegrees;
    EXPECT_TRUE(geo::authalicAreaApplies(rectangle(10, pole - 0.01, 10.01, pole)));
    EXPECT_FALSE(geo::authalicAreaApplies(rectangle(10, pole - 0.005, 10.01, pole + 0.005)));
    EXPECT_FALSE(geo::authalicAreaApplies(rectangle(10, -pole - 0.005, 10.01, -pole + 0.005)));
    geo::Polygon antimeridian{{{{179.999, 10}, {-179.999, 10}, {-179.999, 10.001}, {179.999, 10.001}, {179.999, 10}}}};
    EXPECT_FALSE(geo::authalicAreaApplies(antimeridian));
    EXPECT_EQ(geo::areaHa(antimeridian, geo::AreaMode::Auto), geo::geodesicAreaHa(antimeridian));
    // A hole does not make a polygon small or large: its exterior decides.
    geo::Polygon large = rectangle(105, 9, 105.2, 9.2);
    large.rings.push_back(rectangle(105.05, 9.05, 105.06, 9.06).rings[0]);
    EXPECT_FALSE(geo::authalicAreaApplies(large));
    // Empty and degenerate: 0 either way, as geodesicAreaHa.
    EXPECT_EQ(geo::areaHa(geo::Polygon{}, geo::AreaMode::Auto), 0);
    EXPECT_EQ(geo::areaHa(geo::Polygon{{{{105, 9}, {105.001, 9}, {105, 9}}}}, geo::AreaMode::Auto), 0);
    EXPECT_EQ(geo::areaHa(geo::Geometry::point({105, 9}), geo::AreaMode::Auto), 0);
}

// The area between parallels and meridians on the ellipsoid, closed form.
double latLonRectangleM2(double lon0, double lat0, double lon1, double lat1) {
    return cellAreaM2(lat0, lat1, lon1 - lon0);
}

TEST(AreaMode, LatLonRectangleAgreesWithTheEllipsoidsClosedFormInBothModes) {
    for (double lat : {9.6, 23.3}) {
        const double lon0 = 105.9, lat0 = lat, side = 0.04;  // ~4.4 km: inside the bound
        const double exact = latLonRectangleM2(lon0, lat0, lon0 + side, lat0 + side);
        // Its four corners joined by geodesics: each east–west edge bulges
        // poleward of its parallel, whose geodesic curvature is tan φ / N, by
        // a lune of L³·tan φ / (12·N) (L = Δλ·N·cos φ, the parallel's length),
        // 187–385 m² here: the bottom one is lost, the top one gained. The
        // next order is (L/N)² ≈ 5e-7 of a lune, 2e-4 m².
        auto lune = [&](double phiDeg) {
            const double phi = phiDeg * kPi / 180, n = kA / std::sqrt(1 - kE2 * std::sin(phi) * std::sin(phi));
            const double l = side * kPi / 180 * n * std::cos(phi);
            return l * l * l * std::tan(phi) / (12 * n);
        };
        const double corners = exact - lune(lat0) + lune(lat0 + side);
        ASSERT_GT(std::fabs(corners - exact), 0.3);  // 0.39–0.73 m²: the check below can tell them apart
        for (geo::AreaMode mode : {geo::AreaMode::Geodesic, geo::AreaMode::Auto}) {
            EXPECT_NEAR(geo::areaHa(rectangle(lon0, lat0, lon0 + side, lat0 + side), mode) * 1e4, corners, 1e-3)
                << geo::toString(mode) << " at " << lat;
            // With 100 vertices a side, 100 lunes of 10⁻⁶ the size: the
            // parallels are followed to 1e-9 of the area.
            EXPECT_NEAR(geo::areaHa(rectangle(lon0, lat0, lon0 + side, lat0 + side, 100), mode) * 1e4, exact,
                        1e-9 * exact)
                << geo::toString(mode) << " at " << lat;
        }
    }
}

TEST(AreaMode, AuthalicRingAreaIsSignedCounterClockwisePositiveLikeProjs) {
    geo::Ring ccw = rectangle(105.9, 9.6, 105.91, 9.61).rings[0];
    geo::Ring cw(ccw.rbegin(), ccw.rend());
    EXPECT_GT(geo::authalicRingAreaM2(ccw), 0);
    EXPECT_EQ(geo::authalicRingAreaM2(cw), -geo::authalicRingAreaM2(ccw));
    EXPECT_NEAR(geo::authalicRingAreaM2(ccw), geo::geodesicRingAreaM2(ccw), allowedM2(geo::geodesicRingAreaM2(ccw)));
    // An unclosed ring is closed, as PROJ's.
    geo::Ring open(ccw.begin(), ccw.end() - 1);
    EXPECT_EQ(geo::authalicRingAreaM2(open), geo::authalicRingAreaM2(ccw));
}

TEST(AreaMode, ParsesAndNamesBothModes) {
    EXPECT_EQ(geo::parseAreaMode("auto"), geo::AreaMode::Auto);
    EXPECT_EQ(geo::parseAreaMode("geodesic"), geo::AreaMode::Geodesic);
    EXPECT_FALSE(geo::parseAreaMode("Geodesic"));
    EXPECT_FALSE(geo::parseAreaMode(""));
    EXPECT_STREQ(geo::toString(geo::AreaMode::Geodesic), "geodesic");
    EXPECT_STREQ(geo::toString(geo::AreaMode::Auto), "auto");
}

const char* kProjectTemplate = R"({"name": "p", "layers": [{"id": "z", "role": "zones", "path": "z.shp"}]%s})";

std::string projectText(const std::string& extra) {
    char buf[512];
    std::snprintf(buf, sizeof buf, kProjectTemplate, extra.c_str());
    return buf;
}

TEST(AreaMode, ProjectKeyAreaParsesRoundTripsAndDefaultsToAuto) {
    EXPECT_EQ(geo::parseProject(projectText(""), "/data/p.vtproj").areaMode, geo::AreaMode::Auto);
    geo::Project p = geo::parseProject(projectText(R"(, "area": "geodesic")"), "/data/p.vtproj");
    EXPECT_EQ(p.areaMode, geo::AreaMode::Geodesic);
    std::string json = geo::projectToJson(p);
    EXPECT_NE(json.find(R"("area": "geodesic")"), std::string::npos) << json;
    EXPECT_EQ(geo::parseProject(json, "/data/p.vtproj").areaMode, geo::AreaMode::Geodesic);
    geo::Project a = geo::parseProject(projectText(R"(, "area": "auto")"), "/data/p.vtproj");
    EXPECT_EQ(a.areaMode, geo::AreaMode::Auto);
    EXPECT_EQ(geo::parseProject(geo::projectToJson(a), "/data/p.vtproj").areaMode, geo::AreaMode::Auto);
}

TEST(AreaMode, ProjectKeyAreaWithAnotherValueIsRefusedNamingTheKey) {
    for (const char* bad : {R"("exact")", R"("")", "1", "null", R"(["geodesic"])"}) {
        try {
            geo::parseProject(projectText(std::string(R"(, "area": )") + bad), "/data/p.vtproj");
            ADD_FAILURE() << "accepted \"area\": " << bad;
        } catch (const geo::ProjectError& e) {
            EXPECT_NE(std::string(e.what()).find("/data/p.vtproj: area: must be \"geodesic\""), std::string::npos)
                << e.what();
        }
    }
}

TEST(AreaMode, LinksMeasureInTheProjectsMode) {
    // link_fixture.h's plots lie within 0.02° of the equator: all small.
    for (geo::AreaMode mode : {geo::AreaMode::Auto, geo::AreaMode::Geodesic}) {
        geo::Workspace ws = fixture::workspace();
        ws.project.areaMode = mode;
        geo::Links links = geo::linkWorkspace(ws);
        EXPECT_EQ(links.areaMode, mode);
        const auto& plantings = ws.firstWithRole(geo::LayerRole::PlantingAreas)->normalised.features;
        ASSERT_EQ(links.plantingHectares.size(), plantings.size());
        for (std::size_t i = 0; i < plantings.size(); ++i)
            EXPECT_EQ(links.plantingHectares[i], geo::areaHa(plantings[i].geometry, mode)) << i;
        // A plot wholly inside zone A (index 5): its share is its area, bit for bit.
        ASSERT_EQ(links.plantingZones[5].size(), 1u);
        EXPECT_EQ(links.plantingZones[5][0].hectares, links.plantingHectares[5]);
    }
}

}  // namespace
