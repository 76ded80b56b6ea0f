#pragma once
// A vector layer held in memory: typed attributes, geometry and CRS.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
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

// What a reader's or normaliser's warning is about. Whoever sorts warnings
// (the quality report, the app's encoding prompt) switches on the kind,
// never on the text, which is for people and may change.
enum class WarningKind {
    Note,           // anything else a user should know (skipped rows, truncation, stray points)
    EncodingGuess,  // the text encoding was detected from the text (Layer::encodingGuessed)
    EncodingDoubt,  // the encoding the user set looks wrong (Layer::encodingDoubt)
    CrsGuess,       // no CRS in the source; one was inferred from the coordinates
    CrsUnknown,     // no CRS in the source, and none fits the coordinates
};

struct LayerWarning {
    WarningKind kind = WarningKind::Note;
    std::string text;

    LayerWarning(std::string text, WarningKind kind = WarningKind::Note)  // NOLINT: a plain note from its text
        : kind(kind), text(std::move(text)) {}
    bool operator==(const LayerWarning&) const = default;
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
    std::vector<LayerWarning> warnings;  // things a user should know (guesses, skipped rows)
    // Geographic coordinates that look latitude first (geo/axis_order.h) and
    // were not declared so: normalise refuses them, naming the fix.
    bool axesLookSwapped = false;
    bool axesSwapped = false;         // read latitude first and swapped, as asked

    // Index of the field called name (case-insensitive), or -1.
    int fieldIndex(std::string_view name) const;
    // Same, but throws geo::Error naming the layer when the field is missing.
    int requireField(std::string_view name) const;
    Envelope extent() const;
    // "path" or "path:layer", for messages.
    std::string label() const;
};

}  // namespace geo
