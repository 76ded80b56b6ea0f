#include "headless.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include "geo/error.h"
#include "map_export.h"
#include "statistics_model.h"

namespace vt::gui {

int runHeadless(const QString& projectPath, const QString& outDir, QTextStream& out, QTextStream& err) {
    std::shared_ptr<Document> doc;
    try {
        doc = loadDocument(toStd(projectPath));
    } catch (const geo::Error& e) {
        err << "vungtrong: " << toQString(e.what()) << "\n";
        return 1;
    }
    for (const auto& issue : doc->workspace.issues)
        err << "vungtrong: " << (issue.severity == geo::LoadIssue::Severity::Error ? "error" : "warning") << ": "
            << toQString(issue.layerId) << ": " << toQString(issue.message) << "\n";
    if (!doc->statisticsError.isEmpty()) err << "vungtrong: statistics: " << doc->statisticsError << "\n";

    QDir dir(outDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        err << "vungtrong: cannot create " << outDir << "\n";
        return 1;
    }
    QString mapPath = dir.absoluteFilePath(QStringLiteral("map.png"));
    QString csvPath = dir.absoluteFilePath(QStringLiteral("statistics.csv"));
    QString error;
    if (!exportPng(*doc, doc->fullExtent, defaultRenderSettings(*doc), mapPath, ExportOptions{}, &error)) {
        err << "vungtrong: " << mapPath << ": " << error << "\n";
        return 1;
    }
    QSaveFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly) || csv.write(StatisticsModel::toCsv(*doc).toUtf8()) < 0 || !csv.commit()) {
        err << "vungtrong: " << csvPath << ": " << csv.errorString() << "\n";
        return 1;
    }
    out << "map: " << mapPath << "\n";
    out << "statistics: " << csvPath;
    if (!doc->statistics) out << " (header only: no statistics)";
    out << "\n";
    return doc->statistics ? 0 : 1;
}

}  // namespace vt::gui
