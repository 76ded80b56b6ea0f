#include "geo/source.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>

#include <cpl_string.h>
#include <cpl_vsi.h>

#include "gdal_util.h"
#include "gpkg_rows.h"
#include "ogr_geometry.h"
#include "parallel.h"
#include "read_budget.h"
#include "geo/atomic_file.h"
#include "surface_footprint.h"
#include "geo/axis_order.h"
#include "geo/crs.h"
#include "geo/encoding.h"
#include "geo/error.h"
#include "geo/number_text.h"
#include "geo/postgis.h"

namespace geo {
namespace fs = std::filesystem;
using namespace detail;

namespace {

std::string lowerExtension(const std::string& path) {
    if (isPgName(path)) return {};  // a database: "dbname=x.csv" is no CSV
    std::string ext = fs::path(path).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

// Office spreadsheets: GDAL reads their cells but has no X/Y/WKT open
// options for them (only CSV has), so their mapped cells are made into
// geometry here (geometryFromCells).
bool isSpreadsheet(const std::string& path) {
    std::string ext = lowerExtension(path);
    return ext == ".xlsx" || ext == ".ods" || ext == ".xls";
}

bool isDbfBased(const std::string& path) {
    std::string ext = lowerExtension(path);
    return ext == ".shp" || ext == ".dbf";
}

// Text encoding written beside a shapefile in its .cpg, if any.
std::optional<TextEncoding> cpgEncoding(const std::string& path) {
    for (const char* ext : {".cpg", ".CPG"}) {
        fs::path cpg = fs::path(path).replace_extension(ext);
        std::ifstream in(cpg);
        std::string text;
        if (in && std::getline(in, text)) {
            while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
            return parseTextEncoding(text);
        }
    }
    return std::nullopt;
}

// The sidecar of a shapefile with the given extension (".shx", ".dbf"), in
// lower or upper case as GDAL accepts them; "" when there is none.
std::string sidecar(const std::string& path, const char* ext) {
    std::string upper = ext;
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::error_code ec;
    for (const std::string& e : {std::string(ext), upper}) {
        fs::path p = fs::path(path).replace_extension(e);
        if (fs::exists(p, ec)) return p.string();
    }
    return {};
}

std::string fileName(const std::string& path) { return fs::path(path).filename().string(); }

// GDAL's messages for a shapefile whose .shx is missing or damaged advise a
// GDAL config option; say instead what is wrong and what to do.
std::string explainShapefileOpenFailure(const std::string& path, const std::string& gdalReason) {
    std::string stem = fs::path(path).stem().string();
    if (sidecar(path, ".shx").empty())
        return "its index file " + stem + ".shx is missing (a shapefile is several files: copy the .shp, "
               ".shx, .dbf and .prj together)";
    if (gdalReason.find(".shx") != std::string::npos || gdalReason.find(".SHX") != std::string::npos)
        return "its index file " + stem + ".shx is truncated or damaged (" + gdalReason + ")";
    return gdalReason;
}

std::uint32_t readLe32(const std::string& bytes, std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at])) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 2])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + 3])) << 24;
}

std::string readHead(const std::string& path, std::size_t n) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes(n, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(n));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

// Faults of a shapefile's sidecars that GDAL passes over silently: no .dbf
// (no attributes), a .dbf GDAL cannot read, and a .dbf whose header declares
// a record count other than the number of shapes (GDAL then reads the
// smaller count, or its records are lost).
void checkShapefileSidecars(const std::string& path, std::size_t featuresRead, std::vector<LayerWarning>& warnings) {
    std::string stem = fs::path(path).stem().string();
    std::string dbf = sidecar(path, ".dbf");
    if (dbf.empty()) {
        warnings.push_back(path + ": no " + stem + ".dbf beside it, so the features have no attributes");
        return;
    }
    std::error_code ec;
    auto dbfSize = fs::file_size(dbf, ec);
    std::string head = readHead(dbf, 12);
    bool cutInHeader = head.size() < 12;
    if (!cutInHeader) {
        std::uint32_t headerLength = static_cast<unsigned char>(head[8]) | static_cast<unsigned char>(head[9]) << 8;
        cutInHeader = !ec && dbfSize < headerLength;  // cut inside its field descriptions
    }
    if (ec || cutInHeader) {
        warnings.push_back(path + ": " + fileName(dbf) + " is truncated (" + std::to_string(ec ? 0 : dbfSize) +
                           " bytes, shorter than its header): the features have no attributes");
        return;
    }
    std::uint32_t declared = readLe32(head, 4);
    std::uint32_t headerLength = static_cast<unsigned char>(head[8]) | static_cast<unsigned char>(head[9]) << 8;
    std::uint32_t recordLength = static_cast<unsigned char>(head[10]) | static_cast<unsigned char>(head[11]) << 8;
    std::string shx = sidecar(path, ".shx");
    std::string shxHead = shx.empty() ? std::string() : readHead(shx, 28);
    if (shxHead.size() == 28) {
        std::uint32_t words = static_cast<std::uint32_t>(static_cast<unsigned char>(shxHead[24])) << 24 |
                              static_cast<std::uint32_t>(static_cast<unsigned char>(shxHead[25])) << 16 |
                              static_cast<std::uint32_t>(static_cast<unsigned char>(shxHead[26])) << 8 |
                              static_cast<std::uint32_t>(static_cast<unsigned char>(shxHead[27]));
        std::uint64_t shapes = words >= 50 ? (static_cast<std::uint64_t>(words) * 2 - 100) / 8 : 0;
        if (shapes != declared)
            warnings.push_back(path + ": " + fileName(dbf) + " declares " + std::to_string(declared) +
                               " records but " + fileName(shx) + " indexes " + std::to_string(shapes) +
                               " shapes; " + std::to_string(featuresRead) + " feature(s) were read");
    }
    if (recordLength > 0 && headerLength > 0 && dbfSize >= headerLength) {
        std::uint64_t present = (dbfSize - headerLength) / recordLength;
        if (present < declared)
            warnings.push_back(path + ": " + fileName(dbf) + " is truncated: its header declares " +
                               std::to_string(declared) + " records, the file holds " + std::to_string(present) +
                               " whole records");
    }
}

