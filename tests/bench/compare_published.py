#!/usr/bin/python3
"""Compare a run's gross and net totals with the peers' published results.

Usage: compare_published.py ZONES.csv PUBLISHED.md

ZONES.csv is `vungtrong-cli stats --peer-bench DIR`'s DIR/zones.csv (ten
decimals); PUBLISHED.md is ../shared/bench-peers/results/N<N>.md, whose last
line gives the totals ("Totals (geopandas): gross 257,435.1852 ha, net ...")
as report.py sums them over the zones. The published figures have four
decimals, so agreement is asked to 1e-9 relative plus half their last digit
(5e-5 ha: 1.2e-9 of the 10k gross, 1.9e-10 of the 1M one).
Prints both and the differences; exit 1 when one is larger than allowed.
"""
import csv
import re
import sys

RELATIVE = 1e-9
HALF_DIGIT = 0.5e-4  # ha: the published totals are printed to 4 decimals


def published(path):
    with open(path, encoding="utf-8") as f:
        m = re.search(r"Totals \([^)]*\): gross ([0-9,.]+) ha, net ([0-9,.]+) ha", f.read())
    if not m:
        sys.exit("%s: no 'Totals (...): gross ... ha, net ... ha' line" % path)
    return {"gross_ha": float(m.group(1).replace(",", "")), "net_ha": float(m.group(2).replace(",", ""))}


def ours(path):
    totals = {"gross_ha": 0.0, "net_ha": 0.0}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            for col in totals:
                totals[col] += float(row[col])
    return totals


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    a, p = ours(sys.argv[1]), published(sys.argv[2])
    bad = False
    for col in ("gross_ha", "net_ha"):
        diff = a[col] - p[col]
        ok = abs(diff) <= RELATIVE * p[col] + HALF_DIGIT
        bad |= not ok
        print("  %-8s vungtrong %.6f  published %.4f  difference %+.1e ha (%.1e relative) %s"
              % (col, a[col], p[col], diff, abs(diff) / p[col], "ok" if ok else "TOO LARGE"))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
