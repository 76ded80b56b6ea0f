// vungtrong-demo-gen OUTDIR: writes the synthetic Sóc Trăng demo project
// (see data/SCHEMA.md and data/README.md) into OUTDIR, deterministically.
//
// Real names and unit codes, schematic geometry. Every random choice comes from
// one splitmix64 stream with a fixed seed (no std:: distributions, whose output
// differs between standard libraries), so the text files are the same bytes on
// every run and every platform; GDAL's timestamps are pinned too.
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_conv.h>
#include <cpl_string.h>
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "geo/area.h"
#include "geo/crs.h"
#include "geo/geometry.h"
#include "geo/layer.h"
#include "geo/project.h"
#include "geo/workspace.h"

namespace fs = std::filesystem;

namespace {

// ---------------------------------------------------------------- constants

constexpr double kTotalHa = 584.17;          // Σ geodesic area of the 94 codes
constexpr int kPlantingCount = 94;
constexpr int kCoopCount = 216;              // HTX-0216 is the one outside
constexpr std::int64_t kCoopMembers = 31946; // "nearly 32,000"
constexpr int kOcopCount = 16;
constexpr int kGroupCount = 1244;
constexpr std::int64_t kGroupMembers = 29613;
constexpr int kDefectPlanting = 42;          // declared +20 %
const char* const kDefectInvestmentKey = "HTX-0299";
const char* const kProvinceCrs = "EPSG:9209";
const char* const kFixedDate = "2023-03-01";
const double kPi = 3.14159265358979323846;

// ---------------------------------------------------------------- RNG

// splitmix64 (Steele, Lea, Flood 2014): tiny, well mixed, the same everywhere.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int intRange(int lo, int hi) {  // inclusive
        return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    template <class T>
    const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(intRange(0, static_cast<int>(v.size()) - 1))]; }

private:
    std::uint64_t state_;
};

double round2(double v) { return std::round(v * 100.0) / 100.0; }  // 1 cm / 0.01 ha

// ---------------------------------------------------------------- GEOS helpers

GEOSContextHandle_t g_ctx = nullptr;

struct GDel {
    void operator()(GEOSGeometry* g) const {
        if (g) GEOSGeom_destroy_r(g_ctx, g);
    }
};
using G = std::unique_ptr<GEOSGeometry, GDel>;
struct PDel {
    void operator()(const GEOSPreparedGeometry* g) const {
        if (g) GEOSPreparedGeom_destroy_r(g_ctx, g);
    }
};
using PG = std::unique_ptr<const GEOSPreparedGeometry, PDel>;

G own(GEOSGeometry* g) {
    if (!g) throw std::runtime_error("GEOS operation failed");
    return G(g);
}

GEOSCoordSequence* toSeq(const std::vector<geo::XY>& pts) {
    GEOSCoordSequence* s = GEOSCoordSeq_create_r(g_ctx, static_cast<unsigned>(pts.size()), 2);
    for (unsigned i = 0; i < pts.size(); ++i) GEOSCoordSeq_setXY_r(g_ctx, s, i, pts[i].x, pts[i].y);
    return s;
}

G gPoint(geo::XY p) { return own(GEOSGeom_createPoint_r(g_ctx, toSeq({p}))); }

GEOSGeometry* rawPolygon(const geo::Polygon& p) {
    GEOSGeometry* shell = GEOSGeom_createLinearRing_r(g_ctx, toSeq(p.rings[0]));
    std::vector<GEOSGeometry*> holes;
    for (std::size_t i = 1; i < p.rings.size(); ++i)
        holes.push_back(GEOSGeom_createLinearRing_r(g_ctx, toSeq(p.rings[i])));
    return GEOSGeom_createPolygon_r(g_ctx, shell, holes.data(), static_cast<unsigned>(holes.size()));
}

G gPolygon(const geo::Polygon& p) { return own(rawPolygon(p)); }

G gMulti(const std::vector<geo::Polygon>& polys) {
    if (polys.size() == 1) return gPolygon(polys[0]);
    std::vector<GEOSGeometry*> parts;
    for (const auto& p : polys) parts.push_back(rawPolygon(p));
    return own(GEOSGeom_createCollection_r(g_ctx, GEOS_MULTIPOLYGON, parts.data(), static_cast<unsigned>(parts.size())));
}

std::vector<geo::XY> seqPoints(const GEOSGeometry* line) {
    const GEOSCoordSequence* s = GEOSGeom_getCoordSeq_r(g_ctx, line);
    unsigned n = 0;
    GEOSCoordSeq_getSize_r(g_ctx, s, &n);
    std::vector<geo::XY> out(n);
    for (unsigned i = 0; i < n; ++i) GEOSCoordSeq_getXY_r(g_ctx, s, i, &out[i].x, &out[i].y);
    return out;
}

std::vector<geo::Polygon> polygonsOf(const GEOSGeometry* g) {
    std::vector<geo::Polygon> out;
    int type = GEOSGeomTypeId_r(g_ctx, g);
    if (type == GEOS_POLYGON) {
        geo::Polygon p;
        p.rings.push_back(seqPoints(GEOSGetExteriorRing_r(g_ctx, g)));
        int holes = GEOSGetNumInteriorRings_r(g_ctx, g);
        for (int i = 0; i < holes; ++i) p.rings.push_back(seqPoints(GEOSGetInteriorRingN_r(g_ctx, g, i)));
        out.push_back(std::move(p));
    } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        int n = GEOSGetNumGeometries_r(g_ctx, g);
        for (int i = 0; i < n; ++i) {
            auto part = polygonsOf(GEOSGetGeometryN_r(g_ctx, g, i));
            out.insert(out.end(), part.begin(), part.end());
        }
    }
    return out;
}

double gArea(const GEOSGeometry* g) {
    double a = 0;
    GEOSArea_r(g_ctx, g, &a);
    return a;
}

geo::XY pointXY(const GEOSGeometry* p) {
    geo::XY xy;
    GEOSGeomGetX_r(g_ctx, p, &xy.x);
    GEOSGeomGetY_r(g_ctx, p, &xy.y);
    return xy;
}

// Rounds every vertex to 1 cm and drops consecutive duplicates.
geo::Polygon roundPolygon(const geo::Polygon& p) {
    geo::Polygon out;
    for (const auto& ring : p.rings) {
        geo::Ring r;
        for (auto pt : ring) {
            geo::XY q{round2(pt.x), round2(pt.y)};
            if (r.empty() || !(r.back() == q)) r.push_back(q);
        }
        out.rings.push_back(std::move(r));
    }
    return out;
}

// ---------------------------------------------------------------- domain data

struct District {
    std::string code;
    std::string name;      // as written in the `ten` field
    std::string kind;      // Thành phố / Huyện / Thị xã
    double lon, lat;       // approximate real position (Voronoi seed)
    int plantings;         // planting-area codes to place
    int coops;             // cooperatives to place
    double groupWeight;    // share of the 1,244 cooperative groups
    std::vector<std::string> communes;
    std::vector<std::pair<std::string, std::string>> coopKinds;  // name part, main product
    std::vector<std::string> crops;
};

