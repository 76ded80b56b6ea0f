#pragma once
// Coordinate reference systems. This module is the only code that calls proj_*.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "geo/geometry.h"

namespace geo {

// What we know about a layer's CRS and how we came to know it.
struct CrsInfo {
    std::string definition;   // anything PROJ accepts: "EPSG:9209", WKT, PROJ string
    std::string name;         // human-readable, e.g. "VN-2000 / TM-3 105-30"
    std::string authorityCode;  // "EPSG:9209" when identified, else ""
    bool isGeographic = false;  // degrees (lon/lat) rather than metres
    bool inferred = false;      // guessed from coordinates: show as a guess
    std::string inferenceReason;  // why the guess, for the user
    // When guessed: other CRS the coordinates fit as well, best first.
    struct Alternative {
        std::string authorityCode;   // "EPSG:4756"
        std::string name;            // "VN-2000"
        double shiftMetres = 0;      // how far the layer's centre moves if read in it instead of the guess
        std::string note;            // e.g. the provinces of a TM-3 zone
    };
    std::vector<Alternative> alternatives;
    XY centreLonLat{};           // where shiftMetres was measured (WGS 84 lon/lat, degrees)

    bool isKnown() const { return !definition.empty(); }
};

// Describe a CRS from any definition PROJ accepts. Throws CrsError.
CrsInfo describeCrs(const std::string& definition);

// Guess the CRS of coordinates that came without one (a shapefile with no
// .prj), from their extent. provinceHint: the EPSG code of the province's
// VN-2000 TM-3 zone, when the project knows it (e.g. "EPSG:9209"); otherwise
// the TM-3 zone is chosen by the data's extent. Returns an unknown CrsInfo when
// the coordinates fit nothing we know.
CrsInfo inferCrs(const Envelope& extent, const std::string& provinceHint = "");

// Transforms coordinates between two CRS, always in x = easting/longitude,
// y = northing/latitude order. Not thread-safe: one per thread.
class Transformer {
public:
    Transformer(const CrsInfo& from, const CrsInfo& to);
    ~Transformer();
    Transformer(Transformer&&) noexcept;
    Transformer& operator=(Transformer&&) noexcept;

    XY forward(XY p) const;
    XY inverse(XY p) const;
    void forward(std::vector<XY>& points) const;
    Geometry forward(const Geometry& g) const;
    // forward(g), checked: PROJ marks a point it cannot transform with
    // HUGE_VAL (infinity). When a finite input point comes out non-finite,
    // returns false with `reason` naming the point and PROJ's reason, so the
    // caller can name the feature; never a silent infinite coordinate.
    bool forwardChecked(Geometry& g, std::string& reason) const;
    // The operation PROJ chose ("Inverse of VN-2000 / TM-3 ... + VN-2000 to
    // WGS 84 (2)") and its accuracy in metres (-1 when unknown), so a ballpark
    // datum shift is never silent.
    std::string operationName() const;
    double accuracyMetres() const;
    bool isBallpark() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// A CRS that places nothing on Earth (an engineering CRS: MapInfo's
// "CoordSys NonEarth", a local survey or CAD grid): the unit of its axes
// ("m", "foot", …); nullopt for a CRS on Earth or an unknown one. Such a
// layer cannot be taken to WGS 84 and has no geodesic area. Throws CrsError
// for a definition PROJ cannot read.
std::optional<std::string> nonEarthUnit(const CrsInfo& crs);

// The CRS every layer is normalised to for linking and area: WGS 84 lon/lat.
CrsInfo wgs84();

// Distance in metres between where point p lands read in CRS a and read in
// CRS b, each taken to WGS 84 by the operation PROJ ranks best (as
// Transformer does). For degrees without .prj: a = EPSG:4326, b = EPSG:4756.
// Throws CrsError.
double crsShiftMetres(XY p, const CrsInfo& a, const CrsInfo& b);

// True when the CRS's geodetic datum is VN-2000 (EPSG:4756 and every
// projection of it). Throws CrsError for a definition PROJ cannot read.
bool isVn2000(const CrsInfo& crs);

// A projected CRS of PROJ's database and its areas of use, each with the
// text EPSG gives it ("Vietnam - Bac Ninh, …, Soc Trang, … provinces.") and
// its bounding box in degrees.
struct DatabaseCrs {
    struct Usage {
        std::string area;
        Envelope bbox;  // x = longitude, y = latitude
    };
    std::string authorityCode;  // "EPSG:9209"
    std::string name;           // "VN-2000 / TM-3 105-30"
    std::vector<Usage> usages;
};
// Every non-deprecated projected CRS of the EPSG tables of PROJ's database
// whose name begins with namePrefix, in code order. Throws CrsError.
std::vector<DatabaseCrs> projectedCrsFromDatabase(const std::string& namePrefix);

}  // namespace geo
