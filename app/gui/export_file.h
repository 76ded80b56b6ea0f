#pragma once
// How every map export (map_export.h, print_layout.h, atlas.h) reaches the
// disk: never over a source of the open project (geo/source_guard.h), and
// atomically: the page is made in memory, then QSaveFile replaces the old
// file only once the new one is complete, so a failed export leaves it as it was.
#include <QByteArray>
#include <QPageLayout>
#include <QString>

class QImage;
class QPageSize;
class QPdfWriter;

namespace vt::gui {

// False, with the reason in *error, when path names a source of the open project.
bool mayReplaceFile(const QString& path, QString* error);
// Writes bytes to path through QSaveFile; errors name the file.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);
// Encodes image as PNG in memory, then writes it as writeFileAtomically does.
bool writeImageAtomically(const QString& path, const QImage& image, QString* error);
// A PDF page of the given size and orientation, without margins, at dpi, titled and made by VungTrong.
void setUpPdfPage(QPdfWriter& pdf, const QPageSize& size, QPageLayout::Orientation orientation, int dpi,
                  const QString& title);

}  // namespace vt::gui