std::vector<District> districts() {
    return {
        {"941", "Thành phố Sóc Trăng", "Thành phố", 105.972, 9.603, 4, 12, 0.05,
         {"Phường 1", "Phường 2", "Phường 3", "Phường 4", "Phường 5", "Phường 6", "Phường 7", "Phường 8",
          "Phường 9", "Phường 10"},
         {{"Dịch vụ Nông nghiệp", "Rau an toàn"}, {"Nông nghiệp", "Nhãn"}, {"Chăn nuôi", "Bò"},
          {"Thương mại Dịch vụ Nông nghiệp", "Bánh pía"}},
         {"Nhãn", "Bưởi da xanh"}},
        {"942", "Châu Thành", "Huyện", 105.880, 9.705, 9, 20, 0.09,
         {"Châu Thành", "Hồ Đắc Kiện", "Phú Tân", "Phú Tâm", "Thuận Hòa", "An Hiệp", "An Ninh", "Thiện Mỹ"},
         {{"Nông nghiệp", "Xoài cát Hòa Lộc"}, {"Cây ăn trái", "Bưởi da xanh"}, {"Lúa gạo", "Lúa"},
          {"Dịch vụ Nông nghiệp", "Lúa"}, {"Chăn nuôi", "Heo"}},
         {"Xoài cát Hòa Lộc", "Bưởi da xanh", "Lúa"}},
        {"943", "Kế Sách", "Huyện", 105.975, 9.805, 12, 24, 0.11,
         {"Kế Sách", "An Lạc Thôn", "Xuân Hòa", "Phong Nẫm", "An Lạc Tây", "Trinh Phú", "Ba Trinh",
          "Thới An Hội", "Nhơn Mỹ", "Kế Thành", "Kế An", "Đại Hải", "An Mỹ"},
         {{"Cây ăn trái", "Bưởi da xanh"}, {"Nông nghiệp", "Sầu riêng"}, {"Dịch vụ Nông nghiệp", "Nhãn"},
          {"Chăn nuôi", "Heo"}, {"Nông nghiệp Xanh", "Chôm chôm"}},
         {"Bưởi da xanh", "Sầu riêng", "Nhãn", "Chôm chôm"}},
        {"944", "Mỹ Tú", "Huyện", 105.775, 9.620, 8, 19, 0.09,
         {"Huỳnh Hữu Nghĩa", "Long Hưng", "Hưng Phú", "Mỹ Hương", "Mỹ Tú", "Mỹ Phước", "Thuận Hưng",
          "Mỹ Thuận", "Phú Mỹ"},
         {{"Lúa gạo", "Lúa"}, {"Nông nghiệp", "Lúa"}, {"Dịch vụ Nông nghiệp", "Khóm"}, {"Chăn nuôi", "Bò"}},
         {"Lúa", "Khóm"}},
        {"945", "Cù Lao Dung", "Huyện", 106.205, 9.585, 9, 16, 0.07,
         {"Cù Lao Dung", "An Thạnh 1", "An Thạnh Tây", "An Thạnh Đông", "Đại Ân 1", "An Thạnh 2",
          "An Thạnh 3", "An Thạnh Nam"},
         {{"Nông nghiệp", "Mía"}, {"Cây ăn trái", "Xoài"}, {"Thủy sản", "Nghêu"}, {"Dịch vụ Nông nghiệp", "Mía"}},
         {"Mía", "Xoài", "Thanh long"}},
        {"946", "Long Phú", "Huyện", 106.085, 9.655, 8, 19, 0.09,
         {"Long Phú", "Đại Ngãi", "Song Phụng", "Long Đức", "Châu Khánh", "Phú Hữu", "Tân Hưng",
          "Hậu Thạnh", "Trường Khánh", "Tân Thạnh"},
         {{"Lúa gạo", "Lúa"}, {"Nông nghiệp", "Lúa"}, {"Dịch vụ Nông nghiệp", "Mía"}, {"Thủy sản", "Tôm"}},
         {"Lúa", "Mía"}},
        {"947", "Mỹ Xuyên", "Huyện", 105.935, 9.500, 9, 21, 0.10,
         {"Mỹ Xuyên", "Đại Tâm", "Tham Đôn", "Thạnh Phú", "Ngọc Đông", "Thạnh Quới", "Hòa Tú 1",
          "Gia Hòa 1", "Ngọc Tố", "Gia Hòa 2", "Hòa Tú 2"},
         {{"Nông nghiệp", "Tôm-lúa"}, {"Thủy sản", "Tôm"}, {"Lúa gạo", "Lúa"}, {"Dịch vụ Nông nghiệp", "Lúa"}},
         {"Tôm-lúa", "Lúa"}},
        {"948", "Thị xã Ngã Năm", "Thị xã", 105.605, 9.555, 8, 17, 0.08,
         {"Phường 1", "Phường 2", "Phường 3", "Vĩnh Quới", "Tân Long", "Long Bình", "Mỹ Quới", "Mỹ Bình"},
         {{"Lúa gạo", "Lúa"}, {"Nông nghiệp", "Lúa"}, {"Dịch vụ Nông nghiệp", "Lúa"}, {"Chăn nuôi", "Vịt"}},
         {"Lúa"}},
        {"949", "Thạnh Trị", "Huyện", 105.715, 9.430, 9, 22, 0.10,
         {"Phú Lộc", "Hưng Lợi", "Lâm Tân", "Thạnh Tân", "Lâm Kiết", "Tuân Tức", "Vĩnh Thành", "Thạnh Trị",
          "Vĩnh Lợi", "Châu Hưng"},
         {{"Lúa gạo", "Lúa"}, {"Nông nghiệp", "Lúa"}, {"Dịch vụ Nông nghiệp", "Lúa"}, {"Chăn nuôi", "Bò"}},
         {"Lúa"}},
        {"950", "Thị xã Vĩnh Châu", "Thị xã", 105.960, 9.330, 10, 24, 0.12,
         {"Phường 1", "Phường 2", "Vĩnh Phước", "Khánh Hòa", "Vĩnh Hiệp", "Hòa Đông", "Lạc Hòa", "Vĩnh Hải",
          "Lai Hòa", "Vĩnh Tân"},
         {{"Nông nghiệp", "Hành tím"}, {"Hành tím", "Hành tím"}, {"Thủy sản", "Tôm"},
          {"Dịch vụ Nông nghiệp", "Củ cải"}},
         {"Hành tím"}},
        {"951", "Trần Đề", "Huyện", 106.115, 9.500, 8, 21, 0.10,
         {"Trần Đề", "Lịch Hội Thượng", "Trung Bình", "Tài Văn", "Viên An", "Thạnh Thới An",
          "Thạnh Thới Thuận", "Viên Bình", "Liêu Tú", "Đại Ân 2"},
         {{"Nông nghiệp", "Lúa"}, {"Thủy sản", "Tôm"}, {"Tôm lúa", "Tôm-lúa"}, {"Dịch vụ Nông nghiệp", "Hành tím"}},
         {"Lúa", "Tôm-lúa", "Hành tím"}},
    };
}

