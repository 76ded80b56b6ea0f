// The map tools on the demo project, offscreen: measure (distance, area),
// go to a coordinate, select by rectangle and by expression, the attribute
// table's filter, removing a layer. Figures are checked against geo/ called
// another way (an independent geo::Transformer for map → lon/lat).
#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <cmath>

#include "app_test_support.h"
#include "geo/crs.h"
#include "geo/measure.h"
#include "language.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_tools_controller.h"
#include "measure_tool.h"

using namespace vt::gui;

namespace {

void sendMouse(QWidget* w, QEvent::Type type, QPointF pos, Qt::MouseButton button,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    Qt::MouseButtons held = (type == QEvent::MouseButtonRelease) ? Qt::NoButton : Qt::MouseButtons(button);
    QMouseEvent e(type, pos, w->mapToGlobal(pos), button, held, modifiers);
    QCoreApplication::sendEvent(w, &e);
}

void clickAt(QWidget* w, QPointF pos, Qt::MouseButton button = Qt::LeftButton,
             Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    sendMouse(w, QEvent::MouseButtonPress, pos, button, modifiers);
    sendMouse(w, QEvent::MouseButtonRelease, pos, button, modifiers);
}

void doubleClickAt(QWidget* w, QPointF pos) {
    // What Qt sends for a double click: press, release, double-click, release.
    clickAt(w, pos);
    sendMouse(w, QEvent::MouseButtonDblClick, pos, Qt::LeftButton);
    sendMouse(w, QEvent::MouseButtonRelease, pos, Qt::LeftButton);
}

void pressKey(QWidget* w, int key) {
    QKeyEvent e(QEvent::KeyPress, key, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &e);
}

// Saves a picture of the window for a person to look at, when asked
// (VT_MAPTOOLS_PNG_DIR=folder); the tests never depend on it.
void maybeSavePicture(QWidget* w, const QString& name) {
    QString dir = qEnvironmentVariable("VT_MAPTOOLS_PNG_DIR");
    if (!dir.isEmpty()) w->grab().save(dir + QStringLiteral("/") + name);
}

}  // namespace

class MapTools : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        language = new Language;
        ASSERT_TRUE(language->setLanguage(QStringLiteral("en")));
        window = new MainWindow(language);
        window->setInteractive(false);
        window->resize(1200, 800);
        window->show();
        opened = window->openProject(apptest::demoProject());
    }
    static void TearDownTestSuite() {
        delete window;
        delete language;
        window = nullptr;
        language = nullptr;
    }
    void SetUp() override {
        ASSERT_TRUE(opened) << window->lastError().toStdString();
        window->canvas()->setMapTool(nullptr);
        window->canvas()->zoomToFullExtent();
        window->selection()->clear();
        QCoreApplication::processEvents();
    }
    // The map CRS → WGS 84 lon/lat by a transformer of our own, not the canvas's.
    static std::vector<geo::XY> toLonLat(const std::vector<geo::XY>& map) {
        geo::Transformer t(window->document()->mapCrs, geo::wgs84());
        std::vector<geo::XY> out;
        for (const geo::XY& p : map) out.push_back(t.forward(p));
        return out;
    }

    static inline Language* language = nullptr;
    static inline MainWindow* window = nullptr;
    static inline bool opened = false;
};

TEST_F(MapTools, MeasuringAnAreaByClicksGivesTheGeodesicAreaOfTheClickedPoints) {
    MapCanvas* canvas = window->canvas();
    MapToolsController* tools = window->mapTools();
    tools->measureAreaAction()->trigger();
    ASSERT_EQ(canvas->mapTool(), tools->measureTool());
    MeasureTool* tool = tools->measureTool();
    EXPECT_EQ(tool->mode(), MeasureTool::Mode::Area);

    const QSize size = canvas->size();
    std::vector<QPointF> clicks = {{size.width() * 0.30, size.height() * 0.30},
                                   {size.width() * 0.62, size.height() * 0.28},
                                   {size.width() * 0.66, size.height() * 0.64},
                                   {size.width() * 0.34, size.height() * 0.70}};
    for (std::size_t i = 0; i + 1 < clicks.size(); ++i) clickAt(canvas, clicks[i]);
    doubleClickAt(canvas, clicks.back());
    ASSERT_EQ(tool->points().size(), 4u) << "a double click adds its point once and finishes";
    EXPECT_TRUE(tool->isFinished());
    EXPECT_TRUE(window->selection()->isEmpty()) << "clicks went to the tool, not to identify";

    std::vector<geo::XY> map;
    for (const QPointF& c : clicks) map.push_back(canvas->view().toMap(c));
    geo::GeodesicMeasure expected = geo::measureGeodesic(toLonLat(map));
    geo::GeodesicMeasure got = tool->measurement();
    EXPECT_GT(expected.areaM2, 1e7) << "a district-sized polygon";
    EXPECT_NEAR(got.areaM2, expected.areaM2, 1e-9 * expected.areaM2);
    EXPECT_NEAR(got.perimeterMetres, expected.perimeterMetres, 1e-9 * expected.perimeterMetres);

    // The panel shows the same figure in m² and ha.
    auto* figures = canvas->findChild<QLabel*>(QStringLiteral("measureFigures"));
    ASSERT_NE(figures, nullptr);
    QLocale locale;
    EXPECT_TRUE(figures->text().contains(locale.toString(expected.areaM2 / 10000, 'f', 4))) << figures->text().toStdString();
    canvas->waitForRender();
    maybeSavePicture(window, QStringLiteral("measure-area.png"));

    // Esc clears the measurement; a second Esc gives the mouse back.
    pressKey(canvas, Qt::Key_Escape);
    EXPECT_TRUE(tool->points().empty());
    EXPECT_EQ(canvas->mapTool(), tool);
    pressKey(canvas, Qt::Key_Escape);
    EXPECT_EQ(canvas->mapTool(), nullptr);
    EXPECT_FALSE(tools->measureAreaAction()->isChecked());
    EXPECT_EQ(canvas->findChild<QLabel*>(QStringLiteral("measureFigures")), nullptr) << "the panel goes with the tool";
}