FieldType convertFieldType(OGRFieldType t) {
    switch (t) {
        case OFTInteger:
        case OFTInteger64: return FieldType::Integer;
        case OFTReal: return FieldType::Real;
        case OFTDate:
        case OFTDateTime:
        case OFTTime: return FieldType::Date;
        default: return FieldType::String;
    }
}

// GDAL 3.6.2's LIBKML driver dies (SIGSEGV, fixed upstream later) on a
// gx:Track without <when>, taking the whole program with it. GDAL's own KML
// driver reads the points, lines and polygons of the same file safely and
// skips what it cannot (counted by skippedPlacemarks): KML and KMZ are read
// with it. A KMZ is a zip holding one .kml, read in place.
struct GdalTarget {
    std::string path;                  // what GDAL opens
    std::vector<const char*> drivers;  // allowed drivers, nullptr-terminated; empty = any
};

GdalTarget gdalTarget(const std::string& path) {
    const std::string ext = lowerExtension(path);
    if (ext != ".kml" && ext != ".kmz") return {path, {}};
    GdalTarget t{path, {"KML", nullptr}};
    if (ext == ".kmz") {
        const std::string zip = "/vsizip/" + path;
        char** entries = VSIReadDir(zip.c_str());
        std::string inner;
        for (char** e = entries; e && *e; ++e) {
            std::string name = *e;
            if (lowerExtension(name) == ".kml" && (inner.empty() || name == "doc.kml")) inner = name;
        }
        CSLDestroy(entries);
        if (inner.empty()) throw IoError("cannot open '" + path + "': the KMZ holds no .kml document");
        t.path = zip + "/" + inner;
    }
    return t;
}

// Placemarks of a KML document whose kind the KML driver does not read
// (GPS tracks, 3D models, ...): every <Placemark> minus the features read.
std::size_t skippedPlacemarks(const std::string& gdalPath, GDALDatasetH ds) {
    constexpr std::size_t kMaxScan = std::size_t{256} << 20;
    VSILFILE* f = VSIFOpenL(gdalPath.c_str(), "rb");
    if (!f) return 0;
    std::size_t placemarks = 0;
    std::string carry, chunk(1 << 16, '\0');
    std::size_t scanned = 0, n = 0;
    while (scanned < kMaxScan && (n = VSIFReadL(chunk.data(), 1, chunk.size(), f)) > 0) {
        scanned += n;
        std::string text = carry + chunk.substr(0, n);
        for (std::size_t at = text.find("<Placemark"); at != std::string::npos; at = text.find("<Placemark", at + 1))
            ++placemarks;
        carry = text.size() > 10 ? text.substr(text.size() - 10) : text;  // a tag cut by the chunk boundary
        if (carry.find("<Placemark") != std::string::npos) carry.clear();  // already counted
    }
    VSIFCloseL(f);
    GIntBig read = 0;
    for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i)
        read += std::max<GIntBig>(0, OGR_L_GetFeatureCount(GDALDatasetGetLayer(ds, i), 1));
    return placemarks > static_cast<std::size_t>(read) ? placemarks - static_cast<std::size_t>(read) : 0;
}

