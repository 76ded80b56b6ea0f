#include "geo/quality.h"

#include "geo/postgis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "geo/code_pattern.h"
#include "geo/encoding.h"
#include "geo/number_format.h"
#include "geo/source_path.h"
#include "geo/zone_fields.h"

namespace geo {

const char* toString(Severity s) {
    switch (s) {
        case Severity::Info: return "info";
        case Severity::Warning: return "warning";
        case Severity::Error: return "error";
    }
    return "warning";
}

std::optional<Severity> parseSeverity(const std::string& s) {
    for (Severity v : {Severity::Info, Severity::Warning, Severity::Error})
        if (s == toString(v)) return v;
    return std::nullopt;
}

int QualityReport::count(Severity s) const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(), [s](const Finding& f) { return f.severity == s; }));
}

bool QualityReport::hasAtLeast(Severity s) const {
    return std::any_of(findings.begin(), findings.end(), [s](const Finding& f) { return f.severity >= s; });
}

Severity defaultSeverity(const std::string& kind) {
    using namespace finding;
    // Errors: the numbers would be wrong or incomplete. Warnings: the numbers
    // are right but the data needs a look. Info: guesses a user should know of.
    static const std::unordered_map<std::string, Severity> table = {
        {LoadError, Severity::Error},         {LoadWarning, Severity::Warning},
        {CrsGuess, Severity::Info},           {finding::EncodingGuess, Severity::Info},
        {EncodingDoubt, Severity::Warning},   {BadNumber, Severity::Error},
        {finding::ImplausibleNumber, Severity::Error},  // a sum would be absurd: it leaves the value out
        {AxisSwapped, Severity::Error},
        {InvalidGeometry, Severity::Warning}, {EmptyGeometry, Severity::Error},
        {DuplicateCode, Severity::Error},     {finding::Overlap, Severity::Warning},
        {OutsideZones, Severity::Warning},    {UnlinkedPlanting, Severity::Warning},
        {UnlinkedInvestment, Severity::Error}, {MissingKey, Severity::Warning},
        {CodePattern, Severity::Warning},     {DeclaredArea, Severity::Warning},
        {NoBoundary, Severity::Warning},  // counted (codes, declared ha) but never measured
        {ZoneFieldsGuessed, Severity::Info},  {ZoneNamesRepeat, Severity::Warning},
        {OutsideProjectFolder, Severity::Info},
    };
    auto it = table.find(kind);
    return it == table.end() ? Severity::Warning : it->second;
}

std::map<std::string, Severity> severityOverrides(const Project& project) {
    std::map<std::string, Severity> out;
    for (const auto& [kind, name] : project.qualitySeverity)
        if (auto s = parseSeverity(name)) out[kind] = *s;
    return out;
}

namespace {

std::string fmt(double v, int decimals) { return formatNumber(v, decimals); }

class ReportBuilder {
public:
    explicit ReportBuilder(const std::map<std::string, Severity>& overrides) : overrides_(overrides) {}

