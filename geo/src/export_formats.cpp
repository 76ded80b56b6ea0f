// The table of export formats (geo/export_formats.h).
#include "geo/export_formats.h"

#include <cctype>
#include <stdexcept>

namespace geo {

const std::vector<ExportFormatSpec>& exportFormats() {
    using F = ExportFormat;
    using W = ExportWriter;
    using C = ExportCrs;
    static const std::vector<ExportFormatSpec> formats = {
        // RFC 7946 by GDAL's own switch: WGS 84 lon/lat, right-hand rule
        // (exterior rings counter-clockwise), no "crs"; a bbox on the
        // collection and on every feature.
        {F::GeoJson, "geojson", {"json"}, "GeoJSON (RFC 7946)", {".geojson", ".json"}, W::Gdal, "GeoJSON",
         {{"RFC7946", "YES"}, {"WRITE_BBOX", "YES"}}, C::Wgs84, false, true, true, true, false, {}, {}, false},
        // One Feature per line (RS-prefixed, RFC 8142, with --rs or *.geojsons);
        // the driver applies the right-hand rule; a bbox on every feature.
        {F::GeoJsonSeq, "geojsonseq", {"geojsonl", "geojsons", "ndjson"}, "GeoJSON sequence (one feature a line)",
         {".geojsonl", ".geojsons"}, W::Gdal, "GeoJSONSeq", {}, C::Wgs84, false, true, true, true, false, {}, {},
         false, true, true},
        {F::GeoPackage, "gpkg", {"geopackage"}, "GeoPackage", {".gpkg"}, W::Gdal, "GPKG", {}, C::Source, true, false,
         false, false, false, {}, {}, false},
        // Text as UTF-8 with a .cpg saying so; the field map (names cut to 10
        // bytes) is written by export_gdal.cpp.
        {F::Shapefile, "shp", {"shapefile", "esri shapefile"}, "ESRI Shapefile", {".shp"}, W::Gdal, "ESRI Shapefile",
         {{"ENCODING", "UTF-8"}}, C::Source, false, false, false, false, false,
         {".shx", ".dbf", ".prj", ".cpg", ".fieldmap.csv"}, {".qix", ".sbn", ".sbx"}, false},
        // By hand: GDAL 3.6's CSV driver writes no comment lines (the
        // "# WARNING:" lines of statistics missing a layer), and its WKT has
        // significant digits (OGR_WKT_PRECISION, a process-wide setting), not
        // the decimals --precision asks (tests/geo/gdal_writer_limits_test.cpp).
        // Its WKT column (ExportOptions::csvWkt) takes the precision too.
        {F::Csv, "csv", {}, "CSV (RFC 4180, UTF-8)", {".csv"}, W::Csv, "", {}, C::Wgs84, false, false, false, false, true,
         {".csvt"}, {}, false},
        // By libxlsxwriter: GDAL 3.6's XLSX driver writes no cell number
        // formats (areas would show 15 digits; gdal_writer_limits_test.cpp);
        // GDAL's reads it back.
        {F::Xlsx, "xlsx", {}, "Excel workbook (XLSX)", {".xlsx"}, W::Xlsx, "XLSX", {}, C::NoGeometry, true, false,
         false, false, true, {}, {}, false},
        {F::PostGis, "postgis", {"pg", "postgresql"}, "PostGIS table", {}, W::PostGis, "PostgreSQL", {}, C::Source,
         false, false, false, false, false, {}, {}, true},
    };
    return formats;
}

const ExportFormatSpec& exportFormatSpec(ExportFormat f) {
    for (const auto& spec : exportFormats())
        if (spec.format == f) return spec;
    throw std::logic_error("export format missing from the table");  // every enumerator has an entry
}

const char* toString(ExportFormat f) { return exportFormatSpec(f).name.c_str(); }

std::optional<ExportFormat> parseExportFormat(std::string_view name) {
    std::string n(name);
    for (auto& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& spec : exportFormats()) {
        if (spec.name == n) return spec.format;
        for (const auto& alias : spec.aliases)
            if (alias == n) return spec.format;
    }
    return std::nullopt;
}

const char* defaultExtension(ExportFormat f) {
    const auto& spec = exportFormatSpec(f);
    return spec.extensions.empty() ? "" : spec.extensions.front().c_str();
}

std::string exportFormatNames(std::string_view separator) {
    std::string out;
    for (const auto& spec : exportFormats()) {
        if (!out.empty()) out += separator;
        out += spec.name;
    }
    return out;
}

}  // namespace geo