// Schematic outline of Sóc Trăng, lon/lat, clockwise from the north-west:
// the Hậu river to the north-east, the sea to the south-east, Bạc Liêu to the
// south-west, Hậu Giang to the north-west.
const std::vector<geo::XY> kOutlineLonLat = {
    {105.690, 9.800}, {105.800, 9.960}, {105.900, 9.910}, {106.000, 9.840}, {106.100, 9.750},
    {106.200, 9.660}, {106.280, 9.580}, {106.330, 9.520},  // Hậu river, to its mouth
    {106.270, 9.470}, {106.180, 9.420}, {106.080, 9.360}, {105.980, 9.290}, {105.880, 9.230},
    {105.780, 9.200},  // sea coast
    {105.740, 9.280}, {105.660, 9.340}, {105.580, 9.420}, {105.550, 9.520},  // Bạc Liêu
    {105.570, 9.620}, {105.630, 9.680}, {105.700, 9.740},  // Hậu Giang
};
// HTX-0216, the defect: on the tidal flat off the Hậu river mouth.
const geo::XY kOutsideCoopLonLat{106.372, 9.498};

std::string pad4(int n) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d", n);
    return buf;
}

std::string htxKey(int n) { return "HTX-" + pad4(n); }

// ---------------------------------------------------------------- CSV

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

void writeCsv(const fs::path& path, const std::vector<std::string>& header,
              const std::vector<std::vector<std::string>>& rows, const std::string& types) {
    std::ofstream out(path, std::ios::binary);
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << csvField(cells[i]);
        out << "\n";
    };
    line(header);
    for (const auto& r : rows) line(r);
    if (!out) throw std::runtime_error("cannot write " + path.string());
    // GDAL's CSV driver reads column types from a .csvt beside the file.
    std::ofstream t(fs::path(path).replace_extension(".csvt"), std::ios::binary);
    t << types << "\n";
}

// ---------------------------------------------------------------- GDAL writing

struct FieldDef {
    std::string name;
    OGRFieldType type;
    int width = 0;
};

struct OutFeature {
    std::vector<std::string> values;  // parallel to fields; dates "YYYY-MM-DD"
    geo::Geometry geometry;           // in EPSG:9209
};

OGRGeometryH toOgr(const geo::Geometry& g) {
    auto ring = [](const geo::Ring& r) {
        OGRGeometryH lr = OGR_G_CreateGeometry(wkbLinearRing);
        for (auto p : r) OGR_G_AddPoint_2D(lr, p.x, p.y);
        return lr;
    };
    auto poly = [&](const geo::Polygon& p) {
        OGRGeometryH pg = OGR_G_CreateGeometry(wkbPolygon);
        for (const auto& r : p.rings) OGR_G_AddGeometryDirectly(pg, ring(r));
        return pg;
    };
    if (g.kind == geo::GeometryKind::Point) {
        OGRGeometryH pt = OGR_G_CreateGeometry(wkbPoint);
        OGR_G_SetPoint_2D(pt, 0, g.points[0].x, g.points[0].y);
        return pt;
    }
    if (g.polygons.size() == 1) return poly(g.polygons[0]);
    OGRGeometryH mp = OGR_G_CreateGeometry(wkbMultiPolygon);
    for (const auto& p : g.polygons) OGR_G_AddGeometryDirectly(mp, poly(p));
    return mp;
}

void removeDataset(const fs::path& path) {
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".gpkg", ".gpkg-journal",
                            ".gpkg-wal", ".gpkg-shm"}) {
        std::error_code ec;
        fs::remove(fs::path(path).replace_extension(ext), ec);
    }
}

void writeLayer(const fs::path& path, const char* driverName, const std::string& layerName, bool withCrs,
                OGRwkbGeometryType type, const std::vector<FieldDef>& fields,
                const std::vector<OutFeature>& features, const std::vector<std::string>& layerOptions) {
    removeDataset(path);
    GDALDriverH driver = GDALGetDriverByName(driverName);
    if (!driver) throw std::runtime_error(std::string("GDAL has no driver ") + driverName);
    GDALDatasetH ds = GDALCreate(driver, path.string().c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds) throw std::runtime_error("cannot create " + path.string() + ": " + CPLGetLastErrorMsg());
    OGRSpatialReferenceH srs = nullptr;
    if (withCrs) {
        srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, 9209);
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    }
    CPLStringList lco;
    for (const auto& o : layerOptions) lco.AddString(o.c_str());
    OGRLayerH layer = GDALDatasetCreateLayer(ds, layerName.c_str(), srs, type, lco.List());
    if (!layer) throw std::runtime_error("cannot create layer in " + path.string() + ": " + CPLGetLastErrorMsg());
    for (const auto& f : fields) {
        OGRFieldDefnH fd = OGR_Fld_Create(f.name.c_str(), f.type);
        if (f.width) OGR_Fld_SetWidth(fd, f.width);
        if (f.type == OFTReal) {
            OGR_Fld_SetWidth(fd, 12);
            OGR_Fld_SetPrecision(fd, 2);
        }
        if (OGR_L_CreateField(layer, fd, 0) != OGRERR_NONE)
            throw std::runtime_error("cannot create field " + f.name + " in " + path.string());
        OGR_Fld_Destroy(fd);
    }
    if (OGR_L_StartTransaction(layer) != OGRERR_NONE) throw std::runtime_error("cannot start a transaction");
    for (const auto& feat : features) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const std::string& v = feat.values[i];
            int idx = static_cast<int>(i);
            switch (fields[i].type) {
                case OFTInteger:
                case OFTInteger64: OGR_F_SetFieldInteger64(f, idx, std::stoll(v)); break;
                case OFTReal: OGR_F_SetFieldDouble(f, idx, std::stod(v)); break;
                case OFTDate:
                    OGR_F_SetFieldDateTime(f, idx, std::stoi(v.substr(0, 4)), std::stoi(v.substr(5, 2)),
                                           std::stoi(v.substr(8, 2)), 0, 0, 0, 0);
                    break;
                default: OGR_F_SetFieldString(f, idx, v.c_str());
            }
        }
        OGR_F_SetGeometryDirectly(f, toOgr(feat.geometry));
        if (OGR_L_CreateFeature(layer, f) != OGRERR_NONE)
            throw std::runtime_error("cannot write a feature to " + path.string() + ": " + CPLGetLastErrorMsg());
        OGR_F_Destroy(f);
    }
    if (OGR_L_CommitTransaction(layer) != OGRERR_NONE)
        throw std::runtime_error("cannot write " + path.string() + ": " + CPLGetLastErrorMsg());
    GDALClose(ds);
    if (srs) OSRRelease(srs);
}

// ---------------------------------------------------------------- the generator

struct PlantingArea {
    int district = 0;          // index into districts()
    geo::XY centre;
    geo::Polygon shape;        // relative to centre, before calibration (metres)
    geo::Polygon polygon;      // final, EPSG:9209, 1 cm
    double ha = 0;             // geodesic, final
    std::string crop;
    bool crossing = false;
};

struct Coop {
    int district = -1;         // -1: outside every district
    geo::XY xy;
    std::string key, name, product;
    std::int64_t members = 0;
    int ocop = 0;
};

class Generator {
public:
    explicit Generator(fs::path out) : out_(std::move(out)), rng_(0x536F635472616E67ULL /* "SocTrang" */) {}

