#!/usr/bin/python3
"""Communes for the stats benchmark: ~100 polygons nested in the peer data's zones.

Usage: make_communes.py DATA.gpkg OUT.gpkg [TARGET]   (TARGET default 100)

bench-peers/gen.py makes 11 zones only. The issue also asks for a run against
~100 communes, so this cuts every zone along one lon/lat grid laid over the
whole box: each piece is a commune inside exactly one zone (as communes nest in
districts), so the communes tile the zones and the planted totals by commune
must equal the totals by zone. The grid is refined until there are at least
TARGET pieces; the result is deterministic for given data.

Layer "communes": code (zone code + 2 digits, text), name, zone_code.
"""
import os
import sys

from osgeo import ogr, osr

ogr.UseExceptions()


def zones_of(path):
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName("zones")
    out = []
    for f in lyr:
        out.append((f.GetField("code"), f.GetField("name"), f.GetGeometryRef().Clone()))
    return out


def pieces(zone_geom, cells):
    """The polygon parts of zone ∩ cell for every cell, largest first per cell."""
    out = []
    for cell in cells:
        if not zone_geom.Intersects(cell):
            continue
        x = zone_geom.Intersection(cell)
        if x is None or x.IsEmpty():
            continue
        parts = [x] if x.GetGeometryType() == ogr.wkbPolygon else \
            [x.GetGeometryRef(i).Clone() for i in range(x.GetGeometryCount())
             if x.GetGeometryRef(i).GetGeometryType() == ogr.wkbPolygon]
        out.extend(p for p in parts if p.GetArea() > 0)
    return out


def grid(env, k):
    minx, maxx, miny, maxy = env
    dx, dy = (maxx - minx) / k, (maxy - miny) / k
    cells = []
    for j in range(k):
        for i in range(k):
            ring = ogr.Geometry(ogr.wkbLinearRing)
            x0, y0 = minx + i * dx, miny + j * dy
            for x, y in ((x0, y0), (x0 + dx, y0), (x0 + dx, y0 + dy), (x0, y0 + dy), (x0, y0)):
                ring.AddPoint_2D(x, y)
            cell = ogr.Geometry(ogr.wkbPolygon)
            cell.AddGeometry(ring)
            cells.append(cell)
    return cells


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    src, dst = sys.argv[1], sys.argv[2]
    target = int(sys.argv[3]) if len(sys.argv) == 4 else 100
    zones = zones_of(src)
    env = [1e9, -1e9, 1e9, -1e9]
    for _, _, g in zones:
        e = g.GetEnvelope()
        env = [min(env[0], e[0]), max(env[1], e[1]), min(env[2], e[2]), max(env[3], e[3])]
    k = 2
    while True:
        cells = grid(env, k)
        communes = [(code, name, p) for code, name, g in zones for p in pieces(g, cells)]
        if len(communes) >= target:
            break
        k += 1

    tmp = dst + ".tmp.gpkg"
    if os.path.exists(tmp):
        os.remove(tmp)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    lyr = ds.CreateLayer("communes", srs, ogr.wkbPolygon)
    for name, width in (("code", 8), ("name", 60), ("zone_code", 8)):
        fd = ogr.FieldDefn(name, ogr.OFTString)
        fd.SetWidth(width)
        lyr.CreateField(fd)
    seq = {}
    lyr.StartTransaction()
    for code, name, geom in communes:
        seq[code] = seq.get(code, 0) + 1
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("code", "%s%02d" % (code, seq[code]))
        f.SetField("name", "%s %d" % (name, seq[code]))
        f.SetField("zone_code", code)
        f.SetGeometry(geom)
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    os.replace(tmp, dst)
    print("%d communes in %d zones (grid %dx%d) -> %s" % (len(communes), len(zones), k, k, dst))


if __name__ == "__main__":
    main()
