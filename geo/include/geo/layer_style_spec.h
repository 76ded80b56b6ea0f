#pragma once
// A layer's map style as the project file holds it: geo/ checks it and keeps
// it as canonical JSON text (keys in a fixed order); the app interprets it.
//
//   "style": {"mode": "graduated", "field": "dt_khai", "method": "natural_breaks",
//             "classes": 5, "ramp": "greens", "fill": "#1b9e7780",
//             "stroke": "#333333", "stroke_width": 0.8, "opacity": 1,
//             "label_field": "ma_vung"}
//
// mode: "auto" (the role's own drawing), "single", "categorised", "graduated".
// Colours are "#rrggbb" or "#rrggbbaa" (alpha last).
#include <string>
#include <vector>

namespace geo {

// The colour ramps a graduated style may name (their colours are the app's).
const std::vector<std::string>& styleRampNames();
constexpr int kMinStyleClasses = 2;
constexpr int kMaxStyleClasses = 12;

// Checks a style object (JSON text) and returns it canonical: compact, keys
// sorted. Throws ProjectError "<where>.<key>: <what is wrong>" prefixed with
// context (the project file) for an unknown key, a wrong type or a value out
// of range.
std::string canonicalLayerStyle(const std::string& jsonText, const std::string& context, const std::string& where);

}  // namespace geo
