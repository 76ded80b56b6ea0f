#!/bin/sh
# Renders the PNG sizes of the icon from vungtrong.svg (the PNGs are committed:
# the build needs no SVG renderer). Run after changing the SVG:
#   app/desktop/icons/render-icons.sh      (needs rsvg-convert: librsvg2-bin)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for size in 16 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" "$here/vungtrong.svg" -o "$here/$size.png"
done
