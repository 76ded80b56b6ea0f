// Editing planting areas and cooperatives in the app (edit_controller.h):
// a plot drawn with the map tool counts in its zone by exactly its geodesic
// area, every edit undoes and redoes to identical layer data, attribute
// checks speak the interface language and refuse what would break the
// data (a duplicate code, a key no cooperative has, a declared area that is
// not positive), and invalid geometry is repaired with a notice or refused.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>
#include <cmath>

#include "../support/ogr_area.h"
#include "editing_window_fixture.h"
#include "plot_geometry.h"
#include "attribute_form.h"
#include "attribute_validation.h"
#include "edit_controller.h"
#include "geo/area.h"
#include "geo/quality.h"
#include "geo/source.h"
#include "geo/workspace.h"
#include "language.h"
#include "main_window.h"
#include "map_canvas.h"

using namespace vt::gui;
using apptest::clickAt;
using apptest::sameFeatures;
using apptest::sendMouse;
using vt::testsupport::planimeterHa;
using apptest::inside;

namespace {

// Answers the next attribute form with code and crop, then OK.
void answerNextForm(int codeField, const QString& code, int cropField, const QString& crop) {
    QTimer::singleShot(0, [=] {
        auto* form = qobject_cast<AttributeForm*>(QApplication::activeModalWidget());
        ASSERT_NE(form, nullptr);
        form->setText(codeField, code);
        if (cropField >= 0) form->setText(cropField, crop);
        EXPECT_TRUE(form->problems().isEmpty()) << form->problems().join(QLatin1Char(' ')).toStdString();
        form->accept();
    });
}

}  // namespace

class Editing : public apptest::EditingWindowSuite {
protected:
    int zoneWithCode(const std::string& code) const {
        for (const auto& z : doc().statistics->zones)
            if (z.code == code) return z.zone;
        return -1;
    }
    // A free square of side metres inside zone (map CRS, closed ring): no
    // planting area's envelope comes near it.
    geo::Ring freeSquareIn(int zone, double side) const {
        const auto& d = doc().layers[static_cast<std::size_t>(doc().zones)];
        const geo::Geometry& g = d.geometry[static_cast<std::size_t>(zone)];
        const geo::Envelope e = d.envelopes[static_cast<std::size_t>(zone)];
        const auto& plots = doc().layers[static_cast<std::size_t>(doc().plantings)].envelopes;
        for (double fy = 0.1; fy < 0.9; fy += 0.05)
            for (double fx = 0.1; fx < 0.9; fx += 0.05) {
                geo::XY c{e.minX + fx * e.width(), e.minY + fy * e.height()};
                geo::Envelope box;
                box.expand(geo::XY{c.x - side, c.y - side});
                box.expand(geo::XY{c.x + side, c.y + side});
                bool ok = true;
                for (int k = 0; k <= 8 && ok; ++k)  // points along the square's outline and around it
                    for (int m = 0; m <= 8 && ok; ++m)
                        ok = inside(g, {box.minX + k * box.width() / 8, box.minY + m * box.height() / 8});
                for (const auto& p : plots) ok = ok && !p.intersects(box);
                if (!ok) continue;
                double h = side / 2;
                return {{c.x - h, c.y - h}, {c.x + h, c.y - h}, {c.x + h, c.y + h}, {c.x - h, c.y + h}, {c.x - h, c.y - h}};
            }
        return {};
    }
    std::vector<geo::Value> attributesWithCode(int feature, const std::string& code) const {
        std::vector<geo::Value> a = plantingFeatures()[static_cast<std::size_t>(feature)].attributes;
        a[static_cast<std::size_t>(doc().plantingCodeField)] = code;
        return a;
    }

};

