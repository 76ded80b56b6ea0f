// Linking (design.md, "Linking rules"); see geo/link.h for the exact rules.
#include "geo/link.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>

#include "geo/area.h"
#include "geo/error.h"
#include "geo/geodesic_distance.h"
#include "geo/text.h"
#include "geo/zone_fields.h"
#include "link_internal.h"
#include "parallel.h"

namespace geo {

// ---------------------------------------------------------------- keys

// One rule for every key, through ICU (geo/text.h): codes typed in
// spreadsheets by different people link when they differ only by case,
// Unicode form, fullwidth digits or stray white space.
std::string normaliseKey(std::string_view raw) { return foldKey(raw); }

const char* toString(LinkMethod m) {
    switch (m) {
        case LinkMethod::None: return "none";
        case LinkMethod::Key: return "key";
        case LinkMethod::SpatialInside: return "inside";
        case LinkMethod::SpatialNearest: return "nearest";
    }
    return "none";
}

// ---------------------------------------------------------------- helpers

ZoneFields zoneFields(const LoadedLayer& layer) {
    ZoneFields z;
    z.code = detail::optionalField(layer, "code");
    z.name = detail::optionalField(layer, "name");
    // Unset in the project: the fields whose values tell the zones apart (geo/zone_fields.h).
    if (z.code < 0 || z.name < 0) z = chooseZoneFields(layer.normalised, z.code, z.name);
    return z;
}

namespace detail {

const LoadedLayer* resolveZonesLayer(const Workspace& ws, const std::string& id) {
    if (id.empty()) return ws.firstWithRole(LayerRole::Zones);
    const LoadedLayer* l = ws.find(id);
    if (!l) {
        if (ws.project.findLayer(id))
            throw Error("layer '" + id + "' could not be loaded, so it cannot serve as zones");
        throw Error("no layer '" + id + "' in the project");
    }
    for (const auto& f : l->normalised.features)
        if (f.geometry.kind != GeometryKind::Polygon && f.geometry.kind != GeometryKind::None)
            throw Error("layer '" + id + "' is not a polygon layer, so it cannot serve as zones");
    return l;
}

int optionalField(const LoadedLayer& layer, const std::string& key) {
    std::string name = layer.spec.field(key);
    if (name.empty()) return -1;
    return layer.normalised.requireField(name);
}

EnvelopeIndex::EnvelopeIndex(std::vector<Envelope> items) : items_(std::move(items)) {
    for (const auto& e : items_) extent_.expand(e);
    if (items_.empty() || extent_.isNull()) {
        start_.assign(2, 0);
        return;
    }
    int g = static_cast<int>(std::clamp(std::sqrt(static_cast<double>(items_.size())), 1.0, 512.0));
    nx_ = ny_ = g;
    cw_ = std::max(extent_.width() / nx_, 1e-12);
    ch_ = std::max(extent_.height() / ny_, 1e-12);
    std::vector<std::uint32_t> count(static_cast<std::size_t>(nx_) * ny_ + 1, 0);
    for (const auto& e : items_) {
        if (e.isNull()) continue;
        int c0, c1, r0, r1;
        cellRange(e, c0, c1, r0, r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c) ++count[static_cast<std::size_t>(r) * nx_ + c];
    }
    start_.assign(count.size() + 1, 0);
    for (std::size_t i = 0; i < count.size(); ++i) start_[i + 1] = start_[i] + count[i];
    entries_.resize(start_.back());
    std::vector<std::uint32_t> fill(start_.begin(), start_.end() - 1);
    for (std::size_t i = 0; i < items_.size(); ++i) {
        const auto& e = items_[i];
        if (e.isNull()) continue;
        int c0, c1, r0, r1;
        cellRange(e, c0, c1, r0, r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c) entries_[fill[static_cast<std::size_t>(r) * nx_ + c]++] = static_cast<int>(i);
    }
}

void EnvelopeIndex::cellRange(const Envelope& e, int& c0, int& c1, int& r0, int& r1) const {
    auto clampi = [](double v, int hi) { return static_cast<int>(std::clamp(std::floor(v), 0.0, static_cast<double>(hi))); };
    c0 = clampi((e.minX - extent_.minX) / cw_, nx_ - 1);
    c1 = clampi((e.maxX - extent_.minX) / cw_, nx_ - 1);
    r0 = clampi((e.minY - extent_.minY) / ch_, ny_ - 1);
    r1 = clampi((e.maxY - extent_.minY) / ch_, ny_ - 1);
}

void EnvelopeIndex::query(const Envelope& e, std::vector<int>& out) const {
    out.clear();
    if (items_.empty() || !e.intersects(extent_)) return;
    int c0, c1, r0, r1;
    cellRange(e, c0, c1, r0, r1);
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c) {
            std::size_t cell = static_cast<std::size_t>(r) * nx_ + c;
            for (std::uint32_t k = start_[cell]; k < start_[cell + 1]; ++k) {
                int i = entries_[k];
                if (items_[static_cast<std::size_t>(i)].intersects(e)) out.push_back(i);
            }
        }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

ZoneGrid::ZoneGrid(const std::vector<const Geometry*>& zones, double cellSize) {
    Envelope ext;
    for (const auto* z : zones) ext.expand(z->envelope());
    if (ext.isNull() || !(cellSize > 0)) return;
    const int maxCells = 2048;
    double w = ext.width(), h = ext.height();
    nx_ = static_cast<int>(std::clamp(std::ceil(w / cellSize), 1.0, static_cast<double>(maxCells)));
    ny_ = static_cast<int>(std::clamp(std::ceil(h / cellSize), 1.0, static_cast<double>(maxCells)));
    dx_ = std::max(w / nx_, 1e-12);
    dy_ = std::max(h / ny_, 1e-12);
    x0_ = ext.minX;
    y0_ = ext.minY;
    cells_.assign(static_cast<std::size_t>(nx_) * ny_, Outside);
    // 1. Interiors: even-odd scanline fill at each row's centre line.
    std::vector<std::vector<double>> crossings(static_cast<std::size_t>(ny_));
    for (std::size_t z = 0; z < zones.size(); ++z) {
        for (auto& c : crossings) c.clear();
        for (const auto& poly : zones[z]->polygons)
            for (const auto& ring : poly.rings)
                for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
                    XY a = ring[i], b = ring[i + 1];
                    if (a.y == b.y) continue;
                    if (a.y > b.y) std::swap(a, b);
                    // rows whose centre y is in [a.y, b.y)
                    int r0 = static_cast<int>(std::ceil((a.y - y0_) / dy_ - 0.5));
                    int r1 = static_cast<int>(std::ceil((b.y - y0_) / dy_ - 0.5)) - 1;
                    r0 = std::max(r0, 0);
                    r1 = std::min(r1, ny_ - 1);
                    for (int r = r0; r <= r1; ++r) {
                        double y = y0_ + (r + 0.5) * dy_;
                        if (y < a.y || y >= b.y) continue;
                        crossings[static_cast<std::size_t>(r)].push_back(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y));
                    }
                }
        for (int r = 0; r < ny_; ++r) {
            auto& xs = crossings[static_cast<std::size_t>(r)];
            std::sort(xs.begin(), xs.end());
            for (std::size_t k = 0; k + 1 < xs.size(); k += 2) {
                int c0 = std::max(0, static_cast<int>(std::ceil((xs[k] - x0_) / dx_ - 0.5)));
                int c1 = std::min(nx_, static_cast<int>(std::ceil((xs[k + 1] - x0_) / dx_ - 0.5)));
                for (int c = c0; c < c1; ++c) {
                    auto& cell = cells_[static_cast<std::size_t>(r) * nx_ + c];
                    cell = cell == Outside ? static_cast<std::int32_t>(z) : Mixed;
                }
            }
        }
    }
    // 2. Borders: every cell touched by the bounding box of a piece (≤ 1 cell
    // long) of any edge, widened by a little, becomes Mixed.
    const double ex = dx_ * 1e-3, ey = dy_ * 1e-3;
    auto mark = [&](double minX, double minY, double maxX, double maxY) {
        int c0 = std::max(0, static_cast<int>(std::floor((minX - ex - x0_) / dx_)));
        int c1 = std::min(nx_ - 1, static_cast<int>(std::floor((maxX + ex - x0_) / dx_)));
        int r0 = std::max(0, static_cast<int>(std::floor((minY - ey - y0_) / dy_)));
        int r1 = std::min(ny_ - 1, static_cast<int>(std::floor((maxY + ey - y0_) / dy_)));
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c) cells_[static_cast<std::size_t>(r) * nx_ + c] = Mixed;
    };
    for (const auto* z : zones)
        for (const auto& poly : z->polygons)
            for (const auto& ring : poly.rings)
                for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
                    XY a = ring[i], b = ring[i + 1];
                    int steps = 1 + static_cast<int>(std::max(std::fabs(b.x - a.x) / dx_, std::fabs(b.y - a.y) / dy_));
                    for (int s = 0; s < steps; ++s) {
                        double t0 = static_cast<double>(s) / steps, t1 = static_cast<double>(s + 1) / steps;
                        XY p{a.x + (b.x - a.x) * t0, a.y + (b.y - a.y) * t0};
                        XY q{a.x + (b.x - a.x) * t1, a.y + (b.y - a.y) * t1};
                        mark(std::min(p.x, q.x), std::min(p.y, q.y), std::max(p.x, q.x), std::max(p.y, q.y));
                    }
                }
}

