// vungtrong-cli stats: planted area, coverage and counts per zone.
//
// Output columns (stable order, UTF-8):
//
// Column names are geo's (geo/statistics_columns.h), the same as in the
// statistics tables of `export --table` and the app's export.
//
// CSV (--format csv), one line per zone in the zones layer's order (or per
// crosswalk unit with --crosswalk), then one total line:
//   row            "zone" or "total"
//   zone_code      zone (unit) code; empty on the total line
//   zone_name      zone (unit) name; empty on the total line
//   zone_ha        geodesic area of the zone, ha (total: Σ zones)
//   gross_planted_ha  Σ area(code ∩ zone), ha (total: Σ area of every code)
//   net_planted_ha    area(⋃ codes ∩ zone), ha (total: area of ⋃ every code)
//   coverage_pct   net_planted_ha / zone_ha × 100
//   codes          planting areas with a positive share in the zone, and codes
//                  without a boundary (register points) lying in it
//   cooperatives   cooperatives whose point lies in the zone
//   members        their members
//   ocop_cooperatives  of those, with OCOP 3 stars or more
//   investment_vnd investments linked to those cooperatives, VND (integer)
//   declared_ha    Σ declared ha of the zone's codes: codes without a boundary
//                  (points) whole, polygons by the share of their measured
//                  area in the zone (total: Σ declared ha of every code)
// Areas are printed with 6 decimals (1 m² = 0.0001 ha), percentages with 4.
// --excel [--decimal ,|.] writes Excel's dialect (geo/csv.h: a byte order
// mark, the locale's decimal separator, ';' between fields after a comma).
// The total line is the whole project (geo/stats.h), so zone lines may sum
// to less: the difference lies outside every zone or is unlinked.
//
// JSON (--format json): {"project", "zones_layer", "crosswalk" (bool),
// "zones": [ {the CSV's columns from zone_code to declared_ha,
// codes_without_boundary, by_crop: {crop: {gross_planted_ha,
// net_planted_ha, codes}}, holders: [{coop_key, coop_name, codes,
// gross_planted_ha}] (the cooperatives holding the zone's planting areas;
// coop_key/coop_name null for codes linked to none)} ],
// "total": {same keys}, "overlaps": [{first_code,
// second_code, ha}], "plantings": [{code, crop, measured_ha, declared_ha,
// measured_minus_declared_ha, boundary}] (declared and the difference null
// when not declared; a code without a boundary, a point, has boundary false
// and measured_ha and the difference null),
// "cooperatives": [{coop_key, coop_name, members, ocop_stars, zone_code,
// zone_name, codes, planted_ha, investment_vnd}], "unlinked": {plantings_without_cooperative,
// cooperatives_outside_zones, investments_without_cooperative},
// "warnings": [text], "missing_layers": [{id, role, path, reason}]}. Numbers are JSON numbers at full double precision;
// VND amounts are integers.
//
// Partial loads: when a zones (the one used), planting-area, cooperative or
// investment layer did not load, stats exits 1 naming it, unless
// --allow-missing is given; then every output says which layer is missing:
// the table starts with "WARNING: …" lines, the CSV with "# WARNING: …"
// comment lines before the header, the JSON lists them in "missing_layers"
// and "warnings". A declared area, member count or amount no feature can
// have (geo/plausible.h: 1e70 ha, negative, more members than Vietnam has
// people) counts in no sum and is said the same way, in "WARNING:" lines
// and "warnings" (validate lists it as implausible_number).
// Numbers print in fixed notation below 1e15, scientific beyond
// (geo/number_format.h). A zones layer without field mapping (--by) is named by the
// fields geo/zone_fields.h chooses; the choice is a note on stderr and in
// "warnings" (and a "note:" line under the table).
//
// --phases prints "PHASE <name> <seconds>" lines on stderr (read, repair,
// area, overlay, union_net, write, total): the phases of the peer benchmark
// (../shared/bench-peers). --peer-bench DIR also writes DIR/zones.csv
// (zone_id,code,name,zone_area_ha,gross_ha,net_ha,coverage_pct,n_plots;
// zone_id = the zones' "zone_id" field, else the feature id) and
// DIR/plots.csv (code,area_ha) in that benchmark's format.
#include <nlohmann/json.hpp>

