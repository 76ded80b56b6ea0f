// vungtrong-cli report: the atlas as a PDF (a cover with the province's
// totals, then a page per zone), drawn by the map application's page code
// (app/gui/atlas.h) on an offscreen display, so no display is needed.
#ifdef VT_HAVE_REPORT  // set when the map application is built (app/gui/CMakeLists.txt)
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <ostream>
#include <system_error>
#include <vector>

#include "command_line.h"
#include "geo/error.h"

namespace cli {
namespace {

bool endsWithPdf(const std::string& path) {
    if (path.size() < 4) return false;
    std::string tail = path.substr(path.size() - 4);
    for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return tail == ".pdf";
}

// vungtrong-report (app/gui/report_main.cpp) draws the pages: beside this
// program in the build tree, in ../libexec once installed. It keeps Qt out of
// vungtrong-cli, whose every other command would load it at start.
std::filesystem::path reportProgram() {
    std::error_code ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) throw geo::Error("cannot find the report program: /proc/self/exe: " + ec.message());
    for (const auto& candidate : {self.parent_path() / "vungtrong-report",
                                  self.parent_path().parent_path() / "libexec" / "vungtrong-report"})
        if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    throw geo::Error("the report program vungtrong-report is not installed beside " + self.string() +
                     " (nor in ../libexec)");
}

// Runs it with stdout and stderr shared; its exit status is the command's.
// Ctrl-C reaches it (same process group) and it stops cleanly, so this
// process waits for it instead of dying first.
int runReportProgram(const std::vector<std::string>& arguments) {
    const std::string program = reportProgram().string();
    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (const auto& a : arguments) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    const pid_t child = ::fork();
    if (child < 0) throw geo::Error(std::string("cannot start ") + program + ": " + std::strerror(errno));
    if (child == 0) {
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    struct sigaction ignore {}, previous {};
    ignore.sa_handler = SIG_IGN;
    // Without it a Ctrl-C would end this process first; the child still stops and the wait below still holds.
    const bool ignoring = ::sigaction(SIGINT, &ignore, &previous) == 0;
    int status = 0;
    pid_t waited;
    do waited = ::waitpid(child, &status, 0);
    while (waited < 0 && errno == EINTR);
    if (ignoring && ::sigaction(SIGINT, &previous, nullptr) != 0)
        throw geo::Error(std::string("cannot restore the Ctrl-C handler: ") + std::strerror(errno));
    if (waited < 0) throw geo::Error(std::string("waiting for ") + program + ": " + std::strerror(errno));
    if (WIFEXITED(status)) {
        if (WEXITSTATUS(status) == 127) throw geo::Error("cannot run " + program);
        return WEXITSTATUS(status);
    }
    throw geo::Error(program + " stopped by signal " + std::to_string(WTERMSIG(status)));
}

int runReport(const Arguments& args, std::ostream& out) {
    const std::string project = args.positional[0];
    const std::string outPath = args.get("--out");
    if (outPath.empty()) throw UsageError("--out FILE.pdf is required");
    if (!endsWithPdf(outPath)) throw UsageError("--out must name a .pdf file");
    const std::string language = args.get("--lang");
    if (!language.empty() && language != "vi" && language != "en") throw UsageError("--lang must be vi or en");
    const std::string paper = args.get("--paper", "A4");
    if (paper != "A4" && paper != "A3") throw UsageError("--paper must be A4 or A3");
    out.flush();
    return runReportProgram({project, outPath, args.get("--by"), language, paper});
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
