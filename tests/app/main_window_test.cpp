// The main window on the demo project: what geo/ computed reaches the
// layers, statistics and identify docks; selection stays in sync between
// table and map; the language switch changes visible text.
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QItemSelectionModel>
#include <QProcess>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QTreeWidget>
#include <cmath>
#include <map>
#include <set>

#include "demo_window_fixture.h"
#include "plot_geometry.h"
#include "geo/column_labels.h"
#include "geo/source.h"
#include "hit_test.h"
#include "identify_dock.h"
#include "language.h"
#include "layers_dock.h"
#include "main_window.h"
#include "map_canvas.h"
#include "quality_panel.h"
#include "cooperatives_model.h"
#include "statistics_model.h"

using namespace vt::gui;

class DemoWindow : public apptest::DemoWindowSuite {
protected:
    void SetUp() override {
        DemoWindowSuite::SetUp();
        language->setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        window->selection()->clear();
    }
};

TEST_F(DemoWindow, OpensTheDemoWithItsLayers) {
    const Document& d = doc();
    EXPECT_GE(d.layers.size(), 5u);
    ASSERT_GE(d.zones, 0);
    ASSERT_GE(d.plantings, 0);
    ASSERT_GE(d.cooperatives, 0);
    EXPECT_EQ(d.loaded(d.plantings).normalised.features.size(), 94u);
    EXPECT_EQ(d.loaded(d.cooperatives).normalised.features.size(), 216u);
    // Every layer and raster background is listed in the layers dock, drawable ones with a checkbox.
    EXPECT_EQ(window->layersPanel()->list()->count(), static_cast<int>(d.layers.size() + d.basemaps.size()));
    EXPECT_EQ(window->layersPanel()->list()->item(0)->checkState(), Qt::Checked);
    // The project's CRS is the map CRS (metres).
    EXPECT_EQ(d.mapCrsLabel, QStringLiteral("EPSG:9209"));
    ASSERT_TRUE(window->canvas()->waitForRender());
    EXPECT_FALSE(window->canvas()->frame().isNull());
}

TEST_F(DemoWindow, StatisticsTableShowsGeoStatistics) {
    const Document& d = doc();
    ASSERT_TRUE(d.statistics.has_value()) << d.statisticsError.toStdString();
    auto* model = window->statisticsModel();
    ASSERT_EQ(model->rowCount(), static_cast<int>(d.statistics->zones.size()));
    EXPECT_EQ(model->rowCount(), 11);
    int codes = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        codes += model->data(model->index(r, StatisticsModel::Codes), StatisticsModel::SortRole).toInt();
    // Counts as geo/ made them (a code crossing a border counts in each zone).
    int geoCodes = 0;
    for (const auto& z : d.statistics->zones) geoCodes += z.codes;
    EXPECT_EQ(codes, geoCodes);
    // 584.17 ha = `/usr/bin/python3 tests/bench/independent_demo_zones.py data/demo` (OGR + GeographicLib's Planimeter): "total 584.170147"
    EXPECT_NEAR(d.statistics->total.grossPlantedHa, 584.17, 0.006);

    // Sorting by coverage (numeric, not text) puts the highest first.
    window->statisticsView()->sortByColumn(StatisticsModel::CoveragePct, Qt::DescendingOrder);
    auto* proxy = window->statisticsProxy();
    double previous = 1e300;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        double v = proxy->data(proxy->index(r, StatisticsModel::CoveragePct), StatisticsModel::SortRole).toDouble();
        EXPECT_LE(v, previous);
        previous = v;
    }
    window->statisticsView()->sortByColumn(StatisticsModel::Code, Qt::AscendingOrder);
}

TEST_F(DemoWindow, IdentifyingAPlantingAreaShowsItsCodeAndCooperative) {
    const Document& d = doc();
    const auto& features = d.loaded(d.plantings).normalised.features;
    // The first plot whose interior point is clear of every cooperative symbol.
    int chosen = -1;
    for (std::size_t i = 0; i < features.size() && chosen < 0; ++i) {
        if (d.plantingCooperative(static_cast<int>(i)) < 0) continue;
        chosen = static_cast<int>(i);
    }
    ASSERT_GE(chosen, 0);
    geo::XY lonLat = apptest::interior(features[static_cast<std::size_t>(chosen)].geometry);
    window->canvas()->zoomToFeatures(d.plantings, {chosen});
    geo::XY map = window->canvas()->toMap(lonLat);
    int layer = window->identifyAt(map.x, map.y);
    ASSERT_EQ(layer, d.plantings);
    EXPECT_TRUE(window->selection()->contains(d.layers[static_cast<std::size_t>(d.plantings)].id, chosen));

    QString code = d.text(d.plantings, chosen, d.plantingCodeField);
    int coop = d.plantingCooperative(chosen);
    QString coopName = d.text(d.cooperatives, coop, d.coopNameField);
    // The link is the one the data states: the plot's ma_htx is the cooperative's key.
    EXPECT_EQ(d.text(d.plantings, chosen, d.plantingCoopField), d.text(d.cooperatives, coop, d.coopKeyField));
    QStringList lines = window->identifyPanel()->lines();
    EXPECT_TRUE(lines.contains(QStringLiteral("Planting area / Code: ") + code)) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("Cooperative / Name: ") + coopName))
        << lines.join(QLatin1Char('\n')).toStdString();
}

