// Layer styles on the demo: graduated and categorised fills are drawn in the
// colours of their classes (checked at a feature's interior pixel, with the
// classes worked out in the test), the legend lists those colours, an added
// layer's default fill lets the zone beneath show through, styles survive
// save and reload, and identify lists every feature under the click.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <set>

#include "app_test_support.h"
#include "plot_geometry.h"
#include "geo/error.h"
#include "identify_dock.h"
#include "language.h"
#include "layers_dock.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_decorations.h"
#include "map_project.h"
#include "map_renderer.h"
#include "map_style.h"
#include "style_panel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>

#include <QUndoStack>

using namespace vt::gui;

namespace {

using apptest::inside;
using apptest::interior;

// Only `ids` drawn, no labels, on white.
RenderSettings only(const RenderSettings& base, std::initializer_list<std::string> ids) {
    RenderSettings s = base;
    s.labels = false;
    s.background = Qt::white;
    for (auto& l : s.layers) l.visible = std::find(ids.begin(), ids.end(), l.id) != ids.end();
    return s;
}

void setStyle(RenderSettings& s, const Document& doc, const std::string& id, const LayerStyle& style) {
    for (auto& l : s.layers)
        if (l.id == id) l.style = styleLayer(doc, doc.layerIndex(id), style);
}

// The pixel at a map point, rendered in a view of `extent` 160 px wide.
QColor pixelAt(const Document& doc, const RenderSettings& s, const geo::Envelope& extent, geo::XY mapPoint) {
    MapView view = MapView::fit(extent, QSize(160, 160), 10);
    QImage image = renderMap(doc, view, s);
    QPointF px = view.toScreen(mapPoint);
    return image.pixelColor(static_cast<int>(std::floor(px.x())), static_cast<int>(std::floor(px.y())));
}

TEST(LayerStyleJson, RoundTripsWithAlphaLastColours) {
    LayerStyle s;
    s.mode = StyleMode::Graduated;
    s.fill = QColor(0x1b, 0x9e, 0x77, 0x5a);
    s.stroke = QColor(0x33, 0x33, 0x33);
    s.strokeWidth = 1.5;
    s.opacity = 0.75;
    s.field = QStringLiteral("dt_khai");
    s.method = geo::ClassMethod::EqualInterval;
    s.classes = 7;
    s.ramp = QStringLiteral("viridis");
    s.labelField = QStringLiteral("ma_vung");
    const std::string text = s.toJson();
    EXPECT_EQ(text, R"({"classes":7,"field":"dt_khai","fill":"#1b9e775a","label_field":"ma_vung",)"
                    R"("method":"equal_interval","mode":"graduated","opacity":0.75,"ramp":"viridis",)"
                    R"("stroke":"#333333","stroke_width":1.5})");
    EXPECT_TRUE(LayerStyle::fromJson(text) == s);
    EXPECT_THROW(LayerStyle::fromJson(R"({"mode":"graduated"})"), geo::Error);  // no field
}

class StyledDemo : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        // A copy of the demo, so saving the project writes into the copy.
        folder = new QTemporaryDir;
        std::filesystem::copy(VT_SOURCE_DIR "/data/demo", folder->path().toStdString(),
                              std::filesystem::copy_options::recursive);
        language = new Language;
        language->setLanguage(QStringLiteral("en"));
        window = new MainWindow(language);
        window->setInteractive(false);
        window->resize(1000, 700);
        window->show();
        opened = window->openProject(project());
    }
    static void TearDownTestSuite() {
        delete window;
        delete language;
        delete folder;
    }
    void SetUp() override { ASSERT_TRUE(opened) << window->lastError().toStdString(); }
    static QString project() { return QDir(folder->path()).filePath(QStringLiteral("soc-trang.vtproj")); }
    static const Document& doc() { return *window->document(); }
    static std::string idOf(int layer) { return doc().layers[static_cast<std::size_t>(layer)].id; }

    // Pairs of checks share one test (one opening of the demo: CI's time budget).
    void graduatedPlots();
    void categorisedZones();
    void identifyPlot();
    void identifyCooperative();

