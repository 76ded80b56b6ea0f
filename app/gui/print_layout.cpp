#include "print_layout.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <algorithm>
#include <cmath>
#include <optional>

#include "geo/error.h"
#include "export_file.h"
#include "map_decorations.h"
#include "map_style.h"
#include "raster_painter.h"

namespace vt::gui {

namespace {

// The texts of a printed page (tr() context "PrintText").
class PrintText {
    Q_DECLARE_TR_FUNCTIONS(PrintText)
public:
    static QString scale(const QString& ratio) { return tr("Scale %1").arg(ratio); }
    static QString preparedBy(const QString& who) { return tr("Prepared by: %1").arg(who); }
    static QString crs(const QString& label) { return tr("Coordinate system: %1").arg(label); }
    static QString basemap(const QString& attribution) { return tr("Background: %1").arg(attribution); }
    static QString overview() { return tr("Overview"); }
    static QString east() { return tr("E", "longitude east"); }
    static QString north() { return tr("N", "latitude north"); }
};

constexpr double kMarginMm = 10;
constexpr double kHeaderMm = 17;
constexpr double kFooterMm = 11;
constexpr double kGridBandMm = 5;   // room for grid labels left of and below the map

QString groupThousands(qint64 n) {
    // "50 000": printed maps group by spaces whatever the language.
    QString digits = QString::number(std::llabs(n));
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(i, QLatin1Char(' '));
    return n < 0 ? QStringLiteral("-") + digits : digits;
}

// Where a polyline (device px) first crosses y = level, within [xmin, xmax].
std::optional<double> crossingAtY(const QPolygonF& line, double level, double xmin, double xmax) {
    for (int i = 0; i + 1 < line.size(); ++i) {
        QPointF a = line[i], b = line[i + 1];
        if ((a.y() - level) * (b.y() - level) > 0 || a.y() == b.y()) continue;
        double x = a.x() + (level - a.y()) / (b.y() - a.y()) * (b.x() - a.x());
        if (x >= xmin && x <= xmax) return x;
    }
    return std::nullopt;
}
std::optional<double> crossingAtX(const QPolygonF& line, double level, double ymin, double ymax) {
    QPolygonF swapped;
    for (const QPointF& p : line) swapped << QPointF(p.y(), p.x());
    return crossingAtY(swapped, level, ymin, ymax);
}

QString degreesText(double value, const QString& hemisphere) {
    // 105°45′ E; whole minutes are all a 1′ grid needs.
    long totalMinutes = std::lround(std::fabs(value) * 60);
    QString text = QString::number(totalMinutes / 60) + QChar(0x00B0);
    if (totalMinutes % 60 != 0) text += QString::number(totalMinutes % 60) + QChar(0x2032);
    return text + QLatin1Char(' ') + hemisphere;
}

}  // namespace

void PrintLayout::save(QSettings& s, const QString& group) const {
    s.beginGroup(group);
    s.setValue(QStringLiteral("title"), title);
    s.setValue(QStringLiteral("subtitle"), subtitle);
    s.setValue(QStringLiteral("author"), author);
    s.setValue(QStringLiteral("paper"), paper == Paper::A3 ? QStringLiteral("A3") : QStringLiteral("A4"));
    s.setValue(QStringLiteral("orientation"),
               orientation == QPageLayout::Portrait ? QStringLiteral("portrait") : QStringLiteral("landscape"));
    s.setValue(QStringLiteral("fixed_scale"), fixedScale);
    s.setValue(QStringLiteral("grid"), grid == MapGrid::None        ? QStringLiteral("none")
                                       : grid == MapGrid::LonLat ? QStringLiteral("lonlat")
                                                                 : QStringLiteral("crs"));
    s.setValue(QStringLiteral("overview"), overview);
    s.setValue(QStringLiteral("legend"), legend);
    s.setValue(QStringLiteral("north_arrow"), northArrow);
    s.setValue(QStringLiteral("scale_bar"), scaleBar);
    s.setValue(QStringLiteral("source"), source);
    s.endGroup();
}

PrintLayout PrintLayout::load(const QSettings& s, const QString& group) {
    PrintLayout l;
    auto key = [&](const char* name) { return group + QLatin1Char('/') + QLatin1String(name); };
    l.title = s.value(key("title")).toString();
    l.subtitle = s.value(key("subtitle")).toString();
    l.author = s.value(key("author")).toString();
    l.paper = s.value(key("paper")).toString() == QStringLiteral("A3") ? Paper::A3 : Paper::A4;
    l.orientation = s.value(key("orientation")).toString() == QStringLiteral("portrait") ? QPageLayout::Portrait
                                                                                        : QPageLayout::Landscape;
    bool ok = false;
    double scale = s.value(key("fixed_scale")).toDouble(&ok);
    l.fixedScale = ok && std::isfinite(scale) && scale >= 100 ? scale : 0;  // nonsense means "fit"
    QString grid = s.value(key("grid"), QStringLiteral("crs")).toString();
    l.grid = grid == QStringLiteral("none") ? MapGrid::None : grid == QStringLiteral("lonlat") ? MapGrid::LonLat
                                                                                             : MapGrid::ProjectCrs;
    l.overview = s.value(key("overview"), true).toBool();
    l.legend = s.value(key("legend"), true).toBool();
    l.northArrow = s.value(key("north_arrow"), true).toBool();
    l.scaleBar = s.value(key("scale_bar"), true).toBool();
    l.source = s.value(key("source")).toString();
    return l;
}

QPageSize pageSize(Paper paper) { return QPageSize(paper == Paper::A3 ? QPageSize::A3 : QPageSize::A4); }

QSizeF pageSizeMm(const PrintLayout& layout) {
    QSizeF s = pageSize(layout.paper).size(QPageSize::Millimeter);  // portrait
    return layout.orientation == QPageLayout::Landscape ? s.transposed() : s;
}

LayoutGeometry layoutGeometry(const PrintLayout& layout) {
    LayoutGeometry g;
    g.page = pageSizeMm(layout);
    const double m = kMarginMm, band = layout.grid == MapGrid::None ? 0 : kGridBandMm;
    g.header = QRectF(m, m, g.page.width() - 2 * m, kHeaderMm);
    g.footer = QRectF(m, g.page.height() - m - kFooterMm, g.page.width() - 2 * m, kFooterMm);
    const double top = g.header.bottom() + 2, bottom = g.footer.top() - 2;
    if (layout.orientation == QPageLayout::Landscape) {
        // The panel on the right, a quarter of the width.
        double panelW = std::round(g.page.width() * 0.24);
        g.panel = QRectF(g.page.width() - m - panelW, top, panelW, bottom - top);
        g.map = QRectF(m + band, top, g.panel.left() - 5 - (m + band), bottom - band - top);
        if (layout.overview) g.overview = QRectF(g.panel.left(), g.panel.top(), panelW, panelW * 0.72);
    } else {
        // The panel below the map, a quarter of the height.
        double panelH = std::round(g.page.height() * 0.22);
        g.panel = QRectF(m, bottom - panelH, g.page.width() - 2 * m, panelH);
        g.map = QRectF(m + band, top, g.page.width() - m - (m + band), g.panel.top() - 4 - band - top);
        if (layout.overview) g.overview = QRectF(g.panel.left(), g.panel.top(), panelH * 1.3, panelH);
    }
    return g;
}

double printScale(const PrintLayout& layout, const geo::Envelope& extent, QSizeF frameMm) {
    if (layout.fixedScale > 0) return layout.fixedScale;
    if (extent.isNull() || frameMm.isEmpty()) return 1;
    // Metres on the ground per metre of paper, then up to two significant digits.
    double needed = std::max(extent.width() / (frameMm.width() / 1000), extent.height() / (frameMm.height() / 1000));
    needed = std::max(needed, 1.0);
    double unit = std::pow(10.0, std::floor(std::log10(needed)) - 1);
    return std::ceil(needed / unit - 1e-9) * unit;
}

QString scaleRatioText(double denominator) {
    return QStringLiteral("1:") + groupThousands(static_cast<qint64>(std::llround(denominator)));
}

ScaleBarGeometry scaleBarGeometry(double denominator, double maxLengthMm) {
    ScaleBarGeometry g;
    if (!(denominator > 0) || !(maxLengthMm > 0)) return g;
    double maxMetres = maxLengthMm / 1000 * denominator;
    double base = std::pow(10.0, std::floor(std::log10(maxMetres)));
    g.metres = base;
    for (double f : {5.0, 2.0, 1.0})
        if (f * base <= maxMetres * (1 + 1e-12)) {
            g.metres = f * base;
            break;
        }
    g.lengthMm = g.metres * 1000 / denominator;
    return g;
}

MapView printView(const geo::Envelope& extent, QRectF frameMm, double denominator, double dpi) {
    MapView v;
    v.size = QSize(static_cast<int>(std::lround(mmToPx(frameMm.width(), dpi))),
                   static_cast<int>(std::lround(mmToPx(frameMm.height(), dpi))));
    v.centre = {(extent.minX + extent.maxX) / 2, (extent.minY + extent.maxY) / 2};
    v.resolution = denominator * 0.0254 / dpi;
    return v;
}

double gridInterval(double span, int wantedLines) {
    if (!(span > 0)) return 1;
    // The 1-2-5 step nearest (by ratio) to span / wantedLines.
    double raw = span / std::max(1, wantedLines);
    double base = std::pow(10.0, std::floor(std::log10(raw)));
    double best = base;
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (std::fabs(std::log(f * base / raw)) < std::fabs(std::log(best / raw))) best = f * base;
    return best;
}

QRectF mmToPx(const QRectF& mm, double dpi) {
    return QRectF(mmToPx(mm.left(), dpi), mmToPx(mm.top(), dpi), mmToPx(mm.width(), dpi), mmToPx(mm.height(), dpi));
}

QFont printFont(double points, double dpi, bool bold) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(points / 72.0 * dpi))));
    f.setBold(bold);
    return f;
}