TEST_F(DemoWindow, IdentifyingACooperativeSelectsItsCodes) {
    const Document& d = doc();
    ASSERT_TRUE(d.statistics.has_value());
    // A cooperative with at least one planting area.
    const geo::CooperativeStatistics* chosen = nullptr;
    for (const auto& c : d.statistics->cooperatives)
        if (!c.plantingAreas.empty()) {
            chosen = &c;
            break;
        }
    ASSERT_NE(chosen, nullptr);
    const geo::XY point = d.loaded(d.cooperatives).normalised.features[static_cast<std::size_t>(chosen->cooperative)]
                              .geometry.points.front();
    window->canvas()->zoomToFeatures(d.cooperatives, {chosen->cooperative});
    geo::XY map = window->canvas()->toMap(point);
    ASSERT_EQ(window->identifyAt(map.x, map.y), d.cooperatives);
    auto selected = window->selection()->features(d.layers[static_cast<std::size_t>(d.plantings)].id);
    EXPECT_EQ(selected, SelectionModel::Features(chosen->plantingAreas.begin(), chosen->plantingAreas.end()));
    QStringList lines = window->identifyPanel()->lines();
    QString firstCode = d.text(d.plantings, chosen->plantingAreas.front(), d.plantingCodeField);
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [&](const QString& l) {
        return l.startsWith(QStringLiteral("Planting areas / ") + firstCode);
    })) << lines.join(QLatin1Char('\n')).toStdString();
}

TEST_F(DemoWindow, SelectingAStatisticsRowSelectsTheZoneOnTheMapAndBack) {
    const Document& d = doc();
    const std::string zonesId = d.layers[static_cast<std::size_t>(d.zones)].id;
    auto* view = window->statisticsView();
    auto* proxy = window->statisticsProxy();
    // Table → map.
    view->selectRow(3);
    int zone = proxy->data(proxy->index(3, 0), StatisticsModel::ZoneRole).toInt();
    EXPECT_EQ(window->selection()->features(zonesId), SelectionModel::Features{zone});

    // Map → table: click inside another zone (its label point is inside).
    int other = (zone + 5) % 11;
    window->canvas()->zoomToFullExtent();
    // Hide the layers drawn over zones so the click reaches the zone.
    for (const auto& l : d.layers)
        if (l.id != zonesId) window->layersPanel()->setLayerVisible(l.id, false);
    geo::XY inside = d.layers[static_cast<std::size_t>(d.zones)].labelPoints[static_cast<std::size_t>(other)];
    EXPECT_EQ(window->identifyAt(inside.x, inside.y), d.zones);
    EXPECT_EQ(window->selection()->features(zonesId), SelectionModel::Features{other});
    auto rows = view->selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(proxy->data(rows.front(), StatisticsModel::ZoneRole).toInt(), other);
    for (const auto& l : d.layers) window->layersPanel()->setLayerVisible(l.id, true);
}

TEST_F(DemoWindow, AttributeTableSelectionFollowsTheMapAndBack) {
    const Document& d = doc();
    const std::string id = d.layers[static_cast<std::size_t>(d.plantings)].id;
    window->openAttributeTable(id);
    QTableView* view = window->attributeView(id);
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->model()->rowCount(), 94);  // `ogrinfo -so data/demo/vung_trong.gpkg vung_trong` → "Feature Count: 94"
    // Table → map.
    view->selectRow(7);
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
    int feature = proxy->mapToSource(proxy->index(7, 0)).row();
    EXPECT_EQ(window->selection()->features(id), SelectionModel::Features{feature});
    // Map (or search) → table.
    QString code = d.text(d.plantings, 42, d.plantingCodeField);
    ASSERT_TRUE(window->searchFor(code));
    auto rows = view->selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(proxy->mapToSource(rows.front()).row(), 42);
}

