#!/usr/bin/env bash
# The performance figures in one command (see bench/README.md): installs what is missing
# (the build packages, then Chromium, Xvfb, xdotool, ImageMagick, Python), builds a Release
# build in ./build, and runs
#   1. build/bench/kiosk_bench: content loading, the recommendation rule, picture decoding;
#   2. bench/measure.py: launch time, memory, CPU and frame times of the kiosk under Xvfb
#      (1920x1080, Mesa's software renderer) beside Chromium showing the same slides (its
#      progress bar stepped as the kiosk's, and continuous), and the kiosk's memory with 300
#      slides of 2000x1500 pictures; all of it on two contents, the shipped one and three 5 s
#      slides with 400 ms transitions that measure.py makes in build/bench-cache/three;
#   3. bench/validate_time.py: how long --validate takes, every picture decoded, on the shipped
#      content and on those 300 slides.
#   scripts/bench.sh            the full run (about 15 minutes on 2 cores)
#   scripts/bench.sh --quick    shorter runs, one launch each, for trying things (about 5 minutes)
# Figures are printed beside their targets; every figure also goes to build/bench-results.json.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=()
[[ "${1:-}" == "--quick" ]] && quick=(--quick)

scripts/setup.sh --bench

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DKIOSK_BUILD_BENCH=ON >/dev/null
cmake --build build -j"$(nproc)" --target probiotic-kiosk kiosk_bench empty_window

# Large pictures for the decoder, made once with ImageMagick (the real one: /usr/local/bin/convert
# may be a stand-in that only converts PNG to PPM).
cache=build/bench-cache
mkdir -p "$cache"
if [[ ! -s $cache/large-4000x3000.png || ! -s $cache/large-4000x3000.jpg ]]; then
  echo "== making 4000x3000 test pictures in $cache"
  # An illustration-like PNG (a fractal or noisy one would pass the kiosk's 32 MiB limit), and
  # a photo-like JPEG of it with grain.
  /usr/bin/convert -size 4000x3000 gradient:'#2F6B4F'-'#F6F1E7' -swirl 200 -fill '#D9825B' \
    -draw 'circle 2000,1500 2000,2400' -fill '#23332B' -pointsize 400 -gravity center \
    -font "$(fc-match -f '%{file}' 'Noto Sans:bold')" \
    -annotate +0+0 'Kiosk' "$cache/large-4000x3000.png"
  /usr/bin/convert "$cache/large-4000x3000.png" -attenuate 0.3 +noise Gaussian -quality 90 \
    "$cache/large-4000x3000.jpg"
fi

echo "== core and decoder (build/bench/kiosk_bench)"
bench_args=()
((${#quick[@]})) && bench_args=(--quick)
build/bench/kiosk_bench "${bench_args[@]}" --source . \
  --png "$cache/large-4000x3000.png" --jpeg "$cache/large-4000x3000.jpg"

echo "== screen, memory and CPU against Chromium (bench/measure.py)"
python3 bench/measure.py --binary build/probiotic-kiosk --floor build/bench/empty_window \
  --source . --cache "$cache" \
  --json build/bench-results.json "${quick[@]}"

echo "== --validate with every picture decoded (bench/validate_time.py)"
python3 bench/validate_time.py --binary build/probiotic-kiosk --source . --cache "$cache"