    static inline QTemporaryDir* folder = nullptr;
    static inline Language* language = nullptr;
    static inline MainWindow* window = nullptr;
    static inline bool opened = false;
};

void StyledDemo::graduatedPlots() {
    const Document& d = doc();
    const int li = d.plantings;
    const auto& features = d.loaded(li).normalised.features;
    const int field = d.loaded(li).normalised.fieldIndex("dt_khai");
    ASSERT_GE(field, 0);
    // The declared areas, and their best 3-class split by brute force over
    // every pair of break positions (the least sum of squared deviations).
    std::vector<double> values;
    for (const auto& f : features) values.push_back(geo::toNumber(f.attributes[static_cast<std::size_t>(field)]).value_or(NAN));
    std::vector<double> sorted;
    for (double v : values)
        if (std::isfinite(v)) sorted.push_back(v);
    std::sort(sorted.begin(), sorted.end());
    ASSERT_GE(sorted.size(), 10u);
    const std::size_t n = sorted.size();
    std::vector<double> s1(n + 1, 0), s2(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        s1[i + 1] = s1[i] + sorted[i];
        s2[i + 1] = s2[i] + sorted[i] * sorted[i];
    }
    auto ssd = [&](std::size_t a, std::size_t b) { return s2[b] - s2[a] - (s1[b] - s1[a]) * (s1[b] - s1[a]) / double(b - a); };
    double best = std::numeric_limits<double>::infinity();
    double upper0 = 0, upper1 = 0;
    for (std::size_t a = 1; a < n - 1; ++a)
        for (std::size_t b = a + 1; b < n; ++b) {
            if (sorted[a - 1] == sorted[a] || sorted[b - 1] == sorted[b]) continue;  // equal values stay together
            double total = ssd(0, a) + ssd(a, b) + ssd(b, n);
            if (total < best) {
                best = total;
                upper0 = sorted[a - 1];
                upper1 = sorted[b - 1];
            }
        }
    auto expectedClass = [&](double v) { return v <= upper0 ? 0 : v <= upper1 ? 1 : 2; };

    LayerStyle style;
    style.mode = StyleMode::Graduated;
    style.field = QStringLiteral("dt_khai");
    style.method = geo::ClassMethod::NaturalBreaks;
    style.classes = 3;
    style.ramp = QStringLiteral("greens");
    style.fill = QColor(0, 0, 0);  // opaque: classes take the fill's alpha
    style.strokeWidth = 0;
    RenderSettings s = only(window->canvas()->renderSettings(), {idOf(li)});
    setStyle(s, d, idOf(li), style);
    const StyledLayer* styled = s.styled(idOf(li));
    ASSERT_NE(styled, nullptr);
    ASSERT_EQ(styled->classes.size(), 3u);
    const std::vector<QColor> ramp = rampColours(QStringLiteral("greens"), 3);

    MapProjection projection(d);
    std::set<int> classesSeen;
    for (std::size_t i = 0; i < features.size(); ++i) {
        if (!std::isfinite(values[i]) || features[i].geometry.polygons.empty()) continue;
        int c = expectedClass(values[i]);
        if (classesSeen.count(c)) continue;  // one plot of each class is enough to look at
        classesSeen.insert(c);
        EXPECT_EQ(styled->featureClass[i], c) << "plot " << i << ", " << values[i] << " ha";
        geo::XY at = projection.toMap(interior(features[i].geometry));
        QColor px = pixelAt(d, s, d.layers[static_cast<std::size_t>(li)].envelopes[i], at);
        EXPECT_EQ(px.rgb(), ramp[static_cast<std::size_t>(c)].rgb()) << "plot " << i << " class " << c;
    }
    EXPECT_EQ(classesSeen.size(), 3u);

    // The legend: the layer's title, then its three classes in the colours drawn; no crop section.
    auto entries = legendEntries(d, s, 1.0, QLocale::c());
    auto title = std::find_if(entries.begin(), entries.end(), [&](const LegendEntry& e) {
        return e.kind == LegendEntry::Title && e.text == d.layers[static_cast<std::size_t>(li)].title;
    });
    ASSERT_NE(title, entries.end());
    ASSERT_GE(entries.end() - title, 4);
    for (int c = 0; c < 3; ++c) {
        EXPECT_EQ((title + 1 + c)->kind, LegendEntry::Swatch);
        EXPECT_EQ((title + 1 + c)->colour.rgba(), ramp[static_cast<std::size_t>(c)].rgba());
    }
    EXPECT_TRUE(std::none_of(entries.begin(), entries.end(),
                             [](const LegendEntry& e) { return e.text == MapText::cropsTitle(); }));
}