TEST_F(DemoWindow, SearchFindsACooperativeByName) {
    const Document& d = doc();
    QString name = d.text(d.cooperatives, 10, d.coopNameField);
    ASSERT_FALSE(name.isEmpty());
    ASSERT_TRUE(window->searchFor(name));
    EXPECT_TRUE(window->selection()->contains(d.layers[static_cast<std::size_t>(d.cooperatives)].id, 10));
    EXPECT_FALSE(window->searchFor(QStringLiteral("no such thing 12345")));
}

TEST_F(DemoWindow, LanguageSwitchChangesMenusAndNumbers) {
    EXPECT_EQ(window->fileMenu()->title(), QStringLiteral("&File"));
    ASSERT_TRUE(language->setLanguage(QStringLiteral("vi")));
    QCoreApplication::processEvents();  // LanguageChange is posted to the windows
    EXPECT_EQ(window->fileMenu()->title(), QStringLiteral("&Tệp"));
    EXPECT_EQ(window->languageMenu()->title(), QStringLiteral("&Ngôn ngữ"));
    EXPECT_EQ(window->statisticsModel()->headerData(StatisticsModel::CoveragePct, Qt::Horizontal, Qt::DisplayRole)
                  .toString(),
              QStringLiteral("Tỷ lệ phủ (%)"));
    EXPECT_EQ(QLocale().toString(1234.56, 'f', 2), QStringLiteral("1.234,56"));
    // The docks' own texts follow too (they stayed Vietnamese or English before).
    auto* identifyTree = window->findChild<QTreeWidget*>(QStringLiteral("identifyTree"));
    auto* opacityLabel = window->findChild<QLabel*>(QStringLiteral("layerOpacityLabel"));
    ASSERT_NE(identifyTree, nullptr);
    ASSERT_NE(opacityLabel, nullptr);
    EXPECT_EQ(identifyTree->headerItem()->text(0), QStringLiteral("Trường"));
    EXPECT_EQ(opacityLabel->text(), QStringLiteral("Độ mờ đục"));
    ASSERT_TRUE(language->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    EXPECT_EQ(window->fileMenu()->title(), QStringLiteral("&File"));
    EXPECT_EQ(identifyTree->headerItem()->text(0), QStringLiteral("Field"));
    EXPECT_EQ(opacityLabel->text(), QStringLiteral("Opacity"));
    EXPECT_EQ(QLocale().toString(1234.56, 'f', 2), QStringLiteral("1,234.56"));
}

TEST_F(DemoWindow, StatusBarShowsScaleAndLayersCanBeHidden) {
    EXPECT_TRUE(window->scaleLabel()->text().startsWith(QStringLiteral("Scale 1:")));
    const Document& d = doc();
    const std::string zonesId = d.layers[static_cast<std::size_t>(d.zones)].id;
    window->layersPanel()->setLayerVisible(zonesId, false);
    EXPECT_FALSE(window->canvas()->renderSettings().isVisible(zonesId));
    window->layersPanel()->setLayerVisible(zonesId, true);
    EXPECT_TRUE(window->canvas()->renderSettings().isVisible(zonesId));
}

TEST(AddLayer, AShapefileWithoutPrjIsAddedWithItsInferredCrsRecorded) {
    Language language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow window(&language);
    window.setInteractive(false);  // accepts the suggested CRS as a user pressing OK would
    window.resize(1000, 700);
    ASSERT_TRUE(window.openProject(apptest::demoProject())) << window.lastError().toStdString();
    std::size_t before = window.document()->layers.size();
    // htx.shp has no .prj: geo/ infers EPSG:9209 from its coordinates.
    ASSERT_TRUE(window.addLayer(QStringLiteral(VT_SOURCE_DIR "/data/demo/htx.shp")))
        << window.lastError().toStdString();
    const Document& d = *window.document();
    ASSERT_EQ(d.layers.size(), before + 1);
    const geo::LayerSpec& spec = d.workspace.project.layers.back();
    EXPECT_EQ(spec.id, "htx");
    EXPECT_EQ(spec.path, "htx.shp");
    EXPECT_EQ(spec.crs, "EPSG:9209");  // the guess is written into the project, never silent
    EXPECT_TRUE(d.layers.back().hasGeometry);
    // It lands on top of the drawing order and in the layers dock.
    EXPECT_EQ(window.canvas()->renderSettings().layers.back().id, "htx");
    EXPECT_EQ(window.layersPanel()->list()->count(), static_cast<int>(d.layers.size() + d.basemaps.size()));
    // Same extent as the cooperatives layer it duplicates.
    const auto& coops = d.layers[static_cast<std::size_t>(d.cooperatives)].extent;
    EXPECT_NEAR(d.layers.back().extent.minX, coops.minX, 1e-6);
    EXPECT_NEAR(d.layers.back().extent.maxY, coops.maxY, 1e-6);

    // Edit ▸ Undo takes the layer out again; Redo puts it back.
    ASSERT_TRUE(window.undoStack()->canUndo());
    window.undoStack()->undo();
    EXPECT_EQ(window.document()->layers.size(), before);
    EXPECT_EQ(window.layersPanel()->list()->count(), static_cast<int>(before + d.basemaps.size()));
    window.undoStack()->redo();
    EXPECT_EQ(window.document()->layers.size(), before + 1);
    EXPECT_EQ(window.document()->workspace.project.layers.back().id, "htx");
}

// File ▸ Export layer: the selection of one cooperative's codes goes out as
// GeoJSON through geo/'s exporter, and GDAL reads back exactly those codes.
TEST_F(DemoWindow, ExportsTheSelectedPlantingAreasAsGeoJson) {
    const Document& d = doc();
    // The codes of the cooperative holding planting area 0.
    int coop = d.plantingCooperative(0);
    ASSERT_GE(coop, 0);
    const auto* cs = d.cooperativeStatistics(coop);
    ASSERT_NE(cs, nullptr);
    std::vector<int> codes = cs->plantingAreas;
    ASSERT_FALSE(codes.empty());
    window->selection()->select("planting_areas", codes);

    QTemporaryDir dir;
    geo::ExportOptions options;
    options.format = geo::ExportFormat::GeoJson;
    options.outputPath = dir.filePath(QStringLiteral("selection.geojson")).toStdString();
    options.linked = true;
    for (int f : window->selection()->features("planting_areas")) options.featureIndexes.push_back(f);
    ASSERT_TRUE(window->exportLayer("planting_areas", options)) << window->lastError().toStdString();

    geo::Layer back = geo::readLayer(options.outputPath);
    ASSERT_EQ(back.features.size(), codes.size());
    int codeField = back.requireField("ma_vung");
    std::set<QString> expected, got;
    for (int f : codes) expected.insert(d.text(d.plantings, f, d.plantingCodeField));
    for (const auto& f : back.features)
        got.insert(QString::fromStdString(geo::toText(f.attributes[static_cast<std::size_t>(codeField)])));
    EXPECT_EQ(got, expected);
    EXPECT_GE(back.fieldIndex("vt_coop_name"), 0);
}

TEST_F(DemoWindow, ExportsTheStatisticsWorkbookWithThreeSheets) {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("thong_ke.xlsx"));
    ASSERT_TRUE(window->exportStatistics(path)) << window->lastError().toStdString();
    std::vector<std::string> sheets = geo::listLayers(path.toStdString());
    EXPECT_EQ(sheets, (std::vector<std::string>{"zones", "cooperatives", "plantings"}));
    geo::ReadOptions zones;
    zones.layerName = "zones";
    zones.allowEmpty = true;
    EXPECT_EQ(geo::readLayer(path.toStdString(), zones).features.size(), 11u + 1u);  // 11 districts and the total
}

