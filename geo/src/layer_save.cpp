#include "geo/layer_save.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <set>

#include <cpl_string.h>

#include "geo/atomic_file.h"
#include "geo/geometry_walk.h"
#include "geo/text_encode.h"
#include "layer_save_internal.h"
#include "ogr_geometry.h"

namespace geo {
namespace fs = std::filesystem;

namespace {

std::string lowerExtension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

bool isDbfBased(const fs::path& p) {
    const std::string ext = lowerExtension(p);
    return ext == ".shp" || ext == ".dbf";
}

struct EvpDeleter {
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};

// SHA-256 of a file's content, hex. Throws IoError naming the file.
std::string sha256OfFile(const fs::path& path) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!in) throw IoError("cannot read '" + path.string() + "': " + std::strerror(errno));
    std::unique_ptr<EVP_MD_CTX, EvpDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        throw Error("cannot hash '" + path.string() + "': OpenSSL cannot start SHA-256");
    std::vector<unsigned char> buffer(1 << 20);
    for (;;) {
        std::size_t n = std::fread(buffer.data(), 1, buffer.size(), in.get());
        if (n > 0 && EVP_DigestUpdate(ctx.get(), buffer.data(), n) != 1)
            throw Error("cannot hash '" + path.string() + "': OpenSSL's SHA-256 failed");
        if (n < buffer.size()) {
            if (std::ferror(in.get())) throw IoError("cannot read '" + path.string() + "': " + std::strerror(errno));
            break;
        }
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
        throw Error("cannot hash '" + path.string() + "': OpenSSL's SHA-256 failed");
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 15];
    }
    return out;
}

SourceStamp::File stampFile(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) throw IoError("cannot read '" + path.string() + "': " + std::strerror(errno));
    SourceStamp::File f;
    f.path = path;
    f.size = static_cast<std::uintmax_t>(st.st_size);
    f.modifiedNs = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    f.sha256 = sha256OfFile(path);
    return f;
}

// The source opened read-only, its DBF text as raw bytes (as the reader does).
detail::DatasetPtr openSource(const fs::path& path, unsigned flags) {
    detail::registerGdalOnce();
    detail::OptionList open;
    if (isDbfBased(path)) open.set("ENCODING", "");
    // Opening never writes: no .shx rebuilt beside the source.
    CPLSetThreadLocalConfigOption("SHAPE_RESTORE_SHX", "NO");
    detail::GdalErrorCapture errors;
    detail::DatasetPtr ds(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | flags, nullptr, open.get(), nullptr));
    CPLSetThreadLocalConfigOption("SHAPE_RESTORE_SHX", nullptr);
    if (!ds)
        throw IoError("cannot open '" + path.string() + "': " +
                      (errors.last().empty() ? std::string("GDAL cannot read it") : errors.last()));
    return ds;
}

// Two VungTrong saving the same source at once: the second waits for nothing
// and gets a conflict. An flock on the main file, released on destruction.
class SaveLock {
public:
    explicit SaveLock(const fs::path& path) {
        fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0) throw IoError("cannot open '" + path.string() + "': " + std::strerror(errno));
        if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            int err = errno;
            ::close(fd_);
            if (err == EWOULDBLOCK)
                throw SaveConflict("cannot save '" + path.string() +
                                   "': another program is saving it right now; reload the layer once it is done "
                                   "(your edits are kept)");
            throw IoError("cannot lock '" + path.string() + "': " + std::strerror(err));
        }
    }
    ~SaveLock() { ::close(fd_); }  // closing releases the lock
    SaveLock(const SaveLock&) = delete;
    SaveLock& operator=(const SaveLock&) = delete;

private:
    int fd_ = -1;
};

std::string describeDifference(const SourceStamp::File& was, const SourceStamp::File& now) {
    std::vector<std::string> what;
    if (was.size != now.size)
        what.push_back("its size went from " + std::to_string(was.size) + " to " + std::to_string(now.size) + " bytes");
    else if (was.sha256 != now.sha256)
        what.push_back("its content differs");
    if (was.modifiedNs != now.modifiedNs) what.push_back("its modification time differs");
    std::string text;
    for (std::size_t i = 0; i < what.size(); ++i) text += (i ? ", " : "") + what[i];
    return text;
}

