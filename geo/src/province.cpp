#include "geo/province.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>
#include <sstream>

#include "geo/encoding.h"
#include "geo/error.h"
#include "geo/text.h"

namespace geo {
namespace {

bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '.')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '.')) --e;
    return std::string(s.substr(b, e - b));
}

// Split "A, B and C" into A, B, C.
std::vector<std::string> splitList(const std::string& clause) {
    std::vector<std::string> out;
    std::string text = clause;
    for (std::size_t at; (at = text.find(" and ")) != std::string::npos;) text.replace(at, 5, ", ");
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ','))
        if (std::string t = trim(item); !t.empty()) out.push_back(t);
    return out;
}

}  // namespace

std::vector<std::string> placesInAreaOfUse(std::string_view areaText) {
    std::string text(areaText);
    if (auto dash = text.find(" - "); dash != std::string::npos) text = text.substr(dash + 3);  // "Vietnam - "
    std::vector<std::string> places;
    std::stringstream clauses(text);
    std::string clause;
    static const char* const kinds[] = {" provinces", " province", " cities", " city", " municipality"};
    while (std::getline(clauses, clause, ';')) {
        std::vector<std::string> items = splitList(trim(clause));
        // A clause is a list of places when its last item says what they are.
        bool isList = !items.empty() && std::any_of(std::begin(kinds), std::end(kinds),
                                                    [&](const char* k) { return endsWith(items.back(), k); });
        if (!isList) continue;
        for (std::string item : items) {
            for (const char* k : kinds)
                if (endsWith(item, k)) {
                    item.resize(item.size() - std::string_view(k).size());
                    break;
                }
            if (!item.empty()) places.push_back(item);
        }
    }
    return places;
}

const std::vector<ProvinceZone>& provinceTable() {
    static std::once_flag once;
    static std::vector<ProvinceZone> table;
    static std::string failure;
    std::call_once(once, [] {
        try {
            for (const DatabaseCrs& crs : projectedCrsFromDatabase("VN-2000 / TM-3"))
                for (const auto& usage : crs.usages)
                    for (const auto& place : placesInAreaOfUse(usage.area))
                        table.push_back({place, crs.authorityCode, crs.name, usage.bbox});
        } catch (const Error& e) {
            failure = e.what();
        }
        if (table.empty() && failure.empty())
            failure = "PROJ's database names no province in the area of use of any VN-2000 / TM-3 CRS";
    });
    if (!failure.empty()) throw CrsError("cannot build the province table: " + failure);
    return table;
}

std::string provinceKey(std::string_view name) {
    // Without case or marks (geo/text.h: "Đồng Tháp" → "dong thap"); then
    // only ASCII letters and digits, anything else (spaces, hyphens, dots,
    // letters outside Vietnamese) separating words.
    std::string ascii;
    for (char c : searchFold(name)) {
        if (std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80)
            ascii += c;
        else if (ascii.empty() || ascii.back() != ' ')
            ascii += ' ';
    }
    std::vector<std::string> words;
    std::stringstream in(ascii);
    for (std::string w; in >> w;) words.push_back(w);
    // Administrative words around the name.
    auto dropFront = [&](std::initializer_list<const char*> phrase) {
        if (words.size() <= phrase.size()) return;
        if (!std::equal(phrase.begin(), phrase.end(), words.begin())) return;
        words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(phrase.size()));
    };
    dropFront({"tinh"});
    dropFront({"thanh", "pho"});
    dropFront({"tp"});
    if (words.size() > 1 && (words.back() == "province" || words.back() == "city")) words.pop_back();
    std::string key;
    for (const auto& w : words) key += (key.empty() ? "" : " ") + w;
    return key;
}

std::string joinProvinces(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
}

const ProvinceZone& findProvince(const std::string& name) {
    const auto& table = provinceTable();
    std::string key = provinceKey(name);
    const ProvinceZone* found = nullptr;
    for (const auto& z : table) {
        if (provinceKey(z.province) != key) continue;
        if (found && found->authorityCode != z.authorityCode)
            throw CrsError("province '" + name + "' is listed for two TM-3 zones in PROJ's database (" +
                           found->authorityCode + " and " + z.authorityCode + "): give the CRS instead");
        if (!found) found = &z;
    }
    if (found) return *found;
    std::vector<std::string> names;
    for (const auto& z : table) names.push_back(z.province);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::string list;
    for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
    throw CrsError("unknown province '" + name + "': the VN-2000 TM-3 zones in PROJ's database list " + list);
}

std::vector<Tm3Candidate> tm3Candidates(XY centre) {
    std::vector<Tm3Candidate> out;
    std::map<std::string, XY> placed;  // TM-3 code → centre in WGS 84 lon/lat
    for (const auto& z : provinceTable()) {
        auto at = placed.find(z.authorityCode);
        if (at == placed.end())
            at = placed.emplace(z.authorityCode, Transformer(describeCrs(z.authorityCode), wgs84()).forward(centre)).first;
        // A zone's provinces are listed per area of use: that area's box decides.
        if (!z.areaOfUse.contains(at->second)) continue;
        auto c = std::find_if(out.begin(), out.end(), [&](const Tm3Candidate& t) { return t.authorityCode == z.authorityCode; });
        if (c == out.end()) c = out.insert(out.end(), {z.authorityCode, z.crsName, {}});
        c->provinces.push_back(z.province);
    }
    return out;
}

}  // namespace geo