TEST_F(Editing, APlotDrawnInsideAZoneGrowsItsStatisticsByExactlyItsGeodesicArea) {
    int zone = zoneWithCode("949");
    ASSERT_GE(zone, 0);
    const geo::ZoneStatistics before = *doc().zoneStatistics(zone);
    const double totalBefore = doc().statistics->total.grossPlantedHa;
    geo::Ring square = freeSquareIn(zone, 150);
    ASSERT_FALSE(square.empty()) << "no free place in zone 949 for the fixture square";

    ASSERT_TRUE(editor->startEditing(plantingsId()));
    editor->addFeatureAction()->setChecked(true);
    editor->snappingAction()->setChecked(false);  // the clicks are the vertices, as placed
    MapCanvas* canvas = window->canvas();
    geo::Envelope view;
    for (const auto& p : square) view.expand(p);
    canvas->zoomToExtent(view);
    for (std::size_t i = 0; i + 1 < square.size(); ++i) clickAt(canvas, canvas->view().toScreen(square[i]));
    ASSERT_EQ(editor->tool()->drawing().size(), 4u);
    answerNextForm(doc().plantingCodeField, QStringLiteral("VN-STTT-9001"), doc().plantingCropField, QStringLiteral("Lúa"));
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(canvas, &enter);

    // The new plot, as stored (lon/lat, what saving writes).
    ASSERT_EQ(editor->lastError().toStdString(), "");
    const geo::Feature& added = plantingFeatures().back();
    EXPECT_LT(added.fid, 0);
    ASSERT_EQ(added.geometry.polygons.size(), 1u);
    const geo::Ring& drawn = added.geometry.polygons[0].rings[0];
    ASSERT_EQ(drawn.size(), 5u);
    // Two independent measures: geo/'s geodesic area (PROJ's geodesic API) and GeographicLib's Planimeter.
    double geodesicHa = geo::geodesicAreaHa(added.geometry);
    double planimeterHaValue = planimeterHa(drawn);
    ASSERT_TRUE(std::isfinite(planimeterHaValue)) << "Planimeter (geographiclib-tools) did not run";
    EXPECT_NEAR(geodesicHa, planimeterHaValue, 1e-7);  // Planimeter (-p 10) prints m² to 5 decimals
    EXPECT_NEAR(geodesicHa, 2.25, 0.05);  // a 150 m square, near the TM-3 central meridian (scale ≈ 0.9999)

    const geo::ZoneStatistics& after = *doc().zoneStatistics(zone);
    // Plots may be measured on the authalic sphere (design.md): ≤ 0.015 m² = 1.5e-6 ha from the geodesic area.
    EXPECT_NEAR(after.grossPlantedHa - before.grossPlantedHa, planimeterHaValue, 2e-6);
    EXPECT_NEAR(after.netPlantedHa - before.netPlantedHa, planimeterHaValue, 2e-6);
    EXPECT_EQ(after.codes, before.codes + 1);
    EXPECT_NEAR(doc().statistics->total.grossPlantedHa - totalBefore, planimeterHaValue, 2e-6);
    // One step in the history, named.
    EXPECT_EQ(window->undoStack()->count(), 1);
    EXPECT_TRUE(window->undoStack()->text(0).startsWith(QStringLiteral("add feature")));
    // The new plot is an insert of the net edits.
    auto edits = editor->session()->netEdits(doc());
    ASSERT_EQ(edits.size(), 1u);
    EXPECT_EQ(edits[0].kind, geo::FeatureEdit::Kind::Insert);
}

TEST_F(Editing, UndoAndRedoRestoreIdenticalLayerData) {
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    const std::vector<geo::Feature> original = plantingFeatures();
    const double grossBefore = doc().statistics->total.grossPlantedHa;

    // Three edits: attributes, geometry (a vertex moved), delete.
    ASSERT_TRUE(editor->setAttributes(0, attributesWithCode(0, "VN-STTT-9002"))) << editor->lastError().toStdString();
    geo::Geometry moved = plantingFeatures()[1].geometry;
    moved.polygons[0].rings[0][1].x += 0.0001;
    ASSERT_TRUE(editor->setGeometry(1, moved)) << editor->lastError().toStdString();
    const std::vector<geo::Feature> afterTwo = plantingFeatures();
    ASSERT_TRUE(editor->deleteFeatures({2, 3}));
    const std::vector<geo::Feature> afterThree = plantingFeatures();
    EXPECT_EQ(afterThree.size(), original.size() - 2);
    EXPECT_EQ(window->undoStack()->count(), 3);
    auto edits = editor->session()->netEdits(doc());
    EXPECT_EQ(edits.size(), 4u);  // 2 updates, 2 deletes

    window->undoStack()->undo();
    EXPECT_TRUE(sameFeatures(plantingFeatures(), afterTwo));
    window->undoStack()->undo();
    window->undoStack()->undo();
    EXPECT_TRUE(sameFeatures(plantingFeatures(), original));
    EXPECT_EQ(doc().statistics->total.grossPlantedHa, grossBefore);
    EXPECT_TRUE(editor->session()->netEdits(doc()).empty());
    window->undoStack()->redo();
    window->undoStack()->redo();
    window->undoStack()->redo();
    EXPECT_TRUE(sameFeatures(plantingFeatures(), afterThree));

    // Stopping with discard goes back to the original features, itself undoable.
    ASSERT_TRUE(editor->stopEditing(true));
    EXPECT_FALSE(editor->isEditing());
    EXPECT_TRUE(sameFeatures(plantingFeatures(), original));
    window->undoStack()->undo();
    EXPECT_TRUE(sameFeatures(plantingFeatures(), afterThree));
}

