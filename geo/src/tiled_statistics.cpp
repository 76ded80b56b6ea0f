// A planting layer too large to hold, measured a tile at a time; the rules
// are in tiled_statistics.h.
#include "geo/tiled_statistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

#include "envelope_pairs.h"
#include "geo/error.h"
#include "geo/link.h"
#include "parallel.h"

namespace geo {

ReadOptions::Part FeatureEnvelopes::survey() {
    return {[this](std::int64_t fid, const Envelope& e) {
                std::lock_guard<std::mutex> lock(guard);
                fids.push_back(fid);
                envelopes.push_back(e);
                return false;
            },
            {}};
}

ReadOptions::Part TilePlan::part(std::uint32_t t) const {
    // Reading a tile's area through a GeoPackage's spatial index costs about
    // 13 times a sequential read per feature read (10M plots in 5 tiles: 212 s
    // against 96 s for 5 whole passes, same figures; tests/bench/README.md):
    // it pays only when a tile is a small part of the layer.
    constexpr std::size_t kIndexFromTiles = 16;
    return {[this, t](std::int64_t fid, const Envelope&) {
                auto it = std::lower_bound(fids.begin(), fids.end(), fid);
                return it != fids.end() && *it == fid && tileOf[static_cast<std::size_t>(it - fids.begin())] == t;
            },
            tiles() >= kIndexFromTiles ? areas[t] : Envelope{}};
}

namespace {

double centreX(const Envelope& e) { return (e.minX + e.maxX) / 2; }
double centreY(const Envelope& e) { return (e.minY + e.maxY) / 2; }

// Groups (roots of features whose envelopes chain together), each with its
// size; a group without geometry stands alone.
struct Groups {
    std::vector<int> rootOf;
    std::vector<int> roots;
    std::vector<int> size;  // by root
};

Groups groupTouching(const std::vector<Envelope>& env) {
    // Reprojection and repair move coordinates by rounding: envelopes that
    // miss each other by less than that could still overlap once normalised.
    Envelope extent;
    for (const auto& e : env) extent.expand(e);
    const double slack = 1e-9 * std::max(extent.width(), extent.height());
    std::vector<Envelope> grown(env);
    for (auto& e : grown)
        if (!e.isNull()) e = {e.minX - slack, e.minY - slack, e.maxX + slack, e.maxY + slack};
    auto pairs = detail::envelopePairs(grown, detail::workerCount(), {});
    std::vector<Envelope>().swap(grown);
    detail::Dsu dsu(env.size());
    for (const auto& [a, b] : pairs) dsu.unite(a, b);
    Groups g;
    g.rootOf.resize(env.size());
    g.size.assign(env.size(), 0);
    for (std::size_t i = 0; i < env.size(); ++i) {
        int r = dsu.find(static_cast<int>(i));
        g.rootOf[i] = r;
        if (g.size[static_cast<std::size_t>(r)]++ == 0) g.roots.push_back(r);
    }
    return g;
}

// Where each run of about `target` features starts in roots (taken in
// order), never splitting a group.
std::vector<std::size_t> runStarts(const std::vector<int>& roots, const std::vector<int>& size, std::size_t target) {
    std::vector<std::size_t> starts;
    std::size_t inRun = 0;
    for (std::size_t k = 0; k < roots.size(); ++k) {
        std::size_t s = static_cast<std::size_t>(size[static_cast<std::size_t>(roots[k])]);
        if (k == 0 || inRun + s > target) {
            starts.push_back(k);
            inRun = 0;
        }
        inRun += s;
    }
    starts.push_back(roots.size());
    return starts;
}

// Zone rows add up tile by tile (tiled_statistics.h): sums of planting areas
// and of clusters are added; what does not depend on them stays the first tile's.
void addPlantingFigures(ZoneStatistics& into, const ZoneStatistics& part) {
    into.grossPlantedHa += part.grossPlantedHa;
    into.netPlantedHa += part.netPlantedHa;
    into.codes += part.codes;
    into.declaredHa += part.declaredHa;
    into.codesWithoutBoundary += part.codesWithoutBoundary;
    for (const auto& [crop, c] : part.byCrop) {
        CropFigures& to = into.byCrop[crop];
        to.grossHa += c.grossHa;
        to.netHa += c.netHa;
        to.codes += c.codes;
    }
    std::vector<CooperativeShare> merged;
    std::merge(into.holders.begin(), into.holders.end(), part.holders.begin(), part.holders.end(),
               std::back_inserter(merged),
               [](const CooperativeShare& a, const CooperativeShare& b) { return a.cooperative < b.cooperative; });
    into.holders.clear();
    for (const auto& h : merged) {
        if (!into.holders.empty() && into.holders.back().cooperative == h.cooperative) {
            into.holders.back().codes += h.codes;
            into.holders.back().grossHa += h.grossHa;
        } else {
            into.holders.push_back(h);
        }
    }
}

}  // namespace

TilePlan planTiles(FeatureEnvelopes& surveyed, std::size_t featuresPerTile) {
    const std::vector<Envelope>& env = surveyed.envelopes;
    const std::size_t n = env.size();
    TilePlan plan;
    if (n == 0) {
        plan.areas.push_back({});
        return plan;
    }
    Groups g = groupTouching(env);
    // Strips across x, then tiles along y within each strip: compact tiles,
    // so that a tile's area (the spatial filter) holds few features of others.
    const std::size_t per = std::max<std::size_t>(1, featuresPerTile);
    const std::size_t tilesWanted = (n + per - 1) / per;
    const std::size_t strips = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(tilesWanted))));
    auto key = [&](int r) -> const Envelope& { return env[static_cast<std::size_t>(r)]; };
    // Groups without geometry go first, into tile 0, which then reads anywhere.
    std::stable_sort(g.roots.begin(), g.roots.end(), [&](int a, int b) {
        bool na = key(a).isNull(), nb = key(b).isNull();
        if (na != nb) return na;
        return !na && centreX(key(a)) < centreX(key(b));
    });
    std::vector<std::uint32_t> tileOfRoot(n, 0);
    std::uint32_t tiles = 0;
    const std::vector<std::size_t> stripStarts = runStarts(g.roots, g.size, (n + strips - 1) / strips);
    for (std::size_t s = 0; s + 1 < stripStarts.size(); ++s) {
        std::vector<int> strip(g.roots.begin() + static_cast<std::ptrdiff_t>(stripStarts[s]),
                               g.roots.begin() + static_cast<std::ptrdiff_t>(stripStarts[s + 1]));
        std::stable_sort(strip.begin(), strip.end(), [&](int a, int b) {
            bool na = key(a).isNull(), nb = key(b).isNull();
            if (na != nb) return na;
            return !na && centreY(key(a)) < centreY(key(b));
        });
        const std::vector<std::size_t> tileStarts = runStarts(strip, g.size, per);
        for (std::size_t r = 0; r + 1 < tileStarts.size(); ++r, ++tiles)
            for (std::size_t k = tileStarts[r]; k < tileStarts[r + 1]; ++k)
                tileOfRoot[static_cast<std::size_t>(strip[k])] = tiles;
    }
    plan.areas.assign(tiles, Envelope{});
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return surveyed.fids[a] < surveyed.fids[b]; });
    plan.fids.resize(n);
    plan.tileOf.resize(n);
    bool readAnywhere = false;
    for (std::size_t k = 0; k < n; ++k) {
        std::size_t i = order[k];
        plan.fids[k] = surveyed.fids[i];
        if (k > 0 && plan.fids[k] == plan.fids[k - 1])
            throw Error("the planting layer is too large to read at once, and it cannot be read in parts: feature ID " +
                        std::to_string(plan.fids[k]) + " appears twice");
        std::uint32_t t = tileOfRoot[static_cast<std::size_t>(g.rootOf[i])];
        plan.tileOf[k] = t;
        if (env[i].isNull()) readAnywhere = true;  // in tile 0, which groups without geometry lead
        plan.areas[t].expand(env[i]);
    }
    if (readAnywhere) plan.areas[0] = Envelope{};
    return plan;
}

