// The editor's Split tool and click selection (edit_split.cpp, split_tool.h,
// selection_click.h), driven with simulated mouse and key events on the demo
// project. A split is checked against the plot before it: the parts'
// geodesic areas (geo) and their planar areas in UTM 48N (OGR/PROJ) each add
// up to the original's to 1e-9, their union (OGR over GEOS) covers it, the
// zone statistics' totals stay what they were, the new codes are the next
// numbers after the highest of the prefix (worked out here from the codes),
// and undo gives back exactly the features as they were.
#include <QTemporaryDir>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>
#include <cstdio>
#include <set>

#include "../support/ogr_area.h"
#include "editing_window_fixture.h"
#include "edit_controller.h"
#include "geo/area.h"
#include "language.h"
#include "main_window.h"
#include "map_canvas.h"
#include "layers_dock.h"
#include "map_tools_controller.h"
#include "select_tools.h"
#include "split_dialog.h"

using namespace vt::gui;

using apptest::clickAt;
using apptest::sameFeatures;
using apptest::sendMouse;
using vt::testsupport::OgrGeom;
using vt::testsupport::planimeterHa;
using vt::testsupport::toOgr;
using vt::testsupport::utmAreaM2;

namespace {

void pressKey(QWidget* w, int key) {
    QKeyEvent e(QEvent::KeyPress, key, Qt::NoModifier);
    QCoreApplication::sendEvent(w, &e);
}

void maybeSavePicture(QWidget* w, const QString& name) {
    QString dir = qEnvironmentVariable("VT_SPLIT_PNG_DIR");
    if (!dir.isEmpty()) w->grab().save(dir + QStringLiteral("/") + name);
}

}  // namespace

class SplitAndSelect : public apptest::EditingWindowSuite {
protected:
    const DisplayLayer& plots() const { return doc().layers[static_cast<std::size_t>(doc().plantings)]; }
    std::string code(const geo::Feature& f) const {
        return geo::toText(f.attributes[static_cast<std::size_t>(doc().plantingCodeField)]);
    }
    // The codes a split of `original` into parts should hand out: the
    // highest number after the original's prefix, plus one, two…, four digits.
    std::vector<std::string> expectedNewCodes(const std::vector<geo::Feature>& features, const std::string& original,
                                              std::size_t count) const {
        const std::string prefix = original.substr(0, original.rfind('-') + 1);
        int highest = 0;
        for (const auto& f : features) {
            const std::string c = code(f);
            if (c.rfind(prefix, 0) == 0) highest = std::max(highest, std::stoi(c.substr(prefix.size())));
        }
        std::vector<std::string> out;
        for (std::size_t k = 1; k <= count; ++k) {
            char digits[16];
            std::snprintf(digits, sizeof digits, "%04d", highest + static_cast<int>(k));
            out.push_back(prefix + digits);
        }
        return out;
    }
    // A horizontal line (map CRS) through plot i's label point, a fifth of
    // its width beyond each side.
    std::pair<geo::XY, geo::XY> lineAcross(int i) const {
        const geo::Envelope& e = plots().envelopes[static_cast<std::size_t>(i)];
        const geo::XY c = plots().labelPoints[static_cast<std::size_t>(i)];
        return {{e.minX - 0.2 * e.width(), c.y}, {e.maxX + 0.2 * e.width(), c.y}};
    }
    void zoomTo(int i) {
        geo::Envelope e = plots().envelopes[static_cast<std::size_t>(i)];
        e.expand(geo::XY{e.minX - e.width() * 0.5, e.minY - e.height() * 0.5});
        e.expand(geo::XY{e.maxX + e.width() * 0.5, e.maxY + e.height() * 0.5});
        canvas->zoomToExtent(e);
    }
};