// Data quality ▸ Export…: the findings as a workbook, read back with GDAL.
TEST_F(DemoWindow, ExportsTheFindingsAsAWorkbook) {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("kiem_tra.xlsx"));
    ASSERT_TRUE(window->exportFindings(path)) << window->lastError().toStdString();
    EXPECT_EQ(geo::listLayers(path.toStdString()), (std::vector<std::string>{"findings"}));
    geo::ReadOptions options;
    options.allowEmpty = true;
    geo::Layer l = geo::readLayer(path.toStdString(), options);
    ASSERT_EQ(l.features.size(), 4u);
    // The header row is in the window's language, English here (geo/column_labels.h).
    EXPECT_GE(l.fieldIndex("Finding"), 0) << "English header";
    int kind = l.fieldIndex(geo::columnLabel("kind", "en")), code = l.fieldIndex(geo::columnLabel("code", "en")),
        severity = l.fieldIndex(geo::columnLabel("severity", "en"));
    ASSERT_GE(kind, 0);
    ASSERT_GE(code, 0);
    ASSERT_GE(severity, 0);
    std::set<std::string> rows;
    for (const auto& f : l.features)
        rows.insert(geo::toText(f.attributes[static_cast<std::size_t>(severity)]) + " " +
                    geo::toText(f.attributes[static_cast<std::size_t>(kind)]) + " " +
                    geo::toText(f.attributes[static_cast<std::size_t>(code)]));
    EXPECT_EQ(rows, (std::set<std::string>{"error unlinked_investment HTX-0299", "warning declared_area VN-STOR-0042",
                                           "warning outside_zones HTX-0216", "info crs_guess "}));
}

