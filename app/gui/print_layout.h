#pragma once
// A print layout: the settings of one printed map page (what is on it and
// where), the geometry they give on paper, and the page drawn with QPainter
// to PDF or PNG. No dialog logic here (print_dialog.h edits the settings).
//
// Units: the page is laid out in millimetres; drawing converts to device px
// at the device's dpi. Every text on the page is in the interface language
// (tr()), so a page never mixes Vietnamese and English.
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QSettings>
#include <QString>

#include "document.h"
#include "map_renderer.h"
#include "map_view.h"

namespace vt::gui {

enum class Paper { A4, A3 };
enum class MapGrid { None, ProjectCrs, LonLat };  // ProjectCrs: metres of the map CRS (VN-2000 TM-3)

struct PrintLayout {
    QString title;      // empty = the project's name
    QString subtitle;
    QString author;
    QString date;       // empty = today, in the page language's short format
    Paper paper = Paper::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    double fixedScale = 0;  // the 1:N denominator to print at; 0 = fit the extent (rounded up to 2 digits)
    MapGrid grid = MapGrid::ProjectCrs;
    bool overview = true;   // the province, with the map's extent as a rectangle
    bool legend = true;
    bool northArrow = true;
    bool scaleBar = true;
    QString source;         // empty = the project's source line (MapText::source())
    int pdfDpi = 300;
    int pngDpi = 150;

    // QSettings keys under group (the export dialog remembers the last layout).
    void save(QSettings& settings, const QString& group) const;
    static PrintLayout load(const QSettings& settings, const QString& group);
};

QPageSize pageSize(Paper paper);
// The paper in mm, turned for the orientation.
QSizeF pageSizeMm(const PrintLayout& layout);

// Where things go on the page, in mm from its top-left corner.
struct LayoutGeometry {
    QSizeF page;
    QRectF header;     // title, subtitle, author and date
    QRectF map;        // the map frame (grid labels outside it)
    QRectF panel;      // overview, legend, scale and north arrow
    QRectF overview;   // inside panel; empty when off
    QRectF footer;     // source, attribution, CRS
};
LayoutGeometry layoutGeometry(const PrintLayout& layout);

// 1:N that shows extent in a frame of frameMm: the layout's fixed scale, or
// the smallest round scale (two significant digits) at which it fits.
// REQUIRES: the map CRS is in metres (degree maps have no scale).
double printScale(const PrintLayout& layout, const geo::Envelope& extent, QSizeF frameMm);
// 50000 → "1:50 000" (a space between thousands, as printed maps write it).
QString scaleRatioText(double denominator);

// A 1-2-5 scale bar no longer than maxLengthMm at 1:denominator.
struct ScaleBarGeometry {
    double metres = 0;    // what the bar stands for on the ground
    double lengthMm = 0;  // its length on paper = metres × 1000 / denominator
};
ScaleBarGeometry scaleBarGeometry(double denominator, double maxLengthMm);

// The view of the map frame at dpi: centred on extent, at 1:denominator
// (resolution = denominator × 0.0254 / dpi map units per px).
MapView printView(const geo::Envelope& extent, QRectF frameMm, double denominator, double dpi);

// Lines of a coordinate grid: the round interval (1-2-5) nearest to span / wantedLines.
double gridInterval(double span, int wantedLines = 5);

// Draws the page into a device of dpi dots per inch whose (0,0) is the page's
// top-left. extent: the map CRS area to show; settings: the layers as on screen.
void drawPrintPage(QPainter& painter, double dpi, const Document& doc, const geo::Envelope& extent,
                   const RenderSettings& settings, const PrintLayout& layout);

// Files: never replacing an open project's source; atomic (QSaveFile), so a
// failed export leaves an older file as it was. False with *error set on failure.
bool writeLayoutPdf(const Document& doc, const geo::Envelope& extent, const RenderSettings& settings,
                    const PrintLayout& layout, const QString& path, QString* error);
bool writeLayoutPng(const Document& doc, const geo::Envelope& extent, const RenderSettings& settings,
                    const PrintLayout& layout, const QString& path, QString* error);
// The page as an image at dpi (the dialog's preview; the PNG).
QImage renderLayoutImage(const Document& doc, const geo::Envelope& extent, const RenderSettings& settings,
                         const PrintLayout& layout, double dpi);

}  // namespace vt::gui

namespace vt::gui {

// Pieces of a printed page, shared by the layout and the atlas (atlas.h).
// px = mm × dpi / 25.4; k = dpi / 96 scales the map's symbols.
inline double mmToPx(double mm, double dpi) { return mm * dpi / 25.4; }
QRectF mmToPx(const QRectF& mm, double dpi);
QFont printFont(double points, double dpi, bool bold = false);
// The map of view inside frame (device px), clipped, without attribution,
// and the frame's outline.
void drawMapFrame(QPainter& painter, const QRectF& frame, double dpi, const Document& doc, const MapView& view,
                  const RenderSettings& settings);
// The grid's lines inside frame and their labels outside its left and bottom edges.
void drawMapGrid(QPainter& painter, const QRectF& frame, double dpi, const Document& doc, const MapView& view,
                 MapGrid grid);
// The province (zones and boundary) fitted in frame, with shown as a red rectangle.
void drawOverviewInset(QPainter& painter, const QRectF& frame, double dpi, const Document& doc,
                       const RenderSettings& settings, const geo::Envelope& shown);
// "Scale 1:N" above a scale bar no longer than maxLengthMm; returns the height used in px.
double drawScaleBlock(QPainter& painter, QPointF topLeft, double dpi, double denominator, double maxLengthMm);
// The source, coordinate system and basemap attribution lines, left-aligned in rect.
void drawFooter(QPainter& painter, const QRectF& rect, double dpi, const Document& doc, const RenderSettings& settings,
                const QString& source);
// The page's date: given, or today in the interface language's short format.
QString pageDate(const QString& given);

}  // namespace vt::gui
