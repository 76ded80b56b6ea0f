#include "geo/layer.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <strings.h>

#include "geo/error.h"
#include "geo/text.h"

namespace geo {

std::string toText(const Value& v) {
    if (const auto* s = std::get_if<std::string>(&v)) return *s;
    if (const auto* i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&v)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.15g", *d);
        return buf;
    }
    return {};
}

std::optional<double> toNumber(const Value& v) {
    if (const auto* d = std::get_if<double>(&v)) return *d;
    if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
    if (const auto* s = std::get_if<std::string>(&v)) {
        double out = 0;
        const char* b = s->data();
        const char* e = b + s->size();
        while (b < e && *b == ' ') ++b;
        while (e > b && e[-1] == ' ') --e;
        auto [ptr, ec] = std::from_chars(b, e, out);
        if (ec == std::errc() && ptr == e && b != e && std::isfinite(out)) return out;
    }
    return std::nullopt;
}

std::optional<std::int64_t> toInteger(const Value& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
    if (const auto* d = std::get_if<double>(&v)) {
        if (std::isfinite(*d) && std::floor(*d) == *d && std::fabs(*d) < 9e15)
            return static_cast<std::int64_t>(*d);
        return std::nullopt;
    }
    if (const auto* s = std::get_if<std::string>(&v)) {
        std::int64_t out = 0;
        const char* b = s->data();
        const char* e = b + s->size();
        while (b < e && *b == ' ') ++b;
        while (e > b && e[-1] == ' ') --e;
        auto [ptr, ec] = std::from_chars(b, e, out);
        if (ec == std::errc() && ptr == e && b != e) return out;
    }
    return std::nullopt;
}

int Layer::fieldIndex(std::string_view wanted) const {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const auto& n = fields[i].name;
        if (n.size() == wanted.size() && strncasecmp(n.data(), wanted.data(), n.size()) == 0)
            return static_cast<int>(i);
    }
    // A field name with Vietnamese letters in another case or Unicode form
    // ("TÊN_HTX" for "tên_htx", decomposed marks): the same key (geo/text.h).
    const std::string key = foldKey(wanted);
    if (key.empty()) return -1;
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (foldKey(fields[i].name) == key) return static_cast<int>(i);
    return -1;
}

int Layer::requireField(std::string_view wanted) const {
    int i = fieldIndex(wanted);
    if (i < 0) {
        std::string names;
        for (const auto& f : fields) names += (names.empty() ? "" : ", ") + f.name;
        throw Error(label() + ": no field '" + std::string(wanted) + "' (fields: " + names + ")");
    }
    return i;
}

Envelope Layer::extent() const {
    Envelope e;
    for (const auto& f : features) e.expand(f.geometry.envelope());
    return e;
}

std::string Layer::label() const {
    return name.empty() ? sourcePath : sourcePath + ":" + name;
}

}  // namespace geo
