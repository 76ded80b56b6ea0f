#pragma once
// Exporting layers and statistics tables to files other tools read.
//
// Formats and what each guarantees:
// - GeoJSON (RFC 7946), written by GDAL's GeoJSON driver with RFC7946=YES
//   and WRITE_BBOX=YES: WGS 84 lon/lat, exterior rings counter-clockwise and
//   holes clockwise, no "crs" member, a "bbox" on the collection and on every
//   feature with a geometry, coordinates with at most `precision` decimals
//   (-1: 15), UTF-8 text in Unicode NFC (normalised before GDAL sees it),
//   integers written as integers (VND amounts), reals with a decimal point
//   or exponent, dates as ISO 8601. Each feature carries "id" = the source's
//   feature id; a one-part geometry is written as Polygon (not MultiPolygon).
//   A coordinate that is not finite or not lon/lat is refused, naming the
//   feature, before anything is written.
// - GeoJSONSeq (GDAL's GeoJSONSeq driver): one Feature per line, same rules
//   per feature (its bbox handed to GDAL as native data), no collection.
//   Newline-delimited without record separators (GDAL's GeoJSONSeq default,
//   what `ogr2ogr -f GeoJSONSeq x.geojsonl` writes), unless the target ends
//   in ".geojsons" or ExportOptions::recordSeparator is set: then every
//   record starts with RS (0x1E) as RFC 8142 says. GDAL reads both.
// - GeoPackage (GDAL): geometry in the layer's own source CRS (the repaired
//   WGS 84 geometry transformed back), several layers in one file.
// - ESRI Shapefile (GDAL): source CRS (.prj), UTF-8 text with a .cpg, field
//   names cut to 10 bytes with unique names and, when any name was cut, a
//   NAME.fieldmap.csv beside it ("original,shapefile", one row per field);
//   text longer than 254 bytes cut at a UTF-8 character boundary and reported;
//   the first 255 fields only (a DBF holds no more): the others are named in
//   a note and in the field map, with an empty shapefile name.
// - CSV: written directly in geo/csv.h's dialect (RFC 4180, UTF-8, CRLF;
//   ExportOptions::csvDialect for Excel's: BOM, decimal comma and ';'), with
//   a NAME.csvt sidecar so GDAL reads the column types back; optional WKT
//   geometry column (lon/lat). Not GDAL's CSV driver: GDAL 3.6's writes no
//   "# WARNING:" comment lines, no decimal comma, and rounds WKT to
//   significant digits, not to `precision` decimals.
// - PostGIS (GDAL's PostgreSQL driver): outputPath is a connection
//   ("PG:service=NAME", never with a password) and postgisTable the table
//   ("schema.table"). One transaction: the table, its rows (COPY) and its
//   GiST spatial index appear together or not at all. An existing table is
//   refused unless overwrite is set (then replaced in the same transaction);
//   a table the open project reads is never replaced. Geometry keeps the
//   layer's source CRS with its EPSG code as SRID (VN-2000 / TM-3 stays
//   9209; a code missing from spatial_ref_sys is added when the role may,
//   else GDAL's own SRID for it is used and a note says so). Field names
//   are kept as they are (quoted, not laundered). Read back (rows, SRID)
//   before it reports success. A role that may not create tables in the
//   schema (or a read-only connection) is refused with that reason.
// - XLSX (libxlsxwriter; GDAL 3.6's driver writes no number formats): one
//   sheet per table, a bold frozen header row in ExportOptions::language,
//   reals shown with 2 decimals ("#,##0.00") while each cell keeps the full
//   double, integers grouped ("#,##0") and exact (text beyond 2^53), dates as
//   Excel dates; a cell's text cut to 32,767 characters (Excel's limit, in
//   UTF-16 units) at a character boundary, each cut reported with its sheet,
//   row, feature and field. Read back with GDAL's XLSX driver.
//
// Every file is written to a temporary file beside the target and renamed over
// it when complete (geo::AtomicReplace), so a failed, cancelled or killed
// export leaves any previous file intact; a set of files (shapefile, CSV with
// .csvt) is replaced as one through a journal (geo/atomic_file.h). An export
// never overwrites a source of the open project (compared by canonical path,
// shapefile sidecars included).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/csv.h"
#include "geo/export_formats.h"
#include "geo/layer.h"
#include "geo/quality.h"
#include "geo/stats.h"
#include "geo/workspace.h"

