#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian (bookworm) packages Mengkaart builds, runs and tests with (clang and its runtime for the
# libFuzzer targets of the `fuzz` preset; dpkg-dev, appstream, desktop-file-utils and groff-base for the `package`
# test, which builds the .deb and checks it: packaging/README.md).
set -euo pipefail
packages=(
    build-essential cmake
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
    libqcustomplot-dev libgdal-dev libproj-dev libgeos-dev gdal-bin
    xvfb xauth poppler-utils fonts-dejavu-core
    clang libclang-rt-14-dev
    dpkg-dev appstream desktop-file-utils groff-base
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
