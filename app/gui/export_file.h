#pragma once
// How every map export (map_export.h, print_layout.h, atlas.h) reaches the
// disk: never over a source of the open project (geo/source_guard.h), and
// atomically: the page is made in memory, then QSaveFile replaces the old
// file only once the new one is complete, so a failed export leaves it as it was.
#include <QByteArray>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <functional>

class QImage;
class QPainter;
class QPdfWriter;

namespace vt::gui {

// False, with the reason in *error, when path names a source of the open project.
bool mayReplaceFile(const QString& path, QString* error);
// Writes bytes to path through QSaveFile; errors name the file.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);
// Encodes image as PNG in memory, then writes it as writeFileAtomically does.
bool writeImageAtomically(const QString& path, const QImage& image, QString* error);
// The pages of a PDF: their size and orientation (no margins), resolution and title.
struct PdfPages {
    QPageSize size;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    int dpi = 300;
    QString title;
};
// Makes the PDF in memory, draw painting its pages (pdf.newPage() before
// each next one), then writes it as writeFileAtomically does. draw returns
// false to stop (having set *error, or on a cancel): nothing is written.
bool writePdfAtomically(const QString& path, const PdfPages& pages,
                        const std::function<bool(QPainter& painter, QPdfWriter& pdf)>& draw, QString* error);

}  // namespace vt::gui
