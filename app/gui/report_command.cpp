#include "report_command.h"

#include <QGuiApplication>
#include <memory>

#include "atlas.h"
#include "geo/error.h"
#include "language.h"
#include "map_project.h"

namespace vt::gui {

namespace {

// One offscreen application for the process, made on first use: painting
// text needs a QGuiApplication, and a report must run where no display is.
void ensureOffscreenApplication() {
    if (QCoreApplication::instance()) return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "vungtrong-cli";
    static char* argv[] = {name, nullptr};
    static std::unique_ptr<QGuiApplication> app = std::make_unique<QGuiApplication>(argc, argv);
}

}  // namespace

ReportResult writeReport(const ReportRequest& request, const geo::ProgressFn& progress) {
    ensureOffscreenApplication();
    // Every text on the pages in one language: the chosen one's translator
    // alone (English needs none: the source texts are English).
    static Language language;
    const QString code = request.language.empty() ? Language::systemDefault() : toQString(request.language);
    if (!language.setLanguage(code)) throw geo::Error("no translations for the language '" + toStd(code) + "'");

    BuildOptions options;
    options.zonesLayerId = request.zonesLayer;
    auto loading = [&](double fraction, const std::string& stage) {
        return !progress || progress(fraction * 0.6, stage);
    };
    std::shared_ptr<Document> doc = loadDocument(request.projectPath, loading, options);
    ReportResult result;
    for (const auto& issue : doc->workspace.issues) {
        // A page of figures without one of its layers would be a wrong page: refused, naming the layer.
        if (issue.severity == geo::LoadIssue::Severity::Error)
            throw geo::Error(request.projectPath + ": layer '" + issue.layerId + "' did not load (" + issue.message +
                             "); the report would leave it out");
        result.warnings.push_back(issue.layerId + ": " + issue.message);
    }
    if (!doc->statistics)
        throw geo::Error(request.projectPath + ": no statistics to report: " + toStd(doc->statisticsError));

    AtlasOptions atlas;
    atlas.paper = request.paper == "A3" ? Paper::A3 : Paper::A4;
    QStringList styleProblems;  // the map as the project styles it, as the headless render draws it
    const RenderSettings settings = mapFromProject(*doc, defaultRenderSettings(*doc), &styleProblems);
    for (const QString& problem : styleProblems) result.warnings.push_back("style: " + toStd(problem));
    QString error;
    bool cancelled = false;
    auto pages = [&](int done, int total) {
        return !progress || progress(0.6 + 0.4 * done / std::max(1, total), "pages");
    };
    if (!writeAtlasPdf(*doc, settings, atlas, toQString(request.outPath), pages, &error, &cancelled)) {
        if (cancelled) throw geo::Cancelled();
        throw geo::IoError(toStd(error));
    }
    result.path = request.outPath;
    result.pages = atlasPageCount(*doc);
    result.language = toStd(code);
    return result;
}

}  // namespace vt::gui
