#include "print_controller.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

#include "app_settings.h"
#include "atlas.h"
#include "main_window.h"
#include "map_canvas.h"
#include "print_dialog.h"

namespace vt::gui {

PrintController::PrintController(MainWindow* window) : QObject(window), window_(window) {
    atlasAct_ = new QAction(this);
    atlasAct_->setObjectName(QStringLiteral("exportAtlasAction"));
    connect(atlasAct_, &QAction::triggered, this, &PrintController::exportAtlas);
    window_->installEventFilter(this);
    retranslate();
}

bool PrintController::eventFilter(QObject* watched, QEvent* event) {
    if (watched == window_ && event->type() == QEvent::LanguageChange) retranslate();
    return QObject::eventFilter(watched, event);
}

void PrintController::retranslate() { atlasAct_->setText(tr("Export &atlas (a page per zone, PDF)…")); }

void PrintController::exportMap() {
    DocumentPtr doc = window_->document();
    if (!doc) return;
    MapCanvas* canvas = window_->canvas();
    PrintDialog dialog(doc, canvas->view().envelope(), canvas->renderSettings(), window_);
    QSettings settings = appSettings();
    dialog.setLayout(PrintLayout::load(settings, PrintDialog::settingsGroup()));
    if (dialog.exec() != QDialog::Accepted) return;
    const PrintLayout layout = dialog.layout();
    layout.save(settings, PrintDialog::settingsGroup());
    QString path = QFileDialog::getSaveFileName(window_, tr("Export map"), QStringLiteral("map.pdf"),
                                                tr("PDF documents (*.pdf);;PNG images (*.png)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".pdf");
    const bool png = QFileInfo(path).suffix().compare(QStringLiteral("png"), Qt::CaseInsensitive) == 0;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool ok = png ? writeLayoutPng(*doc, canvas->view().envelope(), canvas->renderSettings(), layout, path, &error)
                  : writeLayoutPdf(*doc, canvas->view().envelope(), canvas->renderSettings(), layout, path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) QMessageBox::warning(window_, tr("Cannot export the map"), error);
    else window_->statusBar()->showMessage(tr("Map exported to %1").arg(path), 5000);
}

void PrintController::exportAtlas() {
    DocumentPtr doc = window_->document();
    if (!doc) return;
    if (!doc->statistics || doc->zones < 0) {
        QMessageBox::warning(window_, tr("Cannot export the atlas"),
                             doc->statisticsError.isEmpty() ? tr("The project has no zones to make pages of.")
                                                            : doc->statisticsError);
        return;
    }
    QString path = QFileDialog::getSaveFileName(window_, tr("Export atlas"), QStringLiteral("atlas.pdf"),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".pdf");
    AtlasOptions options;
    QSettings settings = appSettings();
    options.paper = PrintLayout::load(settings, PrintDialog::settingsGroup()).paper;  // the paper last chosen
    const int pages = atlasPageCount(*doc);
    QProgressDialog progress(tr("Making the atlas: %n page(s)…", nullptr, pages), tr("Cancel"), 0, pages, window_);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QString error;
    bool cancelled = false;
    auto step = [&](int done, int) {
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    // The pages drawn from the layers as the map shows them.
    bool ok = writeAtlasPdf(*doc, window_->canvas()->renderSettings(), options, path, step, &error, &cancelled);
    progress.reset();
    if (cancelled) window_->statusBar()->showMessage(tr("Export cancelled; any earlier file is unchanged."), 6000);
    else if (!ok) QMessageBox::warning(window_, tr("Cannot export the atlas"), error);
    else window_->statusBar()->showMessage(tr("Atlas of %n page(s) exported to %1", nullptr, pages).arg(path), 6000);
}

}  // namespace vt::gui
