// GeoJSON (RFC 7946) and GeoJSONSeq, written by hand so that every rule of
// the RFC holds by construction (see geo/export.h).
#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "export_detail.h"
#include "geo/atomic_file.h"
#include "geo/encoding.h"
#include "geo/error.h"

namespace geo::detail {
namespace fs = std::filesystem;

namespace {

void appendJsonString(std::string& out, std::string_view utf8) {
    std::string text = toNfc(utf8);  // also replaces invalid UTF-8 with U+FFFD
    out += '"';
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += ch;
                }
        }
    }
    out += '"';
}

// Writes positions rounded to the precision, and keeps the envelope of the
// values as written (parsed back), so that "bbox" contains every position.
class PositionWriter {
public:
    PositionWriter(int precision, const std::string& featureLabel) : precision_(precision), label_(featureLabel) {}

    struct Rounded {
        std::string x, y;
        XY value;
    };

    Rounded round(XY p) const {
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            throw GeometryError(label_ + ": a coordinate is not a finite number (failed transformation?)");
        Rounded r{formatCoordinate(p.x, precision_), formatCoordinate(p.y, precision_), {}};
        r.value = {std::strtod(r.x.c_str(), nullptr), std::strtod(r.y.c_str(), nullptr)};
        if (r.value.x < -180 || r.value.x > 180 || r.value.y < -90 || r.value.y > 90)
            throw GeometryError(label_ + ": coordinate (" + r.x + ", " + r.y +
                                ") is not WGS 84 longitude/latitude");
        return r;
    }

    void position(std::string& out, const Rounded& r) {
        out += '[';
        out += r.x;
        out += ',';
        out += r.y;
        out += ']';
        box_.expand(r.value);
    }

    void points(std::string& out, const std::vector<XY>& pts) {
        out += '[';
        for (std::size_t i = 0; i < pts.size(); ++i) {
            if (i) out += ',';
            position(out, round(pts[i]));
        }
        out += ']';
    }

    // RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise,
    // judged on the coordinates as written.
    void ring(std::string& out, const Ring& ring, bool exterior) {
        std::vector<Rounded> r;
        r.reserve(ring.size());
        std::vector<XY> values;
        values.reserve(ring.size());
        for (const auto& p : ring) {
            r.push_back(round(p));
            values.push_back(r.back().value);
        }
        double area = signedArea(values);
        bool reverse = area != 0 && ((area > 0) != exterior);
        out += '[';
        for (std::size_t i = 0; i < r.size(); ++i) {
            if (i) out += ',';
            position(out, r[reverse ? r.size() - 1 - i : i]);
        }
        out += ']';
    }

    void polygon(std::string& out, const Polygon& poly) {
        out += '[';
        for (std::size_t i = 0; i < poly.rings.size(); ++i) {
            if (i) out += ',';
            ring(out, poly.rings[i], i == 0);
        }
        out += ']';
    }

    const Envelope& box() const { return box_; }

private:
    int precision_;
    const std::string& label_;
    Envelope box_;
};

void appendBbox(std::string& out, const Envelope& e, int precision) {
    out += "\"bbox\":[";
    out += formatCoordinate(e.minX, precision);
    out += ',';
    out += formatCoordinate(e.minY, precision);
    out += ',';
    out += formatCoordinate(e.maxX, precision);
    out += ',';
    out += formatCoordinate(e.maxY, precision);
    out += ']';
}

