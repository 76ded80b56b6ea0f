#include "export_controller.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

#include "background_task.h"
#include "export_layer_dialog.h"
#include "layers_dock.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_export.h"
#include "print_controller.h"

namespace vt::gui {

ExportController::ExportController(MainWindow* window) : QObject(window), window_(window) {
    auto* print = new PrintController(window);  // the print layout and the atlas
    pngAct_ = new QAction(this);
    connect(pngAct_, &QAction::triggered, this, [this] { chooseAndExport(QStringLiteral("png")); });
    layoutAct_ = new QAction(this);
    layoutAct_->setShortcut(QKeySequence::Print);
    connect(layoutAct_, &QAction::triggered, print, &PrintController::exportMap);
    atlasAct_ = print->atlasAction();
    statisticsAct_ = new QAction(this);
    connect(statisticsAct_, &QAction::triggered, this, &ExportController::chooseAndExportStatistics);
    layerAct_ = new QAction(this);
    connect(layerAct_, &QAction::triggered, this, &ExportController::chooseAndExportLayer);
}

QList<QAction*> ExportController::actions() const { return {pngAct_, layoutAct_, atlasAct_, statisticsAct_, layerAct_}; }

void ExportController::retranslate() {
    pngAct_->setText(tr("Export map as &PNG…"));
    layoutAct_->setText(tr("E&xport map (print layout, PDF or PNG)…"));
    statisticsAct_->setText(tr("Export &statistics (CSV, XLSX)…"));
    layerAct_->setText(tr("Export &layer (GeoJSON, GeoPackage, Shapefile, CSV, XLSX, PostGIS)…"));
}

bool ExportController::exportMap(const QString& path) {
    const DocumentPtr doc = window_->document();
    if (!doc) return false;
    ExportOptions options;
    options.title = toQString(doc->workspace.project.name);
    QString error;
    geo::Envelope extent = window_->canvas()->view().envelope();
    bool ok = QFileInfo(path).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0
                  ? exportPdf(*doc, extent, window_->canvas()->renderSettings(), path, options, &error)
                  : exportPng(*doc, extent, window_->canvas()->renderSettings(), path, options, &error);
    if (!ok) window_->showError(tr("Cannot export the map"), error);
    else window_->statusBar()->showMessage(tr("Map exported to %1").arg(path), 5000);
    return ok;
}

void ExportController::chooseAndExport(const QString& suffix) {
    const DocumentPtr doc = window_->document();
    if (!doc) return;
    QString filter = suffix == QStringLiteral("pdf") ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(window_, tr("Export map"), QStringLiteral("map.") + suffix, filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".") + suffix;
    exportMap(path);
}

void ExportController::chooseAndExportStatistics() {
    const DocumentPtr doc = window_->document();
    if (!doc) return;
    QString path = QFileDialog::getSaveFileName(window_, tr("Export statistics"), QStringLiteral("statistics.xlsx"),
                                                tr("Excel workbook (*.xlsx);;CSV table of the zones (*.csv)"));
    if (!path.isEmpty()) exportStatistics(path);
}

namespace {
// Tables go to an Excel workbook when the name asks for one, else to CSV.
bool isXlsx(const QString& path) {
    return QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0;
}

// A workbook's header row is in the interface's language (geo/column_labels.h).
std::string headerLanguage(const Language* language) {
    return language && language->current() == QStringLiteral("vi") ? "vi" : "en";
}
}  // namespace

bool ExportController::exportStatistics(const QString& path) {
    const DocumentPtr doc = window_->document();
    if (!doc || !doc->statistics) {
        window_->showError(tr("Cannot export statistics"), doc ? doc->statisticsError : tr("No project is open."));
        return false;
    }
    try {
        std::string file = toStd(path);
        if (isXlsx(path)) {
            geo::exportStatisticsWorkbook(doc->workspace, *doc->statistics, file, headerLanguage(window_->language()));
        } else {
            geo::ExportOptions options;
            options.format = geo::ExportFormat::Csv;
            options.outputPath = file;
            geo::exportStatistics(doc->workspace, *doc->statistics, geo::StatisticsTable::Zones, options);
        }
        window_->statusBar()->showMessage(tr("Wrote %1").arg(path), 4000);
        return true;
    } catch (const std::exception& e) {
        window_->showError(tr("Cannot export statistics"), toQString(e.what()));
        return false;
    }
}

bool ExportController::exportFindings(const QString& path) {
    const DocumentPtr doc = window_->document();
    if (!doc || !doc->quality) {
        window_->showError(tr("Cannot export findings"), doc ? doc->statisticsError : tr("No project is open."));
        return false;
    }
    try {
        geo::ExportOptions options;
        options.format = isXlsx(path) ? geo::ExportFormat::Xlsx : geo::ExportFormat::Csv;
        options.outputPath = toStd(path);
        options.language = headerLanguage(window_->language());
        geo::exportQuality(doc->workspace, *doc->quality, options);
        window_->statusBar()->showMessage(tr("Wrote %1").arg(path), 4000);
        return true;
    } catch (const std::exception& e) {
        window_->showError(tr("Cannot export findings"), toQString(e.what()));
        return false;
    }
}

void ExportController::chooseAndExportLayer() {
    const DocumentPtr doc = window_->document();
    if (!doc) return;
    ExportLayerDialog dialog(*doc, *window_->selection(), window_->layersPanel()->currentLayerId(), window_);
    if (dialog.exec() == QDialog::Accepted) exportLayer(dialog.layerId(), dialog.options());
}

bool ExportController::exportLayer(const std::string& layerId, const geo::ExportOptions& options) {
    const DocumentPtr doc = window_->document();
    if (!doc) return false;
    auto report = std::make_shared<geo::ExportReport>();
    const QString target = options.format == geo::ExportFormat::PostGis ? toQString(options.postgisTable)
                                                                        : QFileInfo(toQString(options.outputPath)).fileName();
    BackgroundResult r = runInBackground(window_, tr("Exporting %1…").arg(target),
                                         [doc, layerId, options, report,
                                          language = headerLanguage(window_->language())](const geo::ProgressFn& p) {
                                             // The document's links and statistics, not computed again.
                                             geo::ExportOptions o = options;
                                             o.language = language;
                                             if (doc->links && doc->statistics)
                                                 o.known = {&*doc->links, &*doc->statistics};
                                             *report = geo::exportLayer(doc->workspace, layerId, o, p);
                                             return std::shared_ptr<Document>();
                                         });
    if (r.cancelled) {
        window_->statusBar()->showMessage(tr("Export cancelled; any earlier file is unchanged."), 6000);
        return false;
    }
    if (!r.error.isEmpty()) {
        window_->showError(tr("Cannot export layer"), r.error);
        return false;
    }
    for (const auto& note : report->notes) window_->appendMessage(toQString(note));
    window_->statusBar()->showMessage(
        tr("Wrote %n feature(s) to %1", nullptr, static_cast<int>(report->featuresWritten)).arg(toQString(report->path)),
        6000);
    return true;
}

void ExportController::chooseAndExportFindings() {
    QString path = QFileDialog::getSaveFileName(window_, tr("Export findings"), QStringLiteral("findings.xlsx"),
                                                tr("Excel workbook (*.xlsx);;CSV table (*.csv)"));
    if (!path.isEmpty()) exportFindings(path);
}

}  // namespace vt::gui
