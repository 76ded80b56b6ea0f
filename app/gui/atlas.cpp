#include "atlas.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <algorithm>
#include <cmath>

#include "export_file.h"
#include "map_decorations.h"
#include "quality_panel.h"

namespace vt::gui {

namespace {

// The texts of atlas pages (tr() context "AtlasText").
class AtlasText {
    Q_DECLARE_TR_FUNCTIONS(AtlasText)
public:
    static QString atlas(const QString& layer) { return tr("Atlas of planting areas by %1").arg(layer); }
    static QString provinceTotals() { return tr("Province totals"); }
    static QString zones() { return tr("Zones"); }
    static QString page(int n, int of) { return tr("Page %1 of %2").arg(n).arg(of); }
    static QString zoneCode(const QString& code, const QString& layer) { return tr("Code %1 · %2").arg(code, layer); }
    static QString code() { return tr("Code"); }
    static QString zone() { return tr("Zone"); }
    static QString pageColumn() { return tr("Page"); }
    static QString zoneHa() { return tr("Zone area (ha)"); }
    static QString grossHa() { return tr("Gross planted (ha)"); }
    static QString netHa() { return tr("Net planted (ha)"); }
    static QString coverage() { return tr("Coverage (%)"); }
    static QString codes() { return tr("Codes"); }
    static QString cooperatives() { return tr("Cooperatives"); }
    static QString members() { return tr("Members"); }
    static QString ocop() { return tr("OCOP cooperatives"); }
    static QString investment() { return tr("Investment (VND)"); }
    static QString declaredHa() { return tr("Declared (ha)"); }
    static QString holdersTitle() { return tr("Cooperatives holding its planting areas"); }
    static QString cooperative() { return tr("Cooperative"); }
    static QString noCooperative() { return tr("No cooperative linked"); }
    static QString findingsTitle() { return tr("Data-quality findings in this zone"); }
    static QString none() { return tr("None."); }
    static QString more(int n) { return tr("… and %1 more").arg(n); }
    static QString qualitySummary(int errors, int warnings, int notes) {
        return tr("Data quality: %1 error(s), %2 warning(s), %3 note(s) in the whole project.")
            .arg(errors)
            .arg(warnings)
            .arg(notes);
    }
};

constexpr double kMarginMm = 12;

struct Column {
    QString title;
    double weight;  // share of the table's width
    Qt::Alignment align = Qt::AlignLeft;
};

// A table with a header row (bold, wrapped) and rows that stop where area
// ends, with "… and N more" then. Returns the height used in px.
double drawTable(QPainter& p, const QRectF& area, double dpi, const std::vector<Column>& columns,
                 const std::vector<QStringList>& rows, double points = 7.5) {
    // Headers a size smaller: ten columns of figures share a portrait A4.
    QFont font = printFont(points, dpi), bold = printFont(points - 1, dpi, true);
    QFontMetricsF fm(font), bfm(bold);
    double total = 0;
    for (const Column& c : columns) total += c.weight;
    std::vector<QRectF> cells;
    double x = area.left();
    const double pad = mmToPx(0.8, dpi);
    double headerH = 0;
    for (const Column& c : columns) {
        double w = area.width() * c.weight / total;
        cells.emplace_back(x, area.top(), w, 0);
        QRectF need = bfm.boundingRect(QRectF(0, 0, w - 2 * pad, 1e6), Qt::TextWordWrap, c.title);
        headerH = std::max(headerH, need.height() + 2 * pad);
        x += w;
    }
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xe8, 0xee, 0xe4));
    p.drawRect(QRectF(area.left(), area.top(), area.width(), headerH));
    p.setFont(bold);
    p.setPen(Qt::black);
    for (std::size_t c = 0; c < columns.size(); ++c)
        p.drawText(QRectF(cells[c].left() + pad, area.top() + pad, cells[c].width() - 2 * pad, headerH - 2 * pad),
                   Qt::TextWordWrap | Qt::AlignBottom | (columns[c].align & Qt::AlignHorizontal_Mask),
                   columns[c].title);
    double y = area.top() + headerH;
    const double rowH = fm.height() + 2 * pad;
    p.setFont(font);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const bool lastRoom = y + 2 * rowH > area.bottom();
        if (lastRoom && r + 1 < rows.size()) {
            p.setPen(QColor(0x44, 0x44, 0x44));
            p.drawText(QRectF(area.left() + pad, y, area.width(), rowH), Qt::AlignVCenter | Qt::AlignLeft,
                       AtlasText::more(static_cast<int>(rows.size() - r)));
            y += rowH;
            break;
        }
        if (r % 2 == 1) p.fillRect(QRectF(area.left(), y, area.width(), rowH), QColor(0xf5, 0xf5, 0xf5));
        p.setPen(Qt::black);
        for (std::size_t c = 0; c < columns.size() && c < static_cast<std::size_t>(rows[r].size()); ++c) {
            QRectF cell(cells[c].left() + pad, y, cells[c].width() - 2 * pad, rowH);
            p.drawText(cell, Qt::AlignVCenter | (columns[c].align & Qt::AlignHorizontal_Mask),
                       fm.elidedText(rows[r][static_cast<int>(c)], Qt::ElideRight, cell.width()));
        }
        y += rowH;
    }
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), mmToPx(0.2, dpi)));
    p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    p.restore();
    return y - area.top();
}

