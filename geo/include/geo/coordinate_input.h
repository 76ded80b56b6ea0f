#pragma once
// A coordinate typed by a user ("Go to coordinate"), read without guessing
// silently. Accepted:
// - degrees, decimal ("9.6 105.97", "105,97; 9,6" with decimal commas) or
//   degrees-minutes-seconds ("9°36'0\"N 105°58'12\"E", "105°58.2' E, 9°36' N",
//   "9 36 0 105 58 12"); N/S/E/W before or after a value; ° ' " and the
//   typographic ′ ″ ’ ” º;
// - metres of a projected CRS ("551391.16 1061653.35"), as easting northing
//   or as Vietnamese surveys write them, X (northing) first.
// The two values may come in either order when their magnitudes tell which is
// which in Vietnam (longitude 102–118°, latitude 6–24°; easting 100–900 km,
// northing 900–2 700 km); otherwise N/S/E/W must say, and the error says so.
#include <string>

#include "geo/crs.h"
#include "geo/geometry.h"

namespace geo {

struct TypedCoordinate {
    enum class Kind { Degrees, Metres };
    Kind kind = Kind::Degrees;
    XY value{};            // Degrees: x = longitude, y = latitude; Metres: x = easting, y = northing
    bool swapped = false;  // the text gave latitude (northing) first
};

// Throws geo::Error naming what could not be read.
TypedCoordinate parseCoordinate(const std::string& text);

// Where the coordinate lies in WGS 84 lon/lat: degrees are taken as WGS 84
// (GPS, phones, web maps); metres are in metresCrs (the project's VN-2000
// TM-3 zone, or a CRS the user chose). Throws CrsError when PROJ cannot
// transform the point.
XY typedCoordinateLonLat(const TypedCoordinate& c, const CrsInfo& metresCrs);

}  // namespace geo