// Opening a FIFO or a device blocks for ever (or reads without end): the
// source and every file GDAL or we read beside it must be a regular file (a
// folder is a dataset for some formats). Sidecars are looked up as GDAL does.
void refuseIrregularFiles(const std::string& path) {
    auto check = [&](const fs::path& p, bool mustExist) {
        std::error_code ec;
        fs::file_status st = fs::status(p, ec);
        if (ec || !fs::exists(st)) {
            if (mustExist) throw IoError("cannot open '" + path + "': file not found");
            return;
        }
        if (!fs::is_regular_file(st) && !(p == fs::path(path) && fs::is_directory(st)))
            throw IoError("cannot open '" + path + "': " + (p == fs::path(path) ? std::string("it") : p.filename().string()) +
                          " is not a regular file (a pipe, socket or device), so it is not read");
    };
    if (path.rfind("/vsi", 0) == 0) return;  // GDAL's virtual paths: the project loader decides on them
    check(path, true);
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg", ".csvt", ".qix"})
        for (const std::string& e : {std::string(ext), [](std::string u) {
                                         for (auto& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                                         return u;
                                     }(ext)})
            check(fs::path(path).replace_extension(e), false);
}

// A PostgreSQL layer through GDAL's driver, on a connection the server
// keeps read-only (default_transaction_read_only): reading never writes,
// and an SQL layer cannot either, whatever it says.
DatasetPtr openPostgis(const std::string& path) {
    PgConnection connection;
    try {
        connection = parsePgConnection(path, "cannot read a PostgreSQL layer");
    } catch (const Error& e) {
        throw IoError(e.what());
    }
    const std::string name = connection.gdalName() + " options='-c default_transaction_read_only=on'";
    // GDAL fetches rows through a cursor, 500 at a time by default: larger
    // pages cut the round trips (a page of plots is a few MB).
    CPLSetThreadLocalConfigOption("OGR_PG_CURSOR_PAGE", "10000");
    GdalErrorCapture errors;
    const char* drivers[] = {"PostgreSQL", nullptr};
    DatasetPtr ds(GDALOpenEx(name.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!ds) {
        std::string reason = errors.last();
        throw IoError("cannot open " + connection.gdalName() + ": " +
                      (reason.empty() ? "GDAL's PostgreSQL driver cannot connect" : reason));
    }
    return ds;
}

DatasetPtr openDataset(const std::string& path, const ReadOptions& options) {
    registerGdalOnce();
    if (isPgName(path)) return openPostgis(path);
    refuseIrregularFiles(path);
    OptionList open;
    if (isDbfBased(path)) open.set("ENCODING", "");  // raw bytes: we decode them ourselves
    std::string ext = lowerExtension(path);
    if (ext == ".csv") {
        if (!options.wktField.empty()) open.set("GEOM_POSSIBLE_NAMES", options.wktField);
        if (!options.xField.empty()) open.set("X_POSSIBLE_NAMES", options.xField);
        if (!options.yField.empty()) open.set("Y_POSSIBLE_NAMES", options.yField);
        // The columns holding geometry are dropped in readLayer, not by GDAL:
        // GDAL 3.6 with KEEP_GEOM_COLUMNS=NO crashes (NULL dereference in
        // GetNextFeature) when the X column's name appears twice in the
        // header (found by tests/fuzz/fuzz_csv).
        open.set("KEEP_GEOM_COLUMNS", "YES");
        open.set("EMPTY_STRING_AS_NULL", "YES");
    }
    // Office spreadsheets have a header row; GDAL cannot tell when every cell
    // is text, and its XLSX/ODS drivers take this as a config option only.
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
    CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", "FORCE");
    // Reading never writes: no .shx rebuilt beside a source (GDAL's default, made explicit),
    // no .properties file beside a .gz GDAL has inflated to its end.
    CPLSetThreadLocalConfigOption("SHAPE_RESTORE_SHX", "NO");
    CPLSetThreadLocalConfigOption("CPL_VSIL_GZIP_WRITE_PROPERTIES", "NO");
    GdalErrorCapture errors;
    // Reading never writes beside a source: no .gfs schema file for a GML.
    if (lowerExtension(path) == ".gml") open.set("WRITE_GFS", "NO");
    const GdalTarget target = gdalTarget(path);
    DatasetPtr ds(GDALOpenEx(target.path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                             target.drivers.empty() ? nullptr : target.drivers.data(), open.get(), nullptr));
    if (!ds) {
        std::string reason = errors.last();
        if (lowerExtension(path) == ".shp") reason = explainShapefileOpenFailure(path, reason);
        throw IoError("cannot open '" + path + "': " +
                      (reason.empty() ? "not a vector format GDAL can read" : reason));
    }
    return ds;
}

// openDataset for a layer about to be read: every file GDAL will open for it
// is checked against options.reach before (the layer's sidecars, a VRT's
// sources, read from its XML) and after (GDAL's own list of the files it
// opened), and compressed ones are measured against options.limits.
DatasetPtr openWithinReach(const std::string& path, const ReadOptions& options) {
    checkReachBeforeOpen(path, options.reach, options.limits, options.keepReading);
    DatasetPtr ds = openDataset(path, options);
    std::vector<std::string> opened;
    char** list = GDALGetFileList(ds.get());
    for (char** f = list; f && *f; ++f) opened.emplace_back(*f);
    CSLDestroy(list);
    checkFilesOpened(path, opened, options.reach);
    return ds;
}

struct RawText {
    int feature;
    int field;
    std::string bytes;
};

// Why an encoding the user set for a layer (project "encoding", --encoding)
// looks wrong for its text, or "" when nothing speaks against it. A forced
// encoding is trusted, never replaced, but a setting that contradicts the
// .cpg, yields undecodable bytes or reads as implausible Vietnamese is said.
std::string doubtAboutForcedEncoding(const std::string& path, TextEncoding forced, std::optional<TextEncoding> declared,
                                     const std::vector<std::string>& samples, std::string& better) {
    std::vector<std::string> reasons;
    if (declared && *declared != forced) reasons.push_back(std::string("its .cpg says ") + toString(*declared));
    std::size_t undecodable = 0;
    for (const auto& s : samples)
        if (decodeToUtf8(s, forced).find("\xEF\xBF\xBD") != std::string::npos) ++undecodable;
    if (undecodable > 0)
        reasons.push_back(std::to_string(undecodable) + " text value(s) hold bytes " + toString(forced) +
                          " cannot decode (shown as U+FFFD)");
    const std::vector<EncodingScore> scores = scoreEncodings(samples);
    const EncodingScore* mine = nullptr;
    for (const auto& s : scores)
        if (s.encoding == forced) mine = &s;
    auto percent = [](double fraction) { return std::to_string(static_cast<int>(std::lround(fraction * 100))) + "%"; };
    // Implausible: under half the words are syllables, or the best candidate
    // reads clearly better (the detector's own confidence margin).
    constexpr double kClearlyBetter = 0.15;
    if (mine && !scores.empty() && scores[0].encoding != forced &&
        (mine->syllables < 0.5 || scores[0].score - mine->score >= kClearlyBetter))
        reasons.push_back("only " + percent(mine->syllables) + " of its " + std::to_string(mine->words) +
                          " non-ASCII words decode to valid Vietnamese syllables");
    if (reasons.empty()) return {};
    std::string text = path + ": the text encoding " + toString(forced) +
                       " was set for this layer (project \"encoding\" or --encoding), but ";
    for (std::size_t i = 0; i < reasons.size(); ++i)
        text += (i == 0 ? "" : i + 1 == reasons.size() ? " and " : ", ") + reasons[i];
    if (!scores.empty() && scores[0].encoding != forced) better = toString(scores[0].encoding);
    if (!better.empty())
        text += "; " + std::string(toString(scores[0].encoding)) + " reads better (" + percent(scores[0].syllables) +
                " valid syllables): set \"encoding\": \"" + toString(scores[0].encoding) +
                "\" if the names look wrong";
    else if (!scores.empty())
        text += "; the text itself reads best as " + std::string(toString(forced)) + " (" +
                percent(scores[0].syllables) + " valid syllables), so the setting is probably right";
    return text;
}

// The encoding to decode a layer's raw text with: the user's override, else
// the .cpg if its text decodes cleanly, else the detector's best guess.
TextEncoding chooseTextEncoding(const std::string& path, const ReadOptions& options, const std::vector<RawText>& raw,
                                Layer& layer) {
    layer.encodingGuessed = false;
    std::vector<std::string> samples;
    bool anyNonAscii = false;
    for (const auto& r : raw) {
        for (unsigned char c : r.bytes)
            if (c >= 0x80) {
                anyNonAscii = true;
                break;
            }
        if (samples.size() < 2000) samples.push_back(r.bytes);
    }
    auto declared = cpgEncoding(path);
    if (!options.encodingOverride.empty()) {
        auto forced = parseTextEncoding(options.encodingOverride);
        if (!forced) throw IoError(path + ": unknown text encoding '" + options.encodingOverride + "'");
        layer.encodingDoubt = doubtAboutForcedEncoding(path, *forced, declared, samples, layer.encodingBetter);
        if (!layer.encodingDoubt.empty()) layer.warnings.push_back({layer.encodingDoubt, WarningKind::EncodingDoubt});
        return *forced;
    }
    if (!anyNonAscii) return declared.value_or(TextEncoding::Utf8);
    EncodingGuess guess = detectEncoding(samples);
    if (declared && *declared == guess.encoding) return *declared;
    if (declared && guess.confidence < 0.5) return *declared;
    layer.encodingGuessed = true;
    layer.warnings.push_back({path + ": text encoding guessed as " + toString(guess.encoding) +
                                  (declared ? std::string(" (the .cpg says ") + toString(*declared) + ")" : " (no .cpg)") +
                                  ": " + guess.explanation,
                              WarningKind::EncodingGuess});
    return guess.encoding;
}

// How GDAL's features become ours: which GDAL fields are our attributes.
struct FeatureReading {
    std::string label;                                        // the layer, for messages
    bool dbf = false;                                         // text kept raw (decoded later)
    std::vector<int> ogrIndex;                                // our field k is GDAL's ogrIndex[k]
    std::vector<std::pair<std::string, int>> geometryIndex;  // CSV geometry column → GDAL field
    const std::vector<Field>* fields = nullptr;
    // Spreadsheets: the GDAL fields holding x, y and WKT (-1 = not mapped),
    // made into geometry by geometryFromCells; names for messages.
    bool cellGeometry = false;
    int xIndex = -1, yIndex = -1, wktIndex = -1;
    std::string xName{}, yName{}, wktName{};
    const ReadOptions::Part* part = nullptr;                  // read only part of the layer
};

// Is a feature read outside the part of the layer asked for? Spreadsheet
// rows are judged once their cells have made a geometry.
bool outsidePart(OGRFeatureH f, const FeatureReading& how) {
    if (!how.part || how.cellGeometry) return false;
    Envelope e;
    if (OGRGeometryH g = OGR_F_GetGeometryRef(f); g && !OGR_G_IsEmpty(g)) {
        OGREnvelope oe;
        OGR_G_GetEnvelope(g, &oe);
        e = {oe.MinX, oe.MinY, oe.MaxX, oe.MaxY};
    }
    return !how.part->keep(OGR_F_GetFID(f), e);
}

// With a spatial index, the features of a part's area only are read at all.
void restrictToPart(OGRLayerH l, const FeatureReading& how) {
    if (!how.part || how.part->within.isNull() || !OGR_L_TestCapability(l, OLCFastSpatialFilter)) return;
    const Envelope& w = how.part->within;
    OGR_L_SetSpatialFilterRect(l, w.minX, w.minY, w.maxX, w.maxY);
}

// A mapped cell as text for messages, cut to a readable length.
std::string cellText(OGRFeatureH f, int gi) {
    if (gi < 0 || !OGR_F_IsFieldSetAndNotNull(f, gi)) return {};
    std::string text = toNfc(OGR_F_GetFieldAsString(f, gi));
    if (text.size() > 60) text = text.substr(0, 60) + "…";
    return text;
}

// The number in a coordinate cell: a numeric cell as GDAL read it, a text
// cell through parseDecimalText (decimal commas, digit grouping).
std::optional<double> cellNumber(OGRFeatureH f, int gi) {
    if (gi < 0 || !OGR_F_IsFieldSetAndNotNull(f, gi)) return std::nullopt;
    OGRFieldType type = OGR_Fld_GetType(OGR_F_GetFieldDefnRef(f, gi));
    if (type == OFTReal || type == OFTInteger || type == OFTInteger64) {
        double v = OGR_F_GetFieldAsDouble(f, gi);
        return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
    }
    return parseDecimalText(OGR_F_GetFieldAsString(f, gi));
}

// The geometry a spreadsheet row gives in its mapped cells: a point from x
// and y, else the WKT. A row whose cells are set but cannot be made into a
// geometry is left without one, with a warning naming the sheet row (GDAL's
// FID of a spreadsheet row is its row number, the header being row 1).
Geometry geometryFromCells(OGRFeatureH f, const FeatureReading& how, std::vector<LayerWarning>& warnings) {
    const std::string row = how.label + ", row " + std::to_string(OGR_F_GetFID(f));
    std::string xText = cellText(f, how.xIndex), yText = cellText(f, how.yIndex);
    if (!xText.empty() || !yText.empty()) {
        auto x = cellNumber(f, how.xIndex), y = cellNumber(f, how.yIndex);
        if (x && y) return Geometry::point({*x, *y});
        warnings.push_back(row + ": no point could be made from " + how.xName + " = '" + xText + "', " + how.yName +
                           " = '" + yText + "' (each must be one number, e.g. 105.97 or 105,97): correct the cells, "
                           "or the row counts in no zone");
        return {};
    }
    std::string wkt = cellText(f, how.wktIndex);
    if (wkt.empty()) return {};
    std::string full = OGR_F_GetFieldAsString(f, how.wktIndex);
    char* cursor = full.data();
    OGRGeometryH parsed = nullptr;
    if (OGR_G_CreateFromWkt(&cursor, nullptr, &parsed) != OGRERR_NONE || !parsed) {
        if (parsed) OGR_G_DestroyGeometry(parsed);
        warnings.push_back(row + ": no geometry could be made from " + how.wktName + " = '" + wkt +
                           "' (not WKT GDAL can read): correct the cell, or the row counts in no zone");
        return {};
    }
    OgrGeometryPtr owned(parsed);
    return detail::fromOgrGeometry(owned.get());
}

// Read the features of ogrLayer from where its reading stands, appending to
// features; GDAL's messages become warnings naming the feature.
// Every feature is counted in budget, which stops the read (asker: this is
// the thread that called readLayer).
void readFeatures(OGRLayerH ogrLayer, const FeatureReading& how, std::vector<Feature>& features,
                  std::vector<LayerWarning>& warnings, std::vector<RawText>& raw, ReadBudget& budget, bool asker) {
    const int fieldCount = static_cast<int>(how.ogrIndex.size());
    GdalErrorCapture errors;
    std::vector<std::int64_t> footprintFids;
    for (;;) {
        FeaturePtr f(OGR_L_GetNextFeature(ogrLayer));
        // GDAL's messages while reading a feature concern that feature: name it
        // by its FID (what GIS tools show), and say when its geometry is lost.
        auto messages = errors.take();
        for (std::size_t m = 0; m < messages.size(); ++m) {
            std::string where = f ? "feature FID " + std::to_string(OGR_F_GetFID(f.get()))
                                  : "reading stopped after " + std::to_string(features.size()) + " feature(s)";
            std::string what = messages[m];
            if (what.rfind("Non closed ring detected", 0) == 0)  // GDAL's advice names a config option
                what = "a polygon ring is not closed (its last point is not its first)";
            if (f && m + 1 == messages.size() && !OGR_F_GetGeometryRef(f.get()))
                what += " (its geometry could not be read: the file may be truncated or damaged)";
            warnings.push_back(how.label + ", " + where + ": " + what);
        }
        if (!f) break;
        if (outsidePart(f.get(), how)) continue;
        Feature feature;
        feature.fid = OGR_F_GetFID(f.get());
        feature.attributes.resize(static_cast<std::size_t>(fieldCount));
        int featureIndex = static_cast<int>(features.size());
        const std::size_t rawStart = raw.size();
        std::uint64_t rawBytes = 0;
        for (int i = 0; i < fieldCount; ++i) {
            int gi = how.ogrIndex[static_cast<std::size_t>(i)];
            if (!OGR_F_IsFieldSetAndNotNull(f.get(), gi)) continue;
            auto& value = feature.attributes[static_cast<std::size_t>(i)];
            switch ((*how.fields)[static_cast<std::size_t>(i)].type) {
                case FieldType::Integer: {
                    // GDAL truncates "1234.5" in an integer column: keep such a cell as
                    // its text, so that whoever reads it as a number says it is not one.
                    const char* text = OGR_F_GetFieldAsString(f.get(), gi);
                    if (text && std::strpbrk(text, ".,eE"))
                        value = toNfc(text);
                    else
                        value = static_cast<std::int64_t>(OGR_F_GetFieldAsInteger64(f.get(), gi));
                    break;
                }
                case FieldType::Real: value = OGR_F_GetFieldAsDouble(f.get(), gi); break;
                default: {
                    std::string text = OGR_F_GetFieldAsString(f.get(), gi);
                    if (how.dbf) {
                        rawBytes += sizeof(RawText) + text.size();
                        raw.push_back({featureIndex, i, std::move(text)});
                    } else {
                        value = toNfc(text);
                    }
                }
            }
        }
        // A 3D solid or surface is measured by its footprint, and said so.
        if (OGRGeometryH g = OGR_F_GetGeometryRef(f.get()); detail::holdsFacetedSurface(g)) {
            feature.geometry = detail::surfaceFootprint(g, how.label + ", feature FID " + std::to_string(feature.fid));
            footprintFids.push_back(feature.fid);
        } else {
            feature.geometry = detail::fromOgrGeometry(g);
        }
        // GDAL leaves a row whose WKT or X/Y it cannot parse without geometry, silently.
        if (!OGR_F_GetGeometryRef(f.get())) {
            std::string given;
            for (const auto& [name, gi] : how.geometryIndex)
                if (OGR_F_IsFieldSetAndNotNull(f.get(), gi)) {
                    std::string text = toNfc(OGR_F_GetFieldAsString(f.get(), gi));
                    if (text.size() > 60) text = text.substr(0, 60) + "…";
                    given += (given.empty() ? "" : ", ") + name + " = '" + text + "'";
                }
            if (!given.empty())
                warnings.push_back(how.label + ", feature FID " + std::to_string(feature.fid) +
                                   ": no geometry could be made from " + given);
        }
        if (how.cellGeometry) {
            feature.geometry = geometryFromCells(f.get(), how, warnings);
            if (how.part && !how.part->keep(feature.fid, feature.geometry.envelope())) {
                raw.resize(rawStart);  // its text, kept for decoding, goes too
                continue;
            }
        }
        budget.count(feature, rawBytes, asker);
        features.push_back(std::move(feature));
    }
    if (!footprintFids.empty()) warnings.push_back(detail::footprintNote(how.label, footprintFids));
}

// A large GeoPackage layer is read by every core, each over its own range of
// FIDs through its own connection (a GDAL dataset is one thread's): GDAL's
// decoding is most of the reading time. The ranges are joined in FID order,
// which is the order one connection reads them in. Returns false, having
// read nothing, when the layer is not such a layer.
bool readInParallel(GDALDatasetH ds, OGRLayerH ogrLayer, const std::string& path, const ReadOptions& options,
                    const FeatureReading& how, Layer& layer, ReadBudget& budget) {
    // VT_PARALLEL_READ_FROM lowers the bar (tests read small layers both ways).
    const char* from = std::getenv("VT_PARALLEL_READ_FROM");
    const GIntBig kMinFeatures = from && std::atoll(from) >= 1 ? std::atoll(from) : 50000;
    const unsigned workers = workerCount();
    GDALDriverH driver = GDALGetDatasetDriver(ds);
    const std::string driverName = driver ? GDALGetDriverShortName(driver) : "";
    // A PostgreSQL table (not an SQL layer) is read so too: each worker's
    // cursor over its key range, the server decoding in parallel as well.
    const bool pg = driverName == "PostgreSQL" && options.sql.empty() && !options.layerName.empty();
    if (workers < 2 || how.dbf || (driverName != "GPKG" && !pg)) return false;
    std::string fidColumn = OGR_L_GetFIDColumn(ogrLayer);
    const GIntBig count = fidColumn.empty() ? 0 : OGR_L_GetFeatureCount(ogrLayer, 0);
    if (fidColumn.empty() || count < kMinFeatures) return false;
    auto quoted = [](const std::string& name) { return quotePgIdentifier(name); };  // SQLite quotes alike
    const std::string table = pg ? parsePgTableName(options.layerName, path).quoted() : quoted(layer.name);
    GIntBig lo = 0, hi = -1;
    {
        std::string sql = "SELECT MIN(" + quoted(fidColumn) + "), MAX(" + quoted(fidColumn) + ") FROM " + table;
        OGRLayerH result = GDALDatasetExecuteSQL(ds, sql.c_str(), nullptr, nullptr);
        if (!result) return false;
        FeaturePtr f(OGR_L_GetNextFeature(result));
        if (f && OGR_F_IsFieldSetAndNotNull(f.get(), 0) && OGR_F_IsFieldSetAndNotNull(f.get(), 1)) {
            lo = OGR_F_GetFieldAsInteger64(f.get(), 0);
            hi = OGR_F_GetFieldAsInteger64(f.get(), 1);
        }
        f.reset();
        GDALDatasetReleaseResultSet(ds, result);
    }
    if (hi < lo) return false;
    // A few ranges per core, so that one slow range does not hold up the rest.
    const std::size_t ranges = std::size_t{workers} * 4;
    const GIntBig span = (hi - lo) / static_cast<GIntBig>(ranges) + 1;
    struct Part {
        std::vector<Feature> features;
        std::vector<LayerWarning> warnings;
    };
    std::vector<Part> parts(ranges);
    // Dense FIDs (a layer written once, or barely edited) put about span
    // features in a range: its vector is sized once instead of doubling, which
    // copies the features and leaves freed blocks as large as the layer behind.
    const bool dense = !how.part && count >= (hi - lo + 1) / 10 * 9;
    // A GeoPackage's rows straight from SQLite, when every field maps as GDAL's
    // would (a part's spatial filter stays GDAL's: the R-tree and its exact test).
    std::string whyNotDirect;
    const std::optional<GpkgRowPlan> direct =
        driverName == "GPKG" && (!how.part || how.part->within.isNull())
            ? planGpkgRows(path, how.label, ogrLayer, how.ogrIndex, whyNotDirect)
            : std::nullopt;
    std::vector<std::unique_ptr<GpkgRowReader>> readers(workers);
    std::vector<DatasetPtr> connections(workers);
    parallelFor(ranges, 1, workers, [&](unsigned w, std::size_t b, std::size_t e) {
        if (direct) {
            if (!readers[w]) readers[w] = std::make_unique<GpkgRowReader>(*direct);
            for (std::size_t r = b; r < e; ++r) {
                GIntBig from = lo + static_cast<GIntBig>(r) * span, to = from + span;  // [from, to)
                if (dense) parts[r].features.reserve(static_cast<std::size_t>(std::max<GIntBig>(0, std::min(to, hi + 1) - from)));
                readers[w]->read(from, to, how.part, parts[r].features, parts[r].warnings, budget, w == 0);
            }
            return;
        }
        if (!connections[w]) connections[w] = openDataset(path, options);
        OGRLayerH l = GDALDatasetGetLayerByName(connections[w].get(), layer.name.c_str());
        if (!l) throw IoError("cannot read '" + path + "' again: layer '" + layer.name + "' is gone");
        for (std::size_t r = b; r < e; ++r) {
            GIntBig from = lo + static_cast<GIntBig>(r) * span, to = from + span;  // [from, to)
            std::string filter = quoted(fidColumn) + " >= " + std::to_string(from) + " AND " + quoted(fidColumn) +
                                 " < " + std::to_string(to);
            if (OGR_L_SetAttributeFilter(l, filter.c_str()) != OGRERR_NONE)
                throw IoError("cannot read '" + path + "': GDAL refused the FID range " + filter);
            restrictToPart(l, how);
            OGR_L_ResetReading(l);
            std::vector<RawText> unused;  // GeoPackage text is UTF-8, decoded as read
            if (dense) parts[r].features.reserve(static_cast<std::size_t>(std::max<GIntBig>(0, std::min(to, hi + 1) - from)));
            readFeatures(l, how, parts[r].features, parts[r].warnings, unused, budget, w == 0);
        }
    });
    std::size_t total = 0;
    for (const auto& p : parts) total += p.features.size();
    layer.features.reserve(total);
    for (auto& p : parts) {
        std::move(p.features.begin(), p.features.end(), std::back_inserter(layer.features));
        std::vector<Feature>().swap(p.features);  // its moved-from shells, freed before the next part's join
        layer.warnings.insert(layer.warnings.end(), p.warnings.begin(), p.warnings.end());
    }
    return true;
}

// Swap the coordinates when the user says they are latitude first; else
// check degrees (declared, or no CRS at all) for the latitude-first look.
void applyAxisOrder(Layer& layer, const ReadOptions& options) {
    if (!options.axisOrder.empty()) {
        auto order = parseAxisOrder(options.axisOrder);
        if (!order)
            throw IoError(layer.label() + ": unknown axis order '" + options.axisOrder + "' (lon_lat or lat_lon)");
        if (*order == AxisOrder::LatLon) {
            for (auto& f : layer.features) swapAxes(f.geometry);
            layer.axesSwapped = true;
        }
        return;
    }
    if (!layer.crs.isKnown() || layer.crs.isGeographic) layer.axesLookSwapped = looksLatitudeFirst(layer.extent());
}

// A spreadsheet's x/y (or WKT) columns, which the project names: found in
// the header (case-insensitive), or an error naming the sheet's columns.
void mapSpreadsheetGeometry(const std::string& path, OGRFeatureDefnH defn, const ReadOptions& options,
                            FeatureReading& how) {
    if (options.xField.empty() != options.yField.empty())
        throw IoError("cannot read '" + path + "': the project maps only one coordinate column (" +
                      (options.xField.empty() ? "y = '" + options.yField : "x = '" + options.xField) +
                      "'); set both \"x\" and \"y\" fields of the layer");
    std::string columns;
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        columns += std::string(columns.empty() ? "" : ", ") + OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i));
    auto find = [&](const std::string& name, const char* role) {
        if (name.empty()) return -1;
        for (const auto& [g, i] : how.geometryIndex)
            if (g == name) return i;
        throw IoError("cannot read '" + path + "': the column '" + name + "' named for the " + role +
                      " is not in the sheet (columns: " + (columns.empty() ? "none" : columns) +
                      "); correct the layer's fields in the project");
    };
    how.cellGeometry = true;
    how.xIndex = find(options.xField, "x coordinate");
    how.yIndex = find(options.yField, "y coordinate");
    how.wktIndex = find(options.wktField, "WKT geometry");
    how.xName = options.xField;
    how.yName = options.yField;
    how.wktName = options.wktField;
    how.geometryIndex.clear();  // GDAL made no geometry from them: not its failure to report
}

