#!/usr/bin/env bash
# One command from a clean clone to green tests: installs what is missing (the test tools too),
# builds, and runs every test with CTest: the unit tests and the end-to-end tests, which drive
# the real kiosk under Xvfb. Screenshots land in build/e2e-output/ for a person to look at.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
cd build
ctest --output-on-failure "$@"
cd ..

# The code paths of macOS and Windows on Linux (preset "portable", in build-portable/): no
# fontconfig (fonts found in the font folders), no libsystemd, no GLX partial redraws. The unit
# tests and one whole journey. KIOSK_SKIP_PORTABLE=1 leaves this stage out.
if [[ "${KIOSK_SKIP_PORTABLE:-0}" != 1 ]]; then
  echo "== portable build (no fontconfig, systemd or GLX copies) in build-portable/"
  cmake --preset portable >/dev/null
  cmake --build --preset portable -j"$(nproc)"
  (cd build-portable && ctest --output-on-failure -R '^(unit|e2e_journey)$')
fi

# The Windows build (scripts/build-windows.sh: MinGW-w64, libraries from Debian's source
# packages, in build-windows/) and its tests under Wine on Xvfb: the unit tests and the
# end-to-end tests that mean something on Windows, through the same harness (label "windows").
# KIOSK_SKIP_WINDOWS=1 leaves this stage out.
if [[ "${KIOSK_SKIP_WINDOWS:-0}" != 1 ]]; then
  echo "== Windows build (MinGW-w64) in build-windows/, tested under Wine"
  scripts/build-windows.sh
  (cd build-windows && ctest --output-on-failure -L windows)
fi

# The same unit tests and the quick end-to-end tests again, against a build with
# AddressSanitizer and UndefinedBehaviorSanitizer (preset "asan", in build-asan/): any memory
# error, undefined behaviour or leak of the kiosk's own code fails the run. Leaks inside the
# system's OpenGL, X11 and fontconfig libraries are suppressed (tests/sanitizer/lsan.supp).
# KIOSK_SKIP_SANITIZERS=1 leaves this stage out.
if [[ "${KIOSK_SKIP_SANITIZERS:-0}" != 1 ]]; then
  echo "== sanitizer build (ASan + UBSan) in build-asan/"
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j"$(nproc)"
  # Reports go to build-asan/sanitizer-reports/ and are judged after the run.
  source tests/sanitizer/options.sh
  reports="$PWD/build-asan/sanitizer-reports"
  sanitizer_options "$reports"
  status=0
  (cd build-asan && ctest --output-on-failure -L sanitize) || status=$?
  unset ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS
  python3 tests/sanitizer/check_reports.py "$reports" || status=1
  ((status == 0)) || exit "$status"
fi

# A short run of every fuzz target (preset "fuzz", in build-fuzz/), when clang and its libFuzzer
# runtime are installed (scripts/setup.sh --tests installs them). scripts/fuzz.sh runs them longer.
if [[ "${KIOSK_SKIP_FUZZ:-0}" != 1 ]] && command -v clang++ >/dev/null &&
   echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' |
     clang++ -x c++ -fsanitize=fuzzer - -o /dev/null 2>/dev/null; then
  echo "== fuzz smoke run in build-fuzz/"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j"$(nproc)"
  (cd build-fuzz && ctest --output-on-failure -L fuzz)
else
  echo "== fuzz smoke run skipped: clang++ with libFuzzer is not installed"
fi
