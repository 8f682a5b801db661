#!/usr/bin/env bash
# Re-render every SVG source under assets/src/ to a PNG under assets/,
# mirroring the folder layout. Safe to run repeatedly.
#
#   assets/src/illustrations/*.svg -> assets/illustrations/*.png (1200x1200)
#   assets/src/products/*.svg      -> assets/products/*.png      (900x900)
#   assets/src/icons/*.svg         -> assets/icons/*.png         (256x256)
#   assets/src/brand/*.svg         -> assets/brand/*.png         (512x512)
#
# A file may have a size of its own, whatever its folder (see size_for_file):
#   store-map.svg                  -> store-map.png              (1200x900, landscape)
#
# Requires rsvg-convert (Debian: librsvg2-bin). If pngquant and/or optipng
# are installed they are used to shrink the PNGs; otherwise that step is
# skipped.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SRC="$ROOT/assets/src"
OUT="$ROOT/assets"

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "error: rsvg-convert not found (install librsvg2-bin)" >&2
  exit 1
fi

have_pngquant=0; command -v pngquant >/dev/null 2>&1 && have_pngquant=1
have_optipng=0;  command -v optipng  >/dev/null 2>&1 && have_optipng=1
[ "$have_pngquant" = 1 ] || echo "note: pngquant not found, skipping quantisation" >&2
[ "$have_optipng" = 1 ]  || echo "note: optipng not found, skipping recompression" >&2

# A folder's size, as WIDTHxHEIGHT.
size_for() {
  case "$1" in
    illustrations) echo 1200x1200 ;;
    products)      echo 900x900 ;;
    icons)         echo 256x256 ;;
    brand)         echo 512x512 ;;
    *)             echo "" ;;
  esac
}

# A file's own size (by its name, without .svg), as WIDTHxHEIGHT; empty: its folder's.
size_for_file() {
  case "$1" in
    store-map) echo 1200x900 ;;
    *)         echo "" ;;
  esac
}

count=0
while IFS= read -r -d '' svg; do
  rel="${svg#"$SRC"/}"
  group="${rel%%/*}"
  name="$(basename "$rel" .svg)"
  size="$(size_for_file "$name")"
  [ -n "$size" ] || size="$(size_for "$group")"
  if [ -z "$size" ]; then
    echo "skip (unknown folder): $rel" >&2
    continue
  fi
  png="$OUT/${rel%.svg}.png"
  tmp="${png%.png}.tmp.png"
  mkdir -p "$(dirname "$png")"
  width="${size%x*}"
  height="${size#*x}"
  rsvg-convert --width="$width" --height="$height" --keep-aspect-ratio \
    --background-color=none --format=png --output="$tmp" "$svg"
  if [ "$have_pngquant" = 1 ]; then
    # exit code 98/99 = result would be larger / too low quality: keep original
    if pngquant --force --strip --speed 1 --quality=80-100 \
         --output "${tmp%.png}.q.png" -- "$tmp" 2>/dev/null; then
      mv -f "${tmp%.png}.q.png" "$tmp"
    else
      rm -f "${tmp%.png}.q.png"
    fi
  fi
  if [ "$have_optipng" = 1 ]; then
    optipng -quiet -o2 -strip all "$tmp" >/dev/null 2>&1 || true
  fi
  mv -f "$tmp" "$png"
  count=$((count + 1))
  echo "rendered ${png#"$ROOT"/} (${size})"
done < <(find "$SRC" -type f -name '*.svg' -print0 | LC_ALL=C sort -z)

echo "done: $count images"
