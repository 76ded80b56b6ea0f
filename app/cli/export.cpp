// vungtrong-cli export: a layer (or the statistics tables) to any format of
// geo's table (geo/export_formats.h: GeoJSON (RFC 7946), GeoJSONSeq,
// GeoPackage, Shapefile, CSV, XLSX), or a layer into a PostGIS table
// (--format postgis --out PG:service=NAME --table schema.name [--overwrite]).
// --format's choices, help and errors are made from that table.
//
// A layer of the project that did not load stops the export (exit 1 with the
// reason): linked attributes and statistics tables read the other layers.
// --allow-missing goes on without it (a layer that did not load cannot
// itself be exported); every output then names what is missing: a "note:"
// line on stdout, and in a statistics table the file itself (a "# WARNING:"
// line before the CSV header, a "warnings" sheet in XLSX).
#include <algorithm>
#include <charconv>
#include <ostream>
#include <sstream>

#include "command_line.h"
#include "progress.h"
#include "format.h"
#include "geo/error.h"
#include "geo/export.h"
#include "geo/link.h"
#include "geo/project.h"
#include "geo/stats.h"
#include "input.h"
#include "table_options.h"

namespace cli {
namespace {

// Names of the formats with a capability, "gpkg or xlsx".
template <class Has>
std::string formatsWhere(Has has, const char* separator = " or ") {
    std::string out;
    for (const auto& f : geo::exportFormats())
        if (has(f)) out += (out.empty() ? "" : separator) + f.name;
    return out;
}


std::vector<std::string> splitComma(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        if (!item.empty()) out.push_back(item);
    return out;
}

geo::Workspace openInput(const std::string& path, const Arguments& args, std::vector<std::string>& layerIds,
                         TerminalProgress& progress) {
    if (looksLikeProject(path)) {
        geo::Workspace ws = geo::loadWorkspace(loadProjectArgument(path, args), progress.step("reading", 0, 0.4));
        layerIds = splitComma(args.get("--layer"));
        for (const auto& issue : ws.issues) {
            if (issue.severity != geo::LoadIssue::Severity::Error) continue;
            bool exported = std::find(layerIds.begin(), layerIds.end(), issue.layerId) != layerIds.end();
            if (exported || !args.has("--allow-missing"))
                throw geo::Error("layer '" + issue.layerId + "' could not be loaded: " + issue.message +
                                 (exported ? "" : " (pass --allow-missing to export without it)"));
        }
        return ws;
    }
    // A single file: a one-layer workspace; --layer names the layer inside it.
    geo::Workspace ws;
    progress.begin("reading " + path, 0);
    geo::LoadedLayer loaded = loadSingleFile(path, args, false, [&progress] { return !progress.interrupted(); });
    loaded.source.sourcePath = path;
    layerIds = {loaded.spec.id};
    ws.project.filePath = "";
    ws.project.areaMode = areaModeArgument(args, ws.project.areaMode);
    ws.layers.push_back(std::move(loaded));
    return ws;
}

int runExport(const Arguments& args, std::ostream& out) {
    std::string formatText = args.get("--format");
    const std::string formats = geo::exportFormatNames(", ");
    if (formatText.empty()) throw UsageError("--format is required (" + formats + ")");
    auto format = geo::parseExportFormat(formatText);
    if (!format) throw UsageError("unknown --format '" + formatText + "' (" + formats + ")");
    const geo::ExportFormatSpec& spec = geo::exportFormatSpec(*format);
    if (!args.has("--out")) throw UsageError("--out PATH is required");
    // A database target: --table names the target table, not a statistics table.
    const bool postgis = spec.database;
    if (postgis && !args.has("--table"))
        throw UsageError("--format postgis needs --table schema.name, the table to write");
    if (args.has("--overwrite") && !postgis)
        throw UsageError("--overwrite is for --format postgis (files are always replaced, atomically)");

    geo::ExportOptions options;
    options.format = *format;
    options.outputPath = args.get("--out");
    options.linked = args.has("--linked");
    options.zoneCode = args.get("--zone");
    options.zonesLayerId = args.get("--zones");
    options.clipToZone = args.has("--clip");
    options.recordSeparator = args.has("--rs");
    options.csvWkt = args.has("--wkt");
    options.csvDialect = csvDialectArgument(args, spec.writer == geo::ExportWriter::Csv);
    if (args.has("--lang") && *format != geo::ExportFormat::Xlsx) throw UsageError("--lang is for --format xlsx");
    options.language = languageArgument(args);
    if (postgis) {
        options.postgisTable = args.get("--table");
        options.overwrite = args.has("--overwrite");
    }
    if (args.has("--precision")) options.precision = parseInt(args.get("--precision"), "--precision");
    for (const auto& index : splitComma(args.get("--features")))
        options.featureIndexes.push_back(parseInt(index, "--features"));
    if (options.clipToZone && options.zoneCode.empty()) throw UsageError("--clip needs --zone CODE");

    std::vector<std::string> layerIds;
    TerminalProgress progress;
    geo::Workspace ws = openInput(args.positional[0], args, layerIds, progress);

    geo::ExportReport report;
    if (args.has("--table") && !postgis) {
        auto table = geo::parseStatisticsTable(args.get("--table"));
        if (!table) throw UsageError("--table must be zones, cooperatives or plantings");
        if (!spec.statisticsTables)
            throw UsageError("--table writes " + formatsWhere([](const auto& f) { return f.statisticsTables; }) +
                             ", not " + spec.name);
        geo::Links links = geo::linkWorkspace(ws, options.zonesLayerId, progress.step("linking", 0.4, 0.6));
        geo::Statistics stats = geo::computeStatistics(ws, links, progress.step("statistics", 0.6, 0.8));
        progress.begin("writing", 0.8);
        report = geo::exportStatistics(ws, stats, *table, options);
    } else {
        if (layerIds.empty()) throw UsageError("--layer NAME (or --table) is required");
        report = geo::exportLayers(ws, layerIds, options, progress.step("writing", 0.4, 1));
    }

    progress.clear();
    // Layers that did not load (--allow-missing), said on every export.
    std::vector<std::string> missingNotes;
    if (!args.has("--table") || postgis)
        for (const auto& issue : ws.issues)
            if (issue.severity == geo::LoadIssue::Severity::Error)
                missingNotes.push_back("WARNING: layer '" + issue.layerId + "' did not load, so it is missing from "
                                       "this export's links: " + issue.message);
    out << "wrote " << report.featuresWritten << (report.featuresWritten == 1 ? " feature" : " features") << " to "
        << report.path << " (" << geo::toString(report.format);
    if (spec.crs == geo::ExportCrs::Wgs84 && spec.coordinatePrecision)
        out << ", WGS 84 lon/lat, "
            << (options.precision < 0 ? std::string("every digit") : std::to_string(options.precision) + " decimals");
    out << ")\n";
    for (const auto& note : missingNotes) out << "note: " << note << "\n";
    for (const auto& note : report.notes) out << "note: " << note << "\n";
    return Success;
}

// "output format: geojson = GeoJSON (RFC 7946), WGS 84 lon/lat, .geojson/.json; …",
// from the table.
std::string formatHelp() {
    std::string help = "output format:";
    const char* sep = " ";
    for (const auto& f : geo::exportFormats()) {
        help += sep + f.name + " = " + f.title + ", ";
        help += f.crs == geo::ExportCrs::Wgs84    ? "WGS 84 lon/lat"
                : f.crs == geo::ExportCrs::Source ? "the layer's CRS"
                                                  : "no geometry";
        for (std::size_t i = 0; i < f.extensions.size(); ++i) help += (i ? "/" : ", ") + f.extensions[i];
        if (f.severalLayers) help += ", several layers";
        if (f.statisticsTables) help += ", statistics tables";
        sep = "; ";
    }
    return help;
}

}  // namespace

CommandSpec exportCommand() {
    std::vector<OptionSpec> options = {
        {"--layer", "NAME[,NAME…]",
         "layer id of the project to export (several: " + formatsWhere([](const auto& f) { return f.severalLayers; }) +
             " only)"},
        {"--format", geo::exportFormatNames(), formatHelp()},
        {"--out", "PATH",
         "file to write (replaced atomically; a source of the project is never overwritten); postgis: the "
         "database, PG:service=NAME or PG:host=H port=P dbname=D user=U (the password from ~/.pgpass, the "
         "service file or PGPASSWORD, never here)"},
        {"--zone", "CODE", "only features intersecting the zone with this code"},
        {"--zones", "LAYER", "zones layer for --zone and the linked zone attributes (default: the first)"},
        {"--clip", "", "with --zone: cut geometry to the zone"},
        {"--features", "I,J,…", "only these feature indexes (0-based, in layer order)"},
        {"--precision", "N", "decimals of lon/lat in GeoJSON and WKT (default 7; -1 = shortest round-trip)"},
        {"--linked", "", "add linked attributes (vt_measured_ha, vt_coop_key, vt_zone_code, …)"},
        {"--table", "zones|cooperatives|plantings",
         "write a statistics table (" + formatsWhere([](const auto& f) { return f.statisticsTables; }, ", ") +
             ") instead of a layer; postgis: the table to write, schema.name"},
        {"--overwrite", "", "postgis: replace the table if it exists (in the same transaction)"},
        {"--rs", "", "geojsonseq: start records with RS (RFC 8142); default newline-delimited"},
        {"--wkt", "", "csv: add a WKT geometry column (WGS 84 lon/lat)"},
        languageOption(),
        allowMissingOption(),
        allowNetworkOption(),
        areaModeOption(),
    };
    for (const auto& o : csvDialectOptions()) options.push_back(o);
    for (const auto& o : singleFileOptions())
        if (o.name != "--layer") options.push_back(o);
    std::string files;
    for (const auto& f : geo::exportFormats())
        if (!f.database) files += (files.empty() ? "" : ", ") + f.title;
    return {"export", "PROJECT|FILE",
            "write a layer or a statistics table to " + files +
                ", or a layer into a PostGIS table (one transaction, with a spatial index)",
            options, 1, 1, runExport};
}

}  // namespace cli