    void run() {
        fs::create_directories(out_);
        districts_ = districts();
        makeZones();
        makePlantingAreas();
        makeCooperatives();
        assignPlantingAttributes();
        writeGeometryLayers();
        writeTables();
        writeProject();
        check();
    }

private:
    fs::path out_;
    Rng rng_;
    std::vector<District> districts_;
    geo::Transformer toProjected_{geo::wgs84(), geo::describeCrs(kProvinceCrs)};
    geo::Transformer toWgs84_{geo::describeCrs(kProvinceCrs), geo::wgs84()};
    std::vector<geo::Polygon> zones_;       // per district, EPSG:9209
    geo::Polygon province_;
    std::vector<PlantingArea> plantings_;
    std::vector<Coop> coops_;
    // Attributes of the planting areas, in output order.
    std::vector<std::vector<std::string>> plantingRows_;

    geo::XY project(geo::XY lonLat) const {
        geo::XY p = toProjected_.forward(lonLat);
        return {round2(p.x), round2(p.y)};
    }

    double geodesicHa(const geo::Polygon& projected) const {
        return geo::geodesicAreaHa(toWgs84_.forward(geo::Geometry::polygon(projected)));
    }

    // ------------------------------------------------ zones

    void makeZones() {
        // Outline in EPSG:9209, each edge broken into ~3 km pieces with a
        // little sideways wobble so that it does not look ruled.
        std::vector<geo::XY> corners;
        for (auto ll : kOutlineLonLat) corners.push_back(project(ll));
        geo::Ring outline;
        for (std::size_t i = 0; i < corners.size(); ++i) {
            geo::XY a = corners[i], b = corners[(i + 1) % corners.size()];
            double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
            int pieces = std::max(1, static_cast<int>(len / 3000));
            outline.push_back(a);
            for (int k = 1; k < pieces; ++k) {
                double t = static_cast<double>(k) / pieces, off = rng_.range(-350, 350);
                outline.push_back({round2(a.x + dx * t - dy / len * off), round2(a.y + dy * t + dx / len * off)});
            }
        }
        outline.push_back(outline.front());
        G outlineG = gPolygon({{outline}});
        if (!GEOSisValid_r(g_ctx, outlineG.get())) throw std::runtime_error("outline is not valid");

        // Seeds: every district but the city; the city is an irregular disc
        // of about 5 km radius carved out of its neighbours.
        std::vector<int> seedDistrict;
        std::vector<geo::XY> seeds;
        geo::XY cityCentre;
        int city = -1;
        for (std::size_t i = 0; i < districts_.size(); ++i) {
            geo::XY p = project({districts_[i].lon, districts_[i].lat});
            if (districts_[i].kind == "Thành phố") {
                cityCentre = p;
                city = static_cast<int>(i);
                continue;
            }
            seeds.push_back(p);
            seedDistrict.push_back(static_cast<int>(i));
        }
        geo::Ring cityRing;
        for (int k = 0; k < 18; ++k) {
            double a = 2 * kPi * k / 18, r = 4900 * rng_.range(0.85, 1.12);
            cityRing.push_back({round2(cityCentre.x + r * std::cos(a)), round2(cityCentre.y + r * std::sin(a))});
        }
        cityRing.push_back(cityRing.front());
        G cityG = gPolygon({{cityRing}});

        std::vector<GEOSGeometry*> pts;
        for (auto s : seeds) pts.push_back(GEOSGeom_createPoint_r(g_ctx, toSeq({s})));
        G seedsG = own(GEOSGeom_createCollection_r(g_ctx, GEOS_MULTIPOINT, pts.data(), static_cast<unsigned>(pts.size())));
        G frame = own(GEOSBuffer_r(g_ctx, outlineG.get(), 20000, 4));
        G edges = own(GEOSVoronoiDiagram_r(g_ctx, seedsG.get(), frame.get(), 0, 1));

        // Node all the linework together and polygonise it: the faces then
        // share their vertices exactly, and so do the districts made of them.
        G lines = own(GEOSUnion_r(g_ctx, own(GEOSBoundary_r(g_ctx, outlineG.get())).get(), edges.get()));
        lines = own(GEOSUnion_r(g_ctx, lines.get(), own(GEOSBoundary_r(g_ctx, cityG.get())).get()));
        const GEOSGeometry* input[] = {lines.get()};
        G faces = own(GEOSPolygonize_r(g_ctx, input, 1));
        PG insideOutline(GEOSPrepare_r(g_ctx, outlineG.get()));
        PG insideCity(GEOSPrepare_r(g_ctx, cityG.get()));
        std::vector<std::vector<GEOSGeometry*>> parts(districts_.size());
        int n = GEOSGetNumGeometries_r(g_ctx, faces.get());
        for (int i = 0; i < n; ++i) {
            const GEOSGeometry* face = GEOSGetGeometryN_r(g_ctx, faces.get(), i);
            G inner = own(GEOSPointOnSurface_r(g_ctx, face));
            if (!GEOSPreparedContains_r(g_ctx, insideOutline.get(), inner.get())) continue;
            int owner = city;
            if (!GEOSPreparedContains_r(g_ctx, insideCity.get(), inner.get())) {
                geo::XY p = pointXY(inner.get());
                double best = 1e300;
                for (std::size_t s = 0; s < seeds.size(); ++s) {
                    double d = std::hypot(seeds[s].x - p.x, seeds[s].y - p.y);
                    if (d < best) best = d, owner = seedDistrict[s];
                }
            }
            parts[static_cast<std::size_t>(owner)].push_back(GEOSGeom_clone_r(g_ctx, face));
        }
        double sum = 0;
        std::vector<geo::Polygon> all;
        for (std::size_t d = 0; d < districts_.size(); ++d) {
            if (parts[d].empty()) throw std::runtime_error("district " + districts_[d].code + " got no face");
            G coll = own(GEOSGeom_createCollection_r(g_ctx, GEOS_MULTIPOLYGON, parts[d].data(),
                                                     static_cast<unsigned>(parts[d].size())));
            G merged = own(GEOSUnaryUnion_r(g_ctx, coll.get()));
            auto polys = polygonsOf(merged.get());
            if (polys.size() != 1)
                throw std::runtime_error("district " + districts_[d].code + " is not one polygon");
            zones_.push_back(roundPolygon(polys[0]));
            G z = gPolygon(zones_.back());
            if (!GEOSisValid_r(g_ctx, z.get())) throw std::runtime_error("district " + districts_[d].code + " invalid");
            sum += gArea(z.get());
            all.push_back(zones_.back());
        }
        // The province is the union of its districts: same vertices, no slivers.
        G unionG = own(GEOSUnaryUnion_r(g_ctx, gMulti(all).get()));
        auto provinceParts = polygonsOf(unionG.get());
        if (provinceParts.size() != 1 || provinceParts[0].rings.size() != 1)
            throw std::runtime_error("the districts do not make one polygon without holes");
        province_ = roundPolygon(provinceParts[0]);
        double unionArea = gArea(gPolygon(province_).get());
        if (std::abs(unionArea - sum) > 1.0)  // m²: an exact partition up to rounding noise
            throw std::runtime_error("districts overlap or leave gaps: Σ " + std::to_string(sum) + " m² vs union " +
                                     std::to_string(unionArea) + " m²");
        for (std::size_t a = 0; a < zones_.size(); ++a)
            for (std::size_t b = a + 1; b < zones_.size(); ++b) {
                G i = own(GEOSIntersection_r(g_ctx, gPolygon(zones_[a]).get(), gPolygon(zones_[b]).get()));
                if (gArea(i.get()) > 1e-3) throw std::runtime_error("districts overlap");
            }
        std::cerr << "districts: 11 zones, province " << std::lround(unionArea / 1e6) << " km² (planar)\n";
    }

