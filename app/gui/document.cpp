#include "document.h"

#include <QStringList>
#include <algorithm>
#include <cmath>
#include <map>

#include "geo/error.h"
#include "geo/geometry_walk.h"
#include "map_style.h"
#include "planting_density.h"

namespace vt::gui {

QString toQString(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
std::string toStd(const QString& s) { return s.toUtf8().toStdString(); }

namespace {

// Metres per degree on the WGS 84 ellipsoid near the equator; the fallback
// projection only needs to look right, it measures nothing.
constexpr double kMetresPerDegreeLat = 110574.0;
constexpr double kMetresPerDegreeLon = 111320.0;
constexpr double kPi = 3.14159265358979323846;

geo::XY equirectangular(geo::XY lonLat, double lat0) {
    return {lonLat.x * kMetresPerDegreeLon * std::cos(lat0 * kPi / 180.0), lonLat.y * kMetresPerDegreeLat};
}
geo::XY inverseEquirectangular(geo::XY m, double lat0) {
    return {m.x / (kMetresPerDegreeLon * std::cos(lat0 * kPi / 180.0)), m.y / kMetresPerDegreeLat};
}

geo::Geometry mapGeometry(const geo::Geometry& g, double lat0) {
    return geo::transformedVertices(g, [lat0](geo::XY p) { return equirectangular(p, lat0); });
}

// A point inside a polygon for its label: the middle of the widest run of a
// horizontal line through the middle of the polygon's envelope (even-odd).
geo::XY interiorPoint(const geo::Polygon& poly) {
    geo::Envelope e;
    for (const auto& p : poly.rings.empty() ? geo::Ring{} : poly.rings[0]) e.expand(p);
    if (e.isNull()) return {};
    geo::XY best{(e.minX + e.maxX) / 2, (e.minY + e.maxY) / 2};
    double bestWidth = -1;
    for (double t : {0.5, 0.4, 0.6, 0.3, 0.7}) {
        double y = e.minY + (e.maxY - e.minY) * t;
        std::vector<double> xs;
        for (const auto& ring : poly.rings)
            for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
                geo::XY a = ring[i], b = ring[i + 1];
                if ((a.y > y) != (b.y > y)) xs.push_back(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y));
            }
        std::sort(xs.begin(), xs.end());
        for (std::size_t i = 0; i + 1 < xs.size(); i += 2) {
            double w = xs[i + 1] - xs[i];
            if (w > bestWidth) {
                bestWidth = w;
                best = {(xs[i] + xs[i + 1]) / 2, y};
            }
        }
        if (bestWidth > 0.6 * e.width()) break;  // good enough, keep the central line
    }
    return best;
}

geo::XY labelPoint(const geo::Geometry& g) {
    if (!g.polygons.empty()) {
        const geo::Polygon* largest = nullptr;
        double largestArea = -1;
        for (const auto& p : g.polygons) {
            if (p.rings.empty()) continue;
            geo::Envelope e;
            for (const auto& q : p.rings[0]) e.expand(q);
            double a = e.width() * e.height();
            if (a > largestArea) {
                largestArea = a;
                largest = &p;
            }
        }
        if (largest) return interiorPoint(*largest);
    }
    if (!g.points.empty()) return g.points.front();
    if (!g.lines.empty() && !g.lines.front().empty()) return g.lines.front()[g.lines.front().size() / 2];
    return {};
}

int field(const geo::LoadedLayer& l, const std::string& key) {
    std::string name = l.spec.field(key);
    return name.empty() ? -1 : l.normalised.fieldIndex(name);
}

bool progressOk(const geo::ProgressFn& progress, double f, const std::string& stage) {
    return !progress || progress(f, stage);
}

// Scales a sub-step's progress into [from, to] of the whole.
geo::ProgressFn subProgress(const geo::ProgressFn& progress, double from, double to) {
    if (!progress) return {};
    return [progress, from, to](double f, const std::string& stage) { return progress(from + (to - from) * f, stage); };
}

}  // namespace

MapProjection::MapProjection(const Document& doc) : lat0_(doc.equirectangularLat0) {
    if (!doc.mapCrs.isKnown()) return;
    try {
        transformer_ = std::make_unique<geo::Transformer>(geo::wgs84(), doc.mapCrs);
    } catch (const geo::Error&) {
        transformer_.reset();
    }
}
MapProjection::~MapProjection() = default;