TEST_F(Editing, ADuplicateCodeIsRefusedAndNothingChanges) {
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    const std::vector<geo::Feature> original = plantingFeatures();
    std::string taken = geo::toText(original[0].attributes[static_cast<std::size_t>(doc().plantingCodeField)]);
    ASSERT_FALSE(taken.empty());
    EXPECT_FALSE(editor->setAttributes(5, attributesWithCode(5, taken)));
    EXPECT_EQ(editor->lastError(), QStringLiteral("%1: code \"%2\" is already used by another feature.")
                                       .arg(toQString(doc().loaded(doc().plantings).normalised.fields[static_cast<std::size_t>(doc().plantingCodeField)].name),
                                            toQString(taken)));
    // The same code differing only in case and spaces is the same key (geo::normaliseKey).
    QString variant = QStringLiteral("  ") + toQString(taken).toLower();
    EXPECT_FALSE(editor->setAttributes(5, attributesWithCode(5, toStd(variant))));
    EXPECT_TRUE(sameFeatures(plantingFeatures(), original));
    EXPECT_EQ(window->undoStack()->count(), 0);
    // Its own code is no duplicate.
    EXPECT_TRUE(editor->setAttributes(0, attributesWithCode(0, taken)));
}

TEST_F(Editing, AttributeChecksSpeakVietnameseAndEnglish) {
    const int li = doc().plantings;
    std::vector<geo::Value> a = plantingFeatures()[0].attributes;
    const std::int64_t fid = plantingFeatures()[0].fid;
    const QString codeName = toQString(doc().loaded(li).normalised.fields[static_cast<std::size_t>(doc().plantingCodeField)].name);
    const QString declaredName = toQString(doc().loaded(li).normalised.fields[static_cast<std::size_t>(doc().plantingDeclaredField)].name);
    const QString coopName = toQString(doc().loaded(li).normalised.fields[static_cast<std::size_t>(doc().plantingCoopField)].name);
    a[static_cast<std::size_t>(doc().plantingCodeField)] = std::string("ST-12");
    a[static_cast<std::size_t>(doc().plantingDeclaredField)] = -3.0;
    a[static_cast<std::size_t>(doc().plantingCoopField)] = std::string("HTX-KHONG-CO");
    auto messages = [&] {
        QStringList out;
        for (const auto& p : AttributeValidation::check(doc(), li, fid, a)) out << p.message;
        return out;
    };
    EXPECT_EQ(messages(), (QStringList{
                              codeName + QStringLiteral(": \"ST-12\" does not follow the project's code pattern ^VN-[A-Z]{4}-[0-9]{4}$."),
                              declaredName + QStringLiteral(": the declared area must be a positive number of hectares."),
                              coopName + QStringLiteral(": no cooperative has the key \"HTX-KHONG-CO\"; pick one from the list."),
                          }));
    ASSERT_TRUE(language->setLanguage(QStringLiteral("vi")));
    EXPECT_EQ(messages(), (QStringList{
                              codeName + QStringLiteral(": \"ST-12\" không theo mẫu mã của dự án ^VN-[A-Z]{4}-[0-9]{4}$."),
                              declaredName + QStringLiteral(": diện tích khai báo phải là số héc-ta dương."),
                              coopName + QStringLiteral(": không hợp tác xã nào có mã \"HTX-KHONG-CO\"; hãy chọn trong danh sách."),
                          }));
    QString problem;
    EXPECT_FALSE(AttributeValidation::parse({"ngay_cap", geo::FieldType::Date}, QStringLiteral("2023-02-30"), &problem));
    EXPECT_EQ(problem, QStringLiteral("ngay_cap: \"2023-02-30\" không phải là ngày (YYYY-MM-DD)."));
    ASSERT_TRUE(language->setLanguage(QStringLiteral("en")));
    EXPECT_FALSE(AttributeValidation::parse({"ngay_cap", geo::FieldType::Date}, QStringLiteral("2023-02-30"), &problem));
    EXPECT_EQ(problem, QStringLiteral("ngay_cap: \"2023-02-30\" is not a date (YYYY-MM-DD)."));
    // What parses: a Vietnamese decimal comma, a real date.
    auto ha = AttributeValidation::parse({"dien_tich", geo::FieldType::Real}, QStringLiteral("1,25"), &problem);
    ASSERT_TRUE(ha);
    EXPECT_EQ(std::get<double>(*ha), 1.25);
    EXPECT_TRUE(AttributeValidation::parse({"ngay_cap", geo::FieldType::Date}, QStringLiteral("2024-02-29"), &problem));
}

