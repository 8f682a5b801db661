#!/usr/bin/env bash
# Installs what the kiosk needs from the distribution's packages (Debian 12 / Ubuntu 22.04+),
# only what is missing, then configures and builds a Release build in ./build.
#   scripts/setup.sh            build and runtime packages
#   scripts/setup.sh --tests    also the test tools (Xvfb, xdotool, ImageMagick, Python) and
#                               clang with its libFuzzer runtime for the fuzz targets
#   scripts/setup.sh --bench    also Chromium and the tools of scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake make pkg-config libglfw3-dev libimgui-dev libstb-dev nlohmann-json3-dev libx11-dev
          doctest-dev libfontconfig-dev libqrencode-dev libsystemd-dev fonts-noto-core
          fonts-dejavu-core libgl-dev libespeak-ng-dev espeak-ng-data)
if [[ "${1:-}" == "--bench" ]]; then
  # scripts/bench.sh: Chromium for the comparison, and the tools that drive and watch both
  packages+=(chromium xvfb xauth xdotool imagemagick python3 libx11-6)
fi
if [[ "${1:-}" == "--tests" ]]; then
  # dpkg-dev, systemd and rsync: the package, unit and fleet publishing tests; fontconfig's
  # fc-list and fc-match: the fallback font test; node_exporter and promtool (prometheus): the
  # health metrics test
  packages+=(xvfb xauth xdotool imagemagick python3 x11-utils zbar-tools dpkg-dev systemd rsync
             fontconfig prometheus prometheus-node-exporter)
  # clang and its libFuzzer and sanitizer runtimes, for the fuzz targets (Debian 12:
  # libclang-rt-dev, only a recommendation of clang; older releases have them in clang's own deps)
  packages+=(clang)
  if apt-cache show libclang-rt-dev >/dev/null 2>&1; then packages+=(libclang-rt-dev); fi
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
