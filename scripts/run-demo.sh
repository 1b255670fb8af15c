#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the packages, builds Mengkaart and opens the embedded demo gemeente (Baarn).
# Without a display it says so and runs the demo analysis through the CLI instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default
cmake --build --preset default --target mengkaart mengkaart-cli
bin=build/default/app
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin/mengkaart" --demo "$@"
fi
echo "No display found (DISPLAY and WAYLAND_DISPLAY are empty): running the demo analysis with mengkaart-cli instead."
"$bin/mengkaart-cli" load --demo
out="${TMPDIR:-/tmp}/mengkaart-demo-catchments.gpkg"
"$bin/mengkaart-cli" catchments --demo --method voronoi --out "$out"
echo "Catchment layers written to $out (open it in QGIS)."
