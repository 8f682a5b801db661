"""Words that do not fit, found before a shopper sees them: `--validate` lays out every screen
in every language at the reference screens 1920x1080, 1080x1920 and 1280x800, with the real
fonts and without a window, and warns about each text that does not fit its box, at the line,
column and pointer of those words, naming the language and the screen. The shipped content has
no such warning. In this layout a tile is wider in portrait than in landscape, and a product
card shorter: a word too long for a tile is warned about for the two landscape screens only
(and the reach mode's bands, which are wider than tall),
a card's words that run over for 1080x1920 and never for 1920x1080. An answer without a `reason` is quoted on
the cards by its text, so a long answer text makes the cards run over. The shipped content also
fits the reach mode's band of screens hung at several heights (kiosk.json's `panel`)."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import copy_content  # noqa: E402
from processes import program, program_env  # noqa: E402

# Screens hung so that the band in reach is just what the screens need, near square, or most
# of the screen: (height, bottom edge above the floor) in cm.
PANELS = [(95, 80), (50, 90), (121, 70), (40, 100)]
LONG_WORD = "Kemerahanyangsangatpanjangsekalitanpaspasi"  # one word, wider than any tile
LONG_ANSWER = " ".join(["blemish"] * 20)  # fits its tile; quoted as a reason on the cards
DIAGNOSTIC = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<column>\d+): warning: (?P<message>.*) "
                        r"\[(?P<pointer>[^\]]*)\]$")


def validate(binary, content):
    env = dict(os.environ)
    env.pop("DISPLAY", None)  # opens no window: runs without a display
    r = subprocess.run(program(binary, "--validate", "--content", content),
                       env=program_env(env), capture_output=True, text=True, timeout=120)
    misfits = [DIAGNOSTIC.match(line) for line in r.stdout.splitlines() if "does not fit" in line]
    note(f"exit {r.returncode}; {len(misfits)} fit warning(s)")
    for m in misfits:
        check(m, f"a fit warning not in the form file:line:column: ... [pointer]:\n{r.stdout}")
    return r, misfits


def screen_of(misfit):
    """The screen a warning names: "1920x1080", "1920x1080 with larger text", or either
    "within reach"."""
    return re.search(r" at (\d+x\d+(?: with larger text)?(?: within reach)?):",
                     misfit["message"]).group(1)


def screens_of(misfits, pointer):
    return sorted(screen_of(m) for m in misfits if m["pointer"] == pointer)


def main(args):
    work = tempfile.mkdtemp(prefix="kiosk-text-fit-")
    try:
        step("the shipped content: no text that does not fit, exit 0")
        r, misfits = validate(args.binary, os.path.join(args.source, "content"))
        check(r.returncode == 0 and not misfits, f"exit {r.returncode}:\n{r.stdout}")

        step("the reach mode's band, for screens hung at several heights: still no warning")
        for height_cm, from_floor_cm in PANELS:
            content = copy_content(args.source, work)
            kiosk_path = os.path.join(content, "kiosk.json")
            with open(kiosk_path, encoding="utf-8") as f:
                kiosk = json.load(f)
            kiosk["panel"] = {"height_cm": height_cm, "from_floor_cm": from_floor_cm}
            with open(kiosk_path, "w", encoding="utf-8") as f:
                json.dump(kiosk, f, ensure_ascii=False, indent=2)
            r, misfits = validate(args.binary, content)
            check(r.returncode == 0 and not r.stdout.count("warning:"),
                  f"a panel {height_cm} cm tall, {from_floor_cm} cm up:\n{r.stdout}")
            shutil.rmtree(content)
            shutil.rmtree(os.path.join(work, "assets"), ignore_errors=True)

        step("one answer a single word too wide in Indonesian, one answer long in English")
        content = copy_content(args.source, work)
        quiz_path = os.path.join(content, "quiz.json")
        with open(quiz_path, encoding="utf-8") as f:
            quiz = json.load(f)
        answers = quiz["questions"][0]["answers"]
        answers[2]["text"]["id"] = LONG_WORD
        answers[1]["text"]["en"] = LONG_ANSWER
        # Without a reason of its own, a product card's "why" line quotes the answer's text.
        answers[1].pop("reason", None)
        with open(quiz_path, "w", encoding="utf-8") as f:
            json.dump(quiz, f, ensure_ascii=False, indent=2)
        r, misfits = validate(args.binary, content)
        note(r.stdout)
        check(r.returncode == 0, f"warnings only, yet exit {r.returncode}")

        step("the word too wide: its tile, in Indonesian, on the landscape screens only, both sizes,"
             " and in every reach band (wider than tall: its tiles side by side)")
        pointer = "/questions/0/answers/2/text"
        check(screens_of(misfits, pointer) == ["1080x1920 within reach", "1280x800",
                                               "1280x800 with larger text", "1280x800 within reach",
                                               "1920x1080", "1920x1080 with larger text",
                                               "1920x1080 within reach"],
              f"{pointer} warned about at {screens_of(misfits, pointer)}")
        for m in (m for m in misfits if m["pointer"] == pointer):
            check(m["file"].endswith("quiz.json") and "(id)" in m["message"] and
                  "its tile" in m["message"], f"not the answer's tile in Indonesian: {m.group(0)}")
            # The line and column are those of the answer's text in the file.
            with open(quiz_path, encoding="utf-8") as f:
                lines = f.read().splitlines()
            at = lines[int(m["line"]) - 1][int(m["column"]) - 1:]
            following = "\n".join([at] + lines[int(m["line"]):int(m["line"]) + 3])
            check(at.startswith("{") and LONG_WORD in following,
                  f"{m['line']}:{m['column']} is not where the answer's text starts: {at!r}")
        # The long answer fits its tile at the usual size; with larger text, 1.4 times as
        # large, it needs twice the lines in landscape, and is warned about there; so it is in
        # the reach mode's band of a portrait screen, where tiles stand two to a row.
        long_answer = [s for s in screens_of(misfits, "/questions/0/answers/1/text")]
        check(all(s.endswith(("with larger text", "within reach")) for s in long_answer),
              f"the long English answer fits its tile, yet it is warned about at {long_answer}")
        check("1920x1080 with larger text" in long_answer,
              f"the long answer is not warned about with larger text: {long_answer}")

        step("the long answer, quoted as a reason on the product cards: not on the wide screen")
        cards = [m for m in misfits if m["pointer"].startswith("/products/")]
        check(cards, "no product card warned about")
        screens = set()
        for m in cards:
            check(m["file"].endswith("products.json") and "its card at " in m["message"]
                  and "(en)" in m["message"], f"not a product card in English: {m.group(0)}")
            screens.add(screen_of(m))
        # Cards one under another in portrait are the shortest; side by side at 1920x1080 the
        # tallest, with room for the long lines.
        check("1080x1920" in screens and "1920x1080" not in screens,
              f"the cards that run over are warned about at {sorted(screens)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    run(main, __doc__)
