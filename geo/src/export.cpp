// Export: what to write (selection, zone filter and clip, linked attributes,
// CRS per format) and the guards every format shares (atomic files, never
// overwriting a source of the open project). The writers are in
// export_gdal.cpp, export_table.cpp and export_postgis.cpp.
#include "geo/export.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include "export_detail.h"
#include "geo/column_labels.h"
#include "geo/crs.h"
#include "geo/error.h"
#include "geo/postgis.h"
#include "geo/source_guard.h"
#include "geo/link.h"
#include "geo/missing_layers.h"
#include "geo/statistics_columns.h"
#include "geo/stats.h"
#include "geos_util.h"
#include "link_internal.h"

namespace geo {
namespace fs = std::filesystem;
using detail::ExportTable;

// ---------------------------------------------------------------- names

namespace detail {

// ---------------------------------------------------------------- shared helpers

void ProgressTicker::tick(std::size_t done) {
    if (!progress_) return;
    if (done % 64 != 0 && done + 1 != total_) return;
    double f = total_ ? static_cast<double>(done) / static_cast<double>(total_) : 1.0;
    if (!progress_(from_ + (to_ - from_) * f, stage_)) throw Cancelled();
}

FileSink::FileSink(const fs::path& path, std::string label) : label_(std::move(label)) {
    file_ = std::fopen(path.c_str(), "wb");
    if (!file_) throw IoError("cannot write '" + label_ + "': " + std::strerror(errno));
    buffer_.reserve(1 << 16);
}

FileSink::~FileSink() {
    if (file_) std::fclose(file_);
}

void FileSink::fail(int err) {
    throw IoError("cannot write '" + label_ + "': " + std::strerror(err ? err : EIO));
}

void FileSink::write(std::string_view s) {
    buffer_.append(s);
    if (buffer_.size() >= (1 << 16)) {
        if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) fail(errno);
        buffer_.clear();
    }
}

void FileSink::finish() {
    if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) fail(errno);
    buffer_.clear();
    if (std::fflush(file_) != 0) fail(errno);
    if (::fsync(::fileno(file_)) != 0) fail(errno);
    std::FILE* f = file_;
    file_ = nullptr;
    if (std::fclose(f) != 0) fail(errno);
}

std::string formatCoordinate(double v, int precision) {
    char buf[64];
    if (precision < 0) {
        auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
        std::string s(buf, end);
        return s == "-0" ? "0" : s;
    }
    std::snprintf(buf, sizeof buf, "%.*f", precision, v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    return s;
}

std::string formatReal(double v) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    std::string s(buf, end);
    if (s.find_first_of(".e") == std::string::npos) s += ".0";
    return s;
}

std::string isoDateText(const std::string& t) {
    // GDAL's text for OFTDate/OFTDateTime: "YYYY/MM/DD" or "YYYY/MM/DD HH:MM:SS[.sss][+TZ]".
    if (t.size() < 10 || t[4] != '/' || t[7] != '/') return t;
    std::string out = t;
    out[4] = out[7] = '-';
    if (out.size() > 10 && out[10] == ' ') out[10] = 'T';
    return out;
}

std::vector<fs::path> outputFiles(const fs::path& target, ExportFormat format) {
    const ExportFormatSpec& spec = exportFormatSpec(format);
    if (spec.database) return {};  // a database table (its guard: refusePostgisSource)
    std::vector<fs::path> out{target};
    for (const auto& ext : spec.sidecars) out.push_back(fs::path(target).replace_extension(ext));
    return out;
}

}  // namespace detail