geo::XY MapProjection::toMap(geo::XY lonLat) const {
    if (transformer_) return transformer_->forward(lonLat);
    return equirectangular(lonLat, lat0_);
}
geo::XY MapProjection::toLonLat(geo::XY map) const {
    if (transformer_) return transformer_->inverse(map);
    return inverseEquirectangular(map, lat0_);
}

QString Document::text(int layer, int feature, int fieldIndex) const {
    if (layer < 0 || fieldIndex < 0 || layer >= static_cast<int>(workspace.layers.size())) return {};
    const auto& features = loaded(layer).normalised.features;
    if (feature < 0 || feature >= static_cast<int>(features.size())) return {};
    const auto& attrs = features[static_cast<std::size_t>(feature)].attributes;
    if (fieldIndex >= static_cast<int>(attrs.size())) return {};
    return toQString(geo::toText(attrs[static_cast<std::size_t>(fieldIndex)]));
}

int Document::layerIndex(const std::string& id) const {
    for (std::size_t i = 0; i < layers.size(); ++i)
        if (layers[i].id == id) return static_cast<int>(i);
    return -1;
}

int Document::basemapIndex(const std::string& id) const {
    for (std::size_t i = 0; i < basemaps.size(); ++i)
        if (basemaps[i].source.id == id) return static_cast<int>(i);
    return -1;
}

std::vector<int> Document::polygonLayers() const {
    std::vector<int> out;
    for (std::size_t i = 0; i < layers.size(); ++i)
        if (layers[i].hasGeometry && layers[i].kind == geo::GeometryKind::Polygon) out.push_back(static_cast<int>(i));
    return out;
}

const geo::ZoneStatistics* Document::zoneStatistics(int zoneFeature) const {
    if (!statistics || zoneFeature < 0 || zoneFeature >= static_cast<int>(zoneStatIndex.size())) return nullptr;
    int i = zoneStatIndex[static_cast<std::size_t>(zoneFeature)];
    return i < 0 ? nullptr : &statistics->zones[static_cast<std::size_t>(i)];
}

const geo::CooperativeStatistics* Document::cooperativeStatistics(int coopFeature) const {
    if (!statistics || coopFeature < 0 || coopFeature >= static_cast<int>(coopStatIndex.size())) return nullptr;
    int i = coopStatIndex[static_cast<std::size_t>(coopFeature)];
    return i < 0 ? nullptr : &statistics->cooperatives[static_cast<std::size_t>(i)];
}

const geo::PlantingStatistics* Document::plantingStatistics(int plantingFeature) const {
    if (!statistics || plantingFeature < 0 || plantingFeature >= static_cast<int>(plantingStatIndex.size()))
        return nullptr;
    int i = plantingStatIndex[static_cast<std::size_t>(plantingFeature)];
    return i < 0 ? nullptr : &statistics->plantings[static_cast<std::size_t>(i)];
}

int Document::plantingCooperative(int plantingFeature) const {
    if (!links || plantingFeature < 0 || plantingFeature >= static_cast<int>(links->plantingCooperative.size()))
        return -1;
    return links->plantingCooperative[static_cast<std::size_t>(plantingFeature)].cooperative;
}

std::vector<int> Document::investmentsOf(int coopFeature) const {
    if (const auto* s = cooperativeStatistics(coopFeature)) return s->investments;
    std::vector<int> out;
    if (!links) return out;
    for (std::size_t i = 0; i < links->investmentCooperative.size(); ++i)
        if (links->investmentCooperative[i] == coopFeature) out.push_back(static_cast<int>(i));
    return out;
}

std::shared_ptr<Document> loadDocument(const std::string& projectPath, const geo::ProgressFn& progress,
                                       BuildOptions options) {
    geo::Project project = geo::loadProject(projectPath);
    geo::Workspace ws = geo::loadWorkspace(project, subProgress(progress, 0.0, 0.6));
    return buildDocument(std::move(ws), subProgress(progress, 0.6, 1.0), options);
}

