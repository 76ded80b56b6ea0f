#pragma once
// Map export (PNG, PDF) and the same page layout for the headless render:
// title, the map, legend, scale bar, north arrow, source and date.
#include <QPageSize>
#include <QString>

#include "document.h"
#include "map_renderer.h"

namespace vt::gui {

struct ExportOptions {
    QString title;            // empty = the project's name
    QString date;             // empty = today, in the current locale's short format
    QSize pixelSize{1800, 1250};                 // PNG
    QPageSize pageSize{QPageSize::A4};           // PDF, landscape
    int pdfResolution = 300;                      // dpi
};

// Draws the whole page into rect (device px); k = device px per 96-dpi px.
void drawMapPage(QPainter& painter, const QRectF& page, const Document& doc, const geo::Envelope& extent,
                 const RenderSettings& settings, double k, const ExportOptions& options);

// extent: the map CRS area to show (fitted, aspect kept). Return false and
// set *error when the file cannot be written.
bool exportPng(const Document& doc, const geo::Envelope& extent, const RenderSettings& settings, const QString& path,
               const ExportOptions& options, QString* error = nullptr);
bool exportPdf(const Document& doc, const geo::Envelope& extent, const RenderSettings& settings, const QString& path,
               const ExportOptions& options, QString* error = nullptr);

}  // namespace vt::gui
