#include "gpkg_rows.h"

#include <sqlite3.h>

#include <atomic>
#include <bit>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "gdal_util.h"
#include "ogr_geometry.h"
#include "surface_footprint.h"
#include "geo/encoding.h"
#include "geo/error.h"

namespace geo::detail {
namespace {

static_assert(std::endian::native == std::endian::little, "the WKB reader swaps for big-endian data only");

std::string quoted(const std::string& name) {
    std::string out = "\"";
    for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// Bounds-checked reading of a WKB byte string; every read says first that
// the bytes are there.
class Cursor {
public:
    Cursor(const unsigned char* p, std::size_t n) : p_(p), n_(n) {}
    std::size_t left() const { return n_ - at_; }
    void need(std::size_t bytes, const char* what) const {
        if (left() < bytes)
            throw GpkgBlobError{std::string("it ends inside ") + what + " (" + std::to_string(bytes) + " bytes needed at byte " +
                                std::to_string(at_) + ", " + std::to_string(left()) + " left)"};
    }
    unsigned char byte(const char* what) {
        need(1, what);
        return p_[at_++];
    }
    std::uint32_t u32(bool swap, const char* what) {
        need(4, what);
        std::uint32_t v;
        std::memcpy(&v, p_ + at_, 4);
        at_ += 4;
        return swap ? __builtin_bswap32(v) : v;
    }
    double f64(bool swap) {
        std::uint64_t v;
        std::memcpy(&v, p_ + at_, 8);  // callers checked the whole point list
        at_ += 8;
        if (swap) v = __builtin_bswap64(v);
        return std::bit_cast<double>(v);
    }
    void skip(std::size_t bytes) { at_ += bytes; }

private:
    const unsigned char* p_;
    std::size_t n_;
    std::size_t at_ = 0;
};

// What parsing found that makes GDAL's own reading of the WKB the one to use.
struct NeedsOgr {};

struct Seen {
    bool z = false;            // a member with Z: a 3D MultiPolygon may be a solid's shell (surface_footprint.h)
    bool multiPolygon = false; // or a collection holding one
    Envelope* envelope = nullptr;  // every x/y read, as OGR_G_GetEnvelope spans them (null: not wanted)
    void span(const XY& p) {
        if (!envelope) return;
        // GDAL's envelope of NaN coordinates depends on their order: its own reading decides.
        if (std::isnan(p.x) || std::isnan(p.y)) throw NeedsOgr{};
        envelope->expand(p);
    }
};

std::atomic<std::uint64_t> rowsRead{0};

constexpr unsigned kMaxDepth = 32;  // GDAL's limit of nested collections

// Base type 1..7 and the doubles per point, from an ISO (1000s) or old-style
// (0x80000000 Z bit) type code; anything else (curves, surfaces, TINs, GDAL's
// private flags) → NeedsOgr.
void decodeType(std::uint32_t raw, std::uint32_t& base, unsigned& dims, bool& z) {
    z = false;
    dims = 2;
    if (raw & 0x80000000u) {
        raw &= ~0x80000000u;
        z = true;
        dims = 3;
        if (raw < 1 || raw > 7) throw NeedsOgr{};
    }
    const std::uint32_t thousands = raw / 1000;
    base = raw % 1000;
    if (base < 1 || base > 7 || thousands > 3 || (z && thousands != 0)) throw NeedsOgr{};
    if (thousands == 1) z = true, dims = 3;
    if (thousands == 2) dims = 3;  // M: read past, as GDAL keeps only x and y for us
    if (thousands == 3) z = true, dims = 4;
}

// count points of dims doubles each, x and y kept.
void readPoints(Cursor& c, bool swap, unsigned dims, std::vector<XY>& out, Seen& seen) {
    const std::uint32_t count = c.u32(swap, "a point count");
    const std::size_t stride = std::size_t{dims} * 8;
    if (count > c.left() / stride)
        throw GpkgBlobError{"a list of " + std::to_string(count) + " points needs " +
                            std::to_string(std::uint64_t{count} * stride) + " bytes, only " + std::to_string(c.left()) +
                            " are left"};
    out.resize(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        out[i].x = c.f64(swap);
        out[i].y = c.f64(swap);
        c.skip(stride - 16);
        seen.span(out[i]);
    }
}

// One WKB geometry into out's points, lines and polygons, as collectGeometry
// (ogr_geometry.cpp) gathers an OGR geometry's. Returns its base type.
std::uint32_t readWkb(Cursor& c, Geometry& out, Seen& seen, unsigned depth, std::uint32_t memberOf) {
    if (depth > kMaxDepth) throw GpkgBlobError{"collections nest more than " + std::to_string(kMaxDepth) + " deep"};
    unsigned char order = c.byte("a byte-order byte");
    if ((order & 0x31) == order) order &= 1;  // as GDAL reads it (DB2 V7.2 wrote '0' / '1')
    if (order > 1) throw GpkgBlobError{"byte-order byte " + std::to_string(order) + " is neither 0 nor 1"};
    const bool swap = order == 0;  // big-endian data on this little-endian machine
    std::uint32_t base = 0;
    unsigned dims = 2;
    bool z = false;
    decodeType(c.u32(swap, "a geometry type"), base, dims, z);
    // A multi-geometry holds only its single kind (GDAL refuses others).
    if (memberOf >= 4 && memberOf <= 6 && base != memberOf - 3)
        throw GpkgBlobError{"a multi-geometry of type " + std::to_string(memberOf) + " holds a member of type " +
                            std::to_string(base)};
    seen.z = seen.z || z;
    switch (base) {
        case 1: {  // Point
            c.need(std::size_t{dims} * 8, "a point");
            const double x = c.f64(swap), y = c.f64(swap);
            c.skip(std::size_t{dims} * 8 - 16);
            if (std::isnan(x) || std::isnan(y)) throw NeedsOgr{};  // empty or half-empty: GDAL decides
            out.points.push_back({x, y});
            seen.span(out.points.back());
            break;
        }
        case 2: {  // LineString
            std::vector<XY> line;
            readPoints(c, swap, dims, line, seen);
            if (!line.empty()) out.lines.push_back(std::move(line));
            break;
        }
        case 3: {  // Polygon
            const std::uint32_t rings = c.u32(swap, "a ring count");
            if (rings > c.left() / 4)
                throw GpkgBlobError{std::to_string(rings) + " rings cannot fit in the " + std::to_string(c.left()) +
                                    " bytes left"};
            Polygon p;
            p.rings.resize(rings);
            for (auto& r : p.rings) readPoints(c, swap, dims, r, seen);
            if (!p.rings.empty()) out.polygons.push_back(std::move(p));
            break;
        }
        default: {  // MultiPoint, MultiLineString, MultiPolygon, GeometryCollection
            if (base == 6 || base == 7) seen.multiPolygon = true;
            const std::uint32_t members = c.u32(swap, "a member count");
            if (members > c.left() / 9)
                throw GpkgBlobError{std::to_string(members) + " members cannot fit in the " + std::to_string(c.left()) +
                                    " bytes left"};
            for (std::uint32_t i = 0; i < members; ++i) readWkb(c, out, seen, depth + 1, base);
        }
    }
    return base;
}

// The GeoPackage binary header's length (GeoPackage 1.3, §2.1.3): "GP",
// version 0, flags (bit 0 byte order, bits 1-3 envelope, bit 4 empty, bit 5
// extended), srs_id, envelope. Returns 0 for an extended geometry, whose
// WKB GDAL reads as any other.
std::size_t headerLength(const unsigned char* blob, std::size_t size, bool& extended) {
    if (size < 8) throw GpkgBlobError{"it is " + std::to_string(size) + " bytes long, shorter than a GeoPackage header (8)"};
    if (blob[0] != 'G' || blob[1] != 'P') throw GpkgBlobError{"it does not start with \"GP\""};
    if (blob[2] != 0) throw GpkgBlobError{"its GeoPackage version byte is " + std::to_string(blob[2]) + ", not 0"};
    const unsigned envelope = (blob[3] >> 1) & 7;
    static constexpr std::size_t kEnvelopeBytes[] = {0, 32, 48, 48, 64};
    if (envelope > 4) throw GpkgBlobError{"its envelope code is " + std::to_string(envelope) + " (0 to 4 are defined)"};
    const std::size_t length = 8 + kEnvelopeBytes[envelope];
    if (size < length)
        throw GpkgBlobError{"it is " + std::to_string(size) + " bytes long, shorter than its header (" +
                            std::to_string(length) + ")"};
    // The empty bit is not consulted: GDAL reads the WKB behind it (an empty
    // geometry's WKB says it is empty), and so do we.
    extended = (blob[3] >> 5) & 1;
    return length;
}

// An OGR geometry of wkb as GDAL's driver makes it; throws when GDAL cannot.
OgrGeometryPtr ogrOfWkb(const unsigned char* wkb, std::size_t size) {
    if (size > static_cast<std::size_t>(INT_MAX)) throw GpkgBlobError{"its WKB is larger than GDAL reads (2 GB)"};
    OGRGeometryH g = nullptr;
    GdalErrorCapture quiet;
    const OGRErr err = OGR_G_CreateFromWkb(wkb, nullptr, &g, static_cast<int>(size));
    if (err != OGRERR_NONE || !g) {
        if (g) OGR_G_DestroyGeometry(g);
        throw GpkgBlobError{"its WKB is not a geometry GDAL can read (OGR error " + std::to_string(err) + ")"};
    }
    return OgrGeometryPtr(g);
}

std::string sqliteMessage(sqlite3* db, int rc) {
    return std::string(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)) + " (SQLite code " + std::to_string(rc) + ")";
}

}  // namespace

std::uint64_t gpkgRowsReadDirectly() { return rowsRead.load(); }

bool parseGpkgGeometry(const unsigned char* blob, std::size_t size, Geometry& out, std::size_t& wkbAt,
                       Envelope* envelope) {
    bool extended = false;
    wkbAt = headerLength(blob, size, extended);
    if (extended) return false;
    Cursor c(blob + wkbAt, size - wkbAt);
    Geometry g;
    Seen seen;
    Envelope spanned;
    if (envelope) seen.envelope = &spanned;
    std::uint32_t declared = 0;
    try {
        declared = readWkb(c, g, seen, 0, 0);
    } catch (const NeedsOgr&) {
        return false;
    }
    if (seen.z && seen.multiPolygon) return false;  // perhaps walls: surfaceFootprint decides, on GDAL's geometry
    settleKind(g, static_cast<int>(declared));  // as fromOgrGeometry
    out = std::move(g);
    if (envelope) *envelope = spanned;  // null when no point was read: OGR_G_IsEmpty
    return true;
}

std::optional<GpkgRowPlan> planGpkgRows(const std::string& path, const std::string& label, OGRLayerH ogrLayer,
                                        const std::vector<int>& ogrIndex, std::string& whyNot) {
    if (const char* env = std::getenv("VT_GPKG_DIRECT"); env && std::string(env) == "0") {
        whyNot = "VT_GPKG_DIRECT=0";
        return std::nullopt;
    }
    if (path.rfind("/vsi", 0) == 0) {
        whyNot = "a GDAL virtual path";
        return std::nullopt;
    }
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(ogrLayer);
    if (OGR_FD_GetGeomFieldCount(defn) > 1) {
        whyNot = "several geometry columns";
        return std::nullopt;
    }
    const std::string fid = OGR_L_GetFIDColumn(ogrLayer);
    if (fid.empty()) {
        whyNot = "no FID column";
        return std::nullopt;
    }
    GpkgRowPlan plan{path, label, {}, {}};
    const std::string geometry = OGR_FD_GetGeomFieldCount(defn) == 1 ? OGR_L_GetGeometryColumn(ogrLayer) : "";
    std::string select = "SELECT " + quoted(fid) + ", " + (geometry.empty() ? std::string("NULL") : quoted(geometry));
    for (int gi : ogrIndex) {
        OGRFieldDefnH fd = OGR_FD_GetFieldDefn(defn, gi);
        // GDAL's driver reads these with sqlite3_column_int/_int64/_double/_text;
        // dates are parsed and formatted by GDAL, blobs shown as hex: those stay GDAL's.
        switch (OGR_Fld_GetType(fd)) {
            case OFTInteger: plan.columns.push_back(GpkgColumn::Int32); break;
            case OFTInteger64: plan.columns.push_back(GpkgColumn::Int64); break;
            case OFTReal: plan.columns.push_back(GpkgColumn::Real); break;
            case OFTString: plan.columns.push_back(GpkgColumn::Text); break;
            default:
                whyNot = std::string("the field '") + OGR_Fld_GetNameRef(fd) + "' is of type " +
                         OGR_GetFieldTypeName(OGR_Fld_GetType(fd));
                return std::nullopt;
        }
        select += ", " + quoted(OGR_Fld_GetNameRef(fd));
    }
    select += " FROM " + quoted(OGR_L_GetName(ogrLayer)) + " WHERE " + quoted(fid) + " >= ?1 AND " + quoted(fid) +
              " < ?2 ORDER BY " + quoted(fid);
    plan.select = select;
    // Prepared once here, so that a table SQLite will not read so (a view
    // calling GDAL's SQL functions, say) is read through GDAL instead.
    try {
        GpkgRowReader probe(plan);
    } catch (const IoError& e) {
        whyNot = e.what();
        return std::nullopt;
    }
    return plan;
}

GpkgRowReader::GpkgRowReader(const GpkgRowPlan& plan) : plan_(plan) {
    int rc = sqlite3_open_v2(plan.path.c_str(), &db_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string why = sqliteMessage(db_, rc);
        sqlite3_close(db_);
        db_ = nullptr;
        throw IoError("cannot read '" + plan.path + "' through SQLite: " + why);
    }
    rc = sqlite3_busy_timeout(db_, 5000);  // a writer holding the file a moment is waited for
    if (rc == SQLITE_OK) rc = sqlite3_prepare_v2(db_, plan.select.c_str(), -1, &stmt_, nullptr);
    if (rc != SQLITE_OK) {
        std::string why = sqliteMessage(db_, rc);
        sqlite3_finalize(stmt_);
        sqlite3_close(db_);
        stmt_ = nullptr;
        db_ = nullptr;
        throw IoError("cannot read " + plan.label + " through SQLite: " + why);
    }
}

GpkgRowReader::~GpkgRowReader() {
    sqlite3_finalize(stmt_);
    sqlite3_close(db_);
}

void GpkgRowReader::read(std::int64_t from, std::int64_t to, const ReadOptions::Part* part,
                         std::vector<Feature>& features, std::vector<LayerWarning>& warnings, ReadBudget& budget,
                         bool asker) {
    auto fail = [&](int rc, const std::string& what) {
        throw IoError("cannot read " + plan_.label + " (" + what + "): " + sqliteMessage(db_, rc));
    };
    int rc = sqlite3_reset(stmt_);
    if (rc != SQLITE_OK) fail(rc, "restarting its query");
    if ((rc = sqlite3_bind_int64(stmt_, 1, from)) != SQLITE_OK) fail(rc, "binding the first FID");
    if ((rc = sqlite3_bind_int64(stmt_, 2, to)) != SQLITE_OK) fail(rc, "binding the FID after the last");
    const std::size_t fieldCount = plan_.columns.size();
    const std::size_t before = features.size();
    std::vector<std::int64_t> footprintFids;
    while ((rc = sqlite3_step(stmt_)) == SQLITE_ROW) {
        Feature feature;
        feature.fid = sqlite3_column_int64(stmt_, 0);
        Envelope envelope;  // null without geometry, as outsidePart (source.cpp) sees it
        OgrGeometryPtr viaGdal;  // a geometry GDAL reads for us
        const std::string where = plan_.label + ", feature FID " + std::to_string(feature.fid);
        if (sqlite3_column_type(stmt_, 1) != SQLITE_NULL) {
            const auto* blob = static_cast<const unsigned char*>(sqlite3_column_blob(stmt_, 1));
            const int bytes = sqlite3_column_bytes(stmt_, 1);
            if (!blob && bytes > 0) fail(sqlite3_errcode(db_), "the geometry of FID " + std::to_string(feature.fid));
            try {
                std::size_t wkbAt = 0;
                if (!parseGpkgGeometry(blob, static_cast<std::size_t>(std::max(bytes, 0)), feature.geometry, wkbAt,
                                       part ? &envelope : nullptr)) {
                    viaGdal = ogrOfWkb(blob + wkbAt, static_cast<std::size_t>(bytes) - wkbAt);
                    if (part && !OGR_G_IsEmpty(viaGdal.get())) {
                        OGREnvelope oe;
                        OGR_G_GetEnvelope(viaGdal.get(), &oe);
                        envelope = {oe.MinX, oe.MinY, oe.MaxX, oe.MaxY};
                    }
                }
            } catch (const GpkgBlobError& e) {
                throw IoError(where + ": its geometry is damaged: " + e.reason +
                              "; the file may be truncated or written by faulty software, so nothing is computed "
                              "from it (check it with ogrinfo, or re-export the layer)");
            }
        }
        if (part && !part->keep(feature.fid, envelope)) continue;
        if (viaGdal) {
            // A 3D solid or surface is measured by its footprint, and said so (as readFeatures).
            if (holdsFacetedSurface(viaGdal.get())) {
                feature.geometry = surfaceFootprint(viaGdal.get(), where);
                footprintFids.push_back(feature.fid);
            } else {
                feature.geometry = fromOgrGeometry(viaGdal.get());
            }
        }
        feature.attributes.resize(fieldCount);
        for (std::size_t k = 0; k < fieldCount; ++k) {
            const int col = static_cast<int>(k) + 2;
            if (sqlite3_column_type(stmt_, col) == SQLITE_NULL) continue;  // GDAL: null, our monostate
            auto& value = feature.attributes[k];
            switch (plan_.columns[k]) {
                case GpkgColumn::Int32: value = static_cast<std::int64_t>(sqlite3_column_int(stmt_, col)); break;
                case GpkgColumn::Int64: value = static_cast<std::int64_t>(sqlite3_column_int64(stmt_, col)); break;
                case GpkgColumn::Real: value = sqlite3_column_double(stmt_, col); break;
                case GpkgColumn::Text: {
                    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
                    if (!text) fail(sqlite3_errcode(db_), "a text of FID " + std::to_string(feature.fid));
                    value = toNfc(std::string_view(text));  // up to a NUL, as GDAL copies it
                    break;
                }
            }
        }
        budget.count(feature, 0, asker);
        features.push_back(std::move(feature));
    }
    rowsRead.fetch_add(features.size() - before, std::memory_order_relaxed);
    if (rc != SQLITE_DONE) fail(rc, "reading FIDs " + std::to_string(from) + " to " + std::to_string(to - 1));
    if (!footprintFids.empty()) warnings.push_back(footprintNote(plan_.label, footprintFids));
}

}  // namespace geo::detail