double drawHeading(QPainter& p, QPointF at, double dpi, const QString& text, double points = 10) {
    QFont font = printFont(points, dpi, true);
    QFontMetricsF fm(font);
    p.save();
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QPointF(at.x(), at.y() + fm.ascent()), text);
    p.restore();
    return fm.height() + mmToPx(1, dpi);
}

QString hectares(double ha) { return QLocale().toString(ha, 'f', 2); }
QString count(std::int64_t n) { return QLocale().toString(static_cast<qint64>(n)); }

// The statistics row's columns and values (the same figures as `stats`).
std::vector<Column> statisticsColumns() {
    return {{AtlasText::zoneHa(), 1.2, Qt::AlignRight},     {AtlasText::grossHa(), 1.1, Qt::AlignRight},
            {AtlasText::netHa(), 1.1, Qt::AlignRight},      {AtlasText::coverage(), 1, Qt::AlignRight},
            {AtlasText::codes(), 0.8, Qt::AlignRight},      {AtlasText::cooperatives(), 1.1, Qt::AlignRight},
            {AtlasText::members(), 1, Qt::AlignRight},      {AtlasText::ocop(), 1, Qt::AlignRight},
            {AtlasText::investment(), 1.5, Qt::AlignRight}, {AtlasText::declaredHa(), 1.1, Qt::AlignRight}};
}
QStringList statisticsValues(const geo::ZoneStatistics& z) {
    return {hectares(z.zoneHa), hectares(z.grossPlantedHa), hectares(z.netPlantedHa),
            formatPercent(z.coveragePct, QLocale()), count(z.codes), count(z.cooperatives), count(z.members),
            count(z.ocopCooperatives), count(z.investmentVnd), hectares(z.declaredHa)};
}

QString zonesLayerTitle(const Document& doc) {
    return doc.zones >= 0 ? doc.layers[static_cast<std::size_t>(doc.zones)].title : QString();
}

struct PageFrame {
    QRectF page;  // px
    double top;   // px: below the header
    double bottom;  // px: above the footer
};