// The planner's question: how many hectares does Thạnh Trị (949) have, and
// which cooperatives hold them? One search, one panel.
TEST_F(DemoWindow, ZonePanelNamesTheCooperativesHoldingItsPlantingAreas) {
    ASSERT_TRUE(window->searchFor(QStringLiteral("949")));
    const Document& d = doc();
    int zone = -1;
    for (int f : window->selection()->features(d.layers[static_cast<std::size_t>(d.zones)].id)) zone = f;
    ASSERT_GE(zone, 0);
    EXPECT_EQ(d.text(d.zones, zone, d.zoneNameField), QStringLiteral("Thạnh Trị"));
    const geo::ZoneStatistics* z = d.zoneStatistics(zone);
    ASSERT_NE(z, nullptr);
    ASSERT_FALSE(z->holders.empty());
    double held = 0;
    int codes = 0;
    for (const auto& h : z->holders) {
        held += h.grossHa;
        codes += h.codes;
    }
    EXPECT_NEAR(held, z->grossPlantedHa, 1e-9);
    EXPECT_EQ(codes, z->codes);
    QString panel = window->identifyPanel()->lines().join(QLatin1Char('\n'));
    // 63.79: `/usr/bin/python3 tests/bench/independent_demo_zones.py data/demo` prints "949 63.793201".
    EXPECT_TRUE(panel.contains(QStringLiteral("Gross planted (ha): 63.79"))) << panel.toStdString();
    for (const auto& h : z->holders) {
        ASSERT_GE(h.cooperative, 0) << "every demo planting area has a cooperative";
        QString name = d.text(d.cooperatives, h.cooperative, d.coopNameField);
        EXPECT_TRUE(panel.contains(QStringLiteral("Cooperatives holding planting areas here / ") + name))
            << name.toStdString() << "\n" << panel.toStdString();
    }
}

// A DBF in TCVN3 (ABC) without .cpg: the detected encoding is accepted as a
// user pressing OK would, recorded in the project, and the text reads right.
// The demo's data-quality findings, as `vungtrong-cli validate` lists them
// (tests/cli): the three planted defects and the guessed CRS of htx.shp.
TEST_F(DemoWindow, DataQualityDockListsTheDemoDefectsAndSelectsTheirFeatures) {
    QualityPanel* panel = window->qualityPanel();
    QTableView* view = panel->view();
    QAbstractItemModel* m = view->model();
    auto rows = [&] {
        std::set<std::pair<std::string, std::string>> out;  // (finding, code)
        for (int r = 0; r < m->rowCount(); ++r)
            out.insert({m->index(r, QualityModel::Finding).data().toString().toStdString(),
                        m->index(r, QualityModel::Code).data().toString().toStdString()});
        return out;
    };
    panel->severityFilter()->setCurrentIndex(0);  // all
    std::set<std::pair<std::string, std::string>> all = {
        {"Declared area differs from measured", "VN-STOR-0042"},
        {"Outside every zone", "HTX-0216"},
        {"Investment without cooperative", "HTX-0299"},
        {"Coordinate system guessed", ""}};
    EXPECT_EQ(rows(), all);
    EXPECT_EQ(window->qualityDock()->windowTitle(), QStringLiteral("Data quality (4)"));
    panel->severityFilter()->setCurrentIndex(2);  // errors only
    EXPECT_EQ(rows(), (std::set<std::pair<std::string, std::string>>{{"Investment without cooperative", "HTX-0299"}}));
    panel->severityFilter()->setCurrentIndex(0);

    // Choosing the declared-area finding selects VN-STOR-0042 and identifies it.
    int row = -1;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, QualityModel::Code).data().toString() == QStringLiteral("VN-STOR-0042")) row = r;
    ASSERT_GE(row, 0);
    view->setCurrentIndex(m->index(row, QualityModel::Finding));
    const Document& d = doc();
    const auto& plantings = d.layers[static_cast<std::size_t>(d.plantings)].id;
    auto selected = window->selection()->features(plantings);
    ASSERT_EQ(selected.size(), 1u);
    EXPECT_EQ(d.text(d.plantings, *selected.begin(), d.plantingCodeField), QStringLiteral("VN-STOR-0042"));
    QStringList lines = window->identifyPanel()->lines();
    EXPECT_TRUE(lines.contains(QStringLiteral("Planting area / Code: VN-STOR-0042"))) << lines.join(QLatin1Char('\n')).toStdString();

    // The guessed CRS concerns the whole cooperatives layer: it is shown whole.
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, QualityModel::Finding).data().toString() == QStringLiteral("Coordinate system guessed"))
            view->setCurrentIndex(m->index(r, QualityModel::Finding));
    EXPECT_TRUE(window->selection()->isEmpty());
    const geo::Envelope coops = d.layers[static_cast<std::size_t>(d.cooperatives)].extent;
    const geo::Envelope shown = window->canvas()->view().envelope();
    EXPECT_TRUE(shown.minX <= coops.minX && shown.maxX >= coops.maxX && shown.minY <= coops.minY &&
                shown.maxY >= coops.maxY);

    // English shows geo/'s sentence word for word (as validate prints it).
    EXPECT_EQ(m->index(row, QualityModel::Details).data().toString(),
              QStringLiteral("declared 2.70 ha, measured 2.25 ha (16.7 % apart, tolerance 5.0 %)"));

    // Vietnamese: kinds and sentences are translated, numbers in Vietnamese notation.
    ASSERT_TRUE(language->setLanguage(QStringLiteral("vi")));
    QCoreApplication::processEvents();
    EXPECT_EQ(m->index(row, QualityModel::Finding).data().toString(), QStringLiteral("Diện tích khai báo lệch diện tích đo"));
    EXPECT_EQ(m->index(row, QualityModel::Details).data().toString(),
              QStringLiteral("khai báo 2,70 ha, đo được 2,25 ha (lệch 16,7 %, ngưỡng cho phép 5,0 %)"));
    EXPECT_EQ(window->qualityDock()->windowTitle(), QStringLiteral("Kiểm tra dữ liệu (4)"));
}

