// How map exports reach the disk (app/gui/export_file.h): a PDF is made in
// memory and replaces the old file through QSaveFile only when complete, as
// the PNG does; a stopped or failed export leaves the old file byte for byte
// and no temporary file beside it.
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include "app_test_support.h"
#include "export_file.h"

using namespace vt::gui;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

PdfPages a4() { return {QPageSize(QPageSize::A4), QPageLayout::Landscape, 72, QStringLiteral("test")}; }

// A folder holding an older map.pdf to replace.
class ExportFile : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly)) << path.toStdString();
        ASSERT_EQ(old.write("old map"), 7);
    }
    // Every file of the folder, hidden ones (QSaveFile's temporary) included.
    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden); }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.pdf"));
    QString error;
};

}  // namespace

TEST_F(ExportFile, APdfReplacesTheOldFileWholeAndLeavesNoTemporaryFile) {
    const bool ok = writePdfAtomically(path, a4(), [](QPainter& p, QPdfWriter& pdf) {
        p.fillRect(QRect(0, 0, pdf.width() / 2, pdf.height() / 2), Qt::darkGreen);
        return pdf.newPage();  // two pages
    }, &error);
    ASSERT_TRUE(ok) << error.toStdString();
    const QByteArray pdf = readAll(path);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));  // complete: the trailer is there
    EXPECT_EQ(files(), QStringList{QStringLiteral("map.pdf")});
}

TEST_F(ExportFile, AStoppedPdfLeavesTheOldFileAsItWas) {
    // draw stops half-way (a cancel, or a page that could not be drawn).
    EXPECT_FALSE(writePdfAtomically(path, a4(), [](QPainter& p, QPdfWriter& pdf) {
        p.fillRect(QRect(0, 0, pdf.width(), pdf.height()), Qt::red);
        return false;
    }, &error));
    EXPECT_EQ(readAll(path), QByteArray("old map"));
    EXPECT_EQ(files(), QStringList{QStringLiteral("map.pdf")});
}

TEST_F(ExportFile, APdfIntoAMissingFolderFailsNamingTheFile) {
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/map.pdf"));
    EXPECT_FALSE(writePdfAtomically(missing, a4(), [](QPainter&, QPdfWriter&) { return true; }, &error));
    EXPECT_TRUE(error.contains(missing)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(missing));
}