void StyledDemo::categorisedZones() {
    const Document& d = doc();
    const int li = d.zones;
    const auto& features = d.loaded(li).normalised.features;
    const int field = d.loaded(li).normalised.fieldIndex("loai");
    ASSERT_GE(field, 0);
    // Categories by count, most first, ties in byte order: worked out here.
    std::map<std::string, int> counts;
    for (const auto& f : features) ++counts[geo::toText(f.attributes[static_cast<std::size_t>(field)])];
    std::vector<std::pair<std::string, int>> order(counts.begin(), counts.end());
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    ASSERT_GE(order.size(), 2u);
    std::map<std::string, int> rank;
    for (std::size_t i = 0; i < order.size(); ++i) rank[order[i].first] = static_cast<int>(i);

    LayerStyle style;
    style.mode = StyleMode::Categorised;
    style.field = QStringLiteral("loai");
    style.fill = QColor(0, 0, 0);
    style.strokeWidth = 0;
    RenderSettings s = only(window->canvas()->renderSettings(), {idOf(li)});
    setStyle(s, d, idOf(li), style);
    // Okabe–Ito orange and sky blue are the first two categories.
    EXPECT_EQ(categoryColour(0), QColor(0xE6, 0x9F, 0x00));
    EXPECT_EQ(categoryColour(1), QColor(0x56, 0xB4, 0xE9));
    MapProjection projection(d);
    for (std::size_t i = 0; i < features.size(); ++i) {
        geo::XY at = d.layers[static_cast<std::size_t>(li)].labelPoints[i];
        ASSERT_TRUE(inside(features[i].geometry, projection.toLonLat(at)));
        QColor px = pixelAt(d, s, d.layers[static_cast<std::size_t>(li)].envelopes[i], at);
        int expected = rank[geo::toText(features[i].attributes[static_cast<std::size_t>(field)])];
        EXPECT_EQ(px.rgb(), categoryColour(expected).rgb()) << "zone " << i;
    }
    // Legend: one swatch per category, in category order and colour.
    auto entries = legendEntries(d, s, 1.0, QLocale::c());
    std::vector<LegendEntry> swatches;
    for (const auto& e : entries)
        if (e.kind == LegendEntry::Swatch) swatches.push_back(e);
    ASSERT_EQ(swatches.size(), order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        EXPECT_EQ(swatches[i].text, toQString(order[i].first));
        EXPECT_EQ(swatches[i].colour.rgb(), categoryColour(static_cast<int>(i)).rgb());
    }
}

TEST_F(StyledDemo, GraduatedAndCategorisedFeaturesAreDrawnInTheirClassColour) {
    graduatedPlots();
    categorisedZones();
}

