// The map tools on the demo project, offscreen: measure (distance, area),
// go to a coordinate, select by rectangle and by expression, the attribute
// table's filter, removing a layer. Figures are checked against geo/ called
// another way (an independent geo::Transformer for map → lon/lat).
#include <ogr_api.h>

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <cmath>
#include <memory>
#include <set>
#include <type_traits>

#include "demo_window_fixture.h"
#include "geo/crs.h"
#include "geo/measure.h"
#include "language.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_tools_controller.h"
#include "measure_tool.h"
#include "layers_dock.h"
#include "select_tools.h"
#include "attribute_model.h"
#include "attribute_table.h"
#include "remove_layer.h"
#include <QUndoStack>
#include <QTableView>
#include <QItemSelectionModel>

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

// A geometry as OGR's, so GDAL (GEOS) decides intersections independently of the app.
using OgrPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, decltype(&OGR_G_DestroyGeometry)>;
OgrPtr toOgr(const geo::Geometry& g) {
    OgrPtr out(OGR_G_CreateGeometry(g.isPolygonal() ? wkbMultiPolygon : wkbMultiPoint), &OGR_G_DestroyGeometry);
    if (!out) throw std::runtime_error("OGR_G_CreateGeometry failed");
    for (const geo::Polygon& p : g.polygons) {
        OGRGeometryH polygon = OGR_G_CreateGeometry(wkbPolygon);
        for (const geo::Ring& r : p.rings) {
            OGRGeometryH ring = OGR_G_CreateGeometry(wkbLinearRing);
            for (const geo::XY& q : r) OGR_G_AddPoint_2D(ring, q.x, q.y);
            OGR_G_AddGeometryDirectly(polygon, ring);
        }
        OGR_G_AddGeometryDirectly(out.get(), polygon);
    }
    for (const geo::XY& q : g.points) {
        OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_AddPoint_2D(point, q.x, q.y);
        OGR_G_AddGeometryDirectly(out.get(), point);
    }
    return out;
}

OgrPtr boxToOgr(const geo::Envelope& e) {
    geo::Polygon p;
    p.rings.push_back({{e.minX, e.minY}, {e.maxX, e.minY}, {e.maxX, e.maxY}, {e.minX, e.maxY}, {e.minX, e.minY}});
    return toOgr(geo::Geometry::polygon(p));
}

// The features of a layer that intersect the box, by OGR.
std::set<int> intersectingByOgr(const DisplayLayer& layer, const geo::Envelope& box) {
    OgrPtr b = boxToOgr(box);
    std::set<int> out;
    for (std::size_t i = 0; i < layer.geometry.size(); ++i)
        if (!layer.geometry[i].isEmpty() && OGR_G_Intersects(b.get(), toOgr(layer.geometry[i]).get()))
            out.insert(static_cast<int>(i));
    return out;
}

void drag(QWidget* w, QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    sendMouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton, modifiers);
    QMouseEvent move(QEvent::MouseMove, (from + to) / 2, w->mapToGlobal((from + to) / 2), Qt::NoButton, Qt::LeftButton, modifiers);
    QCoreApplication::sendEvent(w, &move);
    QMouseEvent move2(QEvent::MouseMove, to, w->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, modifiers);
    QCoreApplication::sendEvent(w, &move2);
    sendMouse(w, QEvent::MouseButtonRelease, to, Qt::LeftButton, modifiers);
}

}  // namespace