    Finding& add(const std::string& kind, const std::string& layerId, int feature, std::int64_t fid,
                 std::string code, std::string message) {
        Finding f;
        f.kind = kind;
        auto it = overrides_.find(kind);
        f.severity = it != overrides_.end() ? it->second : defaultSeverity(kind);
        f.layerId = layerId;
        f.feature = feature;
        f.fid = fid;
        f.code = std::move(code);
        f.message = std::move(message);
        report_.findings.push_back(std::move(f));
        return report_.findings.back();
    }
    QualityReport take() { return std::move(report_); }

private:
    const std::map<std::string, Severity>& overrides_;
    QualityReport report_;
};

// Text of a feature's field by project role key ("code", "key", …), "" when unset.
std::string fieldText(const LoadedLayer& l, int feature, const std::string& roleKey) {
    std::string name = l.spec.field(roleKey);
    if (name.empty()) return {};
    int i = l.normalised.fieldIndex(name);
    if (i < 0) return {};
    return toText(l.normalised.features[static_cast<std::size_t>(feature)].attributes[static_cast<std::size_t>(i)]);
}

void loadFindings(const Workspace& ws, ReportBuilder& out) {
    for (const auto& issue : ws.issues) {
        const char* kind = nullptr;
        switch (issue.kind) {
            case LoadIssue::Kind::LayerNotRead:
            case LoadIssue::Kind::CrosswalkUnread: kind = finding::LoadError; break;
            case LoadIssue::Kind::AxisSwapped: kind = finding::AxisSwapped; break;
            case LoadIssue::Kind::EncodingGuess: kind = finding::EncodingGuess; break;
            case LoadIssue::Kind::EncodingDoubt: kind = finding::EncodingDoubt; break;
            case LoadIssue::Kind::Note:
            case LoadIssue::Kind::CrosswalkRow:
            case LoadIssue::Kind::CrosswalkDuplicate: kind = finding::LoadWarning; break;
            // Said below from the layer's CRS (a guess, with its facts); a
            // CRS that fits nothing makes the layer fail to load.
            case LoadIssue::Kind::CrsGuess:
            case LoadIssue::Kind::CrsUnknown: break;
        }
        if (kind) out.add(kind, issue.layerId, -1, -1, "", issue.message).facts = issue.facts;
    }
    for (const auto& l : ws.layers) {
        if (!l.source.crs.inferred) continue;
        Finding& f = out.add(finding::CrsGuess, l.spec.id, -1, -1, "",
                             "no CRS in " + l.source.sourcePath + "; guessed " + l.source.crs.name + " (" +
                                 l.source.crs.authorityCode + "): " + l.source.crs.inferenceReason);
        f.facts = {{"sentence", "guessed"}, {"path", l.source.sourcePath}, {"crs_name", l.source.crs.name},
                   {"crs_code", l.source.crs.authorityCode}};
        // The other candidates and how far each would move the layer, for
        // scripts and the app: alternative_1_code, alternative_1_shift_m, ….
        const auto& alternatives = l.source.crs.alternatives;
        for (std::size_t i = 0; i < alternatives.size(); ++i) {
            std::string n = "alternative_" + std::to_string(i + 1) + "_";
            f.facts[n + "code"] = alternatives[i].authorityCode;
            f.facts[n + "name"] = alternatives[i].name;
            f.facts[n + "shift_m"] = fmt(alternatives[i].shiftMetres, 1);
            if (!alternatives[i].note.empty()) f.facts[n + "provinces"] = alternatives[i].note;
        }
        if (!alternatives.empty()) f.facts["alternatives"] = std::to_string(alternatives.size());
        // Which sentence: degrees (WGS 84 or VN-2000), or TM-3 metres that need a province.
        std::string provinces;
        for (const auto& a : alternatives)
            if (!a.note.empty()) provinces += (provinces.empty() ? "" : "; ") + a.note + " (" + a.authorityCode + ")";
        if (!alternatives.empty())
            f.facts["sentence"] = l.source.crs.isGeographic ? "guessed_degrees" : "guessed_province_needed";
        if (!provinces.empty()) f.facts["candidate_provinces"] = provinces;
    }
}

// Layer paths the user chose outside the project folder (shared drives) or
// on the network: allowed, and said, so that whoever copies the project
// knows to copy those files too.
void locationFindings(const Project& project, ReportBuilder& out) {
    if (project.filePath.empty()) return;  // an untitled project: no folder yet
    for (const auto& spec : project.layers) {
        SourceLocation where = sourceLocation(project.filePath, spec.path);
        // A PostGIS table is shared on purpose, never copied along.
        if (where == SourceLocation::InsideProject || isPgName(spec.path)) continue;
        out.add(finding::OutsideProjectFolder, spec.id, -1, -1, "",
                "'" + spec.path + "' is " + describeLocation(where) +
                    ": copying the project folder alone does not take this file along")
            .facts = {{"sentence", toString(where)}, {"path", spec.path}};
    }
}

// A zones layer named by the fields the rule chose (no mapping in the project).
void zoneFieldFindings(const LoadedLayer& zones, ReportBuilder& out) {
    ZoneFieldChoice c = describeZoneFields(zones);
    if (!c.chosen()) return;
    out.add(finding::ZoneFieldsGuessed, c.layerId, -1, -1, "", c.choiceNote())
        .facts = {{"sentence", "chosen"}, {"code_field", c.codeField}, {"name_field", c.nameField}};
    for (const auto& [value, features] : c.repeatedNames) {
        const Feature& f = zones.normalised.features[static_cast<std::size_t>(features.front())];
        out.add(finding::ZoneNamesRepeat, c.layerId, features.front(), f.fid, "",
                "zone name '" + value + "' (" + c.nameField + ") is held by " + std::to_string(features.size()) +
                    " zones: rows are told apart only by their codes (" + c.codeField + ")")
            .facts = {{"sentence", "name"}, {"name", value}, {"field", c.nameField},
                      {"count", std::to_string(features.size())}, {"code_field", c.codeField}};
    }
    for (const auto& [value, features] : c.repeatedCodes) {
        const Feature& f = zones.normalised.features[static_cast<std::size_t>(features.front())];
        out.add(finding::ZoneNamesRepeat, c.layerId, features.front(), f.fid, value,
                "zone code '" + value + "' (" + c.codeField + ") is held by " + std::to_string(features.size()) +
                    " zones: set \"fields\": {\"code\": …} for this layer in the project")
            .facts = {{"sentence", "code"}, {"code", value}, {"field", c.codeField},
                      {"count", std::to_string(features.size())}};
    }
}

void geometryFindings(const LoadedLayer& l, const std::string& codeKey, ReportBuilder& out) {
    for (const auto& r : l.repairs)
        out.add(finding::InvalidGeometry, l.spec.id, static_cast<int>(r.featureIndex), r.fid,
                fieldText(l, static_cast<int>(r.featureIndex), codeKey), "invalid geometry: " + r.what)
            .facts = {{"sentence", "repaired"}, {"repair", r.what}};
    for (std::size_t i = 0; i < l.normalised.features.size(); ++i) {
        const Feature& f = l.normalised.features[i];
        if (f.geometry.isEmpty())
            out.add(finding::EmptyGeometry, l.spec.id, static_cast<int>(i), f.fid, fieldText(l, static_cast<int>(i), codeKey),
                    "feature has no geometry" + std::string(f.geometry.kind == GeometryKind::None ? "" : " (empty after repair)"))
                .facts = {{"sentence", f.geometry.kind == GeometryKind::None ? "none" : "empty_after_repair"}};
    }
}

void duplicateFindings(const LoadedLayer& l, const std::string& codeKey, ReportBuilder& out) {
    std::unordered_map<std::string, int> first;
    for (std::size_t i = 0; i < l.normalised.features.size(); ++i) {
        std::string code = fieldText(l, static_cast<int>(i), codeKey);
        if (code.empty()) continue;
        auto [it, inserted] = first.emplace(normaliseKey(code), static_cast<int>(i));
        if (!inserted) {
            std::string otherFid = std::to_string(l.normalised.features[static_cast<std::size_t>(it->second)].fid);
            out.add(finding::DuplicateCode, l.spec.id, static_cast<int>(i), l.normalised.features[i].fid, code,
                    "code '" + code + "' is also used by feature " + std::to_string(it->second) + " (fid " + otherFid + ")")
                .facts = {{"sentence", "also_used"}, {"code", code}, {"other_feature", std::to_string(it->second)},
                          {"other_fid", otherFid}};
        }
    }
}

bool pointZoneUnknown(const Links& links, std::size_t planting) {
    return planting >= links.plantingPointZone.size() || links.plantingPointZone[planting] < 0;
}

// A planting area given as a point: no_boundary, saying what it counts in
// and how to make it measured; outside_zones too when its point is in no zone.
// declared: the area the statistics counted for it (none when it declares an
// implausible one, which has its own finding).
void noBoundaryFindings(const LoadedLayer& l, int idx, const std::string& code, std::optional<double> declared,
                        bool outsideZones, ReportBuilder& out) {
    const Feature& f = l.normalised.features[static_cast<std::size_t>(idx)];
    if (declared) {
        std::string ha = fmt(*declared, 2);
        Finding& n = out.add(finding::NoBoundary, l.spec.id, idx, f.fid, code,
                             "no boundary (a point): counts in its zone's codes and declared area (" + ha +
                                 " ha), never in measured area; add its polygon to measure it");
        n.hectares = *declared;
        n.facts = {{"sentence", "point_declared"}, {"declared_ha", ha}};
    } else {
        out.add(finding::NoBoundary, l.spec.id, idx, f.fid, code,
                "no boundary (a point) and no declared area: counts in its zone's codes only; add its polygon "
                "or its declared area")
            .facts = {{"sentence", "point_undeclared"}};
    }
    if (outsideZones)
        out.add(finding::OutsideZones, l.spec.id, idx, f.fid, code, "lies outside every zone")
            .facts = {{"sentence", "planting_whole"}};
}

}  // namespace

