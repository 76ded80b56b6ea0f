#pragma once
// Internal helpers shared by link.cpp and stats.cpp: which layer is the
// zones layer and which of its fields are code and name, a bucket index over
// envelopes, a raster classification of "wholly inside one zone", and GEOS
// helpers (area of a GEOS geometry, robust intersection).
#include <cstdint>
#include <string>
#include <vector>

#include "geo/workspace.h"
#include "geos_util.h"

namespace geo::detail {

// zonesLayerId "" → first layer with role zones. nullptr when there is none;
// throws Error when a named layer does not exist or is not polygonal.
const LoadedLayer* resolveZonesLayer(const Workspace& ws, const std::string& zonesLayerId);

using geo::ZoneFields;  // public in geo/link.h
using geo::zoneFields;

// The project's field for key (e.g. "code"), required when set; -1 when unset.
int optionalField(const LoadedLayer& layer, const std::string& key);

// Buckets over a set of envelopes; query returns the items whose envelopes
// intersect, sorted ascending. Read-only after construction: thread-safe.
class EnvelopeIndex {
public:
    explicit EnvelopeIndex(std::vector<Envelope> items);
    void query(const Envelope& e, std::vector<int>& out) const;
    const Envelope& envelope(int i) const { return items_[static_cast<std::size_t>(i)]; }
    std::size_t size() const { return items_.size(); }

private:
    std::vector<Envelope> items_;
    Envelope extent_;
    int nx_ = 1, ny_ = 1;
    double cw_ = 1, ch_ = 1;
    std::vector<std::uint32_t> start_;  // CSR over buckets
    std::vector<int> entries_;
    void cellRange(const Envelope& e, int& c0, int& c1, int& r0, int& r1) const;
};

// A grid over the zones' extent whose cells are marked with the zone that
// wholly contains them (no zone border passes through the cell, its centre
// is inside exactly one zone), Outside (inside no zone) or Mixed. A polygon
// whose envelope covers only cells of zone z lies wholly inside z, so it
// needs no clipping: this replaces a prepared "contains" for almost every
// planting area. Border cells are marked conservatively (every cell a
// border segment's bounding box touches), so the answer is never wrong,
// only sometimes "Mixed" (then GEOS decides).
class ZoneGrid {
public:
    static constexpr std::int32_t Mixed = -1;
    static constexpr std::int32_t Outside = -2;
    // cellSize in degrees (≈ a typical planting area's envelope).
    ZoneGrid(const std::vector<const Geometry*>& zones, double cellSize);
    std::int32_t classify(const Envelope& e) const;

private:
    double x0_ = 0, y0_ = 0, dx_ = 1, dy_ = 1;
    int nx_ = 0, ny_ = 0;
    std::vector<std::int32_t> cells_;
};

// Area in ha (geo/area.h, in the given mode) of the polygonal part of a GEOS
// geometry. The intersection and union used with it are the checked ones of
// geos_util.h.
double geosAreaHa(GEOSContextHandle_t ctx, const GEOSGeometry* g, AreaMode mode,
                  const GeosWhat& what = "an overlay result");

// A feature as errors name it: "layer 'planting_areas', FID 12 (code
// VN-ST-0012)"; codeField -1 = no code.
std::string describeFeature(const LoadedLayer& layer, std::size_t index, int codeField);

// Zone order for the shared-border rule (see link.h): codes compared as
// numbers when both are decimal integers, else byte-wise; ties by index.
bool zoneBefore(const std::string& codeA, int a, const std::string& codeB, int b);

}  // namespace geo::detail
