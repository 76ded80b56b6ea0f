// vungtrong-cli report: the atlas as a PDF (a cover with the province's
// totals, then a page per zone), drawn by the map application's page code
// (app/gui/atlas.h) on an offscreen display, so no display is needed.
#ifdef VT_HAVE_REPORT  // set when the map application is built (app/gui/CMakeLists.txt)
#include <cctype>
#include <ostream>

#include "command_line.h"
#include "progress.h"
#include "report_command.h"

namespace cli {
namespace {

bool endsWithPdf(const std::string& path) {
    if (path.size() < 4) return false;
    std::string tail = path.substr(path.size() - 4);
    for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return tail == ".pdf";
}

int runReport(const Arguments& args, std::ostream& out) {
    vt::gui::ReportRequest request;
    request.projectPath = args.positional[0];
    request.outPath = args.get("--out");
    if (request.outPath.empty()) throw UsageError("--out FILE.pdf is required");
    if (!endsWithPdf(request.outPath)) throw UsageError("--out must name a .pdf file");
    request.zonesLayer = args.get("--by");
    request.language = args.get("--lang");
    if (!request.language.empty() && request.language != "vi" && request.language != "en")
        throw UsageError("--lang must be vi or en");
    request.paper = args.get("--paper", "A4");
    if (request.paper != "A4" && request.paper != "A3") throw UsageError("--paper must be A4 or A3");

    vt::gui::ReportResult result;
    {
        TerminalProgress progress;
        result = vt::gui::writeReport(request, progress.step("report", 0, 1));
    }
    for (const auto& warning : result.warnings) out << "WARNING: " << warning << "\n";
    out << "wrote " << result.pages << " page(s) (" << result.language << ") to " << result.path << "\n";
    return Success;
}

}  // namespace

CommandSpec reportCommand() {
    return {"report",
            "PROJECT",
            "the atlas as a PDF: a cover with the province's totals and a page per zone (its map, statistics, "
            "cooperatives and data-quality findings); needs no display",
            {{"--out", "FILE.pdf", "the PDF to write (replaced atomically)"},
             {"--by", "LAYER", "layer serving as zones, a page each (default: the project's zones layer)"},
             {"--lang", "vi|en", "language of every text on the pages (default: the system's)"},
             {"--paper", "A4|A3", "paper size, portrait (default A4)"}},
            1,
            1,
            runReport};
}

}  // namespace cli
#endif  // VT_HAVE_REPORT