    // ------------------------------------------------ planting areas

    // A random star-shaped field of planar area `ha` around (0, 0): sorted
    // angles and positive radii make a simple ring; stretching and rotating
    // keeps it simple.
    geo::Polygon fieldShape(double ha) {
        int n = rng_.intRange(6, 20);
        double rot = rng_.range(0, 2 * kPi), stretch = rng_.range(1.0, 1.9);
        geo::Ring r;
        for (int k = 0; k < n; ++k) {
            double a = 2 * kPi * (k + rng_.range(-0.3, 0.3)) / n;
            double rad = rng_.range(0.78, 1.22);
            double x = rad * std::cos(a) * stretch, y = rad * std::sin(a) / stretch;
            r.push_back({x * std::cos(rot) - y * std::sin(rot), x * std::sin(rot) + y * std::cos(rot)});
        }
        r.push_back(r.front());
        double area2 = 0;
        for (std::size_t i = 0; i + 1 < r.size(); ++i) area2 += r[i].x * r[i + 1].y - r[i + 1].x * r[i].y;
        double scale = std::sqrt(ha * 1e4 / (std::abs(area2) / 2));
        for (auto& p : r) p = {p.x * scale, p.y * scale};
        return {{r}};
    }

    static geo::Polygon placed(const geo::Polygon& shape, geo::XY centre, double s) {
        geo::Polygon p = shape;
        for (auto& pt : p.rings[0]) pt = {round2(centre.x + pt.x * s), round2(centre.y + pt.y * s)};
        return p;
    }

    void makePlantingAreas() {
        // Target areas 1–20 ha with many small and a few large fields.
        std::vector<double> target;
        for (int i = 0; i < kPlantingCount; ++i) target.push_back(1.4 + 15.5 * std::pow(rng_.uniform(), 2.2));
        double sum = 0;
        for (double t : target) sum += t;
        for (double& t : target) t = std::clamp(t * kTotalHa / sum, 1.05, 19.0);

        std::vector<G> placedG;
        // Prepared geometries do not own their base: keep the buffers alive.
        std::vector<G> innerBase;
        std::vector<PG> inner;
        for (const auto& z : zones_) {
            innerBase.push_back(own(GEOSBuffer_r(g_ctx, gPolygon(z).get(), -60, 4)));
            inner.emplace_back(GEOSPrepare_r(g_ctx, innerBase.back().get()));
        }
        std::size_t next = 0;

        // The one legitimate border-crossing field: on the middle of the
        // border between Mỹ Xuyên (947) and Thạnh Trị (949).
        {
            int a = indexOf("947"), b = indexOf("949");
            G ba = own(GEOSBoundary_r(g_ctx, gPolygon(zones_[static_cast<std::size_t>(a)]).get()));
            G bb = own(GEOSBoundary_r(g_ctx, gPolygon(zones_[static_cast<std::size_t>(b)]).get()));
            G shared = own(GEOSIntersection_r(g_ctx, ba.get(), bb.get()));
            G merged = own(GEOSLineMerge_r(g_ctx, shared.get()));
            const GEOSGeometry* line = GEOSGeomTypeId_r(g_ctx, merged.get()) == GEOS_LINESTRING
                                           ? merged.get()
                                           : GEOSGetGeometryN_r(g_ctx, merged.get(), 0);
            G mid = own(GEOSInterpolateNormalized_r(g_ctx, line, 0.5));
            PlantingArea pa;
            pa.district = a;
            pa.centre = pointXY(mid.get());
            pa.shape = fieldShape(target[next++]);
            pa.polygon = placed(pa.shape, pa.centre, 1);
            pa.crossing = true;
            pa.crop = "Lúa";
            placedG.push_back(gPolygon(pa.polygon));
            plantings_.push_back(std::move(pa));
        }
        for (std::size_t d = 0; d < districts_.size(); ++d) {
            int want = districts_[d].plantings - (districts_[d].code == "947" ? 1 : 0);
            geo::Envelope env;
            for (auto p : zones_[d].rings[0]) env.expand(p);
            for (int k = 0; k < want; ++k) {
                PlantingArea pa;
                pa.district = static_cast<int>(d);
                pa.shape = fieldShape(target[next++]);
                pa.crop = rng_.pick(districts_[d].crops);
                for (int attempt = 0;; ++attempt) {
                    if (attempt > 20000) throw std::runtime_error("cannot place a field in " + districts_[d].code);
                    pa.centre = {rng_.range(env.minX, env.maxX), rng_.range(env.minY, env.maxY)};
                    pa.polygon = placed(pa.shape, pa.centre, 1);
                    G g = gPolygon(pa.polygon);
                    if (!GEOSPreparedContains_r(g_ctx, inner[d].get(), g.get())) continue;
                    bool clear = true;
                    for (const auto& o : placedG) {
                        double dist = 0;
                        GEOSDistance_r(g_ctx, g.get(), o.get(), &dist);
                        if (dist < 80) {
                            clear = false;
                            break;
                        }
                    }
                    if (!clear) continue;
                    placedG.push_back(std::move(g));
                    break;
                }
                plantings_.push_back(std::move(pa));
            }
        }
        if (plantings_.size() != kPlantingCount) throw std::runtime_error("wrong number of planting areas");
        // Number them district by district, west to east.
        std::stable_sort(plantings_.begin(), plantings_.end(), [&](const PlantingArea& x, const PlantingArea& y) {
            if (x.district != y.district) return districts_[x.district].code < districts_[y.district].code;
            return x.centre.x < y.centre.x;
        });
        calibrate();
    }

    // Scale every field about its centre so that, after rounding to 1 cm, the
    // geodesic areas (as the app computes them) sum to 584.17 ha ± 0.0002.
    void calibrate() {
        auto total = [&](double s) {
            double t = 0;
            for (auto& pa : plantings_) {
                pa.polygon = placed(pa.shape, pa.centre, s);
                pa.ha = geodesicHa(pa.polygon);
                t += pa.ha;
            }
            return t;
        };
        double s = 1;
        for (int i = 0; i < 4; ++i) s *= std::sqrt(kTotalHa / total(s));
        for (int k = 0; k < 5000; ++k) {
            // Rounding to 1 cm moves the total by a few m²: nudge the scale
            // in tiny deterministic steps until the rounded total lands.
            double trial = s * (1 + (k % 2 ? 1 : -1) * ((k + 1) / 2) * 2e-8);
            double t = total(trial);
            if (std::abs(t - kTotalHa) < 0.0002) {
                std::cerr << "planting areas: scale " << trial << ", Σ " << t << " ha after " << k + 1 << " tries\n";
                verifyPlantings();
                return;
            }
        }
        throw std::runtime_error("could not calibrate the planting areas");
    }

