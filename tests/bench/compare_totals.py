#!/usr/bin/python3
"""Compare the total lines of two `vungtrong-cli stats --format csv` outputs.

Usage: compare_totals.py ZONES.csv COMMUNES.csv

The benchmark's communes tile its zones, so gross and net planted ha must
agree, and zone ha nearly. Cutting inserts vertices on the lon/lat straight
line, which is not the geodesic between the old vertices. For plots (≤ a few
hundred metres) that moves the sums by less than 1e-6 (relative). The zones
have straight edges along the data's box tens of km long, where the geodesic
bulges metres from the parallel (≈25 m over 88 km at 9°N); cutting such edges
into grid cells changes the zone area by ~1e-5, so zone ha is held to 1e-4.
Prints the differences; exit 1 when one is larger than allowed.
"""
import csv
import sys

TOLERANCE = {"zone_ha": 1e-4, "gross_planted_ha": 1e-6, "net_planted_ha": 1e-6}


def total_row(path):
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["row"] == "total":
                return row
    sys.exit("%s: no total line" % path)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    a, b = total_row(sys.argv[1]), total_row(sys.argv[2])
    bad = False
    for col in ("zone_ha", "gross_planted_ha", "net_planted_ha"):
        x, y = float(a[col]), float(b[col])
        rel = abs(x - y) / max(abs(x), 1e-12)
        ok = rel <= TOLERANCE[col]
        bad |= not ok
        print("  total %-16s zones %.4f  communes %.4f  relative difference %.1e %s"
              % (col, x, y, rel, "ok" if ok else "TOO LARGE"))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
