#pragma once
// RFC 7946 checks written independently of geo's GeoJSON writer: the text is
// parsed with nlohmann::json (a SAX pass sees every number as written, for the
// decimals), and every rule is checked on what was parsed.
#include <nlohmann/json.hpp>

#include <cmath>
#include <string>
#include <vector>

namespace vt_test {

struct Rfc7946Result {
    std::vector<std::string> violations;  // empty = conforming
    std::size_t features = 0;
    std::size_t positions = 0;
    int maxDecimals = 0;  // among coordinates and bbox values
};

namespace rfc7946_detail {

// Counts the decimals of every number written inside "coordinates" or "bbox".
class DecimalCounter : public nlohmann::json_sax<nlohmann::json> {
public:
    int maxDecimals = 0;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t& text) override {
        if (depthInGeometryArray_ > 0) {
            auto dot = text.find('.');
            if (dot != std::string::npos) {
                auto end = text.find_first_of("eE", dot);
                int decimals = static_cast<int>((end == std::string::npos ? text.size() : end) - dot - 1);
                if (decimals > maxDecimals) maxDecimals = decimals;
            }
        }
        return true;
    }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override {
        stack_.push_back(false);
        return true;
    }
    bool key(string_t& k) override {
        lastKey_ = k;
        return true;
    }
    bool end_object() override {
        stack_.pop_back();
        return true;
    }
    bool start_array(std::size_t) override {
        bool geometryArray = depthInGeometryArray_ > 0 || lastKey_ == "coordinates" || lastKey_ == "bbox";
        stack_.push_back(geometryArray);
        if (geometryArray) ++depthInGeometryArray_;
        lastKey_.clear();
        return true;
    }
    bool end_array() override {
        if (stack_.back()) --depthInGeometryArray_;
        stack_.pop_back();
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    std::vector<bool> stack_;
    int depthInGeometryArray_ = 0;
    std::string lastKey_;
};

struct Box {
    double minX = INFINITY, minY = INFINITY, maxX = -INFINITY, maxY = -INFINITY;
    void add(double x, double y) {
        minX = std::min(minX, x), minY = std::min(minY, y), maxX = std::max(maxX, x), maxY = std::max(maxY, y);
    }
};

inline double shoelace(const nlohmann::json& ring) {
    double sum = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        sum += ring[i][0].get<double>() * ring[i + 1][1].get<double>() -
               ring[i + 1][0].get<double>() * ring[i][1].get<double>();
    return sum / 2;
}

class Checker {
public:
    Rfc7946Result result;

    void fail(const std::string& where, const std::string& what) { result.violations.push_back(where + ": " + what); }

    void position(const nlohmann::json& p, const std::string& where, Box& box) {
        if (!p.is_array() || p.size() < 2 || p.size() > 3 || !p[0].is_number() || !p[1].is_number()) {
            fail(where, "a position must be [lon, lat] numbers");
            return;
        }
        double lon = p[0].get<double>(), lat = p[1].get<double>();
        if (lon < -180 || lon > 180) fail(where, "longitude " + std::to_string(lon) + " out of range");
        if (lat < -90 || lat > 90) fail(where, "latitude " + std::to_string(lat) + " out of range");
        box.add(lon, lat);
        ++result.positions;
    }

    void ring(const nlohmann::json& r, bool exterior, const std::string& where, Box& box) {
        if (!r.is_array() || r.size() < 4) {
            fail(where, "a linear ring needs at least 4 positions");
            return;
        }
        for (const auto& p : r) position(p, where, box);
        if (r.front() != r.back()) fail(where, "ring not closed");
        double a = shoelace(r);
        if (exterior && !(a > 0)) fail(where, "exterior ring is not counter-clockwise (signed area " + std::to_string(a) + ")");
        if (!exterior && !(a < 0)) fail(where, "hole is not clockwise (signed area " + std::to_string(a) + ")");
    }

    void polygon(const nlohmann::json& rings, const std::string& where, Box& box) {
        for (std::size_t i = 0; i < rings.size(); ++i) ring(rings[i], i == 0, where + " ring " + std::to_string(i), box);
    }