    void verifyPlantings() {
        std::vector<G> gs;
        for (const auto& pa : plantings_) {
            gs.push_back(gPolygon(pa.polygon));
            if (!GEOSisValid_r(g_ctx, gs.back().get())) throw std::runtime_error("invalid planting area");
            if (pa.ha < 1 || pa.ha > 20) throw std::runtime_error("planting area outside 1–20 ha");
        }
        for (std::size_t a = 0; a < gs.size(); ++a)
            for (std::size_t b = a + 1; b < gs.size(); ++b)
                if (GEOSIntersects_r(g_ctx, gs[a].get(), gs[b].get())) throw std::runtime_error("planting areas overlap");
        int crossing = 0;
        G prov = gPolygon(province_);
        for (std::size_t a = 0; a < gs.size(); ++a) {
            if (!GEOSContains_r(g_ctx, prov.get(), gs[a].get())) throw std::runtime_error("field outside province");
            int within = 0;
            for (const auto& z : zones_)
                if (GEOSContains_r(g_ctx, gPolygon(z).get(), gs[a].get())) ++within;
            if (within == 0) ++crossing;
        }
        if (crossing != 1) throw std::runtime_error("expected exactly one border-crossing field");
    }

    int indexOf(const std::string& code) const {
        for (std::size_t i = 0; i < districts_.size(); ++i)
            if (districts_[i].code == code) return static_cast<int>(i);
        throw std::runtime_error("no district " + code);
    }

    // ------------------------------------------------ cooperatives

    void makeCooperatives() {
        std::set<std::string> names;
        for (std::size_t d = 0; d < districts_.size(); ++d) {
            const District& dist = districts_[d];
            G zg = gPolygon(zones_[d]);
            G innerG = own(GEOSBuffer_r(g_ctx, zg.get(), -150, 4));  // never on or near a border
            PG inner(GEOSPrepare_r(g_ctx, innerG.get()));
            geo::Envelope env;
            for (auto p : zones_[d].rings[0]) env.expand(p);
            for (int k = 0; k < dist.coops; ++k) {
                Coop c;
                c.district = static_cast<int>(d);
                for (;;) {
                    c.xy = {round2(rng_.range(env.minX, env.maxX)), round2(rng_.range(env.minY, env.maxY))};
                    if (GEOSPreparedContains_r(g_ctx, inner.get(), gPoint(c.xy).get())) break;
                }
                for (int attempt = 0;; ++attempt) {
                    const auto& kind = rng_.pick(dist.coopKinds);
                    std::string name = "HTX " + kind.first + " " + rng_.pick(dist.communes);
                    if (attempt > 200) name += " " + std::to_string(attempt);
                    if (names.insert(name).second) {
                        c.name = name;
                        c.product = kind.second;
                        break;
                    }
                }
                // Members: most cooperatives are small, a few have hundreds.
                c.members = 15 + static_cast<std::int64_t>(std::lround(420 * std::pow(rng_.uniform(), 1.8)));
                coops_.push_back(std::move(c));
            }
        }
        // The defect: off the river mouth, outside every district.
        Coop out;
        out.xy = project(kOutsideCoopLonLat);
        out.name = "HTX Nuôi nghêu An Thạnh Nam";
        out.product = "Nghêu";
        out.members = 40;
        {
            G p = gPoint(out.xy);
            double dist = 0;
            GEOSDistance_r(g_ctx, gPolygon(province_).get(), p.get(), &dist);
            if (dist < 500) throw std::runtime_error("HTX-0216 is too close to the province");
        }
        coops_.push_back(std::move(out));
        for (std::size_t i = 0; i < coops_.size(); ++i) coops_[i].key = htxKey(static_cast<int>(i) + 1);
        if (coops_.size() != kCoopCount) throw std::runtime_error("wrong number of cooperatives");

        // Members sum exactly to kCoopMembers.
        std::int64_t sum = 0;
        for (const auto& c : coops_) sum += c.members;
        for (auto& c : coops_)
            c.members = std::max<std::int64_t>(7, std::llround(static_cast<double>(c.members) * kCoopMembers / sum));
        for (std::size_t i = 0;; i = (i + 1) % coops_.size()) {
            sum = 0;
            for (const auto& c : coops_) sum += c.members;
            if (sum == kCoopMembers) break;
            if (sum < kCoopMembers) ++coops_[i].members;
            else if (coops_[i].members > 7) --coops_[i].members;
        }
        // OCOP: 16 cooperatives, 4 of them 4 stars.
        for (int k = 0; k < kOcopCount;) {
            Coop& c = coops_[static_cast<std::size_t>(rng_.intRange(0, kCoopCount - 2))];
            if (c.ocop) continue;
            c.ocop = k < 4 ? 4 : 3;
            ++k;
        }
    }

    void assignPlantingAttributes() {
        const std::map<std::string, std::vector<std::string>> markets = {
            {"Lúa", {"EU", "Mỹ", "Trung Quốc", "Philippines"}},
            {"Tôm-lúa", {"EU", "Mỹ", "Úc"}},
            {"Hành tím", {"Trung Quốc", "Nhật Bản", "Hàn Quốc"}},
            {"Mía", {"Trung Quốc"}},
            {"Khóm", {"Trung Quốc", "EU"}},
        };
        const std::vector<std::string> fruitMarkets = {"Trung Quốc", "Mỹ", "Úc", "EU", "Hàn Quốc"};
        for (std::size_t i = 0; i < plantings_.size(); ++i) {
            PlantingArea& pa = plantings_[i];
            int n = static_cast<int>(i) + 1;
            // A cooperative of the same district, one growing the crop if there is one.
            std::vector<const Coop*> same, growing;
            for (const auto& c : coops_)
                if (c.district == pa.district) {
                    same.push_back(&c);
                    if (c.product == pa.crop) growing.push_back(&c);
                }
            const Coop* coop = growing.empty() ? rng_.pick(same) : rng_.pick(growing);
            double declared = round2(n == kDefectPlanting ? pa.ha * 1.2 : pa.ha);
            auto m = markets.find(pa.crop);
            std::string market = rng_.pick(m == markets.end() ? fruitMarkets : m->second);
            int year = rng_.intRange(2019, 2022), month = rng_.intRange(1, 12), day = rng_.intRange(1, 28);
            char date[16];
            std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
            char ha[32];
            std::snprintf(ha, sizeof ha, "%.2f", declared);
            plantingRows_.push_back({"VN-STOR-" + pad4(n), pa.crop, coop->key, ha, date, market});
        }
    }

    // ------------------------------------------------ writing