QualityReport checkQuality(const Workspace& ws, const Links& links, const Statistics& stats,
                           const std::map<std::string, Severity>& overrides) {
    ReportBuilder out(overrides);
    loadFindings(ws, out);

    const LoadedLayer* zones = links.zonesLayerId.empty() ? ws.firstWithRole(LayerRole::Zones) : ws.find(links.zonesLayerId);
    const LoadedLayer* plantings = ws.firstWithRole(LayerRole::PlantingAreas);
    const LoadedLayer* coops = ws.firstWithRole(LayerRole::Cooperatives);
    const LoadedLayer* investments = ws.firstWithRole(LayerRole::Investments);

    locationFindings(ws.project, out);
    if (zones) geometryFindings(*zones, "code", out);
    if (zones) zoneFieldFindings(*zones, out);

    if (plantings) {
        const LoadedLayer& l = *plantings;
        geometryFindings(l, "code", out);
        duplicateFindings(l, "code", out);
        const CodePatternMatcher pattern(ws.project.codePattern);
        for (std::size_t i = 0; i < l.normalised.features.size(); ++i) {
            const Feature& f = l.normalised.features[i];
            int idx = static_cast<int>(i);
            std::string code = fieldText(l, idx, "code");
            // A code of hundreds of bytes is a wrong field or a runaway cell: say so.
            constexpr std::size_t kMaxCodeBytes = 256;
            if (code.size() > kMaxCodeBytes)
                out.add(finding::CodePattern, l.spec.id, idx, f.fid, truncateUtf8(code, 40) + "…",
                        "code of " + std::to_string(code.size()) + " bytes is far longer than any code")
                    .facts = {{"sentence", "too_long"}, {"bytes", std::to_string(code.size())}};
            else if (!pattern.matches(code))
                out.add(finding::CodePattern, l.spec.id, idx, f.fid, code,
                        code.empty() ? "planting area has no code"
                                     : "code '" + code + "' does not match the pattern " + ws.project.codePattern)
                    .facts = {{"sentence", code.empty() ? "no_code" : "mismatch"}, {"code", code},
                              {"pattern", ws.project.codePattern}};
            if (i < links.plantingCooperative.size() && links.plantingCooperative[i].cooperative < 0 && coops) {
                std::string key = fieldText(l, idx, "cooperative");
                out.add(finding::UnlinkedPlanting, l.spec.id, idx, f.fid, code,
                        key.empty() ? "no cooperative: the cooperative key is empty"
                                    : "no cooperative has the key '" + key + "'")
                    .facts = {{"sentence", key.empty() ? "empty_key" : "unknown_key"}, {"key", key}};
            }
            const bool withoutBoundary = f.geometry.kind == GeometryKind::Point && !f.geometry.isEmpty();
            if (withoutBoundary)
                noBoundaryFindings(l, idx, code, i < stats.plantings.size() ? stats.plantings[i].declaredHa() : std::nullopt,
                                   zones && pointZoneUnknown(links, i), out);
            if (zones && i < links.plantingZones.size() && !f.geometry.isEmpty() && !withoutBoundary) {
                double inside = 0;
                for (const auto& s : links.plantingZones[i]) inside += s.hectares;
                double outside = links.plantingHectares[i] - inside;
                if (links.plantingZones[i].empty()) {
                    Finding& o = out.add(finding::OutsideZones, l.spec.id, idx, f.fid, code, "lies outside every zone");
                    o.hectares = links.plantingHectares[i];
                    o.facts = {{"sentence", "planting_whole"}};
                } else if (outside > 1e-4 * std::max(1.0, links.plantingHectares[i])) {
                    std::string ha = fmt(outside, 4);
                    Finding& o = out.add(finding::OutsideZones, l.spec.id, idx, f.fid, code,
                                         ha + " ha lie outside every zone");
                    o.hectares = outside;
                    o.facts = {{"sentence", "planting_part"}, {"outside_ha", ha}};
                }
            }
        }
        for (const auto& p : stats.plantings) {
            if (!p.declaredHa() || !p.differenceHa() || *p.declaredHa() <= 0) continue;
            // A feature without geometry is reported as such, not as 100 % off.
            if (l.normalised.features[static_cast<std::size_t>(p.planting)].geometry.isEmpty()) continue;
            double pct = std::fabs(*p.differenceHa()) / *p.declaredHa() * 100;
            if (pct > ws.project.declaredAreaTolerancePct) {
                std::string declared = fmt(*p.declaredHa(), 2), measured = fmt(p.measuredHa, 2), apart = fmt(pct, 1),
                            tolerance = fmt(ws.project.declaredAreaTolerancePct, 1);
                Finding& d = out.add(finding::DeclaredArea, l.spec.id, p.planting,
                                     l.normalised.features[static_cast<std::size_t>(p.planting)].fid, p.code,
                                     "declared " + declared + " ha, measured " + measured + " ha (" + apart +
                                         " % apart, tolerance " + tolerance + " %)");
                d.hectares = *p.differenceHa();
                d.facts = {{"sentence", "apart"},
                           {"declared_ha", declared},
                           {"measured_ha", measured},
                           {"percent", apart},
                           {"tolerance_pct", tolerance}};
            }
        }
        for (const auto& o : stats.overlaps) {
            std::string a = fieldText(l, o.first, "code");
            std::string b = fieldText(l, o.second, "code");
            std::string ha = fmt(o.hectares, 4);
            Finding& f = out.add(finding::Overlap, l.spec.id, o.first,
                                 l.normalised.features[static_cast<std::size_t>(o.first)].fid, a,
                                 "overlaps " + b + " by " + ha + " ha");
            f.hectares = o.hectares;
            f.facts = {{"sentence", "overlaps"}, {"other_code", b}, {"overlap_ha", ha}};
        }
    }

    if (coops) {
        const LoadedLayer& l = *coops;
        geometryFindings(l, "key", out);
        duplicateFindings(l, "key", out);
        for (std::size_t i = 0; i < l.normalised.features.size(); ++i) {
            int idx = static_cast<int>(i);
            const Feature& f = l.normalised.features[i];
            std::string key = fieldText(l, idx, "key");
            if (key.empty() && !l.spec.field("key").empty())
                out.add(finding::MissingKey, l.spec.id, idx, f.fid, "", "cooperative has no key: nothing can link to it")
                    .facts = {{"sentence", "no_key"}};
            if (zones && i < links.cooperativeZone.size() && links.cooperativeZone[i] < 0 && !f.geometry.isEmpty())
                out.add(finding::OutsideZones, l.spec.id, idx, f.fid, key, "cooperative lies outside every zone")
                    .facts = {{"sentence", "cooperative"}};
        }
    }

    if (investments) {
        const LoadedLayer& l = *investments;
        for (std::size_t i = 0; i < l.normalised.features.size() && i < links.investmentCooperative.size(); ++i) {
            if (links.investmentCooperative[i] >= 0) continue;
            int idx = static_cast<int>(i);
            std::string key = fieldText(l, idx, "cooperative");
            out.add(finding::UnlinkedInvestment, l.spec.id, idx, l.normalised.features[i].fid, key,
                    key.empty() ? "investment has no cooperative key"
                                : "no cooperative has the key '" + key + "': its amount counts in no zone")
                .facts = {{"sentence", key.empty() ? "empty_key" : "unknown_key"}, {"key", key}};
        }
        for (const auto& p : stats.amountProblems)
            out.add(finding::BadNumber, l.spec.id, p.row, p.fid, fieldText(l, p.row, "cooperative"),
                    "amount " + p.problem + ": it counts in no sum")
                .facts = {{"sentence", "amount"}, {"problem", p.problem}};
    }

    // Numbers no feature can have, whichever layer holds them.
    for (const auto& n : stats.implausibleNumbers)
        out.add(finding::ImplausibleNumber, n.layerId, n.feature, n.fid, n.code,
                n.field + " = " + n.value + (n.unit.empty() ? "" : " " + n.unit) + " " + n.reason.text +
                    ": it counts in no sum")
            .facts = {{"sentence", n.reason.key}, {"field", n.field}, {"value", n.value}, {"unit", n.unit}};

    QualityReport report = out.take();
    // Stable order: layer order in the project, then feature, then kind.
    std::unordered_map<std::string, int> layerOrder;
    for (std::size_t i = 0; i < ws.project.layers.size(); ++i) layerOrder[ws.project.layers[i].id] = static_cast<int>(i);
    std::stable_sort(report.findings.begin(), report.findings.end(), [&](const Finding& a, const Finding& b) {
        int la = layerOrder.count(a.layerId) ? layerOrder[a.layerId] : 1 << 20;
        int lb = layerOrder.count(b.layerId) ? layerOrder[b.layerId] : 1 << 20;
        if (la != lb) return la < lb;
        if (a.feature != b.feature) return a.feature < b.feature;
        return a.kind < b.kind;
    });
    return report;
}

}  // namespace geo