std::int32_t ZoneGrid::classify(const Envelope& e) const {
    if (cells_.empty() || e.isNull()) return Mixed;
    if (e.maxX < x0_ || e.maxY < y0_ || e.minX > x0_ + nx_ * dx_ || e.minY > y0_ + ny_ * dy_) return Outside;
    double fc0 = std::floor((e.minX - x0_) / dx_), fc1 = std::floor((e.maxX - x0_) / dx_);
    double fr0 = std::floor((e.minY - y0_) / dy_), fr1 = std::floor((e.maxY - y0_) / dy_);
    if (fc0 < 0 || fr0 < 0 || fc1 >= nx_ || fr1 >= ny_) return Mixed;  // partly beyond the grid: ask GEOS
    int c0 = static_cast<int>(fc0), c1 = static_cast<int>(fc1), r0 = static_cast<int>(fr0), r1 = static_cast<int>(fr1);
    std::int32_t first = cells_[static_cast<std::size_t>(r0) * nx_ + c0];
    if (first == Mixed) return Mixed;
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
            if (cells_[static_cast<std::size_t>(r) * nx_ + c] != first) return Mixed;
    return first;
}

double geosAreaHa(GEOSContextHandle_t ctx, const GEOSGeometry* g, AreaMode mode, const GeosWhat& what) {
    if (!g || isEmpty(ctx, g, what)) return 0;
    return areaHa(fromGeos(ctx, g, GeometryKind::Polygon, what), mode);
}

