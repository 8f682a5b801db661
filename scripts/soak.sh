#!/usr/bin/env bash
# A long run (see docs/technician-guide.md, "Long runs: the soak"): the kiosk's --demo at a high
# --time-scale under Xvfb for N minutes, the content changed every 30 s (a valid change, then a
# broken one), PSS sampled every 10 s. Fails on growth, not on a drop: when PSS at the end is
# more than 5% over PSS after the first minute, or the second half's peak more than 5% over the
# first half's; also when too few quizzes were completed, or a sanitizer reported anything.
#   scripts/soak.sh              30 minutes with the ASan + UBSan build (preset "asan")
#   scripts/soak.sh 60           60 minutes
#   scripts/soak.sh 30 --release the Release build in build/ instead
#   scripts/soak.sh 60 --release 250    at --time-scale 250 (default 50)
#   scripts/soak.sh 60 --release 300 1280x800 60   on a 1280x800 screen at --frame-rate 60
# The events, stderr and PSS samples are kept in build-asan/soak/ (or build/soak/).
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-30}"
variant="${2:---asan}"
time_scale="${3:-50}"
screen="${4:-1280x800}"
frame_rate="${5:-30}"

if [[ "$variant" == --release ]]; then
  [[ -x build/probiotic-kiosk ]] || scripts/setup.sh
  binary=build/probiotic-kiosk
  out=build/soak
else
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j"$(nproc)" --target probiotic-kiosk
  binary=build-asan/probiotic-kiosk
  out=build-asan/soak
  # A small quarantine, so that ASan's own memory settles within the first minute. Reports go
  # to files, judged at the end by tests/sanitizer/check_reports.py (as in scripts/test.sh).
  source tests/sanitizer/options.sh
  reports="$PWD/$out/sanitizer-reports"
  sanitizer_options "$reports" quarantine_size_mb=16
fi
status=0
python3 tests/e2e/soak_run.py --binary "$binary" --source . --minutes "$minutes" \
  --time-scale "$time_scale" --screen "$screen" --frame-rate "$frame_rate" --out "$out" || status=$?
if [[ "$variant" != --release ]]; then
  python3 tests/sanitizer/check_reports.py "$reports" || status=1
fi
exit "$status"
