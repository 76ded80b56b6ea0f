// Every format the table (geo/export_formats.h) has GDAL write — GeoJSON,
// GeoJSONSeq, GeoPackage, ESRI Shapefile — through its driver, into a
// temporary file renamed over the target when GDAL has closed it cleanly and
// what it wrote reads back.
#include <strings.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

#include "export_detail.h"
#include <string_view>

#include "gdal_util.h"
#include "geo/atomic_file.h"
#include "geo/csv.h"
#include "geo/encoding.h"
#include "geo/error.h"
#include "geo/geometry_walk.h"

namespace geo::detail {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kDbfFieldNameBytes = 10;
constexpr std::size_t kDbfTextBytes = 254;
// A DBF header holds at most 255 field descriptors (dBASE III/IV; GDAL
// writes more with a warning, and many readers then fail or drop them).
constexpr std::size_t kDbfMaxFields = 255;
constexpr std::size_t kMaxListedNotes = 20;

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// DBF field names: at most 10 bytes, unique regardless of case, never cut
// inside a UTF-8 character. "vt_coop_members" → "vt_coop_me"; a clash becomes
// "vt_coop__1", "vt_coop__2", ...
std::vector<std::string> dbfFieldNames(const std::vector<Field>& fields) {
    std::vector<std::string> out;
    std::set<std::string> used;
    for (const auto& f : fields) {
        std::string name = truncateUtf8(f.name, kDbfFieldNameBytes);
        if (name.empty()) name = "field";
        for (int n = 1; used.count(lower(name)); ++n) {
            std::string suffix = std::to_string(n);
            suffix.insert(suffix.begin(), '_');  // not "_" + …: GCC 12 warns falsely (-Wrestrict)
            name = truncateUtf8(f.name, kDbfFieldNameBytes - suffix.size()) + suffix;
        }
        used.insert(lower(name));
        out.push_back(name);
    }
    return out;
}

OGRFieldType ogrType(FieldType t) {
    switch (t) {
        case FieldType::Integer: return OFTInteger64;
        case FieldType::Real: return OFTReal;
        case FieldType::Date: return OFTDate;
        case FieldType::String: return OFTString;
    }
    return OFTString;
}

bool isMulti(const Geometry& g) {
    switch (g.kind) {
        case GeometryKind::Point: return g.points.size() > 1;
        case GeometryKind::LineString: return g.lines.size() > 1;
        case GeometryKind::Polygon: return g.polygons.size() > 1;
        case GeometryKind::None: return false;
    }
    return false;
}

OGRwkbGeometryType layerGeometryType(const ExportTable& table) {
    bool multi = false;
    for (const auto& f : table.features) multi = multi || isMulti(f.geometry);
    switch (table.kind) {
        case GeometryKind::Point: return multi ? wkbMultiPoint : wkbPoint;
        case GeometryKind::LineString: return multi ? wkbMultiLineString : wkbLineString;
        case GeometryKind::Polygon: return multi ? wkbMultiPolygon : wkbPolygon;
        case GeometryKind::None: return wkbNone;
    }
    return wkbUnknown;
}

// The type of one feature's geometry: a one-part geometry single, else multi
// (GeoJSON writes each feature's own type).
OGRwkbGeometryType featureGeometryType(const Geometry& g) {
    switch (g.kind) {
        case GeometryKind::Point: return isMulti(g) ? wkbMultiPoint : wkbPoint;
        case GeometryKind::LineString: return isMulti(g) ? wkbMultiLineString : wkbLineString;
        case GeometryKind::Polygon: return isMulti(g) ? wkbMultiPolygon : wkbPolygon;
        case GeometryKind::None: return wkbNone;
    }
    return wkbUnknown;
}

// A format in WGS 84 lon/lat (RFC 7946) takes only positions that are
// longitudes and latitudes: a failed transformation (inf, nan) or a layer in
// metres would otherwise be written as if it were.
void checkLonLat(const Geometry& g, const std::string& label) {
    auto check = [&](XY p) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            throw GeometryError(label + ": a coordinate is not a finite number (failed transformation?)");
        if (p.x < -180 || p.x > 180 || p.y < -90 || p.y > 90)
            throw GeometryError(label + ": coordinate (" + formatCoordinate(p.x, -1) + ", " +
                                formatCoordinate(p.y, -1) + ") is not WGS 84 longitude/latitude");
    };
    forEachVertex(g, check);
}