std::string describeFeature(const LoadedLayer& layer, std::size_t index, int codeField) {
    std::string out = "layer '" + layer.spec.id + "'";
    if (index >= layer.normalised.features.size()) return out + ", feature " + std::to_string(index);
    const Feature& f = layer.normalised.features[index];
    out += ", FID " + std::to_string(f.fid);
    if (codeField >= 0 && static_cast<std::size_t>(codeField) < f.attributes.size()) {
        std::string code = toText(f.attributes[static_cast<std::size_t>(codeField)]);
        if (!code.empty()) out += " (code " + code + ")";
    }
    return out;
}

bool zoneBefore(const std::string& a, int ia, const std::string& b, int ib) {
    auto digits = [](const std::string& s) {
        return !s.empty() && s.size() < 18 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (a != b) {
        if (a.empty() != b.empty()) return !a.empty();  // zones without a code come last
        if (digits(a) && digits(b)) {
            long long x = std::stoll(a), y = std::stoll(b);
            if (x != y) return x < y;
        } else {
            return a < b;
        }
    }
    return ia < ib;
}

}  // namespace detail

// ---------------------------------------------------------------- linking

namespace {

using detail::GeosGeom;
using detail::GeosPrepared;

// Per-thread GEOS state for the zones: geometry and prepared geometry, built lazily.
struct ThreadZones {
    const std::vector<const Geometry*>* zones = nullptr;
    GEOSContextHandle_t ctx = nullptr;
    std::vector<GeosGeom> geoms;
    std::vector<GeosPrepared> prepared;

