#!/usr/bin/python3
"""Independent per-zone gross planted area of the demo, for tests/geo/stats_test.cpp.

Not our code path: GDAL/OGR (osgeo.ogr, GEOS inside) transforms both layers
to WGS 84 and intersects every planting area with every district, and
GeographicLib's Planimeter CLI (geographiclib-tools) measures each piece
(rings: |exterior| - sum |holes|).

    /usr/bin/python3 tests/bench/independent_demo_zones.py data/demo
prints "code gross_ha" per district and the total.
"""
import subprocess, sys
from osgeo import ogr, osr

demo = sys.argv[1] if len(sys.argv) > 1 else "data/demo"
wgs = osr.SpatialReference(); wgs.ImportFromEPSG(4326)
wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
src = osr.SpatialReference(); src.ImportFromEPSG(9209)
src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
ct = osr.CoordinateTransformation(src, wgs)

def load(path, layer=None, field=None):
    ds = ogr.Open(path)
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    out = []
    for f in lyr:
        g = f.GetGeometryRef().Clone()
        g.Transform(ct)
        g = g.MakeValid() if not g.IsValid() else g
        out.append((f.GetField(field), g))
    return out

def planimeter(ring):
    pts = ring.GetPoints()[:-1]
    txt = "".join(f"{p[1]!r} {p[0]!r}\n" for p in pts)
    r = subprocess.run(["Planimeter", "-p", "9"], input=txt, capture_output=True, text=True, check=True)
    return abs(float(r.stdout.split()[2]))

def area_ha(g):
    t = g.GetGeometryType()
    if t in (ogr.wkbPolygon, ogr.wkbPolygon25D):
        a = planimeter(g.GetGeometryRef(0))
        for i in range(1, g.GetGeometryCount()):
            a -= planimeter(g.GetGeometryRef(i))
        return a / 1e4
    return sum(area_ha(g.GetGeometryRef(i)) for i in range(g.GetGeometryCount()))

zones = load(f"{demo}/huyen.shp", field="ma_dvhc")
plots = load(f"{demo}/vung_trong.gpkg", "vung_trong", "ma_vung")
total = 0
for code, z in zones:
    s = 0
    for _, p in plots:
        if p.Intersects(z):
            s += area_ha(p.Intersection(z))
    total += s
    print(code, f"{s:.6f}")
print("total", f"{total:.6f}")
