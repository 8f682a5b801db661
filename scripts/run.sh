#!/usr/bin/env bash
# One command from a clean clone to a running kiosk: installs what is missing, builds, and
# starts the kiosk on the shipped content, fullscreen and locked down.
#   scripts/run.sh                  the kiosk
#   scripts/run.sh --demo           a window on a laptop, self-running, keyboard shortcuts on
#   scripts/run.sh --windowed 1080x1920 --time-scale 5    (any other options pass through)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec ./build/probiotic-kiosk --content content "$@"