Workspace loadWorkspaceForTiles(const Project& project, FeatureEnvelopes& surveyed, const ProgressFn& progress) {
    Workspace ws;
    ws.project = project;
    bool surveying = true;
    for (std::size_t i = 0; i < project.layers.size(); ++i) {
        const LayerSpec& spec = project.layers[i];
        const double at = static_cast<double>(i) / static_cast<double>(project.layers.size());
        if (progress && !progress(at, "reading " + spec.id)) throw Cancelled();
        try {
            ReadOptions options = readOptions(project, spec);
            if (progress) options.keepReading = [&] { return progress(at, "reading " + spec.id); };
            if (surveying && spec.role == LayerRole::PlantingAreas) {
                options.part = surveyed.survey();
                surveying = false;
            }
            addLayer(ws, prepareLayer(spec, readLayer(project.resolve(spec.path), options), AsRead::Released));
        } catch (const Error& e) {
            ws.issues.push_back(loadFailure(spec.id, e));
        }
    }
    loadCrosswalk(ws);
    return ws;
}

TiledStatistics computeStatisticsInTiles(const Workspace& ws, const TilePlan& plan, const std::string& zonesLayerId,
                                         const ProgressFn& progress) {
    const LoadedLayer* planting = ws.firstWithRole(LayerRole::PlantingAreas);
    if (!planting) throw Error("the project has no planting areas layer to read in tiles");
    if (!planting->normalised.features.empty())
        throw Error(planting->spec.id + ": the planting layer was read whole, not surveyed for tiles");
    const std::size_t slot = static_cast<std::size_t>(planting - ws.layers.data());
    const LayerSpec spec = planting->spec;
    // Each tile must read the layer alike: a CRS guessed from coordinates
    // would be guessed anew from each tile's, and so could differ.
    if (planting->source.crs.inferred || !planting->source.crs.isKnown())
        throw Error(spec.id + ": this planting layer is read in tiles (it is too large to hold at once), but its "
                    "coordinate system is not stated by its files: set it in the project (\"crs\") or with --crs");
    std::string firstTileEncoding;  // a detected encoding holds for every tile
    std::set<std::string> said;  // issues already given, by message
    for (const auto& issue : ws.issues) said.insert(issue.message);

    TiledStatistics out;
    std::size_t featuresRead = 0;  // over every tile: the survey's count, unless the file changed meanwhile
    Workspace tileWs = ws;
    const double tiles = static_cast<double>(plan.tiles());
    for (std::uint32_t t = 0; t < plan.tiles(); ++t) {
        auto stage = [&](double within, const std::string& what) {
            return !progress || progress((t + within) / tiles, what);
        };
        if (!stage(0, "reading")) throw Cancelled();
        ReadOptions options = readOptions(ws.project, spec);
        options.part = plan.part(t);
        options.keepReading = [&] { return stage(0, "reading"); };
        if (!firstTileEncoding.empty()) options.encodingOverride = firstTileEncoding;
        Layer read = readLayer(ws.project.resolve(spec.path), options);
        if (t == 0 && read.encodingGuessed) firstTileEncoding = read.encoding;
        featuresRead += read.features.size();
        if (!stage(0.1, "repair")) throw Cancelled();
        Workspace one;  // collects the tile's issues the way loading does
        addLayer(one, prepareLayer(spec, std::move(read), AsRead::Released));
        for (auto& issue : one.issues)
            if (said.insert(issue.message).second) out.issues.push_back(std::move(issue));
        tileWs.layers[slot] = std::move(one.layers.front());

        auto scaled = [&](double lo, double hi) -> ProgressFn {
            return [&, lo, hi](double f, const std::string& what) { return stage(lo + (hi - lo) * f, what); };
        };
        Links links = linkWorkspace(tileWs, zonesLayerId, scaled(0.3, 0.6));
        Statistics st = computeStatistics(tileWs, links, scaled(0.6, 1.0));
        tileWs.layers[slot].normalised.features.clear();
        tileWs.layers[slot].normalised.features.shrink_to_fit();

        for (const auto& o : st.overlaps) out.overlapHa += o.hectares;
        out.overlapPairs += st.overlaps.size();
        Statistics& sum = out.statistics;
        if (t == 0) {
            out.zonesLayerId = links.zonesLayerId;
            sum.zones = std::move(st.zones);
            sum.total = std::move(st.total);
            sum.implausibleNumbers = std::move(st.implausibleNumbers);
            sum.amountProblems = std::move(st.amountProblems);
            continue;
        }
        for (std::size_t z = 0; z < sum.zones.size(); ++z) addPlantingFigures(sum.zones[z], st.zones[z]);
        addPlantingFigures(sum.total, st.total);
        for (auto& n : st.implausibleNumbers)
            if (n.layerId == spec.id) sum.implausibleNumbers.push_back(std::move(n));
    }
    if (featuresRead != plan.fids.size())
        throw Error(spec.id + ": the planting layer changed while it was read in tiles (" +
                    std::to_string(plan.fids.size()) + " features when surveyed, " + std::to_string(featuresRead) +
                    " read in its tiles): run again once it is no longer being written");
    for (auto& z : out.statistics.zones) z.coveragePct = z.zoneHa > 0 ? z.netPlantedHa / z.zoneHa * 100 : 0;
    auto& total = out.statistics.total;
    total.coveragePct = total.zoneHa > 0 ? total.netPlantedHa / total.zoneHa * 100 : 0;
    if (progress) progress(1.0, "done");
    return out;
}

}  // namespace geo
