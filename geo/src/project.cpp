#include "geo/project.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <vector>

#include "geo/atomic_file.h"
#include "geo/encoding.h"
#include "geo/error.h"
#include "geo/source_path.h"

namespace geo {
namespace fs = std::filesystem;
using nlohmann::json;

const char* toString(LayerRole role) {
    switch (role) {
        case LayerRole::Zones: return "zones";
        case LayerRole::PlantingAreas: return "planting_areas";
        case LayerRole::Cooperatives: return "cooperatives";
        case LayerRole::Investments: return "investments";
        case LayerRole::Boundary: return "boundary";
        case LayerRole::Table: return "table";
    }
    return "table";
}

std::optional<LayerRole> parseLayerRole(const std::string& s) {
    for (LayerRole r : {LayerRole::Zones, LayerRole::PlantingAreas, LayerRole::Cooperatives,
                        LayerRole::Investments, LayerRole::Boundary, LayerRole::Table})
        if (s == toString(r)) return r;
    return std::nullopt;
}

std::string LayerSpec::field(const std::string& key) const {
    auto it = fields.find(key);
    return it == fields.end() ? std::string() : it->second;
}

std::string Project::folder() const { return fs::path(filePath).parent_path().string(); }

std::string Project::resolve(const std::string& relativePath) const {
    return resolveSourcePath(filePath, relativePath, allowNetwork);
}

const LayerSpec* Project::findLayer(const std::string& id) const {
    for (const auto& l : layers)
        if (l.id == id) return &l;
    return nullptr;
}

const LayerSpec* Project::firstWithRole(LayerRole role) const {
    for (const auto& l : layers)
        if (l.role == role) return &l;
    return nullptr;
}

namespace {

[[noreturn]] void fail(const std::string& file, const std::string& where, const std::string& what) {
    throw ProjectError(file + ": " + where + ": " + what);
}

std::string getString(const json& j, const char* key, const std::string& file, const std::string& where,
                      bool required = false) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) {
        if (required) fail(file, where, std::string("missing \"") + key + "\"");
        return {};
    }
    if (!it->is_string()) fail(file, where + "." + key, "must be a string");
    return it->get<std::string>();
}

// std::regex (libstdc++) backtracks: a pattern with nested or stacked
// quantifiers ("(a+)+", "a**"), an alternation under an unbounded
// quantifier, or a backreference can take exponential time on a short code,
// and a project file must not be able to hang the program. Code patterns
// need none of these. Returns why a pattern is refused, or "".
std::string riskyPattern(const std::string& re) {
    if (re.size() > 256) return "longer than 256 characters";
    // Repetition counts, wherever a brace is (libstdc++ overflows a signed
    // long reading a long count, found by fuzz_keys): at most 3 digits.
    for (std::size_t i = 0; i < re.size(); ++i) {
        // Backreferences, and escapes with a number (libstdc++ reads "\\4444…"
        // as one backreference number and overflows, found by fuzz_keys),
        // wherever they are: the structural scan below can be led astray.
        if (re[i] == '\\' && i + 1 < re.size() && std::isdigit(static_cast<unsigned char>(re[i + 1])))
            return "backreferences and numeric escapes are not allowed";
        if (re[i] != '{') continue;
        std::size_t digits = 0;
        for (std::size_t k = i + 1; k < re.size(); ++k) {
            if (std::isdigit(static_cast<unsigned char>(re[k]))) {
                if (++digits > 3) return "a repetition count above 999";
            } else if (re[k] == ',') {
                digits = 0;
            } else {
                break;
            }
        }
    }
    struct Group {
        bool hasQuantifier = false;
        bool hasUnbounded = false;
        bool hasAlternation = false;
    };
    std::vector<Group> groups(1);
    // What the last atom was: a quantifier, a closed group, or anything else.
    enum class Last { None, Atom, Group, Quantifier, Lazy } last = Last::None;
    Group closed;
    // A group may repeat (more than "?") only if nothing inside repeats or
    // alternates: "(\\d{4})?" is fine, "(a|b){7}" and "(a?){30}" are not.
    // And the number of choices the matcher can backtrack over is capped:
    // at most 2 unbounded (or widely ranged) quantifiers, at most 8
    // quantifiers and alternatives in all ("a?a?a?…aaa…" is exponential).
    int unboundedCount = 0, choiceCount = 0;
    auto quantify = [&](bool unbounded, bool once) -> std::string {
        if (last == Last::None) return {};  // std::regex rejects it
        if (last == Last::Quantifier || last == Last::Lazy) return "a quantifier follows a quantifier";
        if (last == Last::Group && !once && (closed.hasQuantifier || closed.hasAlternation))
            return "a repeated group contains a quantifier or an alternation";
        if (unbounded && ++unboundedCount > 2) return "more than 2 unbounded quantifiers";
        if (++choiceCount > 8) return "more than 8 quantifiers and alternatives";
        groups.back().hasQuantifier = true;
        groups.back().hasUnbounded |= unbounded;
        last = Last::Quantifier;
        return {};
    };
    for (std::size_t i = 0; i < re.size(); ++i) {
        char c = re[i];
        std::string why;
        switch (c) {
            case '\\':
                if (i + 1 < re.size() && re[i + 1] >= '1' && re[i + 1] <= '9') return "backreferences are not allowed";
                ++i;
                last = Last::Atom;
                break;
            case '[': {
                // Skip the class (ECMAScript: "[]" is an empty class); escapes skip a character.
                std::size_t j = i + 1;
                if (j < re.size() && re[j] == '^') ++j;
                while (j < re.size() && re[j] != ']') j += re[j] == '\\' ? 2 : 1;
                i = j;
                last = Last::Atom;
                break;
            }
            case '(':
                groups.emplace_back();
                last = Last::None;
                break;
            case ')':
                if (groups.size() > 1) {
                    closed = groups.back();
                    groups.pop_back();
                    groups.back().hasQuantifier |= closed.hasQuantifier;
                    groups.back().hasUnbounded |= closed.hasUnbounded;
                    groups.back().hasAlternation |= closed.hasAlternation;
                }
                last = Last::Group;
                break;
            case '|':
                if (++choiceCount > 8) return "more than 8 quantifiers and alternatives";
                groups.back().hasAlternation = true;
                last = Last::None;
                break;
            case '*':
            case '+':
                why = quantify(true, false);
                break;
            case '?':
                if (last == Last::Quantifier) {
                    last = Last::Lazy;  // lazy form of the quantifier before it
                    break;
                }
                why = quantify(false, true);
                break;
            case '{': {
                std::size_t close = re.find('}', i);
                if (close == std::string::npos) {
                    last = Last::Atom;
                    break;
                }
                std::string body = re.substr(i + 1, close - i - 1);
                bool unbounded = !body.empty() && body.back() == ',';
                if (auto comma = body.find(','); comma != std::string::npos && !unbounded) {
                    // {n,m} with a wide range backtracks like an unbounded one.
                    int lo = std::atoi(body.substr(0, comma).c_str()), hi = std::atoi(body.substr(comma + 1).c_str());
                    if (hi - lo > 16) unbounded = true;
                }
                bool once = body == "0,1" || body == "1" || body == "0" || body == "1,1";
                why = quantify(unbounded, once);
                i = close;
                break;
            }
            default:
                last = Last::Atom;
        }
        if (!why.empty()) return why;
    }
    return {};
}

}  // namespace

