#include "geo/crs.h"

#include <proj.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "geo/error.h"
#include "geo/geometry_walk.h"
#include "geo/geodesic_distance.h"
#include "geo/number_format.h"
#include "geo/province.h"

namespace geo {
namespace {

struct ContextDeleter {
    void operator()(PJ_CONTEXT* c) const { proj_context_destroy(c); }
};
struct PjDeleter {
    void operator()(PJ* p) const { proj_destroy(p); }
};
using ContextPtr = std::unique_ptr<PJ_CONTEXT, ContextDeleter>;
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

ContextPtr newContext() {
    ContextPtr ctx(proj_context_create());
    if (!ctx) throw CrsError("cannot start PROJ (proj_context_create failed: out of memory?)");
    // Results must not depend on whether this machine reaches the CDN.
    proj_context_set_enable_network(ctx.get(), 0);
    proj_log_level(ctx.get(), PJ_LOG_NONE);
    return ctx;
}

// One context per thread for the short-lived describe/infer calls.
PJ_CONTEXT* threadContext() {
    thread_local ContextPtr ctx = newContext();
    return ctx.get();
}

std::string lastError(PJ_CONTEXT* ctx) {
    int err = proj_context_errno(ctx);
    const char* msg = err ? proj_context_errno_string(ctx, err) : nullptr;
    return msg ? msg : "unknown PROJ error";
}

PjPtr createCrs(PJ_CONTEXT* ctx, const std::string& definition) {
    PjPtr crs(proj_create(ctx, definition.c_str()));
    if (!crs) throw CrsError("cannot understand CRS '" + definition.substr(0, 80) + "': " + lastError(ctx));
    // A CRS with a towgs84 clause comes back as a BoundCRS: describe its base.
    if (proj_get_type(crs.get()) == PJ_TYPE_BOUND_CRS) {
        PjPtr base(proj_get_source_crs(ctx, crs.get()));
        if (base) return base;
    }
    return crs;
}

bool isGeographicType(PJ_TYPE t) {
    return t == PJ_TYPE_GEOGRAPHIC_2D_CRS || t == PJ_TYPE_GEOGRAPHIC_3D_CRS ||
           t == PJ_TYPE_GEOGRAPHIC_CRS;
}

// The EPSG code of crs when PROJ is confident of it (ESRI .prj WKT has none).
std::string identifyEpsg(PJ_CONTEXT* ctx, PJ* crs) {
    if (const char* auth = proj_get_id_auth_name(crs, 0)) {
        if (const char* code = proj_get_id_code(crs, 0)) return std::string(auth) + ":" + code;
    }
    int* confidence = nullptr;
    PJ_OBJ_LIST* matches = proj_identify(ctx, crs, "EPSG", nullptr, &confidence);
    std::string out;
    if (matches) {
        if (proj_list_get_count(matches) > 0 && confidence && confidence[0] >= 70) {
            PjPtr best(proj_list_get(ctx, matches, 0));
            const char* code = best ? proj_get_id_code(best.get(), 0) : nullptr;
            if (code) out = std::string("EPSG:") + code;
        }
        proj_list_destroy(matches);
    }
    proj_int_list_destroy(confidence);
    return out;
}

}  // namespace

CrsInfo describeCrs(const std::string& definition) {
    PJ_CONTEXT* ctx = threadContext();
    PjPtr crs = createCrs(ctx, definition);
    if (!proj_is_crs(crs.get())) throw CrsError("'" + definition.substr(0, 80) + "' is not a CRS");
    CrsInfo info;
    info.definition = definition;
    const char* name = proj_get_name(crs.get());
    info.name = name ? name : "";
    info.authorityCode = identifyEpsg(ctx, crs.get());
    info.isGeographic = isGeographicType(proj_get_type(crs.get()));
    // Prefer the short authority form: it is what users and projects write.
    if (!info.authorityCode.empty()) info.definition = info.authorityCode;
    return info;
}

std::optional<std::string> nonEarthUnit(const CrsInfo& crs) {
    if (!crs.isKnown()) return std::nullopt;
    PJ_CONTEXT* ctx = threadContext();
    PjPtr pj = createCrs(ctx, crs.definition);
    if (proj_get_type(pj.get()) != PJ_TYPE_ENGINEERING_CRS) return std::nullopt;
    PjPtr cs(proj_crs_get_coordinate_system(ctx, pj.get()));
    const char* unit = nullptr;
    // Without a readable axis the unit is unknown, not an error: the CRS is still not on Earth.
    if (!cs || !proj_cs_get_axis_info(ctx, cs.get(), 0, nullptr, nullptr, nullptr, nullptr, &unit, nullptr, nullptr) ||
        !unit)
        return std::string("unknown unit");
    std::string u = unit;
    return u == "metre" || u == "Meter" || u == "meter" ? "m" : u;  // PROJ says "metre", MapInfo "Meter"
}

CrsInfo wgs84() {
    static const CrsInfo info = describeCrs("EPSG:4326");
    return info;
}

namespace {

// A coarse box around Vietnam's mainland and islands, in degrees.
bool inVietnamBox(double lon, double lat) {
    return lon >= 102.0 && lon <= 117.5 && lat >= 8.0 && lat <= 23.6;
}

std::string formatEnvelope(const Envelope& e) {
    return "x " + formatNumber(e.minX, 0) + ".." + formatNumber(e.maxX, 0) + ", y " + formatNumber(e.minY, 0) + ".." +
           formatNumber(e.maxY, 0);
}

}  // namespace

namespace {

std::string fmtNumber(double v, int decimals) { return formatNumber(v, decimals); }

std::string formatPlace(XY lonLat) {
    return fmtNumber(lonLat.x, 4) + "° E, " + fmtNumber(lonLat.y, 4) + "° N";
}

// Degrees without .prj: WGS 84 or VN-2000 geographic. WGS 84 is assumed
// (GPS receivers, phones and Google Earth write it); VN-2000 is named with
// the distance between the two readings at the layer's own centre.
CrsInfo guessDegrees(const Envelope& extent, const std::string& provinceHint) {
    CrsInfo info = wgs84();
    info.inferred = true;
    XY centre{(extent.minX + extent.maxX) / 2, (extent.minY + extent.maxY) / 2};
    info.centreLonLat = centre;
    CrsInfo vn2000;
    double shift = NAN;
    try {
        vn2000 = describeCrs("EPSG:4756");
        shift = crsShiftMetres(centre, info, vn2000);
    } catch (const CrsError& e) {
        // Still a guess worth showing; the reason says why no distance is given.
        info.inferenceReason = "coordinates are within ±180/±90, so they are degrees; WGS 84 assumed (GPS, phones, "
                               "Google Earth); the shift to VN-2000 (EPSG:4756) could not be computed here (" +
                               std::string(e.what()) + "): set the layer's CRS if the data is VN-2000";
        return info;
    }
    info.alternatives.push_back({vn2000.authorityCode, vn2000.name, shift, ""});
    std::string distance = fmtNumber(shift, 1) + " m";
    bool provinceIsVn2000 = false;
    if (!provinceHint.empty()) {
        try {
            provinceIsVn2000 = isVn2000(describeCrs(provinceHint));
        } catch (const CrsError&) {
            provinceIsVn2000 = false;  // a bad hint is reported where it is read
        }
    }
    if (provinceIsVn2000)
        info.inferenceReason =
            "coordinates are within ±180/±90, so they are degrees, either WGS 84 (EPSG:4326: GPS, phones, Google "
            "Earth) or VN-2000 (EPSG:4756: the datum of the province CRS " + provinceHint + "); the two readings lie " +
            distance + " apart at the layer's centre (" + formatPlace(centre) +
            "); WGS 84 assumed: set the layer's CRS (project \"crs\", --crs EPSG:4756) if the data is VN-2000";
    else
        info.inferenceReason =
            "coordinates are within ±180/±90, so they are degrees; WGS 84 assumed (GPS, phones, Google Earth); "
            "read as VN-2000 (EPSG:4756) they would lie " + distance + " away at the layer's centre (" +
            formatPlace(centre) + "): set the layer's CRS (project \"crs\", --crs EPSG:4756) if the data is VN-2000";
    return info;
}

}  // namespace

CrsInfo inferCrs(const Envelope& extent, const std::string& provinceHint) {
    if (extent.isNull() || !std::isfinite(extent.minX) || !std::isfinite(extent.maxX) ||
        !std::isfinite(extent.minY) || !std::isfinite(extent.maxY))
        return {};

    if (extent.minX >= -180 && extent.maxX <= 180 && extent.minY >= -90 && extent.maxY <= 90)
        return guessDegrees(extent, provinceHint);

    // Projected Vietnamese data: eastings around the 500 000 m false easting,
    // northings of 0.9–2.7 million m (latitudes 8–24° N).
    bool vn2000Like = extent.minX > 100000 && extent.maxX < 900000 && extent.minY > 850000 &&
                      extent.maxY < 2700000;
    if (!vn2000Like) return {};

    XY centre{(extent.minX + extent.maxX) / 2, (extent.minY + extent.maxY) / 2};
    auto fits = [&](const std::string& code) {
        try {
            Transformer t(describeCrs(code), wgs84());
            XY lonLat = t.forward(centre);
            return inVietnamBox(lonLat.x, lonLat.y);
        } catch (const CrsError&) {
            return false;
        }
    };

    if (!provinceHint.empty() && fits(provinceHint)) {
        CrsInfo info = describeCrs(provinceHint);
        info.inferred = true;
        info.inferenceReason = "coordinates (" + formatEnvelope(extent) +
                               ") are projected metres and fit the project's province CRS " +
                               provinceHint;
        return info;
    }
    // Without a province, VN-2000 UTM 48N is the national default; a TM-3
    // zone cannot be told from coordinates alone: name the provinces whose
    // zone fits, and how far each would move the layer.
    for (const char* code : {"EPSG:3405", "EPSG:3406"}) {
        if (fits(code)) {
            CrsInfo info = describeCrs(code);
            info.inferred = true;
            info.centreLonLat = Transformer(info, wgs84()).forward(centre);
            std::string candidates;
            double farthest = 0;
            std::vector<Tm3Candidate> zones;
            try {
                zones = tm3Candidates(centre);
            } catch (const CrsError&) {
                zones.clear();  // no province table: the reason below still says a TM-3 zone may fit
            }
            for (const Tm3Candidate& c : zones) {
                double shift = crsShiftMetres(centre, info, describeCrs(c.authorityCode));
                farthest = std::max(farthest, shift);
                std::string provinces = joinProvinces(c.provinces);
                info.alternatives.push_back({c.authorityCode, c.crsName, shift, provinces});
                candidates += (candidates.empty() ? "" : "; ") + provinces + " (" + c.authorityCode + ", " +
                              fmtNumber(shift / 1000, 1) + " km away)";
            }
            info.inferenceReason = "coordinates (" + formatEnvelope(extent) +
                                   ") look like projected VN-2000 metres; " + info.name + " assumed";
            if (candidates.empty())
                info.inferenceReason +=
                    ", but a provincial TM-3 zone (EPSG:9205–9218) may fit as well: give the province if you know it";
            else
                info.inferenceReason += ", but the data may be in a province's TM-3 zone, which would move it by up to " +
                                        fmtNumber(farthest / 1000, 1) +
                                        " km: a province is needed (--province NAME, or \"province\" in the project); "
                                        "candidates whose zone puts the data inside their area: " + candidates;
            return info;
        }
    }
    return {};
}

double crsShiftMetres(XY p, const CrsInfo& a, const CrsInfo& b) {
    XY pa = Transformer(a, wgs84()).forward(p);
    XY pb = Transformer(b, wgs84()).forward(p);
    if (!std::isfinite(pa.x) || !std::isfinite(pa.y) || !std::isfinite(pb.x) || !std::isfinite(pb.y))
        throw CrsError("cannot place (" + fmtNumber(p.x, 6) + ", " + fmtNumber(p.y, 6) + ") in both " + a.name +
                       " and " + b.name);
    return geodesicDistanceMetres(pa, pb);
}

bool isVn2000(const CrsInfo& crs) {
    PJ_CONTEXT* ctx = threadContext();
    PjPtr obj = createCrs(ctx, crs.definition);
    PjPtr geodetic(proj_crs_get_geodetic_crs(ctx, obj.get()));
    if (!geodetic) throw CrsError("'" + crs.name + "' has no geodetic CRS: " + lastError(ctx));
    PjPtr datum(proj_crs_get_datum(ctx, geodetic.get()));
    if (!datum) {  // a datum ensemble (WGS 84 itself) is not VN-2000
        return false;
    }
    const char* auth = proj_get_id_auth_name(datum.get(), 0);
    const char* code = proj_get_id_code(datum.get(), 0);
    if (auth && code) return std::string(auth) == "EPSG" && std::string(code) == "6756";
    const char* name = proj_get_name(datum.get());
    return name && std::string(name) == "Vietnam 2000";
}

std::vector<DatabaseCrs> projectedCrsFromDatabase(const std::string& namePrefix) {
    PJ_CONTEXT* ctx = threadContext();
    PROJ_CRS_LIST_PARAMETERS* params = proj_get_crs_list_parameters_create();
    if (!params) throw CrsError("PROJ: cannot list the CRS of its database");
    PJ_TYPE projected = PJ_TYPE_PROJECTED_CRS;
    params->types = &projected;
    params->typesCount = 1;
    params->allow_deprecated = 0;
    int count = 0;
    PROJ_CRS_INFO** list = proj_get_crs_info_list_from_database(ctx, "EPSG", params, &count);
    proj_get_crs_list_parameters_destroy(params);
    if (!list) throw CrsError("PROJ: cannot read the CRS of its database (proj.db): " + lastError(ctx));
    std::vector<DatabaseCrs> out;
    for (int i = 0; i < count; ++i) {
        const PROJ_CRS_INFO* info = list[i];
        if (!info->name || std::string(info->name).rfind(namePrefix, 0) != 0 || info->deprecated) continue;
        DatabaseCrs crs;
        crs.authorityCode = std::string(info->auth_name) + ":" + info->code;
        // PROJ lists a CRS once per area of use; its usages are read below.
        if (std::any_of(out.begin(), out.end(), [&](const DatabaseCrs& c) { return c.authorityCode == crs.authorityCode; }))
            continue;
        crs.name = info->name;
        out.push_back(std::move(crs));
    }
    proj_crs_info_list_destroy(list);
    // Every area of use: proj_get_area_of_use gives only the first (PROJ 9.1
    // has no proj_get_area_of_use_ex), and EPSG:5897's provinces are in its second.
    for (auto& crs : out) {
        PjPtr obj(proj_create(ctx, crs.authorityCode.c_str()));
        const char* json = obj ? proj_as_projjson(ctx, obj.get(), nullptr) : nullptr;
        if (!json) throw CrsError("PROJ: cannot describe " + crs.authorityCode + ": " + lastError(ctx));
        nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
        if (j.is_discarded()) throw CrsError("PROJ: unreadable PROJJSON for " + crs.authorityCode);
        std::vector<nlohmann::json> usages;
        if (auto u = j.find("usages"); u != j.end() && u->is_array())
            usages.assign(u->begin(), u->end());
        else
            usages.push_back(j);  // a single usage is written at the top level
        for (const auto& u : usages) {
            auto area = u.find("area");
            auto bbox = u.find("bbox");
            if (area == u.end() || !area->is_string() || bbox == u.end() || !bbox->is_object()) continue;
            DatabaseCrs::Usage usage;
            usage.area = area->get<std::string>();
            usage.bbox.minX = bbox->value("west_longitude", NAN);
            usage.bbox.maxX = bbox->value("east_longitude", NAN);
            usage.bbox.minY = bbox->value("south_latitude", NAN);
            usage.bbox.maxY = bbox->value("north_latitude", NAN);
            crs.usages.push_back(std::move(usage));
        }
    }
    std::sort(out.begin(), out.end(), [](const DatabaseCrs& a, const DatabaseCrs& b) {
        return std::stoi(a.authorityCode.substr(5)) < std::stoi(b.authorityCode.substr(5));
    });
    return out;
}

struct Transformer::Impl {
    ContextPtr ctx;
    PjPtr op;
};

namespace {

// PROJ's best-ranked operation between two CRS, as one operation for every
// point. proj_create_crs_to_crs would pick per point among candidates (in
// the Mekong delta both VN-2000 → WGS 84 (1) and (2) apply), which would
// let neighbouring layers use different datum shifts.
PjPtr bestOperation(PJ_CONTEXT* ctx, PJ* src, PJ* dst) {
    PJ_OPERATION_FACTORY_CONTEXT* factory = proj_create_operation_factory_context(ctx, nullptr);
    if (!factory) return nullptr;
    proj_operation_factory_context_set_grid_availability_use(
        ctx, factory, PROJ_GRID_AVAILABILITY_DISCARD_OPERATION_IF_MISSING_GRID);
    proj_operation_factory_context_set_spatial_criterion(ctx, factory,
                                                         PROJ_SPATIAL_CRITERION_PARTIAL_INTERSECTION);
    PJ_OBJ_LIST* ops = proj_create_operations(ctx, src, dst, factory);
    PjPtr best;
    if (ops) {
        int n = proj_list_get_count(ops);
        for (int i = 0; i < n && !best; ++i) {
            PjPtr op(proj_list_get(ctx, ops, i));
            if (op && proj_coordoperation_is_instantiable(ctx, op.get())) best = std::move(op);
        }
        proj_list_destroy(ops);
    }
    proj_operation_factory_context_destroy(factory);
    return best;
}

}  // namespace

Transformer::Transformer(const CrsInfo& from, const CrsInfo& to) : impl_(std::make_unique<Impl>()) {
    impl_->ctx = newContext();
    PJ_CONTEXT* ctx = impl_->ctx.get();
    PjPtr src = createCrs(ctx, from.definition);
    PjPtr dst = createCrs(ctx, to.definition);
    PjPtr op = bestOperation(ctx, src.get(), dst.get());
    if (!op) op.reset(proj_create_crs_to_crs_from_pj(ctx, src.get(), dst.get(), nullptr, nullptr));
    if (!op)
        throw CrsError("no transformation from " + from.name + " to " + to.name + ": " + lastError(ctx));
    // Always x = easting/longitude, y = northing/latitude.
    PjPtr normalised(proj_normalize_for_visualization(ctx, op.get()));
    if (!normalised) throw CrsError("cannot normalise axis order: " + lastError(ctx));
    impl_->op = std::move(normalised);
}

Transformer::~Transformer() = default;
Transformer::Transformer(Transformer&&) noexcept = default;
Transformer& Transformer::operator=(Transformer&&) noexcept = default;

XY Transformer::forward(XY p) const {
    PJ_COORD c = proj_coord(p.x, p.y, 0, 0);
    c = proj_trans(impl_->op.get(), PJ_FWD, c);
    return {c.xy.x, c.xy.y};
}

XY Transformer::inverse(XY p) const {
    PJ_COORD c = proj_coord(p.x, p.y, 0, 0);
    c = proj_trans(impl_->op.get(), PJ_INV, c);
    return {c.xy.x, c.xy.y};
}

void Transformer::forward(std::vector<XY>& points) const {
    if (points.empty()) return;
    proj_trans_generic(impl_->op.get(), PJ_FWD, &points[0].x, sizeof(XY), points.size(),
                       &points[0].y, sizeof(XY), points.size(), nullptr, 0, 0, nullptr, 0, 0);
}

Geometry Transformer::forward(const Geometry& g) const {
    Geometry out = g;
    forEachVertexList(out, [this](std::vector<XY>& list) { forward(list); });
    return out;
}

bool Transformer::forwardChecked(Geometry& g, std::string& reason) const {
    auto finite = [](XY p) { return std::isfinite(p.x) && std::isfinite(p.y); };
    auto check = [&](const std::vector<XY>& before, const std::vector<XY>& after) {
        for (std::size_t i = 0; i < before.size() && i < after.size(); ++i) {
            if (!finite(before[i]) || finite(after[i])) continue;
            // Once more for this point alone, to read PROJ's reason.
            PJ* op = impl_->op.get();
            proj_errno_reset(op);
            proj_trans(op, PJ_FWD, proj_coord(before[i].x, before[i].y, 0, 0));
            int err = proj_errno(op);
            const char* why = err ? proj_context_errno_string(impl_->ctx.get(), err) : nullptr;
            char point[96];
            std::snprintf(point, sizeof point, "(%.9g, %.9g)", before[i].x, before[i].y);
            reason = std::string("PROJ cannot transform the point ") + point + " with " + operationName() + ": " +
                     (why ? why : "the result is not a finite number");
            return false;
        }
        return true;
    };
    // Every list is transformed; the first point PROJ could not place is the reason.
    bool ok = true;
    forEachVertexList(g, [&](std::vector<XY>& list) {
        const std::vector<XY> before = list;  // the input points, for the message
        forward(list);
        if (ok) ok = check(before, list);
    });
    return ok;
}

std::string Transformer::operationName() const {
    const char* name = proj_get_name(impl_->op.get());
    return name ? name : "";
}

double Transformer::accuracyMetres() const {
    return proj_coordoperation_get_accuracy(impl_->ctx.get(), impl_->op.get());
}

bool Transformer::isBallpark() const {
    return operationName().find("Ballpark") != std::string::npos;
}

}  // namespace geo