TEST_F(Editing, TheFormOffersTheCooperativesAndRefusesOkWhileAProblemRemains) {
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    const geo::Feature& f = plantingFeatures()[0];
    AttributeForm form(window->document(), doc().plantings, f.fid, f.attributes);
    auto* coop = qobject_cast<QComboBox*>(form.editor(doc().plantingCoopField));
    ASSERT_NE(coop, nullptr);
    // Every cooperative, plus "none".
    EXPECT_EQ(coop->count(), static_cast<int>(doc().loaded(doc().cooperatives).normalised.features.size()) + 1);
    EXPECT_TRUE(form.problems().isEmpty()) << form.problems().join(QLatin1Char(' ')).toStdString();
    form.setText(doc().plantingDeclaredField, QStringLiteral("0"));
    ASSERT_EQ(form.problems().size(), 1);
    form.setText(doc().plantingDeclaredField, QStringLiteral("2,5"));
    EXPECT_TRUE(form.problems().isEmpty());
    EXPECT_EQ(std::get<double>(form.values()[static_cast<std::size_t>(doc().plantingDeclaredField)]), 2.5);
}

TEST_F(Editing, InvalidGeometryIsRepairedWithANoticeOrRefused) {
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    // A bow-tie over feature 0's own place: GEOS splits it into its two lobes.
    geo::Envelope e = plantingFeatures()[0].geometry.envelope();
    geo::Polygon bow;
    bow.rings.push_back({{e.minX, e.minY}, {e.maxX, e.maxY}, {e.maxX, e.minY}, {e.minX, e.maxY}, {e.minX, e.minY}});
    ASSERT_TRUE(editor->setGeometry(0, geo::Geometry::polygon(bow))) << editor->lastError().toStdString();
    EXPECT_TRUE(editor->lastNotice().contains(QStringLiteral("repaired"))) << editor->lastNotice().toStdString();
    EXPECT_EQ(plantingFeatures()[0].geometry.polygons.size(), 2u);
    // Three points on a line: nothing polygonal is left, refused.
    geo::Polygon flat;
    flat.rings.push_back({{e.minX, e.minY}, {e.maxX, e.minY}, {(e.minX + e.maxX) / 2, e.minY}, {e.minX, e.minY}});
    EXPECT_FALSE(editor->setGeometry(0, geo::Geometry::polygon(flat)));
    EXPECT_FALSE(editor->lastError().isEmpty());
    EXPECT_EQ(window->undoStack()->count(), 1);
}

