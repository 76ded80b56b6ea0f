#include "geo/workspace.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <memory>
#include <optional>

#include "geo/crs.h"
#include "geo/error.h"
#include "geo/number_format.h"
#include "geo/source.h"
#include "geo/validity.h"
#include "parallel.h"

namespace geo {

const LoadedLayer* Workspace::find(const std::string& id) const {
    for (const auto& l : layers)
        if (l.spec.id == id) return &l;
    return nullptr;
}

const LoadedLayer* Workspace::firstWithRole(LayerRole role) const {
    for (const auto& l : layers)
        if (l.spec.role == role) return &l;
    return nullptr;
}

namespace {

// Fewer features than this are normalised on the calling thread: starting
// threads and PROJ contexts would cost more than it saves.
constexpr std::size_t kParallelMinFeatures = 5000;
constexpr std::size_t kChunk = 1024;

// Repair the polygons of features in place; the repairs, in feature order.
// A geometry GEOS cannot check or repair is an error naming layer and FID.
std::vector<RepairRecord> repairPolygons(std::vector<Feature>& features, unsigned workers,
                                         const std::string& layerLabel) {
    std::vector<std::vector<RepairRecord>> found(workers);
    detail::parallelFor(features.size(), kChunk, workers, [&](unsigned w, std::size_t b, std::size_t e) {
        for (std::size_t i = b; i < e; ++i) {
            Feature& f = features[i];
            if (f.geometry.kind != GeometryKind::Polygon || f.geometry.isEmpty()) continue;
            std::string what;
            try {
                if (repairInPlace(f.geometry, what)) found[w].push_back({i, f.fid, std::move(what)});
            } catch (const GeometryError& e) {
                throw GeometryError(layerLabel + ", FID " + std::to_string(f.fid) + ": " + e.what());
            }
        }
    });
    std::vector<RepairRecord> all;
    for (auto& v : found) all.insert(all.end(), std::make_move_iterator(v.begin()), std::make_move_iterator(v.end()));
    std::sort(all.begin(), all.end(), [](const RepairRecord& a, const RepairRecord& b) { return a.featureIndex < b.featureIndex; });
    return all;
}

// A copy of layer; its features copied by every worker (a million features
// are a million allocations).
Layer copyLayer(Layer& layer, unsigned workers) {
    std::vector<Feature> features = std::move(layer.features);
    Layer copy = layer;  // all but the features
    layer.features = std::move(features);
    copy.features.resize(layer.features.size());
    detail::parallelFor(layer.features.size(), kChunk, workers, [&](unsigned, std::size_t b, std::size_t e) {
        std::copy(layer.features.begin() + static_cast<std::ptrdiff_t>(b),
                  layer.features.begin() + static_cast<std::ptrdiff_t>(e),
                  copy.features.begin() + static_cast<std::ptrdiff_t>(b));
    });
    return copy;
}

// The layer's features moved into a layer with its fields, CRS and label,
// leaving layer without features (AsRead::Released).
Layer moveFeatures(Layer& layer) {
    std::vector<Feature> features = std::move(layer.features);
    layer.features.clear();
    Layer moved = layer;  // all but the features
    moved.features = std::move(features);
    return moved;
}

// Add later repairs to earlier ones: one record per feature, notes joined.
void mergeRepairs(std::vector<RepairRecord>& into, std::vector<RepairRecord> later, const std::string& stage) {
    for (auto& r : later) {
        auto same = std::lower_bound(into.begin(), into.end(), r.featureIndex,
                                     [](const RepairRecord& a, std::size_t i) { return a.featureIndex < i; });
        if (same != into.end() && same->featureIndex == r.featureIndex)
            same->what += "; " + stage + r.what;
        else
            into.insert(same, {r.featureIndex, r.fid, stage + r.what});
    }
}

}  // namespace

LoadIssue::Kind issueKind(WarningKind kind) {
    switch (kind) {
        case WarningKind::Note: return LoadIssue::Kind::Note;
        case WarningKind::EncodingGuess: return LoadIssue::Kind::EncodingGuess;
        case WarningKind::EncodingDoubt: return LoadIssue::Kind::EncodingDoubt;
        case WarningKind::CrsGuess: return LoadIssue::Kind::CrsGuess;
        case WarningKind::CrsUnknown: return LoadIssue::Kind::CrsUnknown;
    }
    return LoadIssue::Kind::Note;
}

LoadIssue loadFailure(const std::string& layerId, const Error& e) {
    LoadIssue issue{LoadIssue::Severity::Error, layerId, e.what(), LoadIssue::Kind::LayerNotRead};
    if (const auto* axis = dynamic_cast<const AxisOrderError*>(&e)) {
        issue.kind = LoadIssue::Kind::AxisSwapped;
        issue.facts = {{"sentence", "latitude_first"}, {"x_range", axis->xRange}, {"y_range", axis->yRange}};
    }
    return issue;
}

namespace {

std::string fmt(double v, int decimals) { return formatNumber(v, decimals); }

// Latitude-first degrees not declared so: say what was seen and how to fix it.
[[noreturn]] void refuseSwappedAxes(const Layer& source, const std::string& layerId) {
    Envelope e = source.extent();
    std::string x = fmt(e.minX, 4) + ".." + fmt(e.maxX, 4), y = fmt(e.minY, 4) + ".." + fmt(e.maxY, 4);
    bool beyond = e.minY < -90 || e.maxY > 90;
    throw AxisOrderError(source.label() + ": the coordinates look latitude first: x " + x +
                             " lies within Vietnam's latitudes and y " + y +
                             (beyond ? " beyond ±90" : " within Vietnam's longitudes") +
                             ", so areas would be wrong; if the file is latitude first, set \"axis_order\": \"lat_lon\" "
                             "for layer '" + layerId + "' in the project (vungtrong-cli: --axis-order lat_lon)",
                         x, y);
}

// Every coordinate normalised to WGS 84 must be a place on Earth: a NaN or a
// latitude beyond ±90 would measure as NaN or 0 ha further on.
std::optional<XY> firstNotOnEarth(const Geometry& g) {
    auto bad = [](const XY& p) { return !std::isfinite(p.x) || !std::isfinite(p.y) || std::fabs(p.y) > 90; };
    auto scan = [&](const std::vector<XY>& points) -> std::optional<XY> {
        for (const auto& p : points)
            if (bad(p)) return p;
        return std::nullopt;
    };
    if (auto p = scan(g.points)) return p;
    for (const auto& line : g.lines)
        if (auto p = scan(line)) return p;
    for (const auto& poly : g.polygons)
        for (const auto& ring : poly.rings)
            if (auto p = scan(ring)) return p;
    return std::nullopt;
}

void requirePlacesOnEarth(const Layer& source, const std::vector<Feature>& normalised, unsigned workers) {
    // Every coordinate of a million plots: scanned on every core, the first
    // wrong feature in layer order named (as a scan in order would).
    std::atomic<std::size_t> first{normalised.size()};
    detail::parallelFor(normalised.size(), kChunk, workers, [&](unsigned, std::size_t b, std::size_t e) {
        for (std::size_t i = b; i < e && i < first.load(std::memory_order_relaxed); ++i)
            if (firstNotOnEarth(normalised[i].geometry)) {
                std::size_t seen = first.load();
                while (i < seen && !first.compare_exchange_weak(seen, i)) {
                }
                return;
            }
    });
    const std::size_t i = first.load();
    if (i == normalised.size()) return;
    const XY wrong = *firstNotOnEarth(normalised[i].geometry);
    // The coordinate as stored, for the user to find it in the source.
    std::string stored;
    if (i < source.features.size()) {
        Envelope e = source.features[i].geometry.envelope();
        if (!e.isNull()) stored = " (stored extent x " + fmt(e.minX, 6) + ".." + fmt(e.maxX, 6) + ", y " +
                                  fmt(e.minY, 6) + ".." + fmt(e.maxY, 6) + ")";
    }
    throw GeometryError(source.label() + ", feature FID " + std::to_string(normalised[i].fid) +
                        ": a coordinate is not a place on Earth in WGS 84 (lon " + fmt(wrong.x, 6) + ", lat " +
                        fmt(wrong.y, 6) + ")" + stored + ", so its area cannot be measured; check the layer's CRS (" +
                        (source.crs.authorityCode.empty() ? source.crs.name : source.crs.authorityCode) +
                        ") and axis order");
}

}  // namespace

LoadedLayer normalise(LayerSpec spec, Layer source, AsRead asRead) {
    if (source.axesLookSwapped) refuseSwappedAxes(source, spec.id);
    LoadedLayer out;
    out.spec = std::move(spec);
    unsigned workers = source.features.size() < kParallelMinFeatures ? 1 : detail::workerCount();
    out.normalised = asRead == AsRead::Kept ? copyLayer(source, workers) : moveFeatures(source);
    auto& features = out.normalised.features;
    // Repair polygons in the source CRS first, where faults are judged on the
    // coordinates as stored: reprojected, a zero-area sliver (collinear
    // points) gets a rounding-sized area and would pass as valid.
    out.repairs = repairPolygons(features, workers, source.label());
    bool hasGeometry = false;
    for (const auto& f : features)  // the kinds as read: repair keeps them
        if (f.geometry.kind != GeometryKind::None) {
            hasGeometry = true;
            break;
        }
    if (hasGeometry) {
        if (!source.crs.isKnown())
            throw CrsError(source.label() + ": no CRS, and none could be inferred; set \"crs\" for layer '" +
                           out.spec.id + "' in the project");
        CrsInfo target = wgs84();
        Transformer toWgs84(source.crs, target);  // names the operation; workers make their own
        out.transformation = toWgs84.operationName();
        out.transformationAccuracyMetres = toWgs84.accuracyMetres();
        if (toWgs84.isBallpark())
            out.normalised.warnings.push_back(source.label() + ": PROJ found only a ballpark datum shift (" +
                                              out.transformation + "): positions may be off by 100 m or more");
        if (source.crs.authorityCode != target.authorityCode || source.crs.definition != target.definition) {
            std::vector<std::unique_ptr<Transformer>> perWorker(workers);
            detail::parallelFor(features.size(), kChunk, workers, [&](unsigned w, std::size_t b, std::size_t e) {
                if (!perWorker[w]) perWorker[w] = std::make_unique<Transformer>(source.crs, target);
                std::string reason;
                for (std::size_t i = b; i < e; ++i)
                    if (!perWorker[w]->forwardChecked(features[i].geometry, reason))
                        throw CrsError(source.label() + ", FID " + std::to_string(features[i].fid) + ": " + reason +
                                       "; check the CRS of layer '" + out.spec.id +
                                       "' (\"crs\" in the project, --crs on the command line) and that x is "
                                       "the easting or longitude");
            });
            // Reprojection can rarely make a valid polygon invalid (near-touching rings).
            mergeRepairs(out.repairs, repairPolygons(features, workers, source.label()), "after reprojection to WGS 84: ");
        }
        out.normalised.crs = target;
        requirePlacesOnEarth(source, features, workers);
    }
    out.source = std::move(source);
    return out;
}

namespace {

bool needsPolygons(LayerRole role) {
    return role == LayerRole::Zones || role == LayerRole::PlantingAreas || role == LayerRole::Boundary;
}

// A zones, planting-areas or boundary layer must hold polygons: a layer with
// none is unusable (an error); stray points or lines are named in warnings.
void checkGeometryKinds(const LayerSpec& spec, Layer& layer) {
    if (!needsPolygons(spec.role)) return;
    std::size_t polygons = 0, others = 0, pointCodes = 0;
    std::string firstOther;
    // A planting area given as a point is a code without a boundary (a
    // register's row): it counts in its zone's codes and declared area
    // (stats.h) and is reported as no_boundary, so it is no stray feature.
    const bool pointsAreCodes = spec.role == LayerRole::PlantingAreas;
    for (const auto& f : layer.features) {
        if (f.geometry.kind == GeometryKind::Polygon) ++polygons;
        if (f.geometry.kind != GeometryKind::Point && f.geometry.kind != GeometryKind::LineString) continue;
        if (pointsAreCodes && f.geometry.kind == GeometryKind::Point) {
            ++pointCodes;
            continue;
        }
        if (others++ == 0)
            firstOther = std::string(toString(f.geometry.kind)) + " (feature FID " + std::to_string(f.fid) + ")";
    }
    if (polygons == 0 && pointCodes == 0 && others > 0)
        throw GeometryError(layer.label() + ": layer '" + spec.id + "' has the role " + toString(spec.role) +
                            " but holds no polygons: " + std::to_string(others) + " feature(s) are points or lines, "
                            "e.g. " + firstOther);
    if (others > 0)
        layer.warnings.push_back(layer.label() + ": " + std::to_string(others) + " feature(s) of layer '" + spec.id +
                                 "' (role " + toString(spec.role) + ") are not polygons, so they count in no area or link, e.g. " +
                                 firstOther);
}

// Field names set in the project that the layer does not have, and field
// keys that mean nothing (a typo such as "cooprative"), become warnings here;
// linking throws later if it needs a missing field.
void checkFields(const LayerSpec& spec, Layer& layer) {
    static const char* const known[] = {"code", "name", "crop", "cooperative", "declared_ha", "members",
                                        "ocop_stars", "amount_vnd", "programme", "year", "key", "kind",
                                        "wkt", "x", "y", "id"};
    for (const auto& [key, name] : spec.fields) {
        if (std::find(std::begin(known), std::end(known), key) == std::end(known)) {
            layer.warnings.push_back(layer.label() + ": layer '" + spec.id + "': unknown field key \"" + key +
                                     "\" in the project (ignored)");
            continue;
        }
        if (key == "wkt" || key == "x" || key == "y" || name.empty()) continue;  // consumed by the reader
        if (layer.fieldIndex(name) < 0) {
            std::string available;
            for (const auto& f : layer.fields) available += (available.empty() ? "" : ", ") + f.name;
            layer.warnings.push_back(layer.label() + ": layer '" + spec.id + "': the project's \"" + key +
                                     "\" field '" + name + "' is not in the layer (fields: " +
                                     (available.empty() ? "none" : available) + ")");
        }
    }
}

}  // namespace

ReadOptions readOptions(const Project& project, const LayerSpec& spec) {
    ReadOptions options;
    options.layerName = spec.layerName;
    options.sql = spec.sql;
    options.crsOverride = spec.crs;
    options.encodingOverride = spec.encoding;
    options.provinceCrsHint = project.provinceCrs;
    options.axisOrder = spec.axisOrder;
    options.wktField = spec.field("wkt");
    options.xField = spec.field("x");
    options.yField = spec.field("y");
    options.allowEmpty = spec.role == LayerRole::Investments || spec.role == LayerRole::Table;
    options.reach = projectReach(project);
    return options;
}

LoadedLayer prepareLayer(const LayerSpec& spec, Layer layer, AsRead asRead) {
    checkGeometryKinds(spec, layer);
    checkFields(spec, layer);
    return normalise(spec, std::move(layer), asRead);
}

LoadedLayer loadLayer(const Project& project, const LayerSpec& spec) {
    return prepareLayer(spec, readLayer(project.resolve(spec.path), readOptions(project, spec)));
}

namespace {

// The reader's doubt about an encoding the user set, as its finding
// (encoding_doubt) with the facts an interface translates.
LoadIssue encodingDoubt(const LoadedLayer& l) {
    const Layer& s = l.source;
    LoadIssue issue{LoadIssue::Severity::Warning, l.spec.id, s.encodingDoubt, LoadIssue::Kind::EncodingDoubt};
    issue.facts = {{"path", s.sourcePath}, {"encoding", s.encodingSettingIgnored ? l.spec.encoding : s.encoding}};
    if (s.encodingSettingIgnored)
        issue.facts["sentence"] = "ignored";
    else if (!s.encodingBetter.empty())
        issue.facts.insert({{"sentence", "better"}, {"better", s.encodingBetter}});
    else
        issue.facts["sentence"] = "doubt";
    return issue;
}

}  // namespace

void addLayer(Workspace& ws, LoadedLayer l) {
    const std::string& id = l.spec.id;
    for (const auto& w : l.source.warnings)
        ws.issues.push_back(w.kind == WarningKind::EncodingDoubt
                                ? encodingDoubt(l)
                                : LoadIssue{LoadIssue::Severity::Warning, id, w.text, issueKind(w.kind)});
    // The normalised layer starts as a copy of the source: only what
    // normalising added is new.
    for (const auto& w : l.normalised.warnings)
        if (std::find(l.source.warnings.begin(), l.source.warnings.end(), w) == l.source.warnings.end())
            ws.issues.push_back({LoadIssue::Severity::Warning, id, w.text, issueKind(w.kind)});
    ws.layers.push_back(std::move(l));
}

void loadCrosswalk(Workspace& ws) {
    ws.crosswalk.reset();
    if (!ws.project.crosswalk) return;
    try {
        CrosswalkTable table = readCrosswalk(ws.project);
        for (const auto& p : table.problems)
            ws.issues.push_back({LoadIssue::Severity::Warning, "", p.message,
                                 p.kind == CrosswalkProblem::Kind::Duplicate ? LoadIssue::Kind::CrosswalkDuplicate
                                                                             : LoadIssue::Kind::CrosswalkRow});
        ws.crosswalk = std::move(table);
    } catch (const Error& e) {
        ws.issues.push_back({LoadIssue::Severity::Warning, "", std::string("crosswalk not read: ") + e.what(),
                             LoadIssue::Kind::CrosswalkUnread});
    }
}

Workspace loadWorkspace(const Project& project, const ProgressFn& progress) {
    Workspace ws;
    ws.project = project;
    for (std::size_t i = 0; i < project.layers.size(); ++i) {
        const LayerSpec& spec = project.layers[i];
        if (progress && !progress(static_cast<double>(i) / project.layers.size(), "reading " + spec.id))
            throw Cancelled();
        try {
            // Ctrl-C (progress returning false) also stops the read of one big layer.
            ReadOptions options = readOptions(project, spec);
            const double at = static_cast<double>(i) / project.layers.size();
            if (progress) options.keepReading = [&] { return progress(at, "reading " + spec.id); };
            addLayer(ws, prepareLayer(spec, readLayer(project.resolve(spec.path), options)));
        } catch (const Error& e) {
            ws.issues.push_back(loadFailure(spec.id, e));
        }
    }
    loadCrosswalk(ws);
    if (progress) progress(1.0, "done");
    return ws;
}

}  // namespace geo
