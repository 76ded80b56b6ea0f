#include "ogr_geometry.h"

#include "geo/error.h"

namespace geo::detail {
namespace {

OgrGeometryPtr newGeometry(OGRwkbGeometryType type) {
    OgrGeometryPtr g(OGR_G_CreateGeometry(type));
    if (!g) throw Error(std::string("GDAL cannot create a geometry of type ") + OGRGeometryTypeToName(type));
    return g;
}

// GDAL owns part from the call on, also when it refuses it.
void addPart(OGRGeometryH into, OgrGeometryPtr part) {
    OGRErr err = OGR_G_AddGeometryDirectly(into, part.release());
    if (err != OGRERR_NONE)
        throw Error(std::string("GDAL cannot add a part to a ") + OGR_G_GetGeometryName(into) + " (OGR error " +
                    std::to_string(err) + ")");
}

OgrGeometryPtr pointList(OGRwkbGeometryType type, const std::vector<XY>& pts) {
    OgrGeometryPtr g = newGeometry(type);
    if (!pts.empty())
        OGR_G_SetPoints(g.get(), static_cast<int>(pts.size()), &pts[0].x, sizeof(XY), &pts[0].y, sizeof(XY), nullptr,
                        0);
    return g;
}

void appendPoints(OGRGeometryH g, std::vector<XY>& out) {
    int n = OGR_G_GetPointCount(g);
    std::size_t start = out.size();
    out.resize(start + static_cast<std::size_t>(n));
    if (n > 0)
        OGR_G_GetPoints(g, &out[start].x, sizeof(XY), &out[start].y, sizeof(XY), nullptr, 0);
}

void collectGeometry(OGRGeometryH g, Geometry& out) {
    OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
    switch (type) {
        case wkbPoint:
            if (!OGR_G_IsEmpty(g)) out.points.push_back({OGR_G_GetX(g, 0), OGR_G_GetY(g, 0)});
            break;
        case wkbLineString:
        case wkbLinearRing: {
            std::vector<XY> line;
            appendPoints(g, line);
            if (!line.empty()) out.lines.push_back(std::move(line));
            break;
        }
        case wkbPolygon: {
            Polygon p;
            int rings = OGR_G_GetGeometryCount(g);
            for (int i = 0; i < rings; ++i) {
                Ring r;
                appendPoints(OGR_G_GetGeometryRef(g, i), r);
                p.rings.push_back(std::move(r));
            }
            if (!p.rings.empty()) out.polygons.push_back(std::move(p));
            break;
        }
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection: {
            int n = OGR_G_GetGeometryCount(g);
            for (int i = 0; i < n; ++i) collectGeometry(OGR_G_GetGeometryRef(g, i), out);
            break;
        }
        default: {
            // Curves, TINs, polyhedral surfaces: use their linear approximation.
            OgrGeometryPtr linear(OGR_G_GetLinearGeometry(g, 0, nullptr));
            if (linear && wkbFlatten(OGR_G_GetGeometryType(linear.get())) != type)
                collectGeometry(linear.get(), out);
        }
    }
}

}  // namespace

OgrGeometryPtr toOgrGeometry(const Geometry& g, bool multi) {
    if (g.isEmpty()) return nullptr;
    switch (g.kind) {
        case GeometryKind::Point: {
            multi = multi || g.points.size() > 1;
            OgrGeometryPtr out = newGeometry(multi ? wkbMultiPoint : wkbPoint);
            for (const auto& p : g.points) {
                OgrGeometryPtr pt = newGeometry(wkbPoint);
                OGR_G_SetPoint_2D(pt.get(), 0, p.x, p.y);
                if (!multi) return pt;
                addPart(out.get(), std::move(pt));
            }
            return out;
        }
        case GeometryKind::LineString: {
            multi = multi || g.lines.size() > 1;
            OgrGeometryPtr out = newGeometry(multi ? wkbMultiLineString : wkbLineString);
            for (const auto& l : g.lines) {
                if (!multi) return pointList(wkbLineString, l);
                addPart(out.get(), pointList(wkbLineString, l));
            }
            return out;
        }
        case GeometryKind::Polygon: {
            multi = multi || g.polygons.size() > 1;
            OgrGeometryPtr out = newGeometry(multi ? wkbMultiPolygon : wkbPolygon);
            for (const auto& p : g.polygons) {
                OgrGeometryPtr poly = newGeometry(wkbPolygon);
                for (const auto& r : p.rings) addPart(poly.get(), pointList(wkbLinearRing, r));
                if (!multi) return poly;
                addPart(out.get(), std::move(poly));
            }
            return out;
        }
        case GeometryKind::None: break;
    }
    return nullptr;
}

void settleKind(Geometry& out, int flatWkbType) {
    // A layer's features have one kind; keep the highest dimension present.
    if (!out.polygons.empty()) {
        out.kind = GeometryKind::Polygon;
        out.points.clear();
        out.lines.clear();
    } else if (!out.lines.empty()) {
        out.kind = GeometryKind::LineString;
        out.points.clear();
    } else if (!out.points.empty()) {
        out.kind = GeometryKind::Point;
    } else {
        // Empty geometry: keep its declared kind so that checks can name it.
        switch (flatWkbType) {
            case wkbPolygon: case wkbMultiPolygon: out.kind = GeometryKind::Polygon; break;
            case wkbLineString: case wkbMultiLineString: out.kind = GeometryKind::LineString; break;
            case wkbPoint: case wkbMultiPoint: out.kind = GeometryKind::Point; break;
            default: out.kind = GeometryKind::None;
        }
    }
}

Geometry fromOgrGeometry(OGRGeometryH g) {
    Geometry out;
    if (!g) return out;
    collectGeometry(g, out);
    settleKind(out, wkbFlatten(OGR_G_GetGeometryType(g)));
    return out;
}

std::string geometryToWkt(const Geometry& g) {
    OgrGeometryPtr ogr = toOgrGeometry(g, false);
    if (!ogr) return {};
    char* text = nullptr;
    // ISO WKT; GDAL writes 15 significant digits by default (OGR_WKT_PRECISION),
    // round-trip needs 17.
    CPLSetThreadLocalConfigOption("OGR_WKT_PRECISION", "17");
    OGRErr err = OGR_G_ExportToIsoWkt(ogr.get(), &text);
    CPLSetThreadLocalConfigOption("OGR_WKT_PRECISION", nullptr);
    if (err != OGRERR_NONE || !text) {
        CPLFree(text);
        throw Error("GDAL cannot write a geometry as WKT (OGR error " + std::to_string(err) + ")");
    }
    std::string wkt = text;
    CPLFree(text);
    return wkt;
}

Geometry geometryFromWkt(const std::string& wkt) {
    if (wkt.empty()) return {};
    std::string copy = wkt;
    char* cursor = copy.data();
    OGRGeometryH parsed = nullptr;
    if (OGR_G_CreateFromWkt(&cursor, nullptr, &parsed) != OGRERR_NONE || !parsed) {
        if (parsed) OGR_G_DestroyGeometry(parsed);
        throw Error("not WKT GDAL can read: '" + wkt.substr(0, 60) + "'");
    }
    OgrGeometryPtr owned(parsed);
    return fromOgrGeometry(owned.get());
}

}  // namespace geo::detail
