#include "geo/layer_style_spec.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

#include "geo/classify.h"
#include "geo/error.h"

namespace geo {
using nlohmann::json;

const std::vector<std::string>& styleRampNames() {
    static const std::vector<std::string> names = {"greens", "blues", "oranges", "reds", "purples", "viridis"};
    return names;
}

namespace {

bool isColour(const json& v) {
    if (!v.is_string()) return false;
    const std::string s = v.get<std::string>();
    if ((s.size() != 7 && s.size() != 9) || s[0] != '#') return false;
    return std::all_of(s.begin() + 1, s.end(), [](unsigned char c) { return std::isxdigit(c) != 0; });
}

}  // namespace

std::string canonicalLayerStyle(const std::string& jsonText, const std::string& context, const std::string& where) {
    json style;
    try {
        style = json::parse(jsonText);
    } catch (const json::exception& e) {
        throw ProjectError(context + ": " + where + ": not valid JSON: " + e.what());
    }
    auto fail = [&](const std::string& key, const std::string& what) {
        throw ProjectError(context + ": " + where + (key.empty() ? "" : "." + key) + ": " + what);
    };
    if (!style.is_object()) fail("", "must be an object (mode, fill, stroke, ...)");
    for (auto& [key, v] : style.items()) {
        if (key == "mode") {
            if (!v.is_string() || (v != "auto" && v != "single" && v != "categorised" && v != "graduated"))
                fail(key, "must be \"auto\", \"single\", \"categorised\" or \"graduated\"");
        } else if (key == "fill" || key == "stroke") {
            if (!isColour(v)) fail(key, "must be a colour \"#rrggbb\" or \"#rrggbbaa\"");
        } else if (key == "stroke_width") {
            if (!v.is_number() || v.get<double>() < 0 || v.get<double>() > 20) fail(key, "must be a number from 0 to 20 (px)");
        } else if (key == "opacity") {
            if (!v.is_number() || v.get<double>() < 0 || v.get<double>() > 1) fail(key, "must be a number from 0 to 1");
        } else if (key == "label_field" || key == "field") {
            if (!v.is_string()) fail(key, "must be a field name (a string)");
        } else if (key == "method") {
            ClassMethod m;
            if (!v.is_string() || !parseClassMethod(v.get<std::string>(), m))
                fail(key, "must be \"equal_interval\", \"quantile\" or \"natural_breaks\"");
        } else if (key == "classes") {
            if (!v.is_number_integer() || v.get<long long>() < kMinStyleClasses || v.get<long long>() > kMaxStyleClasses)
                fail(key, "must be a whole number from " + std::to_string(kMinStyleClasses) + " to " +
                              std::to_string(kMaxStyleClasses));
        } else if (key == "ramp") {
            const auto& names = styleRampNames();
            if (!v.is_string() || std::find(names.begin(), names.end(), v.get<std::string>()) == names.end()) {
                std::string list;
                for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
                fail(key, "must be one of " + list);
            }
        } else {
            fail(key, "unknown style key (mode, fill, stroke, stroke_width, opacity, label_field, field, method, "
                      "classes, ramp)");
        }
    }
    if ((style.value("mode", "") == "categorised" || style.value("mode", "") == "graduated") &&
        style.value("field", "").empty())
        fail("field", "a " + style["mode"].get<std::string>() + " style needs the field it is by");
    return style.dump();  // nlohmann's objects are ordered by key: the same style, the same text
}

}  // namespace geo
