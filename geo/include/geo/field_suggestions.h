#pragma once
// Which column of a file holds which role field of a project layer
// (LayerSpec::fields keys: "code", "name", "crop", "cooperative", …),
// suggested from the column names offices use (ma_vung, ma_htx, ten,
// dien_tich, …; Vietnamese with or without accents, and English). A
// suggestion is only that: the new-project wizard shows it for the user to
// confirm, and a project names its fields explicitly.
#include <string>
#include <string_view>
#include <vector>

#include "geo/project.h"

namespace geo {

// A field key a layer of a role uses, in the order a form shows them.
struct RoleFieldKey {
    std::string key;        // "code", "declared_ha", …
    bool needed = false;    // the statistics need it (zones: code; planting areas: code; …)
};

// The keys statistics and linking read for a layer of this role
// (geo/link.h, geo/stats.h). Table: the keys a loans or register table uses.
const std::vector<RoleFieldKey>& roleFieldKeys(LayerRole role);

// A column name reduced for comparison: accents and đ dropped, lower case,
// every run of other characters one '_': "Mã vùng" → "ma_vung", "DT-KHAI" → "dt_khai".
std::string foldFieldName(std::string_view name);

// How well a column named fieldName fits key for a layer of role, in [0, 1]:
// 1 for the name offices use for exactly this ("ma_vung" as a planting
// area's code), less for generic names ("ma", "code"), 0 for no fit. Exact
// (folded) names score their weight; a known name as one word of a longer
// column ("ma_vung_trong") scores 60 % of it.
double fieldNameScore(LayerRole role, const std::string& key, std::string_view fieldName);

struct FieldSuggestion {
    std::string key;     // role field key
    std::string field;   // column of the file, as written there
    double score = 0;    // fieldNameScore, > 0
};

// One column per key at most and one key per column, best scores first
// (ties: the key listed first by roleFieldKeys, then the column listed
// first). Keys no column fits are left out. In roleFieldKeys order.
std::vector<FieldSuggestion> suggestFields(LayerRole role, const std::vector<std::string>& fieldNames);

// The role whose keys the columns fit best: the mean over its needed keys
// of each one's best score (a role whose needed keys no column fits
// scores 0). Table when nothing fits.
struct RoleSuggestion {
    LayerRole role = LayerRole::Table;
    double score = 0;
};
RoleSuggestion suggestRole(const std::vector<std::string>& fieldNames);

}  // namespace geo
