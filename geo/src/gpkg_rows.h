#pragma once
// Internal: a GeoPackage feature table's rows read through SQLite directly,
// without GDAL building an OGRFeature and an OGRGeometry per row (most of
// the time of reading a million plots went there). Each row becomes the
// same Feature GDAL's GPKG driver (3.6) and readFeatures (source.cpp) make
// of it: what cannot be made identically is decided before reading
// (planGpkgRows says no, the layer is read through GDAL) or, for a rare
// geometry (curves, 3D multipolygons, NaN points, extended blobs), that
// row's WKB is handed to GDAL's own parser.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <ogr_api.h>

#include "geo/geometry.h"
#include "geo/layer.h"
#include "geo/source.h"
#include "read_budget.h"

struct sqlite3;
struct sqlite3_stmt;

namespace geo::detail {

// How a column becomes a Value: as GDAL's driver reads its OGR type.
enum class GpkgColumn { Int32, Int64, Real, Text };

struct GpkgRowPlan {
    std::string path;   // the GeoPackage file
    std::string label;  // the layer, for messages
    std::string select; // fid, geometry (or NULL), attributes; ?1 <= fid < ?2, in FID order
    std::vector<GpkgColumn> columns;  // attribute k
};

// The plan for reading `table` directly, or nullopt with the reason in
// whyNot when it must be read through GDAL (a field type with no identical
// mapping, several geometry columns, a virtual path, a statement SQLite
// will not prepare, or VT_GPKG_DIRECT=0 in the environment: the switch
// tests compare the two readers with, and a way back should a file read
// otherwise than through GDAL). ogrIndex: our attribute k is GDAL's
// field ogrIndex[k] of ogrLayer.
std::optional<GpkgRowPlan> planGpkgRows(const std::string& path, const std::string& label, OGRLayerH ogrLayer,
                                        const std::vector<int>& ogrIndex, std::string& whyNot);

// One thread's read-only connection to the file, reading FID ranges.
class GpkgRowReader {
public:
    explicit GpkgRowReader(const GpkgRowPlan& plan);  // throws IoError naming the file
    ~GpkgRowReader();
    GpkgRowReader(const GpkgRowReader&) = delete;
    GpkgRowReader& operator=(const GpkgRowReader&) = delete;

    // Appends the features with from <= FID < to, in FID order, that part
    // (if any; its `within` is not applied here) keeps, each counted in
    // budget (asker: the thread that called readLayer). A geometry blob that
    // is not a GeoPackage geometry throws IoError naming file, layer and FID.
    void read(std::int64_t from, std::int64_t to, const ReadOptions::Part* part, std::vector<Feature>& features,
              std::vector<LayerWarning>& warnings, ReadBudget& budget, bool asker);

private:
    const GpkgRowPlan& plan_;
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

// A GeoPackage geometry blob as fromOgrGeometry would make it of GDAL's
// reading, for blobs that need no 3D footprint. Returns false (out
// untouched) when the blob is to be read by GDAL instead; wkbAt is then
// where its WKB starts. envelope (when given): the span of every x/y read,
// lower-dimension members too, as OGR_G_GetEnvelope gives it; null for an
// empty geometry. Throws GpkgBlobError saying what is wrong.
// Rows read so far by GpkgRowReader in this process (tests check that the
// direct path was taken).
std::uint64_t gpkgRowsReadDirectly();

struct GpkgBlobError {
    std::string reason;
};
bool parseGpkgGeometry(const unsigned char* blob, std::size_t size, Geometry& out, std::size_t& wkbAt,
                       Envelope* envelope = nullptr);

}  // namespace geo::detail
