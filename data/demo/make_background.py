#!/usr/bin/python3
"""Writes data/demo/nen_tong_hop.tif: the demo's SYNTHETIC raster background.

Not imagery of anything: a muted land-cover-like texture made from fixed
random numbers, cut by the demo's own province outline (data/demo/tinh.shp):
water along the Hậu river (north-east) and the sea (south-east), a paler
neighbouring land elsewhere, and a regular grid of canals inside the
province. VN-2000 / TM-3 105°30′ (EPSG:9209) like the demo, 100 m pixels,
DEFLATE with internal overviews (2, 4, 8) so zoomed-out views read them.

Run with Debian's python3-gdal and python3-numpy:

    /usr/bin/python3 data/demo/make_background.py data/demo

The output is deterministic (numpy's PCG64 with a fixed seed, no timestamps).
"""
import os
import sys

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()

PIXEL = 100.0           # metres
MARGIN_X = 40000.0      # east and west of the province, metres (wide exports stay covered)
MARGIN_Y = 10000.0      # north and south of it, metres
RIVER_WIDTH = 2500.0    # the Hậu river band along the north-east edge, metres
CANAL_SPACING = 3000.0  # metres between canals

# Muted colours, so the vector layers stay the figure and this the ground.
WATER = (200, 220, 230)
LAND_LOW = (222, 229, 208)    # paddy, pale green
LAND_HIGH = (235, 230, 210)   # fallow and orchards, pale ochre
NEIGHBOUR = (232, 232, 226)   # land outside the province
CANAL = (196, 216, 226)


def smooth_noise(rng, shape, scale_px):
    """Random field smoothed by a Gaussian of scale_px pixels (FFT), in 0..1."""
    field = rng.standard_normal(shape)
    fy = np.fft.fftfreq(shape[0])[:, None]
    fx = np.fft.fftfreq(shape[1])[None, :]
    kernel = np.exp(-2 * (np.pi * scale_px) ** 2 * (fx ** 2 + fy ** 2))
    out = np.real(np.fft.ifft2(np.fft.fft2(field) * kernel))
    return (out - out.min()) / (out.max() - out.min())


def rasterize(geometry, srs, gt, width, height):
    mem = ogr.GetDriverByName("Memory").CreateDataSource("")
    layer = mem.CreateLayer("g", srs, ogr.wkbMultiPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)
    ds = gdal.GetDriverByName("MEM").Create("", width, height, 1, gdal.GDT_Byte)
    ds.SetGeoTransform(gt)
    ds.SetProjection(srs.ExportToWkt())
    gdal.RasterizeLayer(ds, [1], layer, burn_values=[1])
    return ds.GetRasterBand(1).ReadAsArray().astype(bool)


def main(folder):
    src = ogr.Open(os.path.join(folder, "tinh.shp"))
    if src is None:
        sys.exit(f"{folder}/tinh.shp: cannot open the demo's province outline")
    layer = src.GetLayer(0)
    province = ogr.Geometry(ogr.wkbMultiPolygon)
    for f in layer:
        g = f.GetGeometryRef()
        if g is None:
            continue
        province = province.Union(g)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(9209)
    minx, maxx, miny, maxy = province.GetEnvelope()
    minx = np.floor((minx - MARGIN_X) / 1000) * 1000
    maxy = np.ceil((maxy + MARGIN_Y) / 1000) * 1000
    width = int(np.ceil((maxx + MARGIN_X - minx) / PIXEL))
    height = int(np.ceil((maxy - (miny - MARGIN_Y)) / PIXEL))
    gt = (minx, PIXEL, 0, maxy, 0, -PIXEL)

    inside = rasterize(province, srs, gt, width, height)
    band = province.Buffer(RIVER_WIDTH).Difference(province)
    near = rasterize(band, srs, gt, width, height)

    # Pixel centres, relative to the province's centre.
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    xs = minx + (np.arange(width) + 0.5) * PIXEL - cx
    ys = maxy - (np.arange(height) + 0.5) * PIXEL - cy
    X, Y = np.meshgrid(xs, ys)
    north_east = (X + Y) > 0
    south_east = (X - Y) > 0.35 * (maxx - minx)
    water = ~inside & ((near & north_east) | (south_east & ~north_east))

    rng = np.random.default_rng(94)  # the province's unit code
    cover = 0.65 * smooth_noise(rng, (height, width), 12) + 0.35 * smooth_noise(rng, (height, width), 3)
    cover = np.round(cover * 7) / 7  # a few levels: fields, not noise (and it compresses)
    rgb = np.zeros((3, height, width), dtype=np.float64)
    for b in range(3):
        rgb[b] = LAND_LOW[b] + (LAND_HIGH[b] - LAND_LOW[b]) * cover
        rgb[b][~inside] = NEIGHBOUR[b]
        rgb[b][water] = WATER[b]

    # Canals: a regular grid, turned 20° like the delta's, inside the province only.
    angle = np.radians(20)
    u = X * np.cos(angle) + Y * np.sin(angle)
    v = -X * np.sin(angle) + Y * np.cos(angle)
    canal = ((np.abs((u + CANAL_SPACING / 2) % CANAL_SPACING - CANAL_SPACING / 2) < PIXEL * 0.6) |
             (np.abs((v + CANAL_SPACING / 2) % (2 * CANAL_SPACING) - CANAL_SPACING / 2) < PIXEL * 0.6)) & inside
    for b in range(3):
        rgb[b][canal] = CANAL[b]

    out_path = os.path.join(folder, "nen_tong_hop.tif")
    tmp_path = out_path + ".tmp.tif"
    mem = gdal.GetDriverByName("MEM").Create("", width, height, 3, gdal.GDT_Byte)
    mem.SetGeoTransform(gt)
    mem.SetProjection(srs.ExportToWkt())
    for b in range(3):
        mem.GetRasterBand(b + 1).WriteArray(np.clip(np.round(rgb[b]), 0, 255).astype(np.uint8))
        mem.GetRasterBand(b + 1).SetColorInterpretation([gdal.GCI_RedBand, gdal.GCI_GreenBand, gdal.GCI_BlueBand][b])
    mem.BuildOverviews("AVERAGE", [2, 4, 8])
    mem.SetMetadataItem("TIFFTAG_IMAGEDESCRIPTION",
                        "SYNTHETIC background for the VungTrong demo (not imagery): made by data/demo/make_background.py")
    gdal.GetDriverByName("GTiff").CreateCopy(
        tmp_path, mem, options=["COMPRESS=DEFLATE", "PREDICTOR=2", "ZLEVEL=9", "COPY_SRC_OVERVIEWS=YES", "TILED=YES"])
    os.replace(tmp_path, out_path)  # atomic: a failed run leaves the previous file
    print(f"{out_path}: {width} x {height} px, {os.path.getsize(out_path)} bytes")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