TEST_F(Editing, TheDataQualityFindingsFollowTheEdit) {
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    auto count = [&](const char* kind, std::int64_t fid) {
        int n = 0;
        for (const auto& f : doc().quality->findings) n += f.kind == kind && f.fid == fid;
        return n;
    };
    const geo::Feature& f = plantingFeatures()[10];
    ASSERT_EQ(count(geo::finding::DeclaredArea, f.fid), 0);
    // Declared three times what was measured: the declared-vs-measured finding appears, and goes with undo.
    std::vector<geo::Value> a = f.attributes;
    a[static_cast<std::size_t>(doc().plantingDeclaredField)] = 3 * doc().plantingStatistics(10)->measuredHa;
    std::int64_t fid = f.fid;
    ASSERT_TRUE(editor->setAttributes(10, a)) << editor->lastError().toStdString();
    EXPECT_EQ(count(geo::finding::DeclaredArea, fid), 1);
    window->undoStack()->undo();
    EXPECT_EQ(count(geo::finding::DeclaredArea, fid), 0);
}

TEST_F(Editing, LiveChecksNameAnOverlapAndAPlotOutsideEveryZone) {
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    // A new plot exactly over plot 7: geo/'s quality report finds the overlap, and the editor says so.
    const geo::Feature& over = plantingFeatures()[7];
    const std::string overCode = geo::toText(over.attributes[static_cast<std::size_t>(doc().plantingCodeField)]);
    std::vector<geo::Value> a(over.attributes.size());
    a[static_cast<std::size_t>(doc().plantingCodeField)] = std::string("VN-STTT-9200");
    ASSERT_TRUE(editor->addFeature(over.geometry, a)) << editor->lastError().toStdString();
    // The overlap is the whole of plot 7, as geo/ measured it (printed to 4 decimals), and it names plot 7.
    const QString overlapHa = QString::number(doc().plantingStatistics(7)->measuredHa, 'f', 4);
    QString overlap;
    for (const QString& c : editor->lastChecks())
        if (c.contains(overlapHa)) overlap = c;
    ASSERT_FALSE(overlap.isEmpty()) << editor->lastChecks().join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(overlap.startsWith(toQString(overCode))) << overlap.toStdString();
    // Moved far out to sea, 2° east of the province: outside every zone (and the province).
    geo::Geometry away = over.geometry;
    for (auto& p : away.polygons[0].rings[0]) p.x += 2.0;
    ASSERT_TRUE(editor->setGeometry(static_cast<int>(plantingFeatures().size()) - 1, away));
    int outside = 0;
    for (const auto& f : doc().quality->findings)
        outside += f.fid == plantingFeatures().back().fid && f.kind == geo::finding::OutsideZones;
    EXPECT_EQ(outside, 1);
    EXPECT_FALSE(editor->lastChecks().isEmpty());
    for (const QString& c : editor->lastChecks()) EXPECT_FALSE(c.contains(toQString(overCode))) << c.toStdString();
}

TEST_F(Editing, TheVertexToolMovesAddsAndDeletesVerticesOfTheSelectedPlot) {
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    editor->snappingAction()->setChecked(false);
    editor->vertexAction()->setChecked(true);
    MapCanvas* canvas = window->canvas();
    const auto& d = doc().layers[static_cast<std::size_t>(doc().plantings)];
    canvas->zoomToExtent(d.envelopes[0]);
    window->selection()->select(plantingsId(), {0});
    const std::size_t n = plantingFeatures()[0].geometry.polygons[0].rings[0].size();

    // Drag vertex 1 by (30, 20) px: it lands where the cursor was let go, in lon/lat.
    QPointF from = canvas->view().toScreen(d.geometry[0].polygons[0].rings[0][1]);
    QPointF to = from + QPointF(30, 20);
    sendMouse(canvas, QEvent::MouseButtonPress, from);
    sendMouse(canvas, QEvent::MouseMove, to);
    sendMouse(canvas, QEvent::MouseButtonRelease, to);
    ASSERT_EQ(window->undoStack()->count(), 1) << editor->lastError().toStdString();
    geo::XY expected = canvas->toLonLat(canvas->view().toMap(to));
    geo::XY got = plantingFeatures()[0].geometry.polygons[0].rings[0][1];
    EXPECT_NEAR(got.x, expected.x, 1e-12);
    EXPECT_NEAR(got.y, expected.y, 1e-12);

    // Double-click the middle of edge 2–3: a vertex there.
    window->selection()->select(plantingsId(), {0});
    const geo::Ring& r = doc().layers[static_cast<std::size_t>(doc().plantings)].geometry[0].polygons[0].rings[0];
    QPointF mid = (canvas->view().toScreen(r[2]) + canvas->view().toScreen(r[3])) / 2;
    sendMouse(canvas, QEvent::MouseButtonDblClick, mid);
    ASSERT_EQ(plantingFeatures()[0].geometry.polygons[0].rings[0].size(), n + 1);

    // Shift-click vertex 3 (the new one): gone again.
    window->selection()->select(plantingsId(), {0});
    const geo::Ring& r2 = doc().layers[static_cast<std::size_t>(doc().plantings)].geometry[0].polygons[0].rings[0];
    sendMouse(canvas, QEvent::MouseButtonPress, canvas->view().toScreen(r2[3]), Qt::ShiftModifier);
    sendMouse(canvas, QEvent::MouseButtonRelease, canvas->view().toScreen(r2[3]), Qt::ShiftModifier);
    EXPECT_EQ(plantingFeatures()[0].geometry.polygons[0].rings[0].size(), n);
    EXPECT_EQ(window->undoStack()->count(), 3);
}

