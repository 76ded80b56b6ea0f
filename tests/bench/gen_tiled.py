#!/usr/bin/python3
"""The peers' generator (../shared/bench-peers/gen.py) at sizes it cannot hold
in memory: 10M plots need ~20 GB in one gen.py run, and its 0.2 ha minimum
plot does not fit 10M cells in its box.

Usage: gen_tiled.py TILES_X TILES_Y PLOTS_PER_TILE OUT.gpkg [--seed S]

The box becomes TILES_X x TILES_Y copies of gen.py's box (same size each,
lat/lon extended east and north from its corner); gen.py's make_zones draws
the 11 zones over the whole box, and gen.py's make_plots fills each tile in
turn (the tile as its box, the zone borders clipped to it, seed + tile index),
so every tile has the 1M run's statistics when PLOTS_PER_TILE = 1,000,000:
0.2-0.3 ha plots of 8-40 vertices, ~3 % overlapping, ~0.5 % bow-ties.
Plots are written tile by tile (each tile in gen.py's shuffled order) with
codes VN-STOR-00000001...; layers and fields as gen.py's. Memory: one tile.

gen.py takes ~12 minutes per million plots here, so 10M take two hours:
--replicate draws tile (0, 0) only and fills the others with copies of its
plots moved by whole tiles (same shapes, overlaps and bow-ties; crops and
cooperatives as drawn; codes numbered on); --resume keeps an OUT whose
plots layer already holds tile (0, 0) (e.g. a run stopped after it).
"""
import argparse
import json
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "..", "shared", "bench-peers"))
import gen  # noqa: E402
from osgeo import ogr, osr  # noqa: E402
from shapely.geometry import LineString, box  # noqa: E402


def clipped_borders(borders, tile):
    """The parts of each border line inside the tile, as coordinate lists."""
    out = []
    b = box(*tile)
    for line in borders:
        part = LineString(line).intersection(b)
        for g in getattr(part, "geoms", [part]):
            if g.geom_type == "LineString" and len(g.coords) >= 2:
                out.append(list(g.coords))
    return out


def first_tile(layer, n):
    """Tile (0, 0)'s plots: (WKB, crop, cooperative), as written first."""
    layer.SetAttributeFilter(f"fid <= {n}")
    src = [(f.GetGeometryRef().ExportToWkb(), f.GetField(1), f.GetField(2)) for f in layer]
    layer.SetAttributeFilter(None)
    if len(src) != n:
        sys.exit(f"expected {n} plots in tile (0, 0), found {len(src)}")
    return src


def append_copy(layer, src, dx, dy, code):
    """Append the plots src moved by (dx, dy) degrees, codes after `code`."""
    defn = layer.GetLayerDefn()
    layer.StartTransaction()
    for wkb, crop, coop in src:
        # one-ring polygons as gen.poly_wkb writes them: 13-byte header, then x, y pairs
        xy = np.frombuffer(wkb, dtype="<f8", offset=13).copy().reshape(-1, 2)
        xy[:, 0] += dx
        xy[:, 1] += dy
        code += 1
        ft = ogr.Feature(defn)
        ft.SetField(0, "VN-STOR-%08d" % code)
        ft.SetField(1, crop)
        ft.SetField(2, coop)
        ft.SetGeometryDirectly(ogr.CreateGeometryFromWkb(bytes(wkb[:13]) + xy.tobytes()))
        if layer.CreateFeature(ft) != 0:
            sys.exit(f"writing plot {code} failed")
    layer.CommitTransaction()
    return code


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tx", type=int)
    ap.add_argument("ty", type=int)
    ap.add_argument("per_tile", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20250611)
    ap.add_argument("--replicate", action="store_true")
    ap.add_argument("--resume", action="store_true")
    a = ap.parse_args()
    x0, y0, x1, y1 = gen.BOX
    w, h = x1 - x0, y1 - y0
    gen.BOX = (x0, y0, x0 + a.tx * w, y0 + a.ty * h)
    t0 = time.perf_counter()
    zones, borders = gen.make_zones(a.seed)
    resumed = False
    if a.resume and os.path.exists(a.out):
        ds = ogr.Open(a.out, 1)
        resumed = ds is not None and ds.GetLayerByName("plots").GetFeatureCount() == a.per_tile
        ds = None
    if not resumed:
        if os.path.exists(a.out):
            os.remove(a.out)
        # zones through gen.py's own writer (no plots yet), then append tiles
        gen.write_gpkg(a.out, zones, [], [], [])
    ds = ogr.Open(a.out, 1)
    if ds is None:
        sys.exit(f"cannot reopen {a.out}")
    layer = ds.GetLayerByName("plots")
    defn = layer.GetLayerDefn()
    code = a.per_tile if resumed else 0
    tiles = []
    src = None
    for j in range(a.ty):
        for i in range(a.tx):
            if resumed and (i, j) == (0, 0):
                continue
            if a.replicate and (i, j) != (0, 0):
                if src is None:
                    src = first_tile(layer, a.per_tile)
                code = append_copy(layer, src, i * w, j * h, code)
                tiles.append({"tile": [i, j], "copy_of": [0, 0]})
                print(json.dumps(tiles[-1]), flush=True)
                continue
            tile = (x0 + i * w, y0 + j * h, x0 + (i + 1) * w, y0 + (j + 1) * h)
            gen.BOX = tile
            plots, crops, coops, stats = gen.make_plots(
                a.per_tile, a.seed + 1000 * (j * a.tx + i), clipped_borders(borders, tile))
            layer.StartTransaction()
            for k, (_, x, y, _, _) in enumerate(plots):
                code += 1
                ft = ogr.Feature(defn)
                ft.SetField(0, "VN-STOR-%08d" % code)
                ft.SetField(1, gen.CROPS[crops[k]])
                ft.SetField(2, int(coops[k]))
                ft.SetGeometryDirectly(ogr.CreateGeometryFromWkb(gen.poly_wkb(x, y)))
                if layer.CreateFeature(ft) != 0:
                    sys.exit(f"writing plot {code} failed")
            layer.CommitTransaction()
            stats["tile"] = [i, j]
            tiles.append(stats)
            print(json.dumps(stats), flush=True)
            del plots
    ds = None
    meta = {"n": code, "tiles": tiles, "box": [x0, y0, x0 + a.tx * w, y0 + a.ty * h],
            "seed": a.seed, "seconds": round(time.perf_counter() - t0, 1),
            "zone_vertices": [len(z.exterior.coords) - 1 for z in zones]}
    with open(os.path.splitext(a.out)[0] + ".meta.json", "w") as fh:
        json.dump(meta, fh, indent=1)
    print(json.dumps({k: meta[k] for k in ("n", "box", "seconds")}))


if __name__ == "__main__":
    main()
