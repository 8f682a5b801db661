"""The design brief's type rules, checked from the UI dump's `texts` and a screenshot: sizes as
shares of the screen's short side (a title about 6%, body text about 3%, nothing a shopper reads
under 2.2%), and every text at 4.5:1 or better against what it stands on (WCAG 2.1, 1.4.3). The
ground is measured in the screenshot, not taken from the kiosk: the colour most of the text's
box shows."""

import subprocess
from collections import Counter

from checks import check
from images import png_size

SMALLEST = 0.022  # of the short side: nothing a shopper must read is smaller
LEAST_SHARE = {"title": 0.05, "body": 0.027}  # titles about 6%, body about 3%, a little shrink
READABLE = 4.5
SHOPPER_ROLES = ("title", "heading", "body", "label", "price", "why", "fine")


def luminance(rgb):
    def linear(c):
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def hex_rgb(text):
    return tuple(int(text[i:i + 2], 16) for i in (1, 3, 5))


class Pixels:
    """A screenshot's pixels, 8-bit RGB, read once through ImageMagick."""

    def __init__(self, path):
        self.w, self.h = png_size(path)
        r = subprocess.run(["/usr/bin/convert", path, "-depth", "8", "rgb:-"],
                           capture_output=True, timeout=120)
        check(r.returncode == 0 and len(r.stdout) == self.w * self.h * 3,
              f"convert {path} to RGB failed: {r.stderr.decode(errors='replace').strip()}")
        self.data = r.stdout

    def ground(self, box):
        """The colour most pixels of the box show (words cover the smaller part of their box)."""
        x0, y0 = max(0, box["x"]), max(0, box["y"])
        x1, y1 = min(self.w, box["x"] + box["w"]), min(self.h, box["y"] + box["h"])
        counts = Counter()
        step = 2 if (x1 - x0) * (y1 - y0) > 40000 else 1
        for y in range(y0, y1, step):
            row = y * self.w * 3
            for x in range(x0, x1, step):
                i = row + x * 3
                counts[self.data[i:i + 3]] += 1
        if not counts:
            return None
        return tuple(counts.most_common(1)[0][0])


def size_problems(d, short):
    """Texts smaller than the brief allows for their role."""
    problems = []
    for t in d.get("texts", []):
        if t["role"] not in SHOPPER_ROLES:
            continue
        least = LEAST_SHARE.get(t["role"], SMALLEST) * short
        if t["size"] + 0.5 < least:
            problems.append(f"{t['role']} text at {t['x']},{t['y']} is {t['size']} px, under "
                            f"{least:.1f} px ({least / short:.1%} of the short side)")
    return problems


def contrast_problems(d, screenshot, least=None):
    """Texts whose colour reads at less than `least` (4.5:1 unless given) on the ground the
    screenshot shows under them. Texts still fading in, and the words of a disabled button, are
    left out."""
    least = least or READABLE
    pixels = Pixels(screenshot)
    problems = []
    for t in d.get("texts", []):
        if t["role"] not in SHOPPER_ROLES or t.get("opacity", 1) < 1:
            continue
        ground = pixels.ground(t)
        if ground is None:
            continue
        ratio = contrast(hex_rgb(t["colour"]), ground)
        if ratio < least:
            problems.append(f"{t['role']} text at {t['x']},{t['y']} ({t['colour']} on "
                            f"#{''.join(f'{c:02X}' for c in ground)}) reads at {ratio:.2f}:1")
    return problems
