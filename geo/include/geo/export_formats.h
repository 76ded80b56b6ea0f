#pragma once
// The one table of export formats. geo's export (which writer, which GDAL
// driver and options, which CRS, which sidecar files), the command line's
// --format help, validation, man page and completion, and the app's export
// dialog all read it: adding a format is one entry here (plus, for a format
// GDAL does not write, its writer).
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace geo {

enum class ExportFormat { GeoJson, GeoJsonSeq, GeoPackage, Shapefile, Csv, Xlsx, PostGis };

// Who writes a format. Gdal: GDAL's driver `gdalDriver` through
// export_gdal.cpp (atomic temporary file, read back before it replaces the
// target). Csv: export_table.cpp, by hand (why: see the table's entry).
// PostGis: export_postgis.cpp (GDAL's PostgreSQL driver in one transaction).
// Xlsx: export_xlsx.cpp, by libxlsxwriter (cell number formats, labelled
// headers; read back with GDAL's XLSX driver, `gdalDriver`).
enum class ExportWriter { Gdal, Csv, PostGis, Xlsx };

// Where the geometry of an export is: in WGS 84 lon/lat whatever the source
// (GeoJSON: RFC 7946; CSV's WKT column), in the layer's own source CRS
// (GeoPackage, Shapefile, PostGIS), or nowhere (XLSX: a sheet of attributes).
enum class ExportCrs { Wgs84, Source, NoGeometry };

struct ExportFormatSpec {
    ExportFormat format;
    std::string name;                  // "geojson": --format, geo::toString
    std::vector<std::string> aliases;  // also accepted by --format (lower case)
    std::string title;                 // "GeoJSON (RFC 7946)": help text, file dialogs
    // File extensions, the default first (".geojson"); none for a database.
    std::vector<std::string> extensions;
    ExportWriter writer;
    std::string gdalDriver;  // GDAL's short name ("GeoJSON"): writes it, or (XLSX) reads it back; "" for CSV
    // Fixed GDAL layer creation options; options that depend on the export
    // (COORDINATE_PRECISION, RS) are added by the writer when the flags
    // below say the format has them.
    std::vector<std::pair<std::string, std::string>> layerOptions;
    ExportCrs crs;
    bool severalLayers;         // more than one layer in one file (tables, sheets)
    bool coordinatePrecision;   // ExportOptions::precision applies (decimals of lon/lat)
    bool featureIdIsFid;        // each feature's "id" is the source FID (GeoJSON)
    bool geometryTypePerFeature;  // Polygon and MultiPolygon side by side (GeoJSON), else one type per layer
    bool statisticsTables;      // statistics and findings tables may be written to it
    // Files written beside the target, replaced with it as one set
    // (geo/atomic_file.h): ".shx", ".dbf", ...
    std::vector<std::string> sidecars;
    // Sidecars other tools make that an export removes, never writes (a
    // shapefile's spatial index would point into the old records).
    std::vector<std::string> staleSidecars;
    bool database;  // the target is a database connection (PG:…), not a file
    // The driver has no WRITE_BBOX (GDAL 3.6's GeoJSONSeq): each feature's
    // bbox is handed to it as a foreign member (GDAL RFC 60 native data).
    bool bboxAsNativeData = false;
    // RS=YES (RFC 8142 record separators) with ExportOptions::recordSeparator
    // or a target whose extension is the second one (".geojsons").
    bool recordSeparator = false;
};

// Every format, in the order help texts and the app list them (open
// standards first).
const std::vector<ExportFormatSpec>& exportFormats();
const ExportFormatSpec& exportFormatSpec(ExportFormat f);

const char* toString(ExportFormat f);  // the spec's name: "geojson", "gpkg", …
// Parses a name or alias, case-insensitive. nullopt when unknown.
std::optional<ExportFormat> parseExportFormat(std::string_view name);
// The default extension (".geojson"); "" for PostGIS.
const char* defaultExtension(ExportFormat f);
// "geojson|geojsonseq|gpkg|…": every format's name, for help texts.
std::string exportFormatNames(std::string_view separator = "|");

}  // namespace geo
