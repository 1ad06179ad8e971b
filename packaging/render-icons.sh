#!/usr/bin/env bash
# Renders the app icon's PNGs from the SVG, at the hicolor sizes the packages install.
# Needs rsvg-convert (apt-get install librsvg2-bin). Run after changing the SVG; the
# PNGs are kept in git, so that building needs no SVG renderer.
set -euo pipefail
cd "$(dirname "$0")/icons"
for size in 16 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "${size}" -h "${size}" netzwerk-canvas.svg \
        -o "hicolor/${size}x${size}/apps/netzwerk-canvas.png"
done

# The Windows icon (build.rs puts it into the .exe, the installer uses it): the PNGs up
# to 256 px in one .ico, the 256 px one stored as PNG. Needs ImageMagick's convert.
cd ..
sizes=()
for size in 16 32 48 64 128 256; do
    sizes+=("icons/hicolor/${size}x${size}/apps/netzwerk-canvas.png")
done
convert "${sizes[@]}" windows/netzwerk-canvas.ico