TEST_F(Editing, ARingDrawnWithCtrlIsAHoleOfTheSelectedPlot) {
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    editor->snappingAction()->setChecked(false);
    MapCanvas* canvas = window->canvas();
    const auto& d = doc().layers[static_cast<std::size_t>(doc().plantings)];
    canvas->zoomToExtent(d.envelopes[0]);
    window->selection()->select(plantingsId(), {0});
    const double areaBefore = doc().plantingStatistics(0)->measuredHa;
    // A small triangle around the plot's label point (inside it), Ctrl on the first vertex.
    QPointF c = canvas->view().toScreen(d.labelPoints[0]);
    editor->addFeatureAction()->setChecked(true);
    clickAt(canvas, c + QPointF(-6, 4), Qt::ControlModifier);
    clickAt(canvas, c + QPointF(6, 4));
    clickAt(canvas, c + QPointF(0, -6));
    ASSERT_TRUE(editor->tool()->finishDrawing());
    const geo::Geometry& g = plantingFeatures()[0].geometry;
    ASSERT_EQ(g.polygons.size(), 1u);
    ASSERT_EQ(g.polygons[0].rings.size(), 2u) << editor->lastError().toStdString();
    // The plot shrank by the hole's own geodesic area.
    geo::Polygon hole;
    hole.rings.push_back(g.polygons[0].rings[1]);
    EXPECT_NEAR(areaBefore - doc().plantingStatistics(0)->measuredHa, geo::geodesicAreaHa(hole), 2e-6);
}

TEST_F(Editing, MergedPlotsAreOneFeatureWithTheirAreasAndTheFirstOnesCode) {
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    const std::size_t n = plantingFeatures().size();
    const geo::Feature first = plantingFeatures()[4];
    const double sum = doc().plantingStatistics(4)->measuredHa + doc().plantingStatistics(9)->measuredHa;
    for (const auto& o : doc().statistics->overlaps) ASSERT_FALSE(o.first == 4 && o.second == 9);  // disjoint, so areas add
    window->selection()->select(plantingsId(), {9, 4});
    ASSERT_TRUE(editor->mergeAction()->isEnabled());
    editor->mergeAction()->trigger();
    ASSERT_EQ(plantingFeatures().size(), n - 1) << editor->lastError().toStdString();
    const int merged = featureIndexOfFid(doc(), doc().plantings, first.fid);
    ASSERT_GE(merged, 0);
    EXPECT_EQ(plantingFeatures()[static_cast<std::size_t>(merged)].attributes, first.attributes);
    // Plots 4 and 9 do not overlap (checked above): the merged area is their sum.
    EXPECT_NEAR(doc().plantingStatistics(merged)->measuredHa, sum, 2e-6);
    window->undoStack()->undo();
    EXPECT_EQ(plantingFeatures().size(), n);
}

