// Issue 10, items 1-2, in the app: a latitude-first file asks for its axis
// order with the swap filled in, and the answer is recorded in the project;
// the new findings read in Vietnamese. Fixtures:
// tests/fixtures/field/crs/make_fixtures.py.
#include <geodesic.h>

#include <cmath>

#include "app_test_support.h"
#include "geo/area.h"
#include "geo/quality.h"
#include "language.h"
#include "main_window.h"
#include "quality_panel.h"

namespace {

using namespace vt::gui;

// GeographicLib's area of the generator's three degree plots (as
// printf 'lat lon\n…' | Planimeter: 4.856473 + 2.731760 + 1.214127 ha).
double degreePlotsTotalHa() {
    const double plots[][3] = {{105.9700, 9.6000, 0.0020}, {105.9750, 9.6010, 0.0015}, {105.9800, 9.5980, 0.0010}};
    geod_geodesic g;
    geod_init(&g, 6378137.0, 1 / 298.257223563);
    double total = 0;
    for (const auto& p : plots) {
        double lats[] = {p[1], p[1], p[1] + p[2], p[1] + p[2]};
        double lons[] = {p[0], p[0] + p[2], p[0] + p[2], p[0]};
        double area = 0, perimeter = 0;
        geod_polygonarea(&g, lats, lons, 4, &area, &perimeter);
        total += std::fabs(area) / 10000;
    }
    return total;
}

TEST(FieldCrsApp, ALatitudeFirstFileIsAddedSwappedWithTheAxisOrderRecorded) {
    Language language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow window(&language);
    window.setInteractive(false);  // accepts the filled-in answers, as a user pressing OK would
    ASSERT_TRUE(window.addLayer(QStringLiteral(VT_SOURCE_DIR "/tests/fixtures/field/crs/plots_lat_lon.geojson")))
        << window.lastError().toStdString();
    const Document& d = *window.document();
    const geo::LayerSpec& spec = d.workspace.project.layers.back();
    EXPECT_EQ(spec.axisOrder, "lat_lon");  // recorded in the project: never a silent swap
    const geo::LoadedLayer& loaded = d.workspace.layers.back();
    double total = 0;
    for (const auto& f : loaded.normalised.features) total += geo::geodesicAreaHa(f.geometry);
    EXPECT_NEAR(total, degreePlotsTotalHa(), 3e-5);
}

TEST(FieldCrsApp, AxisSwappedAndDegreeGuessFindingsReadInVietnamese) {
    Language language;
    ASSERT_TRUE(language.setLanguage(QStringLiteral("vi")));
    geo::Finding swapped;
    swapped.kind = geo::finding::AxisSwapped;
    swapped.message = "english";
    swapped.facts = {{"sentence", "latitude_first"}, {"x_range", "9.5980..9.6025"}, {"y_range", "105.9700..105.9810"}};
    EXPECT_EQ(QualityModel::kindLabel(swapped.kind), QStringLiteral("Vĩ độ được ghi trước"));
    EXPECT_EQ(QualityModel::details(swapped),
              QStringLiteral("tọa độ có vẻ ghi vĩ độ trước (x 9.5980..9.6025, y 105.9700..105.9810): hãy đặt thứ tự "
                             "trục của lớp là lat_lon"));
    geo::Finding degrees;
    degrees.kind = geo::finding::CrsGuess;
    degrees.message = "english";
    degrees.facts = {{"sentence", "guessed_degrees"}, {"path", "a.shp"}, {"crs_name", "WGS 84"},
                     {"crs_code", "EPSG:4326"}, {"alternative_1_name", "VN-2000"},
                     {"alternative_1_code", "EPSG:4756"}, {"alternative_1_shift_m", "225.5"}};
    QString vi = QualityModel::details(degrees);
    EXPECT_TRUE(vi.startsWith(QStringLiteral("a.shp không có hệ tọa độ; đoán là WGS 84 (EPSG:4326); nếu đọc theo VN-2000 "
                                             "(EPSG:4756) thì lớp lệch ")))
        << vi.toStdString();
    EXPECT_TRUE(vi.endsWith(QStringLiteral("hãy đặt hệ tọa độ của lớp nếu dữ liệu là VN-2000"))) << vi.toStdString();
}

}  // namespace
