#pragma once
// File ▸ Export…: the map as a PNG, the print layout and the atlas
// (print_controller.h), the statistics and the data-quality findings as
// CSV or XLSX, and a layer through geo::exportLayer in the background. Each
// tells the status bar what it wrote, or the window's errors what failed.
#include <QList>
#include <QObject>
#include <string>

#include "geo/export.h"

class QAction;

namespace vt::gui {

class MainWindow;

class ExportController : public QObject {
    Q_OBJECT
public:
    explicit ExportController(MainWindow* window);
    // The File menu's export entries, in their order.
    QList<QAction*> actions() const;
    void retranslate();

    bool exportMap(const QString& path);  // .png or .pdf by suffix
    // A layer through geo::exportLayer, in the background with progress; the
    // notes of the export go to the messages dock.
    bool exportLayer(const std::string& layerId, const geo::ExportOptions& options);
    // The statistics through geo/'s export: .xlsx = a workbook of the zone,
    // cooperative and planting-area tables; anything else = the zone table as CSV.
    bool exportStatistics(const QString& path);
    // The data-quality findings through geo/'s export: .xlsx, else CSV.
    bool exportFindings(const QString& path);

public slots:
    void chooseAndExportFindings();

private:
    void chooseAndExport(const QString& suffix);
    void chooseAndExportStatistics();
    void chooseAndExportLayer();

    MainWindow* window_;
    QAction *pngAct_, *layoutAct_, *atlasAct_, *statisticsAct_, *layerAct_;
};

}  // namespace vt::gui
