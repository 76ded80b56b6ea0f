#include "export_file.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "document.h"
#include "geo/error.h"
#include "geo/source_guard.h"

namespace vt::gui {

bool mayReplaceFile(const QString& path, QString* error) {
    try {
        geo::refuseToOverwriteSources(toStd(path));
        return true;
    } catch (const geo::Error& e) {
        if (error) *error = toQString(e.what());
        return false;
    }
}

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        if (error) *error = path + QStringLiteral(": ") + file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error) *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

bool writeImageAtomically(const QString& path, const QImage& image, QString* error) {
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    QImageWriter writer(&bytes, "png");
    if (!writer.write(image)) {
        if (error) *error = path + QStringLiteral(": ") + writer.errorString();
        return false;
    }
    return writeFileAtomically(path, bytes.data(), error);
}

bool writePdfAtomically(const QString& path, const PdfPages& pages,
                        const std::function<bool(QPainter& painter, QPdfWriter& pdf)>& draw, QString* error) {
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&bytes);
        pdf.setPageSize(pages.size);
        pdf.setPageOrientation(pages.orientation);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(pages.dpi);
        pdf.setTitle(pages.title);
        pdf.setCreator(QStringLiteral("VungTrong"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            if (error) *error = QStringLiteral("%1: cannot start the PDF").arg(path);
            return false;
        }
        if (!draw(painter, pdf)) {
            painter.end();
            return false;
        }
        if (!painter.end()) {
            if (error) *error = QStringLiteral("%1: cannot finish the PDF").arg(path);
            return false;
        }
    }
    return writeFileAtomically(path, bytes.data(), error);
}

}  // namespace vt::gui