TEST_F(SplitAndSelect, ALineDrawnAcrossAPlotSplitsItIntoPartsThatAddUpToIt) {
    const int plot = 4;
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    editor->snappingAction()->setChecked(false);  // the clicks are the vertices, as placed
    const std::vector<geo::Feature> before = plantingFeatures();
    const std::vector<geo::Feature> sourceBefore = doc().loaded(doc().plantings).source.features;
    const geo::Feature original = before[plot];
    const geo::ZoneStatistics totalBefore = doc().statistics->total;
    zoomTo(plot);
    window->selection()->select(plantingsId(), {plot});

    // The Split tool takes the mouse; two clicks and Enter draw the line.
    ASSERT_TRUE(editor->splitAction()->isEnabled());
    editor->splitAction()->setChecked(true);
    ASSERT_EQ(canvas->mapTool(), editor->splitTool());
    auto [a, b] = lineAcross(plot);
    clickAt(canvas, canvas->view().toScreen(a));
    clickAt(canvas, canvas->view().toScreen(b));
    ASSERT_EQ(editor->splitTool()->line().size(), 2u);
    sendMouse(canvas, QEvent::MouseMove, canvas->view().toScreen(b) + QPointF(0, 30));
    canvas->waitForRender();
    maybeSavePicture(window.get(), QStringLiteral("split-line.png"));
    pressKey(canvas, Qt::Key_Return);
    ASSERT_EQ(editor->lastError().toStdString(), "");
    EXPECT_TRUE(editor->splitTool()->line().empty());

    // One undoable step; the plot keeps its FID and code, the other parts are new.
    EXPECT_EQ(window->undoStack()->count(), 1);
    EXPECT_TRUE(window->undoStack()->text(0).startsWith(QStringLiteral("split")));
    const std::size_t added = plantingFeatures().size() - before.size();
    ASSERT_GE(added, 1u);
    const geo::Feature& kept = plantingFeatures()[plot];
    EXPECT_EQ(kept.fid, original.fid);
    EXPECT_EQ(code(kept), code(original));
    std::vector<geo::Geometry> parts = {kept.geometry};
    std::vector<std::string> newCodes;
    for (std::size_t k = before.size(); k < plantingFeatures().size(); ++k) {
        const geo::Feature& f = plantingFeatures()[k];
        EXPECT_LT(f.fid, 0);
        parts.push_back(f.geometry);
        newCodes.push_back(code(f));
        // The crop and the cooperative are copied.
        EXPECT_EQ(f.attributes[static_cast<std::size_t>(doc().plantingCropField)],
                  original.attributes[static_cast<std::size_t>(doc().plantingCropField)]);
        EXPECT_EQ(f.attributes[static_cast<std::size_t>(doc().plantingCoopField)],
                  original.attributes[static_cast<std::size_t>(doc().plantingCoopField)]);
        // The plot that keeps the code is the largest part.
        EXPECT_LE(geo::geodesicAreaHa(f.geometry), geo::geodesicAreaHa(kept.geometry));
    }
    EXPECT_EQ(newCodes, expectedNewCodes(before, code(original), added));

    // Areas: geodesic by geo and by GeographicLib's Planimeter, each summed to
    // the original's to 1e-9. The cut's vertices sit on the edges' geodesics
    // (geo::SplitEdges::Geodesic), which in UTM are not the straight chords:
    // the planar sum (OGR/PROJ) misses those slivers, ~1e-7 of a plot here.
    double geodesic = 0, planimeter = 0, planar = 0;
    for (const auto& g : parts)
        geodesic += geo::geodesicAreaHa(g), planar += utmAreaM2(g), planimeter += planimeterHa(g.polygons[0].rings[0]);
    const double whole = geo::geodesicAreaHa(original.geometry), wholePlanar = utmAreaM2(original.geometry);
    EXPECT_NEAR(geodesic, whole, 1e-9 * whole);
    ASSERT_TRUE(std::isfinite(planimeter)) << "Planimeter (geographiclib-tools) did not run";
    // + 2e-9 ha: three outputs rounded to 1e-5 m².
    EXPECT_NEAR(planimeter, planimeterHa(original.geometry.polygons[0].rings[0]), 1e-9 * whole + 2e-9);
    EXPECT_NEAR(planar, wholePlanar, 1e-6 * wholePlanar);
    // The parts' union is the original (what is in one and not the other:
    // the slivers of the cut's vertices moved onto the geodesics, < 1e-6).
    OgrGeom u = toOgr(parts[0]);
    for (std::size_t k = 1; k < parts.size(); ++k) u.reset(OGR_G_Union(u.get(), toOgr(parts[k]).get()));
    OgrGeom o = toOgr(original.geometry);
    OgrGeom diff(OGR_G_SymDifference(u.get(), o.get()));
    ASSERT_TRUE(diff);
    EXPECT_LE(OGR_G_Area(diff.get()), 1e-6 * OGR_G_Area(o.get()));
    // Declared hectares shared out: they add up to the original's.
    const int declaredField = doc().plantingDeclaredField;
    auto declared = [&](const geo::Feature& f) {
        return geo::toNumber(f.attributes[static_cast<std::size_t>(declaredField)]).value_or(0);
    };
    double declaredSum = declared(kept);
    for (std::size_t k = before.size(); k < plantingFeatures().size(); ++k) declaredSum += declared(plantingFeatures()[k]);
    EXPECT_NEAR(declaredSum, declared(original), 1e-9 * declared(original));

    // Zone statistics: the same hectares, more codes.
    const geo::ZoneStatistics& totalAfter = doc().statistics->total;
    EXPECT_NEAR(totalAfter.grossPlantedHa, totalBefore.grossPlantedHa, 1e-9 * totalBefore.grossPlantedHa);
    EXPECT_NEAR(totalAfter.netPlantedHa, totalBefore.netPlantedHa, 1e-9 * totalBefore.netPlantedHa);
    EXPECT_NEAR(totalAfter.declaredHa, totalBefore.declaredHa, 1e-9 * totalBefore.declaredHa);
    EXPECT_EQ(totalAfter.codes, totalBefore.codes + static_cast<int>(added));
    // The parts are selected, the notice names the new codes.
    EXPECT_EQ(window->selection()->features(plantingsId()).size(), added + 1);
    EXPECT_TRUE(editor->lastNotice().contains(QString::fromStdString(newCodes.front()))) << editor->lastNotice().toStdString();
    canvas->waitForRender();
    maybeSavePicture(window.get(), QStringLiteral("split-done.png"));

    // Undo: exactly the features as they were (as normalised and as read), and the same totals.
    window->undoStack()->undo();
    EXPECT_TRUE(sameFeatures(plantingFeatures(), before));
    EXPECT_TRUE(sameFeatures(doc().loaded(doc().plantings).source.features, sourceBefore));
    EXPECT_EQ(doc().statistics->total.grossPlantedHa, totalBefore.grossPlantedHa);
    EXPECT_EQ(doc().statistics->total.codes, totalBefore.codes);
    window->undoStack()->redo();
    EXPECT_EQ(plantingFeatures().size(), before.size() + added);
    EXPECT_EQ(code(plantingFeatures().back()), newCodes.back());
}