    void init(const std::vector<const Geometry*>& z) {
        zones = &z;
        ctx = detail::threadGeos().handle();
        geoms.clear();
        prepared.clear();
        for (std::size_t i = 0; i < z.size(); ++i) {
            geoms.emplace_back(nullptr, detail::GeosGeomDeleter{ctx});
            prepared.emplace_back(nullptr, detail::GeosPreparedDeleter{ctx});
        }
    }
    const GEOSGeometry* geom(int z) {
        auto& g = geoms[static_cast<std::size_t>(z)];
        if (!g) g = detail::toGeos(ctx, *(*zones)[static_cast<std::size_t>(z)], [&] { return "zone " + std::to_string(z); });
        return g.get();
    }
    const GEOSPreparedGeometry* prep(int z) {
        auto& p = prepared[static_cast<std::size_t>(z)];
        if (!p) p = detail::prepare(ctx, geom(z), [&] { return "zone " + std::to_string(z); });
        return p.get();
    }
};

Value attribute(const Feature& f, int field) {
    if (field < 0 || static_cast<std::size_t>(field) >= f.attributes.size()) return {};
    return f.attributes[static_cast<std::size_t>(field)];
}

// The cooperative's location: its point, else a point on its polygon's surface.
std::optional<XY> locationOf(const Geometry& g, const detail::GeosWhat& what) {
    if (g.kind == GeometryKind::Point && !g.points.empty()) return g.points[0];
    if (g.kind == GeometryKind::Polygon && !g.polygons.empty()) {
        GEOSContextHandle_t ctx = detail::threadGeos().handle();
        GeosGeom gg = detail::toGeos(ctx, g, what);
        return detail::pointOnSurface(ctx, gg.get(), what);
    }
    return std::nullopt;
}

// The zone of a point by the cooperative rule (link.h): every zone whose
// polygon contains it or has it on its boundary, the first by zoneBefore;
// -1 when none. A GEOS failure (predicate 2, no point made) is an error
// naming what.
int zoneOfPoint(ThreadZones& z, const detail::EnvelopeIndex& zoneIndex, const std::vector<std::string>& zoneCodes,
                XY p, const std::string& what) {
    Envelope pe;
    pe.expand(p);
    std::vector<int> cand;
    zoneIndex.query(pe, cand);
    if (cand.empty()) return -1;
    GeosGeom pt = detail::own(z.ctx, GEOSGeom_createPointFromXY_r(z.ctx, p.x, p.y));
    if (!pt) throw GeometryError("GEOS could not make the point of " + what);
    int best = -1;
    for (int zi : cand) {
        char inside = GEOSPreparedIntersects_r(z.ctx, z.prep(zi), pt.get());
        if (inside == 2)
            throw GeometryError("GEOS failed to test whether " + what + " lies in zone " + std::to_string(zi));
        if (inside == 1 && (best < 0 || detail::zoneBefore(zoneCodes[static_cast<std::size_t>(zi)], zi,
                                                           zoneCodes[static_cast<std::size_t>(best)], best)))
            best = zi;
    }
    return best;
}

double medianEnvelopeSize(const std::vector<Envelope>& envs) {
    std::vector<double> sizes;
    std::size_t step = std::max<std::size_t>(1, envs.size() / 20000);  // a sample is enough
    for (std::size_t i = 0; i < envs.size(); i += step)
        if (!envs[i].isNull()) sizes.push_back(std::max(envs[i].width(), envs[i].height()));
    if (sizes.empty()) return 0;
    std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
    return sizes[sizes.size() / 2];
}

}  // namespace

