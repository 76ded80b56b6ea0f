#include "map_export.h"

#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <cmath>

#include "geo/error.h"
#include "export_file.h"
#include "map_decorations.h"
#include "map_style.h"

namespace vt::gui {

void drawMapPage(QPainter& p, const QRectF& page, const Document& doc, const geo::Envelope& extent,
                 const RenderSettings& settings, double k, const ExportOptions& options) {
    QLocale locale;
    p.save();
    p.fillRect(page, Qt::white);
    double margin = 18 * k;
    QString title = options.title.isEmpty() ? toQString(doc.workspace.project.name) : options.title;
    QFont titleFont(QStringLiteral("DejaVu Sans"));
    titleFont.setBold(true);
    titleFont.setPixelSize(static_cast<int>(std::lround(22 * k)));
    QFontMetricsF tfm(titleFont);
    QFont smallFont(QStringLiteral("DejaVu Sans"));
    smallFont.setPixelSize(static_cast<int>(std::lround(10 * k)));
    QFontMetricsF sfm(smallFont);

    QRectF titleRect(page.left() + margin, page.top() + margin, page.width() - 2 * margin, tfm.height() * 1.3);
    QRectF footerRect(page.left() + margin, page.bottom() - margin - sfm.height() * 1.4, page.width() - 2 * margin,
                      sfm.height() * 1.4);
    QRectF mapRect(page.left() + margin, titleRect.bottom() + 6 * k, page.width() - 2 * margin,
                   footerRect.top() - titleRect.bottom() - 12 * k);

    p.setFont(titleFont);
    p.setPen(Qt::black);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);

    // The map, clipped to its frame.
    MapView view = MapView::fit(extent, QSize(static_cast<int>(mapRect.width()), static_cast<int>(mapRect.height())),
                                10 * k);
    p.save();
    p.setClipRect(mapRect);
    p.translate(mapRect.topLeft());
    RenderSettings s = settings;
    s.symbolScale = k;
    s.background = style::mapBackground();
    drawMap(p, doc, view, s, nullptr);
    p.restore();
    p.setPen(QPen(QColor(0x44, 0x44, 0x44), 1 * k));
    p.setBrush(Qt::NoBrush);
    p.drawRect(mapRect);

    // Furniture inside the frame: legend top right, north arrow top left,
    // scale bar bottom left.
    QSizeF ls = legendSize(doc, s, k, locale);
    if (!ls.isEmpty())
        drawLegend(p, QPointF(mapRect.right() - ls.width() - 8 * k, mapRect.top() + 8 * k), doc, s, k, locale);
    drawNorthArrow(p, QPointF(mapRect.left() + 28 * k, mapRect.top() + 40 * k), 34 * k, k);
    if (doc.mapCrsIsMetres)
        drawScaleBar(p, QPointF(mapRect.left() + 16 * k, mapRect.bottom() - 12 * k), view,
                     std::min(260 * k, mapRect.width() / 3), k, locale);

    QString date = options.date.isEmpty() ? locale.toString(QDate::currentDate(), QLocale::ShortFormat) : options.date;
    QString crs = doc.mapCrsLabel.isEmpty() ? QString() : QStringLiteral(" · ") + doc.mapCrsLabel;
    p.setFont(smallFont);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, MapText::source() + crs);
    p.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, date);
    p.restore();
}

bool exportPng(const Document& doc, const geo::Envelope& extent, const RenderSettings& settings, const QString& path,
               const ExportOptions& options, QString* error) {
    if (!mayReplaceFile(path, error)) return false;
    QImage image(options.pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        double k = std::max(1.0, options.pixelSize.width() / 1400.0);
        drawMapPage(p, QRectF(QPointF(0, 0), QSizeF(options.pixelSize)), doc, extent, settings, k, options);
    }
    return writeImageAtomically(path, image, error);
}

bool exportPdf(const Document& doc, const geo::Envelope& extent, const RenderSettings& settings, const QString& path,
               const ExportOptions& options, QString* error) {
    if (!mayReplaceFile(path, error)) return false;
    PdfPages pages{options.pageSize, QPageLayout::Landscape, options.pdfResolution,
                   options.title.isEmpty() ? toQString(doc.workspace.project.name) : options.title};
    return writePdfAtomically(
        path, pages,
        [&](QPainter& p, QPdfWriter& pdf) {
            double k = options.pdfResolution / 96.0;
            drawMapPage(p, QRectF(0, 0, pdf.width(), pdf.height()), doc, extent, settings, k, options);
            return true;
        },
        error);
}

}  // namespace vt::gui
