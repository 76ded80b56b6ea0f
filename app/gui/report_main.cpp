// vungtrong-report: the program behind `vungtrong-cli report`. The atlas is
// drawn by the map application's page code (Qt), and linking Qt into
// vungtrong-cli doubled the start-up of every other command (0.11 → 0.22 s
// for --version), so the command line runs this instead, beside itself in
// the build tree or in libexec/ once installed. Its arguments are the
// command line's, already checked: PROJECT OUT.pdf BY LANG PAPER ("" = default).
#include <exception>
#include <iostream>
#include <string>

#include "geo/error.h"
#include "geo/workspace.h"
#include "headless.h"
#include "progress.h"
#include "report_command.h"

int main(int argc, char** argv) {
    if (argc != 6) {
        std::cerr << "vungtrong-report: run by `vungtrong-cli report` (see its --help)\n";
        return 2;
    }
    vt::gui::ReportRequest request;
    request.projectPath = argv[1];
    request.outPath = argv[2];
    request.zonesLayer = argv[3];
    request.language = argv[4];
    request.paper = argv[5];
    vt::gui::ensurePrivateRuntimeDir();
    // Messages read as the command line's own: this program is its report command.
    const char* prefix = "vungtrong-cli report: ";
    try {
        vt::gui::ReportResult result;
        {
            cli::TerminalProgress progress;
            result = vt::gui::writeReport(request, progress.step("report", 0, 1));
        }
        for (const auto& warning : result.warnings) std::cout << "WARNING: " << warning << "\n";
        std::cout << "wrote " << result.pages << " page(s) (" << result.language << ") to " << result.path << "\n";
        return std::cout.flush() ? 0 : 1;
    } catch (const geo::Cancelled&) {
        std::cerr << prefix << "cancelled; no output was written\n";
        return 130;
    } catch (const geo::Error& e) {
        std::cerr << prefix << e.what() << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << prefix << "unexpected error: " << e.what() << "\n";
        return 1;
    }
}
