#include "geo/authalic_area.h"

#include <cmath>

namespace geo {
namespace {

// WGS 84 (a, f), the ellipsoid of geo/area.cpp's geodesic area.
constexpr double kA = 6378137.0;
constexpr double kF = 1 / 298.257223563;
constexpr double kE2 = kF * (2 - kF);
constexpr double kRadians = 3.14159265358979323846 / 180;
constexpr double kHalfA2 = kA * kA / 2;

// q(φ) of Snyder (Map Projections — A Working Manual, 1987, eq. 3-12) from
// s = sin φ: the area between the equator and latitude φ over Δλ radians of
// longitude is (a²/2)·Δλ·q, so sin ξ = q/q_p and the map's y is R_q·q/q_p.
// q = (1−e²)·(s/(1 − e²s²) + atanh(e·s)/e), with atanh(e·s)/e summed as
// its series Σ (e²s²)ᵏ·s/(2k+1): e²s² ≤ 0.0067, so nine terms reach double
// precision (the tenth is < 1e-20 of the sum), and it costs a third of
// std::atanh, the larger part of a vertex's cost after sin.
double authalicQ(double s) {
    const double x = kE2 * s * s;
    const double atanhOverE =
        s * (1 + x * (1. / 3 + x * (1. / 5 + x * (1. / 7 + x * (1. / 9 + x * (1. / 11 + x * (1. / 13 + x * (1. / 15 + x / 17))))))));
    return (1 - kE2) * (s / (1 - x) + atanhOverE);
}

// One edge's share of the ring area in units of a²/2: the trapezoid under
// its chord in the (λ, q) plane (q taken about the first vertex, so that a
// small ring's terms do not cancel), plus the signed area between the
// geodesic and the chord.
//
// Why that lune term: in the map X = R_q·λ, Y = R_q·sin ξ the ellipsoid's
// metric is ds² = P·dX² + dY²/P with P = (N·cos φ / R_q)², a function of Y
// alone (the two scales multiply to 1: equal area). A geodesic's image
// curves with κ = (P'/2)·cos θ·(P·cos²θ + 3·sin²θ/P), θ its direction in the
// map and P' = dP/dY = −2·sin φ / R_q (Euler–Lagrange for that metric). An
// arc of curvature κ over a chord of length L holds κL³/12 between them.
// With ΔX = L·cos θ, ΔY = L·sin θ, R_q² = a²·q_p/2 and
// W = cos²φ / (1 − e²·sin²φ) = P·q_p/2, the lune is
//   −(a²/2)·(sin φ / 12)·Δλ·(2·W·Δλ² + 1.5·Δq²/W),
// taken at the edge's mean sin φ. What is left is of fifth order in the
// edge's length (the midpoint makes the fourth-order terms cancel).
inline double edgeTerm(double dLon, double sA, double qA, double sB, double qB) {
    const double s = (sA + sB) / 2, u = 1 - s * s, d = 1 - kE2 * s * s;
    const double dq = qB - qA;
    const double lune = s / 12 * (2 * u * u * dLon * dLon + 1.5 * d * d * dq * dq) / (u * d);
    return -dLon * ((qA + qB) / 2 + lune);
}

}  // namespace

double authalicRingAreaM2(const Ring& ring) {
    std::size_t n = ring.size();
    if (n >= 2 && ring.front() == ring.back()) --n;  // the ring closes itself
    if (n < 3) return 0;
    // One pass, nothing allocated: each vertex's sin φ and q once.
    const double s0 = std::sin(ring[0].y * kRadians), q0 = authalicQ(s0);
    double sum = 0, sPrev = s0, qPrev = 0, lonPrev = ring[0].x;
    for (std::size_t i = 1; i < n; ++i) {
        const double s = std::sin(ring[i].y * kRadians), q = authalicQ(s) - q0;
        sum += edgeTerm((ring[i].x - lonPrev) * kRadians, sPrev, qPrev, s, q);
        sPrev = s;
        qPrev = q;
        lonPrev = ring[i].x;
    }
    sum += edgeTerm((ring[0].x - lonPrev) * kRadians, sPrev, qPrev, s0, 0);
    return kHalfA2 * sum;  // counter-clockwise positive, as PROJ's
}

}  // namespace geo
