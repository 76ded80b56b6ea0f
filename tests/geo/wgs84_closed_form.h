#pragma once
// The WGS 84 ellipsoid and the closed form tests measure areas against: the
// area between two parallels and two meridians (Snyder 1987, eq. 3-12).
#include <cmath>

namespace vt_test::wgs84 {

constexpr double kA = 6378137.0;
constexpr double kF = 1 / 298.257223563;
const double kE2 = kF * (2 - kF);
const double kE = std::sqrt(kE2);
constexpr double kPi = 3.14159265358979323846;

// Authalic q(φ) without the (1−e²) factor: the area between the equator and
// latitude φ over a longitude span Δλ (radians) is a²(1−e²)Δλ/2 · q(φ).
inline double authalicQ(double latDeg) {
    double s = std::sin(latDeg * kPi / 180);
    return s / (1 - kE2 * s * s) + std::log((1 + kE * s) / (1 - kE * s)) / (2 * kE);
}

// m² between latitudes lat1 < lat2 over dLonDeg degrees of longitude.
inline double cellAreaM2(double lat1, double lat2, double dLonDeg) {
    return kA * kA * (1 - kE2) * (dLonDeg * kPi / 180) / 2 * (authalicQ(lat2) - authalicQ(lat1));
}

}  // namespace vt_test::wgs84
