#!/usr/bin/env bash
# One command from a clean clone to green tests: installs what is missing (the test tools too),
# builds, and runs every test with CTest: the unit tests and the end-to-end tests, which drive
# the real kiosk under Xvfb. Screenshots land in build/e2e-output/ for a person to look at.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
cd build
ctest --output-on-failure "$@"