// Whether GDAL's driver has a Date field type (GDAL 3.6's GeoJSONSeq has
// not: a date is then written as ISO 8601 text).
bool driverHasDates(GDALDatasetH ds) {
    GDALDriverH driver = GDALGetDatasetDriver(ds);
    const char* types = driver ? GDALGetMetadataItem(driver, GDAL_DMD_CREATIONFIELDDATATYPES, nullptr) : nullptr;
    if (!types) return true;  // the driver does not say: GDAL converts
    std::string list = std::string(" ") + types + " ";
    return list.find(" Date ") != std::string::npos;
}

// A new OGR geometry of type; throws when GDAL cannot make one.
OgrGeometryPtr newOgrGeometry(OGRwkbGeometryType type) {
    OgrGeometryPtr g(OGR_G_CreateGeometry(type));
    if (!g) throw Error(std::string("GDAL cannot create a geometry of type ") + OGRGeometryTypeToName(type));
    return g;
}

// part into the collection or polygon `into`. GDAL owns the part from the
// call on (it destroys it itself when it refuses it).
void addPart(OGRGeometryH into, OgrGeometryPtr part) {
    std::string partName = OGR_G_GetGeometryName(part.get());
    OGRErr err = OGR_G_AddGeometryDirectly(into, part.release());
    if (err != OGRERR_NONE)
        throw Error("GDAL cannot add a " + partName + " to a " + OGR_G_GetGeometryName(into) + " (OGR error " +
                    std::to_string(err) + ")");
}

OgrGeometryPtr pointsGeometry(OGRwkbGeometryType type, const std::vector<XY>& pts) {
    OgrGeometryPtr g = newOgrGeometry(type);
    OGR_G_SetPoints(g.get(), static_cast<int>(pts.size()), &pts[0].x, sizeof(XY), &pts[0].y, sizeof(XY), nullptr, 0);
    return g;
}

// Throws geo::Error when GDAL cannot build the geometry (the caller names file and feature).
OgrGeometryPtr toOgr(const Geometry& g, OGRwkbGeometryType layerType) {
    if (g.isEmpty()) return nullptr;
    bool multi = layerType == wkbMultiPoint || layerType == wkbMultiLineString || layerType == wkbMultiPolygon;
    OgrGeometryPtr out = newOgrGeometry(layerType);
    auto addOrSet = [&](OgrGeometryPtr part) {
        if (multi)
            addPart(out.get(), std::move(part));
        else
            out = std::move(part);
    };
    switch (g.kind) {
        case GeometryKind::Point:
            for (const auto& p : g.points) {
                OgrGeometryPtr pt = newOgrGeometry(wkbPoint);
                OGR_G_SetPoint_2D(pt.get(), 0, p.x, p.y);
                addOrSet(std::move(pt));
            }
            break;
        case GeometryKind::LineString:
            for (const auto& line : g.lines)
                if (!line.empty()) addOrSet(pointsGeometry(wkbLineString, line));
            break;
        case GeometryKind::Polygon:
            for (const auto& poly : g.polygons) {
                OgrGeometryPtr p = newOgrGeometry(wkbPolygon);
                for (const auto& ring : poly.rings)
                    if (!ring.empty()) addPart(p.get(), pointsGeometry(wkbLinearRing, ring));
                addOrSet(std::move(p));
            }
            break;
        case GeometryKind::None: return nullptr;
    }
    return out;
}

}  // namespace

Utf16Cut utf16Cut(std::string_view utf8, std::size_t maxUnits) {
    Utf16Cut c;
    for (std::size_t i = 0; i < utf8.size();) {
        auto lead = static_cast<unsigned char>(utf8[i]);
        std::size_t bytes = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
        bytes = std::min(bytes, utf8.size() - i);
        c.units += bytes == 4 ? 2 : 1;
        i += bytes;
        if (c.units <= maxUnits) c.keepBytes = i;
    }
    return c;
}

namespace {

std::string failureText(GdalErrorCapture& errors, const std::string& fallback) {
    std::string m = errors.last();
    return m.empty() ? fallback : m;
}

struct TableResult {
    std::vector<std::string> truncations;  // notes, one per cut text value
};

}  // namespace