// GDAL's CSV reader stops at a line longer than its limit (10 MB) or at a
// quote that never closes, and every later row is lost with only a warning.
// The rows of the file, counted here (a newline inside quotes is part of its
// field; blank lines are no rows), must all have been read.
void refuseShortCsvRead(const std::string& path, std::size_t rowsRead) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return;  // GDAL read it; nothing to compare with
    std::size_t records = 0;
    bool inQuotes = false, lineHasText = false;
    char buf[1 << 16];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        for (std::streamsize i = 0; i < in.gcount(); ++i) {
            char c = buf[i];
            if (c == '"') inQuotes = !inQuotes;
            if (c == '\n' && !inQuotes) {
                records += lineHasText;
                lineHasText = false;
            } else if (c != '\r') {
                lineHasText = true;
            }
        }
    }
    records += lineHasText;  // a last row without a newline
    std::size_t rows = records > 0 ? records - 1 : 0;  // the header is no row
    if (rowsRead < rows)
        throw IoError("cannot use '" + path + "': it holds " + std::to_string(rows) + " rows but only " +
                      std::to_string(rowsRead) + " could be read (reading stopped at row " + std::to_string(rowsRead + 1) +
                      ": a line longer than GDAL's limit of 10 MB, or a quote that never closes); correct that row, "
                      "for nothing is computed from part of a table");
}