// The cooperatives tab: geo/'s 216 rows; investments sum to data/demo/dau_tu.csv
// less the row whose key HTX-0299 matches no cooperative (1,962,500,000 VND):
//   ogrinfo data/demo/dau_tu.csv -dialect sqlite -sql "SELECT SUM(CAST(so_tien_vnd AS INTEGER)) FROM dau_tu"
//     → 8812500000; ... -sql "SELECT so_tien_vnd FROM dau_tu WHERE ma_htx='HTX-0299'" → 1962500000.
// `ogrinfo -so -al data/demo/htx.shp` → "Feature Count: 216"; 584.17 ha = `/usr/bin/python3 tests/bench/independent_demo_zones.py data/demo` (OGR + GeographicLib's Planimeter): "total 584.170147".
// Choosing a row selects the cooperative with its planting areas, and back.
TEST_F(DemoWindow, CooperativesTabListsEveryCooperativeAndSelectsItsCodes) {
    QTableView* view = window->cooperativesView();
    QAbstractItemModel* m = view->model();
    ASSERT_EQ(m->rowCount(), 216);
    double planted = 0;
    qlonglong invested = 0;
    int withInvestment = 0;
    for (int r = 0; r < m->rowCount(); ++r) {
        planted += m->index(r, CooperativesModel::PlantedHa).data(CooperativesModel::SortRole).toDouble();
        qlonglong vnd = m->index(r, CooperativesModel::InvestmentVnd).data(CooperativesModel::SortRole).toLongLong();
        invested += vnd;
        if (vnd > 0) ++withInvestment;
    }
    EXPECT_NEAR(planted, 584.17, 0.005);  // every demo code has its cooperative
    EXPECT_EQ(invested, 8812500000LL - 1962500000LL);
    EXPECT_EQ(withInvestment, 4);

    // Sorted by planted ha, largest first: choose the top row.
    const Document& d = doc();
    view->selectRow(0);
    int coop = view->model()->index(0, 0).data(CooperativesModel::CooperativeRole).toInt();
    const auto& coopLayer = d.layers[static_cast<std::size_t>(d.cooperatives)].id;
    const auto& plantLayer = d.layers[static_cast<std::size_t>(d.plantings)].id;
    EXPECT_TRUE(window->selection()->contains(coopLayer, coop));
    std::set<int> expected;
    for (std::size_t i = 0; i < d.links->plantingCooperative.size(); ++i)
        if (d.links->plantingCooperative[i].cooperative == coop) expected.insert(static_cast<int>(i));
    ASSERT_FALSE(expected.empty());
    auto selected = window->selection()->features(plantLayer);
    EXPECT_EQ(std::set<int>(selected.begin(), selected.end()), expected);
    QStringList lines = window->identifyPanel()->lines();
    EXPECT_TRUE(lines.contains(QStringLiteral("Cooperative / Name: ") + d.text(d.cooperatives, coop, d.coopNameField)))
        << lines.join(QLatin1Char('\n')).toStdString();

    // And back: another cooperative selected elsewhere becomes the selected row.
    int other = coop == 0 ? 1 : 0;
    window->selection()->select(coopLayer, {other}, nullptr);
    auto rows = view->selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.front().data(CooperativesModel::CooperativeRole).toInt(), other);
}

