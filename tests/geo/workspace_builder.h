#pragma once
// Hand-built layers for tests that make a workspace in code (quality_test,
// implausible_number_test): WGS 84 lon/lat, UTF-8, source paths under
// /fixture/ (nothing is read from disk).
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "geo/crs.h"
#include "geo/workspace.h"

namespace vt_test::build {

// A square of `size` degrees with its south-west corner at (lon0, lat0).
inline geo::Geometry square(double lon0, double lat0, double size) {
    return geo::Geometry::polygon(
        {{{{lon0, lat0}, {lon0 + size, lat0}, {lon0 + size, lat0 + size}, {lon0, lat0 + size}, {lon0, lat0}}}});
}

inline geo::Layer makeLayer(std::string name, std::vector<geo::Field> fields) {
    geo::Layer l;
    l.sourcePath = "/fixture/" + name;
    l.name = std::move(name);
    l.fields = std::move(fields);
    l.crs = geo::wgs84();
    l.encoding = "UTF-8";
    return l;
}

// A feature appended to l; its FID is its index plus firstFid (a test that
// must tell FIDs from indexes apart gives one).
inline void add(geo::Layer& l, std::vector<geo::Value> attributes, geo::Geometry g, std::int64_t firstFid = 0) {
    geo::Feature f;
    f.fid = static_cast<std::int64_t>(l.features.size()) + firstFid;
    f.attributes = std::move(attributes);
    f.geometry = std::move(g);
    l.features.push_back(std::move(f));
}

// The project's entry for a layer: its path is its id.
inline geo::LayerSpec spec(std::string id, geo::LayerRole role, std::map<std::string, std::string> fields) {
    geo::LayerSpec s;
    s.id = std::move(id);
    s.role = role;
    s.path = s.id;
    s.fields = std::move(fields);
    return s;
}

}  // namespace vt_test::build
