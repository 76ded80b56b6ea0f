#include "map_decorations.h"

#include <QEvent>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "map_style.h"
#include "planting_density.h"

namespace vt::gui {

QString formatPercent(double pct, const QLocale& locale) {
    int decimals = 1;
    if (pct != 0 && std::isfinite(pct))
        decimals = std::clamp(1 - static_cast<int>(std::floor(std::log10(std::fabs(pct)))), 1, 4);
    return locale.toString(pct, 'f', decimals);
}

QString formatHectares(double ha, const QLocale& locale) { return locale.toString(ha, 'f', 2); }

namespace {

QFont legendFont(double k, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(11 * k))));
    f.setBold(bold);
    return f;
}

using LegendItem = LegendEntry;

}  // namespace

std::vector<LegendEntry> legendEntries(const Document& doc, const RenderSettings& settings, double k,
                                       const QLocale& locale) {
    std::vector<LegendItem> items;
    // A role's own legend only while the layer is drawn its role's way.
    auto visible = [&](int layer) {
        if (layer < 0) return false;
        const std::string& id = doc.layers[static_cast<std::size_t>(layer)].id;
        return settings.isVisible(id) && !settings.styled(id);
    };
    if (visible(doc.zones)) {
        items.push_back({LegendItem::Title, MapText::coverageTitle(), {}, 0});
        const auto& b = doc.coverage.breaks;
        if (b.size() >= 2) {
            for (std::size_t c = 0; c + 1 < b.size() && c < doc.coverage.colours.size(); ++c)
                items.push_back({LegendItem::Swatch,
                                 formatPercent(b[c], locale) + QStringLiteral(" – ") + formatPercent(b[c + 1], locale),
                                 doc.coverage.colours[c], 0});
        } else {
            items.push_back({LegendItem::Swatch, MapText::noStatistics(), QColor(0xdd, 0xdd, 0xdd), 0});
        }
    }
    if (visible(doc.plantings) && !doc.crops.empty()) {
        items.push_back({LegendItem::Title, MapText::cropsTitle(), {}, 0});
        for (const auto& c : doc.crops)
            items.push_back({LegendItem::Swatch, c.crop.isEmpty() ? MapText::otherCrops() : c.crop, c.colour, 0});
    }
    if (visible(doc.plantings) && !doc.plantingMapArea.empty()) {
        // The grid planting_density draws at scales where plots are under a few px.
        items.push_back({LegendItem::Title, MapText::densityTitle(), {}, 0});
        const auto& b = densityBreaksPct();
        auto pct = [&](double v) { return locale.toString(v, 'f', 0) + QStringLiteral(" %"); };
        for (std::size_t c = 0; c < b.size(); ++c) {
            QString text = c == 0                ? MapText::below(pct(b[1]))
                           : c + 1 == b.size() ? MapText::atLeast(pct(b[c]))
                                               : pct(b[c]) + QStringLiteral(" – ") + pct(b[c + 1]);
            items.push_back({LegendItem::Swatch, text, densityColour(static_cast<int>(c)), 0});
        }
    }
    if (visible(doc.cooperatives)) {
        items.push_back({LegendItem::Title, MapText::cooperativesTitle(), {}, 0});
        double maxM = static_cast<double>(doc.maxMembers);
        if (maxM > 0) {
            // Round sample sizes: the largest, and a quarter of it.
            double big = std::pow(10.0, std::floor(std::log10(maxM)));
            big = std::floor(maxM / big) * big;
            for (double m : {big, std::max(1.0, std::round(big / 4))})
                items.push_back({LegendItem::Circle, MapText::members(locale.toString(static_cast<qint64>(m))),
                                 style::cooperativeFill(), style::cooperativeRadius(m, maxM) * k});
        }
        bool anyInvestment = std::any_of(doc.coopInvestmentVnd.begin(), doc.coopInvestmentVnd.end(),
                                         [](std::int64_t v) { return v > 0; });
        if (anyInvestment)
            items.push_back({LegendItem::Diamond, MapText::hasInvestments(), style::investmentMarker(), 0});
    }
    if (visible(doc.boundary)) items.push_back({LegendItem::Line, MapText::boundary(), style::boundaryOutline(), 0});
    for (std::size_t i = 0; i < doc.layers.size(); ++i) {
        const auto& l = doc.layers[i];
        if (!l.hasGeometry || !settings.isVisible(l.id)) continue;
        if (const StyledLayer* styled = settings.styled(l.id)) {
            // The colours the renderer draws with, from the same resolved style.
            const QColor stroke = styled->style.stroke.isValid() ? styled->style.stroke : QColor(0x55, 0x55, 0x55);
            if (styled->style.mode == StyleMode::Single || styled->classes.empty()) {
                items.push_back({LegendItem::Swatch, l.title, styled->style.fill, 0, stroke});
                continue;
            }
            items.push_back({LegendItem::Title, l.title, {}, 0});
            for (const auto& c : styled->classes) items.push_back({LegendItem::Swatch, c.label, c.fill, 0, stroke});
            if (styled->hasNoValue)
                items.push_back({LegendItem::Swatch, MapText::noValue(), styled->fillOf(styled->featureClass.size()), 0, stroke});
        } else if (l.colour.isValid() && !hasRoleDrawing(l.role)) {
            QColor fill = l.colour;
            if (l.kind == geo::GeometryKind::Polygon) fill.setAlpha(90);  // as map_renderer draws it
            items.push_back({LegendItem::Swatch, l.title, fill, 0, l.colour});
        }
    }
    return items;
}