    void geometry(const nlohmann::json& g, const std::string& where, Box& box) {
        if (g.contains("crs")) fail(where, "geometry has a \"crs\" member");
        std::string type = g.value("type", "");
        const auto& c = g.at("coordinates");
        if (type == "Point") {
            position(c, where, box);
        } else if (type == "MultiPoint" || type == "LineString") {
            for (const auto& p : c) position(p, where, box);
        } else if (type == "MultiLineString") {
            for (const auto& l : c)
                for (const auto& p : l) position(p, where, box);
        } else if (type == "Polygon") {
            polygon(c, where, box);
        } else if (type == "MultiPolygon") {
            for (std::size_t i = 0; i < c.size(); ++i) polygon(c[i], where + " polygon " + std::to_string(i), box);
        } else {
            fail(where, "unexpected geometry type '" + type + "'");
        }
    }

    void bboxContains(const nlohmann::json& obj, const Box& box, const std::string& where) {
        if (!obj.contains("bbox")) {
            fail(where, "no \"bbox\"");
            return;
        }
        const auto& b = obj["bbox"];
        if (!b.is_array() || b.size() != 4) {
            fail(where, "bbox must have 4 numbers");
            return;
        }
        if (b[0].get<double>() > box.minX || b[1].get<double>() > box.minY || b[2].get<double>() < box.maxX ||
            b[3].get<double>() < box.maxY)
            fail(where, "bbox does not contain every position");
    }

    void feature(const nlohmann::json& f, const std::string& where, Box& all) {
        ++result.features;
        if (f.value("type", "") != "Feature") fail(where, "not a Feature");
        if (f.contains("crs")) fail(where, "feature has a \"crs\" member");
        if (!f.contains("properties")) fail(where, "no \"properties\" member");
        if (!f.contains("geometry")) {
            fail(where, "no \"geometry\" member");
            return;
        }
        if (f["geometry"].is_null()) return;
        Box box;
        geometry(f["geometry"], where, box);
        bboxContains(f, box, where);
        all.add(box.minX, box.minY);
        all.add(box.maxX, box.maxY);
    }
};

}  // namespace rfc7946_detail

// Checks a FeatureCollection document (or, with sequence = true, one Feature
// per line, optionally RS-prefixed).
inline Rfc7946Result checkRfc7946(const std::string& text, bool sequence = false) {
    rfc7946_detail::Checker c;
    rfc7946_detail::DecimalCounter decimals;
    auto parseOne = [&](const std::string& doc, const std::string& where) -> nlohmann::json {
        rfc7946_detail::DecimalCounter d;
        if (!nlohmann::json::sax_parse(doc, &d)) {
            c.fail(where, "not valid JSON");
            return nullptr;
        }
        decimals.maxDecimals = std::max(decimals.maxDecimals, d.maxDecimals);
        return nlohmann::json::parse(doc);
    };
    if (!sequence) {
        nlohmann::json doc = parseOne(text, "document");
        if (doc.is_null()) return c.result;
        if (doc.value("type", "") != "FeatureCollection") c.fail("document", "not a FeatureCollection");
        if (doc.contains("crs")) c.fail("document", "has a \"crs\" member (RFC 7946 §4)");
        rfc7946_detail::Box all;
        const auto& features = doc.at("features");
        for (std::size_t i = 0; i < features.size(); ++i) c.feature(features[i], "feature " + std::to_string(i), all);
        if (c.result.positions) c.bboxContains(doc, all, "collection");
    } else {
        std::size_t start = 0, line = 0;
        rfc7946_detail::Box all;
        while (start < text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            std::string record = text.substr(start, end - start);
            start = end + 1;
            if (!record.empty() && record[0] == '\x1e') record.erase(0, 1);
            if (record.empty()) continue;
            nlohmann::json f = parseOne(record, "line " + std::to_string(++line));
            if (!f.is_null()) c.feature(f, "line " + std::to_string(line), all);
        }
    }
    c.result.maxDecimals = decimals.maxDecimals;
    return c.result;
}

}  // namespace vt_test