// Title left; project, date and page number right; the source line at the foot.
PageFrame drawPageFrame(QPainter& p, double dpi, const Document& doc, const RenderSettings& settings,
                        const AtlasOptions& options, const QString& title, const QString& subtitle, int page) {
    PrintLayout paper;
    paper.paper = options.paper;
    paper.orientation = options.orientation;
    QSizeF mm = pageSizeMm(paper);
    PageFrame f;
    f.page = QRectF(0, 0, mmToPx(mm.width(), dpi), mmToPx(mm.height(), dpi));
    p.fillRect(f.page, Qt::white);
    const double m = mmToPx(kMarginMm, dpi);
    QFont titleFont = printFont(16, dpi, true), subFont = printFont(9.5, dpi), small = printFont(8, dpi);
    QFontMetricsF tfm(titleFont), sfm(subFont), smfm(small);
    QStringList right = {options.title.isEmpty() ? toQString(doc.workspace.project.name) : options.title,
                         pageDate(options.date), AtlasText::page(page + 1, atlasPageCount(doc))};
    double rightW = 0;
    for (const QString& r : right) rightW = std::max(rightW, smfm.horizontalAdvance(r));
    const double titleW = f.page.width() - 2 * m - rightW - mmToPx(5, dpi);
    p.save();
    p.setFont(titleFont);
    p.setPen(Qt::black);
    p.drawText(QPointF(m, m + tfm.ascent()), tfm.elidedText(title, Qt::ElideRight, titleW));
    p.setFont(subFont);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(QPointF(m, m + tfm.height() + sfm.ascent()), sfm.elidedText(subtitle, Qt::ElideRight, titleW));
    p.setFont(small);
    double y = m + smfm.ascent();
    for (const QString& r : right) {
        p.drawText(QPointF(f.page.width() - m - smfm.horizontalAdvance(r), y), r);
        y += smfm.height();
    }
    p.restore();
    f.top = m + std::max(tfm.height() + sfm.height(), 3 * smfm.height()) + mmToPx(3, dpi);
    QRectF footer(m, f.page.height() - m - mmToPx(8, dpi), f.page.width() - 2 * m, mmToPx(8, dpi));
    drawFooter(p, footer, dpi, doc, settings, QString());
    f.bottom = footer.top() - mmToPx(2, dpi);
    return f;
}

// The map of extent in frame at a round scale, with its scale under it.
// Returns the view and the height used below the frame.
MapView drawAtlasMap(QPainter& p, const QRectF& frame, double dpi, const Document& doc, const RenderSettings& settings,
                     const geo::Envelope& extent, double* scaleOut) {
    QRectF mm(frame.left() / dpi * 25.4, frame.top() / dpi * 25.4, frame.width() / dpi * 25.4,
              frame.height() / dpi * 25.4);
    MapView view;
    double denominator = 0;
    if (doc.mapCrsIsMetres) {
        denominator = printScale(PrintLayout{}, extent, mm.size());
        view = printView(extent, mm, denominator, dpi);
    } else {
        view = MapView::fit(extent, frame.size().toSize(), 0);
    }
    drawMapFrame(p, frame, dpi, doc, view, settings);
    if (scaleOut) *scaleOut = denominator;
    return view;
}

void drawAtlasNorthArrow(QPainter& p, const QRectF& frame, double dpi) {
    drawNorthArrow(p, QPointF(frame.right() - mmToPx(8, dpi), frame.top() + mmToPx(10, dpi)), mmToPx(10, dpi),
                   dpi / 96.0);
}

geo::Envelope grown(geo::Envelope e, double fraction) {
    double dx = e.width() * fraction, dy = e.height() * fraction;
    e.minX -= dx, e.maxX += dx, e.minY -= dy, e.maxY += dy;
    return e;
}