// The result layer of an SQL query, released before its dataset closes.
class SqlLayer {
public:
    explicit SqlLayer(GDALDatasetH ds) : ds_(ds) {}
    ~SqlLayer() {
        if (layer_) GDALDatasetReleaseResultSet(ds_, layer_);
    }
    SqlLayer(const SqlLayer&) = delete;
    SqlLayer& operator=(const SqlLayer&) = delete;
    OGRLayerH run(const std::string& sql) {
        layer_ = GDALDatasetExecuteSQL(ds_, sql.c_str(), nullptr, nullptr);
        return layer_;
    }

private:
    GDALDatasetH ds_;
    OGRLayerH layer_ = nullptr;
};

}  // namespace

std::vector<std::string> listLayers(const std::string& path, const SourceReach& reach) {
    ReadOptions options;
    options.reach = reach;
    DatasetPtr ds = openWithinReach(path, options);
    std::vector<std::string> names;
    int n = GDALDatasetGetLayerCount(ds.get());
    for (int i = 0; i < n; ++i) names.emplace_back(OGR_L_GetName(GDALDatasetGetLayer(ds.get(), i)));
    return names;
}

std::int64_t countFeaturesCheaply(const std::string& path, const ReadOptions& options) {
    DatasetPtr ds = openWithinReach(path, options);
    OGRLayerH l = options.layerName.empty() ? GDALDatasetGetLayer(ds.get(), 0)
                                            : GDALDatasetGetLayerByName(ds.get(), options.layerName.c_str());
    if (!l || !OGR_L_TestCapability(l, OLCFastFeatureCount)) return -1;
    return OGR_L_GetFeatureCount(l, 0);
}

