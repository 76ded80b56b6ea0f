#include "geo/basemap.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <filesystem>

#include "geo/error.h"
#include "geo/source_path.h"

namespace geo {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

[[noreturn]] void fail(const std::string& file, const std::string& where, const std::string& what) {
    throw ProjectError(file + ": " + where + ": " + what);
}

std::string stringKey(const json& o, const char* key, const std::string& file, const std::string& where) {
    auto it = o.find(key);
    if (it == o.end() || it->is_null()) return {};
    if (!it->is_string()) fail(file, where + "." + key, "must be a string");
    return it->get<std::string>();
}

std::string trimmed(std::string s) {
    s.erase(0, s.find_first_not_of(" \t\r\n"));
    s.erase(s.find_last_not_of(" \t\r\n") + 1);
    return s;
}

// FNV-1a: a stable folder name for a template (not security, just separation).
std::string hashHex(const std::string& s) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

}  // namespace

std::vector<BasemapSpec> parseBasemaps(const json& list, const std::string& file, std::set<std::string>& ids) {
    if (!list.is_array()) fail(file, "basemaps", "must be an array of raster backgrounds");
    static const std::set<std::string> known = {"id", "name", "path", "url", "attribution",
                                                "cache", "opacity", "visible", "max_zoom"};
    std::vector<BasemapSpec> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const json& o = list[i];
        const std::string where = "basemaps[" + std::to_string(i) + "]";
        if (!o.is_object()) fail(file, where, "must be an object");
        for (auto& [key, value] : o.items())
            if (!known.count(key))
                fail(file, where, "unknown key \"" + key +
                                      "\" (id, name, path, url, attribution, cache, opacity, visible, max_zoom)");
        BasemapSpec b;
        b.id = stringKey(o, "id", file, where);
        if (trimmed(b.id).empty()) fail(file, where, "missing \"id\"");
        if (!ids.insert(b.id).second) fail(file, where, "duplicate id '" + b.id + "' (layers and basemaps share ids)");
        b.name = stringKey(o, "name", file, where);
        b.path = stringKey(o, "path", file, where);
        b.url = stringKey(o, "url", file, where);
        b.attribution = stringKey(o, "attribution", file, where);
        b.cache = stringKey(o, "cache", file, where);
        if (trimmed(b.path).empty() == trimmed(b.url).empty())
            fail(file, where, "give exactly one of \"path\" (a GeoTIFF or MBTiles file) and \"url\" (an XYZ tile template)");
        if (!b.path.empty() && fs::path(trimmed(b.path)).lexically_normal() == ".")
            fail(file, where + ".path", "'" + b.path + "' names no file");
        if (auto it = o.find("opacity"); it != o.end()) {
            if (!it->is_number() || it->get<double>() < 0 || it->get<double>() > 1)
                fail(file, where + ".opacity", "must be a number from 0 (invisible) to 1 (opaque)");
            b.opacity = it->get<double>();
        }
        if (auto it = o.find("visible"); it != o.end()) {
            if (!it->is_boolean()) fail(file, where + ".visible", "must be true or false");
            b.visible = it->get<bool>();
        }
        if (auto it = o.find("max_zoom"); it != o.end()) {
            if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > 24)
                fail(file, where + ".max_zoom", "must be a whole number from 0 to 24");
            b.maxZoom = static_cast<int>(it->get<long long>());
        }
        if (!b.url.empty()) {
            // The template is checked as GDAL will be given it, so a typo shows when the project opens.
            RasterSource probe;
            probe.name = b.id;
            probe.urlTemplate = b.url;
            probe.maxZoom = b.maxZoom;
            try {
                gdalRasterName(probe);
            } catch (const IoError& e) {
                fail(file, where + ".url", e.what());
            }
        }
        out.push_back(std::move(b));
    }
    return out;
}

json basemapsToJson(const std::vector<BasemapSpec>& basemaps) {
    json list = json::array();
    for (const auto& b : basemaps) {
        json o;
        o["id"] = b.id;
        if (!b.name.empty()) o["name"] = b.name;
        if (!b.path.empty()) o["path"] = b.path;
        if (!b.url.empty()) o["url"] = b.url;
        if (!b.attribution.empty()) o["attribution"] = b.attribution;
        if (!b.cache.empty()) o["cache"] = b.cache;
        if (b.opacity != 1.0) o["opacity"] = b.opacity;
        if (!b.visible) o["visible"] = false;
        if (!b.url.empty() && b.maxZoom != 19) o["max_zoom"] = b.maxZoom;
        list.push_back(std::move(o));
    }
    return list;
}

RasterSource basemapSource(const Project& project, const BasemapSpec& spec, const std::string& cacheRoot) {
    RasterSource s;
    s.id = spec.id;
    s.name = spec.name.empty() ? spec.id : spec.name;
    s.attribution = spec.attribution;
    s.opacity = spec.opacity;
    s.visible = spec.visible;
    s.maxZoom = spec.maxZoom;
    if (!spec.path.empty()) {
        s.path = project.resolve(spec.path);
        return s;
    }
    s.urlTemplate = spec.url;
    if (!spec.cache.empty()) {
        fs::path c(spec.cache);
        s.cacheDir = (c.is_absolute() ? c : fs::path(project.folder()) / c).lexically_normal().string();
    } else if (!cacheRoot.empty()) {
        s.cacheDir = (fs::path(cacheRoot) / "tiles" / hashHex(spec.url)).string();
    }
    return s;
}

SourceReach basemapReach(const Project& project, const RasterSource& source) {
    SourceReach reach = projectReach(project);
    if (!source.path.empty()) reach.namedFiles.push_back(source.path);
    return reach;
}

}  // namespace geo
