// vungtrong-cli find: the features whose code or name matches what was
// typed, in any case and with or without Vietnamese marks (geo/feature_search.h).
//
// Output columns (stable order, UTF-8), best match first:
//   layer      the layer's id
//   fid        the feature's id in its source
//   code       its code: the zone code, planting-area code or cooperative key
//   name       its name (zones, cooperatives)
//   zone_code, zone_name
//              the zone it lies in: a cooperative's zone, a planting area's
//              zones by their share of it (largest first, joined by "; "),
//              a code without a boundary's zone; empty for a zone itself
//   match      exact, prefix or words (every word of the text somewhere in it)
//   field      the field that matched ("" when the words matched across fields)
// The table prints zone_code and zone_name as one "zone" column. JSON:
// {"project", "text", "hits": [{layer, fid, code, name, zone_code, zone_name,
// match, field}], "searched": {layer: [fields]}, "warnings": [text]}.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "command_line.h"
#include "format.h"
#include "geo/csv.h"
#include "geo/error.h"
#include "geo/feature_search.h"
#include "geo/link.h"
#include "geo/workspace.h"
#include "input.h"

namespace cli {
namespace {

const char* matchName(geo::MatchRank r) {
    switch (r) {
        case geo::MatchRank::Exact: return "exact";
        case geo::MatchRank::Prefix: return "prefix";
        case geo::MatchRank::Words: return "words";
        case geo::MatchRank::None: break;
    }
    return "none";
}

struct Row {
    std::string layer;
    std::int64_t fid = 0;
    std::string code, name, match, field;
    std::vector<std::pair<std::string, std::string>> zones;  // (code, name)

    std::string zoneCodes() const { return join([](const auto& z) { return z.first; }); }
    std::string zoneNames() const { return join([](const auto& z) { return z.second; }); }
    std::string zoneLabels() const {  // "949 Thạnh Trị; 950 Thị xã Vĩnh Châu"
        return join([](const auto& z) { return z.first.empty() || z.second.empty() ? z.first + z.second : z.first + " " + z.second; });
    }

private:
    template <class F>
    std::string join(F part) const {
        std::string out;
        for (const auto& z : zones) out += (out.empty() ? "" : "; ") + part(z);
        return out;
    }
};

std::string textOf(const geo::LoadedLayer& l, std::size_t feature, int field) {
    if (field < 0) return {};
    const auto& attrs = l.normalised.features[feature].attributes;
    return static_cast<std::size_t>(field) < attrs.size() ? geo::toText(attrs[static_cast<std::size_t>(field)]) : "";
}

// The fields that give a feature's code and name in this command's columns.
geo::ZoneFields codeAndName(const geo::LoadedLayer& l) {
    if (l.spec.role == geo::LayerRole::Zones) return geo::zoneFields(l);
    geo::ZoneFields f;
    const std::string code = l.spec.field(l.spec.role == geo::LayerRole::Cooperatives ? "key" : "code");
    if (!code.empty()) f.code = l.normalised.fieldIndex(code);
    if (const std::string name = l.spec.field("name"); !name.empty()) f.name = l.normalised.fieldIndex(name);
    return f;
}

// Where a planting area or a cooperative lies, by the project's links.
class ZoneNamer {
public:
    ZoneNamer(const geo::Workspace& ws, std::vector<std::string>& warnings) : ws_(ws) {
        zones_ = ws.firstWithRole(geo::LayerRole::Zones);
        if (!zones_) return;
        try {
            links_ = geo::linkWorkspace(ws);
            fields_ = geo::zoneFields(*zones_);
        } catch (const geo::Error& e) {
            warnings.push_back(std::string("zones are not given: the layers cannot be linked: ") + e.what());
            zones_ = nullptr;
        }
    }

