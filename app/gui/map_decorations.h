#pragma once
// What a map needs besides its layers: legend, scale bar, north arrow. Drawn
// by the canvas over the map, and by the export and the headless render.
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QWidget>

#include "document.h"
#include "map_renderer.h"
#include "map_view.h"

namespace vt::gui {

// Holds the translatable texts of the map furniture (tr() context "MapText").
class MapText {
    Q_DECLARE_TR_FUNCTIONS(MapText)
public:
    static QString coverageTitle() { return tr("Planted coverage (% of zone)"); }
    static QString cropsTitle() { return tr("Planting areas by crop"); }
    static QString otherCrops() { return tr("Other crops"); }
    static QString densityTitle() { return tr("Small plots: share of land planted"); }
    static QString below(const QString& value) { return tr("under %1").arg(value); }
    static QString atLeast(const QString& value) { return tr("%1 or more").arg(value); }
    static QString noStatistics() { return tr("No statistics"); }
    static QString noValue() { return tr("No value"); }
    static QString cooperativesTitle() { return tr("Cooperatives (area ∝ members)"); }
    static QString members(const QString& n) { return tr("%1 members").arg(n); }
    static QString hasInvestments() { return tr("Has investments"); }
    static QString boundary() { return tr("Province boundary"); }
    static QString north() { return tr("N", "north arrow"); }
    static QString source() { return tr("VungTrong — demo data, synthetic"); }
};

// Percent with enough decimals to tell small coverages apart (0,18 %).
QString formatPercent(double pct, const QLocale& locale);
// Hectares with two decimals, e.g. "1.234,56" in Vietnamese.
QString formatHectares(double ha, const QLocale& locale);

// One row of the legend, with the colour the map draws it in.
struct LegendEntry {
    enum Kind { Title, Swatch, Circle, Diamond, Line } kind;
    QString text;
    QColor colour;
    double radius = 0;
    QColor outline = QColor(0x55, 0x55, 0x55);  // a swatch's border: the layer's stroke when styled
};
// The legend's rows for these settings: role sections for layers drawn their
// role's way, then each styled or plain layer (its classes, or one swatch).
std::vector<LegendEntry> legendEntries(const Document& doc, const RenderSettings& settings, double k,
                                       const QLocale& locale);

// Size of the legend box in px for these settings (k = symbol scale).
QSizeF legendSize(const Document& doc, const RenderSettings& settings, double k, const QLocale& locale);
void drawLegend(QPainter& p, QPointF topLeft, const Document& doc, const RenderSettings& settings, double k,
                const QLocale& locale);
// A 1-2-5 scale bar no wider than maxWidth px, its bottom-left at origin.
// Returns the rectangle it used.
QRectF drawScaleBar(QPainter& p, QPointF bottomLeft, const MapView& view, double maxWidth, double k,
                    const QLocale& locale);
void drawNorthArrow(QPainter& p, QPointF centre, double height, double k);

// The legend in a dock: paints drawLegend for the canvas' document and settings.
class LegendWidget : public QWidget {
    Q_OBJECT
public:
    explicit LegendWidget(QWidget* parent = nullptr) : QWidget(parent) {}
    void setContent(DocumentPtr doc, const RenderSettings& settings);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    DocumentPtr doc_;
    RenderSettings settings_;
};

}  // namespace vt::gui