// Throws SaveConflict naming the first file that differs from `loaded`.
void checkStamp(const LayerEdits& edits, const SourceStamp& now) {
    const std::string head = "cannot save '" + edits.sourcePath.string() + "': ";
    const std::string tail = "another program or another VungTrong saved it; reload the layer and apply your edits "
                             "again (they are kept in the edit journal)";
    if (edits.loaded.files.empty())
        throw SaveConflict(head + "no stamp was taken when it was read, so a change on disk cannot be ruled out");
    for (const auto& was : edits.loaded.files) {
        auto it = std::find_if(now.files.begin(), now.files.end(), [&](const auto& f) { return f.path == was.path; });
        if (it == now.files.end())
            throw SaveConflict(head + "'" + was.path.string() + "' was removed since it was read: " + tail);
        if (it->size != was.size || it->modifiedNs != was.modifiedNs || it->sha256 != was.sha256)
            throw SaveConflict(head + "'" + was.path.string() + "' changed since it was read (" +
                               describeDifference(was, *it) + "): " + tail);
    }
    for (const auto& f : now.files) {
        auto it = std::find_if(edits.loaded.files.begin(), edits.loaded.files.end(),
                               [&](const auto& w) { return w.path == f.path; });
        if (it == edits.loaded.files.end())
            throw SaveConflict(head + "'" + f.path.string() + "' appeared since it was read: " + tail);
    }
}

std::string ogrFailure(const std::string& what, OGRErr err, const detail::GdalErrorCapture& errors) {
    return what + ": " + (errors.last().empty() ? "OGR error " + std::to_string(err) : errors.last());
}

// GeoPackage and other sources with transactions: every edit in one.
SaveResult saveInTransaction(const LayerEdits& edits, const detail::SaveHooks& hooks, const ProgressFn& progress) {
    using namespace detail;
    DatasetPtr ds = openSource(edits.sourcePath, GDAL_OF_UPDATE);
    OGRLayerH layer = editedLayer(ds.get(), edits);
    const std::string label = sourceLabel(edits);
    EditWriter writer(edits, layer, std::nullopt, std::nullopt);
    GdalErrorCapture errors;
    if (OGRErr err = GDALDatasetStartTransaction(ds.get(), FALSE); err != OGRERR_NONE)
        throw IoError(ogrFailure("cannot save " + label + ": GDAL cannot start a transaction", err, errors));
    SaveResult result;
    try {
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        std::size_t inserted = 0, done = 0;
        const SaveProgress ticker(progress, edits.edits.size());
        for (const auto& e : edits.edits) {
            ticker.tick(done++);
            errors.take();
            const std::string which = e.kind == FeatureEdit::Kind::Insert
                                          ? "new feature " + std::to_string(++inserted)
                                          : "feature FID " + std::to_string(e.fid);
            OGRErr err = OGRERR_NONE;
            if (e.kind == FeatureEdit::Kind::Delete) {
                err = OGR_L_DeleteFeature(layer, e.fid);
                if (err == OGRERR_NON_EXISTING_FEATURE)
                    throw Error("cannot save " + label + ": " + which + " is no longer in the source");
            } else if (e.kind == FeatureEdit::Kind::Update) {
                FeaturePtr f(OGR_L_GetFeature(layer, e.fid));
                if (!f) throw Error("cannot save " + label + ": " + which + " is no longer in the source");
                writer.fill(f.get(), e, which);
                err = OGR_L_SetFeature(layer, f.get());
            } else {
                FeaturePtr f(OGR_F_Create(defn));
                if (!f) throw Error("cannot save " + label + ": GDAL cannot create a feature");
                writer.fill(f.get(), e, which);
                err = OGR_L_CreateFeature(layer, f.get());
                if (err == OGRERR_NONE) result.insertedFids.push_back(OGR_F_GetFID(f.get()));
            }
            if (err != OGRERR_NONE) throw Error(ogrFailure("cannot save " + label + ", " + which, err, errors));
            if (!errors.messages().empty())
                throw Error("cannot save " + label + ", " + which + ": " + errors.last());
        }
        if (hooks.beforeCommit) hooks.beforeCommit();
        if (OGRErr err = GDALDatasetCommitTransaction(ds.get()); err != OGRERR_NONE)
            throw IoError(ogrFailure("cannot save " + label + ": the transaction did not commit", err, errors));
    } catch (...) {
        (void)GDALDatasetRollbackTransaction(ds.get());
        throw;
    }
    errors.take();
    ds.reset();  // closing writes the layer's extent into gpkg_contents
    for (const auto& m : errors.messages())
        throw IoError("saved " + label + ", but GDAL reported on closing it: " + m);
    SaveProgress(progress, 0).done();
    return result;
}

}  // namespace

