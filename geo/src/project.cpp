#include "geo/project.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

#include "geo/atomic_file.h"
#include "geo/axis_order.h"
#include "geo/basemap.h"
#include "geo/code_pattern.h"
#include "geo/province.h"
#include "geo/encoding.h"
#include "geo/postgis.h"
#include "geo/error.h"
#include "geo/layer_style_spec.h"
#include "geo/source_guard.h"
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

void setProvince(Project& project, const std::string& name) {
    const ProvinceZone* zone = nullptr;
    try {
        zone = &findProvince(name);
    } catch (const CrsError& e) {
        throw ProjectError(project.filePath + ": province: " + e.what());
    }
    if (!project.provinceCrs.empty() && project.provinceCrs != zone->authorityCode)
        throw ProjectError(project.filePath + ": province '" + name + "' uses " + zone->authorityCode + " (" +
                           zone->crsName + ") but province_crs is " + project.provinceCrs + ": keep one of them");
    project.province = name;
    project.provinceCrs = zone->authorityCode;
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

// A layer's "postgis" object: the connection (libpq keywords, never a
// password) and "table" ("schema.table") or "sql" (a query, run on a
// read-only connection). Sets spec.path to "PG:…" and spec.layerName/sql.
void parsePostgis(const json& pg, const std::string& file, const std::string& where, LayerSpec& spec) {
    if (!pg.is_object())
        fail(file, where, "must be an object: {\"service\": NAME, \"table\": \"schema.table\"}, or host, port, "
                          "dbname, user instead of service");
    PgConnection c;
    for (auto& [key, value] : pg.items()) {
        const std::string at = where + "." + key;
        if (key == "password" || key == "passfile")
            fail(file, at, "a password is never kept in a project file (it would travel with the project and be "
                           "read by everyone who opens it): put it in ~/.pgpass (PGPASSFILE) or the service file "
                           "(PGSERVICEFILE, ~/.pg_service.conf), or set PGPASSWORD, and remove this key");
        if (key == "port" && value.is_number_integer()) {
            c.port = std::to_string(value.get<long long>());
            continue;
        }
        if (!value.is_string()) fail(file, at, "must be a string");
        std::string v = value.get<std::string>();
        if (key == "service") c.service = v;
        else if (key == "host") c.host = v;
        else if (key == "port") c.port = v;
        else if (key == "dbname") c.dbname = v;
        else if (key == "user") c.user = v;
        else if (key == "sslmode") c.sslmode = v;
        else if (key == "table") spec.layerName = v;
        else if (key == "sql") spec.sql = v;
        else
            fail(file, at, "unknown key (service, host, port, dbname, user, sslmode, and table or sql)");
    }
    if (c.empty()) fail(file, where, "names no connection: give \"service\", or \"host\"/\"port\"/\"dbname\"");
    if (spec.layerName.empty() == spec.sql.empty())
        fail(file, where, "give either \"table\" (\"schema.table\") or \"sql\" (a query), one of them");
    if (!spec.layerName.empty()) {
        try {
            parsePgTableName(spec.layerName, "table");
        } catch (const Error& e) {
            fail(file, where + ".table", e.what());
        }
    }
    spec.path = c.gdalName();
}

}  // namespace

