// CSV written directly in geo/csv.h's dialect (.csvt sidecar for GDAL), and the
// statistics tables as geometry-less layers.
#include <cmath>
#include <filesystem>

#include "export_detail.h"
#include "geo/atomic_file.h"
#include "geo/csv.h"
#include "geo/encoding.h"
#include "geo/error.h"
#include "geo/statistics_columns.h"

namespace geo {
namespace detail {
namespace fs = std::filesystem;

namespace {

void appendWktPoints(std::string& out, const std::vector<XY>& pts, int precision) {
    out += '(';
    for (std::size_t i = 0; i < pts.size(); ++i) {
        if (i) out += ", ";
        out += formatCoordinate(pts[i].x, precision);
        out += ' ';
        out += formatCoordinate(pts[i].y, precision);
    }
    out += ')';
}

void appendWktPolygon(std::string& out, const Polygon& p, int precision) {
    out += '(';
    for (std::size_t i = 0; i < p.rings.size(); ++i) {
        if (i) out += ", ";
        appendWktPoints(out, p.rings[i], precision);
    }
    out += ')';
}

std::string wkt(const Geometry& g, int precision) {
    if (g.isEmpty()) return "";
    std::string out;
    switch (g.kind) {
        case GeometryKind::Point:
            if (g.points.size() == 1) {
                out = "POINT ";
                appendWktPoints(out, g.points, precision);
            } else {
                out = "MULTIPOINT (";
                for (std::size_t i = 0; i < g.points.size(); ++i) {
                    if (i) out += ", ";
                    appendWktPoints(out, {g.points[i]}, precision);
                }
                out += ')';
            }
            break;
        case GeometryKind::LineString:
            if (g.lines.size() == 1) {
                out = "LINESTRING ";
                appendWktPoints(out, g.lines[0], precision);
            } else {
                out = "MULTILINESTRING (";
                for (std::size_t i = 0; i < g.lines.size(); ++i) {
                    if (i) out += ", ";
                    appendWktPoints(out, g.lines[i], precision);
                }
                out += ')';
            }
            break;
        case GeometryKind::Polygon:
            if (g.polygons.size() == 1) {
                out = "POLYGON ";
                appendWktPolygon(out, g.polygons[0], precision);
            } else {
                out = "MULTIPOLYGON (";
                for (std::size_t i = 0; i < g.polygons.size(); ++i) {
                    if (i) out += ", ";
                    appendWktPolygon(out, g.polygons[i], precision);
                }
                out += ')';
            }
            break;
        case GeometryKind::None: break;
    }
    return out;
}

const char* csvtType(FieldType t) {
    switch (t) {
        case FieldType::Integer: return "Integer64";
        case FieldType::Real: return "Real";
        case FieldType::Date: return "Date";
        case FieldType::String: return "String";
    }
    return "String";
}

}  // namespace

void writeCsv(const ExportTable& table, const ExportOptions& options, const ProgressFn& progress,
              ExportReport& report) {
    bool withWkt = options.csvWkt && table.hasGeometry();
    if (withWkt && !table.crs.isGeographic) throw Error("internal: CSV WKT of '" + table.name + "' is not in WGS 84");
    const char* eol = "\r\n";
    const CsvDialect& dialect = options.csvDialect;
    const char sep = dialect.separator;

    std::string csvt;
    std::string header;
    auto addColumn = [&](const std::string& name, const char* type) {
        if (!header.empty()) header += sep, csvt += ',';
        header += csvText(name, sep);
        csvt += type;
    };
    if (withWkt) addColumn("WKT", "WKT");
    for (const auto& field : table.fields) addColumn(toNfc(field.name), csvtType(field.type));

    AtomicReplace replace(options.outputPath);  // removes the .csvt too unless committed
    report.notes.insert(report.notes.end(), replace.notes().begin(), replace.notes().end());
    fs::path csvtTemp = fs::path(replace.tempPath()).replace_extension(".csvt");

    FileSink sink(replace.tempPath(), options.outputPath);
    if (dialect.bom) sink.write("\xEF\xBB\xBF");
    for (const auto& comment : table.comments) sink.write("# " + toNfc(comment) + eol);
    sink.write(header + eol);
    ProgressTicker ticker(progress, table.features.size(), "writing " + table.name);
    for (std::size_t r = 0; r < table.features.size(); ++r) {
        ticker.tick(r);
        const Feature& f = table.features[r];
        std::string line;
        if (withWkt) line += csvText(wkt(f.geometry, options.precision), sep) + (table.fields.empty() ? "" : std::string(1, sep));
        for (std::size_t i = 0; i < table.fields.size(); ++i) {
            if (i) line += sep;
            const Value v = i < f.attributes.size() ? f.attributes[i] : Value{};
            if (const auto* n = std::get_if<std::int64_t>(&v))
                line += std::to_string(*n);
            else if (const auto* d = std::get_if<double>(&v))
                line += std::isfinite(*d) ? csvNumber(formatReal(*d), dialect) : "";
            else if (const auto* s = std::get_if<std::string>(&v))
                line += csvText(toNfc(table.fields[i].type == FieldType::Date ? isoDateText(*s) : *s), sep);
        }
        sink.write(line + eol);
    }
    sink.finish();

    FileSink types(csvtTemp, fs::path(options.outputPath).replace_extension(".csvt").string());
    types.write(csvt + eol);
    types.finish();
    replace.commit({".csvt"});
    report.featuresWritten += table.features.size();
}

}  // namespace detail

const char* toString(StatisticsTable t) {
    switch (t) {
        case StatisticsTable::Zones: return "zones";
        case StatisticsTable::Cooperatives: return "cooperatives";
        case StatisticsTable::Plantings: return "plantings";
    }
    return "?";
}

std::optional<StatisticsTable> parseStatisticsTable(std::string_view name) {
    if (name == "zones" || name == "zone") return StatisticsTable::Zones;
    if (name == "cooperatives" || name == "cooperative" || name == "coops") return StatisticsTable::Cooperatives;
    if (name == "plantings" || name == "planting_areas" || name == "planting") return StatisticsTable::Plantings;
    return std::nullopt;
}

// Columns (areas in ha, amounts in VND as integers): geo/statistics_columns.h.
// Zones: last row the total (zone_code empty).
Layer qualityTable(const QualityReport& report) {
    Layer t;
    t.name = "findings";
    t.encoding = "UTF-8";
    using FT = FieldType;
    t.fields = {{"severity", FT::String}, {"kind", FT::String}, {"layer", FT::String}, {"feature", FT::Integer},
                {"fid", FT::Integer}, {"code", FT::String}, {"hectares", FT::Real}, {"message", FT::String}};
    for (const auto& f : report.findings) {
        Feature row;
        row.fid = static_cast<std::int64_t>(t.features.size());
        row.attributes = {std::string(toString(f.severity)), f.kind, f.layerId,
                          f.feature >= 0 ? Value{std::int64_t{f.feature}} : Value{},
                          f.fid >= 0 ? Value{f.fid} : Value{}, f.code,
                          f.hectares ? Value{*f.hectares} : Value{}, f.message};
        t.features.push_back(std::move(row));
    }
    return t;
}

Layer statisticsTable(const Statistics& stats, StatisticsTable which) {
    Layer t;
    t.name = toString(which);
    t.encoding = "UTF-8";
    auto add = [&](std::vector<Value> row) {
        Feature f;
        f.fid = static_cast<std::int64_t>(t.features.size());
        f.attributes = std::move(row);
        t.features.push_back(std::move(f));
    };
    auto opt = [](const std::optional<double>& d) { return d ? Value{*d} : Value{}; };
    switch (which) {
        case StatisticsTable::Zones: {
            t.fields = zoneStatisticsFields();
            for (const auto& z : stats.zones) add(zoneStatisticsRow(z, z.code, z.name));
            add(zoneStatisticsRow(stats.total, "", stats.total.name.empty() ? "Tổng cộng" : stats.total.name));
            break;
        }
        case StatisticsTable::Cooperatives: {
            t.fields = cooperativeStatisticsFields();
            for (const auto& c : stats.cooperatives) {
                Value zoneCode, zoneName;
                for (const auto& z : stats.zones)
                    if (c.zone >= 0 && z.zone == c.zone) zoneCode = z.code, zoneName = z.name;
                add({c.key, c.name, c.members, std::int64_t{c.ocopStars}, zoneCode, zoneName,
                     static_cast<std::int64_t>(c.plantingAreas.size()), c.plantedHa, c.investmentVnd});
            }
            break;
        }
        case StatisticsTable::Plantings: {
            t.fields = plantingStatisticsFields();
            // A code without a boundary (a point) was not measured: no measured_ha, not 0.
            for (const auto& p : stats.plantings)
                add({p.code, stats.cropOf(p), p.hasBoundary ? Value{p.measuredHa} : Value{}, opt(p.declaredHa()), opt(p.differenceHa())});
            break;
        }
    }
    return t;
}

}  // namespace geo