std::shared_ptr<Document> buildDocument(geo::Workspace workspace, const geo::ProgressFn& progress,
                                        BuildOptions options) {
    auto doc = std::make_shared<Document>();
    doc->workspace = std::move(workspace);
    const auto& wsLayers = doc->workspace.layers;

    auto roleIndex = [&](geo::LayerRole role) {
        for (std::size_t i = 0; i < wsLayers.size(); ++i)
            if (wsLayers[i].spec.role == role) return static_cast<int>(i);
        return -1;
    };
    doc->zones = roleIndex(geo::LayerRole::Zones);
    if (!options.zonesLayerId.empty()) {
        doc->zones = -1;
        for (std::size_t i = 0; i < wsLayers.size(); ++i)
            if (wsLayers[i].spec.id == options.zonesLayerId) doc->zones = static_cast<int>(i);
        if (doc->zones < 0) throw geo::Error("no layer '" + options.zonesLayerId + "' to show statistics by");
    }
    doc->plantings = roleIndex(geo::LayerRole::PlantingAreas);
    doc->cooperatives = roleIndex(geo::LayerRole::Cooperatives);
    doc->investments = roleIndex(geo::LayerRole::Investments);
    doc->boundary = roleIndex(geo::LayerRole::Boundary);
    if (doc->zones >= 0) {
        // As geo/ names zones: the project's fields, else those geo::chooseZoneFields picks.
        try {
            geo::ZoneFields zf = geo::zoneFields(wsLayers[doc->zones]);
            doc->zoneCodeField = zf.code;
            doc->zoneNameField = zf.name;
        } catch (const geo::Error&) {
            // A field the project names is missing: linking below says so.
        }
    }
    if (doc->plantings >= 0) {
        const auto& l = wsLayers[doc->plantings];
        doc->plantingCodeField = field(l, "code");
        doc->plantingCropField = field(l, "crop");
        doc->plantingCoopField = field(l, "cooperative");
        doc->plantingDeclaredField = field(l, "declared_ha");
    }
    if (doc->cooperatives >= 0) {
        const auto& l = wsLayers[doc->cooperatives];
        doc->coopKeyField = field(l, "key");
        doc->coopNameField = field(l, "name");
        doc->coopMembersField = field(l, "members");
        doc->coopOcopField = field(l, "ocop_stars");
    }
    if (doc->investments >= 0) {
        const auto& l = wsLayers[doc->investments];
        doc->investCoopField = field(l, "cooperative");
        doc->investAmountField = field(l, "amount_vnd");
        doc->investProgrammeField = field(l, "programme");
        doc->investYearField = field(l, "year");
    }

    // Links and statistics come from geo/; a failure is shown, not fatal.
    if (options.computeStatistics && doc->zones >= 0) {
        try {
            if (!progressOk(progress, 0.0, "linking")) throw geo::Cancelled();
            const std::string& zonesId = wsLayers[static_cast<std::size_t>(doc->zones)].spec.id;
            doc->links = geo::linkWorkspace(doc->workspace, zonesId, subProgress(progress, 0.0, 0.45));
            doc->statistics = geo::computeStatistics(doc->workspace, *doc->links, subProgress(progress, 0.45, 0.85));
            if (!progressOk(progress, 0.85, "checking data quality")) throw geo::Cancelled();
            doc->quality = geo::checkQuality(doc->workspace, *doc->links, *doc->statistics,
                                             geo::severityOverrides(doc->workspace.project));
            // The crosswalk maps the project's zones layer's codes, not another layer's.
            if (doc->workspace.project.crosswalk && doc->zones == roleIndex(geo::LayerRole::Zones)) {
                try {
                    doc->crosswalkRows = geo::aggregateByCrosswalk(*doc->statistics, doc->workspace, *doc->links,
                                                                   &doc->crosswalkWarnings);
                } catch (const geo::Error& e) {
                    doc->crosswalkWarnings.push_back(std::string("crosswalk not applied: ") + e.what());
                }
            }
        } catch (const geo::Error& e) {
            doc->statisticsError = toQString(e.what());
        }
    }
    if (!progressOk(progress, 0.9, "preparing the map")) throw geo::Cancelled();

    // Map CRS: the province's own, else a local equirectangular projection.
    geo::Envelope lonLatExtent;
    for (const auto& l : wsLayers) lonLatExtent.expand(l.normalised.extent());
    doc->equirectangularLat0 = lonLatExtent.isNull() ? 0 : (lonLatExtent.minY + lonLatExtent.maxY) / 2;
    std::unique_ptr<geo::Transformer> toMap;
    if (!doc->workspace.project.provinceCrs.empty()) {
        try {
            geo::CrsInfo crs = geo::describeCrs(doc->workspace.project.provinceCrs);
            if (!crs.isGeographic) {
                toMap = std::make_unique<geo::Transformer>(geo::wgs84(), crs);
                doc->mapCrs = crs;
            }
        } catch (const geo::Error&) {
            toMap.reset();
        }
    }
    doc->mapCrsIsMetres = true;
    doc->mapCrsLabel = doc->mapCrs.isKnown()
                           ? toQString(doc->mapCrs.authorityCode.empty() ? doc->mapCrs.name : doc->mapCrs.authorityCode)
                           : QString();

    int colourIndex = 0;
    for (std::size_t li = 0; li < wsLayers.size(); ++li) {
        const auto& l = wsLayers[li];
        DisplayLayer d;
        d.id = l.spec.id;
        // Drawn as zones (the coverage choropleth) only if the statistics are by it.
        d.role = static_cast<int>(li) == doc->zones ? geo::LayerRole::Zones
                 : l.spec.role == geo::LayerRole::Zones ? geo::LayerRole::Table
                                                        : l.spec.role;
        d.title = toQString(l.spec.title.empty() ? l.spec.id : l.spec.title);
        const auto& features = l.normalised.features;
        d.geometry.reserve(features.size());
        for (const auto& f : features) {
            if (f.geometry.kind != geo::GeometryKind::None && !f.geometry.isEmpty()) {
                d.hasGeometry = true;
                if (d.kind == geo::GeometryKind::None) d.kind = f.geometry.kind;
            }
            geo::Geometry g;
            if (!f.geometry.isEmpty()) {
                try {
                    g = toMap ? toMap->forward(f.geometry) : mapGeometry(f.geometry, doc->equirectangularLat0);
                } catch (const geo::Error&) {
                    g = {};  // a feature PROJ cannot place is not drawn; geo/ reports it
                }
            }
            d.envelopes.push_back(g.envelope());
            d.labelPoints.push_back(labelPoint(g));
            d.extent.expand(d.envelopes.back());
            d.geometry.push_back(std::move(g));
        }
        if (d.envelopes.size() >= kIndexFrom) d.index = SpatialGrid(d.envelopes);
        if (d.role != geo::LayerRole::Zones && d.role != geo::LayerRole::PlantingAreas &&
            d.role != geo::LayerRole::Cooperatives && d.role != geo::LayerRole::Boundary)
            d.colour = style::genericLayerColour(colourIndex++);
        doc->fullExtent.expand(d.extent);
        doc->layers.push_back(std::move(d));
    }

    if (doc->plantings >= 0) {
        const auto& geometry = doc->layers[static_cast<std::size_t>(doc->plantings)].geometry;
        doc->plantingMapArea.reserve(geometry.size());
        for (const auto& g : geometry) doc->plantingMapArea.push_back(planarArea(g));
    }

    // Crop categories, most common first.
    if (doc->plantings >= 0) {
        int n = static_cast<int>(wsLayers[doc->plantings].normalised.features.size());
        std::map<QString, int> counts;
        for (int i = 0; i < n; ++i) counts[doc->text(doc->plantings, i, doc->plantingCropField)]++;
        std::vector<std::pair<QString, int>> sorted(counts.begin(), counts.end());
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        const auto& palette = style::cropPalette();
        std::map<QString, int> categoryOf;
        int other = -1;
        for (const auto& [crop, count] : sorted) {
            bool fits = doc->crops.size() < palette.size() && !crop.isEmpty();
            if (fits) {
                categoryOf[crop] = static_cast<int>(doc->crops.size());
                doc->crops.push_back({crop, palette[doc->crops.size()], count});
            } else {
                if (other < 0) {
                    other = -2;  // placed after the named crops below
                }
                categoryOf[crop] = -2;
            }
        }
        if (other == -2) {
            other = static_cast<int>(doc->crops.size());
            int otherCount = 0;
            for (const auto& [crop, count] : sorted)
                if (categoryOf[crop] == -2) otherCount += count;
            doc->crops.push_back({QString(), style::otherCropColour(), otherCount});
        }
        doc->plantingCrop.resize(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            int c = categoryOf[doc->text(doc->plantings, i, doc->plantingCropField)];
            doc->plantingCrop[static_cast<std::size_t>(i)] = c == -2 ? other : c;
        }
    }

    // Index geo/'s statistics by feature.
    auto featureCount = [&](int layer) {
        return layer < 0 ? std::size_t{0} : wsLayers[static_cast<std::size_t>(layer)].normalised.features.size();
    };
    doc->zoneStatIndex.assign(featureCount(doc->zones), -1);
    doc->coopStatIndex.assign(featureCount(doc->cooperatives), -1);
    doc->plantingStatIndex.assign(featureCount(doc->plantings), -1);
    if (doc->statistics) {
        const auto& s = *doc->statistics;
        for (std::size_t i = 0; i < s.zones.size(); ++i)
            if (s.zones[i].zone >= 0 && s.zones[i].zone < static_cast<int>(doc->zoneStatIndex.size()))
                doc->zoneStatIndex[static_cast<std::size_t>(s.zones[i].zone)] = static_cast<int>(i);
        for (std::size_t i = 0; i < s.cooperatives.size(); ++i)
            if (s.cooperatives[i].cooperative >= 0 &&
                s.cooperatives[i].cooperative < static_cast<int>(doc->coopStatIndex.size()))
                doc->coopStatIndex[static_cast<std::size_t>(s.cooperatives[i].cooperative)] = static_cast<int>(i);
        for (std::size_t i = 0; i < s.plantings.size(); ++i)
            if (s.plantings[i].planting >= 0 &&
                s.plantings[i].planting < static_cast<int>(doc->plantingStatIndex.size()))
                doc->plantingStatIndex[static_cast<std::size_t>(s.plantings[i].planting)] = static_cast<int>(i);

        // Coverage classes of the choropleth.
        std::vector<double> values;
        for (const auto& z : s.zones) values.push_back(z.coveragePct);
        doc->coverage.breaks = style::quantileBreaks(values, 5);
        const auto& palette = style::coveragePalette();
        int classes = std::max(1, static_cast<int>(doc->coverage.breaks.size()) - 1);
        for (int k = 0; k < classes; ++k) {
            // Spread fewer classes over the whole ramp.
            int p = classes == 1 ? 2 : k * (static_cast<int>(palette.size()) - 1) / (classes - 1);
            doc->coverage.colours.push_back(palette[static_cast<std::size_t>(p)]);
        }
        doc->coverage.zoneClass.assign(featureCount(doc->zones), -1);
        for (const auto& z : s.zones)
            if (z.zone >= 0 && z.zone < static_cast<int>(doc->coverage.zoneClass.size()))
                doc->coverage.zoneClass[static_cast<std::size_t>(z.zone)] =
                    style::classOf(z.coveragePct, doc->coverage.breaks);
    }

    // Cooperative symbol sizes and investment markers.
    std::size_t coops = featureCount(doc->cooperatives);
    doc->coopMembers.assign(coops, 0);
    doc->coopInvestmentVnd.assign(coops, 0);
    for (std::size_t i = 0; i < coops; ++i) {
        if (const auto* cs = doc->cooperativeStatistics(static_cast<int>(i))) {
            doc->coopMembers[i] = cs->members;
            doc->coopInvestmentVnd[i] = cs->investmentVnd;
        } else if (doc->coopMembersField >= 0) {
            doc->coopMembers[i] = geo::toInteger(wsLayers[static_cast<std::size_t>(doc->cooperatives)]
                                                     .normalised.features[i]
                                                     .attributes[static_cast<std::size_t>(doc->coopMembersField)])
                                      .value_or(0);
        }
        doc->maxMembers = std::max(doc->maxMembers, doc->coopMembers[i]);
    }
    if (!doc->statistics && doc->links)
        for (std::size_t r = 0; r < doc->links->investmentCooperative.size(); ++r) {
            int c = doc->links->investmentCooperative[r];
            if (c >= 0 && static_cast<std::size_t>(c) < coops) doc->coopInvestmentVnd[static_cast<std::size_t>(c)] += 1;
        }
    progressOk(progress, 1.0, "done");
    doc->basemaps = prepareBasemaps(doc->workspace.project);
    return doc;
}

}  // namespace vt::gui