TEST_F(StyledDemo, AnAddedLayersDefaultFillLetsTheZoneShowThroughAndStatisticsByItHidesNothing) {
    const Document& before = doc();
    const int zone = 0;
    const std::string zonesId = idOf(before.zones);
    const geo::XY at = before.layers[static_cast<std::size_t>(before.zones)].labelPoints[zone];
    // A square of ±2 km around the zone's label point, as GeoJSON in WGS 84.
    MapProjection projection(before);
    QString ring;
    for (auto [dx, dy] : {std::pair{-2000, -2000}, {2000, -2000}, {2000, 2000}, {-2000, 2000}, {-2000, -2000}}) {
        geo::XY ll = projection.toLonLat({at.x + dx, at.y + dy});
        ring += QStringLiteral("%1[%2,%3]").arg(ring.isEmpty() ? "" : ",").arg(ll.x, 0, 'f', 9).arg(ll.y, 0, 'f', 9);
    }
    const QString path = QDir(folder->path()).filePath(QStringLiteral("o_vuong.geojson"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ma":"X1","ten":"Ô vuông"},)"
                              R"("geometry":{"type":"Polygon","coordinates":[[%1]]}}]})")
                   .arg(ring)
                   .toUtf8());
    file.close();
    ASSERT_TRUE(window->addLayer(path)) << window->lastError().toStdString();
    const Document& d = doc();
    const std::string addedId = d.layers.back().id;
    const RenderSettings current = window->canvas()->renderSettings();
    const LayerState* added = current.find(addedId);
    ASSERT_NE(added, nullptr);
    ASSERT_NE(added->style, nullptr);
    const QColor fill = added->style->style.fill;
    EXPECT_EQ(added->style->style.mode, StyleMode::Single);
    EXPECT_LT(fill.alpha(), 255);
    EXPECT_GT(fill.alpha(), 0);

    // The zone alone, then with the square over it: source-over blending.
    geo::Envelope near{at.x - 4000, at.y - 4000, at.x + 4000, at.y + 4000};
    QColor zoneOnly = pixelAt(d, only(current, {zonesId}), near, at);
    QColor both = pixelAt(d, only(current, {zonesId, addedId}), near, at);
    const double a = fill.alphaF();
    auto blend = [&](int src, int dst) { return src * a + dst * (1 - a); };
    EXPECT_NEAR(both.red(), blend(fill.red(), zoneOnly.red()), 2.0);
    EXPECT_NEAR(both.green(), blend(fill.green(), zoneOnly.green()), 2.0);
    EXPECT_NEAR(both.blue(), blend(fill.blue(), zoneOnly.blue()), 2.0);
    EXPECT_NE(both.rgb(), fill.rgb());  // not the square's colour alone: the zone shows

    // Statistics by the square: its choropleth goes to the bottom of the
    // layers (raster backgrounds stay under everything), the others stay shown.
    auto lowestLayer = [&](const RenderSettings& settings) {
        for (const auto& l : settings.layers)
            if (window->document()->basemapIndex(l.id) < 0) return l.id;
        return std::string();
    };
    ASSERT_TRUE(window->showStatisticsBy(addedId));
    RenderSettings by = window->canvas()->renderSettings();
    ASSERT_FALSE(by.layers.empty());
    EXPECT_EQ(lowestLayer(by), addedId);
    EXPECT_GE(window->document()->basemapIndex(by.layers.front().id), 0) << "the demo's background stays at the bottom";
    for (const auto& l : by.layers) EXPECT_TRUE(l.visible) << l.id;
    EXPECT_EQ(by.styled(addedId), nullptr);  // drawn as the zones now: the coverage choropleth
    ASSERT_TRUE(window->showStatisticsBy(zonesId));
    EXPECT_EQ(lowestLayer(window->canvas()->renderSettings()), zonesId);
    window->undoStack()->undo();  // the added layer goes again
    EXPECT_LT(window->document()->layerIndex(addedId), 0);
}

