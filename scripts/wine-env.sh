#!/usr/bin/env bash
# A Wine of the kiosk's own, to run the Windows build (scripts/build-windows.sh) on Linux.
#
#   . scripts/wine-env.sh                    sets the variables below in this shell and makes the
#                                            Wine prefix if it is not there yet
#   scripts/wine-env.sh CMD [ARGS...]        the same, then runs CMD in it, for example
#       scripts/wine-env.sh wine build-windows/tests/unit_tests.exe
#
# Exported:
#   WINEPREFIX        ${KIOSK_WINEPREFIX:-build-windows/wineprefix}: its own, never ~/.wine
#   WINEARCH          win64 (Debian 12's wine64 alone runs 64-bit programs, through `wine`)
#   WINEDEBUG         -all: no fixme/err lines mixed into the programs' own output
#   WINEDLLOVERRIDES  mscoree,mshtml=: no Mono or Gecko, so no install dialog ever pops up
# A new prefix takes about 10 s (wineboot --init, then wineserver -w until it is written out),
# under a headless X server (xvfb-run) when there is no DISPLAY; every later use is instant.
# Programs with a window still need a display of their own (the tests start Xvfb).
# Needs: wine wine64 (and xvfb xauth without a display): scripts/build-windows.sh installs them.

kiosk_wine_repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export WINEPREFIX=${KIOSK_WINEPREFIX:-$kiosk_wine_repo/build-windows/wineprefix}
export WINEARCH=win64
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="

# Makes $WINEPREFIX once; several callers at a time wait for the first one's.
kiosk_wine_prefix() {
  [[ -f $WINEPREFIX/system.reg ]] && return 0
  if ! command -v wine >/dev/null || ! command -v wineboot >/dev/null; then
    echo "wine-env.sh: wine is not installed (scripts/build-windows.sh installs it)" >&2
    return 1
  fi
  mkdir -p "$(dirname "$WINEPREFIX")" || return 1
  (
    flock 9
    [[ -f $WINEPREFIX/system.reg ]] && exit 0
    echo "wine-env.sh: making the Wine prefix $WINEPREFIX" >&2
    rm -rf "$WINEPREFIX"
    boot='wineboot --init && wineserver -w'
    if [[ -n ${DISPLAY:-} ]]; then
      sh -c "$boot"
    elif command -v xvfb-run >/dev/null; then
      # Xvfb stays up until wineserver has written the registry and gone
      xvfb-run -a sh -c "$boot"
    else
      echo "wine-env.sh: no DISPLAY and no xvfb-run (package xvfb) to make the prefix under" >&2
      exit 1
    fi >/dev/null 2>&1
    [[ -f $WINEPREFIX/system.reg ]] || { echo "wine-env.sh: wineboot made no prefix" >&2; exit 1; }
  ) 9>"$WINEPREFIX.lock"
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  # run: make the prefix, then the command
  set -euo pipefail
  kiosk_wine_prefix
  if (($#)); then exec "$@"; fi
else
  kiosk_wine_prefix || return 1
fi
