#!/usr/bin/env bash
# Regenerates packaging/icons/<size>/<id>.png from resources/icons/mockinterview.svg.
# The PNGs are committed rather than rendered at build time: the build then
# needs no SVG rasterizer, and every size can be looked at (and hand-tuned if
# the small ones blur) before it ships. Run this after changing the SVG.
# Needs rsvg-convert (apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
id=io.github.mockinterview.MockInterview
for size in 16 24 32 48 64 128 256; do
  mkdir -p "packaging/icons/$size"
  rsvg-convert -w "$size" -h "$size" -o "packaging/icons/$size/$id.png" resources/icons/mockinterview.svg
done
