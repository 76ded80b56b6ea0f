#pragma once
// `vungtrong-cli report`: the atlas (atlas.h) of a project as a PDF, made
// without a display. The command line links no Qt: it runs vungtrong-report
// (report_main.cpp), which calls this; the function starts an offscreen
// QGuiApplication when none runs.
#include <string>

#include "geo/workspace.h"

namespace vt::gui {

struct ReportRequest {
    std::string projectPath;
    std::string outPath;     // .pdf
    std::string zonesLayer;  // "" = the project's zones layer
    std::string language;    // "vi" or "en"; "" = the system's (Vietnamese on a Vietnamese system)
    std::string paper;       // "A4" or "A3"
};

struct ReportResult {
    std::string path;
    int pages = 0;
    std::string language;
    std::vector<std::string> warnings;  // layers that did not load, statistics problems
};

// REQUIRES: language and paper are "", or as documented above (the caller checks usage).
// progress covers the whole command; returning false cancels (throws geo::Cancelled).
// Throws geo::Error when the project cannot be read, has no statistics to
// report, or the file cannot be written (message names the file).
ReportResult writeReport(const ReportRequest& request, const geo::ProgressFn& progress = {});

}  // namespace vt::gui