SourceStamp stampSource(const fs::path& sourcePath) {
    std::vector<std::string> files;
    {
        detail::DatasetPtr ds = openSource(sourcePath, GDAL_OF_READONLY);
        char** list = GDALGetFileList(ds.get());
        for (char** f = list; f && *f; ++f) files.emplace_back(*f);
        CSLDestroy(list);
    }
    if (files.empty())
        throw IoError("cannot stamp '" + sourcePath.string() + "': it is not a file (edits are saved to files only)");
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    SourceStamp stamp;
    for (const auto& f : files) stamp.files.push_back(stampFile(f));
    return stamp;
}

SaveResult saveLayerEdits(const LayerEdits& edits, const ProgressFn& progress) {
    return detail::saveLayerEdits(edits, {}, progress);
}

namespace detail {

std::string sourceLabel(const LayerEdits& edits) {
    return "'" + edits.sourcePath.string() + "'" + (edits.layerName.empty() ? "" : " layer '" + edits.layerName + "'");
}

OGRLayerH editedLayer(GDALDatasetH ds, const LayerEdits& edits) {
    OGRLayerH layer = edits.layerName.empty() ? GDALDatasetGetLayer(ds, 0)
                                              : GDALDatasetGetLayerByName(ds, edits.layerName.c_str());
    if (!layer)
        throw IoError("cannot save " + sourceLabel(edits) + ": " +
                      (edits.layerName.empty() ? std::string("it has no layer") : "no such layer in it"));
    return layer;
}

std::optional<TextEncoding> dbfEncoding(const LayerEdits& edits) {
    if (!edits.encoding.empty()) {
        auto e = parseTextEncoding(edits.encoding);
        if (!e) throw Error("cannot save " + sourceLabel(edits) + ": unknown text encoding '" + edits.encoding + "'");
        return e;
    }
    for (const char* ext : {".cpg", ".CPG"}) {
        std::ifstream in(fs::path(edits.sourcePath).replace_extension(ext));
        std::string text;
        if (in && std::getline(in, text)) {
            while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
            if (auto e = parseTextEncoding(text)) return e;
        }
    }
    return std::nullopt;
}

SaveResult saveLayerEditsLocked(const LayerEdits& edits, const SaveHooks& hooks, const ProgressFn& progress);

// filesystem_error (a rename, a link) becomes IoError: geo/ throws its own errors.
SaveResult saveLayerEdits(const LayerEdits& edits, const SaveHooks& hooks, const ProgressFn& progress) {
    try {
        return saveLayerEditsLocked(edits, hooks, progress);
    } catch (const fs::filesystem_error& e) {
        throw IoError("cannot save " + sourceLabel(edits) + ": " + e.what());
    }
}

SaveResult saveLayerEditsLocked(const LayerEdits& edits, const SaveHooks& hooks, const ProgressFn& progress) {
    SaveLock lock(edits.sourcePath);
    // A save a crash interrupted after its commit point is finished first
    // (rolled forward, geo/atomic_file.h); the source then differs from
    // what was read, and the conflict says why.
    const std::optional<std::string> finished = finishInterruptedReplace(edits.sourcePath);
    try {
        checkStamp(edits, stampSource(edits.sourcePath));
    } catch (const SaveConflict& e) {
        if (finished) throw SaveConflict(std::string(e.what()) + " (" + *finished + ")");
        throw;
    }
    std::string driver;
    {
        DatasetPtr ds = openSource(edits.sourcePath, GDAL_OF_READONLY);
        GDALDriverH d = GDALGetDatasetDriver(ds.get());
        driver = d ? GDALGetDriverShortName(d) : "";
        // Formats without transactions: a new file (set) swapped in.
        if (driver == "ESRI Shapefile" || driver == "GeoJSON" || driver == "FlatGeobuf") {
            SaveResult result = saveAsNewFileSet(edits, ds.get(), hooks, progress);
            result.saved = stampSource(edits.sourcePath);
            return result;
        }
        if (driver == "CSV") {
            SaveResult result = saveCsvEdits(edits, ds.get(), hooks, progress);
            ds.reset();
            result.saved = stampSource(edits.sourcePath);
            return result;
        }
    }
    if (driver != "GPKG" && driver != "SQLite")
        throw IoError("cannot save edits to " + sourceLabel(edits) + ": saving to " + driver +
                      " sources is not supported (GeoPackage, Shapefile, CSV, GeoJSON and FlatGeobuf are); export "
                      "the layer to a GeoPackage and edit that");
    SaveResult result = saveInTransaction(edits, hooks, progress);
    result.saved = stampSource(edits.sourcePath);
    return result;
}

// ---------------------------------------------------------------------------
// EditWriter

namespace {

std::string lowerAscii(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::optional<std::int64_t> parseWholeInteger(const std::string& text) {
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    errno = 0;
    long long v = std::strtoll(text.c_str(), &end, 10);
    if (errno != 0 || *end != '\0') return std::nullopt;
    return v;
}

std::optional<double> parseWholeReal(const std::string& text) {
    if (text.empty()) return std::nullopt;
    char* end = nullptr;
    double v = std::strtod(text.c_str(), &end);
    if (*end != '\0' || !std::isfinite(v)) return std::nullopt;
    return v;
}

}  // namespace

EditWriter::EditWriter(const LayerEdits& edits, OGRLayerH target, std::optional<TextEncoding> textEncoding,
                       std::optional<TextEncoding> fieldNameEncoding, OGRLayerH crsLayer)
    : edits_(edits), target_(target), textEncoding_(textEncoding) {
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(target);
    for (const auto& field : edits.fields) {
        int found = -1;
        for (int i = 0; i < OGR_FD_GetFieldCount(defn) && found < 0; ++i) {
            std::string name = OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i));
            if (fieldNameEncoding) name = decodeToUtf8(name, *fieldNameEncoding);
            if (name == field.name) found = i;
        }
        for (int i = 0; i < OGR_FD_GetFieldCount(defn) && found < 0; ++i) {
            std::string name = OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i));
            if (fieldNameEncoding) name = decodeToUtf8(name, *fieldNameEncoding);
            if (lowerAscii(name) == lowerAscii(field.name)) found = i;
        }
        if (found < 0)
            throw Error("cannot save " + sourceLabel(edits) + ": the field '" + field.name +
                        "' is no longer in the source");
        ogrIndex_.push_back(found);
    }
    // The CRS the source's coordinates are in: as the layer was read, else as declared.
    CrsInfo sourceCrs = edits.sourceCrs;
    if (!sourceCrs.isKnown()) {
        if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(crsLayer ? crsLayer : target)) {
            char* wkt = nullptr;
            const char* options[] = {"FORMAT=WKT2_2019", nullptr};
            if (OSRExportToWktEx(srs, &wkt, options) == OGRERR_NONE && wkt) sourceCrs = describeCrs(wkt);
            CPLFree(wkt);
        }
    }
    if (edits.crs.isKnown() && sourceCrs.isKnown()) {
        // The inverse of the reader's own operation (source → edits' CRS), so
        // that a vertex the user did not move comes back where it was.
        if (edits.crs.definition != sourceCrs.definition) transform_.emplace(sourceCrs, edits.crs);
    } else if (edits.crs.isKnown()) {
        sourceHasNoCrs_ = true;
    }
}