Layer readLayer(const std::string& path, const ReadOptions& options) {
    // A set an interrupted export left half-replaced is refused (atomic_file.h).
    std::optional<std::string> interruptedWrite =
        isPgName(path) ? std::nullopt : checkNotHalfReplaced(path);
    DatasetPtr ds = openWithinReach(path, options);
    const bool pg = isPgName(path);
    if (!options.sql.empty() && !pg)
        throw IoError("cannot read '" + path + "': an SQL query is read from a PostgreSQL layer only");
    // PostgreSQL: "schema.table" as written in the project (quotes allowed)
    // becomes the layer name GDAL's driver gives it.
    const std::string wanted = pg && !options.layerName.empty()
                                   ? parsePgTableName(options.layerName, "cannot read " + path).gdalLayerName()
                                   : options.layerName;
    SqlLayer sqlLayer(ds.get());
    OGRLayerH ogrLayer = nullptr;
    if (!options.sql.empty()) {
        GdalErrorCapture errors;
        ogrLayer = sqlLayer.run(options.sql);
        if (!ogrLayer)
            throw IoError("cannot read " + path + ": its SQL query failed: " +
                          (errors.last().empty() ? std::string("the server gave no reason") : errors.last()));
    } else {
        ogrLayer = wanted.empty() ? GDALDatasetGetLayer(ds.get(), 0) : GDALDatasetGetLayerByName(ds.get(), wanted.c_str());
    }
    if (!ogrLayer) {
        std::string available;
        for (int i = 0; i < GDALDatasetGetLayerCount(ds.get()); ++i)
            available += std::string(available.empty() ? "" : ", ") + OGR_L_GetName(GDALDatasetGetLayer(ds.get(), i));
        throw IoError("cannot read '" + path + "': no layer '" + options.layerName + "'" +
                      (available.empty() ? " (the source has no layers)" : " (layers: " + available + ")"));
    }

    Layer layer;
    layer.sourcePath = path;
    layer.name = OGR_L_GetName(ogrLayer);
    if (interruptedWrite) layer.warnings.push_back(*interruptedWrite);
    // Text kept as raw bytes and decoded once its encoding is chosen: DBF
    // text always, a CSV's when the user set its encoding (GDAL passes CSV
    // bytes through; the other formats are UTF-8 by definition).
    const bool csv = lowerExtension(path) == ".csv";
    const bool dbf = isDbfBased(path) || (csv && !options.encodingOverride.empty());

    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(ogrLayer);
    // A CSV's geometry columns (WKT, X, Y) are not attributes. A name that
    // appears twice is ambiguous (GDAL would take the last): an error.
    std::vector<std::string> geometryColumns;
    if (lowerExtension(path) == ".csv" || isSpreadsheet(path))
        for (const std::string* name : {&options.wktField, &options.xField, &options.yField})
            if (!name->empty()) geometryColumns.push_back(*name);
    auto sameName = [](std::string_view a, std::string_view b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
               });
    };
    std::vector<int> ogrIndex;  // our field k is GDAL's field ogrIndex[k]
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH fd = OGR_FD_GetFieldDefn(defn, i);
        std::string name = OGR_Fld_GetNameRef(fd);
        bool isGeometryColumn = false;
        for (const auto& g : geometryColumns)
            if (sameName(name, g)) isGeometryColumn = true;
        if (isGeometryColumn) continue;
        ogrIndex.push_back(i);
        layer.fields.push_back({name, convertFieldType(OGR_Fld_GetType(fd))});
    }
    for (const auto& g : geometryColumns) {
        int count = 0;
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
            if (sameName(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)), g)) ++count;
        if (count > 1)
            throw IoError("cannot read '" + path + "': the column '" + g + "' named for the geometry appears " +
                          std::to_string(count) + " times in the header, so it is not clear which to use");
    }
    std::vector<std::pair<std::string, int>> geometryIndex;  // column name → GDAL field
    for (const auto& g : geometryColumns)
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
            if (sameName(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)), g)) geometryIndex.emplace_back(g, i);

    FeatureReading how{layer.label(), dbf, ogrIndex, geometryIndex, &layer.fields};
    if (options.part) how.part = &*options.part;
    if (isSpreadsheet(path) && !geometryColumns.empty()) mapSpreadsheetGeometry(path, defn, options, how);
    std::vector<RawText> raw;  // DBF text, decoded once the encoding is known
    ReadBudget budget(layer.label(), options.limits.maxHeldBytes, options.keepReading);
    budget.checkNow();
    if (!readInParallel(ds.get(), ogrLayer, path, options, how, layer, budget)) {
        restrictToPart(ogrLayer, how);
        OGR_L_ResetReading(ogrLayer);
        readFeatures(ogrLayer, how, layer.features, layer.warnings, raw, budget, true);
    }

    if (dbf) {
        TextEncoding enc = chooseTextEncoding(path, options, raw, layer);
        layer.encoding = toString(enc);
        for (auto& r : raw)
            layer.features[static_cast<std::size_t>(r.feature)].attributes[static_cast<std::size_t>(r.field)] =
                decodeToUtf8(r.bytes, enc);
        for (auto& field : layer.fields) field.name = decodeToUtf8(field.name, enc);
    } else {
        layer.encoding = "UTF-8";
        if (!options.encodingOverride.empty()) {
            layer.encodingDoubt = path + ": the text encoding " + options.encodingOverride +
                                  " was set for this layer (project \"encoding\" or --encoding), but this format "
                                  "stores its text as UTF-8, so the setting is ignored: remove it";
            layer.encodingSettingIgnored = true;
            layer.warnings.push_back({layer.encodingDoubt, WarningKind::EncodingDoubt});
        }
    }

    if (lowerExtension(path) == ".shp") checkShapefileSidecars(path, layer.features.size(), layer.warnings);
    if (const std::string ext = lowerExtension(path); ext == ".kml" || ext == ".kmz") {
        if (std::size_t skipped = skippedPlacemarks(gdalTarget(path).path, ds.get()))
            layer.warnings.push_back(path + ": " + std::to_string(skipped) +
                                     " placemark(s) could not be read: only points, lines and polygons are (GPS tracks "
                                     "such as gx:Track and 3D models are not); convert them to lines to include them");
    }

    // A part has fewer features than the file by design: no count is compared.
    if (lowerExtension(path) == ".csv" && !options.part) refuseShortCsvRead(path, layer.features.size());

    GIntBig declared = options.part ? -1 : OGR_L_GetFeatureCount(ogrLayer, 0);
    if (declared >= 0 && static_cast<std::size_t>(declared) != layer.features.size())
        layer.warnings.push_back(layer.label() + ": the header declares " + std::to_string(declared) +
                                 " features but " + std::to_string(layer.features.size()) + " could be read");

    if (layer.features.empty() && !options.allowEmpty && !options.part)
        throw IoError("cannot use '" + path + "': layer '" + layer.name + "' has no features");

    // CRS: the override, else the source's, else a guess that says it is one.
    if (!options.crsOverride.empty()) {
        layer.crs = describeCrs(options.crsOverride);
    } else if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(ogrLayer)) {
        char* wkt = nullptr;
        const char* wktOptions[] = {"FORMAT=WKT2_2019", nullptr};
        if (OSRExportToWktEx(srs, &wkt, wktOptions) == OGRERR_NONE && wkt) {
            std::string definition = wkt;
            CPLFree(wkt);
            try {
                layer.crs = describeCrs(definition);
            } catch (const CrsError& e) {
                throw CrsError(layer.label() + ": " + e.what());
            }
        } else {
            CPLFree(wkt);
        }
    }
    applyAxisOrder(layer, options);
    bool hasGeometry = false;
    for (const auto& f : layer.features)
        if (f.geometry.kind != GeometryKind::None) hasGeometry = true;
    // Latitude-first degrees fit no CRS as stored: normalise says what to do.
    if (!layer.crs.isKnown() && hasGeometry && !layer.axesLookSwapped) {
        layer.crs = inferCrs(layer.extent(), options.provinceCrsHint);
        if (layer.crs.isKnown())
            layer.warnings.push_back({layer.label() + ": no CRS in the source; guessed " + layer.crs.name + " (" +
                                          layer.crs.authorityCode + "): " + layer.crs.inferenceReason,
                                      WarningKind::CrsGuess});
        else
            layer.warnings.push_back({layer.label() + ": no CRS in the source, and the coordinates fit no CRS we "
                                          "know; set one in the project",
                                      WarningKind::CrsUnknown});
    }
    return layer;
}

}  // namespace geo