TEST_F(SplitAndSelect, ALineThatDoesNotCutThePlotThroughIsRefused) {
    const int plot = 4;
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    const std::vector<geo::Feature> before = plantingFeatures();
    window->selection()->select(plantingsId(), {plot});
    // From outside to the label point (inside): it enters and stops.
    auto [a, b] = lineAcross(plot);
    const geo::XY inside = plots().labelPoints[plot];
    EXPECT_FALSE(editor->splitFeatures({canvas->toLonLat(a), canvas->toLonLat(inside)}));
    EXPECT_TRUE(editor->lastError().contains(QStringLiteral("does not cut"))) << editor->lastError().toStdString();
    EXPECT_TRUE(editor->lastError().contains(QString::fromStdString(code(before[plot]))));
    // Far from every plot: nothing to split.
    const geo::Envelope all = [&] {
        geo::Envelope e;
        for (const auto& p : plots().envelopes) e.expand(p);
        return e;
    }();
    window->selection()->clear();
    EXPECT_FALSE(editor->splitFeatures({canvas->toLonLat({all.maxX + 1000, all.maxY + 1000}),
                                        canvas->toLonLat({all.maxX + 2000, all.maxY + 1000})}));
    EXPECT_TRUE(editor->lastError().contains(QStringLiteral("does not cross any"))) << editor->lastError().toStdString();
    EXPECT_EQ(window->undoStack()->count(), 0);
    EXPECT_TRUE(sameFeatures(plantingFeatures(), before));
}