EditWriter::~EditWriter() = default;

void EditWriter::fill(OGRFeatureH f, const FeatureEdit& e, const std::string& which) const {
    if (e.attributes.size() != edits_.fields.size())
        throw Error("cannot save " + sourceLabel(edits_) + ", " + which + ": it has " +
                    std::to_string(e.attributes.size()) + " attribute(s) for " + std::to_string(edits_.fields.size()) +
                    " field(s)");
    for (std::size_t k = 0; k < edits_.fields.size(); ++k) setValue(f, ogrIndex_[k], e.attributes[k], which);
    setGeometry(f, e.geometry, which);
}

void EditWriter::setValue(OGRFeatureH f, int index, const Value& v, const std::string& which) const {
    OGRFieldDefnH fd = OGR_F_GetFieldDefnRef(f, index);
    const std::string field = edits_.fields[static_cast<std::size_t>(
        std::find(ogrIndex_.begin(), ogrIndex_.end(), index) - ogrIndex_.begin())].name;
    auto fail = [&](const std::string& why) {
        return Error("cannot save " + sourceLabel(edits_) + ", " + which + ", field '" + field + "': " + why);
    };
    if (std::holds_alternative<std::monostate>(v)) {
        OGR_F_SetFieldNull(f, index);
        return;
    }
    const int width = OGR_Fld_GetWidth(fd);
    switch (OGR_Fld_GetType(fd)) {
        case OFTInteger:
        case OFTInteger64: {
            std::optional<std::int64_t> n;
            if (auto* i = std::get_if<std::int64_t>(&v)) n = *i;
            else if (auto* d = std::get_if<double>(&v); d && std::trunc(*d) == *d && std::fabs(*d) < 9e15)
                n = static_cast<std::int64_t>(*d);
            else if (auto* s = std::get_if<std::string>(&v)) n = parseWholeInteger(*s);
            if (!n) throw fail("'" + toText(v) + "' is not a whole number");
            if (OGR_Fld_GetType(fd) == OFTInteger && (*n > 2147483647 || *n < -2147483647 - 1))
                throw fail(std::to_string(*n) + " does not fit the field (32-bit integers)");
            if (isDbfBased(edits_.sourcePath) && width > 0 &&
                std::to_string(*n).size() > static_cast<std::size_t>(width))
                throw fail(std::to_string(*n) + " has more digits than the field's width (" + std::to_string(width) +
                           ")");
            OGR_F_SetFieldInteger64(f, index, *n);
            return;
        }
        case OFTReal: {
            std::optional<double> x = toNumber(v);
            if (auto* s = std::get_if<std::string>(&v)) x = parseWholeReal(*s);
            if (!x || !std::isfinite(*x)) throw fail("'" + toText(v) + "' is not a number");
            OGR_F_SetFieldDouble(f, index, *x);
            return;
        }
        case OFTDate:
        case OFTDateTime:
        case OFTTime: {
            const std::string text = toText(v);
            OGR_F_SetFieldString(f, index, text.c_str());
            if (!OGR_F_IsFieldSetAndNotNull(f, index)) throw fail("'" + text + "' is not a date (YYYY-MM-DD)");
            return;
        }
        default: {
            std::string text = toText(v);
            if (textEncoding_) {
                text = encodeForSource(text, *textEncoding_, "source's", fail);
            } else if (isDbfBased(edits_.sourcePath)) {
                if (std::any_of(text.begin(), text.end(), [](unsigned char c) { return c >= 0x80; }))
                    throw fail("the source's text encoding is unknown (no .cpg, none given), so '" + text +
                               "' cannot be written; set the layer's encoding");
            }
            if (width > 0 && isDbfBased(edits_.sourcePath) && text.size() > static_cast<std::size_t>(width))
                throw fail("the text is " + std::to_string(text.size()) + " bytes long, the field holds " +
                           std::to_string(width));
            OGR_F_SetFieldString(f, index, text.c_str());
        }
    }
}