namespace {

double rowHeight(const LegendItem& item, double k) {
    if (item.kind == LegendItem::Title) return 20 * k;
    if (item.kind == LegendItem::Circle) return std::max(17 * k, 2 * item.radius + 4 * k);
    return 17 * k;
}

}  // namespace

QSizeF legendSize(const Document& doc, const RenderSettings& settings, double k, const QLocale& locale) {
    auto items = legendEntries(doc, settings, k, locale);
    if (items.empty()) return {};
    QFontMetricsF normal(legendFont(k)), bold(legendFont(k, true));
    double w = 0, h = 8 * k;
    for (const auto& it : items) {
        double tw = it.kind == LegendItem::Title ? bold.horizontalAdvance(it.text)
                                                 : 28 * k + normal.horizontalAdvance(it.text);
        w = std::max(w, tw);
        h += rowHeight(it, k);
    }
    return {w + 16 * k, h + 6 * k};
}

void drawLegend(QPainter& p, QPointF topLeft, const Document& doc, const RenderSettings& settings, double k,
                const QLocale& locale) {
    auto items = legendEntries(doc, settings, k, locale);
    if (items.empty()) return;
    QSizeF size = legendSize(doc, settings, k, locale);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(QColor(0, 0, 0, 90), 1 * k));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(QRectF(topLeft, size), 4 * k, 4 * k);
    double x = topLeft.x() + 8 * k, y = topLeft.y() + 6 * k;
    QFont normal = legendFont(k), bold = legendFont(k, true);
    QFontMetricsF fm(normal);
    for (const auto& it : items) {
        double h = rowHeight(it, k);
        double mid = y + h / 2;
        QPointF symbol(x + 10 * k, mid);
        switch (it.kind) {
            case LegendItem::Title:
                p.setFont(bold);
                p.setPen(Qt::black);
                p.drawText(QPointF(x, y + h - 5 * k), it.text);
                y += h;
                continue;
            case LegendItem::Swatch:
                p.setBrush(it.colour);
                p.setPen(QPen(it.outline, 0.8 * k));
                p.drawRect(QRectF(x + 2 * k, mid - 6 * k, 18 * k, 12 * k));
                break;
            case LegendItem::Circle:
                drawCooperativeSymbol(p, symbol, it.radius, k);  // as on the map
                break;
            case LegendItem::Diamond: {
                double d = 5 * k;
                p.setBrush(it.colour);
                p.setPen(QPen(Qt::white, 0.9 * k));
                p.drawPolygon(QPolygonF({symbol + QPointF(0, -d), symbol + QPointF(d, 0), symbol + QPointF(0, d),
                                         symbol + QPointF(-d, 0)}));
                break;
            }
            case LegendItem::Line:
                p.setPen(QPen(it.colour, 2.6 * k));
                p.drawLine(QPointF(x + 2 * k, mid), QPointF(x + 20 * k, mid));
                break;
        }
        p.setFont(normal);
        p.setPen(Qt::black);
        p.drawText(QPointF(x + 28 * k, mid + fm.ascent() / 2 - 1 * k), it.text);
        y += h;
    }
    p.restore();
}