    // The zones of feature in layer, as (code, name) pairs.
    std::vector<std::pair<std::string, std::string>> of(const geo::LoadedLayer& layer, std::size_t feature) const {
        if (!zones_) return {};
        std::vector<int> zones;
        if (layer.spec.role == geo::LayerRole::PlantingAreas && &layer == ws_.firstWithRole(geo::LayerRole::PlantingAreas)) {
            const auto found = links_.plantingZones[feature];
            std::vector<geo::ZoneShare> shares(found.begin(), found.end());
            std::stable_sort(shares.begin(), shares.end(),
                             [](const geo::ZoneShare& a, const geo::ZoneShare& b) { return a.hectares > b.hectares; });
            for (const auto& s : shares) zones.push_back(s.zone);
            if (zones.empty() && links_.plantingPointZone[feature] >= 0) zones.push_back(links_.plantingPointZone[feature]);
        } else if (layer.spec.role == geo::LayerRole::Cooperatives &&
                   &layer == ws_.firstWithRole(geo::LayerRole::Cooperatives)) {
            if (links_.cooperativeZone[feature] >= 0) zones.push_back(links_.cooperativeZone[feature]);
        }
        std::vector<std::pair<std::string, std::string>> out;
        for (int z : zones)
            out.emplace_back(textOf(*zones_, static_cast<std::size_t>(z), fields_.code),
                             textOf(*zones_, static_cast<std::size_t>(z), fields_.name));
        return out;
    }

private:
    const geo::Workspace& ws_;
    const geo::LoadedLayer* zones_ = nullptr;
    geo::Links links_;
    geo::ZoneFields fields_;
};

int runFind(const Arguments& args, std::ostream& out) {
    const std::string format = args.get("--format", "table");
    if (format != "table" && format != "csv" && format != "json") throw UsageError("--format must be table, csv or json");
    const std::string text = args.positional[1];
    if (geo::TextQuery(text).empty()) throw UsageError("give the text to find (a code, a name, a unit code)");
    int limit = 0;
    if (args.has("--limit")) {
        limit = parseInt(args.get("--limit"), "--limit");
        if (limit < 1) throw UsageError("--limit needs a number of at least 1");
    }

    const geo::Workspace ws = geo::loadWorkspace(loadProjectArgument(args.positional[0], args));
    std::vector<std::string> warnings;
    for (const auto& issue : ws.issues)
        if (issue.severity == geo::LoadIssue::Severity::Error)
            warnings.push_back("layer '" + issue.layerId + "' did not load, so it was not searched: " + issue.message);
    std::vector<std::string> layerIds;
    if (args.has("--layer")) layerIds.push_back(args.get("--layer"));
    const geo::FeatureSearch search(ws, layerIds);
    const auto hits = search.find(text, static_cast<std::size_t>(limit));

    const bool needZones = std::any_of(hits.begin(), hits.end(), [&](const geo::FeatureHit& h) {
        return ws.layers[h.layer].spec.role != geo::LayerRole::Zones;
    });
    std::optional<ZoneNamer> zoneNamer;  // linking costs a little: only when a hit needs its zone
    if (needZones) zoneNamer.emplace(ws, warnings);
    std::vector<Row> rows;
    for (const auto& h : hits) {
        const geo::LoadedLayer& l = ws.layers[h.layer];
        const geo::ZoneFields f = codeAndName(l);
        Row r;
        r.layer = l.spec.id;
        r.fid = l.normalised.features[h.feature].fid;
        r.code = textOf(l, h.feature, f.code);
        r.name = textOf(l, h.feature, f.name);
        if (zoneNamer) r.zones = zoneNamer->of(l, h.feature);
        r.match = matchName(h.rank);
        r.field = h.field;
        rows.push_back(std::move(r));
    }

    if (format == "json") {
        nlohmann::json j;
        j["project"] = args.positional[0];
        j["text"] = text;
        j["hits"] = nlohmann::json::array();
        for (const auto& r : rows)
            j["hits"].push_back({{"layer", r.layer}, {"fid", r.fid}, {"code", r.code}, {"name", r.name},
                                 {"zone_code", r.zoneCodes()}, {"zone_name", r.zoneNames()}, {"match", r.match},
                                 {"field", r.field}});
        j["searched"] = nlohmann::json::object();
        for (std::size_t i = 0; i < ws.layers.size(); ++i)
            if (auto fields = search.fieldsOf(i); !fields.empty()) j["searched"][ws.layers[i].spec.id] = fields;
        j["warnings"] = warnings;
        out << j.dump(2) << "\n";
    } else if (format == "csv") {
        for (const auto& w : warnings) out << "# WARNING: " << w << "\n";
        out << "layer,fid,code,name,zone_code,zone_name,match,field\n";
        for (const auto& r : rows)
            out << geo::csvCell(r.layer) << "," << r.fid << "," << geo::csvCell(r.code) << "," << geo::csvCell(r.name) << ","
                << geo::csvCell(r.zoneCodes()) << "," << geo::csvCell(r.zoneNames()) << "," << r.match << "," << geo::csvCell(r.field)
                << "\n";
    } else {
        for (const auto& w : warnings) out << "WARNING: " << w << "\n";
        TextTable table({"layer", "fid", "code", "name", "zone", "match"}, {false, true, false, false, false, false});
        for (const auto& r : rows) table.addRow({r.layer, std::to_string(r.fid), r.code, r.name, r.zoneLabels(), r.match});
        out << table.render();
        out << rows.size() << " feature(s) match '" << text << "'\n";
    }
    return Success;
}

}  // namespace

CommandSpec findCommand() {
    return {"find",
            "PROJECT TEXT",
            "the zones, planting areas and cooperatives whose code or name matches TEXT, in any case, with or "
            "without Vietnamese marks ('thanh tri' finds Thạnh Trị, '949' its unit code), best match first",
            {{"--layer", "ID", "search only this layer (its code, key and name fields; else every text field)"},
             {"--format", "table|csv|json", "output format (default table)"},
             {"--limit", "N", "at most N features"},
             allowNetworkOption()},
            2,
            2,
            runFind};
}

}  // namespace cli
