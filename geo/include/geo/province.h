#pragma once
// Vietnam's provinces and the VN-2000 TM-3 zone each one's data is made in,
// read at run time from PROJ's database: the area of use of every
// "VN-2000 / TM-3" CRS names its provinces (EPSG:9209: "Vietnam - Bac Ninh,
// …, Soc Trang, Tay Ninh, Thai Binh, Tra Vinh and Vinh Long provinces.").
// Nothing here is typed in from memory. Provinces merged in 2025 keep the
// zone of their old data, which is what EPSG lists.
#include <string>
#include <string_view>
#include <vector>

#include "geo/crs.h"

namespace geo {

struct ProvinceZone {
    std::string province;       // as EPSG writes it: "Soc Trang", "Ho Chi Minh"
    std::string authorityCode;  // its TM-3 CRS, "EPSG:9209"
    std::string crsName;        // "VN-2000 / TM-3 105-30"
    Envelope areaOfUse;         // bounding box of the area of use naming it, degrees
};

// The places an EPSG area-of-use text names: "Vietnam - Hai Phong and Ho Chi
// Minh cities; Ben Tre and Long An provinces." → Hai Phong, Ho Chi Minh, Ben
// Tre, Long An. A clause naming no province, city or municipality ("onshore
// west of 103°30'E") names none.
std::vector<std::string> placesInAreaOfUse(std::string_view areaText);

// Every province of every non-deprecated VN-2000 / TM-3 CRS of PROJ's
// database, in CRS code order; built once. Throws CrsError when PROJ's
// database cannot be read.
const std::vector<ProvinceZone>& provinceTable();

// A province name reduced for comparison: case, accents, đ, hyphens and the
// words "tỉnh", "thành phố"/"TP", "province", "city" ignored:
// "Sóc Trăng", "SOC TRANG", "tỉnh Sóc Trăng" → "soc trang".
std::string provinceKey(std::string_view name);

// The zone of the province called name (any case, with or without accents).
// Throws CrsError naming the provinces PROJ knows when none matches.
const ProvinceZone& findProvince(const std::string& name);

// "A, B and C".
std::string joinProvinces(const std::vector<std::string>& names);

// TM-3 zones that, applied to projected coordinates at centre (metres),
// put them inside the area of use that names their provinces: the zones
// a VN-2000 file without .prj may be in.
struct Tm3Candidate {
    std::string authorityCode;
    std::string crsName;
    std::vector<std::string> provinces;
};
std::vector<Tm3Candidate> tm3Candidates(XY centre);

}  // namespace geo
