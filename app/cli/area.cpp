// vungtrong-cli area: geodesic hectares per feature and the total.
#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>
#include <string>
#include <vector>

#include "command_line.h"
#include "format.h"
#include "geo/area.h"
#include "geo/error.h"
#include "input.h"

namespace cli {
namespace {

// The field that names a feature: the user's choice, else a usual name.
int codeFieldIndex(const geo::Layer& layer, const std::string& requested) {
    if (!requested.empty()) return layer.requireField(requested);
    for (const char* name : {"code", "ma_vung", "ma_so", "ma", "id"})
        if (int i = layer.fieldIndex(name); i >= 0) return i;
    return -1;
}

int runArea(const Arguments& args, std::ostream& out) {
    geo::LoadedLayer loaded = loadSingleFile(args.positional[0], args, /*allowEmpty=*/true);
    const geo::Layer& layer = loaded.normalised;
    // Points or lines have no area: saying 0 ha would read as a measurement.
    std::size_t polygons = 0;
    for (const auto& f : layer.features) polygons += f.geometry.kind == geo::GeometryKind::Polygon;
    if (!layer.features.empty() && polygons == 0)
        throw geo::Error(loaded.source.label() + ": nothing to measure: its " + std::to_string(layer.features.size()) +
                         " feature(s) are points or lines, not polygons");
    int codeField = codeFieldIndex(layer, args.get("--code-field"));
    std::string format = args.get("--format", "table");
    if (format != "table" && format != "csv" && format != "json")
        throw UsageError("--format must be table, csv or json");

    struct Row {
        std::int64_t fid;
        std::string code;
        double ha;
    };
    const geo::AreaMode mode = areaModeArgument(args, geo::AreaMode::Auto);
    std::vector<Row> rows;
    double total = 0;
    for (const auto& f : layer.features) {
        double ha = geo::areaHa(f.geometry, mode);
        // Never print nan or a made-up 0: a non-finite area names its feature.
        if (!std::isfinite(ha))
            throw geo::GeometryError(loaded.source.label() + ", feature FID " + std::to_string(f.fid) +
                                     ": its area is not a number; check the layer's CRS and axis order");
        total += ha;
        rows.push_back({f.fid, codeField >= 0 ? geo::toText(f.attributes[static_cast<std::size_t>(codeField)]) : "", ha});
    }

    // What a reader of the figures must know, in every format.
    std::vector<std::string> notes;
    if (layer.features.empty()) notes.push_back("the layer has no features: 0 ha");
    if (loaded.source.crs.inferred)
        notes.push_back("CRS inferred as " + loaded.source.crs.authorityCode + " (" + loaded.source.crs.inferenceReason + ")");
    if (!loaded.repairs.empty())
        notes.push_back(std::to_string(loaded.repairs.size()) + " invalid geometries repaired before measuring");
    // The reader's own warnings (rows skipped, 3D solids measured by their
    // footprint, a guessed encoding) qualify the figures too.
    for (const auto& w : loaded.source.warnings) notes.push_back(w.text);

    if (format == "csv") {
        for (const auto& n : notes) out << "# note: " << n << "\n";
        out << "fid,code,area_ha\n";
        for (const auto& r : rows) out << r.fid << "," << geo::csvCell(r.code) << "," << fixed(r.ha, 6) << "\n";
        out << "total,," << fixed(total, 6) << "\n";
    } else if (format == "json") {
        nlohmann::json j;
        j["source"] = layer.sourcePath;
        j["layer"] = layer.name;
        j["crs"] = loaded.source.crs.authorityCode;
        j["crs_inferred"] = loaded.source.crs.inferred;
        j["area_mode"] = geo::toString(mode);
        j["features"] = nlohmann::json::array();
        for (const auto& r : rows) j["features"].push_back({{"fid", r.fid}, {"code", r.code}, {"area_ha", r.ha}});
        j["total_ha"] = total;
        j["feature_count"] = rows.size();
        j["repaired"] = loaded.repairs.size();
        j["notes"] = notes;
        out << j.dump(2) << "\n";
    } else {
        TextTable table({"fid", "code", "area (ha)"}, {true, false, true});
        for (const auto& r : rows) table.addRow({std::to_string(r.fid), r.code, groupedNumber(r.ha, 4)});
        table.addSeparator();
        table.addRow({"", "total (" + std::to_string(rows.size()) + " features)", groupedNumber(total, 2)});
        out << table.render();
        for (const auto& n : notes) out << "note: " << n << "\n";
    }
    return Success;
}

}  // namespace

CommandSpec areaCommand() {
    auto options = singleFileOptions();
    options.push_back({"--format", "table|csv|json", "output format (default table)"});
    options.push_back({"--code-field", "FIELD", "field naming each feature (default: code, ma_vung, …)"});
    options.push_back(areaModeOption());
    options.push_back(allowNetworkOption());
    return {"area", "FILE", "geodesic area in ha of each polygon (WGS 84 ellipsoid) and the total", options, 1, 1,
            runArea};
}

}  // namespace cli