TEST_F(Editing, ClicksSnapToAnotherPlotsVertexWithinTheTolerance) {
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    MapCanvas* canvas = window->canvas();
    const auto& d = doc().layers[static_cast<std::size_t>(doc().plantings)];
    canvas->zoomToExtent(d.envelopes[0]);
    geo::XY vertex = d.geometry[0].polygons[0].rings[0][0];
    QPointF px = canvas->view().toScreen(vertex) + QPointF(4, -3);  // 5 px away
    bool snapped = false;
    geo::XY s = editor->tool()->snap(px, -1, &snapped);
    EXPECT_TRUE(snapped);
    EXPECT_EQ(s.x, vertex.x);
    EXPECT_EQ(s.y, vertex.y);
    editor->snappingAction()->setChecked(false);
    s = editor->tool()->snap(px, -1, &snapped);
    EXPECT_FALSE(snapped);
    EXPECT_NE(s.x, vertex.x);
}

TEST_F(Editing, ACooperativePointMovesAndItsZoneCountFollows) {
    const int coops = doc().cooperatives;
    ASSERT_GE(coops, 0);
    ASSERT_TRUE(editor->startEditing(doc().layers[static_cast<std::size_t>(coops)].id));
    // Move cooperative 0 into zone 949 (its label point): 949 counts one more cooperative.
    int zone = zoneWithCode("949");
    int before = doc().zoneStatistics(zone)->cooperatives;
    bool wasIn949 = doc().links->cooperativeZone[0] == zone;
    geo::XY target = window->canvas()->toLonLat(doc().layers[static_cast<std::size_t>(doc().zones)].labelPoints[static_cast<std::size_t>(zone)]);
    ASSERT_TRUE(editor->setGeometry(0, geo::Geometry::point(target))) << editor->lastError().toStdString();
    EXPECT_EQ(doc().zoneStatistics(zone)->cooperatives, before + (wasIn949 ? 0 : 1));
    // A polygon is refused on a point layer.
    EXPECT_FALSE(editor->setGeometry(0, plantingFeatures()[0].geometry));
}

// Saving writes to the layer's own file: these tests edit a copy of the demo.
class SavingEdits : public Editing {
protected:
    static void SetUpTestSuite() {}
    static void TearDownTestSuite() {}
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(apptest::copyDemoTo(dir.path()));
        language = std::make_unique<Language>();
        ASSERT_TRUE(language->setLanguage(QStringLiteral("en")));
        window = std::make_unique<MainWindow>(language.get());
        window->setInteractive(false);
        window->resize(1100, 800);
        window->show();
        ASSERT_TRUE(window->openProject(dir.filePath(QStringLiteral("soc-trang.vtproj")))) << window->lastError().toStdString();
        editor = window->editController();
        gpkg = dir.filePath(QStringLiteral("vung_trong.gpkg"));
    }
    void TearDown() override {
        window.reset();
        language.reset();
    }
    // The planting layer as GDAL reads it from the file now.
    geo::Layer onDisk() const { return geo::readLayer(toStd(gpkg), {}); }
    static const geo::Feature* byFid(const geo::Layer& l, std::int64_t fid) {
        for (const auto& f : l.features)
            if (f.fid == fid) return &f;
        return nullptr;
    }
    QTemporaryDir dir;
    QString gpkg;
};

TEST_F(SavingEdits, SavedEditsAreWhatGdalReadsBackFromTheFile) {
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    EXPECT_TRUE(editor->saveAction()->isEnabled()) << editor->saveAction()->toolTip().toStdString();
    const std::size_t before = plantingFeatures().size();
    const std::int64_t edited = plantingFeatures()[0].fid, deleted = plantingFeatures()[3].fid;
    const int declared = doc().plantingDeclaredField;
    std::vector<geo::Value> a = plantingFeatures()[0].attributes;
    a[static_cast<std::size_t>(declared)] = 7.25;
    ASSERT_TRUE(editor->setAttributes(0, a)) << editor->lastError().toStdString();
    ASSERT_TRUE(editor->deleteFeatures({3}));
    geo::Geometry copy = plantingFeatures()[5].geometry;  // a new plot where plot 5 lies (an overlap, allowed)
    std::vector<geo::Value> na(plantingFeatures()[5].attributes.size());
    na[static_cast<std::size_t>(doc().plantingCodeField)] = std::string("VN-STTT-9100");
    ASSERT_TRUE(editor->addFeature(copy, na)) << editor->lastError().toStdString();

    ASSERT_TRUE(editor->saveEdits()) << editor->lastError().toStdString();
    geo::Layer disk = onDisk();
    EXPECT_EQ(disk.features.size(), before);  // one deleted, one added
    ASSERT_NE(byFid(disk, edited), nullptr);
    EXPECT_EQ(geo::toNumber(byFid(disk, edited)->attributes[static_cast<std::size_t>(declared)]), 7.25);
    EXPECT_EQ(byFid(disk, deleted), nullptr);
    // The new plot took the FID the file gave it, in the app too; nothing is left to save.
    const geo::Feature& added = plantingFeatures().back();
    EXPECT_GT(added.fid, 0);
    ASSERT_NE(byFid(disk, added.fid), nullptr);
    EXPECT_EQ(geo::toText(byFid(disk, added.fid)->attributes[static_cast<std::size_t>(doc().plantingCodeField)]),
              "VN-STTT-9100");
    EXPECT_TRUE(editor->session()->netEdits(doc()).empty());
    // And the demo itself was not touched.
    EXPECT_EQ(geo::readLayer(VT_SOURCE_DIR "/data/demo/vung_trong.gpkg", {}).features.size(), before);
}