namespace geo {

struct Links;
struct Statistics;

// Links and statistics the caller already holds for this workspace (the
// app's open document): a linked export uses them instead of computing them
// again when they were made with the zones layer the export links to.
struct KnownStatistics {
    const Links* links = nullptr;
    const Statistics* statistics = nullptr;
};

struct ExportOptions {
    ExportFormat format = ExportFormat::GeoJson;
    std::string outputPath;

    // GeoJSON/GeoJSONSeq/CSV WKT: decimals of lon/lat degrees (7 ≈ 1 cm),
    // 0..15; -1 = every digit: the shortest round-trip text in CSV WKT, 15
    // decimals in GeoJSON (GDAL's RFC 7946 mode has no "all digits").
    int precision = 7;
    // Add the linked attributes (the vt_* fields below), computed by
    // geo::linkWorkspace and geo::computeStatistics (once per export and
    // zones layer, or taken from `known`).
    bool linked = false;
    KnownStatistics known;

    // Selection. featureIndexes: indexes into the layer's features (the app's
    // selection); empty = every feature. zoneCode: only features intersecting
    // the zone(s) of zonesLayerId whose code field equals it ("" = no zone
    // filter); clipToZone: cut their geometry to the zone as well.
    std::vector<int> featureIndexes;
    std::string zoneCode;
    std::string zonesLayerId;  // "" = the project's first layer with role zones
    bool clipToZone = false;

