// Issue 10, items 1-2, in the app: a latitude-first file asks for its axis
// order with the swap filled in, and the answer is recorded in the project;
// the new findings read in Vietnamese. Fixtures:
// tests/fixtures/field/crs/make_fixtures.py.

#include <cmath>

#include "app_test_support.h"
#include "geo/area.h"
#include "geo/quality.h"
#include "language.h"
#include "main_window.h"
#include "quality_panel.h"

#include "../fixtures/field/crs/degree_plots.h"

namespace {

using namespace vt::gui;

using vt_test::degreePlotsTotalHa;

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
