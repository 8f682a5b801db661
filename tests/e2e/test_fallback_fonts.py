"""Characters the main font lacks come from fallback fonts. The first slide's title "Gut ↔ skin
✓" (Noto Sans has neither character) passes --validate with no glyph warning, the log names the
fallback fonts, and the kiosk draws both characters: not as the '?' it draws for a character no
font has (the title with U+E000 instead, which --validate still warns about, is drawn exactly as
the title with '?'), and as large and as high on the line as the fallback font's own shapes
predict (rendered by ImageMagick from the font file the log names, scaled by the main font's
letters). Screenshots fallback.png, private.png and question.png; the reference renderings
reference-*.png."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, expect, note, step  # noqa: E402
from display import Display  # noqa: E402
from images import grey_pixels  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk, copy_content, edit_json  # noqa: E402
from processes import run_program  # noqa: E402

SLIDE = "gut-skin-axis"
TITLES = {
    "fallback": "Gut \u2194 skin \u2713",
    "private": "Gut \ue000 skin \ue000",  # a private-use character: no font has it
    "question": "Gut ? skin ?",
}
INK = 128  # grey level below which a pixel of dark text on the light slide is ink


def with_title(title):
    def prepare(content):
        edit_json(os.path.join(content, "slides.json"),
                  lambda data: data["slides"][0]["title"].__setitem__("en", title))
    return prepare


def validate(args, name):
    with tempfile.TemporaryDirectory(prefix="kiosk-fallback-") as tmp:
        content = copy_content(args.source, tmp)
        with_title(TITLES[name])(content)
        result = run_program(args.binary, ["--validate", "--content", content], timeout=60)
    output = result.stdout + result.stderr
    note(f"--validate with the title {TITLES[name]!r}: exit {result.returncode}")
    for line in output.strip().splitlines():
        note(f"  | {line}")
    return result.returncode, output


def shoot(args, display, name):
    """The first slide with the title of `name`: its screenshot in grey and the kiosk's log."""
    with Kiosk(display, args.binary, args.source, args.out, ["--windowed", "1920x1080"],
               name=name, prepare=with_title(TITLES[name])) as kiosk:
        kiosk.wait_screen("attract", slide=SLIDE)
        time.sleep(1.0)
        shot = kiosk.screenshot(name)
        with open(os.path.join(kiosk.data_dir, "kiosk.log"), encoding="utf-8") as f:
            log = f.read()
    return grey_pixels(shot), log


def has_ink(image, x0, x1, y0, y1):
    w, _, pixels = image
    return any(pixels[y * w + x] < INK for y in range(y0, y1 + 1) for x in range(x0, x1 + 1))


def clusters(image, y0, y1, x0, x1, gap):
    """The runs of columns with ink between rows y0 and y1, joined across gaps narrower than
    `gap` (letters of a word), as (left, right, top, bottom)."""
    found, x = [], x0
    while x <= x1:
        if not has_ink(image, x, x, y0, y1):
            x += 1
            continue
        left = right = x
        while x <= x1 and x - right < gap:
            if has_ink(image, x, x, y0, y1):
                right = x
            x += 1
        rows = [y for y in range(y0, y1 + 1) if has_ink(image, left, right, y, y)]
        found.append((left, right, rows[0], rows[-1]))
    return found


