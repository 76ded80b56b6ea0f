#pragma once
// Internal to the export module: the table every format writer consumes and
// the writers themselves (export_gdal.cpp, export_table.cpp, export_postgis.cpp).
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "geo/export.h"

namespace geo::detail {

// What gets written: fields, features (attributes parallel to fields) and the
// CRS of their geometry. Built by export.cpp from the selection and links.
struct ExportTable {
    std::string name;
    std::vector<Field> fields;
    std::vector<Feature> features;
    CrsInfo crs;  // unknown when no feature has geometry
    GeometryKind kind = GeometryKind::None;  // of the features' geometry
    // CSV only: "# " lines before the header (statistics missing a layer).
    std::vector<std::string> comments;
    // Every column is one geo names (statistics, findings): XLSX labels them
    // all for people; a layer's table labels only its linked vt_* columns.
    bool geoColumns = false;

    bool hasGeometry() const { return kind != GeometryKind::None; }
};

// Calls progress every few features; throws Cancelled when it returns false.
class ProgressTicker {
public:
    ProgressTicker(const ProgressFn& progress, std::size_t total, std::string stage, double from = 0, double to = 1)
        : progress_(progress), total_(total), stage_(std::move(stage)), from_(from), to_(to) {}
    void tick(std::size_t done);

private:
    const ProgressFn& progress_;
    std::size_t total_;
    std::string stage_;
    double from_, to_;
};

// A buffered file that reports write errors as IoError naming `label`, and
// flushes to disk (fsync) on finish(). Closes without flushing on destruction.
class FileSink {
public:
    FileSink(const std::filesystem::path& path, std::string label);
    ~FileSink();
    FileSink(const FileSink&) = delete;
    FileSink& operator=(const FileSink&) = delete;
    void write(std::string_view s);
    void finish();

private:
    void fail(int err);
    std::FILE* file_ = nullptr;
    std::string label_;
    std::string buffer_;
};

// Number text. Coordinates: fixed `precision` decimals with trailing zeros
// trimmed ("105.5", "9", never "-0"), or shortest round-trip when precision < 0.
std::string formatCoordinate(double v, int precision);
// A real attribute: shortest round-trip, always with '.', 'e' or "inf"-free
// (callers write null for non-finite values): 20 → "20.0".
std::string formatReal(double v);
// "2022/05/01" → "2022-05-01"; "2022/05/01 10:20:30" → "2022-05-01T10:20:30".
std::string isoDateText(const std::string& gdalText);


// Length of UTF-8 text in UTF-16 code units (as Excel counts a cell's
// characters), and the byte length of its longest prefix of at most maxUnits
// units ending on a character boundary.
struct Utf16Cut {
    std::size_t units = 0;
    std::size_t keepBytes = 0;
};
Utf16Cut utf16Cut(std::string_view utf8, std::size_t maxUnits);
// Excel's limit on a cell's text, in UTF-16 units (a character beyond U+FFFF
// counts 2). Longer cells make Excel refuse the file or cut them silently.
inline constexpr std::size_t kXlsxCellUnits = 32767;

// XLSX sheet names: at most 31 characters, none of []:*?/\ , unique in used.
std::string sheetName(std::string name, std::set<std::string>& used);

// What a writer wrote, read back with GDAL's driverName before it replaces
// the target: every layer (name → features) there, with every feature.
// Throws IoError naming target otherwise.
void readBack(const std::filesystem::path& temp, const char* driverName,
              const std::vector<std::pair<std::string, std::size_t>>& written, const std::string& target);

// Format writers (which one: geo/export_formats.h). Tables for GeoJSON and
// CSV WKT are in WGS 84 lon/lat.
void writeCsv(const ExportTable& table, const ExportOptions& options, const ProgressFn& progress,
              ExportReport& report);
// Every format the table gives a GDAL driver: GeoJSON, GeoJSONSeq,
// GeoPackage (several tables), Shapefile (one).
void writeWithGdal(const std::vector<ExportTable>& tables, const ExportOptions& options, const ProgressFn& progress,
                   ExportReport& report);

// One table as a new layer of a GDAL dataset (export_gdal.cpp): fields,
// features, text cut to what the format holds (notes in report).
// extraLayerOptions: GDAL layer creation options (PostGIS: SCHEMA, …).
void writeTable(void* gdalDataset, const ExportTable& table, const ExportOptions& options,
                const std::string& layerName, ProgressTicker& ticker, std::size_t& done, ExportReport& report,
                const std::vector<std::pair<std::string, std::string>>& extraLayerOptions = {});

// Tables as sheets of one workbook, by libxlsxwriter (export_xlsx.cpp).
void writeXlsx(const std::vector<ExportTable>& tables, const ExportOptions& options, const ProgressFn& progress,
               ExportReport& report);

// The PostGIS type of the geometry column writeTable creates ("MultiPolygon").
std::string postgisGeometryType(const ExportTable& table);

// One table into a PostGIS database, in one transaction (export_postgis.cpp).
void writePostgis(const std::vector<ExportTable>& tables, const ExportOptions& options, const ProgressFn& progress,
                  ExportReport& report);
// Refuses a PostGIS target that is one of `sources` (connection "PG:…",
// table as the project names it): a source is never overwritten.
void refusePostgisSource(const ExportOptions& options,
                         const std::vector<std::pair<std::string, std::string>>& sources);

// Every file an export to `target` in `format` writes (target + sidecars).
std::vector<std::filesystem::path> outputFiles(const std::filesystem::path& target, ExportFormat format);

}  // namespace geo::detail
