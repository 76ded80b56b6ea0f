// vungtrong-cli validate: the data-quality report. Exit status 3 when a
// finding reaches the --fail-on severity, so scripts can gate on it.
#include <nlohmann/json.hpp>

#include <ostream>

#include "command_line.h"
#include "progress.h"
#include "format.h"
#include "geo/export.h"
#include "geo/project.h"
#include "geo/quality.h"
#include "input.h"

namespace cli {
namespace {

int runValidate(const Arguments& args, std::ostream& out) {
    std::string format = args.get("--format", "table");
    if (format != "table" && format != "csv" && format != "json")
        throw UsageError("--format must be table, csv or json");
    std::string failOn = args.get("--fail-on", "error");
    std::optional<geo::Severity> threshold;
    if (failOn != "never") {
        threshold = geo::parseSeverity(failOn);
        if (!threshold) throw UsageError("--fail-on must be info, warning, error or never");
    }

    geo::Project project = loadProjectArgument(args.positional[0], args);
    geo::QualityReport report;
    std::string wrote;
    {
        TerminalProgress progress;
        geo::Workspace ws = geo::loadWorkspace(project, progress.step("reading", 0, 0.4));
        geo::Links links = geo::linkWorkspace(ws, args.get("--by"), progress.step("linking", 0.4, 0.7));
        geo::Statistics stats = geo::computeStatistics(ws, links, progress.step("statistics", 0.7, 0.95));
        progress.begin("checking", 0.95);
        report = geo::checkQuality(ws, links, stats, geo::severityOverrides(project));
        if (args.has("--out")) {
            // The findings as a file to send on: CSV or XLSX by the extension.
            geo::ExportOptions options;
            std::string path = args.get("--out");
            bool xlsx = path.size() >= 5 && path.compare(path.size() - 5, 5, ".xlsx") == 0;
            options.format = xlsx ? geo::ExportFormat::Xlsx : geo::ExportFormat::Csv;
            options.outputPath = path;
            geo::ExportReport written = geo::exportQuality(ws, report, options);
            wrote = "wrote " + std::to_string(written.featuresWritten) + " finding(s) to " + written.path + "\n";
        }
    }
    if (!wrote.empty()) {
        out << wrote;
        return threshold && report.hasAtLeast(*threshold) ? Findings : Success;
    }

    if (format == "json") {
        nlohmann::json j = nlohmann::json::array();
        for (const auto& f : report.findings) {
            nlohmann::json o = {{"severity", geo::toString(f.severity)}, {"kind", f.kind}, {"layer", f.layerId},
                                {"feature", f.feature}, {"fid", f.fid}, {"code", f.code}, {"message", f.message}};
            if (f.hectares) o["hectares"] = *f.hectares;
            j.push_back(std::move(o));
        }
        out << nlohmann::json{{"project", project.filePath}, {"findings", j}}.dump(2) << "\n";
    } else if (format == "csv") {
        out << "severity,kind,layer,feature,fid,code,hectares,message\n";
        for (const auto& f : report.findings)
            // Unknown feature and fid are empty, as in the --out file.
            out << geo::toString(f.severity) << "," << f.kind << "," << geo::csvCell(f.layerId) << ","
                << (f.feature >= 0 ? std::to_string(f.feature) : "") << ","
                << (f.fid >= 0 ? std::to_string(f.fid) : "") << "," << geo::csvCell(f.code) << "," << (f.hectares ? fixed(*f.hectares, 6) : "") << ","
                << geo::csvCell(f.message) << "\n";
    } else {
        TextTable table({"severity", "layer", "fid", "code", "finding", "details"}, {false, false, true, false, false, false});
        for (const auto& f : report.findings)
            table.addRow({geo::toString(f.severity), f.layerId, f.fid >= 0 ? std::to_string(f.fid) : "", f.code, f.kind,
                          f.message});
        out << table.render();
        out << report.count(geo::Severity::Error) << " error(s), " << report.count(geo::Severity::Warning)
            << " warning(s), " << report.count(geo::Severity::Info) << " note(s)\n";
    }
    return threshold && report.hasAtLeast(*threshold) ? Findings : Success;
}

}  // namespace

CommandSpec validateCommand() {
    return {"validate",
            "PROJECT",
            "data-quality report: invalid and empty geometries, duplicate codes, overlaps, features outside every "
            "zone, unlinked records, code pattern, declared vs measured area, CRS and encoding guesses",
            {{"--by", "LAYER", "layer serving as zones (default: the project's zones layer)"},
             {"--format", "table|csv|json", "output format (default table)"},
             {"--out", "FILE", "write the findings to FILE instead (.csv, or .xlsx for a workbook)"},
             {"--fail-on", "info|warning|error|never", "exit with status 3 when a finding is this severe (default error)"},
             allowNetworkOption(),
             areaModeOption()},
            1,
            1,
            runValidate};
}

}  // namespace cli