TEST_F(StyledDemo, StyleVisibilityAndOrderSurviveSaveAndReload) {
    // The suite shares one window: whatever happens below, the next test
    // starts from the demo as it opened, not from the map rearranged here.
    struct OpenAgain {
        ~OpenAgain() { EXPECT_TRUE(window->openProject(project())) << window->lastError().toStdString(); }
    } openAgain;
    // Saved beside the demo's project file (the same relative paths), which stays as it was.
    const QString arranged = QDir(folder->path()).filePath(QStringLiteral("arranged.vtproj"));
    const Document& d = doc();
    const std::string plots = idOf(d.plantings), zones = idOf(d.zones), boundary = idOf(d.boundary);
    LayerStyle style;
    style.mode = StyleMode::Graduated;
    style.field = QStringLiteral("dt_khai");
    style.method = geo::ClassMethod::Quantile;
    style.classes = 4;
    style.ramp = QStringLiteral("oranges");
    style.fill = QColor(10, 20, 30, 200);
    style.stroke = QColor(0x33, 0x33, 0x33);
    style.strokeWidth = 1.4;
    style.opacity = 0.8;
    style.labelField = QStringLiteral("ma_vung");
    ASSERT_TRUE(window->setLayerStyle(plots, style));
    window->layersPanel()->setLayerVisible(boundary, false);
    window->layersPanel()->moveLayer(zones, +1);  // zones above the bottom
    ASSERT_FALSE(d.basemaps.empty()) << "the demo ships a background";
    const std::string background = d.basemaps.front().source.id;
    window->layersPanel()->setLayerOpacity(background, 0.4);  // saved with the project, and kept at the bottom
    const RenderSettings saved = window->canvas()->renderSettings();
    ASSERT_TRUE(window->saveProject(arranged)) << window->lastError().toStdString();
    // Saving over one of the project's layer files is refused, and the file is left as it was.
    const QString layerFile = QDir(folder->path()).filePath(QStringLiteral("huyen.shp"));
    QFile shp(layerFile);
    ASSERT_TRUE(shp.open(QIODevice::ReadOnly));
    const QByteArray shpBefore = shp.readAll();
    shp.close();
    EXPECT_FALSE(window->saveProject(layerFile));
    EXPECT_FALSE(window->lastError().isEmpty());
    ASSERT_TRUE(shp.open(QIODevice::ReadOnly));
    EXPECT_EQ(shp.readAll(), shpBefore);
    shp.close();

    // Read back the way a fresh app would.
    std::shared_ptr<Document> reloaded = loadDocument(arranged.toStdString());
    RenderSettings back = mapFromProject(*reloaded, defaultRenderSettings(*reloaded));
    ASSERT_EQ(back.layers.size(), saved.layers.size());
    for (std::size_t i = 0; i < back.layers.size(); ++i) {
        EXPECT_EQ(back.layers[i].id, saved.layers[i].id) << i;
        EXPECT_EQ(back.layers[i].visible, saved.layers[i].visible) << back.layers[i].id;
        EXPECT_DOUBLE_EQ(back.layers[i].opacity, saved.layers[i].opacity) << back.layers[i].id;
    }
    ASSERT_NE(back.styled(plots), nullptr);
    LayerStyle expected = style;
    EXPECT_TRUE(back.styled(plots)->style == expected);
    EXPECT_FALSE(back.isVisible(boundary));
    EXPECT_EQ(back.layers.front().id, background);
    EXPECT_DOUBLE_EQ(back.layers.front().opacity, 0.4);

    // The same pixels at a plot's interior point, drawn from each.
    const auto& features = d.loaded(d.plantings).normalised.features;
    MapProjection projection(d);
    geo::XY at = projection.toMap(interior(features[3].geometry));
    const geo::Envelope& env = d.layers[static_cast<std::size_t>(d.plantings)].envelopes[3];
    RenderSettings a = saved, b = back;
    a.background = b.background = Qt::white;
    QColor before = pixelAt(d, a, env, at), after = pixelAt(*reloaded, b, env, at);
    EXPECT_EQ(before.rgb(), after.rgb());
    // Opacity 0.8 over white: not the class colour itself.
    EXPECT_NE(before.rgb(), saved.styled(plots)->fillOf(3).rgb());
}