namespace {

// nlohmann's parser ends its input at a NUL and keeps the last of two equal
// keys: a project file must be exactly one JSON document, each key once.
json parseStrictly(const std::string& text, const std::string& filePath) {
    if (auto nul = text.find('\0'); nul != std::string::npos)
        throw ProjectError(filePath + ": byte " + std::to_string(nul) +
                           " is a NUL: a project file is UTF-8 JSON text and nothing else (is it damaged?)");
    // The objects and arrays being read: where each is ("layers[].fields"),
    // and for an object the keys seen so far.
    struct Open {
        bool isObject;
        std::string where;
        std::set<std::string> keys;
    };
    std::vector<Open> open;
    std::string lastKey;
    auto enter = [&](bool isObject) {
        std::string where = open.empty() ? std::string()
                            : open.back().isObject ? (open.back().where.empty() ? "" : open.back().where + ".") + lastKey
                                                   : open.back().where + "[]";
        open.push_back({isObject, std::move(where), {}});
    };
    auto check = [&](int, json::parse_event_t event, json& parsed) {
        switch (event) {
            case json::parse_event_t::object_start: enter(true); break;
            case json::parse_event_t::array_start: enter(false); break;
            case json::parse_event_t::object_end:
            case json::parse_event_t::array_end:
                if (!open.empty()) open.pop_back();
                break;
            case json::parse_event_t::key:
                lastKey = parsed.get<std::string>();
                if (!open.empty() && !open.back().keys.insert(lastKey).second)
                    throw ProjectError(filePath + ": " + (open.back().where.empty() ? "top level" : open.back().where) +
                                       ": the key \"" + toNfc(lastKey) + "\" appears twice in one object; keep one");
                break;
            default: break;
        }
        return true;
    };
    return json::parse(text, check);
}

// "view": {"statistics_by": ID, "extent": [minX, minY, maxX, maxY], "extent_crs": "EPSG:…"}.
ProjectView parseView(const json& v, const std::string& file, const std::set<std::string>& ids) {
    if (!v.is_object()) fail(file, "view", "must be an object (statistics_by, extent, extent_crs)");
    ProjectView view;
    for (auto& [key, value] : v.items())
        if (key != "statistics_by" && key != "extent" && key != "extent_crs")
            fail(file, "view." + key, "unknown key (statistics_by, extent, extent_crs)");
    view.statisticsBy = getString(v, "statistics_by", file, "view");
    if (!view.statisticsBy.empty() && !ids.count(view.statisticsBy))
        fail(file, "view.statistics_by", "no layer has the id '" + view.statisticsBy + "'");
    auto extent = v.find("extent");
    std::string crs = getString(v, "extent_crs", file, "view");
    if ((extent != v.end()) != !crs.empty())
        fail(file, "view", "\"extent\" and \"extent_crs\" go together: give both or neither");
    if (extent == v.end()) return view;
    if (!extent->is_array() || extent->size() != 4 ||
        !std::all_of(extent->begin(), extent->end(), [](const json& n) { return n.is_number(); }))
        fail(file, "view.extent", "must be four numbers: [min_x, min_y, max_x, max_y]");
    view.minX = (*extent)[0].get<double>();
    view.minY = (*extent)[1].get<double>();
    view.maxX = (*extent)[2].get<double>();
    view.maxY = (*extent)[3].get<double>();
    if (!(std::isfinite(view.minX) && std::isfinite(view.minY) && std::isfinite(view.maxX) &&
          std::isfinite(view.maxY)) ||
        !(view.minX < view.maxX && view.minY < view.maxY))
        fail(file, "view.extent", "must be finite with min_x < max_x and min_y < max_y");
    view.extentCrs = crs;
    return view;
}

}  // namespace