    void writeGeometryLayers() {
        std::string dbfDate = std::string("DBF_DATE_LAST_UPDATE=") + kFixedDate;
        // Province boundary.
        writeLayer(out_ / "tinh.shp", "ESRI Shapefile", "tinh", true, wkbPolygon,
                   {{"ma_tinh", OFTString, 4}, {"ten", OFTString, 40}},
                   {{{"94", "Sóc Trăng"}, geo::Geometry::polygon(province_)}}, {"ENCODING=UTF-8", dbfDate});
        // Districts.
        std::vector<OutFeature> zones;
        for (std::size_t d = 0; d < districts_.size(); ++d)
            zones.push_back({{districts_[d].code, districts_[d].name, districts_[d].kind},
                             geo::Geometry::polygon(zones_[d])});
        writeLayer(out_ / "huyen.shp", "ESRI Shapefile", "huyen", true, wkbPolygon,
                   {{"ma_dvhc", OFTString, 5}, {"ten", OFTString, 60}, {"loai", OFTString, 20}}, zones,
                   {"ENCODING=UTF-8", dbfDate});
        // Planting areas.
        std::vector<OutFeature> fields;
        for (std::size_t i = 0; i < plantings_.size(); ++i)
            fields.push_back({plantingRows_[i], geo::Geometry::polygon(plantings_[i].polygon)});
        writeLayer(out_ / "vung_trong.gpkg", "GPKG", "vung_trong", true, wkbPolygon,
                   {{"ma_vung", OFTString}, {"cay_trong", OFTString}, {"ma_htx", OFTString},
                    {"dt_khai", OFTReal}, {"ngay_cap", OFTDate}, {"thi_truong", OFTString}},
                   fields,
                   {"FID=fid", "GEOMETRY_NAME=geom", "IDENTIFIER=Mã số vùng trồng (tổng hợp)",
                    "DESCRIPTION=Synthetic demo data: 94 planting-area codes of Sóc Trăng, schematic geometry"});
        // Cooperatives: no .prj on purpose (the CRS is inferred), UTF-8 .cpg.
        std::vector<OutFeature> coops;
        for (const auto& c : coops_)
            coops.push_back({{c.key, c.name, "HTX", std::to_string(c.members), std::to_string(c.ocop), c.product},
                             geo::Geometry::point(c.xy)});
        writeLayer(out_ / "htx.shp", "ESRI Shapefile", "htx", false, wkbPoint,
                   {{"ma_htx", OFTString, 8}, {"ten_htx", OFTString, 100}, {"loai", OFTString, 8},
                    {"thanh_vien", OFTInteger, 6}, {"ocop_sao", OFTInteger, 1}, {"san_pham", OFTString, 40}},
                   coops, {"ENCODING=UTF-8", dbfDate});
    }

    // Picks `count` distinct cooperatives (never the one outside).
    std::vector<const Coop*> someCoops(int count, const std::set<std::string>& exclude = {}) {
        std::vector<const Coop*> out;
        std::set<std::string> used = exclude;
        while (static_cast<int>(out.size()) < count) {
            const Coop& c = coops_[static_cast<std::size_t>(rng_.intRange(0, kCoopCount - 2))];
            if (used.insert(c.key).second) out.push_back(&c);
        }
        return out;
    }

    void writeTables() {
        // New-countryside programme: infrastructure for 5 cooperatives,
        // 8,812,500,000 VND; the third row's key matches nothing (defect).
        const std::string programme = "Nông thôn mới 2021–2025";
        auto inv = someCoops(4);
        const std::vector<std::vector<std::string>> invest = {
            {inv[0]->key, programme, "Nhà kho chứa lúa", "2150000000", "2021"},
            {inv[1]->key, programme, "Lò sấy lúa", "1875000000", "2022"},
            {kDefectInvestmentKey, programme, "Sân phơi", "1962500000", "2022"},
            {inv[2]->key, programme, "Nhà sơ chế, đóng gói", "1325000000", "2023"},
            {inv[3]->key, programme, "Đường giao thông nội đồng", "1500000000", "2024"},
        };
        writeCsv(out_ / "dau_tu.csv", {"ma_htx", "chuong_trinh", "hang_muc", "so_tien_vnd", "nam"}, invest,
                 "String,String,String,Integer64,Integer");

        // Cooperative development fund: 11 cooperatives, 4,530,000,000 VND.
        const std::vector<std::int64_t> loanMillions = {500, 450, 400, 350, 600, 300, 420, 380, 480, 350, 300};
        auto loanCoops = someCoops(11);
        std::vector<std::vector<std::string>> loans;
        for (std::size_t i = 0; i < loanMillions.size(); ++i)
            loans.push_back({loanCoops[i]->key, std::to_string(loanMillions[i] * 1000000),
                             std::to_string(rng_.intRange(2020, 2022))});
        writeCsv(out_ / "vay_von.csv", {"ma_htx", "so_tien_vnd", "nam"}, loans, "String,Integer64,Integer");

        // 1,244 cooperative groups, 29,613 members.
        const std::vector<std::string> activities = {"trồng lúa", "sản xuất lúa", "trồng màu", "chăn nuôi bò",
                                                     "nuôi tôm", "trồng cây ăn trái", "trồng hành tím",
                                                     "trồng mía", "nuôi cá", "dịch vụ cơ giới"};
        const std::vector<std::string> hamlets = {"Tân Hòa", "Hòa Bình", "Phú Lợi", "Mỹ Hòa", "Xóm Mới",
                                                  "Bưng Tróp", "Trà Canh", "Sóc Vồ", "Prey Chóp", "Bưng Cóc",
                                                  "Xóm Tro", "Cổ Cò", "Tà Lọt", "Vĩnh Thạnh", "Kinh Ngay",
                                                  "Mỹ Thanh", "Tân Lộc", "Bình Phú", "Đai Trị", "Tân Qui"};
        double weights = 0;
        for (const auto& d : districts_) weights += d.groupWeight;
        std::vector<std::vector<std::string>> groups;
        std::vector<std::int64_t> members;
        int made = 0;
        for (std::size_t d = 0; d < districts_.size(); ++d) {
            int n = d + 1 == districts_.size()
                        ? kGroupCount - made
                        : static_cast<int>(std::lround(kGroupCount * districts_[d].groupWeight / weights));
            for (int k = 0; k < n; ++k) {
                ++made;
                std::string name = "THT " + rng_.pick(activities) + " ấp " + rng_.pick(hamlets) + " (" +
                                   rng_.pick(districts_[d].communes) + ")";
                groups.push_back({"THT-" + pad4(made), name, districts_[d].code, ""});
                members.push_back(8 + static_cast<std::int64_t>(std::lround(40 * std::pow(rng_.uniform(), 1.3))));
            }
        }
        std::int64_t sum = 0;
        for (auto m : members) sum += m;
        for (auto& m : members) m = std::max<std::int64_t>(7, std::llround(static_cast<double>(m) * kGroupMembers / sum));
        for (std::size_t i = 0;; i = (i + 1) % members.size()) {
            sum = 0;
            for (auto m : members) sum += m;
            if (sum == kGroupMembers) break;
            if (sum < kGroupMembers) ++members[i];
            else if (members[i] > 7) --members[i];
        }
        for (std::size_t i = 0; i < groups.size(); ++i) groups[i][3] = std::to_string(members[i]);
        writeCsv(out_ / "to_hop_tac.csv", {"ma_tht", "ten", "ma_dvhc", "thanh_vien"}, groups,
                 "String,String,String,Integer");

        // The one cooperative union: the planned Thạnh Trị rice union.
        writeCsv(out_ / "lien_hiep.csv", {"ma_lh", "ten", "ma_dvhc", "so_htx", "trang_thai"},
                 {{"LH-0001", "Liên hiệp HTX Lúa gạo Thạnh Trị", "949", "5", "dự kiến thành lập"}},
                 "String,String,String,Integer,String");

        // Since mid-2025 the districts no longer exist: Sóc Trăng is part of
        // Cần Thơ city (unit code 92).
        std::vector<std::vector<std::string>> cw;
        for (const auto& d : districts_) cw.push_back({d.code, "92", "Thành phố Cần Thơ"});
        writeCsv(out_ / "crosswalk.csv", {"from_code", "to_code", "to_name"}, cw, "String,String,String");
    }

