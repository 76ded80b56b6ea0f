#pragma once
// Which fields name the zones of a layer the project gives no field mapping
// (a GADM download, the post-2025 communes added by hand). The first text
// fields are often the country or province, the same on every feature
// (GADM: GID_0 "VNM", NAME_1 "Vietnam"): they would name every zone alike.
//
// The rule, applied to each of code and name the project does not set:
// - candidates: fields whose values differ between features (at least two
//   distinct non-empty values; with one feature, any non-empty value);
//   code: text or integer fields; name: text fields other than the code;
// - code: fields with a distinct value on every feature first, then fields
//   named like a code (GADM GID_n, CC_n, HASC_n; ma, ma_*, *code*,
//   *_id), then more distinct values, then field order;
// - name: fields named like a name first (NAME_n, VARNAME_n, ten, ten_*,
//   *name*), then fields not named like a code, then more distinct values,
//   then field order.
// The choice is reported (stats prints it; validate lists it as
// zone_fields_guessed), and names that still repeat are warned about
// (zone_names_repeat): rows are then told apart by their codes only.
#include <string>
#include <utility>
#include <vector>

#include "geo/link.h"

namespace geo {

// The fields for code and name: `code`/`name` as the project sets them
// (-1 when it does not), the rest chosen by the rule above.
ZoneFields chooseZoneFields(const Layer& layer, int code, int name);

struct ZoneFieldChoice {
    std::string layerId;
    std::string codeField, nameField;  // "" = none
    bool codeChosen = false;           // chosen by the rule, not set in the project
    bool nameChosen = false;
    // A chosen name held by several features, with their feature indexes.
    std::vector<std::pair<std::string, std::vector<int>>> repeatedNames;
    // Codes of the chosen code field that are held by several features.
    std::vector<std::pair<std::string, std::vector<int>>> repeatedCodes;

    bool chosen() const { return codeChosen || nameChosen; }
    // "layer 'gadm' has no "code"/"name" fields in the project: zones are named by GID_2 (code) and NAME_2 (name) …"
    std::string choiceNote() const;
    // "" when no chosen name (code) repeats.
    std::string repeatNote() const;
};

// How the zones of `zones` are named. Throws Error as zoneFields() does.
ZoneFieldChoice describeZoneFields(const LoadedLayer& zones);

}  // namespace geo