class MapTools : public apptest::DemoWindowSuite {
protected:
    void SetUp() override {
        DemoWindowSuite::SetUp();
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

TEST_F(MapTools, ARectangleSelectsWhatItTouchesInTheChosenLayerAndShiftAdds) {
    MapCanvas* canvas = window->canvas();
    MapToolsController* tools = window->mapTools();
    const Document& doc = *window->document();
    ASSERT_GE(doc.plantings, 0);
    const DisplayLayer& plots = doc.layers[static_cast<std::size_t>(doc.plantings)];
    window->layersPanel()->setCurrentLayer(plots.id);
    tools->selectRectangleAction()->trigger();
    ASSERT_EQ(canvas->mapTool(), tools->selectTool());
    EXPECT_EQ(tools->selectableLayers(), std::vector<int>{doc.plantings});

    const MapView view = canvas->view();
    QPointF a1(view.size.width() * 0.35, view.size.height() * 0.35), a2(view.size.width() * 0.55, view.size.height() * 0.6);
    QPointF b1(view.size.width() * 0.6, view.size.height() * 0.2), b2(view.size.width() * 0.8, view.size.height() * 0.45);
    auto box = [&](QPointF p, QPointF q) {
        geo::Envelope e;
        e.expand(view.toMap(p));
        e.expand(view.toMap(q));
        return e;
    };
    std::set<int> first = intersectingByOgr(plots, box(a1, a2));
    std::set<int> second = intersectingByOgr(plots, box(b1, b2));
    ASSERT_GT(first.size(), 3u) << "the box holds some plots";
    ASSERT_GT(second.size(), 1u);

    drag(canvas, a1, a2);
    EXPECT_EQ(window->selection()->features(plots.id), first);
    EXPECT_EQ(window->selection()->all().size(), 1u) << "only the chosen layer";
    EXPECT_TRUE(canvas->view() == view) << "the drag drew a box, it did not pan";

    drag(canvas, b1, b2, Qt::ShiftModifier);
    std::set<int> both = first;
    both.insert(second.begin(), second.end());
    ASSERT_GT(both.size(), first.size()) << "the second box holds other plots";
    EXPECT_EQ(window->selection()->features(plots.id), both);
    EXPECT_EQ(tools->selectedCountLabel()->text(), QStringLiteral("%1 selected").arg(both.size()));
    canvas->waitForRender();
    maybeSavePicture(window, QStringLiteral("select-rectangle.png"));

    // The attribute table shows the same rows selected.
    window->openAttributeTable(plots.id);
    QTableView* table = window->attributeView(plots.id);
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->selectionModel()->selectedRows().size(), static_cast<int>(both.size()));

    // A drag without Shift starts over.
    drag(canvas, b1, b2);
    EXPECT_EQ(window->selection()->features(plots.id), second);
    // Esc clears the selection first, then gives the mouse back.
    pressKey(canvas, Qt::Key_Escape);
    EXPECT_TRUE(window->selection()->isEmpty());
    pressKey(canvas, Qt::Key_Escape);
    EXPECT_EQ(canvas->mapTool(), nullptr);
}

TEST_F(MapTools, SelectingByExpressionSelectsTheMatchingRowsCountedFromTheAttributes) {
    const Document& doc = *window->document();
    const geo::Layer& plots = doc.loaded(doc.plantings).normalised;
    const std::string& cropField = plots.fields[static_cast<std::size_t>(doc.plantingCropField)].name;
    const std::string& codeField = plots.fields[static_cast<std::size_t>(doc.plantingCodeField)].name;
    // Counted directly from the attributes: rice plots, and rice or pomelo plots.
    std::set<int> rice, riceOr949;
    for (std::size_t i = 0; i < plots.features.size(); ++i) {
        std::string crop = geo::toText(plots.features[i].attributes[static_cast<std::size_t>(doc.plantingCropField)]);
        std::string code = geo::toText(plots.features[i].attributes[static_cast<std::size_t>(doc.plantingCodeField)]);
        if (crop == "Lúa") rice.insert(static_cast<int>(i));
        if (crop == "Lúa" || code.find("949") != std::string::npos || crop == "Bưởi da xanh") riceOr949.insert(static_cast<int>(i));
    }
    ASSERT_FALSE(rice.empty());
    ASSERT_GT(riceOr949.size(), rice.size());
    const std::string& id = doc.layers[static_cast<std::size_t>(doc.plantings)].id;
    MapToolsController* tools = window->mapTools();
    QString error;
    EXPECT_EQ(tools->selectByExpression(id, {{geo::JoinOp::And, cropField, geo::CompareOp::Equal, "Lúa"}}, false, &error),
              static_cast<int>(rice.size()))
        << error.toStdString();
    EXPECT_EQ(window->selection()->features(id), rice);
    EXPECT_EQ(tools->selectByExpression(id,
                                        {{geo::JoinOp::And, cropField, geo::CompareOp::Equal, "Lúa"},
                                         {geo::JoinOp::Or, codeField, geo::CompareOp::Contains, "949"},
                                         {geo::JoinOp::Or, cropField, geo::CompareOp::StartsWith, "bưởi DA"}},
                                        false, &error),
              static_cast<int>(riceOr949.size()));
    EXPECT_EQ(window->selection()->features(id), riceOr949);
    EXPECT_EQ(tools->selectByExpression(id, {{geo::JoinOp::And, "no_such_field", geo::CompareOp::Equal, "1"}}, false, &error), -1);
    EXPECT_TRUE(error.contains(QStringLiteral("no_such_field")));
    EXPECT_EQ(window->selection()->features(id), riceOr949) << "a failed query leaves the selection";

    // The dialog counts the same as the user types.
    SelectByExpressionDialog dialog(window->document(), id);
    EXPECT_EQ(dialog.layerId(), id);
    dialog.setConditions({{geo::JoinOp::And, cropField, geo::CompareOp::Equal, "Lúa"}});
    dialog.addCondition({geo::JoinOp::Or, cropField, geo::CompareOp::Contains, "da xanh"});
    ASSERT_EQ(dialog.conditions().size(), 2u);
    auto found = dialog.matches();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(std::set<int>(found->begin(), found->end()), riceOr949);
    EXPECT_TRUE(dialog.countLabel()->text().startsWith(QString::number(riceOr949.size()) + QLatin1Char(' ')))
        << dialog.countLabel()->text().toStdString();
}

TEST(AttributeFilter, MatchesIgnoringCaseAndVietnameseMarks) {
    EXPECT_TRUE(attributeTextMatches(QStringLiteral("LÚA THƠM"), QStringLiteral("lúa")));
    EXPECT_TRUE(attributeTextMatches(QStringLiteral("Hợp tác xã Đại Ngãi"), QStringLiteral("đại ngãi")));
    EXPECT_TRUE(attributeTextMatches(QStringLiteral("Lúa"), QStringLiteral("lua")));
    EXPECT_TRUE(attributeTextMatches(QStringLiteral("Huyện Thạnh Trị"), QStringLiteral("thanh tri")));
    EXPECT_TRUE(attributeTextMatches(QStringLiteral("Đại Ngãi"), QStringLiteral("dai")));
    EXPECT_FALSE(attributeTextMatches(QStringLiteral("Lúa"), QStringLiteral("lau")));
    EXPECT_FALSE(attributeTextMatches(QStringLiteral("Thạnh Trị"), QStringLiteral("thanh tan")));
}

TEST_F(MapTools, TheAttributeTableFilterHidesRowsButNeverTheSelection) {
    const Document& doc = *window->document();
    const std::string& id = doc.layers[static_cast<std::size_t>(doc.plantings)].id;
    const geo::Layer& plots = doc.loaded(doc.plantings).normalised;
    window->openAttributeTable(id);
    QTableView* table = window->attributeView(id);
    ASSERT_NE(table, nullptr);
    auto* panel = qobject_cast<AttributeTablePanel*>(table->parentWidget());
    ASSERT_NE(panel, nullptr);
    panel->setSelectedOnly(false);
    // Rows any of whose cells contain "lúa" in any case, counted from the
    // attributes (text fields only: the demo's numbers hold no letters).
    auto lower = [](const std::string& s) { return QString::fromStdString(s).toLower(); };
    std::set<int> rice;
    for (std::size_t i = 0; i < plots.features.size(); ++i)
        for (const geo::Value& v : plots.features[i].attributes)
            if (lower(geo::toText(v)).contains(QStringLiteral("lúa"))) rice.insert(static_cast<int>(i));
    ASSERT_FALSE(rice.empty());
    ASSERT_LT(rice.size(), plots.features.size());

    // Select two plots, one rice and one not; then filter.
    int riceRow = *rice.begin();
    int otherRow = 0;
    while (rice.count(otherRow)) ++otherRow;
    window->selection()->select(id, {riceRow, otherRow});
    panel->setFilterText(QStringLiteral("LÚA"));
    EXPECT_EQ(panel->proxy()->rowCount(), static_cast<int>(rice.size()));
    EXPECT_EQ(panel->rowsLabel()->text(), QStringLiteral("%1 of %2 rows").arg(rice.size()).arg(plots.features.size()));
    EXPECT_EQ(window->selection()->features(id), (std::set<int>{riceRow, otherRow})) << "the hidden row stays selected";
    EXPECT_EQ(table->selectionModel()->selectedRows().size(), 1);

    // Selected only: the selection's rows, updated when the selection changes.
    panel->setFilterText(QString());
    panel->setSelectedOnly(true);
    EXPECT_EQ(panel->proxy()->rowCount(), 2);
    EXPECT_EQ(table->selectionModel()->selectedRows().size(), 2);
    window->mapTools()->selectByExpression(
        id, {{geo::JoinOp::And, plots.fields[static_cast<std::size_t>(doc.plantingCropField)].name, geo::CompareOp::Equal, "Lúa"}},
        false);
    int exactRice = static_cast<int>(window->selection()->features(id).size());
    EXPECT_EQ(panel->proxy()->rowCount(), exactRice);
    EXPECT_EQ(table->selectionModel()->selectedRows().size(), exactRice);
    panel->setSelectedOnly(false);
    EXPECT_EQ(panel->proxy()->rowCount(), static_cast<int>(plots.features.size()));
    EXPECT_EQ(static_cast<int>(window->selection()->features(id).size()), exactRice);
}

TEST_F(MapTools, RemovingALayerIsUndoableAndARoleLayerAsksFirst) {
    DocumentPtr original = window->document();
    QUndoStack* undo = window->undoStack();
    const int undoBefore = undo->count();
    // The boundary is drawn only: removed without a question.
    const std::string boundary = original->layers[static_cast<std::size_t>(original->boundary)].id;
    EXPECT_TRUE(removeLayerQuestion(*original, boundary).isEmpty());
    ASSERT_TRUE(window->removeLayer(boundary)) << window->lastError().toStdString();
    EXPECT_EQ(window->document()->layerIndex(boundary), -1);
    EXPECT_EQ(window->document()->workspace.project.findLayer(boundary), nullptr);
    EXPECT_EQ(window->document()->layers.size(), original->layers.size() - 1);
    EXPECT_EQ(window->canvas()->renderSettings().find(boundary), nullptr) << "no longer drawn";
    EXPECT_EQ(undo->count(), undoBefore + 1);
    undo->undo();
    EXPECT_EQ(window->document(), original) << "undo restores the very document";

    // The planting areas: every statistic measures them, so the app asks.
    const std::string plots = original->layers[static_cast<std::size_t>(original->plantings)].id;
    QString question = removeLayerQuestion(*original, plots);
    EXPECT_TRUE(question.contains(original->layers[static_cast<std::size_t>(original->plantings)].title)) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("statistics change")));
    ASSERT_TRUE(original->statistics.has_value());
    const int codesBefore = original->statistics->total.codes;
    ASSERT_GT(codesBefore, 0);
    ASSERT_TRUE(window->removeLayer(plots)) << window->lastError().toStdString();  // not interactive: no dialog
    ASSERT_TRUE(window->document()->statistics.has_value());
    EXPECT_EQ(window->document()->statistics->total.codes, 0);
    EXPECT_EQ(window->document()->plantings, -1);
    undo->undo();
    EXPECT_EQ(window->document()->statistics->total.codes, codesBefore);
    undo->redo();
    EXPECT_EQ(window->document()->plantings, -1);
    undo->undo();

    // A background goes the same way.
    ASSERT_FALSE(original->basemaps.empty());
    const std::string background = original->workspace.project.basemaps.front().id;
    ASSERT_TRUE(window->removeLayer(background));
    EXPECT_EQ(window->document()->basemapIndex(background), -1);
    undo->undo();
    EXPECT_EQ(window->document()->basemapIndex(background), 0);
    EXPECT_FALSE(window->removeLayer("no_such_layer"));
    EXPECT_EQ(window->document(), original);
}
