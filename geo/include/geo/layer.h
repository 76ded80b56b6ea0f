#pragma once
// A vector layer held in memory: typed attributes, geometry and CRS.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "geo/crs.h"
#include "geo/geometry.h"

namespace geo {

enum class FieldType { Integer, Real, String, Date };

struct Field {
    std::string name;
    FieldType type = FieldType::String;
};

// An attribute value. Text is UTF-8 NFC. Integers stay integers (VND amounts
// are never floating point); codes with leading zeros are read as text.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

std::string toText(const Value& v);           // "" for null
std::optional<double> toNumber(const Value& v);
std::optional<std::int64_t> toInteger(const Value& v);

struct Feature {
    std::int64_t fid = 0;             // the source's feature id
    std::vector<Value> attributes;    // parallel to Layer::fields
    Geometry geometry;
};

struct Layer {
    std::string sourcePath;           // file the layer was read from
    std::string name;                 // layer name inside the source
    std::vector<Field> fields;
    std::vector<Feature> features;
    CrsInfo crs;                      // CRS of the coordinates in features
    std::string encoding;             // text encoding the attributes were decoded from
    bool encodingGuessed = false;     // detected from the text (no .cpg, or a .cpg the text contradicts)
    // Why the encoding the user set for this layer looks wrong ("" when nothing does): it
    // contradicts the .cpg, leaves undecodable bytes, or reads as implausible Vietnamese.
    std::string encodingDoubt;
    std::string encodingBetter;       // the candidate that reads better, when there is one
    bool encodingSettingIgnored = false;  // the format's text is UTF-8 whatever the setting says
    std::vector<std::string> warnings;  // things a user should know (guesses, skipped rows)

    // Index of the field called name (case-insensitive), or -1.
    int fieldIndex(std::string_view name) const;
    // Same, but throws geo::Error naming the layer when the field is missing.
    int requireField(std::string_view name) const;
    Envelope extent() const;
    // "path" or "path:layer", for messages.
    std::string label() const;
};

}  // namespace geo