namespace {

using namespace detail;

// Every file an export writes is checked against the sources of the open
// project (geo/source_guard.h); the layers read into ws are registered too,
// for a layer added to the project by hand is a source as well.
void refuseToOverwriteSources(const Workspace& ws, const ExportOptions& o) {
    if (!ws.project.filePath.empty()) protectProjectSources(ws.project);  // also when built without loadProject
    for (const auto& l : ws.layers)
        protectSourceFile(l.source.sourcePath, "the source of layer '" + l.spec.id + "' of the open project");
    for (const auto& out : outputFiles(o.outputPath, o.format)) geo::refuseToOverwriteSources(out);
    if (exportFormatSpec(o.format).database) {
        std::vector<std::pair<std::string, std::string>> sources;  // connection, table of each PostGIS layer
        for (const auto& l : ws.layers)
            if (isPgName(l.source.sourcePath) && l.spec.sql.empty()) sources.emplace_back(l.source.sourcePath, l.spec.layerName);
        refusePostgisSource(o, sources);
    }
}

void validateOptions(const ExportOptions& o) {
    if (o.outputPath.empty()) throw Error("export: no output file given");
    if (exportFormatSpec(o.format).database) {
        if (!isPgName(o.outputPath))
            throw Error("export: PostGIS writes to a database: give the connection as PG:service=NAME (or "
                        "PG:host=H port=P dbname=D user=U), and the table with --table schema.name");
        if (o.postgisTable.empty()) throw Error("export: PostGIS needs the target table (--table schema.name)");
        if (o.clipToZone && o.zoneCode.empty()) throw Error("export: clipping needs a zone code");
        return;
    } else if (isPgName(o.outputPath)) {
        throw Error(std::string("export: ") + toString(o.format) + " writes a file, and '" + o.outputPath.substr(0, 3) +
                    "…' is a database connection: use --format postgis");
    }
    if (o.precision < -1 || o.precision > 15)
        throw Error("export: precision must be 0 to 15 decimals (or -1 for shortest round-trip), not " +
                    std::to_string(o.precision));
    if (o.clipToZone && o.zoneCode.empty()) throw Error("export: clipping needs a zone code");
    if (!isLabelLanguage(o.language)) throw Error("export: the header language must be vi or en, not '" + o.language + "'");
    // A clear reason before any driver gives its own.
    fs::path folder = fs::path(o.outputPath).parent_path();
    std::error_code ec;
    if (!folder.empty() && !fs::is_directory(folder, ec))
        throw IoError("cannot write '" + o.outputPath + "': " +
                      (fs::exists(folder, ec) ? "'" + folder.string() + "' is not a folder (Not a directory)"
                                              : "folder '" + folder.string() + "' does not exist (No such file or directory)"));
}

GeometryKind tableKind(const Layer& layer) {
    for (const auto& f : layer.features)
        if (f.geometry.kind != GeometryKind::None) return f.geometry.kind;
    return GeometryKind::None;
}

bool wantsWgs84(ExportFormat f) { return exportFormatSpec(f).crs == ExportCrs::Wgs84; }

// Features (indexes into the layer) chosen by options.featureIndexes.
std::vector<std::size_t> selectedIndexes(const Layer& layer, const ExportOptions& o, const std::string& id) {
    std::vector<std::size_t> out;
    if (o.featureIndexes.empty()) {
        for (std::size_t i = 0; i < layer.features.size(); ++i) out.push_back(i);
        return out;
    }
    std::set<std::size_t> chosen;
    for (int i : o.featureIndexes) {
        if (i < 0 || static_cast<std::size_t>(i) >= layer.features.size())
            throw Error("export: layer '" + id + "' has no feature " + std::to_string(i) + " (it has " +
                        std::to_string(layer.features.size()) + ")");
        chosen.insert(static_cast<std::size_t>(i));
    }
    return {chosen.begin(), chosen.end()};
}

// ---------------------------------------------------------------- zone filter

class ZoneFilter {
public:
    ZoneFilter(const Workspace& ws, const ExportOptions& o) : ctx_(threadGeos().handle()), clip_(o.clipToZone) {
        const LoadedLayer* zones = o.zonesLayerId.empty() ? ws.firstWithRole(LayerRole::Zones) : ws.find(o.zonesLayerId);
        if (!zones)
            throw Error(o.zonesLayerId.empty() ? "export: the project has no zones layer for --zone"
                                               : "export: no layer '" + o.zonesLayerId + "' in the project");
        // The code statistics use: the project's field, else the one geo/zone_fields.h chooses.
        int codeIndex = zoneFields(*zones).code;
        if (codeIndex < 0)
            throw Error("export: zones layer '" + zones->spec.id + "' names no code field (set fields.code in the project)");
        for (std::size_t zi = 0; zi < zones->normalised.features.size(); ++zi) {
            const Feature& f = zones->normalised.features[zi];
            if (toText(f.attributes[static_cast<std::size_t>(codeIndex)]) != o.zoneCode) continue;
            if (!f.geometry.isPolygonal() || f.geometry.isEmpty()) continue;
            zoneIndexes_.push_back(static_cast<int>(zi));
            auto label = [&] { return "export: zone " + o.zoneCode + " (FID " + std::to_string(f.fid) + ")"; };
            GeosGeom g = toGeos(ctx_, f.geometry, label);
            prepared_.push_back(prepare(ctx_, g.get(), label));
            zones_.push_back(std::move(g));
        }
        if (zones_.empty())
            throw Error("export: no zone with code '" + o.zoneCode + "' in layer '" + zones->spec.id + "'");
    }

