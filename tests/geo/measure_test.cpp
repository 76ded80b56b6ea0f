// The measure tool's numbers (geo/measure.h) equal GeographicLib's own
// command-line tools, run here on the same points: GeodSolve -i for each
// segment's distance, Planimeter for the polygon's perimeter and area
// (Debian: geographiclib-tools, listed in .ci/debian-packages.txt).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "geo/measure.h"
#include "test_support.h"

namespace {

using geo::XY;

bool haveTool(const std::string& name) {
    return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

// Runs `command < input` and returns its standard output; fails the test on error.
std::string runWithInput(const std::string& command, const std::string& input) {
    vt_test::TempDir dir;
    std::string in = vt_test::writeText(dir.path() / "in.txt", input);
    FILE* pipe = ::popen((command + " < '" + in + "'").c_str(), "r");
    if (!pipe) {
        ADD_FAILURE() << "cannot run " << command;
        return {};
    }
    std::string out;
    char buf[4096];
    while (std::size_t n = std::fread(buf, 1, sizeof buf, pipe)) out.append(buf, n);
    int status = ::pclose(pipe);
    EXPECT_EQ(status, 0) << command << " failed: " << out;
    return out;
}

// GeographicLib wants "lat lon" per line.
std::string latLonLines(const std::vector<XY>& lonLat) {
    std::ostringstream s;
    s.precision(17);
    for (const XY& p : lonLat) s << p.y << ' ' << p.x << '\n';
    return s.str();
}

void expectRelative(double actual, double expected, const char* what) {
    ASSERT_GT(expected, 0) << what;
    EXPECT_LE(std::abs(actual - expected) / expected, 1e-6) << what << ": " << actual << " vs " << expected;
}

// A walk around fields in Sóc Trăng (WGS 84 lon/lat), some kilometres
// across, clicked clockwise; and one made of a single long segment.
const std::vector<XY> kWalk = {{105.9700, 9.6000}, {105.9900, 9.6100}, {106.0000, 9.5800},
                               {105.9850, 9.5650}, {105.9620, 9.5790}};

TEST(Measure, PathLengthIsTheSumOfGeodSolveSegments) {
    if (!haveTool("GeodSolve")) GTEST_SKIP() << "GeodSolve not installed (Debian package geographiclib-tools)";
    double expected = 0;
    for (std::size_t i = 1; i < kWalk.size(); ++i) {
        // GeodSolve -i reads "lat1 lon1 lat2 lon2" and prints "azi1 azi2 s12".
        std::ostringstream line;
        line.precision(17);
        line << kWalk[i - 1].y << ' ' << kWalk[i - 1].x << ' ' << kWalk[i].y << ' ' << kWalk[i].x << '\n';
        std::istringstream out(runWithInput("GeodSolve -i -p 9", line.str()));
        double azi1 = 0, azi2 = 0, s12 = 0;
        ASSERT_TRUE(out >> azi1 >> azi2 >> s12);
        expected += s12;
    }
    expectRelative(geo::measureGeodesic(kWalk).lengthMetres, expected, "length");
}

TEST(Measure, PolygonPerimeterAndAreaMatchPlanimeter) {
    if (!haveTool("Planimeter")) GTEST_SKIP() << "Planimeter not installed (Debian package geographiclib-tools)";
    // Planimeter prints "points perimeter area" (area signed by orientation).
    std::istringstream out(runWithInput("Planimeter -p 9", latLonLines(kWalk)));
    double points = 0, perimeter = 0, area = 0;
    ASSERT_TRUE(out >> points >> perimeter >> area);
    ASSERT_EQ(points, 5);
    geo::GeodesicMeasure m = geo::measureGeodesic(kWalk);
    expectRelative(m.perimeterMetres, perimeter, "perimeter");
    expectRelative(m.areaM2, std::abs(area), "area");
    // The other click order measures the same polygon.
    std::vector<XY> reversed(kWalk.rbegin(), kWalk.rend());
    expectRelative(geo::measureGeodesic(reversed).areaM2, std::abs(area), "area, counter-clockwise");
}

TEST(Measure, ASingleSegmentHasLengthButNoAreaOrPerimeter) {
    if (!haveTool("GeodSolve")) GTEST_SKIP() << "GeodSolve not installed (Debian package geographiclib-tools)";
    // Across the province, ~60 km.
    std::vector<XY> line = {{105.60, 9.40}, {106.20, 9.75}};
    std::istringstream out(runWithInput("GeodSolve -i -p 9", "9.40 105.60 9.75 106.20\n"));
    double azi1 = 0, azi2 = 0, s12 = 0;
    ASSERT_TRUE(out >> azi1 >> azi2 >> s12);
    geo::GeodesicMeasure m = geo::measureGeodesic(line);
    expectRelative(m.lengthMetres, s12, "length");
    EXPECT_EQ(m.perimeterMetres, 0);
    EXPECT_EQ(m.areaM2, 0);
    EXPECT_EQ(geo::measureGeodesic({}).lengthMetres, 0);
}

}  // namespace
