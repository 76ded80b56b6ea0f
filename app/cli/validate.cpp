// vungtrong-cli validate: the data-quality report. Exit status 3 when a
// finding reaches the --fail-on severity, so scripts can gate on it.
// --format csv has geo::qualityTable's columns (those of the --out file), in
// geo/csv.h's dialect: --excel [--decimal ,|.] for Excel's. --out FILE.xlsx
// labels its header row in --lang (default: the system's language).
#include <nlohmann/json.hpp>

#include <ostream>

#include "command_line.h"
#include "progress.h"
#include "format.h"
#include "geo/export.h"
#include "geo/project.h"
#include "geo/quality.h"
#include "input.h"
#include "table_options.h"

namespace cli {
namespace {

int runValidate(const Arguments& args, std::ostream& out) {
    std::string format = args.get("--format", "table");
    if (format != "table" && format != "csv" && format != "json")
        throw UsageError("--format must be table, csv or json");
    // The findings as a file to send on: CSV or XLSX by the extension.
    const std::string outPath = args.get("--out");
    const bool xlsx = outPath.size() >= 5 && outPath.compare(outPath.size() - 5, 5, ".xlsx") == 0;
    const bool csv = outPath.empty() ? format == "csv" : !xlsx;
    const geo::CsvDialect dialect = csvDialectArgument(args, csv, "CSV (--format csv, or --out FILE.csv)");
    if (args.has("--lang") && !xlsx) throw UsageError("--lang is for --out FILE.xlsx");
    const std::string language = languageArgument(args);
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
        if (!outPath.empty()) {
            geo::ExportOptions options;
            options.format = xlsx ? geo::ExportFormat::Xlsx : geo::ExportFormat::Csv;
            options.outputPath = outPath;
            options.csvDialect = dialect;
            options.language = language;
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
        // The --out file's table, with hectares to 6 decimals (1 m² = 0.0001 ha).
        const char sep = dialect.separator;
        const geo::Layer table = geo::qualityTable(report);
        std::string text = dialect.bom ? "\xEF\xBB\xBF" : "";
        for (std::size_t i = 0; i < table.fields.size(); ++i) text += (i ? std::string(1, sep) : "") + table.fields[i].name;
        text += "\n";
        for (const auto& row : table.features) {
            for (std::size_t i = 0; i < row.attributes.size(); ++i) {
                if (i) text += sep;
                // Unknown feature, fid and hectares are empty, as in the --out file.
                const geo::Value& v = row.attributes[i];
                if (const auto* n = std::get_if<std::int64_t>(&v)) text += std::to_string(*n);
                else if (const auto* d = std::get_if<double>(&v)) text += geo::csvNumber(fixed(*d, 6), dialect);
                else if (const auto* s = std::get_if<std::string>(&v)) text += geo::csvCell(*s, sep);
            }
            text += "\n";
        }
        out << text;
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
             languageOption(),
             csvDialectOptions()[0],
             csvDialectOptions()[1],
             csvDialectOptions()[2],
             {"--fail-on", "info|warning|error|never", "exit with status 3 when a finding is this severe (default error)"},
             allowNetworkOption(),
             areaModeOption()},
            1,
            1,
            runValidate};
}

}  // namespace cli