// {"type":..., "coordinates":...} or "null"; envelope of the written positions.
std::string geometryJson(const Geometry& g, int precision, const std::string& label, Envelope& box) {
    if (g.kind == GeometryKind::None || g.isEmpty()) return "null";
    PositionWriter w(precision, label);
    std::string out;
    switch (g.kind) {
        case GeometryKind::Point:
            if (g.points.size() == 1) {
                out = "{\"type\":\"Point\",\"coordinates\":";
                w.position(out, w.round(g.points[0]));
            } else {
                out = "{\"type\":\"MultiPoint\",\"coordinates\":";
                w.points(out, g.points);
            }
            break;
        case GeometryKind::LineString:
            if (g.lines.size() == 1) {
                out = "{\"type\":\"LineString\",\"coordinates\":";
                w.points(out, g.lines[0]);
            } else {
                out = "{\"type\":\"MultiLineString\",\"coordinates\":[";
                for (std::size_t i = 0; i < g.lines.size(); ++i) {
                    if (i) out += ',';
                    w.points(out, g.lines[i]);
                }
                out += ']';
            }
            break;
        case GeometryKind::Polygon:
            if (g.polygons.size() == 1) {
                out = "{\"type\":\"Polygon\",\"coordinates\":";
                w.polygon(out, g.polygons[0]);
            } else {
                out = "{\"type\":\"MultiPolygon\",\"coordinates\":[";
                for (std::size_t i = 0; i < g.polygons.size(); ++i) {
                    if (i) out += ',';
                    w.polygon(out, g.polygons[i]);
                }
                out += ']';
            }
            break;
        case GeometryKind::None: break;
    }
    out += '}';
    box = w.box();
    return out;
}

void appendValue(std::string& out, const Value& v, FieldType type) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) {
        out += std::to_string(*i);
    } else if (const auto* d = std::get_if<double>(&v)) {
        if (std::isfinite(*d))
            out += formatReal(*d);
        else
            out += "null";
    } else if (const auto* s = std::get_if<std::string>(&v)) {
        appendJsonString(out, type == FieldType::Date ? isoDateText(*s) : *s);
    } else {
        out += "null";
    }
}

std::string featureJson(const ExportTable& table, const Feature& f, const std::vector<std::string>& keys,
                        int precision) {
    std::string label = table.name + ", feature " + std::to_string(f.fid);
    Envelope box;
    std::string geometry = geometryJson(f.geometry, precision, label, box);
    std::string out = "{\"type\":\"Feature\",\"id\":" + std::to_string(f.fid) + ",";
    if (!box.isNull()) {
        appendBbox(out, box, precision);
        out += ',';
    }
    out += "\"geometry\":";
    out += geometry;
    out += ",\"properties\":{";
    for (std::size_t i = 0; i < table.fields.size(); ++i) {
        if (i) out += ',';
        out += keys[i];
        out += ':';
        appendValue(out, i < f.attributes.size() ? f.attributes[i] : Value{}, table.fields[i].type);
    }
    out += "}}";
    return out;
}

}  // namespace

void writeGeoJson(const ExportTable& table, const ExportOptions& options, const ProgressFn& progress,
                  ExportReport& report) {
    if (table.hasGeometry() && !table.crs.isGeographic)
        throw Error("internal: GeoJSON table of '" + table.name + "' is not in WGS 84");
    int precision = options.precision;
    bool seq = options.format == ExportFormat::GeoJsonSeq;
    std::string ext = fs::path(options.outputPath).extension().string();
    bool rs = seq && (options.recordSeparator || ext == ".geojsons");

    std::vector<std::string> keys;
    for (const auto& field : table.fields) {
        std::string k;
        appendJsonString(k, field.name);
        keys.push_back(std::move(k));
    }

    AtomicReplace replace(options.outputPath);
    report.notes.insert(report.notes.end(), replace.notes().begin(), replace.notes().end());
    FileSink sink(replace.tempPath(), options.outputPath);
    ProgressTicker ticker(progress, table.features.size(), "writing " + table.name);

    if (!seq) {
        // The collection's bbox: the written positions are the raw ones
        // rounded, and rounding is monotonic, so rounding the raw extremes
        // gives exactly the extremes of the written positions.
        Envelope all;
        for (const auto& f : table.features) all.expand(f.geometry.envelope());
        std::string head = "{\"type\":\"FeatureCollection\",\"name\":";
        appendJsonString(head, table.name);
        head += ',';
        if (!all.isNull()) {
            appendBbox(head, all, precision);
            head += ',';
        }
        head += "\"features\":[\n";
        sink.write(head);
    }
    for (std::size_t i = 0; i < table.features.size(); ++i) {
        ticker.tick(i);
        std::string line;
        if (rs) line += '\x1e';
        line += featureJson(table, table.features[i], keys, precision);
        if (!seq && i + 1 < table.features.size()) line += ',';
        line += '\n';
        sink.write(line);
    }
    if (!seq) sink.write("]}\n");
    sink.finish();
    replace.commit();
    report.featuresWritten += table.features.size();
}

}  // namespace geo::detail