void drawCover(QPainter& p, double dpi, const Document& doc, const RenderSettings& settings,
               const AtlasOptions& options) {
    const geo::Statistics& stats = *doc.statistics;
    const QString title = options.title.isEmpty() ? toQString(doc.workspace.project.name) : options.title;
    PageFrame f = drawPageFrame(p, dpi, doc, settings, options, title, AtlasText::atlas(zonesLayerTitle(doc)), 0);
    const double m = mmToPx(kMarginMm, dpi), gap = mmToPx(4, dpi);
    const double width = f.page.width() - 2 * m;
    double y = f.top;

    y += drawHeading(p, QPointF(m, y), dpi, AtlasText::provinceTotals());
    y += drawTable(p, QRectF(m, y, width, f.bottom - y), dpi, statisticsColumns(), {statisticsValues(stats.total)}) +
         gap;

    // The province map and its legend side by side.
    double mapH = (f.bottom - y) * 0.45;
    double legendW = width * 0.32;
    QRectF frame(m, y, width - legendW - gap, mapH);
    double denominator = 0;
    drawAtlasMap(p, frame, dpi, doc, settings, grown(doc.fullExtent, 0.02), &denominator);
    drawAtlasNorthArrow(p, frame, dpi);
    QRectF legendRoom(frame.right() + gap, y, legendW, mapH);
    double used = 0;
    if (denominator > 0) used = drawScaleBlock(p, legendRoom.topLeft(), dpi, denominator, legendW / dpi * 25.4 - 4);
    QSizeF ls = legendSize(doc, settings, dpi / 96.0, QLocale());
    double roomH = legendRoom.height() - used - gap;
    if (!ls.isEmpty() && roomH > 0) {
        double fit = std::min({1.0, legendRoom.width() / ls.width(), roomH / ls.height()});
        drawLegend(p, QPointF(legendRoom.left(), legendRoom.top() + used + gap), doc, settings, dpi / 96.0 * fit,
                   QLocale());
    }
    y += mapH + gap;

    // The zones, each with its page.
    y += drawHeading(p, QPointF(m, y), dpi, AtlasText::zones());
    std::vector<QStringList> rows;
    for (std::size_t i = 0; i < stats.zones.size(); ++i) {
        const auto& z = stats.zones[i];
        rows.push_back({toQString(z.code), toQString(z.name), hectares(z.grossPlantedHa), hectares(z.netPlantedHa),
                        formatPercent(z.coveragePct, QLocale()), count(z.codes), count(static_cast<int>(i) + 2)});
    }
    std::vector<Column> columns = {{AtlasText::code(), 0.8},
                                   {AtlasText::zone(), 2.6},
                                   {AtlasText::grossHa(), 1.2, Qt::AlignRight},
                                   {AtlasText::netHa(), 1.2, Qt::AlignRight},
                                   {AtlasText::coverage(), 1, Qt::AlignRight},
                                   {AtlasText::codes(), 0.8, Qt::AlignRight},
                                   {AtlasText::pageColumn(), 0.7, Qt::AlignRight}};
    QFontMetricsF note(printFont(8, dpi));
    y += drawTable(p, QRectF(m, y, width, f.bottom - y - note.height() - gap), dpi, columns, rows) + gap;
    if (doc.quality) {
        const auto& q = *doc.quality;
        p.save();
        p.setFont(printFont(8, dpi));
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QPointF(m, y + note.ascent()),
                   AtlasText::qualitySummary(q.count(geo::Severity::Error), q.count(geo::Severity::Warning),
                                             q.count(geo::Severity::Info)));
        p.restore();
    }
}