    // nullopt: the feature is outside the zone. Otherwise its geometry, clipped when asked.
    std::optional<Geometry> apply(const Geometry& g, const std::string& label) {
        if (g.kind == GeometryKind::None || g.isEmpty()) return std::nullopt;
        GeosGeom fg = toGeos(ctx_, g, label);
        Geometry clipped;
        clipped.kind = g.kind;
        bool any = false;
        for (std::size_t z = 0; z < zones_.size(); ++z) {
            if (!preparedIntersects(ctx_, prepared_[z].get(), fg.get(), label)) continue;
            any = true;
            if (!clip_) break;
            GeosGeom part = intersection(ctx_, fg.get(), zones_[z].get(), label);
            Geometry piece = fromGeos(ctx_, part.get(), g.kind, label);
            clipped.points.insert(clipped.points.end(), piece.points.begin(), piece.points.end());
            clipped.lines.insert(clipped.lines.end(), piece.lines.begin(), piece.lines.end());
            clipped.polygons.insert(clipped.polygons.end(), piece.polygons.begin(), piece.polygons.end());
        }
        if (!any) return std::nullopt;
        if (!clip_) return g;
        if (clipped.isEmpty()) return std::nullopt;  // touches the zone's border only
        return clipped;
    }

    // The features of the zones layer that pieces are clipped to (same code).
    const std::vector<int>& zoneIndexes() const { return zoneIndexes_; }

private:
    GEOSContextHandle_t ctx_;
    bool clip_;
    std::vector<int> zoneIndexes_;
    std::vector<GeosGeom> zones_;
    std::vector<GeosPrepared> prepared_;
};

// ---------------------------------------------------------------- linked attributes

struct LinkedColumns {
    std::vector<Field> fields;
    std::vector<std::vector<Value>> rows;  // per feature of the layer (all of them)
};

ProgressFn scaled(const ProgressFn& progress, double from, double to) {
    if (!progress) return {};
    return [progress, from, to](double f, const std::string& stage) { return progress(from + (to - from) * f, stage); };
}

// Links and statistics by zones layer, computed at most once per export
// (several layers linked to the same zones share them) unless the caller
// already holds them (ExportOptions::known).
class LinkCache {
public:
    explicit LinkCache(KnownStatistics known) : known_(known) {}