    // GeoJSONSeq: start every record with RS (RFC 8142). Also on for *.geojsons.
    bool recordSeparator = false;
    // CSV: add a "WKT" column with the geometry in WGS 84 lon/lat.
    bool csvWkt = false;
    // CSV: separator, decimal separator and byte order mark (geo/csv.h;
    // CsvDialect::excel for Excel). The .csvt sidecar is always ','-separated.
    CsvDialect csvDialect;
    // PostGIS: the target table, "schema.table" (geo/postgis.h quoting), and
    // whether an existing one is replaced.
    std::string postgisTable;
    bool overwrite = false;
    // XLSX: the language of the header row ("vi" or "en"; geo/column_labels.h):
    // the columns geo names (statistics, findings, linked vt_*) get their
    // label in it; a source layer's own fields keep their names.
    std::string language = "en";
    // Name of the layer inside the output (GeoPackage table, XLSX sheet,
    // GeoJSON "name"); "" = the layer id.
    std::string layerName;
};

// Linked attribute names (stable: documented for partners and web maps).
// Planting areas:
//   vt_measured_ha (real)        geodesic ha of the valid geometry (Links::plantingHectares)
//   vt_coop_key (text)           key of the linked cooperative; null when unlinked
//   vt_coop_name (text), vt_coop_members (integer), vt_coop_ocop_stars (integer)
//   vt_link_method (text)        "key", "inside", "nearest" or "none"
//   vt_investment_vnd (integer)  investments of the linked cooperative, VND
//   vt_zone_code, vt_zone_name (text)  the zone holding the largest share of the area
//   vt_declared_minus_measured_ha (real)  declared − measured; null without a declared area
//   Clipped to a zone (zoneCode with clipToZone), a row is the piece inside the
//   zone: vt_measured_ha is the piece's geodesic ha (its share of the zone, so
//   the file sums to the zone's gross planted ha), vt_zone_code/vt_zone_name
//   name that zone, and vt_whole_ha (real, after vt_measured_ha) keeps the
//   whole planting area's ha; declared − measured stays the whole feature's
//   (a declared area is per code).
// Cooperatives:
//   vt_zone_code, vt_zone_name (text); vt_codes (integer: number of planting
//   areas linked to it); vt_planted_ha (real); vt_investment_vnd (integer)
// Zones (the statistics row of the zone):
//   vt_zone_ha, vt_gross_planted_ha, vt_net_planted_ha, vt_coverage_pct (real);
//   vt_codes, vt_cooperatives, vt_members, vt_ocop_cooperatives, vt_investment_vnd (integer)
// A source field with the same name as a linked one is replaced (and reported).

struct ExportReport {
    std::string path;                 // the file written
    ExportFormat format = ExportFormat::GeoJson;
    std::size_t featuresWritten = 0;  // over all layers
    std::vector<std::string> notes;   // truncated text, renamed fields, dropped features
    // Shapefile: original field name → name in the DBF (every field), and the
    // mapping file written when any name had to be cut ("" otherwise).
    std::vector<std::pair<std::string, std::string>> fieldNames;
    std::string fieldMapPath;
};

// Export one layer of a workspace (normalised, repaired geometry). Throws
// geo::Error (IoError naming the file and reason; Error for a layer or zone
// that does not exist, or a format that cannot hold it) and Cancelled when
// progress returns false; the previous file at outputPath is then untouched.
ExportReport exportLayer(const Workspace& ws, const std::string& layerId, const ExportOptions& options,
                         const ProgressFn& progress = {});

// Several layers into one file: GeoPackage (one table each) or XLSX (one sheet
// each). options.layerName is ignored: tables are named by layer id.
ExportReport exportLayers(const Workspace& ws, const std::vector<std::string>& layerIds,
                          const ExportOptions& options, const ProgressFn& progress = {});

// Export a plain layer in any CRS (no project, no linking: options.linked and
// zoneCode must be unset). GeoJSON output is transformed to WGS 84 with
// geo::Transformer; GeoPackage/Shapefile keep layer.crs. Refuses to overwrite
// layer.sourcePath.
ExportReport exportLayer(const Layer& layer, const ExportOptions& options, const ProgressFn& progress = {});

// Statistics tables, one row per zone (plus a final total row with an empty
// code), per cooperative, per planting area.
enum class StatisticsTable { Zones, Cooperatives, Plantings };
const char* toString(StatisticsTable t);  // "zones", "cooperatives", "plantings"
std::optional<StatisticsTable> parseStatisticsTable(std::string_view name);

// The table as a geometry-less Layer (columns documented in export.cpp's
// statisticsTable; areas in ha, amounts in VND as integers).
Layer statisticsTable(const Statistics& stats, StatisticsTable which);

// One table to CSV or XLSX (format must be Csv or Xlsx; outputPath required).
// When a layer the statistics read did not load (geo::missingStatisticsLayers,
// with options.zonesLayerId), the file says so: a CSV starts with one
// "# WARNING: …" comment line per missing layer before its header (a reader
// must skip '#' lines: pandas comment='#'), an XLSX gains a sheet "warnings";
// the same lines are in ExportReport::notes.
ExportReport exportStatistics(const Workspace& ws, const Statistics& stats, StatisticsTable which,
                              const ExportOptions& options);
// All three tables as sheets "zones", "cooperatives", "plantings" of one XLSX,
// and "warnings" when a layer the statistics read did not load.
// Headers in language ("vi" or "en", as ExportOptions::language).
ExportReport exportStatisticsWorkbook(const Workspace& ws, const Statistics& stats, const std::string& outputPath,
                                      const std::string& language = "en");

// The data-quality findings as a table, one row per finding, with the columns
// of `vungtrong-cli validate --format csv`: severity, kind, layer, feature,
// fid, code, hectares, message (feature, fid and hectares empty when unknown).
Layer qualityTable(const QualityReport& report);
// That table to CSV or XLSX (format must be Csv or Xlsx), never over a source.
ExportReport exportQuality(const Workspace& ws, const QualityReport& report, const ExportOptions& options);

}  // namespace geo
