#include "map_export.h"

#include <QBuffer>
#include <QDate>
#include <QFileInfo>
#include <QImageWriter>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <cmath>

#include "geo/error.h"
#include "geo/source_guard.h"
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

namespace {

// A map export never replaces a source of an open project (geo/source_guard.h).
bool mayReplace(const QString& path, QString* error) {
    try {
        geo::refuseToOverwriteSources(toStd(path));
        return true;
    } catch (const geo::Error& e) {
        if (error) *error = toQString(e.what());
        return false;
    }
}

}  // namespace

bool exportPng(const Document& doc, const geo::Envelope& extent, const RenderSettings& settings, const QString& path,
               const ExportOptions& options, QString* error) {
    if (!mayReplace(path, error)) return false;
    QImage image(options.pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        double k = std::max(1.0, options.pixelSize.width() / 1400.0);
        drawMapPage(p, QRectF(QPointF(0, 0), QSizeF(options.pixelSize)), doc, extent, settings, k, options);
    }
    QSaveFile file(path);  // atomic: a failed export leaves the old file
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = file.errorString();
        return false;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        if (error) *error = writer.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error) *error = file.errorString();
        return false;
    }
    return true;
}

bool exportPdf(const Document& doc, const geo::Envelope& extent, const RenderSettings& settings, const QString& path,
               const ExportOptions& options, QString* error) {
    if (!mayReplace(path, error)) return false;
    // The page is made in memory, then written like the PNG: QSaveFile
    // replaces the old file only once the new one is complete on disk.
    QBuffer pdfBytes;
    pdfBytes.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&pdfBytes);
        pdf.setPageSize(options.pageSize);
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(options.pdfResolution);
        pdf.setTitle(options.title.isEmpty() ? toQString(doc.workspace.project.name) : options.title);
        pdf.setCreator(QStringLiteral("VungTrong"));
        QPainter p;
        if (!p.begin(&pdf)) {
            if (error) *error = QStringLiteral("cannot make the PDF page for %1").arg(path);
            return false;
        }
        double k = options.pdfResolution / 96.0;
        drawMapPage(p, QRectF(0, 0, pdf.width(), pdf.height()), doc, extent, settings, k, options);
        if (!p.end()) {
            if (error) *error = QStringLiteral("cannot finish the PDF page for %1").arg(path);
            return false;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = file.errorString();
        return false;
    }
    if (file.write(pdfBytes.data()) != pdfBytes.data().size()) {
        if (error) *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error) *error = file.errorString();
        return false;
    }
    return true;
}

}  // namespace vt::gui