    void writeProject() {
        using oj = nlohmann::ordered_json;
        oj p;
        p["name"] = "Sóc Trăng (dữ liệu mẫu)";
        p["description"] =
            "SYNTHETIC demo data (dữ liệu tổng hợp, không phải số liệu thật): real names and unit codes of Sóc "
            "Trăng's 11 former district-level units, schematic geometry; totals match the province's early-2023 "
            "figures (216 HTX, 94 planting-area codes, 584.17 ha). Generated by vungtrong-demo-gen.";
        p["province_crs"] = kProvinceCrs;
        p["code_pattern"] = "^VN-[A-Z]{4}-[0-9]{4}$";
        p["declared_area_tolerance_pct"] = 5;
        oj layers = oj::array();
        auto layer = [&](const char* id, const char* role, const char* path, const char* title, oj fields,
                         const char* name = nullptr) {
            oj l;
            l["id"] = id;
            l["role"] = role;
            l["path"] = path;
            if (name) l["layer"] = name;
            l["title"] = title;
            if (!fields.empty()) l["fields"] = std::move(fields);
            layers.push_back(std::move(l));
        };
        layer("province", "boundary", "tinh.shp", "Ranh giới tỉnh Sóc Trăng", {{"code", "ma_tinh"}, {"name", "ten"}});
        layer("districts", "zones", "huyen.shp", "Huyện, thị xã, thành phố (trước 7/2025)",
              {{"code", "ma_dvhc"}, {"name", "ten"}, {"kind", "loai"}});
        layer("planting_areas", "planting_areas", "vung_trong.gpkg", "Mã số vùng trồng xuất khẩu",
              {{"code", "ma_vung"}, {"crop", "cay_trong"}, {"cooperative", "ma_htx"}, {"declared_ha", "dt_khai"}},
              "vung_trong");
        layer("cooperatives", "cooperatives", "htx.shp", "Hợp tác xã",
              {{"key", "ma_htx"}, {"name", "ten_htx"}, {"kind", "loai"}, {"members", "thanh_vien"},
               {"ocop_stars", "ocop_sao"}});
        layer("investments", "investments", "dau_tu.csv", "Đầu tư hạ tầng HTX (Nông thôn mới 2021–2025)",
              {{"cooperative", "ma_htx"}, {"amount_vnd", "so_tien_vnd"}, {"programme", "chuong_trinh"},
               {"year", "nam"}});
        layer("fund_loans", "table", "vay_von.csv", "Vay vốn Quỹ hỗ trợ phát triển HTX",
              {{"cooperative", "ma_htx"}, {"amount_vnd", "so_tien_vnd"}, {"year", "nam"}});
        layer("coop_groups", "table", "to_hop_tac.csv", "Tổ hợp tác",
              {{"code", "ma_tht"}, {"name", "ten"}, {"members", "thanh_vien"}});
        layer("unions", "table", "lien_hiep.csv", "Liên hiệp HTX",
              {{"code", "ma_lh"}, {"name", "ten"}});
        p["layers"] = std::move(layers);
        // The synthetic raster background made by make_background.py from this outline (data/README.md).
        p["basemaps"] = {{{"id", "nen"},
                          {"name", "Nền tổng hợp (synthetic background)"},
                          {"path", "nen_tong_hop.tif"},
                          {"attribution", "Synthetic background (VungTrong demo)"},
                          {"opacity", 0.9}}};
        p["links"] = {{"planting_to_cooperative", "key"}, {"max_distance_m", 1000}};
        p["crosswalk"] = {{"path", "crosswalk.csv"}, {"from_field", "from_code"}, {"to_field", "to_code"},
                          {"to_name_field", "to_name"}};
        std::ofstream out(out_ / "soc-trang.vtproj", std::ios::binary);
        out << p.dump(2) << "\n";
    }

    // ------------------------------------------------ self-check

    void check() {
        geo::Project project = geo::loadProject((out_ / "soc-trang.vtproj").string());
        geo::Workspace ws = geo::loadWorkspace(project);
        bool ok = true;
        for (const auto& issue : ws.issues) {
            std::cerr << (issue.severity == geo::LoadIssue::Severity::Error ? "error: " : "note: ") << issue.layerId
                      << ": " << issue.message << "\n";
            if (issue.severity == geo::LoadIssue::Severity::Error) ok = false;
        }
        const geo::LoadedLayer* pa = ws.find("planting_areas");
        if (!pa) throw std::runtime_error("the planting areas did not load");
        double total = 0;
        for (const auto& f : pa->normalised.features) total += geo::geodesicAreaHa(f.geometry);
        for (const auto& l : ws.layers)
            if (!l.repairs.empty()) {
                std::cerr << "error: " << l.spec.id << ": " << l.repairs.size() << " geometries needed repair\n";
                ok = false;
            }
        std::int64_t members = 0;
        int ocop = 0;
        for (const auto& c : coops_) {
            members += c.members;
            ocop += c.ocop >= 3;
        }
        char buf[256];
        std::snprintf(buf, sizeof buf,
                      "read back: %zu planting areas, %.4f ha; %zu cooperatives, %lld members, %d OCOP\n",
                      pa->normalised.features.size(), total, coops_.size(), static_cast<long long>(members), ocop);
        std::cerr << buf;
        if (std::abs(total - kTotalHa) > 0.001) ok = false;
        if (!ok) throw std::runtime_error("the demo project does not read back as intended");
    }
};

}  // namespace

int main(int argc, char** argv) {
    const char* usage =
        "usage: vungtrong-demo-gen OUTDIR\n"
        "Writes the synthetic Sóc Trăng demo project (soc-trang.vtproj and its layers) into OUTDIR.\n";
    const std::string arg = argc == 2 ? argv[1] : "";
    if (arg == "--help" || arg == "-h") {
        std::cout << usage;
        return std::cout.flush() ? 0 : 1;
    }
    // An option it does not know is a mistake, not a folder to write into
    // ("./--x" names such a folder, should anyone want one).
    if (argc != 2 || arg.empty() || arg[0] == '-') {
        if (argc == 2 && !arg.empty() && arg[0] == '-') std::cerr << "vungtrong-demo-gen: unknown option " << arg << "\n";
        std::cerr << usage;
        return 2;
    }
    // Fixed timestamps: the GeoPackage's last_change and the DBF header date.
    CPLSetConfigOption("OGR_CURRENT_DATE", "2023-03-01T00:00:00.000Z");
    setenv("PROJ_NETWORK", "OFF", 0);
    GDALAllRegister();
    g_ctx = GEOS_init_r();
    int rc = 0;
    try {
        Generator(argv[1]).run();
        std::cerr << "wrote the demo project to " << argv[1] << "\n";
    } catch (const std::exception& e) {
        std::cerr << "vungtrong-demo-gen: " << e.what() << "\n";
        rc = 1;
    }
    GEOS_finish_r(g_ctx);
    return rc;
}
