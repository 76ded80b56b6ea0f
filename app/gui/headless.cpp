#include "headless.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "geo/error.h"
#include "geo/export.h"
#include "map_export.h"
#include "map_project.h"

namespace vt::gui {

namespace {
// The summary a planner reads is in the interface language (LANG=vi_VN.UTF-8: Vietnamese).
class Headless {
    Q_DECLARE_TR_FUNCTIONS(Headless)
};
}  // namespace

int refuseHeadlessWithoutProject(QTextStream& err) {
    err << "vungtrong: "
        << Headless::tr("no display; give a project to render: %1")
               .arg(QStringLiteral("vungtrong PROJECT [--render OUTDIR]"))
        << "\n";
    return 2;
}

int runHeadless(const QString& projectPath, const QString& outDir, QTextStream& out, QTextStream& err) {
    std::shared_ptr<Document> doc;
    try {
        doc = loadDocument(toStd(projectPath));
    } catch (const std::exception& e) {  // geo::Error, and a std::filesystem_error (symlink loop, long name)
        err << "vungtrong: " << toQString(e.what()) << "\n";
        return 1;
    }
    for (const auto& issue : doc->workspace.issues)
        err << "vungtrong: " << (issue.severity == geo::LoadIssue::Severity::Error ? "error" : "warning") << ": "
            << toQString(issue.layerId) << ": " << toQString(issue.message) << "\n";
    if (!doc->statisticsError.isEmpty()) err << "vungtrong: statistics: " << doc->statisticsError << "\n";

    QDir dir(outDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        err << "vungtrong: " << Headless::tr("cannot create %1").arg(outDir) << "\n";
        return 1;
    }
    QString mapPath = dir.absoluteFilePath(QStringLiteral("map.png"));
    QString csvPath = dir.absoluteFilePath(QStringLiteral("statistics.csv"));
    QString error;
    // The map as the project styles it (map_project.h); a style that cannot apply is said, not hidden.
    QStringList styleProblems;
    const RenderSettings settings = mapFromProject(*doc, defaultRenderSettings(*doc), &styleProblems);
    for (const QString& problem : styleProblems) err << "vungtrong: warning: style: " << problem << "\n";
    if (!exportPng(*doc, doc->fullExtent, settings, mapPath, ExportOptions{}, &error)) {
        err << "vungtrong: " << mapPath << ": " << error << "\n";
        return 1;
    }
    if (doc->statistics) {
        try {
            // The same table, columns and numbers as vungtrong-cli export --table zones.
            geo::ExportOptions options;
            options.format = geo::ExportFormat::Csv;
            options.outputPath = toStd(csvPath);
            geo::exportStatistics(doc->workspace, *doc->statistics, geo::StatisticsTable::Zones, options);
        } catch (const std::exception& e) {
            err << "vungtrong: " << csvPath << ": " << e.what() << "\n";
            return 1;
        }
    }
    out << Headless::tr("map: %1").arg(mapPath) << "\n";
    if (doc->statistics) out << Headless::tr("statistics: %1").arg(csvPath) << "\n";
    else out << Headless::tr("statistics: none (%1)").arg(doc->statisticsError) << "\n";
    if (doc->quality) {
        const auto& q = *doc->quality;
        out << Headless::tr("data quality: %1 error(s), %2 warning(s), %3 note(s); `%4` lists them")
                   .arg(q.count(geo::Severity::Error))
                   .arg(q.count(geo::Severity::Warning))
                   .arg(q.count(geo::Severity::Info))
                   .arg(QStringLiteral("vungtrong-cli validate ") + projectPath)
            << "\n";
    }
    return doc->statistics ? 0 : 1;
}

void ensurePrivateRuntimeDir() {
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) return;
    const std::string dir = "/tmp/vungtrong-runtime-" + std::to_string(::getuid());
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST) return;
    struct stat st {};
    // Only a folder that is ours and private: another user could have made it first.
    if (::stat(dir.c_str(), &st) == 0 && st.st_uid == ::getuid() && (st.st_mode & 0777) == 0700)
        qputenv("XDG_RUNTIME_DIR", QByteArray(dir.c_str()));
}

}  // namespace vt::gui