    struct Entry {
        const Links* links;
        const Statistics* statistics;
    };
    Entry get(const Workspace& ws, const std::string& zonesLayerId, const ProgressFn& progress) {
        const LoadedLayer* zones = detail::resolveZonesLayer(ws, zonesLayerId);
        std::string id = zones ? zones->spec.id : std::string();
        if (known_.links && known_.statistics && known_.links->zonesLayerId == id)
            return {known_.links, known_.statistics};
        auto it = computed_.find(id);
        if (it == computed_.end()) {
            auto links = std::make_unique<Links>(linkWorkspace(ws, zonesLayerId, scaled(progress, 0.0, 0.6)));
            auto stats = std::make_unique<Statistics>(computeStatistics(ws, *links, scaled(progress, 0.6, 1.0)));
            it = computed_.emplace(id, std::make_pair(std::move(links), std::move(stats))).first;
        }
        return {it->second.first.get(), it->second.second.get()};
    }

private:
    KnownStatistics known_;
    std::map<std::string, std::pair<std::unique_ptr<Links>, std::unique_ptr<Statistics>>> computed_;
};

// clipZones: when the export clips to a zone, the zones (indexes in the zones
// layer) it clips to; then the planting areas' measured ha and zone fields
// describe the piece inside them, and vt_whole_ha keeps the whole area.
LinkedColumns linkedColumns(const Workspace& ws, const LoadedLayer& layer, const ExportOptions& o,
                            LinkCache& cache, const ProgressFn& progress, std::vector<std::string>& notes,
                            const std::vector<int>* clipZones = nullptr) {
    LinkedColumns out;
    std::size_t n = layer.normalised.features.size();
    out.rows.resize(n);
    LayerRole role = layer.spec.role;
    if (role != LayerRole::PlantingAreas && role != LayerRole::Cooperatives && role != LayerRole::Zones) {
        notes.push_back("layer '" + layer.spec.id + "' (" + toString(role) + ") has no linked attributes");
        return out;
    }
    std::string zonesId = role == LayerRole::Zones ? layer.spec.id : o.zonesLayerId;
    LinkCache::Entry computed = cache.get(ws, zonesId, scaled(progress, 0.0, 0.5));
    const Links& links = *computed.links;
    const Statistics& stats = *computed.statistics;

    std::map<int, const ZoneStatistics*> zoneByIndex;
    for (const auto& z : stats.zones) zoneByIndex[z.zone] = &z;
    std::map<int, const CooperativeStatistics*> coopByIndex;
    for (const auto& c : stats.cooperatives) coopByIndex[c.cooperative] = &c;
    auto zoneCode = [&](int zone) -> Value {
        auto it = zoneByIndex.find(zone);
        return it == zoneByIndex.end() ? Value{} : Value{it->second->code};
    };
    auto zoneName = [&](int zone) -> Value {
        auto it = zoneByIndex.find(zone);
        return it == zoneByIndex.end() ? Value{} : Value{it->second->name};
    };
    using FT = FieldType;

    if (role == LayerRole::PlantingAreas) {
        out.fields = {{"vt_measured_ha", FT::Real},     {"vt_coop_key", FT::String},
                      {"vt_coop_name", FT::String},     {"vt_coop_members", FT::Integer},
                      {"vt_coop_ocop_stars", FT::Integer}, {"vt_link_method", FT::String},
                      {"vt_investment_vnd", FT::Integer}, {"vt_zone_code", FT::String},
                      {"vt_zone_name", FT::String},     {"vt_declared_minus_measured_ha", FT::Real}};
        if (clipZones) out.fields.insert(out.fields.begin() + 1, {"vt_whole_ha", FT::Real});
        std::map<int, const PlantingStatistics*> plantingByIndex;
        for (const auto& p : stats.plantings) plantingByIndex[p.planting] = &p;
        for (std::size_t i = 0; i < n; ++i) {
            auto& row = out.rows[i];
            int idx = static_cast<int>(i);
            Value measured = i < links.plantingHectares.size() ? Value{links.plantingHectares[i]} : Value{};
            Value coopKey, coopName, coopMembers, coopStars, investment, method = std::string("none");
            if (i < links.plantingCooperative.size()) {
                const CooperativeLink& cl = links.plantingCooperative[i];
                method = std::string(toString(cl.method));
                if (auto it = coopByIndex.find(cl.cooperative); cl.cooperative >= 0 && it != coopByIndex.end()) {
                    const CooperativeStatistics& c = *it->second;
                    coopKey = c.key;
                    coopName = c.name;
                    coopMembers = c.members;
                    coopStars = std::int64_t{c.ocopStars};
                    investment = c.investmentVnd;
                }
            }
            Value zc, zn;
            if (i < links.plantingZones.size() && !links.plantingZones[i].empty()) {
                const auto& shares = links.plantingZones[i];
                // Largest share; the first in the zones layer's order on a tie.
                const ZoneShare* best = &shares[0];
                for (const auto& s : shares)
                    if (s.hectares > best->hectares || (s.hectares == best->hectares && s.zone < best->zone)) best = &s;
                zc = zoneCode(best->zone);
                zn = zoneName(best->zone);
            }
            Value declaredMinusMeasured;
            if (auto it = plantingByIndex.find(idx); it != plantingByIndex.end() && it->second->differenceHa())
                declaredMinusMeasured = -*it->second->differenceHa();  // stats: measured − declared
            if (clipZones) {
                // The piece: its share of the clip zone(s), the very numbers the
                // zone's gross planted ha sums, and that zone's code and name.
                Value whole = measured;
                double pieceHa = 0;
                if (i < links.plantingZones.size())
                    for (const auto& s : links.plantingZones[i])
                        if (std::find(clipZones->begin(), clipZones->end(), s.zone) != clipZones->end())
                            pieceHa += s.hectares;
                measured = pieceHa;
                zc = clipZones->empty() ? Value{} : zoneCode(clipZones->front());
                zn = clipZones->empty() ? Value{} : zoneName(clipZones->front());
                row = {measured, whole, coopKey, coopName, coopMembers, coopStars, method, investment, zc, zn,
                       declaredMinusMeasured};
                continue;
            }
            row = {measured, coopKey, coopName, coopMembers, coopStars, method, investment, zc, zn,
                   declaredMinusMeasured};
        }
    } else if (role == LayerRole::Cooperatives) {
        out.fields = {{"vt_zone_code", FT::String}, {"vt_zone_name", FT::String}, {"vt_codes", FT::Integer},
                      {"vt_planted_ha", FT::Real}, {"vt_investment_vnd", FT::Integer}};
        for (std::size_t i = 0; i < n; ++i) {
            int zone = i < links.cooperativeZone.size() ? links.cooperativeZone[i] : -1;
            Value codes, planted, investment;
            if (auto it = coopByIndex.find(static_cast<int>(i)); it != coopByIndex.end()) {
                codes = static_cast<std::int64_t>(it->second->plantingAreas.size());
                planted = it->second->plantedHa;
                investment = it->second->investmentVnd;
            }
            out.rows[i] = {zoneCode(zone), zoneName(zone), codes, planted, investment};
        }
    } else {
        // The zone's statistics columns (geo/statistics_columns.h) after
        // its code and name, and before declared_ha, each as vt_ + name.
        const auto& zoneFields = zoneStatisticsFields();
        for (std::size_t c = 2; c + 1 < zoneFields.size(); ++c)
            out.fields.push_back({"vt_" + zoneFields[c].name, zoneFields[c].type});
        for (std::size_t i = 0; i < n; ++i) {
            auto it = zoneByIndex.find(static_cast<int>(i));
            if (it == zoneByIndex.end()) {
                out.rows[i].resize(out.fields.size());
                continue;
            }
            std::vector<Value> row = zoneStatisticsRow(*it->second, {}, {});
            out.rows[i].assign(row.begin() + 2, row.end() - 1);
        }
    }
    return out;
}

// ---------------------------------------------------------------- building tables

ExportTable buildTable(const Workspace& ws, const LoadedLayer& layer, const ExportOptions& o, LinkCache& cache,
                       const ProgressFn& progress, std::vector<std::string>& notes) {
    const Layer& normalised = layer.normalised;
    ExportTable t;
    t.name = o.layerName.empty() ? layer.spec.id : o.layerName;
    t.kind = tableKind(normalised);

    std::optional<ZoneFilter> zone;
    if (!o.zoneCode.empty()) zone.emplace(ws, o);

    LinkedColumns linked;
    if (o.linked)
        linked = linkedColumns(ws, layer, o, cache, progress, notes,
                               zone && o.clipToZone ? &zone->zoneIndexes() : nullptr);
    std::vector<std::size_t> keep;  // source fields kept
    for (std::size_t i = 0; i < normalised.fields.size(); ++i) {
        bool clash = false;
        for (const auto& lf : linked.fields)
            if (lf.name == normalised.fields[i].name) clash = true;
        if (clash) {
            notes.push_back("layer '" + layer.spec.id + "': source field " + normalised.fields[i].name +
                            " replaced by the linked attribute of the same name");
            continue;
        }
        keep.push_back(i);
        t.fields.push_back(normalised.fields[i]);
    }
    t.fields.insert(t.fields.end(), linked.fields.begin(), linked.fields.end());

    bool toSource = !wantsWgs84(o.format) && t.kind != GeometryKind::None && layer.source.crs.isKnown();
    std::optional<Transformer> back;
    if (toSource) back.emplace(wgs84(), layer.source.crs);
    t.crs = t.kind == GeometryKind::None ? CrsInfo{} : (toSource ? layer.source.crs : normalised.crs);
    if (exportFormatSpec(o.format).crs == ExportCrs::NoGeometry) t.kind = GeometryKind::None;  // a sheet

    std::set<std::size_t> repaired;
    for (const auto& r : layer.repairs) repaired.insert(r.featureIndex);
    std::size_t outside = 0;
    for (std::size_t i : selectedIndexes(normalised, o, layer.spec.id)) {
        const Feature& src = normalised.features[i];
        Feature f;
        f.fid = src.fid;
        if (t.kind != GeometryKind::None) f.geometry = src.geometry;
        if (zone) {
            auto g = zone->apply(src.geometry, layer.spec.id + ", feature " + std::to_string(src.fid));
            if (!g) {
                ++outside;
                continue;
            }
            if (t.kind != GeometryKind::None) f.geometry = std::move(*g);
        }
        bool clipped = zone && o.clipToZone;
        if (back && !f.geometry.isEmpty()) {
            // Unchanged geometry is written exactly as read; repaired or
            // clipped geometry is transformed back from WGS 84.
            if (!clipped && !repaired.count(i) && i < layer.source.features.size())
                f.geometry = layer.source.features[i].geometry;
            else if (std::string reason; !back->forwardChecked(f.geometry, reason))
                throw CrsError("export: layer '" + layer.spec.id + "', FID " + std::to_string(src.fid) +
                               ": cannot write it in the layer's CRS " + layer.source.crs.name + ": " + reason);
        }
        for (std::size_t k : keep) f.attributes.push_back(k < src.attributes.size() ? src.attributes[k] : Value{});
        if (o.linked) {
            const auto& row = linked.rows[i];
            f.attributes.insert(f.attributes.end(), row.begin(), row.end());
            f.attributes.resize(t.fields.size());
        }
        t.features.push_back(std::move(f));
    }
    if (zone && outside)
        notes.push_back(std::to_string(outside) + " selected features of '" + layer.spec.id + "' lie outside zone " +
                        o.zoneCode + " and were left out");
    return t;
}

void writeTables(const std::vector<ExportTable>& tables, const ExportOptions& o, const ProgressFn& progress,
                 ExportReport& report) {
    const ExportFormatSpec& spec = exportFormatSpec(o.format);
    if (tables.size() != 1 && !spec.severalLayers)
        throw Error(std::string("export: ") + spec.name + " holds one layer; use gpkg or xlsx for several");
    switch (spec.writer) {
        case ExportWriter::Csv: writeCsv(tables[0], o, progress, report); break;
        case ExportWriter::PostGis: writePostgis(tables, o, progress, report); break;
        case ExportWriter::Gdal: writeWithGdal(tables, o, progress, report); break;
        case ExportWriter::Xlsx: writeXlsx(tables, o, progress, report); break;
    }
}

}  // namespace