Project parseProject(const std::string& text, const std::string& filePath) {
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception& e) {
        // parse_error, and out_of_range for a number too large for a double
        // ("1e400"): both are a bad file, never an escaping exception.
        // nlohmann quotes the bytes it read last: make them valid UTF-8 for display.
        throw ProjectError(filePath + ": not valid JSON (it must be UTF-8 JSON): " + toNfc(e.what()));
    }
    if (!j.is_object()) fail(filePath, "top level", "must be a JSON object");
    Project p;
    p.filePath = fs::absolute(filePath).lexically_normal().string();
    p.name = getString(j, "name", filePath, "top level");
    p.description = getString(j, "description", filePath, "top level");
    p.provinceCrs = getString(j, "province_crs", filePath, "top level");
    if (auto s = getString(j, "code_pattern", filePath, "top level"); !s.empty()) {
        if (std::string why = riskyPattern(s); !why.empty())
            fail(filePath, "code_pattern", "refused (" + why + "): such patterns can take exponential time");
        try {
            std::regex check(s);
        } catch (const std::regex_error& e) {
            fail(filePath, "code_pattern", std::string("not a valid regular expression: ") + e.what());
        }
        p.codePattern = s;
    }
    if (auto it = j.find("declared_area_tolerance_pct"); it != j.end()) {
        if (!it->is_number() || it->get<double>() < 0) fail(filePath, "declared_area_tolerance_pct", "must be a number ≥ 0");
        p.declaredAreaTolerancePct = it->get<double>();
    }

    if (auto q = j.find("quality_severity"); q != j.end()) {
        if (!q->is_object()) fail(filePath, "quality_severity", "must be an object of finding kind → severity");
        for (auto& [kind, v] : q->items()) {
            if (!v.is_string() || (v != "info" && v != "warning" && v != "error"))
                fail(filePath, "quality_severity." + kind, "must be \"info\", \"warning\" or \"error\"");
            p.qualitySeverity[kind] = v.get<std::string>();
        }
    }

    auto layers = j.find("layers");
    if (layers == j.end() || !layers->is_array()) fail(filePath, "layers", "missing or not an array");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < layers->size(); ++i) {
        const json& l = (*layers)[i];
        std::string where = "layers[" + std::to_string(i) + "]";
        if (!l.is_object()) fail(filePath, where, "must be an object");
        LayerSpec spec;
        spec.id = getString(l, "id", filePath, where, true);
        if (!ids.insert(spec.id).second) fail(filePath, where, "duplicate layer id '" + spec.id + "'");
        std::string role = getString(l, "role", filePath, where, true);
        auto r = parseLayerRole(role);
        if (!r) fail(filePath, where + ".role", "unknown role '" + role +
                                                "' (zones, planting_areas, cooperatives, investments, boundary, table)");
        spec.role = *r;
        spec.path = getString(l, "path", filePath, where, true);
        spec.layerName = getString(l, "layer", filePath, where);
        spec.crs = getString(l, "crs", filePath, where);
        spec.encoding = getString(l, "encoding", filePath, where);
        spec.title = getString(l, "title", filePath, where);
        if (auto f = l.find("fields"); f != l.end()) {
            if (!f->is_object()) fail(filePath, where + ".fields", "must be an object of role → field name");
            for (auto& [k, v] : f->items()) {
                if (!v.is_string()) fail(filePath, where + ".fields." + k, "must be a string");
                spec.fields[k] = v.get<std::string>();
            }
        }
        p.layers.push_back(std::move(spec));
    }
    if (auto lk = j.find("links"); lk != j.end()) {
        if (!lk->is_object()) fail(filePath, "links", "must be an object");
        std::string mode = getString(*lk, "planting_to_cooperative", filePath, "links");
        if (!mode.empty()) {
            if (mode != "key" && mode != "spatial") fail(filePath, "links.planting_to_cooperative", "must be \"key\" or \"spatial\"");
            p.links.plantingToCooperative = mode;
        }
        if (auto d = lk->find("max_distance_m"); d != lk->end()) {
            if (!d->is_number() || d->get<double>() < 0) fail(filePath, "links.max_distance_m", "must be a number ≥ 0");
            p.links.maxLinkDistanceMetres = d->get<double>();
        }
    }
    if (auto cw = j.find("crosswalk"); cw != j.end() && !cw->is_null()) {
        if (!cw->is_object()) fail(filePath, "crosswalk", "must be an object");
        Crosswalk c;
        c.path = getString(*cw, "path", filePath, "crosswalk", true);
        if (auto s = getString(*cw, "from_field", filePath, "crosswalk"); !s.empty()) c.fromField = s;
        if (auto s = getString(*cw, "to_field", filePath, "crosswalk"); !s.empty()) c.toField = s;
        if (auto s = getString(*cw, "to_name_field", filePath, "crosswalk"); !s.empty()) c.toNameField = s;
        p.crosswalk = c;
    }
    if (auto an = j.find("allow_network"); an != j.end()) {
        if (!an->is_boolean()) fail(filePath, "allow_network", "must be true or false");
        p.allowNetwork = an->get<bool>();
    }
    // A path may lead anywhere the user chose (geo/source_path.h); one that
    // names no file is a mistake in the project file itself. What the path
    // names is checked when the layer is read, so one bad layer does not
    // stop the others.
    auto requirePath = [&](const std::string& path, const std::string& where) {
        std::string t = path;
        t.erase(0, t.find_first_not_of(" \t\r\n"));
        t.erase(t.find_last_not_of(" \t\r\n") + 1);
        if (t.empty() || fs::path(t).lexically_normal() == ".")
            fail(filePath, where, "path '" + path + "' names no file: give the path of the layer's file");
    };
    for (std::size_t i = 0; i < p.layers.size(); ++i) requirePath(p.layers[i].path, "layers[" + std::to_string(i) + "].path");
    if (p.crosswalk) requirePath(p.crosswalk->path, "crosswalk.path");
    return p;
}