void drawZonePage(QPainter& p, double dpi, const Document& doc, const RenderSettings& settings,
                  const AtlasOptions& options, int page) {
    const geo::ZoneStatistics& z = doc.statistics->zones[static_cast<std::size_t>(page - 1)];
    const QString name = toQString(z.name).isEmpty() ? toQString(z.code) : toQString(z.name);
    PageFrame f = drawPageFrame(p, dpi, doc, settings, options, name,
                                AtlasText::zoneCode(toQString(z.code), zonesLayerTitle(doc)), page);
    const double m = mmToPx(kMarginMm, dpi), gap = mmToPx(4, dpi);
    const double width = f.page.width() - 2 * m;
    double y = f.top;

    // The map zoomed to the zone; everything outside it dimmed.
    const DisplayLayer& zones = doc.layers[static_cast<std::size_t>(doc.zones)];
    const std::size_t feature = static_cast<std::size_t>(z.zone);
    QRectF frame(m, y, width, (f.bottom - y) * 0.5);
    double denominator = 0;
    const geo::Envelope& zoneExtent = zones.envelopes[feature];  // empty geometry: the whole map
    MapView view = drawAtlasMap(p, frame, dpi, doc, settings,
                                grown(zoneExtent.isNull() ? doc.fullExtent : zoneExtent, 0.06), &denominator);
    QPainterPath outside, outline;
    outside.setFillRule(Qt::OddEvenFill);
    outside.addRect(frame);
    for (const auto& poly : zones.geometry[feature].polygons)
        for (const auto& ring : poly.rings) {
            QPolygonF screen;
            for (const geo::XY& pt : ring) screen << frame.topLeft() + view.toScreen(pt);
            outside.addPolygon(screen);
            outline.addPolygon(screen);
        }
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setClipRect(frame);
    p.fillPath(outside, QColor(255, 255, 255, 160));
    p.setPen(QPen(QColor(0x1a, 0x1a, 0x1a), mmToPx(0.6, dpi)));
    p.setBrush(Qt::NoBrush);
    p.drawPath(outline);
    p.restore();
    drawAtlasNorthArrow(p, frame, dpi);  // over the dimming
    y = frame.bottom() + mmToPx(2, dpi);
    if (denominator > 0) y += drawScaleBlock(p, QPointF(m, y), dpi, denominator, 40);
    y += gap;

    // Its statistics row, as `stats` prints it.
    y += drawTable(p, QRectF(m, y, width, f.bottom - y), dpi, statisticsColumns(), {statisticsValues(z)}) + gap;

    // Holders (left) and data-quality findings (right).
    const double colGap = mmToPx(5, dpi), leftW = (width - colGap) * 0.42;
    QRectF left(m, y, leftW, f.bottom - y), right(m + leftW + colGap, y, width - leftW - colGap, f.bottom - y);
    double hy = left.top() + drawHeading(p, left.topLeft(), dpi, AtlasText::holdersTitle(), 9);
    std::vector<geo::CooperativeShare> holders = z.holders;
    std::stable_sort(holders.begin(), holders.end(),
                     [](const auto& a, const auto& b) { return a.grossHa > b.grossHa; });
    std::vector<QStringList> holderRows;
    for (const auto& h : holders) {
        QString who = h.cooperative < 0 || doc.cooperatives < 0
                          ? AtlasText::noCooperative()
                          : doc.text(doc.cooperatives, h.cooperative, doc.coopNameField);
        holderRows.push_back({who, count(h.codes), hectares(h.grossHa)});
    }
    QFontMetricsF body(printFont(8, dpi));
    if (holderRows.empty()) {
        p.save();
        p.setFont(printFont(8, dpi));
        p.drawText(QPointF(left.left(), hy + body.ascent()), AtlasText::none());
        p.restore();
    } else {
        drawTable(p, QRectF(left.left(), hy, left.width(), left.bottom() - hy), dpi,
                  {{AtlasText::cooperative(), 3}, {AtlasText::codes(), 0.8, Qt::AlignRight},
                   {AtlasText::grossHa(), 1.3, Qt::AlignRight}},
                  holderRows);
    }
    double fy = right.top() + drawHeading(p, right.topLeft(), dpi, AtlasText::findingsTitle(), 9);
    // Each finding as a short paragraph: what and where in bold, then its details wrapped.
    const std::vector<const geo::Finding*> findings = findingsInZone(doc, z.zone);
    QFont normal = printFont(8, dpi), bold = printFont(8, dpi, true);
    QFontMetricsF bfm(bold);
    p.save();
    p.setPen(Qt::black);
    if (findings.empty()) {
        p.setFont(normal);
        p.drawText(QPointF(right.left(), fy + body.ascent()), AtlasText::none());
    }
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const geo::Finding& finding = *findings[i];
        QString head = QualityModel::severityLabel(finding.severity) + QStringLiteral(" · ") +
                       QualityModel::kindLabel(finding.kind);
        if (!finding.code.empty()) head += QStringLiteral(" · ") + toQString(finding.code);
        QString details = QualityModel::details(finding);
        QRectF detailsRect = body.boundingRect(QRectF(0, 0, right.width(), 1e6), Qt::TextWordWrap, details);
        const double need = bfm.height() + detailsRect.height() + mmToPx(1.5, dpi);
        if (fy + need + body.height() > right.bottom() && i + 1 < findings.size()) {
            p.setFont(normal);
            p.drawText(QPointF(right.left(), fy + body.ascent()),
                       AtlasText::more(static_cast<int>(findings.size() - i)));
            break;
        }
        p.setFont(bold);
        p.drawText(QPointF(right.left(), fy + bfm.ascent()), bfm.elidedText(head, Qt::ElideRight, right.width()));
        fy += bfm.height();
        p.setFont(normal);
        p.drawText(QRectF(right.left(), fy, right.width(), detailsRect.height()), Qt::TextWordWrap, details);
        fy += detailsRect.height() + mmToPx(1.5, dpi);
    }
    p.restore();
}

}  // namespace