void EditWriter::setGeometry(OGRFeatureH f, const Geometry& g, const std::string& which) const {
    auto fail = [&](const std::string& why) {
        return Error("cannot save " + sourceLabel(edits_) + ", " + which + ": " + why);
    };
    if (g.isEmpty()) {
        if (OGR_F_SetGeometryDirectly(f, nullptr) != OGRERR_NONE) throw fail("GDAL cannot clear its geometry");
        return;
    }
    const OGRwkbGeometryType layerType = wkbFlatten(OGR_L_GetGeomType(target_));
    if (layerType == wkbNone) throw fail("the source's layer holds no geometry");
    const bool fits = layerType == wkbUnknown || layerType == wkbGeometryCollection ||
                      (g.kind == GeometryKind::Polygon && (layerType == wkbPolygon || layerType == wkbMultiPolygon)) ||
                      (g.kind == GeometryKind::LineString &&
                       (layerType == wkbLineString || layerType == wkbMultiLineString)) ||
                      (g.kind == GeometryKind::Point && (layerType == wkbPoint || layerType == wkbMultiPoint));
    if (!fits)
        throw fail(std::string("a ") + toString(g.kind) + " cannot go into a layer of " +
                   OGRGeometryTypeToName(layerType));
    if (sourceHasNoCrs_) throw fail("the source declares no CRS and none was given, so the geometry cannot be placed");
    Geometry out = g;
    // Into the source's CRS and axis order; a point PROJ cannot place (HUGE_VAL) is an error.
    auto place = [&](std::vector<XY>& pts) {
        for (auto& p : pts) {
            XY q = transform_ ? transform_->inverse(p) : p;
            if (!std::isfinite(q.x) || !std::isfinite(q.y))
                throw fail("the point (" + std::to_string(p.x) + ", " + std::to_string(p.y) +
                           ") cannot be transformed to the source's CRS");
            if (edits_.axesSwapped) std::swap(q.x, q.y);
            p = q;
        }
    };
    forEachVertexList(out, place);
    const bool multi = layerType == wkbMultiPolygon || layerType == wkbMultiLineString || layerType == wkbMultiPoint;
    OgrGeometryPtr ogr = toOgrGeometry(out, multi);
    if (OGRErr err = OGR_F_SetGeometryDirectly(f, ogr.release()); err != OGRERR_NONE)
        throw fail("GDAL refused its geometry (OGR error " + std::to_string(err) + ")");
}

}  // namespace detail
}  // namespace geo
