#include "geo/coordinate_input.h"

#include <cmath>
#include <cstdlib>
#include <optional>
#include <vector>

#include "geo/error.h"

namespace geo {
namespace {

// Vietnam's reach (mainland and islands), for telling the two values apart.
constexpr double kLonMin = 102, kLonMax = 118, kLatMin = 6, kLatMax = 24;
constexpr double kEastingMin = 100e3, kEastingMax = 900e3, kNorthingMin = 900e3, kNorthingMax = 2700e3;

enum class Tok { Number, Degree, Minute, Second, Hemisphere, Separator };

struct Token {
    Tok kind;
    double number = 0;
    char hemisphere = 0;  // 'N', 'S', 'E', 'W'
};

[[noreturn]] void fail(const std::string& text, const std::string& why) {
    throw Error("cannot read the coordinate \"" + text + "\": " + why);
}

// The next UTF-8 character of s at i as a code point; advances i past it.
char32_t nextCodePoint(const std::string& s, std::size_t& i) {
    auto c = static_cast<unsigned char>(s[i]);
    int extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
    if (extra < 0 || i + static_cast<std::size_t>(extra) >= s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = extra == 0 ? c : (c & (0x7F >> (extra + 1)));
    for (int k = 1; k <= extra; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    i += static_cast<std::size_t>(extra) + 1;
    return cp;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::vector<Token> tokenise(const std::string& text) {
    // Decimal commas ("9,6 105,97"): only when no point is used and the two
    // values are separated otherwise (space or ';'); a comma between digits is
    // then part of a number.
    bool hasPoint = text.find('.') != std::string::npos;
    bool decimalComma = !hasPoint && (text.find(';') != std::string::npos || text.find(' ') != std::string::npos);
    std::vector<Token> tokens;
    std::size_t i = 0;
    std::size_t minuteMarkEnd = std::string::npos;  // just after the last minute mark
    while (i < text.size()) {
        char c = text[i];
        if (isDigit(c) || c == '.' || ((c == '-' || c == '+') && i + 1 < text.size() && (isDigit(text[i + 1]) || text[i + 1] == '.'))) {
            std::string number(1, c);
            ++i;
            while (i < text.size()) {
                char d = text[i];
                if (isDigit(d) || d == '.') {
                    number += d;
                } else if (d == ',' && decimalComma && i + 1 < text.size() && isDigit(text[i + 1]) &&
                           isDigit(number.back())) {
                    number += '.';
                } else {
                    break;
                }
                ++i;
            }
            char* end = nullptr;
            double v = std::strtod(number.c_str(), &end);
            if (end != number.c_str() + number.size() || !std::isfinite(v)) fail(text, "\"" + number + "\" is not a number");
            tokens.push_back({Tok::Number, v, 0});
            continue;
        }
        std::size_t start = i;
        char32_t cp = nextCodePoint(text, i);
        switch (cp) {
            case U' ': case U'\t': case U'\n': case U'\r': case 0xA0: break;
            case U',': case U';': case U'/': case U'|': tokens.push_back({Tok::Separator}); break;
            case 0xB0: case 0xBA: case U'd': case U'D': tokens.push_back({Tok::Degree}); break;
            case U'\'': case 0x2032: case 0x2019: case 0x2018:
                // Two minute marks in a row are a second mark ('' for ").
                if (!tokens.empty() && tokens.back().kind == Tok::Minute && start == minuteMarkEnd)
                    tokens.back().kind = Tok::Second;
                else
                    tokens.push_back({Tok::Minute});
                minuteMarkEnd = i;
                break;
            case U'"': case 0x2033: case 0x201D: case 0x201C: tokens.push_back({Tok::Second}); break;
            case U'N': case U'n': tokens.push_back({Tok::Hemisphere, 0, 'N'}); break;
            case U'S': case U's': tokens.push_back({Tok::Hemisphere, 0, 'S'}); break;
            case U'E': case U'e': tokens.push_back({Tok::Hemisphere, 0, 'E'}); break;
            case U'W': case U'w': tokens.push_back({Tok::Hemisphere, 0, 'W'}); break;
            default: fail(text, "unexpected \"" + text.substr(start, i - start) + "\"");
        }
    }
    return tokens;
}

// One of the two values: degrees (with minutes and seconds) or a plain number.
struct Part {
    std::optional<double> degrees, minutes, seconds;
    bool marked = false;  // written with ° ' or "
    char hemisphere = 0;
    bool empty() const { return !degrees && !minutes && !seconds; }
    double value() const {
        double d = degrees.value_or(0);
        double sign = std::signbit(d) ? -1 : 1;
        double v = std::abs(d) + minutes.value_or(0) / 60 + seconds.value_or(0) / 3600;
        if (hemisphere == 'S' || hemisphere == 'W') sign = -sign;
        return sign * v;
    }
};

std::vector<Part> group(const std::string& text, const std::vector<Token>& tokens) {
    std::vector<Part> parts;
    Part cur;
    char pendingHemisphere = 0;
    auto push = [&] {
        if (cur.empty()) {
            if (cur.hemisphere) fail(text, std::string("\"") + cur.hemisphere + "\" without a value");
            return;
        }
        parts.push_back(cur);
        cur = Part{};
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (t.kind == Tok::Separator) {
            push();
            continue;
        }
        if (t.kind == Tok::Hemisphere) {
            if (!cur.empty() && !cur.hemisphere) {
                cur.hemisphere = t.hemisphere;
                push();
            } else {
                push();
                if (pendingHemisphere) fail(text, "two of N, S, E, W in a row");
                pendingHemisphere = t.hemisphere;
            }
            continue;
        }
        if (t.kind != Tok::Number) fail(text, "a °, ′ or ″ mark without a number before it");
        Tok unit = i + 1 < tokens.size() ? tokens[i + 1].kind : Tok::Separator;
        bool isUnit = unit == Tok::Degree || unit == Tok::Minute || unit == Tok::Second;
        if (isUnit) ++i;
        if (unit == Tok::Minute || unit == Tok::Second) {
            if (!cur.degrees || !cur.marked) fail(text, "minutes or seconds without degrees before them");
            std::optional<double>& slot = unit == Tok::Minute ? cur.minutes : cur.seconds;
            if (slot || (unit == Tok::Minute && cur.seconds)) fail(text, "minutes and seconds out of order");
            if (t.number < 0 || t.number >= 60) fail(text, "minutes and seconds must be at least 0 and less than 60");
            slot = t.number;
            continue;
        }
        // Degrees, marked or bare: a new value.
        push();
        if (pendingHemisphere) {
            cur.hemisphere = pendingHemisphere;
            pendingHemisphere = 0;
        }
        cur.degrees = t.number;
        cur.marked = unit == Tok::Degree;
    }
    push();
    if (pendingHemisphere) fail(text, std::string("\"") + pendingHemisphere + "\" without a value after it");
    // "9 36 0 105 58 12": bare degrees minutes seconds (or degrees minutes) of two values.
    bool allBare = !parts.empty();
    for (const Part& p : parts) allBare = allBare && !p.marked && !p.hemisphere;
    if (allBare && (parts.size() == 4 || parts.size() == 6)) {
        std::size_t per = parts.size() / 2;
        std::vector<Part> regrouped;
        for (std::size_t k = 0; k < 2; ++k) {
            Part p;
            p.marked = true;
            p.degrees = parts[k * per].degrees;
            for (std::size_t j = 1; j < per; ++j) {
                double v = *parts[k * per + j].degrees;
                if (v < 0 || v >= 60) fail(text, "minutes and seconds must be at least 0 and less than 60");
                (j == 1 ? p.minutes : p.seconds) = v;
            }
            regrouped.push_back(p);
        }
        parts = regrouped;
    }
    return parts;
}

bool within(double v, double lo, double hi) { return v >= lo && v <= hi; }

}  // namespace

TypedCoordinate parseCoordinate(const std::string& text) {
    std::vector<Part> parts = group(text, tokenise(text));
    if (parts.size() != 2)
        fail(text, "expected two values (longitude and latitude, or easting and northing), found " +
                       std::to_string(parts.size()));
    const Part &a = parts[0], &b = parts[1];
    TypedCoordinate out;
    double va = a.value(), vb = b.value();
    bool degrees = a.marked || b.marked || a.hemisphere || b.hemisphere || a.minutes || b.minutes;
    if (!degrees) {
        bool smallA = std::abs(va) <= 180, smallB = std::abs(vb) <= 180;
        bool largeA = std::abs(va) >= 1000, largeB = std::abs(vb) >= 1000;
        if (smallA && smallB)
            degrees = true;
        else if (!(largeA && largeB))
            fail(text, "one value looks like degrees and the other like metres");
    }
    if (degrees) {
        out.kind = TypedCoordinate::Kind::Degrees;
        auto isLat = [](char h) { return h == 'N' || h == 'S'; };
        auto isLon = [](char h) { return h == 'E' || h == 'W'; };
        if (a.hemisphere && b.hemisphere && isLat(a.hemisphere) == isLat(b.hemisphere))
            fail(text, "both values are marked as " + std::string(isLat(a.hemisphere) ? "latitudes" : "longitudes"));
        bool latFirst;
        if (a.hemisphere)
            latFirst = isLat(a.hemisphere);
        else if (b.hemisphere)
            latFirst = isLon(b.hemisphere);
        else if (within(va, kLatMin, kLatMax) && within(vb, kLonMin, kLonMax))
            latFirst = true;
        else if (within(va, kLonMin, kLonMax) && within(vb, kLatMin, kLatMax))
            latFirst = false;
        else if (std::abs(va) > 90 && std::abs(vb) <= 90)
            latFirst = false;
        else if (std::abs(vb) > 90 && std::abs(va) <= 90)
            latFirst = true;
        else
            fail(text, "cannot tell longitude from latitude: mark them with N and E (e.g. 9.6 N, 105.97 E)");
        double lon = latFirst ? vb : va, lat = latFirst ? va : vb;
        if (std::abs(lat) > 90) fail(text, "latitude beyond ±90°");
        if (std::abs(lon) > 180) fail(text, "longitude beyond ±180°");
        out.value = {lon, lat};
        out.swapped = latFirst;
        return out;
    }
    out.kind = TypedCoordinate::Kind::Metres;
    bool aEast = within(va, kEastingMin, kEastingMax), bEast = within(vb, kEastingMin, kEastingMax);
    bool aNorth = within(va, kNorthingMin, kNorthingMax), bNorth = within(vb, kNorthingMin, kNorthingMax);
    if (aEast && bNorth) {
        out.value = {va, vb};
    } else if (aNorth && bEast) {
        out.value = {vb, va};
        out.swapped = true;
    } else {
        fail(text, "cannot tell easting from northing: in Vietnam's VN-2000 zones eastings lie between 100 000 and "
                   "900 000 m and northings between 900 000 and 2 700 000 m");
    }
    return out;
}

XY typedCoordinateLonLat(const TypedCoordinate& c, const CrsInfo& metresCrs) {
    if (c.kind == TypedCoordinate::Kind::Degrees) return c.value;
    if (!metresCrs.isKnown()) throw CrsError("a coordinate in metres needs a coordinate system");
    if (metresCrs.isGeographic) throw CrsError(metresCrs.name + " is in degrees, not metres");
    Transformer t(metresCrs, wgs84());
    XY p = t.forward(c.value);
    if (!std::isfinite(p.x) || !std::isfinite(p.y))
        throw CrsError("PROJ cannot take the point " + std::to_string(c.value.x) + ", " + std::to_string(c.value.y) +
                       " of " + metresCrs.name + " to WGS 84");
    return p;
}

}  // namespace geo