ExportReport exportLayers(const Workspace& ws, const std::vector<std::string>& layerIds, const ExportOptions& options,
                          const ProgressFn& progress) {
    validateOptions(options);
    if (layerIds.empty()) throw Error("export: no layer given");
    refuseToOverwriteSources(ws, options);
    ExportReport report;
    report.path = options.outputPath;
    report.format = options.format;
    ExportOptions perLayer = options;
    if (layerIds.size() > 1) perLayer.layerName.clear();
    std::vector<ExportTable> tables;
    LinkCache cache(options.known);
    for (std::size_t i = 0; i < layerIds.size(); ++i) {
        const LoadedLayer* layer = ws.find(layerIds[i]);
        if (!layer) {
            std::string ids;
            for (const auto& l : ws.layers) ids += (ids.empty() ? "" : ", ") + l.spec.id;
            throw Error("export: no layer '" + layerIds[i] + "' in the project (layers: " + ids + ")");
        }
        double from = 0.5 * static_cast<double>(i) / static_cast<double>(layerIds.size());
        double to = 0.5 * static_cast<double>(i + 1) / static_cast<double>(layerIds.size());
        tables.push_back(buildTable(ws, *layer, perLayer, cache, scaled(progress, from, to), report.notes));
    }
    writeTables(tables, options, scaled(progress, 0.5, 1.0), report);
    if (progress) progress(1.0, "done");
    return report;
}