// Statistics by another polygon layer: the province boundary (one row), the
// crosswalk's units, and a layer the user adds without any project entry
// (two halves of the province, named by the fields that tell them apart:
// ma and ten). Each way the planted total is the districts' total: the
// planting areas are the same.
TEST(StatisticsBy, AnyPolygonLayerOrTheCrosswalkUnitsKeepTheProvinceTotal) {
    Language language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow window(&language);
    window.setInteractive(false);
    window.resize(1000, 700);
    ASSERT_TRUE(window.openProject(apptest::demoProject())) << window.lastError().toStdString();
    const double total = window.document()->statistics->total.grossPlantedHa;
    EXPECT_NEAR(total, 584.17, 0.005);  // 584.17 ha = `/usr/bin/python3 tests/bench/independent_demo_zones.py data/demo` (OGR + GeographicLib's Planimeter): "total 584.170147"
    QComboBox* by = window.statisticsByCombo();
    ASSERT_GE(by->findData(QStringLiteral("province")), 0);
    ASSERT_EQ(by->currentData().toString(), QStringLiteral("districts"));
    StatisticsModel* model = window.statisticsModel();
    EXPECT_EQ(model->rowCount(), 11);

    // The crosswalk of the demo: every district goes to Thành phố Cần Thơ.
    ASSERT_TRUE(window.showCrosswalkUnits(true));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, StatisticsModel::Name).data().toString(), QStringLiteral("Thành phố Cần Thơ"));
    EXPECT_NEAR(model->index(0, StatisticsModel::GrossHa).data(StatisticsModel::SortRole).toDouble(), total, 1e-6);
    EXPECT_EQ(model->zoneOfRow(0), -1);
    ASSERT_TRUE(window.showCrosswalkUnits(false));
    EXPECT_EQ(model->rowCount(), 11);

    // A layer that cannot be zones (points) is refused; what is shown stays.
    const Document* before = window.document().get();
    EXPECT_FALSE(window.showStatisticsBy("cooperatives"));
    EXPECT_NE(window.lastError().indexOf(QStringLiteral("not a polygon layer")), -1) << window.lastError().toStdString();
    EXPECT_EQ(window.document().get(), before);
    EXPECT_EQ(by->currentData().toString(), QStringLiteral("districts"));

    // By the province boundary: one row, drawn as the choropleth layer.
    ASSERT_TRUE(window.showStatisticsBy("province")) << window.lastError().toStdString();
    const Document* d = window.document().get();
    EXPECT_EQ(d->zones, d->layerIndex("province"));
    EXPECT_EQ(d->layers[static_cast<std::size_t>(d->zones)].role, geo::LayerRole::Zones);
    EXPECT_EQ(d->layers[static_cast<std::size_t>(d->layerIndex("districts"))].role, geo::LayerRole::Table);
    EXPECT_FALSE(d->crosswalkRows);  // the crosswalk maps district codes only
    EXPECT_EQ(by->currentData().toString(), QStringLiteral("province"));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_NEAR(model->index(0, StatisticsModel::GrossHa).data(StatisticsModel::SortRole).toDouble(), total, 1e-6);

    // A layer added by hand: west and east of the province's middle meridian.
    const geo::Envelope e = d->workspace.find("province")->normalised.extent();
    const double mid = (e.minX + e.maxX) / 2;
    auto rect = [](double x0, double x1, double y0, double y1) {
        return QStringLiteral("[[[%1,%3],[%2,%3],[%2,%4],[%1,%4],[%1,%3]]]")
            .arg(x0, 0, 'f', 6).arg(x1, 0, 'f', 6).arg(y0, 0, 'f', 6).arg(y1, 0, 'f', 6);
    };
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("halves.geojson"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(
                   "{\"type\":\"FeatureCollection\",\"features\":["
                   "{\"type\":\"Feature\",\"properties\":{\"ma\":\"T\",\"ten\":\"Phía tây\"},"
                   "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":%1}},"
                   "{\"type\":\"Feature\",\"properties\":{\"ma\":\"D\",\"ten\":\"Phía đông\"},"
                   "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":%2}}]}")
                   .arg(rect(e.minX - 0.01, mid, e.minY - 0.01, e.maxY + 0.01),
                        rect(mid, e.maxX + 0.01, e.minY - 0.01, e.maxY + 0.01))
                   .toUtf8());
    file.close();
    ASSERT_TRUE(window.addLayer(path)) << window.lastError().toStdString();
    // Adding a layer keeps the statistics by the province.
    EXPECT_EQ(window.document()->zones, window.document()->layerIndex("province"));
    ASSERT_TRUE(window.showStatisticsBy("halves")) << window.lastError().toStdString();
    ASSERT_EQ(model->rowCount(), 2);
    std::map<QString, double> gross;
    for (int r = 0; r < 2; ++r)
        gross[model->index(r, StatisticsModel::Code).data().toString() + QLatin1Char('/') +
              model->index(r, StatisticsModel::Name).data().toString()] =
            model->index(r, StatisticsModel::GrossHa).data(StatisticsModel::SortRole).toDouble();
    ASSERT_EQ(gross.size(), 2u);
    ASSERT_TRUE(gross.count(QStringLiteral("T/Phía tây")) && gross.count(QStringLiteral("D/Phía đông")));
    EXPECT_GT(gross[QStringLiteral("T/Phía tây")], 0);
    EXPECT_GT(gross[QStringLiteral("D/Phía đông")], 0);
    EXPECT_NEAR(gross[QStringLiteral("T/Phía tây")] + gross[QStringLiteral("D/Phía đông")], total, 1e-6);
}