Project parseProject(const std::string& text, const std::string& filePath) {
    json j;
    try {
        j = parseStrictly(text, filePath);
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
    if (auto province = getString(j, "province", filePath, "top level"); !province.empty()) setProvince(p, province);
    if (auto s = getString(j, "code_pattern", filePath, "top level"); !s.empty()) {
        if (std::string why = codePatternProblem(s); !why.empty())
            fail(filePath, "code_pattern", "not a usable pattern: " + why);
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
        if (auto pg = l.find("postgis"); pg != l.end()) {
            if (l.contains("path") || l.contains("layer"))
                fail(filePath, where, "a layer has \"path\" (a file) or \"postgis\" (a database table), not both");
            parsePostgis(*pg, filePath, where + ".postgis", spec);
        } else {
            spec.path = getString(l, "path", filePath, where, true);
            spec.layerName = getString(l, "layer", filePath, where);
            // "PG:…" as a path is a PostgreSQL layer too: checked now, so that a
            // password in it stops the project at once (and is never repeated).
            if (isPgName(spec.path)) {
                try {
                    parsePgConnection(spec.path, "connection");
                } catch (const Error& e) {
                    fail(filePath, where + ".path", e.what());
                }
            }
        }
        spec.crs = getString(l, "crs", filePath, where);
        spec.encoding = getString(l, "encoding", filePath, where);
        spec.axisOrder = getString(l, "axis_order", filePath, where);
        if (!spec.axisOrder.empty() && !parseAxisOrder(spec.axisOrder))
            fail(filePath, where + ".axis_order", "must be \"lat_lon\" (latitude first) or \"lon_lat\"");
        spec.title = getString(l, "title", filePath, where);
        if (auto f = l.find("fields"); f != l.end()) {
            if (!f->is_object()) fail(filePath, where + ".fields", "must be an object of role → field name");
            for (auto& [k, v] : f->items()) {
                if (!v.is_string()) fail(filePath, where + ".fields." + k, "must be a string");
                spec.fields[k] = v.get<std::string>();
            }
        }
        if (auto st = l.find("style"); st != l.end())
            spec.style = canonicalLayerStyle(st->dump(), filePath, where + ".style");
        if (auto v = l.find("visible"); v != l.end()) {
            if (!v->is_boolean()) fail(filePath, where + ".visible", "must be true or false");
            spec.visible = v->get<bool>();
        }
        p.layers.push_back(std::move(spec));
    }
    if (auto order = j.find("draw_order"); order != j.end()) {
        if (!order->is_array()) fail(filePath, "draw_order", "must be an array of layer ids, bottom first");
        std::set<std::string> seen;
        for (std::size_t i = 0; i < order->size(); ++i) {
            const json& id = (*order)[i];
            std::string where = "draw_order[" + std::to_string(i) + "]";
            if (!id.is_string()) fail(filePath, where, "must be a layer id (a string)");
            if (!ids.count(id.get<std::string>()))
                fail(filePath, where, "no layer has the id '" + id.get<std::string>() + "'");
            if (!seen.insert(id.get<std::string>()).second)
                fail(filePath, where, "layer '" + id.get<std::string>() + "' is named twice");
            p.drawOrder.push_back(id.get<std::string>());
        }
    }
    if (auto b = j.find("basemaps"); b != j.end()) p.basemaps = parseBasemaps(*b, filePath, ids);
    if (auto v = j.find("view"); v != j.end()) p.view = parseView(*v, filePath, ids);
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
    if (auto area = j.find("area"); area != j.end()) {
        std::optional<AreaMode> mode = area->is_string() ? parseAreaMode(area->get<std::string>()) : std::nullopt;
        if (!mode)
            fail(filePath, "area", "must be \"geodesic\" (PROJ's geodesic area for every polygon) or \"auto\" "
                                   "(the default: polygons of a few kilometres on the authalic sphere)");
        p.areaMode = *mode;
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
    // A project file is a few kilobytes of JSON. Anything else is refused
    // before it is opened: a FIFO or device would block the open for ever,
    // and a huge file would be read whole into memory.
    constexpr std::uintmax_t kMaxProjectBytes = 4u << 20;
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw ProjectError("cannot open project '" + path + "': file not found or unreadable");
    if (!fs::is_regular_file(status))
        throw ProjectError("cannot open project '" + path + "': not a regular file (a folder, device or pipe)");
    std::uintmax_t size = fs::file_size(path, ec);
    if (ec) throw ProjectError("cannot open project '" + path + "': " + ec.message());
    if (size > kMaxProjectBytes)
        throw ProjectError("cannot open project '" + path + "': " + std::to_string(size) +
                           " bytes, far more than a project file holds (at most " +
                           std::to_string(kMaxProjectBytes >> 20) + " MB): is it the right file?");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ProjectError("cannot open project '" + path + "': file not found or unreadable");
    std::string text(kMaxProjectBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxProjectBytes)  // grew since it was measured
        throw ProjectError("cannot open project '" + path + "': larger than " + std::to_string(kMaxProjectBytes >> 20) +
                           " MB, far more than a project file holds");
    Project project = parseProject(text, path);
    protectProjectSources(project);
    return project;
}

std::string projectToJson(const Project& p) {
    // ordered_json keeps keys in the order they are set: the order of Project's fields.
    using ojson = nlohmann::ordered_json;
    ojson j;
    j["name"] = p.name;
    if (!p.description.empty()) j["description"] = p.description;
    if (!p.province.empty()) j["province"] = p.province;
    if (!p.provinceCrs.empty()) j["province_crs"] = p.provinceCrs;
    j["code_pattern"] = p.codePattern;
    j["declared_area_tolerance_pct"] = p.declaredAreaTolerancePct;
    if (!p.qualitySeverity.empty()) j["quality_severity"] = p.qualitySeverity;
    ojson layers = ojson::array();
    for (const auto& l : p.layers) {
        ojson o;
        o["id"] = l.id;
        o["role"] = toString(l.role);
        if (isPgName(l.path)) {
            // Written back as the "postgis" object (never with a password: none is parsed).
            PgConnection c = parsePgConnection(l.path, "layer " + l.id);
            ojson pg = ojson::object();
            for (const auto& [k, v] : {std::pair<const char*, const std::string*>{"service", &c.service},
                                       {"host", &c.host}, {"port", &c.port}, {"dbname", &c.dbname},
                                       {"user", &c.user}, {"sslmode", &c.sslmode}})
                if (!v->empty()) pg[k] = *v;
            if (!l.sql.empty()) pg["sql"] = l.sql;
            else pg["table"] = l.layerName;
            o["postgis"] = std::move(pg);
        } else {
            o["path"] = l.path;
            if (!l.layerName.empty()) o["layer"] = l.layerName;
        }
        if (!l.title.empty()) o["title"] = l.title;
        if (!l.crs.empty()) o["crs"] = l.crs;
        if (!l.encoding.empty()) o["encoding"] = l.encoding;
        if (!l.axisOrder.empty()) o["axis_order"] = l.axisOrder;
        if (!l.fields.empty()) o["fields"] = l.fields;
        if (!l.style.empty()) o["style"] = ojson::parse(l.style);  // canonical text: its order kept
        if (!l.visible) o["visible"] = false;
        layers.push_back(std::move(o));
    }
    j["layers"] = std::move(layers);
    if (!p.basemaps.empty()) j["basemaps"] = ojson(basemapsToJson(p.basemaps));
    j["links"] = {{"planting_to_cooperative", p.links.plantingToCooperative},
                  {"max_distance_m", p.links.maxLinkDistanceMetres}};
    if (p.crosswalk)
        j["crosswalk"] = {{"path", p.crosswalk->path},
                          {"from_field", p.crosswalk->fromField},
                          {"to_field", p.crosswalk->toField},
                          {"to_name_field", p.crosswalk->toNameField}};
    if (p.allowNetwork) j["allow_network"] = true;
    if (p.areaMode != AreaMode::Auto) j["area"] = toString(p.areaMode);
    if (!p.drawOrder.empty()) j["draw_order"] = p.drawOrder;
    if (!p.view.statisticsBy.empty() || p.view.hasExtent()) {
        ojson view = ojson::object();
        if (!p.view.statisticsBy.empty()) view["statistics_by"] = p.view.statisticsBy;
        if (p.view.hasExtent()) {
            view["extent"] = {p.view.minX, p.view.minY, p.view.maxX, p.view.maxY};
            view["extent_crs"] = p.view.extentCrs;
        }
        j["view"] = std::move(view);
    }
    return j.dump(2, ' ', false) + "\n";
}

void saveProject(const Project& project, const std::string& path) {
    writeFileAtomically(path, projectToJson(project), /*allowProjectFile=*/true);
}

}  // namespace geo