int atlasPageCount(const Document& doc) {
    return 1 + (doc.statistics ? static_cast<int>(doc.statistics->zones.size()) : 0);
}

std::vector<const geo::Finding*> findingsInZone(const Document& doc, int zoneFeature) {
    std::vector<const geo::Finding*> out;
    if (!doc.quality || !doc.links) return out;
    const geo::Links& links = *doc.links;
    auto idOf = [&](int layer) { return layer >= 0 ? doc.layers[static_cast<std::size_t>(layer)].id : std::string(); };
    auto at = [](const auto& v, int i, auto none) { return i >= 0 && static_cast<std::size_t>(i) < v.size() ? v[static_cast<std::size_t>(i)] : none; };
    auto coopInZone = [&](int coop) { return coop >= 0 && at(links.cooperativeZone, coop, -1) == zoneFeature; };
    for (const geo::Finding& f : doc.quality->findings) {
        if (f.feature < 0 || f.layerId.empty()) continue;
        bool inside = false;
        if (f.layerId == idOf(doc.zones)) {
            inside = f.feature == zoneFeature;
        } else if (f.layerId == idOf(doc.plantings)) {
            const auto shares = at(links.plantingZones, f.feature, std::span<const geo::ZoneShare>{});
            inside = std::any_of(shares.begin(), shares.end(), [&](const auto& s) { return s.zone == zoneFeature; }) ||
                     at(links.plantingPointZone, f.feature, -1) == zoneFeature;
        } else if (f.layerId == idOf(doc.cooperatives)) {
            inside = coopInZone(f.feature);
        } else if (f.layerId == idOf(doc.investments)) {
            inside = coopInZone(at(links.investmentCooperative, f.feature, -1));
        }
        if (inside) out.push_back(&f);
    }
    return out;
}

void drawAtlasPage(QPainter& p, double dpi, const Document& doc, const RenderSettings& settings,
                   const AtlasOptions& options, int page) {
    if (!doc.statistics || doc.zones < 0) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    if (page == 0) drawCover(p, dpi, doc, settings, options);
    else drawZonePage(p, dpi, doc, settings, options, page);
    p.restore();
}

bool writeAtlasPdf(const Document& doc, const RenderSettings& settings, const AtlasOptions& options,
                   const QString& path, const std::function<bool(int, int)>& progress, QString* error,
                   bool* cancelled) {
    if (cancelled) *cancelled = false;
    if (!doc.statistics || doc.zones < 0) {
        if (error)
            *error = doc.statisticsError.isEmpty() ? QStringLiteral("the project has no zones layer to make pages of")
                                                   : doc.statisticsError;
        return false;
    }
    if (!mayReplaceFile(path, error)) return false;
    const int pages = atlasPageCount(doc);
    PdfPages pdfPages{pageSize(options.paper), options.orientation, options.dpi,
                      options.title.isEmpty() ? toQString(doc.workspace.project.name) : options.title};
    return writePdfAtomically(
        path, pdfPages,
        [&](QPainter& p, QPdfWriter& pdf) {
            for (int page = 0; page < pages; ++page) {
                if (progress && !progress(page, pages)) {
                    if (cancelled) *cancelled = true;
                    return false;
                }
                if (page > 0 && !pdf.newPage()) {
                    if (error) *error = QStringLiteral("%1: cannot start page %2").arg(path).arg(page + 1);
                    return false;
                }
                drawAtlasPage(p, options.dpi, doc, settings, options, page);
            }
            if (progress && !progress(pages, pages)) {  // the last page drawn: a cancel now still writes nothing
                if (cancelled) *cancelled = true;
                return false;
            }
            return true;
        },
        error);
}

}  // namespace vt::gui