ExportReport exportLayer(const Workspace& ws, const std::string& layerId, const ExportOptions& options,
                         const ProgressFn& progress) {
    return exportLayers(ws, {layerId}, options, progress);
}

ExportReport exportLayer(const Layer& layer, const ExportOptions& options, const ProgressFn& progress) {
    validateOptions(options);
    if (options.linked) throw Error("export: linked attributes need a project");
    if (!options.zoneCode.empty()) throw Error("export: a zone filter needs a project");
    protectSourceFile(layer.sourcePath, "the source of layer '" + layer.name + "'");
    for (const auto& out : outputFiles(options.outputPath, options.format)) geo::refuseToOverwriteSources(out);
    if (exportFormatSpec(options.format).database && isPgName(layer.sourcePath))
        refusePostgisSource(options, {{layer.sourcePath, layer.name}});

    ExportReport report;
    report.path = options.outputPath;
    report.format = options.format;
    ExportTable t;
    t.name = options.layerName.empty() ? layer.name : options.layerName;
    t.fields = layer.fields;
    t.kind = exportFormatSpec(options.format).crs == ExportCrs::NoGeometry ? GeometryKind::None : tableKind(layer);
    t.crs = layer.crs;
    std::optional<Transformer> toWgs84;
    if (t.kind != GeometryKind::None && wantsWgs84(options.format)) {
        if (!layer.crs.isKnown())
            throw CrsError("export: " + layer.label() + " has no CRS, so it cannot be written as WGS 84 lon/lat");
        toWgs84.emplace(layer.crs, wgs84());
        t.crs = wgs84();
    }
    for (std::size_t i : selectedIndexes(layer, options, layer.name)) {
        Feature f = layer.features[i];
        if (t.kind == GeometryKind::None)
            f.geometry = {};
        else if (std::string reason; toWgs84 && !f.geometry.isEmpty() && !toWgs84->forwardChecked(f.geometry, reason))
            throw CrsError("export: " + layer.label() + ", FID " + std::to_string(f.fid) + ": " + reason +
                           "; check the layer's CRS and that x is the easting or longitude");
        f.attributes.resize(t.fields.size());
        t.features.push_back(std::move(f));
    }
    writeTables({t}, options, progress, report);
    return report;
}

