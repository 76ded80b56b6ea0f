// Raster backgrounds in the app: drawn under the vector layers with the
// source's own pixels, attributed on the map, listed in the layers dock,
// added by "Add layer" (undoably), and a missing file named, never a crash.
#include <gtest/gtest.h>

#include <QListWidget>
#include <QUndoStack>

#include "../geo/raster_test_support.h"
#include "../geo/test_support.h"
#include "app_test_support.h"
#include "document.h"
#include "language.h"
#include "layers_dock.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_renderer.h"
#include "raster_painter.h"
#include "xyz_tiles_dialog.h"

namespace vt::gui {
namespace {

// 200 × 200 px of 10 m from (560000, 1070000), EPSG:9209, and one zone inside it.
struct TinyProject {
    vt_test::TempDir dir;
    std::string file;
    explicit TinyProject(const std::string& basemapPath = "nen.tif") {
        vt_test::writePatternTiff(dir.file("nen.tif"), "EPSG:9209", 560000, 1070000, 10, 200, 200);
        vt_test::writeOgr(dir.file("zones.shp"), "ESRI Shapefile", 9209,
                          {{"A", "POLYGON((560500 1068500,561000 1068500,561000 1069000,560500 1069000,560500 1068500))"}});
        file = vt_test::writeText(dir.path() / "p.vtproj", R"({"name": "t", "province_crs": "EPSG:9209",
          "layers": [{"id": "zones", "role": "zones", "path": "zones.shp", "fields": {"code": "code"}}],
          "basemaps": [{"id": "nen", "name": "Nền", "path": ")" + basemapPath + R"(",
                        "attribution": "Test imagery attribution"}]})");
    }
};

MapView viewOfRaster() {
    MapView v;
    v.centre = {561000, 1069000};
    v.resolution = 5;  // twice as fine as the raster
    v.size = QSize(300, 300);
    return v;
}

TEST(Basemap, DrawnUnderTheLayersWithTheSourcePixelsAndItsAttribution) {
    TinyProject t;
    auto doc = loadDocument(t.file);
    ASSERT_EQ(doc->basemaps.size(), 1u);
    ASSERT_TRUE(doc->basemaps[0].problem.isEmpty()) << doc->basemaps[0].problem.toStdString();
    RenderSettings settings = defaultRenderSettings(*doc);
    ASSERT_EQ(settings.layers.front().id, "nen") << "the background is drawn first, under every layer";
    MapView view = viewOfRaster();
    QImage image = renderMap(*doc, view, settings);
    ASSERT_FALSE(image.isNull());

    // Outside the zone and above the attribution: the raster's own pixel.
    int checked = 0;
    for (int j = 3; j < 250; j += 13)
        for (int i = 3; i < 300; i += 13) {
            geo::XY m = view.toMap(QPointF(i + 0.5, j + 0.5));
            if (m.x > 560480 && m.x < 561020 && m.y > 1068480 && m.y < 1069020) continue;  // the zone and its outline
            auto want = vt_test::patternColour(static_cast<int>((m.x - 560000) / 10), static_cast<int>((1070000 - m.y) / 10));
            QColor got = image.pixelColor(i, j);
            EXPECT_EQ(got.red(), want[0]) << i << ", " << j;
            EXPECT_EQ(got.green(), want[1]);
            EXPECT_EQ(got.blue(), want[2]);
            ++checked;
        }
    EXPECT_GT(checked, 300);

    // The attribution, bottom right: dark text on a pale band.
    QStringList attributions = basemapAttributions(*doc, settings);
    ASSERT_EQ(attributions, QStringList{QStringLiteral("Test imagery attribution")});
    int dark = 0;
    for (int j = 285; j < 300; ++j)
        for (int i = 150; i < 300; ++i) dark += image.pixelColor(i, j).lightness() < 110;
    EXPECT_GT(dark, 30);

    // Hidden: no raster, no attribution.
    settings.layers.front().visible = false;
    EXPECT_TRUE(basemapAttributions(*doc, settings).isEmpty());
    QImage without = renderMap(*doc, view, settings);
    EXPECT_EQ(without.pixelColor(10, 10).alpha(), 0);
}

TEST(Basemap, AMissingRasterIsNamedAndTheMapStillDraws) {
    TinyProject t("anh/gone.tif");
    auto doc = loadDocument(t.file);
    ASSERT_EQ(doc->basemaps.size(), 1u);
    EXPECT_NE(doc->basemaps[0].problem.indexOf(QStringLiteral("gone.tif")), -1) << doc->basemaps[0].problem.toStdString();
    EXPECT_NE(doc->basemaps[0].problem.indexOf(QStringLiteral("not found")), -1);
    RenderSettings settings = defaultRenderSettings(*doc);
    EXPECT_FALSE(renderMap(*doc, viewOfRaster(), settings).isNull());
    EXPECT_TRUE(basemapAttributions(*doc, settings).isEmpty());

    Language language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow window(&language);
    window.setInteractive(false);
    ASSERT_TRUE(window.openProject(QString::fromStdString(t.file))) << window.lastError().toStdString();
    QListWidget* list = window.layersPanel()->list();
    ASSERT_EQ(list->count(), 2);
    QListWidgetItem* item = list->item(1);  // the bottom of the list: drawn first
    EXPECT_EQ(item->text(), QStringLiteral("Nền"));
    EXPECT_NE(item->toolTip().indexOf(QStringLiteral("gone.tif")), -1) << item->toolTip().toStdString();
}

TEST(Basemap, AddLayerTakesAGeoTiffAsABackgroundAndUndoRemovesIt) {
    TinyProject t;
    vt_test::writePatternTiff(t.dir.file("ortho.tif"), "EPSG:4326", 105.5, 9.7, 0.001, 30, 30);
    Language language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow window(&language);
    window.setInteractive(false);
    ASSERT_TRUE(window.openProject(QString::fromStdString(t.file))) << window.lastError().toStdString();
    ASSERT_TRUE(window.addLayer(QString::fromStdString(t.dir.file("ortho.tif")))) << window.lastError().toStdString();
    const Document& d = *window.document();
    ASSERT_EQ(d.basemaps.size(), 2u);
    EXPECT_EQ(d.workspace.project.basemaps.back().id, "ortho");
    EXPECT_EQ(d.workspace.project.basemaps.back().path, "ortho.tif");  // relative to the project, as layers are
    EXPECT_EQ(window.layersPanel()->list()->count(), 3);
    // Both backgrounds stay under the zones.
    const auto& order = window.canvas()->renderSettings().layers;
    ASSERT_EQ(order.size(), 3u);
    EXPECT_EQ(order.back().id, "zones");

    window.undoStack()->undo();
    EXPECT_EQ(window.document()->basemaps.size(), 1u);
    EXPECT_EQ(window.layersPanel()->list()->count(), 2);

    // A file that is no raster is refused with its name.
    std::string bad = vt_test::writeText(t.dir.path() / "bad.tif", "not a tiff");
    EXPECT_FALSE(window.addLayer(QString::fromStdString(bad)));
    EXPECT_NE(window.lastError().indexOf(QStringLiteral("bad.tif")), -1) << window.lastError().toStdString();
}

TEST(Basemap, XyzDialogRefusesATemplateGdalCannotUse) {
    XyzTilesDialog dialog;
    dialog.setValues(QStringLiteral("OSM"), QStringLiteral("https://tile.example/{x}/{y}.png"), QString(), 19);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    dialog.setValues(QStringLiteral("OSM"), QStringLiteral("https://tile.example/{z}/{x}/{y}.png"),
                     QStringLiteral("© OpenStreetMap contributors"), 18);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    geo::BasemapSpec b = dialog.basemap();
    EXPECT_EQ(b.url, "https://tile.example/{z}/{x}/{y}.png");
    EXPECT_EQ(b.attribution, "© OpenStreetMap contributors");
    EXPECT_EQ(b.maxZoom, 18);
}

}  // namespace
}  // namespace vt::gui