TEST_F(MapTools, MeasuringADistanceFollowsTheCursorUntilFinishedAndBackspaceTakesAPointBack) {
    MapCanvas* canvas = window->canvas();
    MapToolsController* tools = window->mapTools();
    tools->measureDistanceAction()->trigger();
    MeasureTool* tool = tools->measureTool();
    ASSERT_EQ(tool->mode(), MeasureTool::Mode::Distance);
    QPointF a(200, 200), b(500, 260), c(520, 500);
    clickAt(canvas, a);
    clickAt(canvas, b);
    sendMouse(canvas, QEvent::MouseMove, c, Qt::NoButton);
    std::vector<geo::XY> map = {canvas->view().toMap(a), canvas->view().toMap(b), canvas->view().toMap(c)};
    double withCursor = geo::measureGeodesic(toLonLat(map)).lengthMetres;
    EXPECT_NEAR(tool->measurement().lengthMetres, withCursor, 1e-9 * withCursor) << "the running total includes the cursor";
    pressKey(canvas, Qt::Key_Backspace);
    ASSERT_EQ(tool->points().size(), 1u);
    clickAt(canvas, b, Qt::RightButton);  // right click finishes where the points are
    EXPECT_TRUE(tool->isFinished());
    EXPECT_EQ(tool->measurement().lengthMetres, 0);
    tools->measureDistanceAction()->trigger();  // unchecking gives the mouse back
    EXPECT_EQ(canvas->mapTool(), nullptr);
}

TEST_F(MapTools, GoingToAPointInDegreesOrInVn2000MetresCentresTheMapOnTheSamePlaceWithAMarker) {
    MapCanvas* canvas = window->canvas();
    MapToolsController* tools = window->mapTools();
    ASSERT_EQ(tools->projectCrs(), QStringLiteral("EPSG:9209")) << "the demo's province CRS";
    QString error;
    ASSERT_TRUE(tools->goTo(QStringLiteral("9°36'N 105°58'12\"E"), {}, &error)) << error.toStdString();
    geo::XY fromDegrees = canvas->view().centre;
    auto* marker = canvas->findChild<QWidget*>(QStringLiteral("goToMarker"));
    ASSERT_NE(marker, nullptr);
    EXPECT_TRUE(marker->isVisible());
    EXPECT_LE(canvas->view().resolution, 10.0) << "zoomed in to see the place";
    // Where the map centre is, by our own transformer: 105.97° E, 9.6° N.
    geo::XY centreLonLat = toLonLat({fromDegrees}).front();
    EXPECT_NEAR(centreLonLat.x, 105.97, 1e-9);
    EXPECT_NEAR(centreLonLat.y, 9.6, 1e-9);
    canvas->waitForRender();
    maybeSavePicture(window, QStringLiteral("goto.png"));

    // The same place in the project's VN-2000 / TM-3 metres, northing first as
    // surveys write it (tests/geo/coordinate_input_test.cpp gives the cct command).
    window->canvas()->zoomToFullExtent();
    ASSERT_TRUE(tools->goTo(QStringLiteral("1061653.3883, 551391.9724"), {}, &error)) << error.toStdString();
    geo::XY fromMetres = canvas->view().centre;
    EXPECT_LT(std::hypot(fromMetres.x - fromDegrees.x, fromMetres.y - fromDegrees.y), 0.001);

    // What cannot be read leaves the map where it is and says why.
    MapView before = canvas->view();
    EXPECT_FALSE(tools->goTo(QStringLiteral("45 50"), {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cannot tell longitude from latitude"))) << error.toStdString();
    EXPECT_TRUE(canvas->view() == before);
}