def title_words(shot, other):
    """The words of the title line: where the two screenshots differ (the characters that
    differ and the words they push along) is on it; the line is the rows of ink around that,
    from its first word to its last."""
    w, h, a = shot
    end = w * int(h * 0.85)  # above the progress bar, which moves with time
    differ = [(i % w, i // w) for i, (p, q) in enumerate(zip(a[:end], other[2][:end]))
              if abs(p - q) > 40]
    check(differ, "the two titles look the same: no fallback glyph was drawn")
    x0, x1 = min(x for x, _ in differ), max(x for x, _ in differ)
    top = bottom = (min(y for _, y in differ) + max(y for _, y in differ)) // 2
    while has_ink(shot, x0, x1, top - 1, top - 1):
        top -= 1
    while has_ink(shot, x0, x1, bottom + 1, bottom + 1):
        bottom += 1
    while any(has_ink(shot, x, x, top, bottom) for x in range(max(0, x0 - 60), x0)):
        x0 -= 60
    while any(has_ink(shot, x, x, top, bottom) for x in range(x1 + 1, min(w, x1 + 61))):
        x1 += 60
    return clusters(shot, top, bottom, max(0, x0 - 60), min(w - 1, x1 + 60), gap=10)


def fallback_and_main_files(log):
    """The files of the bold title's fallback font for U+2194 and of the main bold face, as the
    log names them and fontconfig finds them."""
    line = re.search(r"fallback fonts: (.*)", log)
    check(line, "the log names no fallback fonts")
    note(f"log: {line.group(0)}")
    bold = line.group(1).split("; bold: ", 1)[1].split("; no font has", 1)[0]
    arrow = [entry.split(" for ")[0] for entry in bold.split(", ") if "U+2194" in entry]
    check(arrow and "U+2713" in bold, f"no bold fallback font for U+2194 and U+2713: {bold}")
    family = re.search(r"started: .*, fonts ([^,\n]+)", log).group(1)
    check(shutil.which("fc-list"), "fc-list (package fontconfig) is not installed")
    main = subprocess.run(["fc-match", "-f", "%{file}", f"{family}:weight=200:slant=0"],
                          capture_output=True, text=True).stdout
    fallback = font_file(arrow[0])
    check(fallback and main, f"fontconfig finds no file for {arrow[0]!r} or {family!r}")
    note(f"fallback font {fallback}, main font {main}")
    return fallback, main


def font_file(name):
    """The file of the font the log names: by its full name (fontconfig's lookup), or by the
    file's own name (the search of the font folders, in a build without fontconfig)."""
    files = subprocess.run(["fc-list", "-f", "%{file}\n", f":fullname={name}"],
                           capture_output=True, text=True).stdout.split("\n")
    if not files[0]:
        every = subprocess.run(["fc-list", "-f", "%{file}\n"], capture_output=True,
                               text=True).stdout.split("\n")
        files = [f for f in every if os.path.splitext(os.path.basename(f))[0] == name]
    return files[0] if files else None


def reference(args, font, text, name, gap):
    """The words of `text` rendered in `font` at 200 pixels to the em, black on white."""
    path = os.path.join(args.out, f"reference-{name}.png")
    subprocess.run(["/usr/bin/convert", "-background", "white", "-fill", "black", "-font", font,
                    "-pointsize", "200", f"label:{text}", path], check=True, timeout=60)
    image = grey_pixels(path)
    return clusters(image, 0, image[1] - 1, 0, image[0] - 1, gap)


def check_shapes(args, words, log):
    """The arrow and the tick as wide, as tall and as high above the baseline as the fallback
    font draws them, at the main font's size: lengths in the reference over its cap height
    ("Gut" in the main font) times the title's cap height."""
    fallback_file, main_file = fallback_and_main_files(log)
    gut = reference(args, main_file, "Gut", "main", gap=60)[0]
    glyphs = reference(args, fallback_file, "H\u2194H\u2713", "fallback", gap=3)
    check(len(glyphs) == 4, f"the reference H↔H✓ has {len(glyphs)} glyphs: {glyphs}")
    h, arrow, _, tick = glyphs
    scale = (words[0][3] - words[0][2]) / (gut[3] - gut[2])
    baseline, ref_baseline = words[0][3], h[3]
    for name, drawn, ref in (("arrow", words[1], arrow), ("tick", words[3], tick)):
        measured = {"width": drawn[1] - drawn[0], "height": drawn[3] - drawn[2],
                    "bottom above the baseline": baseline - drawn[3]}
        predicted = {"width": (ref[1] - ref[0]) * scale, "height": (ref[3] - ref[2]) * scale,
                     "bottom above the baseline": (ref_baseline - ref[3]) * scale}
        for what, value in measured.items():
            note(f"{name} {what}: {value} px, predicted {predicted[what]:.1f} px")
            expect(abs(value - predicted[what]) <= max(2.5, 0.1 * predicted[what]),
                   f"the {name}'s {what} is {value} px, the fallback font predicts "
                   f"{predicted[what]:.1f} px")


def main(args):
    step("--validate: no glyph warning for '↔' and '✓'; one for U+E000, which no font has")
    code, output = validate(args, "fallback")
    check(code == 0 and "cannot draw" not in output,
          f"--validate warned about the title with fallback characters:\n{output}")
    code, output = validate(args, "private")
    check(code == 0 and "cannot draw the character U+E000" in output and
          "[/slides/0/title/en]" in output, f"--validate did not warn about U+E000:\n{output}")

    with Display(1920, 1080) as display:
        shots = {name: shoot(args, display, name) for name in TITLES}
    (fallback, log), (private, _), (question, _) = (shots[n] for n in TITLES)

    step("'↔' and '✓' are drawn with glyphs of their own")
    words = title_words(fallback, question)
    note(f"title words (left, right, top, bottom): {words}")
    check(len(words) == 4, f"the title line has {len(words)} words, expected 4: {words}")
    marks = title_words(question, fallback)
    check(len(marks) == 4, f"the '?' title has {len(marks)} words: {marks}")
    for i, name in ((1, "arrow"), (3, "tick")):
        check(words[i][3] - words[i][2] < 0.85 * (marks[i][3] - marks[i][2]),
              f"the {name} is as tall as a '?': {words[i]} against {marks[i]}")
    check_shapes(args, words, log)

    step("U+E000 is drawn as '?', the mark of a character no font has")
    rows = slice(min(w[2] for w in marks) * 1920, (marks[0][3] + 1) * 1920)
    check(private[2][rows] == question[2][rows],
          "the title with U+E000 is not drawn as the title with '?'")


if __name__ == "__main__":
    run(main, __doc__)
