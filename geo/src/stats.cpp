// Statistics (design.md, "Statistics (definitions)"); the rules are in stats.h.
#include "geo/stats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <set>
#include <unordered_map>

#include "geo/amount.h"
#include "geo/area.h"
#include "geo/error.h"
#include "geo/number_format.h"
#include "geo/number_text.h"
#include "geo/plausible.h"
#include "geo/source.h"
#include "envelope_pairs.h"
#include "link_internal.h"
#include "parallel.h"

namespace geo {

static_assert(sizeof(PlantingStatistics) <= 64, "a row per plot: keep it small (issue 11)");

namespace {

// Planted area per cooperative (-1 = unlinked) while a zone is summed up.
using HolderMap = std::map<int, CooperativeShare>;

void addHolding(HolderMap& holders, int cooperative, double hectares) {
    CooperativeShare& h = holders[cooperative];
    h.cooperative = cooperative;
    ++h.codes;
    h.grossHa += hectares;
}

std::vector<CooperativeShare> toHolders(const HolderMap& holders) {
    std::vector<CooperativeShare> out;
    for (const auto& [coop, share] : holders) out.push_back(share);
    return out;
}

using detail::GeosGeom;

const Value& attribute(const Feature& f, int field) {
    static const Value kNull;
    if (field < 0 || static_cast<std::size_t>(field) >= f.attributes.size()) return kNull;
    return f.attributes[static_cast<std::size_t>(field)];
}

// Every planting area's crop as an index into the distinct crop names: 4
// bytes a plot where a string took 32 (a million plots name a few crops).
struct Crops {
    std::vector<std::string> names;
    std::vector<std::uint32_t> of;  // parallel to the planting features
    const std::string& operator[](std::size_t i) const { return names[of[i]]; }
};

// The crops of features, read on every core: each chunk numbers the names it
// meets, then the chunks' names are joined in chunk order.
Crops cropsOf(const std::vector<Feature>& features, int field, unsigned workers, std::size_t chunk) {
    Crops out;
    out.of.resize(features.size());
    std::vector<std::vector<std::string>> local((features.size() + chunk - 1) / chunk);
    detail::parallelFor(features.size(), chunk, workers, [&](unsigned, std::size_t b, std::size_t e) {
        std::unordered_map<std::string, std::uint32_t> ids;
        auto& names = local[b / chunk];
        for (std::size_t i = b; i < e; ++i) {
            auto [it, added] = ids.try_emplace(toText(attribute(features[i], field)),
                                               static_cast<std::uint32_t>(names.size()));
            if (added) names.push_back(it->first);
            out.of[i] = it->second;
        }
    });
    std::unordered_map<std::string, std::uint32_t> global;
    std::vector<std::uint32_t> toGlobal;
    for (std::size_t c = 0; c < local.size(); ++c) {
        toGlobal.clear();
        for (auto& name : local[c]) {
            auto [it, added] = global.try_emplace(name, static_cast<std::uint32_t>(out.names.size()));
            if (added) out.names.push_back(std::move(name));
            toGlobal.push_back(it->second);
        }
        for (std::size_t i = c * chunk; i < std::min(features.size(), (c + 1) * chunk); ++i) out.of[i] = toGlobal[out.of[i]];
    }
    return out;
}

// A declared area in ha: a number cell, or text with a decimal point or
// comma ("1,25" from a Vietnamese spreadsheet); nullopt when unreadable.
std::optional<double> declaredHectares(const Value& v) {
    if (auto d = toNumber(v)) return d;
    if (const auto* s = std::get_if<std::string>(&v)) return parseDecimalText(*s);
    return std::nullopt;
}

// A cell as the finding about it prints it: text as typed, numbers by the one
// number format (a 1e70 reads "1.00e+70").
std::string printedValue(const Value& v) {
    if (const auto* d = std::get_if<double>(&v)) return formatNumber(*d, std::floor(*d) == *d ? 0 : 2);
    return toText(v);
}

ImplausibleNumber implausible(const LoadedLayer& l, std::size_t feature, int field, int codeField, std::string unit,
                              Implausibility reason) {
    const Feature& f = l.normalised.features[feature];
    return {l.spec.id, static_cast<int>(feature), f.fid, toText(attribute(f, codeField)),
            l.normalised.fields[static_cast<std::size_t>(field)].name, printedValue(attribute(f, field)), std::move(unit),
            std::move(reason)};
}

// Every code's declared area, nullopt when it declares none (or none
// readable) and when no planting area can have it (plausible.h): such a value
// is listed in st.implausibleNumbers and counts in no sum. Held as NaN for
// none, 8 bytes a plot, and not at all when the layer has no such field: it is
// alive at the run's peak of memory.
struct DeclaredAreas {
    std::vector<double> ha;  // empty: no declared field
    std::optional<double> operator[](std::size_t i) const {
        if (i >= ha.size() || std::isnan(ha[i])) return std::nullopt;
        return ha[i];
    }
};

DeclaredAreas checkedDeclaredAreas(Statistics& st, const LoadedLayer* planting, int declaredField, int codeField) {
    DeclaredAreas out;
    if (!planting || declaredField < 0) return out;
    const auto& pf = planting->normalised.features;
    out.ha.assign(pf.size(), std::numeric_limits<double>::quiet_NaN());
    for (std::size_t i = 0; i < pf.size(); ++i) {
        std::optional<double> d = declaredHectares(attribute(pf[i], declaredField));
        if (!d) continue;
        if (auto why = declaredAreaProblem(*d)) {  // a NaN is one: never mistaken for "none" below
            st.implausibleNumbers.push_back(implausible(*planting, i, declaredField, codeField, "ha", *why));
            continue;
        }
        out.ha[i] = *d;
    }
    return out;
}

// The zone holding a code without a boundary (link.h), -1 for none or when
// the feature is not such a code.
int pointZoneOf(const Links& links, std::size_t planting) {
    return planting < links.plantingPointZone.size() ? links.plantingPointZone[planting] : -1;
}

bool isCodeWithoutBoundary(const Feature& f) { return f.geometry.kind == GeometryKind::Point && !f.geometry.isEmpty(); }

// Codes without a boundary in their zones and the total, and every code's
// declared area (stats.h): a point's whole, a polygon's by its share fraction.
void addRegisterFigures(Statistics& st, const std::vector<Feature>& pf, const Links& links,
                        const Crops& crops, const DeclaredAreas& declaredHa,
                        std::vector<HolderMap>& zoneHolders, HolderMap& totalHolders) {
    for (std::size_t i = 0; i < pf.size(); ++i) {
        const bool hasDeclared = declaredHa[i].has_value();
        const double declared = declaredHa[i].value_or(0);
        int coop = links.plantingCooperative[i].cooperative;
        if (isCodeWithoutBoundary(pf[i])) {
            ++st.total.codes;
            ++st.total.codesWithoutBoundary;
            ++st.total.byCrop[crops[i]].codes;
            addHolding(totalHolders, coop, 0);
            if (hasDeclared) st.total.declaredHa += declared;
            int z = pointZoneOf(links, i);
            if (z < 0) continue;
            auto& r = st.zones[static_cast<std::size_t>(z)];
            ++r.codes;
            ++r.codesWithoutBoundary;
            ++r.byCrop[crops[i]].codes;
            addHolding(zoneHolders[static_cast<std::size_t>(z)], coop, 0);
            if (hasDeclared) r.declaredHa += declared;
            continue;
        }
        if (!hasDeclared) continue;
        st.total.declaredHa += declared;
        double measured = links.plantingHectares[i];
        if (!(measured > 0)) continue;
        for (const auto& s : links.plantingZones[i])
            st.zones[static_cast<std::size_t>(s.zone)].declaredHa += declared * (s.hectares / measured);
    }
}

// Lazily converted zone geometries for one thread.
struct ZoneGeoms {
    const std::vector<Feature>* zones = nullptr;
    GEOSContextHandle_t ctx = nullptr;
    std::vector<GeosGeom> g;
    void init(const std::vector<Feature>& z) {
        zones = &z;
        ctx = detail::threadGeos().handle();
        for (std::size_t i = 0; i < z.size(); ++i) g.emplace_back(nullptr, detail::GeosGeomDeleter{ctx});
    }
    const GEOSGeometry* get(int i) {
        auto& x = g[static_cast<std::size_t>(i)];
        if (!x) x = detail::toGeos(ctx, (*zones)[static_cast<std::size_t>(i)].geometry, [&] { return label(i); });
        return x.get();
    }
    std::string label(int i) const {
        return "zone FID " + std::to_string((*zones)[static_cast<std::size_t>(i)].fid);
    }
};

// How GEOS errors name planting areas: "layer 'p', FID 3 (code A)".
struct PlantingNames {
    const LoadedLayer* layer = nullptr;
    int codeField = -1;
    std::string operator()(int i) const {
        return layer ? detail::describeFeature(*layer, static_cast<std::size_t>(i), codeField)
                     : "planting area " + std::to_string(i);
    }
    // The first few members of a group of overlapping planting areas.
    std::string group(const std::vector<int>& members) const {
        std::string out = "overlapping planting areas ";
        for (std::size_t k = 0; k < members.size() && k < 4; ++k) out += (k ? "; " : "") + (*this)(members[k]);
        if (members.size() > 4) out += " and " + std::to_string(members.size() - 4) + " more";
        return out;
    }
};

// The overlap correction of one group of mutually overlapping planting
// areas: Σ members' area − area(union) for the whole project, and per zone
// Σ members' share − area(union ∩ zone).
struct Correction {
    double total = 0;
    std::vector<std::pair<int, double>> perZone;
};

Correction correctionOf(const std::vector<int>& members, const std::vector<const GEOSGeometry*>& geoms,
                        const Links& links, ZoneGeoms& zones, const PlantingNames& names = {}) {
    Correction c;
    GEOSContextHandle_t ctx = zones.ctx;
    auto group = [&] { return names.group(members); };
    GeosGeom u = detail::unionOf(ctx, geoms, group);
    double uha = detail::geosAreaHa(ctx, u.get(), links.areaMode, group);
    double sum = 0;
    std::map<int, double> shareSum;
    bool simple = true;  // every member wholly inside the same zone
    int onlyZone = -1;
    for (int m : members) {
        double ha = links.plantingHectares[static_cast<std::size_t>(m)];
        sum += ha;
        const auto& shares = links.plantingZones[static_cast<std::size_t>(m)];
        for (const auto& s : shares) shareSum[s.zone] += s.hectares;
        if (shares.size() != 1 || shares[0].hectares != ha || (onlyZone >= 0 && shares[0].zone != onlyZone)) simple = false;
        else onlyZone = shares[0].zone;
    }
    c.total = sum - uha;
    if (simple && onlyZone >= 0) {
        c.perZone.emplace_back(onlyZone, sum - uha);
        return c;
    }
    for (const auto& [zone, s] : shareSum) {
        const int z = zone;  // clang 14 cannot capture a structured binding
        auto withZone = [&] { return names.group(members) + " and " + zones.label(z); };
        GeosGeom uz = detail::intersection(ctx, u.get(), zones.get(z), withZone);
        c.perZone.emplace_back(z, s - detail::geosAreaHa(ctx, uz.get(), links.areaMode, withZone));
    }
    return c;
}

// Two planting areas that overlap only each other need no union:
// area(A ∪ B) = area(A) + area(B) − area(A ∩ B), so the correction is the
// overlap already measured. Per zone that holds when both lie wholly in the
// same zone (or both in none); otherwise nullopt, and the union is built.
std::optional<Correction> pairCorrection(const std::vector<int>& members, double overlapHa, const Links& links) {
    if (members.size() != 2) return std::nullopt;
    int zone = -2;  // -2 unset, -1 in no zone
    for (int m : members) {
        const auto& shares = links.plantingZones[static_cast<std::size_t>(m)];
        int z = -1;
        if (shares.size() == 1 && shares[0].hectares == links.plantingHectares[static_cast<std::size_t>(m)])
            z = shares[0].zone;
        else if (!shares.empty())
            return std::nullopt;  // split between zones
        if (zone != -2 && z != zone) return std::nullopt;
        zone = z;
    }
    Correction c;
    c.total = overlapHa;
    if (zone >= 0) c.perZone.emplace_back(zone, overlapHa);
    return c;
}

struct ClusterResult {
    Correction all;
    std::map<std::string, Correction> byCrop;
};

}  // namespace

Statistics computeStatistics(const Workspace& ws, const Links& links, const ProgressFn& progress) {
    Statistics st;
    const unsigned workers = detail::workerCount();
    auto stage = [&](const std::string& name, double lo, double hi) {
        return [&progress, name, lo, hi](double f) { return !progress || progress(lo + (hi - lo) * f, name); };
    };
    const LoadedLayer* zonesLayer = detail::resolveZonesLayer(ws, links.zonesLayerId);
    const LoadedLayer* planting = ws.firstWithRole(LayerRole::PlantingAreas);
    const LoadedLayer* coops = ws.firstWithRole(LayerRole::Cooperatives);
    const LoadedLayer* invest = ws.firstWithRole(LayerRole::Investments);
    const std::vector<Feature> none;
    const auto& zf = zonesLayer ? zonesLayer->normalised.features : none;
    const auto& pf = planting ? planting->normalised.features : none;
    const auto& cf = coops ? coops->normalised.features : none;
    const auto& inf = invest ? invest->normalised.features : none;
    if (links.plantingHectares.size() != pf.size() || links.plantingZones.size() != pf.size() ||
        links.cooperativeZone.size() != cf.size() || links.investmentCooperative.size() != inf.size())
        throw Error("statistics: the links do not belong to this workspace (feature counts differ)");

    // Fields.
    detail::ZoneFields zfields = zonesLayer ? detail::zoneFields(*zonesLayer) : detail::ZoneFields{};
    int pCode = planting ? detail::optionalField(*planting, "code") : -1;
    int pCrop = planting ? detail::optionalField(*planting, "crop") : -1;
    int pDeclared = planting ? detail::optionalField(*planting, "declared_ha") : -1;
    int cKey = coops ? detail::optionalField(*coops, "key") : -1;
    if (coops && cKey < 0) cKey = detail::optionalField(*coops, "code");
    int cName = coops ? detail::optionalField(*coops, "name") : -1;
    int cMembers = coops ? detail::optionalField(*coops, "members") : -1;
    int cOcop = coops ? detail::optionalField(*coops, "ocop_stars") : -1;
    int iAmount = invest ? detail::optionalField(*invest, "amount_vnd") : -1;
    int iCooperative = invest ? detail::optionalField(*invest, "cooperative") : -1;

    // Per-feature text, a million strings at scale: on every core.
    constexpr std::size_t kRowChunk = 4096;
    Crops crops = cropsOf(pf, pCrop, workers, kRowChunk);

    // Zone rows: area and planted shares.
    st.zones.resize(zf.size());
    for (std::size_t z = 0; z < zf.size(); ++z) {
        auto& r = st.zones[z];
        r.zone = static_cast<int>(z);
        r.code = toText(attribute(zf[z], zfields.code));
        r.name = toText(attribute(zf[z], zfields.name));
        r.zoneHa = areaHa(zf[z].geometry, links.areaMode);
    }
    st.total.zone = -1;
    st.total.code = "";
    st.total.name = "";
    std::vector<HolderMap> zoneHolders(zf.size());
    HolderMap totalHolders;
    for (std::size_t i = 0; i < pf.size(); ++i) {
        double ha = links.plantingHectares[i];
        int coop = links.plantingCooperative[i].cooperative;
        if (ha > 0) {
            st.total.grossPlantedHa += ha;
            ++st.total.codes;
            auto& c = st.total.byCrop[crops[i]];
            c.grossHa += ha;
            ++c.codes;
            addHolding(totalHolders, coop, ha);
        }
        for (const auto& s : links.plantingZones[i]) {
            auto& r = st.zones[static_cast<std::size_t>(s.zone)];
            r.grossPlantedHa += s.hectares;
            ++r.codes;
            auto& c = r.byCrop[crops[i]];
            c.grossHa += s.hectares;
            ++c.codes;
            addHolding(zoneHolders[static_cast<std::size_t>(s.zone)], coop, s.hectares);
        }
    }
    const DeclaredAreas declaredHa = checkedDeclaredAreas(st, planting, pDeclared, pCode);
    addRegisterFigures(st, pf, links, crops, declaredHa, zoneHolders, totalHolders);
    for (std::size_t z = 0; z < zf.size(); ++z) st.zones[z].holders = toHolders(zoneHolders[z]);
    st.total.holders = toHolders(totalHolders);

    // Overlaps: candidate pairs by envelope, then GEOS.
    std::vector<Envelope> envs(pf.size());
    for (std::size_t i = 0; i < pf.size(); ++i)
        if (pf[i].geometry.isPolygonal() && links.plantingHectares[i] > 0) envs[i] = pf[i].geometry.envelope();
    auto candidates = detail::envelopePairs(envs, workers, stage("overlaps", 0.0, 0.2));
    std::vector<Envelope>().swap(envs);  // 32 bytes a plot, not needed again
    const PlantingNames names{planting, pCode};
    std::vector<double> pairHa(candidates.size(), 0);
    detail::parallelFor(
        candidates.size(), 64, workers,
        [&](unsigned, std::size_t b, std::size_t e) {
            GEOSContextHandle_t ctx = detail::threadGeos().handle();
            for (std::size_t k = b; k < e; ++k) {
                const int i = candidates[k].first, j = candidates[k].second;  // captured below (clang 14)
                auto pair = [&] { return "planting areas " + names(i) + " and " + names(j); };
                GeosGeom a = detail::toGeos(ctx, pf[static_cast<std::size_t>(i)].geometry, [&] { return names(i); });
                GeosGeom bb = detail::toGeos(ctx, pf[static_cast<std::size_t>(j)].geometry, [&] { return names(j); });
                if (!detail::intersects(ctx, a.get(), bb.get(), pair)) continue;
                GeosGeom x = detail::intersection(ctx, a.get(), bb.get(), pair);
                pairHa[k] = detail::geosAreaHa(ctx, x.get(), links.areaMode, pair);
            }
        },
        stage("overlaps", 0.2, 0.5));
    for (std::size_t k = 0; k < candidates.size(); ++k)
        if (pairHa[k] > 0) st.overlaps.push_back({candidates[k].first, candidates[k].second, pairHa[k]});
    std::vector<double>().swap(pairHa);
    decltype(candidates)().swap(candidates);

    // Clusters of mutually overlapping planting areas; only these are unioned.
    detail::Dsu dsu(pf.size());
    for (const auto& o : st.overlaps) dsu.unite(o.first, o.second);
    std::map<int, std::vector<int>> clusterMap;
    for (const auto& o : st.overlaps) {
        clusterMap[dsu.find(o.first)];
    }
    for (std::size_t i = 0; i < pf.size(); ++i) {
        auto it = clusterMap.find(dsu.find(static_cast<int>(i)));
        if (it != clusterMap.end()) it->second.push_back(static_cast<int>(i));
    }
    std::vector<std::vector<int>> clusters;
    for (auto& [root, members] : clusterMap) clusters.push_back(std::move(members));
    std::vector<int>().swap(dsu.parent);  // 4 bytes a plot, not needed again
    // Which members overlap within a crop (a crop group with no internal overlap needs no union).
    std::map<std::pair<int, int>, double> overlapHa;
    for (const auto& o : st.overlaps) overlapHa[{o.first, o.second}] = o.hectares;
    std::vector<ClusterResult> results(clusters.size());
    std::vector<ZoneGeoms> zoneGeoms(workers);
    detail::parallelFor(
        clusters.size(), 8, workers,
        [&](unsigned w, std::size_t b, std::size_t e) {
            ZoneGeoms& zg = zoneGeoms[w];
            if (!zg.ctx) zg.init(zf);
            for (std::size_t k = b; k < e; ++k) {
                const auto& members = clusters[k];
                if (members.size() == 2) {
                    auto pair = overlapHa.find({members[0], members[1]});
                    auto c = pair == overlapHa.end() ? std::nullopt : pairCorrection(members, pair->second, links);
                    if (c) {
                        results[k].all = *c;
                        // Same crop: the crop's correction is the same; different crops do not overlap within a crop.
                        const auto& crop = crops[static_cast<std::size_t>(members[0])];
                        if (crop == crops[static_cast<std::size_t>(members[1])]) results[k].byCrop[crop] = *c;
                        continue;
                    }
                }
                std::vector<GeosGeom> owned;
                std::vector<const GEOSGeometry*> geoms;
                for (int m : members) {
                    owned.push_back(detail::toGeos(zg.ctx, pf[static_cast<std::size_t>(m)].geometry, [&] { return names(m); }));
                    geoms.push_back(owned.back().get());
                }
                results[k].all = correctionOf(members, geoms, links, zg, names);
                std::map<std::string, std::vector<std::size_t>> byCrop;
                for (std::size_t m = 0; m < members.size(); ++m) byCrop[crops[static_cast<std::size_t>(members[m])]].push_back(m);
                for (const auto& [crop, idx] : byCrop) {
                    if (idx.size() == members.size()) {
                        results[k].byCrop[crop] = results[k].all;
                        continue;
                    }
                    bool overlapping = false;
                    for (std::size_t x = 0; x < idx.size() && !overlapping; ++x)
                        for (std::size_t y = x + 1; y < idx.size() && !overlapping; ++y)
                            overlapping = overlapHa.count({members[idx[x]], members[idx[y]]}) != 0;
                    if (!overlapping) continue;
                    std::vector<int> sub;
                    std::vector<const GEOSGeometry*> subGeoms;
                    for (std::size_t m : idx) {
                        sub.push_back(members[m]);
                        subGeoms.push_back(geoms[m]);
                    }
                    results[k].byCrop[crop] = correctionOf(sub, subGeoms, links, zg, names);
                }
            }
        },
        stage("union", 0.5, 0.9));
    for (std::size_t z = 0; z < st.zones.size(); ++z) {
        st.zones[z].netPlantedHa = st.zones[z].grossPlantedHa;
        for (auto& [crop, c] : st.zones[z].byCrop) c.netHa = c.grossHa;
    }
    st.total.netPlantedHa = st.total.grossPlantedHa;
    for (auto& [crop, c] : st.total.byCrop) c.netHa = c.grossHa;
    for (const auto& r : results) {
        st.total.netPlantedHa -= r.all.total;
        for (const auto& [z, corr] : r.all.perZone) st.zones[static_cast<std::size_t>(z)].netPlantedHa -= corr;
        for (const auto& [crop, c] : r.byCrop) {
            st.total.byCrop[crop].netHa -= c.total;
            for (const auto& [z, corr] : c.perZone) st.zones[static_cast<std::size_t>(z)].byCrop[crop].netHa -= corr;
        }
    }

    // Cooperatives and investments.
    st.cooperatives.resize(cf.size());
    for (std::size_t c = 0; c < cf.size(); ++c) {
        auto& r = st.cooperatives[c];
        r.cooperative = static_cast<int>(c);
        r.key = toText(attribute(cf[c], cKey));
        r.name = toText(attribute(cf[c], cName));
        std::optional<Implausibility> membersWrong;
        r.members = readMembers(attribute(cf[c], cMembers), membersWrong).value_or(0);
        if (membersWrong)  // counted in no sum, and said
            st.implausibleNumbers.push_back(implausible(*coops, c, cMembers, cKey, "members", *membersWrong));
        r.ocopStars = static_cast<int>(toInteger(attribute(cf[c], cOcop)).value_or(0));
        r.zone = links.cooperativeZone[c];
        st.total.cooperatives++;
        st.total.members += r.members;
        if (r.ocopStars >= 3) st.total.ocopCooperatives++;
        if (r.zone >= 0) {
            auto& zr = st.zones[static_cast<std::size_t>(r.zone)];
            zr.cooperatives++;
            zr.members += r.members;
            if (r.ocopStars >= 3) zr.ocopCooperatives++;
        }
    }
    for (std::size_t i = 0; i < pf.size(); ++i) {
        int c = links.plantingCooperative[i].cooperative;
        if (c < 0) continue;
        auto& r = st.cooperatives[static_cast<std::size_t>(c)];
        r.plantingAreas.push_back(static_cast<int>(i));
        r.plantedHa += links.plantingHectares[i];
    }
    // VND sums never wrap: two amounts of 5e18 are an error naming the rows.
    std::int64_t firstFid = -1;
    auto addVnd = [&](std::int64_t& sum, std::int64_t vnd, const Feature& row) {
        if (__builtin_add_overflow(sum, vnd, &sum))
            throw Error(invest->source.label() + ": the investment amounts add up beyond what a VND sum can hold "
                        "(9,223,372,036,854,775,807) at feature FID " + std::to_string(row.fid) +
                        " (summing from FID " + std::to_string(firstFid) + "): check the amounts for extra digits");
    };
    for (std::size_t k = 0; k < inf.size(); ++k) {
        AmountReading amount = readVndAmount(attribute(inf[k], iAmount));
        if (!amount.problem.empty())
            st.amountProblems.push_back({static_cast<int>(k), inf[k].fid, std::move(amount.problem)});
        if (amount.vnd)
            if (auto why = investmentProblem(*amount.vnd)) {
                st.implausibleNumbers.push_back(implausible(*invest, k, iAmount, iCooperative, "VND", *why));
                amount.vnd.reset();
            }
        const std::int64_t vnd = amount.vnd.value_or(0);  // a problem is listed above, not summed
        if (amount.vnd && firstFid < 0) firstFid = inf[k].fid;
        addVnd(st.total.investmentVnd, vnd, inf[k]);
        int c = links.investmentCooperative[k];
        if (c < 0) continue;
        auto& r = st.cooperatives[static_cast<std::size_t>(c)];
        r.investments.push_back(static_cast<int>(k));
        addVnd(r.investmentVnd, vnd, inf[k]);
        if (r.zone >= 0) addVnd(st.zones[static_cast<std::size_t>(r.zone)].investmentVnd, vnd, inf[k]);
    }

    // Planting rows.
    st.plantings.resize(pf.size());
    detail::parallelFor(pf.size(), kRowChunk, workers, [&](unsigned, std::size_t b, std::size_t e) {
        for (std::size_t i = b; i < e; ++i) {
            auto& r = st.plantings[i];
            r.planting = static_cast<int>(i);
            r.code = toText(attribute(pf[i], pCode));
            r.crop = crops.of[i];
            r.measuredHa = links.plantingHectares[i];
            r.hasBoundary = !isCodeWithoutBoundary(pf[i]);
            r.setDeclaredHa(declaredHa[i]);
        }
    });
    st.cropNames = std::move(crops.names);

    // Coverage.
    for (auto& z : st.zones) {
        z.coveragePct = z.zoneHa > 0 ? z.netPlantedHa / z.zoneHa * 100 : 0;
        st.total.zoneHa += z.zoneHa;
    }
    st.total.coveragePct = st.total.zoneHa > 0 ? st.total.netPlantedHa / st.total.zoneHa * 100 : 0;
    if (progress && !progress(1.0, "done")) throw Cancelled();
    return st;
}

// ---------------------------------------------------------------- crosswalk

std::vector<ZoneStatistics> aggregateByCrosswalk(const Statistics& stats, const Workspace& ws, const Links& links,
                                                 std::vector<std::string>* warnings) {
    if (!ws.project.crosswalk) throw Error("the project has no crosswalk");
    if (!ws.crosswalk) {  // read at load (loadCrosswalk): its issue says why it is missing
        for (const auto& issue : ws.issues)
            if (issue.kind == LoadIssue::Kind::CrosswalkUnread) throw Error(issue.message);
        throw Error("the crosswalk " + ws.project.crosswalk->path + " was not read with the project");
    }
    auto warn = [&](const std::string& w) {
        if (warnings) warnings->push_back(w);
    };

    const LoadedLayer* zonesLayer = detail::resolveZonesLayer(ws, links.zonesLayerId);
    const std::vector<Feature> none;
    const auto& zf = zonesLayer ? zonesLayer->normalised.features : none;
    const LoadedLayer* planting = ws.firstWithRole(LayerRole::PlantingAreas);
    const auto& pf = planting ? planting->normalised.features : none;
    struct RowCrops {  // planting i's crop, "" past the rows
        const Statistics& st;
        const std::string& operator[](std::size_t i) const {
            static const std::string none;
            return i < st.plantings.size() ? st.cropOf(st.plantings[i]) : none;
        }
    };
    const RowCrops crops{stats};

    std::unordered_map<std::string, std::vector<int>> zonesByCode;
    for (const auto& z : stats.zones) zonesByCode[normaliseKey(z.code)].push_back(z.zone);
    struct Unit {
        std::string code, name;
        std::vector<int> zones;
    };
    std::vector<Unit> units;
    std::unordered_map<std::string, std::size_t> unitByCode;
    std::vector<int> unitOfZone(stats.zones.size(), -1);
    // Rows without codes and old codes given twice were left out at load,
    // each with its issue: every zone here is mapped by one row at most.
    for (const auto& row : ws.crosswalk->rows) {
        auto [it, added] = unitByCode.emplace(normaliseKey(row.to), units.size());
        if (added) units.push_back({row.to, row.toName, {}});
        Unit& u = units[it->second];
        if (u.name.empty()) u.name = row.toName;
        auto zs = zonesByCode.find(normaliseKey(row.from));
        if (zs == zonesByCode.end()) {
            warn("crosswalk: old code '" + row.from + "'" +
                 (row.line > 0 ? " (line " + std::to_string(row.line) + ")" : std::string()) + " matches no zone");
            continue;
        }
        for (int z : zs->second) {
            unitOfZone[static_cast<std::size_t>(z)] = static_cast<int>(it->second);
            u.zones.push_back(z);
        }
    }
    for (const auto& z : stats.zones)
        if (unitOfZone[static_cast<std::size_t>(z.zone)] < 0) {
            warn("crosswalk: zone '" + z.code + "' (" + z.name + ") is not in the crosswalk; kept as it is");
            unitOfZone[static_cast<std::size_t>(z.zone)] = static_cast<int>(units.size());
            units.push_back({z.code, z.name, {z.zone}});
        }

    // Clusters of overlapping planting areas, as in computeStatistics.
    detail::Dsu dsu(pf.size());
    for (const auto& o : stats.overlaps) dsu.unite(o.first, o.second);
    std::map<int, std::vector<int>> clusterMap;
    for (const auto& o : stats.overlaps) clusterMap[dsu.find(o.first)];
    for (std::size_t i = 0; i < pf.size(); ++i)
        if (auto it = clusterMap.find(dsu.find(static_cast<int>(i))); it != clusterMap.end())
            it->second.push_back(static_cast<int>(i));
    std::set<std::pair<int, int>> overlapSet;
    for (const auto& o : stats.overlaps) overlapSet.insert({o.first, o.second});

    GEOSContextHandle_t ctx = detail::threadGeos().handle();
    ZoneGeoms zg;
    zg.init(zf);
    const PlantingNames names{planting, planting ? detail::optionalField(*planting, "code") : -1};
    std::vector<ZoneStatistics> out;
    for (const Unit& u : units) {
        ZoneStatistics r;
        r.code = u.code;
        r.name = u.name;
        r.zone = u.zones.size() == 1 ? u.zones[0] : -1;
        std::set<int> inUnit(u.zones.begin(), u.zones.end());
        for (int z : u.zones) {
            const auto& s = stats.zones[static_cast<std::size_t>(z)];
            r.zoneHa += s.zoneHa;
            r.grossPlantedHa += s.grossPlantedHa;
            r.netPlantedHa += s.netPlantedHa;
            r.cooperatives += s.cooperatives;
            r.members += s.members;
            r.ocopCooperatives += s.ocopCooperatives;
            r.investmentVnd += s.investmentVnd;
            r.declaredHa += s.declaredHa;
            r.codesWithoutBoundary += s.codesWithoutBoundary;
            for (const auto& [crop, c] : s.byCrop) {
                r.byCrop[crop].grossHa += c.grossHa;
                r.byCrop[crop].netHa += c.netHa;
            }
        }
        if (u.zones.size() <= 1) {
            if (u.zones.size() == 1) {
                r.byCrop = stats.zones[static_cast<std::size_t>(u.zones[0])].byCrop;
                r.holders = stats.zones[static_cast<std::size_t>(u.zones[0])].holders;
            }
            r.codes = u.zones.empty() ? 0 : stats.zones[static_cast<std::size_t>(u.zones[0])].codes;
            r.coveragePct = r.zoneHa > 0 ? r.netPlantedHa / r.zoneHa * 100 : 0;
            out.push_back(std::move(r));
            continue;
        }
        // Merged unit: its geometry, and areas recomputed where a sum is wrong.
        std::vector<const GEOSGeometry*> parts;
        for (int z : u.zones) parts.push_back(zg.get(z));
        GeosGeom unitGeom = detail::unionOf(ctx, parts, "zones of unit " + u.code);
        r.zoneHa = detail::geosAreaHa(ctx, unitGeom.get(), links.areaMode);
        for (auto& [crop, c] : r.byCrop) c.codes = 0;
        // area(p ∩ unit): the share when p lies in one merged zone, else GEOS.
        std::unordered_map<int, double> inUnitHa;
        auto areaInUnit = [&](int p) {
            if (auto it = inUnitHa.find(p); it != inUnitHa.end()) return it->second;
            double sum = 0;
            int n = 0;
            for (const auto& s : links.plantingZones[static_cast<std::size_t>(p)])
                if (inUnit.count(s.zone)) {
                    sum += s.hectares;
                    ++n;
                }
            if (n >= 2) {
                auto what = [&] { return names(p) + " and unit " + u.code; };
                GeosGeom g = detail::toGeos(ctx, pf[static_cast<std::size_t>(p)].geometry, what);
                GeosGeom x = detail::intersection(ctx, g.get(), unitGeom.get(), what);
                sum = detail::geosAreaHa(ctx, x.get(), links.areaMode, what);
            }
            inUnitHa[p] = sum;
            return sum;
        };
        HolderMap unitHolders;
        for (std::size_t p = 0; p < pf.size(); ++p) {
            double shareSum = 0;
            int n = 0;
            for (const auto& s : links.plantingZones[p])
                if (inUnit.count(s.zone)) {
                    shareSum += s.hectares;
                    ++n;
                }
            if (n == 0) continue;
            ++r.codes;
            ++r.byCrop[crops[p]].codes;
            addHolding(unitHolders, links.plantingCooperative[p].cooperative,
                       n >= 2 ? areaInUnit(static_cast<int>(p)) : shareSum);
            if (n >= 2) {
                double exact = areaInUnit(static_cast<int>(p));
                r.grossPlantedHa += exact - shareSum;
                r.netPlantedHa += exact - shareSum;
                r.byCrop[crops[p]].grossHa += exact - shareSum;
                r.byCrop[crops[p]].netHa += exact - shareSum;
            }
        }
        // Codes without a boundary: in the unit when their point's zone is.
        for (std::size_t p = 0; p < pf.size(); ++p) {
            if (!isCodeWithoutBoundary(pf[p]) || !inUnit.count(pointZoneOf(links, p))) continue;
            ++r.codes;
            ++r.byCrop[crops[p]].codes;
            addHolding(unitHolders, links.plantingCooperative[p].cooperative, 0);
        }
        // Clusters straddling two or more merged zones: replace Σ_z corr(C, z) by corr(C, unit).
        auto straddleFix = [&](const std::vector<int>& members) -> double {
            std::set<int> touched;
            for (int m : members)
                for (const auto& s : links.plantingZones[static_cast<std::size_t>(m)])
                    if (inUnit.count(s.zone)) touched.insert(s.zone);
            if (touched.size() < 2) return 0;
            std::vector<GeosGeom> owned;
            std::vector<const GEOSGeometry*> geoms;
            for (int m : members) {
                owned.push_back(detail::toGeos(ctx, pf[static_cast<std::size_t>(m)].geometry, [&] { return names(m); }));
                geoms.push_back(owned.back().get());
            }
            auto group = [&] { return names.group(members); };
            GeosGeom uC = detail::unionOf(ctx, geoms, group);
            double perZone = 0;  // Σ_z corr(C, z)
            for (int z : touched) {
                double shares = 0;
                for (int m : members)
                    for (const auto& s : links.plantingZones[static_cast<std::size_t>(m)])
                        if (s.zone == z) shares += s.hectares;
                auto what = [&] { return names.group(members) + " and " + zg.label(z); };
                GeosGeom x = detail::intersection(ctx, uC.get(), zg.get(z), what);
                perZone += shares - detail::geosAreaHa(ctx, x.get(), links.areaMode, what);
            }
            double inU = 0;
            for (int m : members) inU += areaInUnit(m);
            auto what = [&] { return names.group(members) + " and unit " + u.code; };
            GeosGeom x = detail::intersection(ctx, uC.get(), unitGeom.get(), what);
            double whole = inU - detail::geosAreaHa(ctx, x.get(), links.areaMode, what);
            return whole - perZone;  // extra correction to subtract
        };
        for (const auto& [root, members] : clusterMap) {
            r.netPlantedHa -= straddleFix(members);
            std::map<std::string, std::vector<int>> byCrop;
            for (int m : members) byCrop[crops[static_cast<std::size_t>(m)]].push_back(m);
            for (const auto& [crop, sub] : byCrop) {
                bool overlapping = false;
                for (std::size_t x = 0; x < sub.size() && !overlapping; ++x)
                    for (std::size_t y = x + 1; y < sub.size() && !overlapping; ++y)
                        overlapping = overlapSet.count({sub[x], sub[y]}) != 0;
                if (overlapping) r.byCrop[crop].netHa -= straddleFix(sub);
            }
        }
        r.holders = toHolders(unitHolders);
        r.coveragePct = r.zoneHa > 0 ? r.netPlantedHa / r.zoneHa * 100 : 0;
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace geo