TEST_F(SplitAndSelect, TheSplitDialogRefusesACodeThatIsTakenOrGivenTwice) {
    const int plot = 4;
    const geo::Feature& f = plantingFeatures()[plot];
    SplitPart kept{plot, QString::fromStdString(code(f)), true, 1.0, f};
    SplitPart a{plot, kept.sourceLabel, false, 0.5, f}, b = a;
    a.feature.fid = -1;
    b.feature.fid = -2;
    a.feature.attributes[static_cast<std::size_t>(doc().plantingCodeField)] = std::string("VN-STOR-8001");
    b.feature.attributes[static_cast<std::size_t>(doc().plantingCodeField)] = std::string("VN-STOR-8002");
    SplitDialog dialog(window->document(), doc().plantings, {kept, a, b});
    EXPECT_TRUE(dialog.problems().isEmpty()) << dialog.problems().join(QLatin1Char(' ')).toStdString();
    dialog.setCode(2, QStringLiteral("VN-STOR-8001"));
    EXPECT_EQ(dialog.problems().size(), 1);
    dialog.setCode(2, QString::fromStdString(code(plantingFeatures()[0])));  // another plot's
    ASSERT_FALSE(dialog.problems().isEmpty());
    EXPECT_TRUE(dialog.problems().front().contains(QStringLiteral("already used")));
    dialog.setCode(2, QStringLiteral("VN-8002"));
    ASSERT_FALSE(dialog.problems().isEmpty());
    EXPECT_TRUE(dialog.problems().front().contains(QStringLiteral("pattern")));
    dialog.setCode(2, QStringLiteral("VN-STOR-8003"));
    EXPECT_TRUE(dialog.problems().isEmpty());
    EXPECT_EQ(code(dialog.parts()[2].feature), "VN-STOR-8003");
    maybeSavePicture(&dialog, QStringLiteral("split-dialog.png"));
    // The same in Vietnamese, every text translated.
    ASSERT_TRUE(language->setLanguage(QStringLiteral("vi")));
    SplitDialog vi(window->document(), doc().plantings, {kept, a, b});
    EXPECT_EQ(vi.windowTitle(), QStringLiteral("Tách vùng trồng"));
    maybeSavePicture(&vi, QStringLiteral("split-dialog-vi.png"));
    ASSERT_TRUE(language->setLanguage(QStringLiteral("en")));
}

TEST_F(SplitAndSelect, ClicksSelectInTheEditedLayerCtrlTogglesShiftAddsEscClears) {
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    geo::Envelope both = plots().envelopes[4];
    both.expand(plots().envelopes[9]);
    canvas->zoomToExtent(both);
    const QPointF p4 = canvas->view().toScreen(plots().labelPoints[4]);
    const QPointF p9 = canvas->view().toScreen(plots().labelPoints[9]);
    const std::string id = plantingsId();
    QLabel* count = window->mapTools()->selectedCountLabel();

    clickAt(canvas, p4);
    EXPECT_EQ(window->selection()->features(id), (SelectionModel::Features{4}));
    clickAt(canvas, p9, Qt::ControlModifier);
    EXPECT_EQ(window->selection()->features(id), (SelectionModel::Features{4, 9}));
    EXPECT_EQ(count->text(), QStringLiteral("2 selected"));
    EXPECT_TRUE(editor->mergeAction()->isEnabled()) << "Merge works on what was clicked";
    clickAt(canvas, p4, Qt::ControlModifier);
    EXPECT_EQ(window->selection()->features(id), (SelectionModel::Features{9}));
    clickAt(canvas, p4, Qt::ShiftModifier);
    clickAt(canvas, p4, Qt::ShiftModifier);  // Shift only adds
    EXPECT_EQ(window->selection()->features(id), (SelectionModel::Features{4, 9}));
    clickAt(canvas, p9);
    EXPECT_EQ(window->selection()->features(id), (SelectionModel::Features{9}));
    // Only the edited layer: the zones under the plots are not selected.
    EXPECT_EQ(window->selection()->all().size(), 1u);

    // Esc clears; the editor's tool stays.
    pressKey(canvas, Qt::Key_Escape);
    EXPECT_TRUE(window->selection()->isEmpty());
    EXPECT_EQ(count->text(), QString());
    EXPECT_EQ(canvas->mapTool(), editor->tool());
    // A plain click on no plot clears too, Ctrl on none changes nothing.
    window->selection()->select(id, {4, 9});
    const QPointF empty = canvas->view().toScreen({both.maxX + both.width(), both.maxY + both.height()});
    clickAt(canvas, empty, Qt::ControlModifier);
    EXPECT_EQ(window->selection()->features(id).size(), 2u);
    clickAt(canvas, empty);
    EXPECT_TRUE(window->selection()->isEmpty());

    // Merge through clicks alone.
    clickAt(canvas, p4);
    clickAt(canvas, p9, Qt::ShiftModifier);
    const std::size_t n = plantingFeatures().size();
    editor->mergeAction()->trigger();
    EXPECT_EQ(plantingFeatures().size(), n - 1) << editor->lastError().toStdString();
}

