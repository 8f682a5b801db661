"""Checks of pictures: the kiosk's screenshots and what the X server shows (ImageMagick's
identify, import, compare and convert; PNG headers read directly)."""

import os
import shutil
import struct
import subprocess

from checks import check, note


def image_stats(path):
    """(width, height, mean, standard deviation, distinct colours) through ImageMagick."""
    identify = shutil.which("magick")
    cmd = ([identify, "identify"] if identify else ["/usr/bin/identify"])
    result = subprocess.run(cmd + ["-format", "%w %h %[fx:mean] %[fx:standard_deviation] %k",
                                   path], capture_output=True, text=True, timeout=120)
    check(result.returncode == 0, f"identify {path} failed: {result.stderr.strip()}")
    w, h, mean, sd, colours = result.stdout.split()
    return int(w), int(h), float(mean), float(sd), int(colours)


def screen_capture(display, path):
    """What the X server shows now (not a frame the kiosk draws on request), as a PNG."""
    result = subprocess.run(["/usr/bin/import", "-display", display.name, "-window", "root", path],
                            capture_output=True, text=True, timeout=60)
    check(result.returncode == 0, f"import of the screen failed: {result.stderr.strip()}")
    return path


def differing_share(path_a, path_b):
    """Share of the pixels that differ between two images of one size (ImageMagick compare)."""
    result = subprocess.run(["/usr/bin/compare", "-metric", "AE", "-fuzz", "3%", path_a, path_b,
                             "null:"], capture_output=True, text=True, timeout=120)
    check(result.returncode in (0, 1), f"compare failed: {result.stderr.strip()}")
    w, h = png_size(path_a)
    return float(result.stderr.split()[0]) / (w * h)


def grey_pixels(path):
    """(width, height, pixels) of a PNG in 8-bit grey: one byte a pixel, row after row."""
    w, h = png_size(path)
    result = subprocess.run(["/usr/bin/convert", path, "-colorspace", "Gray", "-depth", "8",
                             "gray:-"], capture_output=True, timeout=120)
    check(result.returncode == 0 and len(result.stdout) == w * h,
          f"convert {path} to grey failed: {result.stderr.decode(errors='replace').strip()}")
    return w, h, result.stdout


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    check(head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG")
    return struct.unpack(">II", head[16:24])


def check_not_blank(path, width, height):
    w, h = png_size(path)
    check((w, h) == (width, height), f"{path} is {w}x{h}, expected {width}x{height}")
    _, _, mean, sd, colours = image_stats(path)
    note(f"{os.path.basename(path)}: {w}x{h} mean {mean:.3f} std dev {sd:.3f} colours {colours}")
    check(sd > 0.02, f"{path} looks blank: standard deviation {sd}")
    check(colours > 16, f"{path} has only {colours} distinct colours")


def mean_colour(path, area):
    """The mean (r, g, b), 0..255, of `area` ({x, y, w, h} as in the UI dump) of a picture."""
    crop = f"{int(area['w'])}x{int(area['h'])}+{int(area['x'])}+{int(area['y'])}"
    result = subprocess.run(["/usr/bin/convert", path, "-crop", crop, "+repage", "-resize", "1x1!",
                             "-depth", "8", "txt:-"], capture_output=True, text=True, timeout=60)
    check(result.returncode == 0, f"convert {path} failed: {result.stderr.strip()}")
    # "0,0: (166,93,63)  #A65D3F  srgb(166,93,63)"
    line = result.stdout.strip().splitlines()[-1]
    values = line.split("(", 1)[1].split(")", 1)[0].split(",")
    return tuple(round(float(v.strip().rstrip("%"))) for v in values[:3])