#include <chrono>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <filesystem>
#include <iostream>
#include <ostream>
#include <sstream>
#include <algorithm>
#include <cstdlib>

#include "command_line.h"
#include "progress.h"
#include "format.h"
#include "geo/atomic_file.h"
#include "geo/error.h"
#include "geo/heap_release.h"
#include "geo/link.h"
#include "geo/missing_layers.h"
#include "geo/project.h"
#include "geo/source.h"
#include "geo/statistics_columns.h"
#include "geo/stats.h"
#include "geo/tiled_statistics.h"
#include "geo/zone_fields.h"
#include "input.h"
#include "table_options.h"

namespace cli {
namespace {

namespace column = geo::column;

using Clock = std::chrono::steady_clock;

// Each line: the phase's wall seconds, then "cpu" and the CPU seconds of
// every thread of the process in it (comparable on a machine others load).
struct Phases {
    bool enabled = false;
    Clock::time_point start = Clock::now();
    Clock::time_point last = start;
    std::clock_t cpuStart = std::clock(), cpuLast = cpuStart;
    static double cpuSeconds(std::clock_t from, std::clock_t to) {
        return from == std::clock_t(-1) || to == std::clock_t(-1) ? -1 : double(to - from) / CLOCKS_PER_SEC;
    }
    void mark(const std::string& name) {
        auto now = Clock::now();
        std::clock_t cpu = std::clock();
        if (enabled)
            std::fprintf(stderr, "PHASE %s %.3f cpu %.3f\n", name.c_str(), std::chrono::duration<double>(now - last).count(),
                         cpuSeconds(cpuLast, cpu));
        last = now;
        cpuLast = cpu;
    }
    void restart() {  // what passed since the last mark belongs to no phase
        last = Clock::now();
        cpuLast = std::clock();
    }
    void total() {
        if (enabled)
            std::fprintf(stderr, "PHASE total %.3f cpu %.3f\n", std::chrono::duration<double>(Clock::now() - start).count(),
                         cpuSeconds(cpuStart, std::clock()));
    }
};

// The layer statistics take planting areas from: the first with that role.
const geo::LayerSpec* plantingSpec(const geo::Project& project) {
    for (const auto& spec : project.layers)
        if (spec.role == geo::LayerRole::PlantingAreas) return &spec;
    return nullptr;
}

// loadWorkspace, with reading and normalising (CRS, repair) timed apart.
// With survey, the planting layer is only surveyed (geo/tiled_statistics.h).
geo::Workspace loadTimed(const geo::Project& project, Phases& phases, TerminalProgress& progress,
                         geo::FeatureEnvelopes* survey = nullptr) {
    geo::Workspace ws;
    ws.project = project;
    std::vector<geo::Layer> read(project.layers.size());
    std::vector<std::string> failed(project.layers.size());
    const double layers = static_cast<double>(std::max<std::size_t>(1, project.layers.size()));
    for (std::size_t i = 0; i < project.layers.size(); ++i) {
        const auto& spec = project.layers[i];
        progress.begin("reading " + spec.id, 0.15 * static_cast<double>(i) / layers);
        try {
            geo::ReadOptions options = geo::readOptions(project, spec);
            options.keepReading = [&progress] { return !progress.interrupted(); };  // Ctrl-C stops a big layer's read
            if (survey && &spec == plantingSpec(project)) options.part = survey->survey();
            read[i] = geo::readLayer(project.resolve(spec.path), options);
        } catch (const geo::Error& e) {
            failed[i] = e.what();
        }
    }
    phases.mark("read");
    for (std::size_t i = 0; i < project.layers.size(); ++i) {
        const auto& spec = project.layers[i];
        progress.begin("checking geometry of " + spec.id, 0.15 + 0.15 * static_cast<double>(i) / layers);
        try {
            if (!failed[i].empty()) throw geo::Error(failed[i]);
            // stats writes no layer: the features as read need not be kept.
            geo::addLayer(ws, geo::prepareLayer(spec, std::move(read[i]), geo::AsRead::Released));
        } catch (const geo::Error& e) {
            ws.issues.push_back(geo::loadFailure(spec.id, e));
        }
    }
    geo::loadCrosswalk(ws);
    phases.mark("repair");
    return ws;
}

// Plots per tile when the planting layer is read in tiles (0: at once).
// --plots-per-tile N decides; by default a layer holding more than
// kTileAbove plots (when its source says so cheaply) is tiled by that many:
// at 1M plots a whole read peaks near 1 GB, so 10M would need 10.
std::size_t plotsPerTile(const Arguments& args, const geo::Project& project) {
    constexpr std::size_t kTileAbove = 2000000;
    if (args.has("--plots-per-tile")) {
        const int n = parseInt(args.get("--plots-per-tile"), "--plots-per-tile");
        if (n < 0) throw UsageError("--plots-per-tile needs a whole number of plots (0: read at once)");
        return static_cast<std::size_t>(n);
    }
    const geo::LayerSpec* spec = plantingSpec(project);
    if (!spec) return 0;
    try {
        std::int64_t n = geo::countFeaturesCheaply(project.resolve(spec->path), geo::readOptions(project, *spec));
        return n > static_cast<std::int64_t>(kTileAbove) ? kTileAbove : 0;
    } catch (const geo::Error&) {
        return 0;  // the read proper says what is wrong
    }
}

// zone.holders as JSON: which cooperatives hold the zone's planting areas.
nlohmann::json holdersJson(const geo::ZoneStatistics& z, const geo::Statistics& st) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& h : z.holders) {
        const geo::CooperativeStatistics* c = nullptr;
        for (const auto& cs : st.cooperatives)
            if (cs.cooperative == h.cooperative) c = &cs;
        out.push_back({{column::kCoopKey, c ? nlohmann::json(c->key) : nlohmann::json(nullptr)},
                       {column::kCoopName, c ? nlohmann::json(c->name) : nlohmann::json(nullptr)},
                       {column::kCodes, h.codes},
                       {column::kGrossPlantedHa, h.grossHa}});
    }
    return out;
}

