#include "hit_test.h"

#include <cmath>
#include <limits>

#include "map_style.h"

namespace vt::gui {

namespace {

bool inRing(const geo::Ring& ring, geo::XY p) {
    bool inside = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const geo::XY& a = ring[i];
        const geo::XY& b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
    }
    return inside;
}

double distanceToEnvelope(const geo::Envelope& e, geo::XY p) {
    double dx = std::max({e.minX - p.x, 0.0, p.x - e.maxX});
    double dy = std::max({e.minY - p.y, 0.0, p.y - e.maxY});
    return std::hypot(dx, dy);
}

Hit hitLayer(const Document& doc, int li, geo::XY lonLat, geo::XY mapPoint, double resolution, double k) {
    const DisplayLayer& layer = doc.layers[static_cast<std::size_t>(li)];
    const auto& features = doc.loaded(li).normalised.features;
    if (layer.kind == geo::GeometryKind::Point) {
        int best = -1;
        double bestDistance = std::numeric_limits<double>::infinity();
        for (std::size_t i = 0; i < layer.geometry.size(); ++i) {
            double members = layer.role == geo::LayerRole::Cooperatives && i < doc.coopMembers.size()
                                 ? static_cast<double>(doc.coopMembers[i])
                                 : 0;
            double radiusPx = layer.role == geo::LayerRole::Cooperatives
                                  ? style::cooperativeRadius(members, static_cast<double>(doc.maxMembers)) * k
                                  : 4 * k;
            double tolerance = (radiusPx + 3 * k) * resolution;
            for (const auto& pt : layer.geometry[i].points) {
                double d = std::hypot(pt.x - mapPoint.x, pt.y - mapPoint.y);
                if (d <= tolerance && d < bestDistance) {
                    bestDistance = d;
                    best = static_cast<int>(i);
                }
            }
        }
        return best >= 0 ? Hit{li, best} : Hit{};
    }
    if (layer.kind == geo::GeometryKind::Polygon) {
        // Topmost = last drawn: scan backwards.
        for (std::size_t i = features.size(); i-- > 0;) {
            const geo::Geometry& g = features[i].geometry;
            if (g.isEmpty()) continue;
            if (!g.envelope().contains(lonLat)) continue;
            if (pointInGeometry(g, lonLat)) return {li, static_cast<int>(i)};
        }
        if (layer.role == geo::LayerRole::PlantingAreas) {
            // A plot a few px wide is hard to aim at: take the nearest within 4 px.
            int best = -1;
            double bestDistance = 4 * k * resolution;
            for (std::size_t i = 0; i < layer.envelopes.size(); ++i) {
                double d = distanceToEnvelope(layer.envelopes[i], mapPoint);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = static_cast<int>(i);
                }
            }
            if (best >= 0) return {li, best};
        }
    }
    return {};
}

}  // namespace

bool pointInGeometry(const geo::Geometry& g, geo::XY p) {
    for (const auto& poly : g.polygons) {
        bool inside = false;
        for (const auto& ring : poly.rings)
            if (ring.size() >= 3 && inRing(ring, p)) inside = !inside;
        if (inside) return true;
    }
    return false;
}

std::vector<Hit> hitTestAll(const Document& doc, const RenderSettings& settings, geo::XY lonLat, geo::XY mapPoint,
                            double resolution, double symbolScale) {
    std::vector<Hit> hits;
    for (auto it = settings.layers.rbegin(); it != settings.layers.rend(); ++it) {
        if (!it->visible || it->opacity <= 0) continue;
        int li = doc.layerIndex(it->id);
        if (li < 0 || !doc.layers[static_cast<std::size_t>(li)].hasGeometry) continue;
        if (doc.layers[static_cast<std::size_t>(li)].role == geo::LayerRole::Boundary) continue;
        Hit h = hitLayer(doc, li, lonLat, mapPoint, resolution, symbolScale);
        if (h.isValid()) hits.push_back(h);
    }
    return hits;
}

Hit hitTest(const Document& doc, const RenderSettings& settings, geo::XY lonLat, geo::XY mapPoint, double resolution,
            double symbolScale) {
    auto hits = hitTestAll(doc, settings, lonLat, mapPoint, resolution, symbolScale);
    return hits.empty() ? Hit{} : hits.front();
}

}  // namespace vt::gui
