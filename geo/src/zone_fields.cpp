#include "geo/zone_fields.h"

#include <algorithm>
#include <cctype>
#include <tuple>
#include <unordered_map>

#include <re2/re2.h>

namespace geo {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// 2: named like an administrative code; 0: no hint; -1: a row number, not a code.
int codeLikeness(const std::string& fieldName) {
    // RE2, as every pattern in geo/ (code_pattern.cpp): linear time whatever the name.
    static const re2::RE2 rowId("objectid|fid|ogc_fid|gid|id|shape_.*");
    static const re2::RE2 code("gid_[0-9]+|cc_[0-9]+|hasc(_[0-9]+)?|ma|ma_.*|ma(huyen|xa|tinh|dvhc|vung)|.*code.*|.*_id");
    std::string n = lower(fieldName);
    if (re2::RE2::FullMatch(n, rowId)) return -1;
    return re2::RE2::FullMatch(n, code) ? 2 : 0;
}

bool nameLike(const std::string& fieldName) {
    static const re2::RE2 name(".*name.*|ten|ten_.*|ten(huyen|xa|tinh|dvhc)");
    return re2::RE2::FullMatch(lower(fieldName), name);
}

struct FieldValues {
    int field = -1;
    std::size_t nonEmpty = 0;
    std::unordered_map<std::string, std::vector<int>> features;  // value → features holding it

    bool varies(std::size_t featureCount) const {
        return featureCount == 1 ? nonEmpty == 1 : features.size() >= 2;
    }
    bool distinctOnEvery(std::size_t featureCount) const {
        return nonEmpty == featureCount && features.size() == featureCount;
    }
};

FieldValues valuesOf(const Layer& layer, int field) {
    FieldValues v;
    v.field = field;
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
        const auto& attrs = layer.features[i].attributes;
        std::string text = static_cast<std::size_t>(field) < attrs.size() ? toText(attrs[static_cast<std::size_t>(field)]) : "";
        if (text.empty()) continue;
        ++v.nonEmpty;
        v.features[text].push_back(static_cast<int>(i));
    }
    return v;
}

std::vector<std::pair<std::string, std::vector<int>>> repeated(const FieldValues& v) {
    std::vector<std::pair<std::string, std::vector<int>>> out;
    for (const auto& [value, features] : v.features)
        if (features.size() > 1) out.emplace_back(value, features);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second.front() < b.second.front(); });
    return out;
}

std::string listRepeats(const std::vector<std::pair<std::string, std::vector<int>>>& reps) {
    std::string text;
    for (std::size_t r = 0; r < reps.size() && r < 5; ++r) {
        text += (r ? "; '" : "'") + reps[r].first + "' (features ";
        for (std::size_t i = 0; i < reps[r].second.size() && i < 5; ++i)
            text += (i ? ", " : "") + std::to_string(reps[r].second[i]);
        text += reps[r].second.size() > 5 ? ", …)" : ")";
    }
    if (reps.size() > 5) text += "; and " + std::to_string(reps.size() - 5) + " more";
    return text;
}

}  // namespace

ZoneFields chooseZoneFields(const Layer& layer, int code, int name) {
    ZoneFields z;
    z.code = code;
    z.name = name;
    const std::size_t n = layer.features.size();
    std::vector<FieldValues> candidates;
    for (std::size_t i = 0; i < layer.fields.size(); ++i) {
        FieldType t = layer.fields[i].type;
        if (t != FieldType::String && t != FieldType::Integer) continue;
        FieldValues v = valuesOf(layer, static_cast<int>(i));
        if (v.varies(n)) candidates.push_back(std::move(v));
    }
    auto fieldName = [&](const FieldValues& v) { return layer.fields[static_cast<std::size_t>(v.field)].name; };
    if (z.code < 0) {
        // Larger key = better; field order breaks ties (lower index wins).
        auto key = [&](const FieldValues& v) {
            return std::make_tuple(v.distinctOnEvery(n), codeLikeness(fieldName(v)), v.features.size(), -v.field);
        };
        const FieldValues* best = nullptr;
        for (const auto& v : candidates)
            if (v.field != z.name && (!best || key(v) > key(*best))) best = &v;
        if (best) z.code = best->field;
    }
    if (z.name < 0) {
        auto key = [&](const FieldValues& v) {
            std::string f = fieldName(v);
            return std::make_tuple(nameLike(f), codeLikeness(f) <= 0, v.features.size(), -v.field);
        };
        const FieldValues* best = nullptr;
        for (const auto& v : candidates)
            if (v.field != z.code && layer.fields[static_cast<std::size_t>(v.field)].type == FieldType::String &&
                (!best || key(v) > key(*best)))
                best = &v;
        if (best) z.name = best->field;
    }
    return z;
}

ZoneFieldChoice describeZoneFields(const LoadedLayer& zones) {
    const Layer& layer = zones.normalised;
    ZoneFields z = zoneFields(zones);
    ZoneFieldChoice c;
    c.layerId = zones.spec.id;
    c.codeChosen = zones.spec.field("code").empty() && z.code >= 0;
    c.nameChosen = zones.spec.field("name").empty() && z.name >= 0;
    if (z.code >= 0) c.codeField = layer.fields[static_cast<std::size_t>(z.code)].name;
    if (z.name >= 0) c.nameField = layer.fields[static_cast<std::size_t>(z.name)].name;
    if (c.nameChosen) c.repeatedNames = repeated(valuesOf(layer, z.name));
    if (c.codeChosen) c.repeatedCodes = repeated(valuesOf(layer, z.code));
    return c;
}

std::string ZoneFieldChoice::choiceNote() const {
    if (!chosen()) return {};
    std::string which = codeChosen && nameChosen ? "\"code\" and \"name\" fields" : codeChosen ? "\"code\" field" : "\"name\" field";
    std::string text = "layer '" + layerId + "' has no " + which + " in the project: zones are named by ";
    if (codeChosen) text += (codeField.empty() ? "no field" : codeField) + " (code)";
    if (codeChosen && nameChosen) text += " and ";
    if (nameChosen) text += (nameField.empty() ? "no field" : nameField) + " (name)";
    text += ", chosen because their values differ between features; set \"fields\": {\"code\": …, \"name\": …} for "
            "layer '" + layerId + "' in the project to choose others";
    return text;
}

std::string ZoneFieldChoice::repeatNote() const {
    std::string text;
    if (!repeatedNames.empty())
        text = "zone names in " + nameField + " of layer '" + layerId + "' repeat: " + listRepeats(repeatedNames) +
               "; tell those rows apart by their codes" + (codeField.empty() ? "" : " (" + codeField + ")");
    if (!repeatedCodes.empty())
        text += std::string(text.empty() ? "" : ". ") + "zone codes in " + codeField + " of layer '" + layerId +
                "' repeat: " + listRepeats(repeatedCodes) +
                "; no field has a distinct value on every feature: set \"fields\": {\"code\": …} in the project";
    return text;
}

}  // namespace geo