// A writer's close may not report every failure (GDAL 3.6's XLSX driver
// zipped a truncated workbook on a full disk and said success). So what was
// written is read back before it replaces anything: every layer there, with
// every feature. Used by the GDAL writers and export_xlsx.cpp.
void readBack(const fs::path& temp, const char* driverName,
              const std::vector<std::pair<std::string, std::size_t>>& written, const std::string& target) {
    // export_xlsx.cpp writes without GDAL: nothing may have registered the reader yet.
    detail::registerGdalOnce();
    const char* drivers[] = {driverName, nullptr};
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");  // as the reader opens workbooks
    GdalErrorCapture errors;
    DatasetPtr ds(GDALOpenEx(temp.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!ds)
        throw IoError("cannot write '" + target + "': the file written cannot be read back (" +
                      failureText(errors, "is the disk full?") + "); nothing was replaced");
    for (const auto& [layerName, features] : written) {
        OGRLayerH l = GDALDatasetGetLayerByName(ds.get(), layerName.c_str());
        // A shapefile's one layer is named after its (temporary) file.
        if (!l && written.size() == 1 && GDALDatasetGetLayerCount(ds.get()) == 1) l = GDALDatasetGetLayer(ds.get(), 0);
        GIntBig n = l ? OGR_L_GetFeatureCount(l, 1) : -1;
        // GDAL 3.6 reads a sheet holding only its header row as one feature
        // (a lone row is taken for data, OGR_XLSX_HEADERS notwithstanding).
        if (features == 0 && n == 1 && std::string_view(driverName) == "XLSX") n = 0;
        if (n < 0 || static_cast<std::size_t>(n) != features)
            throw IoError("cannot write '" + target + "': read back, layer '" + layerName + "' holds " +
                          (n < 0 ? std::string("nothing") : std::to_string(n) + " feature(s)") + " of " +
                          std::to_string(features) + " written (is the disk full?); nothing was replaced");
    }
}

std::string postgisGeometryType(const ExportTable& table) {
    switch (layerGeometryType(table)) {
        case wkbPoint: return "Point";
        case wkbMultiPoint: return "MultiPoint";
        case wkbLineString: return "LineString";
        case wkbMultiLineString: return "MultiLineString";
        case wkbPolygon: return "Polygon";
        case wkbMultiPolygon: return "MultiPolygon";
        default: return "Geometry";
    }
}

void writeTable(GDALDatasetH ds, const ExportTable& table, const ExportOptions& options,
                const std::string& layerName, ProgressTicker& ticker, std::size_t& done, ExportReport& report,
                const std::vector<std::pair<std::string, std::string>>& extraLayerOptions) {
    const ExportFormatSpec& spec = exportFormatSpec(options.format);
    bool shp = options.format == ExportFormat::Shapefile;
    GdalErrorCapture errors;

    SrsPtr srs;
    if (table.hasGeometry() && table.crs.isKnown()) {
        srs.reset(OSRNewSpatialReference(nullptr));
        // An EPSG CRS is written by its code, so that PostGIS stores its SRID.
        const std::string& code = table.crs.authorityCode;
        const bool epsg = options.format == ExportFormat::PostGis && code.rfind("EPSG:", 0) == 0;
        if (epsg ? OSRSetFromUserInput(srs.get(), code.c_str()) != OGRERR_NONE
                 : OSRSetFromUserInput(srs.get(), table.crs.definition.c_str()) != OGRERR_NONE)
            throw CrsError("cannot write the CRS of '" + layerName + "' (" + table.crs.name + ") to '" +
                           options.outputPath + "': " + failureText(errors, "GDAL does not accept its definition"));
        // Our coordinates are always x = easting/longitude.
        OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    }
    OGRwkbGeometryType geomType = table.hasGeometry() ? layerGeometryType(table) : wkbNone;

    OptionList layerOptions;
    for (const auto& [key, value] : spec.layerOptions) layerOptions.set(key, value);
    // -1 (every digit): 15 decimals, the most GDAL's RFC 7946 mode writes.
    const int decimals = options.precision < 0 ? 15 : options.precision;
    if (spec.coordinatePrecision) layerOptions.set("COORDINATE_PRECISION", std::to_string(decimals));
    if (spec.recordSeparator) {
        const bool second = spec.extensions.size() > 1 && fs::path(options.outputPath).extension() == spec.extensions[1];
        layerOptions.set("RS", options.recordSeparator || second ? "YES" : "NO");
    }
    for (const auto& [key, value] : extraLayerOptions) layerOptions.set(key, value);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, layerName.c_str(), srs.get(), geomType, layerOptions.get());
    if (!layer)
        throw IoError("cannot write '" + options.outputPath + "': cannot create layer '" + layerName +
                      "': " + failureText(errors, "driver refused"));

    // A shapefile gets the first 255 fields; the others are named in a note
    // and, with an empty DBF name, in the field map that travels with the
    // files (so a recipient sees what is missing, not only whoever exported).
    // Written rather than refused: there is no field selection to fall back
    // on, and GeoPackage keeps every field for whoever needs them all.
    const std::size_t fieldCount = shp ? std::min(table.fields.size(), kDbfMaxFields) : table.fields.size();
    std::vector<std::string> names;
    if (shp) {
        names = dbfFieldNames(std::vector<Field>(table.fields.begin(), table.fields.begin() + fieldCount));
        std::string leftOut;
        for (std::size_t i = 0; i < table.fields.size(); ++i) {
            report.fieldNames.emplace_back(table.fields[i].name, i < fieldCount ? names[i] : std::string());
            if (i >= fieldCount && i < fieldCount + kMaxListedNotes)
                leftOut += (leftOut.empty() ? "" : ", ") + table.fields[i].name;
        }
        if (table.fields.size() > fieldCount + kMaxListedNotes)
            leftOut += " and " + std::to_string(table.fields.size() - fieldCount - kMaxListedNotes) + " more";
        if (!leftOut.empty())
            report.notes.push_back(layerName + ": a shapefile holds at most 255 fields and the layer has " +
                                   std::to_string(table.fields.size()) + "; fields 256 to " +
                                   std::to_string(table.fields.size()) + " were left out: " + leftOut +
                                   " (export to GeoPackage to keep them)");
    } else {
        for (const auto& f : table.fields) names.push_back(toNfc(f.name));
    }
    // Text cut to what the format holds: 254 bytes in a DBF (at a character
    // boundary; XLSX's cell limit: export_xlsx.cpp); each cut is reported.
    std::vector<std::size_t> textWidth(fieldCount, 1);
    std::size_t cut = 0;
    auto noteCut = [&](std::string note) {
        if (cut++ < kMaxListedNotes) report.notes.push_back(std::move(note));
    };
    std::vector<std::vector<std::string>> texts(table.features.size());  // final text per (feature, field)
    for (std::size_t r = 0; r < table.features.size(); ++r) {
        const Feature& f = table.features[r];
        texts[r].resize(fieldCount);
        for (std::size_t i = 0; i < fieldCount && i < f.attributes.size(); ++i) {
            const auto* s = std::get_if<std::string>(&f.attributes[i]);
            if (!s) continue;
            std::string text = toNfc(*s);
            if (shp && text.size() > kDbfTextBytes) {
                std::string shortened = truncateUtf8(text, kDbfTextBytes);
                noteCut(layerName + ", feature " + std::to_string(f.fid) + ", field " + table.fields[i].name +
                        ": text of " + std::to_string(text.size()) + " bytes cut to " +
                        std::to_string(shortened.size()) + " (DBF text holds 254 bytes; cut at a character boundary)");
                text = std::move(shortened);
            }
            textWidth[i] = std::max(textWidth[i], text.size());
            texts[r][i] = std::move(text);
        }
    }
    if (cut > kMaxListedNotes)
        report.notes.push_back(layerName + ": " + std::to_string(cut - kMaxListedNotes) + " more text values cut");

    const bool dates = driverHasDates(ds);
    auto fieldType = [&](std::size_t i) {
        return table.fields[i].type == FieldType::Date && !dates ? OFTString : ogrType(table.fields[i].type);
    };
    for (std::size_t i = 0; i < fieldCount; ++i) {
        OGRFieldDefnH fd = OGR_Fld_Create(names[i].c_str(), fieldType(i));
        if (shp && table.fields[i].type == FieldType::String)
            OGR_Fld_SetWidth(fd, static_cast<int>(std::min(textWidth[i], kDbfTextBytes)));
        OGRErr err = OGR_L_CreateField(layer, fd, TRUE);
        OGR_Fld_Destroy(fd);
        if (err != OGRERR_NONE)
            throw IoError("cannot write '" + options.outputPath + "': cannot create field '" + names[i] +
                          "': " + failureText(errors, "driver refused"));
    }

    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (std::size_t r = 0; r < table.features.size(); ++r) {
        ticker.tick(done++);
        const Feature& f = table.features[r];
        FeaturePtr out(OGR_F_Create(defn));
        for (std::size_t i = 0; i < fieldCount; ++i) {
            int idx = static_cast<int>(i);
            const Value v = i < f.attributes.size() ? f.attributes[i] : Value{};
            if (const auto* n = std::get_if<std::int64_t>(&v)) {
                OGR_F_SetFieldInteger64(out.get(), idx, *n);
            } else if (const auto* d = std::get_if<double>(&v)) {
                if (std::isfinite(*d))
                    OGR_F_SetFieldDouble(out.get(), idx, *d);
                else
                    OGR_F_SetFieldNull(out.get(), idx);
            } else if (std::holds_alternative<std::string>(v)) {
                const bool isoDate = table.fields[i].type == FieldType::Date && !dates;
                OGR_F_SetFieldString(out.get(), idx, (isoDate ? isoDateText(texts[r][i]) : texts[r][i]).c_str());
            } else {
                OGR_F_SetFieldNull(out.get(), idx);
            }
        }
        if (geomType != wkbNone) {
            auto where = [&] {
                return "cannot write '" + options.outputPath + "': layer '" + layerName + "', feature " +
                       std::to_string(f.fid) + ": ";
            };
            OgrGeometryPtr g;
            if (spec.crs == ExportCrs::Wgs84) checkLonLat(f.geometry, layerName + ", feature " + std::to_string(f.fid));
            try {
                g = toOgr(f.geometry, spec.geometryTypePerFeature ? featureGeometryType(f.geometry) : geomType);
            } catch (const Error& e) {
                throw IoError(where() + e.what());
            }
            // The feature owns the geometry from the call on (GDAL destroys a refused one).
            if (g)
                if (OGRErr err = OGR_F_SetGeometryDirectly(out.get(), g.release()); err != OGRERR_NONE)
                    throw IoError(where() + "GDAL refused its geometry (OGR error " + std::to_string(err) + ")");
        }
        if (spec.featureIdIsFid) OGR_F_SetFID(out.get(), f.fid);
        if (spec.bboxAsNativeData && !f.geometry.isEmpty()) {
            // Rounded as the driver rounds each position ("%.*f"): rounding is
            // monotonic, so the rounded extremes are the written positions' extremes.
            Envelope e = f.geometry.envelope();
            std::string bbox = "{\"type\":\"Feature\",\"properties\":{},\"bbox\":[" + formatCoordinate(e.minX, decimals) + "," + formatCoordinate(e.minY, decimals) +
                               "," + formatCoordinate(e.maxX, decimals) + "," + formatCoordinate(e.maxY, decimals) + "]}";
            OGR_F_SetNativeData(out.get(), bbox.c_str());
            OGR_F_SetNativeMediaType(out.get(), "application/vnd.geo+json");
        }
        if (OGR_L_CreateFeature(layer, out.get()) != OGRERR_NONE)
            throw IoError("cannot write '" + options.outputPath + "': layer '" + layerName + "', feature " +
                          std::to_string(f.fid) + ": " + failureText(errors, "driver refused"));
    }
    report.featuresWritten += table.features.size();
}