Links linkWorkspace(const Workspace& ws, const std::string& zonesLayerId, const ProgressFn& progress) {
    Links links;
    const LoadedLayer* zonesLayer = detail::resolveZonesLayer(ws, zonesLayerId);
    const LoadedLayer* planting = ws.firstWithRole(LayerRole::PlantingAreas);
    const LoadedLayer* coops = ws.firstWithRole(LayerRole::Cooperatives);
    const LoadedLayer* invest = ws.firstWithRole(LayerRole::Investments);
    if (zonesLayer) links.zonesLayerId = zonesLayer->spec.id;
    links.areaMode = ws.project.areaMode;

    auto stage = [&](const std::string& name, double lo, double hi) {
        return [&progress, name, lo, hi](double f) { return !progress || progress(lo + (hi - lo) * f, name); };
    };
    const unsigned workers = detail::workerCount();

    std::vector<const Geometry*> zoneGeoms;
    std::vector<std::string> zoneCodes;
    int zoneCodeField = -1;
    if (zonesLayer) {
        detail::ZoneFields zf = detail::zoneFields(*zonesLayer);
        zoneCodeField = zf.code;
        for (const auto& f : zonesLayer->normalised.features) {
            zoneGeoms.push_back(&f.geometry);
            zoneCodes.push_back(toText(attribute(f, zf.code)));
        }
    }
    std::vector<Envelope> zoneEnvs;
    for (const auto* g : zoneGeoms) zoneEnvs.push_back(g->envelope());
    detail::EnvelopeIndex zoneIndex(zoneEnvs);

    // How errors name the features (only built when a GEOS call fails).
    const int plantCodeField = planting ? detail::optionalField(*planting, "code") : -1;
    auto plantingLabel = [&](std::size_t i) { return detail::describeFeature(*planting, i, plantCodeField); };
    auto zoneLabel = [&](int zi) { return "zone " + detail::describeFeature(*zonesLayer, static_cast<std::size_t>(zi), zoneCodeField); };

    // 1. Planting areas: geodesic area of each (valid) geometry.
    const std::vector<Feature> noFeatures;
    const auto& pf = planting ? planting->normalised.features : noFeatures;
    const std::size_t np = pf.size();
    links.plantingHectares.assign(np, 0);
    links.plantingCooperative.assign(np, {});
    std::vector<Envelope> plantEnvs(np);
    detail::parallelFor(
        np, 2048, workers,
        [&](unsigned, std::size_t b, std::size_t e) {
            for (std::size_t i = b; i < e; ++i) {
                const Geometry& g = pf[i].geometry;
                plantEnvs[i] = g.envelope();
                links.plantingHectares[i] = g.isPolygonal() ? areaHa(g, links.areaMode) : 0;
            }
        },
        stage("area", 0.0, 0.45));

    // 2. Planting area → zone: clipped shares. The grid settles "wholly inside
    // zone z" (no clipping) for nearly every plot; GEOS does the rest. Each
    // chunk of plots keeps its shares apart; they are joined in plot order
    // into the flat list after (link.h, ZoneShares).
    constexpr std::size_t kOverlayChunk = 1024;
    struct ChunkShares {
        std::vector<ZoneShare> shares;
        std::vector<std::uint32_t> ends;  // per plot of the chunk: its shares end here
    };
    std::vector<ChunkShares> chunks((np + kOverlayChunk - 1) / kOverlayChunk);
    if (!zoneGeoms.empty() && np > 0) {
        double cell = medianEnvelopeSize(plantEnvs);
        Envelope zext;
        for (const auto& e : zoneEnvs) zext.expand(e);
        if (!(cell > 0)) cell = std::max(zext.width(), zext.height()) / 256;
        cell = std::max(cell, std::max(zext.width(), zext.height()) / 2048);
        detail::ZoneGrid grid(zoneGeoms, cell);
        std::vector<ThreadZones> tz(workers);
        detail::parallelFor(
            np, kOverlayChunk, workers,
            [&](unsigned w, std::size_t b, std::size_t e) {
                ThreadZones& z = tz[w];
                if (!z.ctx) z.init(zoneGeoms);
                ChunkShares& out = chunks[b / kOverlayChunk];
                out.ends.reserve(e - b);
                out.shares.reserve(e - b);  // nearly every plot has one share
                auto add = [&](int zone, double ha) { out.shares.push_back({zone, ha}); };
                std::vector<int> cand;
                for (std::size_t i = b; i < e; ++i) {
                    auto endPlot = [&] { out.ends.push_back(static_cast<std::uint32_t>(out.shares.size())); };
                    const Geometry& g = pf[i].geometry;
                    if (!g.isPolygonal() || g.isEmpty() || !(links.plantingHectares[i] > 0)) {
                        endPlot();
                        continue;
                    }
                    std::int32_t cls = grid.classify(plantEnvs[i]);
                    if (cls >= 0) {
                        add(cls, links.plantingHectares[i]);
                        endPlot();
                        continue;
                    }
                    if (cls == detail::ZoneGrid::Outside) {
                        endPlot();
                        continue;
                    }
                    zoneIndex.query(plantEnvs[i], cand);
                    if (cand.empty()) {
                        endPlot();
                        continue;
                    }
                    GeosGeom pg = detail::toGeos(z.ctx, g, [&] { return plantingLabel(i); });
                    for (int zi : cand) {
                        auto both = [&] { return plantingLabel(i) + " and " + zoneLabel(zi); };
                        const GEOSPreparedGeometry* prep = z.prep(zi);
                        if (detail::preparedContains(z.ctx, prep, pg.get(), both)) {
                            add(zi, links.plantingHectares[i]);
                            continue;
                        }
                        if (!detail::preparedIntersects(z.ctx, prep, pg.get(), both)) continue;
                        GeosGeom piece = detail::intersection(z.ctx, z.geom(zi), pg.get(), both);
                        double ha = detail::geosAreaHa(z.ctx, piece.get(), links.areaMode, both);
                        if (ha > 0) add(zi, ha);
                    }
                    endPlot();
                }
            },
            stage("overlay", 0.45, 0.9));
    }
    std::size_t shareTotal = 0;
    for (const auto& c : chunks) shareTotal += c.shares.size();
    links.plantingZones.reserve(np, shareTotal);
    for (std::size_t c = 0; c < chunks.size(); ++c) {
        const std::size_t b = c * kOverlayChunk, e = std::min(np, b + kOverlayChunk);
        ChunkShares& chunk = chunks[c];
        std::uint32_t from = 0;
        for (std::size_t i = b; i < e; ++i) {
            const std::uint32_t to = chunk.ends.empty() ? 0 : chunk.ends[i - b];  // empty: no zones, no overlay
            links.plantingZones.append(std::span<const ZoneShare>(chunk.shares.data() + from, to - from));
            from = to;
        }
        std::vector<ZoneShare>().swap(chunk.shares);  // freed as joined
        std::vector<std::uint32_t>().swap(chunk.ends);
    }
    std::vector<ChunkShares>().swap(chunks);

    // 3. Cooperative → zone: point in polygon; on a shared border, the zone
    // that sorts first by code (link.h).
    const auto& cf = coops ? coops->normalised.features : noFeatures;
    links.cooperativeZone.assign(cf.size(), -1);
    std::vector<std::optional<XY>> coopPoints(cf.size());
    int coopLabelField = coops ? detail::optionalField(*coops, "key") : -1;
    if (coops && coopLabelField < 0) coopLabelField = detail::optionalField(*coops, "code");
    auto coopLabel = [&](std::size_t c) { return detail::describeFeature(*coops, c, coopLabelField); };
    for (std::size_t c = 0; c < cf.size(); ++c) coopPoints[c] = locationOf(cf[c].geometry, [&] { return coopLabel(c); });
    if (!zoneGeoms.empty()) {
        ThreadZones z;
        z.init(zoneGeoms);
        std::vector<int> cand;
        for (std::size_t c = 0; c < cf.size(); ++c) {
            if (!coopPoints[c]) continue;
            Envelope pe;
            pe.expand(*coopPoints[c]);
            zoneIndex.query(pe, cand);
            if (cand.empty()) continue;
            GeosGeom pt = detail::makePoint(z.ctx, *coopPoints[c], [&] { return coopLabel(c); });
            int best = -1;
            for (int zi : cand)
                if (detail::preparedIntersects(z.ctx, z.prep(zi), pt.get(), [&] { return coopLabel(c) + " and " + zoneLabel(zi); }))
                    if (best < 0 || detail::zoneBefore(zoneCodes[static_cast<std::size_t>(zi)], zi,
                                                       zoneCodes[static_cast<std::size_t>(best)], best))
                        best = zi;
            links.cooperativeZone[c] = best;
        }
    }
    // 3b. Planting areas given as points (codes without a boundary) → zone,
    // by the same rule as cooperatives.
    links.plantingPointZone.assign(np, -1);
    if (!zoneGeoms.empty()) {
        ThreadZones z;
        z.init(zoneGeoms);
        for (std::size_t i = 0; i < np; ++i) {
            const Geometry& g = pf[i].geometry;
            if (g.kind != GeometryKind::Point || g.points.empty()) continue;
            links.plantingPointZone[i] = zoneOfPoint(z, zoneIndex, zoneCodes, g.points[0],
                                                     planting->source.label() + ", feature FID " +
                                                         std::to_string(pf[i].fid));
        }
    }
    if (progress && !progress(0.93, "cooperatives")) throw Cancelled();

    // Cooperative keys (first feature wins for a duplicated key).
    std::unordered_map<std::string, int> coopByKey;
    int coopKeyField = coops ? detail::optionalField(*coops, "key") : -1;
    if (coops && coopKeyField < 0) coopKeyField = detail::optionalField(*coops, "code");
    if (coopKeyField >= 0)
        for (std::size_t c = 0; c < cf.size(); ++c) {
            std::string k = normaliseKey(toText(attribute(cf[c], coopKeyField)));
            if (!k.empty()) coopByKey.emplace(k, static_cast<int>(c));
        }

    // 4. Planting area → cooperative.
    int plantCoopField = planting ? detail::optionalField(*planting, "cooperative") : -1;
    bool byKey = ws.project.links.plantingToCooperative != "spatial" && plantCoopField >= 0;
    if (byKey) {
        if (coops && coopKeyField < 0)
            throw Error("layer '" + coops->spec.id + "': no \"key\" field set in the project, so planting areas cannot be linked by key");
        // A million keys folded: on every core, and not at all when no
        // cooperative has a key (nothing could match).
        if (!coopByKey.empty())
            detail::parallelFor(np, 2048, workers, [&](unsigned, std::size_t b, std::size_t e) {
                for (std::size_t i = b; i < e; ++i) {
                    std::string k = normaliseKey(toText(attribute(pf[i], plantCoopField)));
                    if (k.empty()) continue;
                    if (auto it = coopByKey.find(k); it != coopByKey.end())
                        links.plantingCooperative[i] = {it->second, LinkMethod::Key, 0};
                }
            });
    } else if (coops && np > 0) {
        std::vector<Envelope> pointEnvs(cf.size());
        for (std::size_t c = 0; c < cf.size(); ++c)
            if (coopPoints[c]) pointEnvs[c].expand(*coopPoints[c]);
        detail::EnvelopeIndex pointIndex(pointEnvs);
        const double maxDist = ws.project.links.maxLinkDistanceMetres;
        detail::parallelFor(
            np, 256, workers,
            [&](unsigned, std::size_t b, std::size_t e) {
                GEOSContextHandle_t ctx = detail::threadGeos().handle();
                std::vector<int> cand;
                for (std::size_t i = b; i < e; ++i) {
                    const Geometry& g = pf[i].geometry;
                    if (!g.isPolygonal() || g.isEmpty()) continue;
                    const Envelope& env = plantEnvs[i];
                    // Inside: the lowest-index cooperative whose point is in (or on) the polygon.
                    pointIndex.query(env, cand);
                    GeosGeom pg = detail::toGeos(ctx, g, [&] { return plantingLabel(i); });
                    bool linked = false;
                    if (!cand.empty()) {
                        GeosPrepared prep = detail::prepare(ctx, pg.get(), [&] { return plantingLabel(i); });
                        for (int c : cand) {
                            const XY p = *coopPoints[static_cast<std::size_t>(c)];
                            auto both = [&] { return plantingLabel(i) + " and cooperative " + coopLabel(static_cast<std::size_t>(c)); };
                            GeosGeom pt = detail::makePoint(ctx, p, both);
                            if (detail::preparedIntersects(ctx, prep.get(), pt.get(), both)) {
                                links.plantingCooperative[i] = {c, LinkMethod::SpatialInside, 0};
                                linked = true;
                                break;
                            }
                        }
                    }
                    if (linked || !(maxDist > 0)) continue;
                    // Nearest within maxDist: the nearest point of the polygon found in
                    // a locally isotropic frame (x scaled by cos(lat)), then the
                    // geodesic distance to it.
                    double lat = std::clamp(std::max(std::fabs(env.minY), std::fabs(env.maxY)), 0.0, 89.0);
                    double k = std::cos(lat * M_PI / 180.0);
                    double dLat = maxDist / 110000.0 * 1.05, dLon = dLat / std::max(k, 0.01);
                    Envelope big{env.minX - dLon, env.minY - dLat, env.maxX + dLon, env.maxY + dLat};
                    pointIndex.query(big, cand);
                    if (cand.empty()) continue;
                    double k0 = std::cos((env.minY + env.maxY) / 2 * M_PI / 180.0);
                    Geometry scaled = g;
                    for (auto& poly : scaled.polygons)
                        for (auto& ring : poly.rings)
                            for (auto& p : ring) p.x *= k0;
                    GeosGeom sg = detail::toGeos(ctx, scaled, [&] { return plantingLabel(i); });
                    double bestD = std::numeric_limits<double>::infinity();
                    int best = -1;
                    for (int c : cand) {
                        const XY p = *coopPoints[static_cast<std::size_t>(c)];
                        auto both = [&] { return plantingLabel(i) + " and cooperative " + coopLabel(static_cast<std::size_t>(c)); };
                        GeosGeom pt = detail::makePoint(ctx, XY{p.x * k0, p.y}, both);
                        XY q = detail::nearestPointOn(ctx, sg.get(), pt.get(), both);
                        q.x /= k0;
                        double d = geodesicDistanceMetres(q, p);
                        if (d <= maxDist && d < bestD) {
                            bestD = d;
                            best = c;
                        }
                    }
                    if (best >= 0) links.plantingCooperative[i] = {best, LinkMethod::SpatialNearest, bestD};
                }
            },
            stage("cooperatives", 0.93, 0.98));
        // Codes without a boundary (points): the nearest cooperative within
        // maxDist, by geodesic distance between the points; ties: lowest index.
        for (std::size_t i = 0; i < np && maxDist > 0; ++i) {
            const Geometry& g = pf[i].geometry;
            if (g.kind != GeometryKind::Point || g.points.empty()) continue;
            const XY p = g.points[0];
            double dLat = maxDist / 110000.0 * 1.05;
            double dLon = dLat / std::max(std::cos(std::clamp(std::fabs(p.y), 0.0, 89.0) * M_PI / 180.0), 0.01);
            std::vector<int> cand;
            pointIndex.query(Envelope{p.x - dLon, p.y - dLat, p.x + dLon, p.y + dLat}, cand);
            double bestD = std::numeric_limits<double>::infinity();
            int best = -1;
            for (int c : cand) {
                double d = geodesicDistanceMetres(p, *coopPoints[static_cast<std::size_t>(c)]);
                if (d <= maxDist && d < bestD) {
                    bestD = d;
                    best = c;
                }
            }
            if (best >= 0) links.plantingCooperative[i] = {best, LinkMethod::SpatialNearest, bestD};
        }
    }

    // 5. Investment → cooperative, by key.
    const auto& inf = invest ? invest->normalised.features : noFeatures;
    links.investmentCooperative.assign(inf.size(), -1);
    if (invest) {
        int f = detail::optionalField(*invest, "cooperative");
        if (f < 0) f = detail::optionalField(*invest, "key");
        if (f >= 0)
            for (std::size_t r = 0; r < inf.size(); ++r) {
                std::string k = normaliseKey(toText(attribute(inf[r], f)));
                if (auto it = coopByKey.find(k); !k.empty() && it != coopByKey.end())
                    links.investmentCooperative[r] = it->second;
            }
    }
    if (progress && !progress(1.0, "linked")) throw Cancelled();
    return links;
}

}  // namespace geo
