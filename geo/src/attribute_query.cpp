#include "geo/attribute_query.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <cmath>
#include <cstdlib>

#include "geo/error.h"

namespace geo {

std::string foldCase(const std::string& utf8) {
    if (utf8.empty()) return {};
    // UTF-8 → UTF-16 (bad bytes become U+FFFD) → fold → UTF-8.
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    std::u16string wide(utf8.size() + 1, u'\0');
    u_strFromUTF8WithSub(reinterpret_cast<UChar*>(wide.data()), static_cast<int32_t>(wide.size()), &length,
                         utf8.data(), static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr, &status);
    if (U_FAILURE(status)) throw Error(std::string("cannot read text as UTF-8: ") + u_errorName(status));
    wide.resize(static_cast<std::size_t>(length));
    // Folding may lengthen the text (ß → ss): at most 3× in Unicode.
    std::u16string folded(wide.size() * 3 + 1, u'\0');
    length = u_strFoldCase(reinterpret_cast<UChar*>(folded.data()), static_cast<int32_t>(folded.size()),
                           reinterpret_cast<const UChar*>(wide.data()), static_cast<int32_t>(wide.size()),
                           U_FOLD_CASE_DEFAULT, &status);
    if (U_FAILURE(status)) throw Error(std::string("cannot fold the case of a text: ") + u_errorName(status));
    folded.resize(static_cast<std::size_t>(length));
    std::string out(folded.size() * 3 + 1, '\0');
    u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &length, reinterpret_cast<const UChar*>(folded.data()),
                static_cast<int32_t>(folded.size()), &status);
    if (U_FAILURE(status)) throw Error(std::string("cannot write text as UTF-8: ") + u_errorName(status));
    out.resize(static_cast<std::size_t>(length));
    return out;
}

bool textContains(const std::string& haystack, const std::string& needle) {
    return foldCase(haystack).find(foldCase(needle)) != std::string::npos;
}

bool textStartsWith(const std::string& text, const std::string& prefix) {
    std::string t = foldCase(text), p = foldCase(prefix);
    return t.compare(0, p.size(), p) == 0;
}

bool parseNumber(const std::string& text, double& out) {
    std::size_t a = text.find_first_not_of(" \t"), b = text.find_last_not_of(" \t");
    if (a == std::string::npos) return false;
    std::string s = text.substr(a, b - a + 1);
    if (s.find('.') == std::string::npos && s.find(',') != std::string::npos && s.find(',') == s.rfind(','))
        s[s.find(',')] = '.';
    char* end = nullptr;
    double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size() || !std::isfinite(v)) return false;
    // strtod also reads hexadecimal, "inf" and "nan": digits only here.
    if (s.find_first_not_of("0123456789.+-eE") != std::string::npos) return false;
    out = v;
    return true;
}

AttributeQuery::AttributeQuery(const std::vector<Field>& fields, const std::vector<Condition>& conditions,
                               const std::string& layerName) {
    const std::string where = layerName.empty() ? std::string() : " of layer " + layerName;
    for (const Condition& c : conditions) {
        Compiled k{};
        k.join = c.join;
        k.field = fields.size();
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (fields[i].name == c.field) k.field = i;
        if (k.field == fields.size()) throw Error("no field \"" + c.field + "\"" + where);
        k.numericField = fields[k.field].type == FieldType::Integer || fields[k.field].type == FieldType::Real;
        k.op = c.op;
        k.text = c.value;
        k.folded = foldCase(c.value);
        k.isNumber = parseNumber(c.value, k.number);
        bool numericOp = c.op == CompareOp::Equal || c.op == CompareOp::NotEqual || c.op == CompareOp::Less ||
                         c.op == CompareOp::Greater;
        bool emptyTest = (c.op == CompareOp::Equal || c.op == CompareOp::NotEqual) &&
                         c.value.find_first_not_of(" \t") == std::string::npos;  // "is (not) empty"
        if (k.numericField && numericOp && !k.isNumber && !emptyTest)
            throw Error("field \"" + c.field + "\"" + where + " holds numbers: \"" + c.value + "\" is not a number");
        conditions_.push_back(std::move(k));
    }
}

bool AttributeQuery::test(const Compiled& c, const Value& v) const {
    bool null = std::holds_alternative<std::monostate>(v);
    switch (c.op) {
        // The typed value was folded once, when the query was built.
        case CompareOp::Contains: return !null && foldCase(toText(v)).find(c.folded) != std::string::npos;
        case CompareOp::StartsWith: return !null && foldCase(toText(v)).compare(0, c.folded.size(), c.folded) == 0;
        default: break;
    }
    if (null) {
        bool emptyValue = c.text.find_first_not_of(" \t") == std::string::npos;
        if (c.op == CompareOp::Equal) return emptyValue;
        if (c.op == CompareOp::NotEqual) return !emptyValue;
        return false;
    }
    double number = 0;
    bool numeric = c.numericField ? (toNumber(v).has_value() && c.isNumber)
                                  : (c.op == CompareOp::Less || c.op == CompareOp::Greater) && c.isNumber &&
                                        parseNumber(toText(v), number);
    if (numeric) {
        if (c.numericField) number = *toNumber(v);
        switch (c.op) {
            case CompareOp::Equal: return number == c.number;
            case CompareOp::NotEqual: return number != c.number;
            case CompareOp::Less: return number < c.number;
            case CompareOp::Greater: return number > c.number;
            default: return false;
        }
    }
    const std::string text = toText(v);
    switch (c.op) {
        case CompareOp::Equal: return text == c.text;
        case CompareOp::NotEqual: return text != c.text;
        case CompareOp::Less: return text < c.text;
        case CompareOp::Greater: return text > c.text;
        default: return false;
    }
}

bool AttributeQuery::matches(const std::vector<Value>& attributes) const {
    if (conditions_.empty()) return false;
    // OR of AND-groups: a group holds while all its conditions do.
    bool any = false, group = true;
    for (std::size_t i = 0; i < conditions_.size(); ++i) {
        const Compiled& c = conditions_[i];
        if (i > 0 && c.join == JoinOp::Or) {
            any = any || group;
            group = true;
        }
        if (!group) continue;  // this AND-group already failed
        static const Value kNull;
        group = test(c, c.field < attributes.size() ? attributes[c.field] : kNull);
    }
    return any || group;
}

std::vector<int> selectByAttributes(const Layer& layer, const std::vector<Condition>& conditions) {
    AttributeQuery query(layer.fields, conditions, layer.name);
    std::vector<int> out;
    for (std::size_t i = 0; i < layer.features.size(); ++i)
        if (query.matches(layer.features[i].attributes)) out.push_back(static_cast<int>(i));
    return out;
}

}  // namespace geo