namespace {

// A geometry-less table (statistics, findings) ready to write, named name.
ExportTable attributeTable(Layer table, std::string name) {
    ExportTable t;
    t.name = std::move(name);
    t.fields = std::move(table.fields);
    t.features = std::move(table.features);
    t.geoColumns = true;
    return t;
}

// Statistics computed without a layer they read say so in the file: a
// "# WARNING: …" line before a CSV header, a "warnings" sheet in XLSX.
std::vector<std::string> missingLayerWarnings(const Workspace& ws, const std::string& zonesLayerId) {
    std::vector<std::string> out;
    for (const auto& m : missingStatisticsLayers(ws, zonesLayerId)) out.push_back(missingLayerNote(m));
    return out;
}

ExportTable warningsSheet(const std::vector<std::string>& warnings) {
    ExportTable t;
    t.name = "warnings";
    t.fields = {{"warning", FieldType::String}};
    t.geoColumns = true;
    for (const auto& w : warnings) {
        Feature f;
        f.fid = static_cast<std::int64_t>(t.features.size());
        f.attributes = {w};
        t.features.push_back(std::move(f));
    }
    return t;
}

// One table (statistics or findings) to CSV or XLSX, never over a source.
ExportReport exportTable(const Workspace& ws, Layer table, const ExportOptions& options, const char* what,
                         const std::vector<std::string>& warnings = {}) {
    validateOptions(options);
    if (!exportFormatSpec(options.format).statisticsTables) {
        std::string allowed;
        for (const auto& f : exportFormats())
            if (f.statisticsTables) allowed += (allowed.empty() ? "" : " or ") + f.name;
        throw Error(std::string("export: ") + what + " are written as " + allowed + ", not " + toString(options.format));
    }
    refuseToOverwriteSources(ws, options);
    ExportReport report;
    report.path = options.outputPath;
    report.format = options.format;
    std::string name = options.layerName.empty() ? table.name : options.layerName;
    std::vector<ExportTable> tables{attributeTable(std::move(table), std::move(name))};
    if (options.format == ExportFormat::Csv)
        for (const auto& w : warnings) tables[0].comments.push_back("WARNING: " + w);
    else if (!warnings.empty()) tables.push_back(warningsSheet(warnings));
    writeTables(tables, options, {}, report);
    report.notes.insert(report.notes.end(), warnings.begin(), warnings.end());
    return report;
}

}  // namespace