// XLSX sheet names: at most 31 characters, none of []:*?/\ , unique.
std::string sheetName(std::string name, std::set<std::string>& used) {
    for (auto& c : name)
        if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '_';
    name = truncateUtf8(name, 31);
    if (name.empty()) name = "sheet";
    std::string base = name;
    for (int n = 2; used.count(lower(name)); ++n) {
        std::string suffix = std::to_string(n);
        suffix.insert(suffix.begin(), '_');  // not "_" + …: GCC 12 warns falsely (-Wrestrict)
        name = truncateUtf8(base, 31 - suffix.size()) + suffix;
    }
    used.insert(lower(name));
    return name;
}

namespace {

std::string fieldMapCsv(const std::vector<std::pair<std::string, std::string>>& names) {
    std::string out = "original,shapefile\n";
    // A field left out has an empty shapefile name: an empty field.
    for (const auto& [from, to] : names) out += csvCell(from) + "," + csvCell(to) + "\n";
    return out;
}

}  // namespace

void writeWithGdal(const std::vector<ExportTable>& tables, const ExportOptions& options, const ProgressFn& progress,
                   ExportReport& report) {
    registerGdalOnce();
    const ExportFormatSpec& spec = exportFormatSpec(options.format);
    if (spec.writer != ExportWriter::Gdal || spec.gdalDriver.empty())
        throw Error("internal: writeWithGdal called for " + spec.name);
    const char* name = spec.gdalDriver.c_str();
    GDALDriverH driver = GDALGetDriverByName(name);
    if (!driver) throw IoError("cannot write '" + options.outputPath + "': GDAL has no " + name + " driver");
    bool shp = options.format == ExportFormat::Shapefile;
    if (shp && tables.size() != 1)
        throw Error("a shapefile holds one layer; export the layers one by one, or to a GeoPackage");
    if (tables.empty()) throw Error("nothing to export");

    std::size_t total = 0;
    for (const auto& t : tables) total += t.features.size();
    ProgressTicker ticker(progress, total, std::string("writing ") + toString(options.format));

    AtomicReplace replace(options.outputPath);
    report.notes.insert(report.notes.end(), replace.notes().begin(), replace.notes().end());
    // The shapefile's set; a sidecar this export does not write (no .prj, no
    // field map) is removed by commit, so none survives from an older export:
    // a spatial index another tool built for the old .shp (.qix by GDAL and
    // QGIS, .sbn/.sbx by ArcGIS) would point into the wrong records.
    std::vector<std::string> sidecars = spec.sidecars;
    sidecars.insert(sidecars.end(), spec.staleSidecars.begin(), spec.staleSidecars.end());

    std::vector<std::pair<std::string, std::size_t>> written;  // layer name → features, to read back
    {
        GdalErrorCapture errors;
        OptionList creation;
        DatasetPtr ds(GDALCreate(driver, replace.tempPath().c_str(), 0, 0, 0, GDT_Unknown, creation.get()));
        if (!ds)
            throw IoError("cannot write '" + options.outputPath + "': " +
                          failureText(errors, std::string("GDAL's ") + name + " driver cannot create it"));
        bool transaction = options.format == ExportFormat::GeoPackage &&
                           GDALDatasetStartTransaction(ds.get(), FALSE) == OGRERR_NONE;
        std::size_t done = 0;
        for (const auto& t : tables) {
            const std::string& layerName = t.name;
            writeTable(ds.get(), t, options, layerName, ticker, done, report);
            written.emplace_back(layerName, t.features.size());
        }
        if (transaction && GDALDatasetCommitTransaction(ds.get()) != OGRERR_NONE)
            throw IoError("cannot write '" + options.outputPath + "': " + failureText(errors, "commit failed"));
        CPLErrorReset();
        ds.reset();  // GDAL writes the file on close
        if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
            throw IoError("cannot write '" + options.outputPath + "': " + failureText(errors, "closing failed"));
    }
    readBack(replace.tempPath(), name, written, options.outputPath);

    if (shp) {
        bool renamed = false, leftOut = false;
        for (const auto& [from, to] : report.fieldNames) {
            renamed = renamed || (from != to && !to.empty());
            leftOut = leftOut || to.empty();
        }
        if (renamed || leftOut) {
            fs::path mapTemp = fs::path(replace.tempPath()).replace_extension(".fieldmap.csv");
            std::string text = fieldMapCsv(report.fieldNames);
            std::FILE* f = std::fopen(mapTemp.c_str(), "wb");
            bool ok = f && std::fwrite(text.data(), 1, text.size(), f) == text.size();
            if (f && std::fclose(f) != 0) ok = false;
            if (!ok) throw IoError("cannot write '" + fs::path(options.outputPath).replace_extension(".fieldmap.csv").string() + "'");
            report.fieldMapPath = fs::path(options.outputPath).replace_extension(".fieldmap.csv").string();
            report.notes.push_back(std::string(renamed ? "field names cut to 10 bytes for the DBF" : "fields left out") +
                                   "; mapping in " + report.fieldMapPath +
                                   (leftOut ? " (a field left out has an empty shapefile name)" : ""));
        }
    }
    if (sidecars.empty())
        replace.commit();
    else
        replace.commit(sidecars);
}

}  // namespace geo::detail
