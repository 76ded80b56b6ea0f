#pragma once
// Document: a loaded project as the app shows it. Holds geo/'s workspace,
// links and statistics (the app never computes statistics itself) and, for
// drawing, every layer's geometry transformed once into the map CRS (the
// project's provinceCrs, e.g. EPSG:9209 metres). Immutable once built, so
// render threads share it through std::shared_ptr<const Document>.
#include <QColor>
#include <QString>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "geo/crs.h"
#include "geo/link.h"
#include "geo/quality.h"
#include "geo/stats.h"
#include "geo/workspace.h"
#include "basemap_layers.h"
#include "spatial_grid.h"

namespace vt::gui {

// One layer ready to draw. Index i of geometry/envelopes/labelPoints is
// feature i of the workspace layer (the normalised one).
// Layers with at least this many features get a SpatialGrid: below it a
// scan of the envelopes costs less than a millisecond.
constexpr std::size_t kIndexFrom = 20000;

struct DisplayLayer {
    std::string id;
    geo::LayerRole role = geo::LayerRole::Table;
    QString title;
    bool hasGeometry = false;
    geo::GeometryKind kind = geo::GeometryKind::None;
    std::vector<geo::Geometry> geometry;      // map CRS
    std::vector<geo::Envelope> envelopes;     // map CRS, per feature
    std::vector<geo::XY> labelPoints;         // map CRS, a point inside each polygon
    geo::Envelope extent;                     // map CRS
    SpatialGrid index;                        // big layers only (kIndexFrom features)
    QColor colour;                            // for layers without a role style
};

struct CropCategory {
    QString crop;       // as in the data ("Lúa"); empty = other crops
    QColor colour;
    int count = 0;
};

// Coverage classes of the zone choropleth: class k holds coveragePct in
// [breaks[k], breaks[k+1]] (percent).
struct CoverageClasses {
    std::vector<double> breaks;   // size classes+1, ascending
    std::vector<QColor> colours;  // size classes
    std::vector<int> zoneClass;   // per zone feature, -1 = no statistics
};

struct Document {
    geo::Workspace workspace;
    std::optional<geo::Links> links;
    std::optional<geo::Statistics> statistics;
    QString statisticsError;             // why statistics are missing, for the user
    std::optional<geo::QualityReport> quality;  // `vungtrong-cli validate`'s findings
    // The zone rows re-aggregated to the project's crosswalk units (e.g. the
    // post-2025 units), when the project has a crosswalk for this zones layer.
    std::optional<std::vector<geo::ZoneStatistics>> crosswalkRows;
    std::vector<std::string> crosswalkWarnings;

    geo::CrsInfo mapCrs;                 // what layers[i].geometry is in
    bool mapCrsIsMetres = true;          // false only for the degree fallback
    QString mapCrsLabel;                 // "EPSG:9209" or a description

    std::vector<DisplayLayer> layers;    // parallel to workspace.layers
    std::vector<BasemapLayer> basemaps;  // parallel to workspace.project.basemaps, drawn under every layer
    geo::Envelope fullExtent;            // map CRS, all layers with geometry

    // Role layers (indexes into layers / workspace.layers), -1 when absent.
    // zones is the layer the statistics are by: the project's zones layer,
    // or any polygon layer chosen instead (BuildOptions::zonesLayerId).
    int zones = -1, plantings = -1, cooperatives = -1, investments = -1, boundary = -1;
    // Field indexes in the role layers (-1 when the project names none).
    int zoneCodeField = -1, zoneNameField = -1;
    int plantingCodeField = -1, plantingCropField = -1, plantingCoopField = -1, plantingDeclaredField = -1;
    int coopKeyField = -1, coopNameField = -1, coopMembersField = -1, coopOcopField = -1;
    int investCoopField = -1, investAmountField = -1, investProgrammeField = -1, investYearField = -1;

    std::vector<CropCategory> crops;     // legend order, most common first
    std::vector<int> plantingCrop;       // per planting feature, index into crops
    std::vector<double> plantingMapArea; // per planting feature, planar area in map units² (density of small plots)
    CoverageClasses coverage;
    std::vector<std::int64_t> coopMembers;        // per cooperative feature
    std::vector<std::int64_t> coopInvestmentVnd;  // per cooperative feature (from statistics)
    std::int64_t maxMembers = 0;
    // Positions of each feature's record in geo/'s statistics (-1 = none).
    std::vector<int> zoneStatIndex, coopStatIndex, plantingStatIndex;
    double equirectangularLat0 = 0;      // for the degree fallback projection

    // Accessors that read geo/'s results (all return "" / nullptr when unknown).
    const geo::LoadedLayer& loaded(int layer) const { return workspace.layers[static_cast<std::size_t>(layer)]; }
    QString text(int layer, int feature, int field) const;
    int layerIndex(const std::string& id) const;
    int basemapIndex(const std::string& id) const;  // -1 when no basemap has this id
    // Layers that can serve as zones (they hold polygons), in project order.
    std::vector<int> polygonLayers() const;
    const geo::ZoneStatistics* zoneStatistics(int zoneFeature) const;
    const geo::CooperativeStatistics* cooperativeStatistics(int coopFeature) const;
    const geo::PlantingStatistics* plantingStatistics(int plantingFeature) const;
    int plantingCooperative(int plantingFeature) const;   // -1 when unlinked
    std::vector<int> investmentsOf(int coopFeature) const;
};

using DocumentPtr = std::shared_ptr<const Document>;

// Options for building a document (the benchmark skips statistics on
// generated layers whose project has no cooperatives).
struct BuildOptions {
    bool computeStatistics = true;
    std::string zonesLayerId;  // statistics by this polygon layer; "" = the project's zones layer
};

// Load a project file, link and compute statistics with geo/, and prepare the
// layers for drawing. progress as geo::ProgressFn: return false to cancel
// (throws geo::Cancelled). Throws geo::Error when the project cannot be read.
std::shared_ptr<Document> loadDocument(const std::string& projectPath, const geo::ProgressFn& progress = {},
                                       BuildOptions options = {});
// The same from a workspace already in memory (after adding a layer).
std::shared_ptr<Document> buildDocument(geo::Workspace workspace, const geo::ProgressFn& progress = {},
                                        BuildOptions options = {});

// Lon/lat ↔ map CRS for one thread (geo::Transformer is not thread-safe):
// the GUI makes its own for the cursor position and hit-testing.
class MapProjection {
public:
    explicit MapProjection(const Document& doc);
    ~MapProjection();
    geo::XY toMap(geo::XY lonLat) const;
    geo::XY toLonLat(geo::XY map) const;

private:
    std::unique_ptr<geo::Transformer> transformer_;  // null: equirectangular fallback
    double lat0_ = 0;
};

QString toQString(const std::string& s);
std::string toStd(const QString& s);

}  // namespace vt::gui