QRectF drawScaleBar(QPainter& p, QPointF bottomLeft, const MapView& view, double maxWidth, double k,
                    const QLocale& locale) {
    if (view.resolution <= 0 || maxWidth <= 0) return {};
    double maxMetres = maxWidth * view.resolution;
    double base = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = base;
    for (double f : {5.0, 2.0, 1.0})
        if (f * base <= maxMetres) {
            metres = f * base;
            break;
        }
    double width = metres / view.resolution;
    QString label = metres >= 1000 ? locale.toString(metres / 1000, 'g', 6) + QStringLiteral(" km")
                                   : locale.toString(metres, 'g', 6) + QStringLiteral(" m");
    QFont font = legendFont(k);
    QFontMetricsF fm(font);
    double barH = 6 * k;
    QRectF bar(bottomLeft.x(), bottomLeft.y() - barH, width, barH);
    QRectF box = bar.adjusted(-6 * k, -fm.height() - 6 * k, std::max(6 * k, fm.horizontalAdvance(label) / 2), 4 * k);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRoundedRect(box, 3 * k, 3 * k);
    // Alternating halves, the classic look that reads at a glance.
    p.setPen(QPen(Qt::black, 1 * k));
    p.setBrush(Qt::black);
    p.drawRect(QRectF(bar.left(), bar.top(), width / 2, barH));
    p.setBrush(Qt::white);
    p.drawRect(QRectF(bar.left() + width / 2, bar.top(), width / 2, barH));
    p.setFont(font);
    p.drawText(QPointF(bar.left() - fm.horizontalAdvance(QStringLiteral("0")) / 2, bar.top() - 3 * k),
               QStringLiteral("0"));
    p.drawText(QPointF(bar.right() - fm.horizontalAdvance(label) / 2, bar.top() - 3 * k), label);
    p.restore();
    return box;
}

void drawNorthArrow(QPainter& p, QPointF c, double height, double k) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    double h = height, w = height * 0.45;
    QPointF top(c.x(), c.y() - h / 2), bottom(c.x(), c.y() + h / 2 - h * 0.25);
    QPolygonF left({top, QPointF(c.x() - w / 2, c.y() + h / 2), bottom});
    QPolygonF right({top, QPointF(c.x() + w / 2, c.y() + h / 2), bottom});
    p.setPen(QPen(Qt::black, 1 * k));
    p.setBrush(Qt::black);
    p.drawPolygon(left);
    p.setBrush(Qt::white);
    p.drawPolygon(right);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setBold(true);
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(h * 0.4))));
    QFontMetricsF fm(f);
    p.setFont(f);
    p.setPen(Qt::black);
    QString n = MapText::north();
    p.drawText(QPointF(c.x() - fm.horizontalAdvance(n) / 2, top.y() - 3 * k), n);
    p.restore();
}

void LegendWidget::setContent(DocumentPtr doc, const RenderSettings& settings) {
    doc_ = std::move(doc);
    settings_ = settings;
    updateGeometry();
    update();
}

QSize LegendWidget::sizeHint() const {
    if (!doc_) return {200, 100};
    QSizeF s = legendSize(*doc_, settings_, 1.0, QLocale());
    return QSize(static_cast<int>(s.width()) + 12, static_cast<int>(s.height()) + 12);
}

void LegendWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (doc_) drawLegend(p, QPointF(6, 6), *doc_, settings_, 1.0, QLocale());
}

void LegendWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

}  // namespace vt::gui