TEST_F(SavingEdits, AFileChangedOnDiskSinceItWasReadIsAConflictAndTheEditsStay) {
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    std::vector<geo::Value> a = plantingFeatures()[0].attributes;
    a[static_cast<std::size_t>(doc().plantingDeclaredField)] = 9.5;
    ASSERT_TRUE(editor->setAttributes(0, a));
    // Another program changes the file meanwhile (GDAL's ogrinfo, gdal-bin).
    int rc = QProcess::execute(QStringLiteral("ogrinfo"),
                               {QStringLiteral("-q"), gpkg, QStringLiteral("-sql"),
                                QStringLiteral("UPDATE vung_trong SET cay_trong = 'Xoài' WHERE fid = 2")});
    ASSERT_EQ(rc, 0) << "ogrinfo (gdal-bin) failed";
    EXPECT_FALSE(editor->saveEdits());
    EXPECT_TRUE(editor->lastError().contains(QStringLiteral("vung_trong.gpkg"))) << editor->lastError().toStdString();
    // Nothing of ours was written, and the edit is still there to save elsewhere.
    const geo::Layer file = onDisk();  // kept: f points into it
    const geo::Feature* f = byFid(file, plantingFeatures()[0].fid);
    ASSERT_NE(f, nullptr);
    EXPECT_NE(geo::toNumber(f->attributes[static_cast<std::size_t>(doc().plantingDeclaredField)]), 9.5);
    EXPECT_EQ(editor->session()->netEdits(doc()).size(), 1u);
}

TEST_F(SavingEdits, AMovedCooperativeIsWrittenToTheShapefileWhereItWasPut) {
    const int coops = doc().cooperatives;
    const std::string id = doc().layers[static_cast<std::size_t>(coops)].id;
    ASSERT_TRUE(editor->startEditing(id));
    const std::int64_t fid = doc().loaded(coops).normalised.features[0].fid;
    geo::XY target = doc().loaded(coops).normalised.features[0].geometry.points.front();
    target.x += 0.001;  // about 110 m east
    target.y -= 0.0005;
    ASSERT_TRUE(editor->setGeometry(0, geo::Geometry::point(target))) << editor->lastError().toStdString();
    ASSERT_TRUE(editor->saveEdits()) << editor->lastError().toStdString();
    // Read back as a project reads it (htx.shp has no .prj: the same guessed CRS, back to WGS 84).
    const geo::Project& project = doc().workspace.project;
    geo::LoadedLayer again = geo::loadLayer(project, *std::find_if(project.layers.begin(), project.layers.end(),
                                                                   [&](const geo::LayerSpec& s) { return s.id == id; }));
    const geo::Feature* f = byFid(again.normalised, fid);
    ASSERT_NE(f, nullptr);
    ASSERT_EQ(f->geometry.points.size(), 1u);
    // Through PROJ to the file's CRS and back: well under a millimetre (1e-8° ≈ 1 mm).
    EXPECT_NEAR(f->geometry.points[0].x, target.x, 1e-8);
    EXPECT_NEAR(f->geometry.points[0].y, target.y, 1e-8);
    EXPECT_EQ(again.normalised.features.size(), doc().loaded(coops).normalised.features.size());
}
