"""2,000 slides (a shop that pointed the kiosk at a folder of every product photo): the content
validates, the kiosk starts on it and goes round, and the progress bar stays one readable bar
instead of 2,000 segments smeared together. The screenshot at 1920x1080 is for a person to look
at; the test checks the bar's row of pixels: one light track, filled only at its left end."""

import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402

SLIDES = 2000


def many_slides(content_dir):
    path = os.path.join(content_dir, "slides.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    base = data["slides"]
    data["slides"] = [dict(base[i % len(base)], id=f"slide-{i}") for i in range(SLIDES)]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)


def pixels(png):
    """(width, height, rows of (r, g, b)) through ImageMagick's text dump of a PPM."""
    ppm = subprocess.run(["convert", png, "ppm:-"], capture_output=True, check=True).stdout
    parts = ppm.split(maxsplit=4)
    w, h = int(parts[1]), int(parts[2])
    data = parts[4]
    rows = [[tuple(data[(y * w + x) * 3:(y * w + x) * 3 + 3]) for x in range(w)] for y in range(h)]
    return w, h, rows


def main(args):
    with Display(1920, 1080) as display, \
            Kiosk(display, args.binary, args.source, args.out, prepare=many_slides) as kiosk:
        step(f"{SLIDES} slides: the kiosk starts on them")
        d = kiosk.wait_screen("attract", timeout=30)
        shot = kiosk.screenshot("attract-2000-slides")
        # The bar starts right of the accessibility button at the bottom left.
        aids = kiosk.target("accessibility", d)
        x0 = aids["x"] + aids["w"] + 1
        w, h, rows = pixels(shot)
        step("the progress bar is one track with its fill at the left end")
        # The bar runs along the bottom left, under the slide: find the row whose left half (past
        # the accessibility button) has the longest run of non-background pixels.
        background = rows[h // 2][4]
        best = None
        for y in range(int(h * 0.75), h):
            xs = [x for x in range(x0, w // 2)
                  if max(abs(a - b) for a, b in zip(rows[y][x], background)) > 12]
            if xs and (best is None or len(xs) > len(best[1])):
                best = (y, xs)
        check(best, "no progress bar found along the bottom of the screen")
        y, xs = best
        runs = sum(1 for a, b in zip(xs, xs[1:]) if b != a + 1) + 1
        note(f"bar row y={y}: {len(xs)} pixels from x={xs[0]} to x={xs[-1]} in {runs} run(s)")
        check(runs == 1, f"the bar's row is cut into {runs} pieces: segments, not one bar")
        check(xs[-1] - xs[0] > w * 0.2, "the bar is shorter than a fifth of the screen")
        # On the first of 2,000 slides almost all of the bar is the quiet track colour; the
        # filled (accent) part is a dot at its left end.
        luma = sorted(0.3 * r + 0.59 * g + 0.11 * b for r, g, b in (rows[y][x] for x in xs))
        track = luma[len(luma) // 2]
        dark = [x for x in xs if 0.3 * rows[y][x][0] + 0.59 * rows[y][x][1] + 0.11 * rows[y][x][2]
                < track - 40]
        note(f"track luma {track:.0f}; {len(dark)} darker (filled) pixels, up to x={max(dark, default=0)}")
        check(track > 140, f"the bar's track is dark (luma {track:.0f}): segments piled on each other")
        check(len(dark) < 0.05 * len(xs) and max(dark, default=xs[0]) < xs[0] + 0.05 * len(xs),
              f"{len(dark)} of the bar's {len(xs)} pixels look filled on the first slide")


if __name__ == "__main__":
    run(main, __doc__)