QString pageDate(const QString& given) {
    return given.isEmpty() ? QLocale().toString(QDate::currentDate(), QLocale::ShortFormat) : given;
}

void drawMapFrame(QPainter& p, const QRectF& frame, double dpi, const Document& doc, const MapView& view,
                  const RenderSettings& settings) {
    p.save();
    p.setClipRect(frame);
    p.translate(frame.topLeft());
    RenderSettings s = settings;
    s.symbolScale = dpi / 96.0;
    s.background = style::mapBackground();
    s.attribution = false;  // in the footer
    drawMap(p, doc, view, s, nullptr);
    p.restore();
    p.save();
    p.setPen(QPen(QColor(0x33, 0x33, 0x33), mmToPx(0.3, dpi)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    p.restore();
}

void drawMapGrid(QPainter& p, const QRectF& frame, double dpi, const Document& doc, const MapView& view,
                 MapGrid grid) {
    if (grid == MapGrid::None) return;
    // Each grid line as a polyline in device px (lon/lat lines bend a little in TM-3).
    struct Line {
        QPolygonF points;
        QString label;
        bool vertical;  // eastings and meridians: labelled below the frame
    };
    std::vector<Line> lines;
    auto toDevice = [&](geo::XY map) { return frame.topLeft() + view.toScreen(map); };
    const geo::Envelope env = view.envelope();
    QLocale locale;
    if (grid == MapGrid::ProjectCrs || !doc.mapCrsIsMetres) {
        const bool degrees = !doc.mapCrsIsMetres;
        double step = gridInterval(std::max(env.width(), env.height()), 5);
        auto text = [&](double v, bool isX) {
            if (degrees) return degreesText(v, isX ? PrintText::east() : PrintText::north());
            return groupThousands(static_cast<qint64>(std::llround(v)));
        };
        for (double x = std::ceil(env.minX / step) * step; x <= env.maxX; x += step)
            lines.push_back({QPolygonF({toDevice({x, env.minY}), toDevice({x, env.maxY})}), text(x, true), true});
        for (double y = std::ceil(env.minY / step) * step; y <= env.maxY; y += step)
            lines.push_back({QPolygonF({toDevice({env.minX, y}), toDevice({env.maxX, y})}), text(y, false), false});
    } else {
        MapProjection projection(doc);
        // The view's lon/lat bounds from points along its edges.
        double lonMin = 1e9, lonMax = -1e9, latMin = 1e9, latMax = -1e9;
        for (int i = 0; i <= 10; ++i) {
            double t = i / 10.0;
            for (geo::XY m : {geo::XY{env.minX + t * env.width(), env.minY}, geo::XY{env.minX + t * env.width(), env.maxY},
                              geo::XY{env.minX, env.minY + t * env.height()}, geo::XY{env.maxX, env.minY + t * env.height()}}) {
                geo::XY ll = projection.toLonLat(m);
                lonMin = std::min(lonMin, ll.x), lonMax = std::max(lonMax, ll.x);
                latMin = std::min(latMin, ll.y), latMax = std::max(latMax, ll.y);
            }
        }
        // Round steps in minutes: 1′, 2′, 5′, 10′, 15′, 30′, 1°, 2°, 5°.
        double span = std::max(lonMax - lonMin, latMax - latMin), step = 5;
        for (double minutes : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0})
            if (span / (minutes / 60) <= 7) {
                step = minutes / 60;
                break;
            }
        const int samples = 24;
        for (double lon = std::ceil(lonMin / step) * step; lon <= lonMax; lon += step) {
            QPolygonF line;
            for (int i = 0; i <= samples; ++i)
                line << toDevice(projection.toMap({lon, latMin + (latMax - latMin) * i / samples}));
            lines.push_back({line, degreesText(lon, PrintText::east()), true});
        }
        for (double lat = std::ceil(latMin / step) * step; lat <= latMax; lat += step) {
            QPolygonF line;
            for (int i = 0; i <= samples; ++i)
                line << toDevice(projection.toMap({lonMin + (lonMax - lonMin) * i / samples, lat}));
            lines.push_back({line, degreesText(lat, PrintText::north()), false});
        }
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.save();
    p.setClipRect(frame);
    p.setPen(QPen(QColor(0x30, 0x30, 0x30, 110), mmToPx(0.15, dpi)));
    for (const Line& l : lines) p.drawPolyline(l.points);
    p.restore();
    QFont font = printFont(6.5, dpi);
    QFontMetricsF fm(font);
    p.setFont(font);
    p.setPen(QColor(0x22, 0x22, 0x22));
    const double tick = mmToPx(1.2, dpi);
    for (const Line& l : lines) {
        if (l.vertical) {
            auto x = crossingAtY(l.points, frame.bottom(), frame.left(), frame.right());
            if (!x) continue;
            p.drawLine(QPointF(*x, frame.bottom()), QPointF(*x, frame.bottom() + tick));
            double w = fm.horizontalAdvance(l.label);
            double left = std::clamp(*x - w / 2, frame.left() - mmToPx(kGridBandMm, dpi), frame.right() - w);
            p.drawText(QPointF(left, frame.bottom() + tick + fm.ascent()), l.label);
        } else {
            auto y = crossingAtX(l.points, frame.left(), frame.top(), frame.bottom());
            if (!y) continue;
            p.drawLine(QPointF(frame.left() - tick, *y), QPointF(frame.left(), *y));
            // Read from below, as map margins write northings.
            double w = fm.horizontalAdvance(l.label);
            p.save();
            p.translate(frame.left() - tick - fm.descent() - mmToPx(0.3, dpi), std::clamp(*y + w / 2, frame.top() + w, frame.bottom()));
            p.rotate(-90);
            p.drawText(QPointF(0, 0), l.label);
            p.restore();
        }
    }
    p.restore();
}

void drawOverviewInset(QPainter& p, const QRectF& frame, double dpi, const Document& doc,
                       const RenderSettings& settings, const geo::Envelope& shown) {
    const double k = dpi / 96.0;
    MapView view = MapView::fit(doc.fullExtent, frame.size().toSize(), 4 * k);
    // Only what locates the place: zones and the province boundary, no labels.
    RenderSettings s;
    for (const LayerState& state : settings.layers) {
        int li = doc.layerIndex(state.id);
        if (li >= 0 && (li == doc.zones || li == doc.boundary)) {
            LayerState only = state;
            only.visible = true;
            only.style = nullptr;
            s.layers.push_back(only);
        }
    }
    s.labels = false;
    s.symbolScale = k * 0.6;
    s.background = QColor(0xf4, 0xf6, 0xf8);
    s.attribution = false;
    p.save();
    p.setClipRect(frame);
    p.translate(frame.topLeft());
    drawMap(p, doc, view, s, nullptr);
    QRectF r(view.toScreen({shown.minX, shown.maxY}), view.toScreen({shown.maxX, shown.minY}));
    // A rectangle too small to see is shown as a cross on the place.
    if (r.width() < 4 * k && r.height() < 4 * k) r = QRectF(r.center() - QPointF(4 * k, 4 * k), QSizeF(8 * k, 8 * k));
    p.setPen(QPen(QColor(0xd7, 0x19, 0x1c), mmToPx(0.45, dpi)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
    p.restore();
    p.save();
    p.setPen(QPen(QColor(0x33, 0x33, 0x33), mmToPx(0.25, dpi)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    QFont font = printFont(6.5, dpi);
    p.setFont(font);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(frame.adjusted(mmToPx(1, dpi), mmToPx(0.5, dpi), 0, 0), Qt::AlignLeft | Qt::AlignTop,
               PrintText::overview());
    p.restore();
}

double drawScaleBlock(QPainter& p, QPointF topLeft, double dpi, double denominator, double maxLengthMm) {
    QLocale locale;
    QFont bold = printFont(9, dpi, true), small = printFont(7, dpi);
    QFontMetricsF bfm(bold), sfm(small);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(bold);
    p.setPen(Qt::black);
    double y = topLeft.y() + bfm.ascent();
    p.drawText(QPointF(topLeft.x(), y), PrintText::scale(scaleRatioText(denominator)));
    y += bfm.descent() + sfm.height() + mmToPx(1, dpi);
    ScaleBarGeometry bar = scaleBarGeometry(denominator, maxLengthMm);
    if (bar.metres > 0) {
        double x0 = topLeft.x() + sfm.horizontalAdvance(QStringLiteral("0")) / 2;
        double length = mmToPx(bar.lengthMm, dpi), h = mmToPx(1.6, dpi);
        QString label = bar.metres >= 1000 ? locale.toString(bar.metres / 1000, 'g', 6) + QStringLiteral(" km")
                                           : locale.toString(bar.metres, 'g', 6) + QStringLiteral(" m");
        p.setFont(small);
        p.drawText(QPointF(x0 - sfm.horizontalAdvance(QStringLiteral("0")) / 2, y - mmToPx(0.8, dpi)),
                   QStringLiteral("0"));
        p.drawText(QPointF(x0 + length - sfm.horizontalAdvance(label) / 2, y - mmToPx(0.8, dpi)), label);
        // Four alternating quarters, the classic look that reads at a glance.
        p.setPen(QPen(Qt::black, mmToPx(0.2, dpi)));
        for (int i = 0; i < 4; ++i) {
            p.setBrush(i % 2 == 0 ? Qt::black : Qt::white);
            p.drawRect(QRectF(x0 + length * i / 4, y, length / 4, h));
        }
        y += h;
    }
    p.restore();
    return y - topLeft.y();
}

void drawFooter(QPainter& p, const QRectF& rect, double dpi, const Document& doc, const RenderSettings& settings,
                const QString& source) {
    QFont font = printFont(7, dpi);
    QFontMetricsF fm(font);
    QStringList lines;
    QString first = source.isEmpty() ? MapText::source() : source;
    if (!doc.mapCrsLabel.isEmpty()) first += QStringLiteral("  ·  ") + PrintText::crs(doc.mapCrsLabel);
    lines << first;
    QStringList attributions = basemapAttributions(doc, settings);
    if (!attributions.isEmpty()) lines << PrintText::basemap(attributions.join(QStringLiteral(" | ")));
    p.save();
    p.setFont(font);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), mmToPx(0.2, dpi)));
    p.drawLine(rect.topLeft(), rect.topRight());
    p.setPen(QColor(0x33, 0x33, 0x33));
    double y = rect.top() + mmToPx(1, dpi) + fm.ascent();
    for (const QString& line : lines) {
        p.drawText(QPointF(rect.left(), y), fm.elidedText(line, Qt::ElideRight, rect.width()));
        y += fm.height();
    }
    p.restore();
}

void drawPrintPage(QPainter& p, double dpi, const Document& doc, const geo::Envelope& extent,
                   const RenderSettings& settings, const PrintLayout& layout) {
    const LayoutGeometry g = layoutGeometry(layout);
    const double k = dpi / 96.0;
    p.save();
    p.fillRect(QRectF(QPointF(0, 0), QSizeF(mmToPx(g.page.width(), dpi), mmToPx(g.page.height(), dpi))), Qt::white);

    // Header: title and subtitle left, author and date right.
    const QRectF header = mmToPx(g.header, dpi);
    QString title = layout.title.isEmpty() ? toQString(doc.workspace.project.name) : layout.title;
    QFont titleFont = printFont(layout.paper == Paper::A3 ? 20 : 16, dpi, true), subFont = printFont(10, dpi),
          smallFont = printFont(8, dpi);
    QFontMetricsF tfm(titleFont), sfm(subFont), smfm(smallFont);
    QStringList right;
    if (!layout.author.trimmed().isEmpty()) right << PrintText::preparedBy(layout.author.trimmed());
    right << pageDate(layout.date);
    double rightWidth = 0;
    for (const QString& r : right) rightWidth = std::max(rightWidth, smfm.horizontalAdvance(r));
    const double titleWidth = header.width() - rightWidth - mmToPx(5, dpi);
    p.setPen(Qt::black);
    p.setFont(titleFont);
    p.drawText(QPointF(header.left(), header.top() + tfm.ascent()), tfm.elidedText(title, Qt::ElideRight, titleWidth));
    if (!layout.subtitle.isEmpty()) {
        p.setFont(subFont);
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QPointF(header.left(), header.top() + tfm.height() + sfm.ascent()),
                   sfm.elidedText(layout.subtitle, Qt::ElideRight, titleWidth));
    }
    p.setFont(smallFont);
    p.setPen(QColor(0x33, 0x33, 0x33));
    double ry = header.top() + smfm.ascent();
    for (const QString& r : right) {
        p.drawText(QPointF(header.right() - smfm.horizontalAdvance(r), ry), r);
        ry += smfm.height();
    }

    // The map at its printed scale (degree maps, which have none, fitted).
    const QRectF frame = mmToPx(g.map, dpi);
    double denominator = 0;
    MapView view;
    if (doc.mapCrsIsMetres) {
        denominator = printScale(layout, extent, g.map.size());
        view = printView(extent, g.map, denominator, dpi);
    } else {
        view = MapView::fit(extent, frame.size().toSize(), 0);
    }
    drawMapFrame(p, frame, dpi, doc, view, settings);
    drawMapGrid(p, frame, dpi, doc, view, layout.grid);
    if (layout.northArrow) {
        double h = mmToPx(12, dpi);
        QPointF c(frame.left() + mmToPx(9, dpi), frame.top() + mmToPx(12, dpi));
        p.save();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 200));
        p.drawEllipse(c + QPointF(0, -mmToPx(1.5, dpi)), h * 0.62, h * 0.62);
        p.restore();
        drawNorthArrow(p, c, h, k);
    }

    // The panel: overview, then scale, then the legend in the room left.
    const QRectF panel = mmToPx(g.panel, dpi);
    double y = panel.top();
    double x = panel.left();
    if (layout.overview && !g.overview.isEmpty()) {
        QRectF inset = mmToPx(g.overview, dpi);
        drawOverviewInset(p, inset, dpi, doc, settings, view.envelope());
        if (layout.orientation == QPageLayout::Landscape) y = inset.bottom() + mmToPx(4, dpi);
        else x = inset.right() + mmToPx(5, dpi);
    }
    if (layout.scaleBar && denominator > 0) {
        double maxLen = std::min(50.0, (panel.right() - x) / dpi * 25.4 - 4);
        y += drawScaleBlock(p, QPointF(x, y), dpi, denominator, maxLen) + mmToPx(4, dpi);
    }
    if (layout.legend) {
        QRectF room(x, y, panel.right() - x, panel.bottom() - y);
        QLocale locale;
        RenderSettings s = settings;
        QSizeF size = legendSize(doc, s, k, locale);
        if (!size.isEmpty() && room.height() > 0 && room.width() > 0) {
            // Shrunk to fit the room; never enlarged beyond the screen's proportions.
            double fit = std::min({1.0, room.width() / size.width(), room.height() / size.height()});
            drawLegend(p, room.topLeft(), doc, s, k * fit, locale);
        }
    }

    drawFooter(p, mmToPx(g.footer, dpi), dpi, doc, settings, layout.source);
    p.restore();
}