nlohmann::json valueJson(const geo::Value& v) {
    if (const auto* n = std::get_if<std::int64_t>(&v)) return *n;
    if (const auto* d = std::get_if<double>(&v)) return *d;
    if (const auto* s = std::get_if<std::string>(&v)) return *s;
    return nullptr;
}

nlohmann::json rowJson(const geo::ZoneStatistics& z, const geo::Statistics& st) {
    nlohmann::json j = nlohmann::json::object();
    const auto& fields = geo::zoneStatisticsFields();
    const std::vector<geo::Value> values = geo::zoneStatisticsRow(z, z.code, z.name);
    for (std::size_t i = 0; i < fields.size(); ++i) j[fields[i].name] = valueJson(values[i]);
    j[column::kCodesWithoutBoundary] = z.codesWithoutBoundary;
    nlohmann::json crops = nlohmann::json::object();
    for (const auto& [crop, c] : z.byCrop)
        crops[crop] = {{column::kGrossPlantedHa, c.grossHa}, {column::kNetPlantedHa, c.netHa}, {column::kCodes, c.codes}};
    j["by_crop"] = crops;
    j["holders"] = holdersJson(z, st);
    return j;
}

std::string csvHeader(const geo::CsvDialect& dialect) {
    std::string line = "row";
    for (const auto& f : geo::zoneStatisticsFields()) line += dialect.separator + geo::csvText(f.name, dialect.separator);
    return line + "\n";
}

// Hectares with 6 decimals (1 m² = 0.0001 ha), the percentage with 4.
std::string csvRow(const char* kind, const geo::ZoneStatistics& z, const geo::CsvDialect& dialect) {
    std::string line = kind;
    const auto& fields = geo::zoneStatisticsFields();
    const std::vector<geo::Value> values = geo::zoneStatisticsRow(z, z.code, z.name);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        line += dialect.separator;
        if (const auto* s = std::get_if<std::string>(&values[i]))
            line += geo::csvCell(*s, dialect.separator);
        else if (const auto* n = std::get_if<std::int64_t>(&values[i]))
            line += std::to_string(*n);
        else if (const auto* d = std::get_if<double>(&values[i]))
            line += geo::csvNumber(fixed(*d, fields[i].name == column::kCoveragePct ? 4 : 6), dialect);
    }
    return line + "\n";
}

