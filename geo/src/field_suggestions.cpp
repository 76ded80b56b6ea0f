#include "geo/field_suggestions.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "geo/encoding.h"

namespace geo {
namespace {

struct KnownName {
    const char* folded;  // foldFieldName of the column name
    double weight;       // how surely it means the key
};

// Column names seen in provincial data (DBF names are at most 10 characters,
// hence the abbreviations), by role and key. Generic names weigh less. A
// bare "htx" is left out: as a word of a longer name it is as often a count
// ("so_htx", number of cooperatives) as a code.
const std::map<std::pair<LayerRole, std::string>, std::vector<KnownName>>& knownNames() {
    static const std::map<std::pair<LayerRole, std::string>, std::vector<KnownName>> table = {
        {{LayerRole::Zones, "code"},
         {{"ma_dvhc", 1}, {"ma_huyen", 0.95}, {"ma_xa", 0.95}, {"ma_dv", 0.9}, {"madvhc", 1}, {"code", 0.8},
          {"ma", 0.7}, {"gid_2", 0.5}, {"gid_3", 0.5}}},
        {{LayerRole::Zones, "name"},
         {{"ten", 1}, {"ten_huyen", 0.95}, {"ten_xa", 0.95}, {"ten_dvhc", 1}, {"name", 0.8}, {"name_2", 0.5},
          {"name_3", 0.5}}},
        {{LayerRole::Zones, "kind"}, {{"loai", 0.9}, {"loai_dvhc", 1}, {"cap", 0.7}, {"kind", 0.8}, {"type", 0.6}}},
        {{LayerRole::Boundary, "code"}, {{"ma_tinh", 1}, {"ma", 0.7}, {"code", 0.7}}},
        {{LayerRole::Boundary, "name"}, {{"ten", 1}, {"ten_tinh", 1}, {"name", 0.8}}},
        {{LayerRole::PlantingAreas, "code"},
         {{"ma_vung", 1}, {"ma_so_vung", 1}, {"ma_vung_trong", 1}, {"msvt", 1}, {"ma_so", 0.8}, {"code", 0.8},
          {"ma", 0.6}}},
        {{LayerRole::PlantingAreas, "crop"},
         {{"cay_trong", 1}, {"loai_cay", 0.95}, {"cay", 0.8}, {"crop", 0.9}, {"san_pham", 0.6}}},
        {{LayerRole::PlantingAreas, "cooperative"},
         {{"ma_htx", 1}, {"cooperative", 0.9}, {"coop", 0.8}}},
        {{LayerRole::PlantingAreas, "declared_ha"},
         {{"dt_khai", 1}, {"dien_tich", 0.9}, {"dientich", 0.9}, {"dt_ha", 0.95}, {"dien_tich_ha", 1},
          {"area_ha", 0.9}, {"dt", 0.7}, {"area", 0.6}}},
        {{LayerRole::Cooperatives, "key"},
         {{"ma_htx", 1}, {"mahtx", 1}, {"ma", 0.6}, {"code", 0.6}, {"key", 0.6}}},
        {{LayerRole::Cooperatives, "name"},
         {{"ten_htx", 1}, {"ten", 0.8}, {"ten_hop_tac_xa", 1}, {"name", 0.7}}},
        {{LayerRole::Cooperatives, "kind"}, {{"loai", 0.9}, {"loai_hinh", 1}, {"kind", 0.8}, {"type", 0.6}}},
        {{LayerRole::Cooperatives, "members"},
         {{"thanh_vien", 1}, {"so_thanh_vien", 1}, {"so_tv", 0.95}, {"members", 0.9}, {"tv", 0.6}}},
        {{LayerRole::Cooperatives, "ocop_stars"}, {{"ocop_sao", 1}, {"sao_ocop", 1}, {"ocop", 0.9}, {"sao", 0.6}}},
        {{LayerRole::Investments, "cooperative"},
         {{"ma_htx", 1}, {"cooperative", 0.9}, {"coop", 0.8}}},
        {{LayerRole::Investments, "amount_vnd"},
         {{"so_tien_vnd", 1}, {"so_tien", 0.95}, {"tien", 0.7}, {"gia_tri", 0.8}, {"von", 0.6}, {"amount", 0.8},
          {"amount_vnd", 1}, {"vnd", 0.7}}},
        {{LayerRole::Investments, "programme"},
         {{"chuong_trinh", 1}, {"programme", 0.9}, {"program", 0.9}, {"nguon_von", 0.7}}},
        {{LayerRole::Investments, "year"}, {{"nam", 1}, {"year", 0.9}, {"nam_dau_tu", 1}}},
        // Tables: loan registers (cooperative, amount, year) and code lists.
        {{LayerRole::Table, "code"}, {{"ma", 0.8}, {"code", 0.8}, {"ma_tht", 0.9}, {"ma_lh", 0.9}, {"ma_vung", 0.9}}},
        {{LayerRole::Table, "name"}, {{"ten", 1}, {"name", 0.8}}},
        {{LayerRole::Table, "cooperative"}, {{"ma_htx", 1}, {"cooperative", 0.9}}},
        {{LayerRole::Table, "amount_vnd"},
         {{"so_tien_vnd", 1}, {"so_tien", 0.95}, {"du_no", 0.9}, {"amount", 0.8}, {"amount_vnd", 1}}},
        {{LayerRole::Table, "year"}, {{"nam", 1}, {"year", 0.9}}},
        {{LayerRole::Table, "members"}, {{"thanh_vien", 1}, {"so_thanh_vien", 1}, {"so_tv", 0.95}}},
        {{LayerRole::Table, "declared_ha"}, {{"dt_khai", 1}, {"dien_tich", 0.9}, {"dt_ha", 0.95}}},
        {{LayerRole::Table, "x"}, {{"x", 1}, {"kinh_do", 0.9}, {"lon", 0.9}, {"longitude", 0.9}}},
        {{LayerRole::Table, "y"}, {{"y", 1}, {"vi_do", 0.9}, {"lat", 0.9}, {"latitude", 0.9}}},
        {{LayerRole::Table, "wkt"}, {{"wkt", 1}, {"geometry", 0.7}}},
    };
    return table;
}

}  // namespace

const std::vector<RoleFieldKey>& roleFieldKeys(LayerRole role) {
    static const std::map<LayerRole, std::vector<RoleFieldKey>> keys = {
        {LayerRole::Zones, {{"code", true}, {"name", true}, {"kind", false}}},
        {LayerRole::Boundary, {{"code", false}, {"name", false}}},
        {LayerRole::PlantingAreas,
         {{"code", true}, {"crop", false}, {"cooperative", false}, {"declared_ha", false}}},
        {LayerRole::Cooperatives,
         {{"key", true}, {"name", true}, {"kind", false}, {"members", false}, {"ocop_stars", false}}},
        {LayerRole::Investments,
         {{"cooperative", true}, {"amount_vnd", true}, {"programme", false}, {"year", false}}},
        {LayerRole::Table,
         {{"code", false}, {"name", false}, {"cooperative", false}, {"amount_vnd", false}, {"year", false},
          {"members", false}, {"declared_ha", false}, {"x", false}, {"y", false}, {"wkt", false}}},
    };
    return keys.at(role);
}

std::string foldFieldName(std::string_view name) {
    std::string nfc = toNfc(name);
    UErrorCode status = U_ZERO_ERROR;
    std::int32_t len16 = 0;
    u_strFromUTF8WithSub(nullptr, 0, &len16, nfc.data(), static_cast<std::int32_t>(nfc.size()), 0xFFFD, nullptr,
                         &status);
    std::u16string s(static_cast<std::size_t>(len16), u'\0');
    status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(reinterpret_cast<UChar*>(s.data()), len16, nullptr, nfc.data(),
                         static_cast<std::int32_t>(nfc.size()), 0xFFFD, nullptr, &status);
    if (U_FAILURE(status)) return {};
    const UNormalizer2* nfd = unorm2_getNFDInstance(&status);
    if (U_FAILURE(status)) return {};
    std::int32_t lenD = unorm2_normalize(nfd, reinterpret_cast<const UChar*>(s.data()), static_cast<std::int32_t>(s.size()),
                                         nullptr, 0, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return {};
    status = U_ZERO_ERROR;
    std::u16string d(static_cast<std::size_t>(lenD), u'\0');
    unorm2_normalize(nfd, reinterpret_cast<const UChar*>(s.data()), static_cast<std::int32_t>(s.size()),
                     reinterpret_cast<UChar*>(d.data()), lenD, &status);
    if (U_FAILURE(status)) return {};
    std::string out;
    for (char16_t c : d) {
        if (u_charType(c) == U_NON_SPACING_MARK) continue;  // ờ → o
        if (c == u'đ' || c == u'Đ') c = u'd';              // đ has no decomposition
        if (c < 0x80 && std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!out.empty() && out.back() != '_')
            out += '_';
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    return out;
}

double fieldNameScore(LayerRole role, const std::string& key, std::string_view fieldName) {
    auto it = knownNames().find({role, key});
    if (it == knownNames().end()) return 0;
    const std::string folded = foldFieldName(fieldName);
    if (folded.empty()) return 0;
    double best = 0;
    for (const KnownName& known : it->second) {
        const std::string k = known.folded;
        if (folded == k) {
            best = std::max(best, known.weight);
            continue;
        }
        // k as whole words inside a longer name: "ma_vung_trong", "so_tien_dau_tu".
        const std::string padded = "_" + folded + "_";
        if (k.size() > 1 && padded.find("_" + k + "_") != std::string::npos) best = std::max(best, 0.6 * known.weight);
    }
    return best;
}

std::vector<FieldSuggestion> suggestFields(LayerRole role, const std::vector<std::string>& fieldNames) {
    const auto& keys = roleFieldKeys(role);
    struct Candidate {
        double score;
        std::size_t key, field;
    };
    std::vector<Candidate> candidates;
    for (std::size_t k = 0; k < keys.size(); ++k)
        for (std::size_t f = 0; f < fieldNames.size(); ++f)
            if (double s = fieldNameScore(role, keys[k].key, fieldNames[f]); s > 0) candidates.push_back({s, k, f});
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.key != b.key) return a.key < b.key;
        return a.field < b.field;
    });
    std::vector<bool> keyTaken(keys.size()), fieldTaken(fieldNames.size());
    std::vector<FieldSuggestion> byKey(keys.size());
    for (const Candidate& c : candidates) {
        if (keyTaken[c.key] || fieldTaken[c.field]) continue;
        keyTaken[c.key] = fieldTaken[c.field] = true;
        byKey[c.key] = {keys[c.key].key, fieldNames[c.field], c.score};
    }
    std::vector<FieldSuggestion> out;
    for (auto& s : byKey)
        if (s.score > 0) out.push_back(std::move(s));
    return out;
}

RoleSuggestion suggestRole(const std::vector<std::string>& fieldNames) {
    RoleSuggestion best;
    for (LayerRole role : {LayerRole::PlantingAreas, LayerRole::Cooperatives, LayerRole::Investments, LayerRole::Zones}) {
        std::vector<FieldSuggestion> s = suggestFields(role, fieldNames);
        double sum = 0;
        int needed = 0;
        bool all = true;
        for (const auto& k : roleFieldKeys(role)) {
            if (!k.needed) continue;
            ++needed;
            auto it = std::find_if(s.begin(), s.end(), [&](const FieldSuggestion& f) { return f.key == k.key; });
            if (it == s.end()) all = false;
            else sum += it->score;
        }
        double score = all && needed > 0 ? sum / needed : 0;
        if (score > best.score) best = {role, score};
    }
    return best;
}

}  // namespace geo