bool writeLayoutPdf(const Document& doc, const geo::Envelope& extent, const RenderSettings& settings,
                    const PrintLayout& layout, const QString& path, QString* error) {
    if (!mayReplaceFile(path, error)) return false;
    PdfPages pages{pageSize(layout.paper), layout.orientation, layout.pdfDpi,
                   layout.title.isEmpty() ? toQString(doc.workspace.project.name) : layout.title};
    return writePdfAtomically(
        path, pages,
        [&](QPainter& p, QPdfWriter&) {
            p.setRenderHint(QPainter::Antialiasing);
            drawPrintPage(p, layout.pdfDpi, doc, extent, settings, layout);
            return true;
        },
        error);
}

QImage renderLayoutImage(const Document& doc, const geo::Envelope& extent, const RenderSettings& settings,
                         const PrintLayout& layout, double dpi) {
    QSizeF mm = pageSizeMm(layout);
    QImage image(QSize(static_cast<int>(std::lround(mmToPx(mm.width(), dpi))),
                       static_cast<int>(std::lround(mmToPx(mm.height(), dpi)))),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return image;
    image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    drawPrintPage(p, dpi, doc, extent, settings, layout);
    p.end();
    return image;
}

bool writeLayoutPng(const Document& doc, const geo::Envelope& extent, const RenderSettings& settings,
                    const PrintLayout& layout, const QString& path, QString* error) {
    if (!mayReplaceFile(path, error)) return false;
    QImage image = renderLayoutImage(doc, extent, settings, layout, layout.pngDpi);
    if (image.isNull()) {
        if (error) *error = QStringLiteral("%1: the page at %2 dpi is too large for memory").arg(path).arg(layout.pngDpi);
        return false;
    }
    return writeImageAtomically(path, image, error);
}

}  // namespace vt::gui