// plots.csv has a row per planting area: written in blocks of about 1 MiB,
// never held whole (32 MB at a million plots, at the run's peak of memory).
void writePlotsCsv(const std::filesystem::path& target, const geo::Statistics& st) {
    geo::AtomicReplace replace(target);
    const std::string temp = replace.tempPath().string();
    auto failed = [&](const char* what) {
        return geo::IoError("cannot " + std::string(what) + " '" + temp + "': " + std::strerror(errno));
    };
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(temp.c_str(), "wb"), &std::fclose);
    if (!file) throw failed("create");
    constexpr std::size_t kBlock = 1 << 20;
    std::string block = "code,area_ha\n";
    block.reserve(kBlock + 256);
    auto flush = [&] {
        if (std::fwrite(block.data(), 1, block.size(), file.get()) != block.size()) throw failed("write");
        block.clear();
    };
    for (const auto& r : st.plantings) {
        block += geo::csvCell(r.code) + "," + fixed(r.measuredHa, 10) + "\n";
        if (block.size() >= kBlock) flush();
    }
    flush();
    if (std::fclose(file.release()) != 0) throw failed("write");
    replace.commit();
}

void writePeerFiles(const std::filesystem::path& dir, const geo::Workspace& ws, const geo::Links& links,
                    const geo::Statistics& st) {
    std::filesystem::create_directories(dir);
    const geo::LoadedLayer* zones = ws.find(links.zonesLayerId);
    int idField = -1;
    if (zones) {
        std::string f = zones->spec.field("id");
        idField = f.empty() ? zones->normalised.fieldIndex("zone_id") : zones->normalised.requireField(f);
    }
    std::string z = "zone_id,code,name,zone_area_ha,gross_ha,net_ha,coverage_pct,n_plots\n";
    for (const auto& r : st.zones) {
        const auto& feat = zones->normalised.features[static_cast<std::size_t>(r.zone)];
        std::string id = idField >= 0 ? geo::toText(feat.attributes[static_cast<std::size_t>(idField)]) : std::to_string(feat.fid);
        z += id + "," + geo::csvCell(r.code) + "," + geo::csvCell(r.name) + "," + fixed(r.zoneHa, 10) + "," +
             fixed(r.grossPlantedHa, 10) + "," + fixed(r.netPlantedHa, 10) + "," + fixed(r.coveragePct, 10) + "," +
             std::to_string(r.codes) + "\n";
    }
    geo::writeFileAtomically(dir / "zones.csv", z);
    writePlotsCsv(dir / "plots.csv", st);
}

// Freeing a million features one allocation at a time takes about a second
// after the output is written; the process is about to exit, and the OS takes
// the memory back at once. Small runs still free everything (leak checkers).
void leaveLargeResultsToExit(geo::Workspace& ws, geo::Links& links, geo::Statistics& st) {
    constexpr std::size_t kLarge = 100000;
    std::size_t features = 0;
    for (const auto& l : ws.layers) features += l.normalised.features.size();
    if (features < kLarge) return;
    static_cast<void>(new geo::Workspace(std::move(ws)));
    static_cast<void>(new geo::Links(std::move(links)));
    static_cast<void>(new geo::Statistics(std::move(st)));
}