Project loadProject(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ProjectError("cannot open project '" + path + "': file not found or unreadable");
    std::stringstream ss;
    ss << in.rdbuf();
    return parseProject(ss.str(), path);
}

std::string projectToJson(const Project& p) {
    json j;
    j["name"] = p.name;
    if (!p.description.empty()) j["description"] = p.description;
    if (!p.provinceCrs.empty()) j["province_crs"] = p.provinceCrs;
    j["code_pattern"] = p.codePattern;
    j["declared_area_tolerance_pct"] = p.declaredAreaTolerancePct;
    if (!p.qualitySeverity.empty()) j["quality_severity"] = p.qualitySeverity;
    json layers = json::array();
    for (const auto& l : p.layers) {
        json o;
        o["id"] = l.id;
        o["role"] = toString(l.role);
        o["path"] = l.path;
        if (!l.layerName.empty()) o["layer"] = l.layerName;
        if (!l.title.empty()) o["title"] = l.title;
        if (!l.crs.empty()) o["crs"] = l.crs;
        if (!l.encoding.empty()) o["encoding"] = l.encoding;
        if (!l.fields.empty()) o["fields"] = l.fields;
        layers.push_back(std::move(o));
    }
    j["layers"] = std::move(layers);
    j["links"] = {{"planting_to_cooperative", p.links.plantingToCooperative},
                  {"max_distance_m", p.links.maxLinkDistanceMetres}};
    if (p.crosswalk)
        j["crosswalk"] = {{"path", p.crosswalk->path},
                          {"from_field", p.crosswalk->fromField},
                          {"to_field", p.crosswalk->toField},
                          {"to_name_field", p.crosswalk->toNameField}};
    if (p.allowNetwork) j["allow_network"] = true;
    return j.dump(2, ' ', false) + "\n";
}

void saveProject(const Project& project, const std::string& path) {
    writeFileAtomically(path, projectToJson(project));
}

}  // namespace geo