ExportReport exportStatistics(const Workspace& ws, const Statistics& stats, StatisticsTable which,
                              const ExportOptions& options) {
    return exportTable(ws, statisticsTable(stats, which), options, "statistics tables",
                       missingLayerWarnings(ws, options.zonesLayerId));
}

ExportReport exportQuality(const Workspace& ws, const QualityReport& quality, const ExportOptions& options) {
    return exportTable(ws, qualityTable(quality), options, "findings");
}

ExportReport exportStatisticsWorkbook(const Workspace& ws, const Statistics& stats, const std::string& outputPath,
                                      const std::string& language) {
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    options.outputPath = outputPath;
    options.language = language;
    validateOptions(options);
    refuseToOverwriteSources(ws, options);
    ExportReport report;
    report.path = outputPath;
    report.format = options.format;
    std::vector<ExportTable> tables;
    for (auto which : {StatisticsTable::Zones, StatisticsTable::Cooperatives, StatisticsTable::Plantings}) {
        Layer table = statisticsTable(stats, which);
        std::string name = table.name;
        tables.push_back(attributeTable(std::move(table), std::move(name)));
    }
    std::vector<std::string> warnings = missingLayerWarnings(ws, "");
    if (!warnings.empty()) tables.push_back(warningsSheet(warnings));
    report.notes = warnings;
    writeXlsx(tables, options, {}, report);
    return report;
}

}  // namespace geo