TEST_F(SplitAndSelect, TheSelectToolSelectsByClickTooAndEscClearsBeforeItGoes) {
    MapToolsController* tools = window->mapTools();
    geo::Envelope both = plots().envelopes[4];
    both.expand(plots().envelopes[9]);
    canvas->zoomToExtent(both);
    window->layersPanel()->setCurrentLayer(plantingsId());  // a click selects in the layer chosen there
    tools->selectRectangleAction()->setChecked(true);
    ASSERT_EQ(canvas->mapTool(), tools->selectTool());
    const QPointF p4 = canvas->view().toScreen(plots().labelPoints[4]);
    const QPointF p9 = canvas->view().toScreen(plots().labelPoints[9]);
    const std::string id = plantingsId();
    clickAt(canvas, p4);
    EXPECT_EQ(window->selection()->features(id), (SelectionModel::Features{4}));
    EXPECT_EQ(window->selection()->all().size(), 1u) << "the chosen layer only, not the zone under it";
    clickAt(canvas, p9, Qt::ControlModifier);
    EXPECT_EQ(window->selection()->features(id), (SelectionModel::Features{4, 9}));
    EXPECT_EQ(tools->selectedCountLabel()->text(), QStringLiteral("2 selected"));
    clickAt(canvas, p9, Qt::ControlModifier);
    EXPECT_EQ(window->selection()->features(id), (SelectionModel::Features{4}));
    pressKey(canvas, Qt::Key_Escape);
    EXPECT_TRUE(window->selection()->isEmpty());
    EXPECT_EQ(canvas->mapTool(), tools->selectTool());
    pressKey(canvas, Qt::Key_Escape);
    EXPECT_EQ(canvas->mapTool(), nullptr);
}

TEST_F(SplitAndSelect, OneLineSplitsEverySelectedPlotInOneStepWithCodesAllDifferent) {
    ASSERT_TRUE(editor->startEditing(plantingsId()));
    const std::vector<geo::Feature> before = plantingFeatures();
    const int codesBefore = doc().statistics->total.codes;
    // A line through both plots' label points (inside each), reaching past both envelopes.
    const geo::XY a = plots().labelPoints[4], b = plots().labelPoints[9];
    geo::Envelope both = plots().envelopes[4];
    both.expand(plots().envelopes[9]);
    const double reach = 2 * std::max(both.width(), both.height()) / std::hypot(b.x - a.x, b.y - a.y);
    const geo::XY from{a.x - reach * (b.x - a.x), a.y - reach * (b.y - a.y)};
    const geo::XY to{b.x + reach * (b.x - a.x), b.y + reach * (b.y - a.y)};
    window->selection()->select(plantingsId(), {4, 9});
    ASSERT_TRUE(editor->splitFeatures({canvas->toLonLat(from), canvas->toLonLat(to)}))
        << editor->lastError().toStdString();
    EXPECT_EQ(window->undoStack()->count(), 1);
    const std::size_t added = plantingFeatures().size() - before.size();
    EXPECT_GE(added, 2u) << "both plots were cut";
    // Only the selected plots changed; every code is still unique.
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (i != 4 && i != 9) {
            EXPECT_EQ(plantingFeatures()[i].geometry, before[i].geometry) << i;
        }
    }
    std::set<std::string> codes;
    for (const auto& f : plantingFeatures()) EXPECT_TRUE(codes.insert(code(f)).second) << "duplicate " << code(f);
    EXPECT_EQ(doc().statistics->total.codes, codesBefore + static_cast<int>(added));
    window->undoStack()->undo();
    EXPECT_TRUE(sameFeatures(plantingFeatures(), before));
}