void StyledDemo::identifyPlot() {
    const Document& d = doc();
    const auto& plots = d.loaded(d.plantings).normalised.features;
    const auto& zones = d.loaded(d.zones).normalised.features;
    const auto& coops = d.loaded(d.cooperatives).normalised.features;
    for (const auto& l : window->canvas()->renderSettings().layers) window->layersPanel()->setLayerVisible(l.id, true);
    MapProjection projection(d);
    // A plot whose interior point is 30 px or more from every cooperative at the plot's zoom.
    for (std::size_t i = 0; i < plots.size(); ++i) {
        if (plots[i].geometry.polygons.empty()) continue;
        window->canvas()->zoomToFeatures(d.plantings, {static_cast<int>(i)});
        const double resolution = window->canvas()->view().resolution;
        geo::XY ll = interior(plots[i].geometry);
        geo::XY at = projection.toMap(ll);
        bool clear = std::all_of(coops.begin(), coops.end(), [&](const geo::Feature& c) {
            geo::XY p = projection.toMap(c.geometry.points.front());
            return std::hypot(p.x - at.x, p.y - at.y) > 30 * resolution;
        });
        if (!clear) continue;
        int zone = -1;
        for (std::size_t z = 0; z < zones.size(); ++z)
            if (inside(zones[z].geometry, ll)) zone = static_cast<int>(z);
        ASSERT_GE(zone, 0);
        ASSERT_EQ(window->identifyAt(at.x, at.y), d.plantings);
        QStringList lines = window->identifyPanel()->lines();
        const QString under = QStringLiteral("Under the click / ");
        EXPECT_TRUE(lines.contains(under + d.layers[static_cast<std::size_t>(d.plantings)].title + QStringLiteral(": ") +
                                   d.text(d.plantings, static_cast<int>(i), d.plantingCodeField)))
            << lines.join(QLatin1Char('\n')).toStdString();
        EXPECT_TRUE(lines.contains(under + d.layers[static_cast<std::size_t>(d.zones)].title + QStringLiteral(": ") +
                                   d.text(d.zones, zone, d.zoneNameField)))
            << lines.join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(lines.filter(under).size(), 2) << lines.join(QLatin1Char('\n')).toStdString();
        // The zone's own details follow the plot's.
        EXPECT_TRUE(lines.contains(QStringLiteral("Zone / Name: ") + d.text(d.zones, zone, d.zoneNameField)));
        return;
    }
    FAIL() << "no plot clear of the cooperatives";
}

void StyledDemo::identifyCooperative() {
    const Document& d = doc();
    const auto& zones = d.loaded(d.zones).normalised.features;
    const auto& coops = d.loaded(d.cooperatives).normalised.features;
    MapProjection projection(d);
    for (std::size_t c = 0; c < coops.size(); ++c) {
        geo::XY ll = coops[c].geometry.points.front();
        int zone = -1;
        for (std::size_t z = 0; z < zones.size(); ++z)
            if (inside(zones[z].geometry, ll)) zone = static_cast<int>(z);
        if (zone < 0) continue;
        window->canvas()->zoomToFeatures(d.cooperatives, {static_cast<int>(c)});
        geo::XY at = projection.toMap(ll);
        int top = window->identifyAt(at.x, at.y);
        if (top != d.cooperatives) continue;  // another cooperative drawn over it
        QStringList lines = window->identifyPanel()->lines();
        const QString under = QStringLiteral("Under the click / ");
        EXPECT_TRUE(lines.filter(under + d.layers[static_cast<std::size_t>(d.cooperatives)].title + QStringLiteral(": ")).size() == 1)
            << lines.join(QLatin1Char('\n')).toStdString();
        EXPECT_TRUE(lines.contains(under + d.layers[static_cast<std::size_t>(d.zones)].title + QStringLiteral(": ") +
                                   d.text(d.zones, zone, d.zoneNameField)))
            << lines.join(QLatin1Char('\n')).toStdString();
        return;
    }
    FAIL() << "no cooperative inside a zone could be clicked";
}

TEST_F(StyledDemo, IdentifyListsEveryFeatureUnderTheClick) {
    identifyPlot();
    identifyCooperative();
}