TEST(AddLayer, ATcvn3ShapefileWithoutCpgIsDecodedAndItsEncodingRecorded) {
    QTemporaryDir dir;
    const QString fixtures = QStringLiteral(VT_SOURCE_DIR "/tests/fixtures/encoding/");
    QFile bytes(fixtures + QStringLiteral("names-abc.tcvn3.bin"));
    QFile expected(fixtures + QStringLiteral("names-abc.expected.txt"));
    ASSERT_TRUE(bytes.open(QIODevice::ReadOnly) && expected.open(QIODevice::ReadOnly));
    QList<QByteArray> names = bytes.readAll().split('\n');
    QString firstExpected = QString::fromUtf8(expected.readLine()).trimmed();
    // A CSV of raw TCVN3 bytes, turned into a shapefile by GDAL's ogr2ogr
    // writing the bytes unchanged (ENCODING="").
    QFile csv(dir.filePath(QStringLiteral("htx.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("ten,x,y\n");
    int row = 0;
    for (const QByteArray& n : names)
        if (!n.trimmed().isEmpty()) csv.write("\"" + n.trimmed() + "\"," + QByteArray::number(544000 + row++) + ",1062000\n");
    csv.close();
    QString shp = dir.filePath(QStringLiteral("htx.shp"));
    int rc = QProcess::execute(QStringLiteral("ogr2ogr"),
                               {QStringLiteral("-q"), QStringLiteral("-oo"), QStringLiteral("X_POSSIBLE_NAMES=x"),
                                QStringLiteral("-oo"), QStringLiteral("Y_POSSIBLE_NAMES=y"), QStringLiteral("-a_srs"),
                                QStringLiteral("EPSG:9209"), QStringLiteral("-lco"), QStringLiteral("ENCODING="), shp,
                                csv.fileName()});
    ASSERT_EQ(rc, 0) << "ogr2ogr (gdal-bin) failed";
    QFile::remove(dir.filePath(QStringLiteral("htx.cpg")));  // as old files come: no .cpg at all

    Language language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow window(&language);
    window.setInteractive(false);
    ASSERT_TRUE(window.openProject(apptest::demoProject())) << window.lastError().toStdString();
    ASSERT_TRUE(window.addLayer(shp)) << window.lastError().toStdString();
    const Document& d = *window.document();
    EXPECT_EQ(d.workspace.project.layers.back().encoding, "TCVN3");
    int layer = static_cast<int>(d.layers.size()) - 1;
    EXPECT_EQ(d.text(layer, 0, d.loaded(layer).normalised.fieldIndex("ten")), firstExpected);
}