int runStats(const Arguments& args, std::ostream& out) {
    std::string format = args.get("--format", "table");
    if (format != "table" && format != "csv" && format != "json") throw UsageError("--format must be table, csv or json");
    const geo::CsvDialect dialect = csvDialectArgument(args, format == "csv");
    Phases phases;
    phases.enabled = args.has("--phases") || args.has("--peer-bench");
    geo::Project project = loadProjectArgument(args.positional[0], args);
    if (args.has("--crosswalk") && !project.crosswalk)
        throw UsageError("--crosswalk: the project has no \"crosswalk\" section");
    const std::size_t perTile = plotsPerTile(args, project);
    if (perTile > 0) {
        // What lists every planting area, or unions across zones, needs them all at once.
        const char* needsAll = format == "json"                ? "--format json (it lists every planting area)"
                               : args.has("--crosswalk")       ? "--crosswalk"
                               : args.has("--peer-bench")      ? "--peer-bench"
                                                               : nullptr;
        if (needsAll)
            throw UsageError(std::string("the planting layer is read in tiles of ") + std::to_string(perTile) +
                             " plots (it is large); " + needsAll +
                             " needs it whole: use --format table or csv, or --plots-per-tile 0 to read it at once");
    }
    TerminalProgress progress(!phases.enabled);  // PHASE lines would break the progress line
    geo::FeatureEnvelopes survey;
    geo::Workspace ws = loadTimed(project, phases, progress, perTile > 0 ? &survey : nullptr);
    progress.clear();
    refuseSwappedLayers(ws);
    std::string by = args.get("--by");
    // Statistics without a layer they read would be zeros that look real.
    std::vector<geo::MissingLayer> missing = geo::missingStatisticsLayers(ws, by);
    if (!missing.empty() && !args.has("--allow-missing")) throw geo::Error(geo::missingLayersError(missing));
    for (const auto& issue : ws.issues)
        if (issue.severity == geo::LoadIssue::Severity::Error)
            std::cerr << "warning: layer '" << issue.layerId << "' not loaded: " << issue.message << "\n";

    // Phase boundaries come from the stage names the library reports.
    std::string current;
    auto phaseMark = [&](const std::string& stage) {
        static const std::map<std::string, std::string> phaseOf = {
            {"area", "area"},         {"overlay", "overlay"}, {"overlaps", "union_net"},
            {"union", "union_net"}, {"reading", "read"},    {"repair", "repair"}};  // the last two: tiles
        auto it = phaseOf.find(stage);
        std::string ph = it == phaseOf.end() ? current : it->second;
        if (ph != current) {
            if (!current.empty()) phases.mark(current);
            else phases.restart();
            current = ph;
        }
    };
    // Each library step reports to both: the phase timer and the terminal.
    auto timedStep = [&](const char* name, double lo, double hi) -> geo::ProgressFn {
        return [&phaseMark, show = progress.step(name, lo, hi)](double fraction, const std::string& stage) {
            phaseMark(stage);
            return show(fraction, stage);
        };
    };
    geo::Links links;
    geo::Statistics st;
    std::size_t overlapPairs = 0;
    double overlapHa = 0;
    if (perTile > 0) {
        geo::TilePlan plan = geo::planTiles(survey, perTile);
        std::vector<std::int64_t>().swap(survey.fids);
        std::vector<geo::Envelope>().swap(survey.envelopes);
        geo::TiledStatistics tiled = geo::computeStatisticsInTiles(ws, plan, by, timedStep("statistics", 0.3, 0.97));
        st = std::move(tiled.statistics);
        links.zonesLayerId = tiled.zonesLayerId;
        overlapPairs = tiled.overlapPairs;
        overlapHa = tiled.overlapHa;
        ws.issues.insert(ws.issues.end(), tiled.issues.begin(), tiled.issues.end());
    } else {
        links = geo::linkWorkspace(ws, by, timedStep("linking", 0.3, 0.8));
        // The reader's and the linking's freed temporaries, given back before
        // the statistics' arrays would be added on top (geo/heap_release.h).
        geo::releaseFreedHeap();
        if (!links.zonesLayerId.empty()) st = geo::computeStatistics(ws, links, timedStep("statistics", 0.8, 0.97));
        overlapPairs = st.overlaps.size();
        for (const auto& o : st.overlaps) overlapHa += o.hectares;
    }
    if (links.zonesLayerId.empty()) throw geo::Error("the project has no zones layer (use --by LAYER)");
    std::vector<std::string> zoneNotes;  // how an unmapped zones layer is named
    if (const geo::LoadedLayer* zones = ws.find(links.zonesLayerId)) {
        geo::ZoneFieldChoice choice = geo::describeZoneFields(*zones);
        for (const std::string& note : {choice.choiceNote(), choice.repeatNote()})
            if (!note.empty()) zoneNotes.push_back(note);
    }
    if (!current.empty()) phases.mark(current);
    progress.begin("writing", 0.97);

    std::vector<std::string> warnings, missingNotes;
    for (const auto& m : missing) missingNotes.push_back(geo::missingLayerNote(m));
    // What the sums lack is said above them: missing layers, then values no
    // feature can have (geo/plausible.h), left out of every sum.
    for (const auto& n : st.implausibleNumbers) missingNotes.push_back(geo::implausibleNumberNote(n));
    warnings = missingNotes;
    for (const auto& issue : ws.issues)  // the crosswalk's issues belong to no layer
        warnings.push_back(issue.layerId.empty() ? issue.message : issue.layerId + ": " + issue.message);
    warnings.insert(warnings.end(), zoneNotes.begin(), zoneNotes.end());
    std::vector<geo::ZoneStatistics> rows = st.zones;
    bool crosswalk = args.has("--crosswalk");
    if (crosswalk) rows = geo::aggregateByCrosswalk(st, ws, links, &warnings);

    std::string text;
    if (format == "csv") {
        if (dialect.bom) text += "\xEF\xBB\xBF";
        for (const auto& note : missingNotes) text += "# WARNING: " + note + "\n";
        text += csvHeader(dialect);
        for (const auto& r : rows) text += csvRow("zone", r, dialect);
        text += csvRow("total", st.total, dialect);
    } else if (format == "json") {
        nlohmann::json j;
        j["project"] = project.name;
        j["zones_layer"] = links.zonesLayerId;
        j["crosswalk"] = crosswalk;
        j["zones"] = nlohmann::json::array();
        for (const auto& r : rows) j["zones"].push_back(rowJson(r, st));
        j["total"] = rowJson(st.total, st);
        j["overlaps"] = nlohmann::json::array();
        for (const auto& o : st.overlaps)
            j["overlaps"].push_back({{"first_code", st.plantings[static_cast<std::size_t>(o.first)].code},
                                     {"second_code", st.plantings[static_cast<std::size_t>(o.second)].code},
                                     {"ha", o.hectares}});
        j["plantings"] = nlohmann::json::array();
        int noCoop = 0;
        for (const auto& p : st.plantings) {
            nlohmann::json pj = {{column::kCode, p.code}, {column::kCrop, st.cropOf(p)}, {column::kMeasuredHa, p.measuredHa}};
            pj[column::kDeclaredHa] = p.declaredHa() ? nlohmann::json(*p.declaredHa()) : nlohmann::json(nullptr);
            pj[column::kMeasuredMinusDeclaredHa] = p.differenceHa() ? nlohmann::json(*p.differenceHa()) : nlohmann::json(nullptr);
            pj["boundary"] = p.hasBoundary;
            if (!p.hasBoundary) pj[column::kMeasuredHa] = nullptr;  // a point: not measured, not 0 ha
            j["plantings"].push_back(pj);
            if (links.plantingCooperative[static_cast<std::size_t>(p.planting)].cooperative < 0) ++noCoop;
        }
        j["cooperatives"] = nlohmann::json::array();
        int outside = 0;
        for (const auto& c : st.cooperatives) {
            const geo::ZoneStatistics* zone = c.zone >= 0 ? &st.zones[static_cast<std::size_t>(c.zone)] : nullptr;
            j["cooperatives"].push_back({{column::kCoopKey, c.key},
                                         {column::kCoopName, c.name},
                                         {column::kMembers, c.members},
                                         {column::kOcopStars, c.ocopStars},
                                         {column::kZoneCode, zone ? zone->code : ""},
                                         {column::kZoneName, zone ? zone->name : ""},
                                         {column::kCodes, c.plantingAreas.size()},
                                         {column::kPlantedHa, c.plantedHa},
                                         {column::kInvestmentVnd, c.investmentVnd}});
            if (c.zone < 0) ++outside;
        }
        int noInv = 0;
        for (int c : links.investmentCooperative)
            if (c < 0) ++noInv;
        j["unlinked"] = {{"plantings_without_cooperative", noCoop},
                         {"cooperatives_outside_zones", outside},
                         {"investments_without_cooperative", noInv}};
        j["warnings"] = warnings;
        j["missing_layers"] = nlohmann::json::array();
        for (const auto& m : missing)
            j["missing_layers"].push_back(
                {{"id", m.layerId}, {"role", geo::toString(m.role)}, {"path", m.path}, {"reason", m.reason}});
        text = j.dump(2) + "\n";
    } else {
        TextTable table({"code", "zone", "zone ha", "gross ha", "net ha", "coverage %", "codes", "coops", "members", "OCOP",
                         "investment VND", "declared ha"},
                        {false, false, true, true, true, true, true, true, true, true, true, true});
        auto add = [&](const std::string& code, const std::string& name, const geo::ZoneStatistics& r) {
            table.addRow({code, name, groupedNumber(r.zoneHa, 2), groupedNumber(r.grossPlantedHa, 2),
                          groupedNumber(r.netPlantedHa, 2), groupedNumber(r.coveragePct, 3), groupedInteger(r.codes),
                          groupedInteger(r.cooperatives), groupedInteger(r.members), groupedInteger(r.ocopCooperatives),
                          groupedInteger(r.investmentVnd), groupedNumber(r.declaredHa, 2)});
        };
        for (const auto& r : rows) add(r.code, r.name, r);
        table.addSeparator();
        add("", "total (whole project)", st.total);
        for (const auto& note : missingNotes) text += "WARNING: " + note + "\n";
        text += table.render();
        if (overlapPairs > 0)
            text += "note: " + std::to_string(overlapPairs) + " overlapping pairs of codes, " + fixed(overlapHa, 4) +
                    " ha overlapping: gross − net\n";
        if (st.total.codesWithoutBoundary > 0)
            text += "note: " + std::to_string(st.total.codesWithoutBoundary) +
                    " code(s) without a boundary (points) count in codes and declared ha, not in gross/net\n";
        for (const auto& w : warnings)
            if (std::find(missingNotes.begin(), missingNotes.end(), w) == missingNotes.end()) text += "note: " + w + "\n";
    }
    if (args.has("--peer-bench")) writePeerFiles(args.get("--peer-bench"), ws, links, st);
    progress.clear();
    for (const auto& note : zoneNotes) std::cerr << "note: " << note << "\n";
    if (args.has("--out")) geo::writeFileAtomically(args.get("--out"), text);
    else out << text << std::flush;
    phases.mark("write");
    phases.total();
    leaveLargeResultsToExit(ws, links, st);
    return Success;
}

}  // namespace

CommandSpec statsCommand() {
    return {"stats",
            "PROJECT",
            "planted area (gross, net), coverage, codes, cooperatives, members, OCOP and investment per zone",
            {{"--by", "LAYER", "polygon layer to use as zones (default: the project's zones layer)"},
             {"--format", "table|csv|json", "output format (default table)"},
             {"--out", "FILE", "write to FILE (atomically) instead of standard output"},
             allowMissingOption(),
             allowNetworkOption(),
             areaModeOption(),
             {"--crosswalk", "", "re-aggregate the zones to the units of the project's crosswalk"},
             {"--province", "NAME", "the province (e.g. 'Sóc Trăng'): its VN-2000 TM-3 zone for layers without .prj"},
             {"--plots-per-tile", "N",
              "read the planting layer in tiles of about N plots, to bound memory (0: at once; default: tiles of "
              "2,000,000 for a larger layer)"},
             csvDialectOptions()[0],
             csvDialectOptions()[1],
             csvDialectOptions()[2],
             {"--phases", "", "print PHASE <name> <seconds> lines on standard error"},
             {"--peer-bench", "DIR", "also write DIR/zones.csv and DIR/plots.csv in the peer benchmark's format"}},
            1,
            1,
            runStats};
}

}  // namespace cli