TEST_F(StyledDemo, CooperativesAreTheLegendsColourOnEveryZone) {
    const Document& d = doc();
    const auto& coops = d.layers[static_cast<std::size_t>(d.cooperatives)];
    const auto& zones = d.loaded(d.zones).normalised.features;
    RenderSettings s = only(window->canvas()->renderSettings(), {idOf(d.zones), idOf(d.cooperatives)});
    MapView view = MapView::fit(d.fullExtent, QSize(900, 900), 10);
    QImage image = renderMap(d, view, s);
    MapProjection projection(d);
    // The legend's circle colour.
    auto entries = legendEntries(d, s, 1.0, QLocale::c());
    auto circle = std::find_if(entries.begin(), entries.end(), [](const LegendEntry& e) { return e.kind == LegendEntry::Circle; });
    ASSERT_NE(circle, entries.end());
    // At the centre of each cooperative standing alone (nothing else within 16 px), over every coverage class.
    std::set<int> classes;
    for (std::size_t c = 0; c < coops.geometry.size(); ++c) {
        if (coops.geometry[c].points.empty()) continue;
        QPointF at = view.toScreen(coops.geometry[c].points.front());
        bool alone = true;
        for (std::size_t o = 0; o < coops.geometry.size() && alone; ++o)
            if (o != c && !coops.geometry[o].points.empty()) {
                QPointF other = view.toScreen(coops.geometry[o].points.front());
                alone = std::hypot(other.x() - at.x(), other.y() - at.y()) > 16;
            }
        if (!alone) continue;
        int zone = -1;
        geo::XY ll = projection.toLonLat(coops.geometry[c].points.front());
        for (std::size_t z = 0; z < zones.size(); ++z)
            if (inside(zones[z].geometry, ll)) zone = static_cast<int>(z);
        if (zone < 0 || static_cast<std::size_t>(zone) >= d.coverage.zoneClass.size()) continue;
        classes.insert(d.coverage.zoneClass[static_cast<std::size_t>(zone)]);
        QColor px = image.pixelColor(static_cast<int>(std::floor(at.x())), static_cast<int>(std::floor(at.y())));
        EXPECT_EQ(px.rgb(), circle->colour.rgb()) << "cooperative " << c << " over zone " << zone;
        EXPECT_EQ(circle->colour.alpha(), 255);  // opaque: the same colour whatever lies beneath
    }
    EXPECT_GE(classes.size(), 3u);  // seen over light and dark zones alike
}

TEST_F(StyledDemo, TheStylePanelAppliesWhatItShows) {
    const Document& d = doc();
    const std::string plots = idOf(d.plantings);
    window->openStylePanel(plots);
    auto* panel = window->findChild<StylePanel*>(QStringLiteral("stylePanel"));
    ASSERT_NE(panel, nullptr);
    auto* mode = panel->findChild<QComboBox*>(QStringLiteral("styleMode"));
    auto* field = panel->findChild<QComboBox*>(QStringLiteral("styleField"));
    ASSERT_TRUE(mode && field);
    mode->setCurrentIndex(mode->findData(static_cast<int>(StyleMode::Categorised)));
    field->setCurrentIndex(field->findData(QStringLiteral("cay_trong")));
    // The preview lists the categories the map will draw: the crops, counted here.
    std::set<std::string> crops;
    const int crop = d.loaded(d.plantings).normalised.fieldIndex("cay_trong");
    for (const auto& f : d.loaded(d.plantings).normalised.features)
        if (auto t = geo::toText(f.attributes[static_cast<std::size_t>(crop)]); !t.empty()) crops.insert(t);
    auto* preview = panel->findChild<QListWidget*>(QStringLiteral("stylePreview"));
    ASSERT_NE(preview, nullptr);
    EXPECT_EQ(preview->count(), static_cast<int>(std::min<std::size_t>(crops.size(), 12)));
    auto* buttons = panel->findChild<QDialogButtonBox*>();
    ASSERT_NE(buttons, nullptr);
    buttons->button(QDialogButtonBox::Apply)->click();
    const StyledLayer* styled = window->canvas()->renderSettings().styled(plots);
    ASSERT_NE(styled, nullptr);
    EXPECT_EQ(styled->style.mode, StyleMode::Categorised);
    EXPECT_EQ(styled->style.field, QStringLiteral("cay_trong"));
    EXPECT_EQ(styled->classes.size(), static_cast<std::size_t>(preview->count()));
    panel->close();
}

}  // namespace
