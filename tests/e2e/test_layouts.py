"""Touch targets on every screen at 1920x1080, 1080x1920 and 1280x800: big enough, inside the
window, apart from each other. Every text a shopper reads at the size the design brief asks for
its role, and at 4.5:1 or better on the ground the screenshot shows under it (type_checks.py).
Screenshots of every screen per size.

Under Wine the 1280x800 window on the 1280x800 screen draws in less than 1280x800, since Windows
keeps a window's frame on the screen (display.framed_window_size): the targets are then
checked against the window as it is, and the screenshots are of its size."""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import TestFailure, check, note, step  # noqa: E402
from display import Display, framed_window_size  # noqa: E402
from images import png_size  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402
from processes import under_wine  # noqa: E402
from type_checks import contrast_problems, size_problems  # noqa: E402
from quiz_oracle import all_paths, answer_question, load_content, question_by_id  # noqa: E402

SCALE = 5
SIZES = [(1920, 1080, ["--kiosk"]), (1080, 1920, ["--kiosk"]),
         (1280, 800, ["--windowed", "1280x800"])]
MIN_SIZE = 0.055   # of the short side, both directions (about 9 mm on the target panels)
MIN_GAP = 0.005    # of the short side (about 2 mm)


def layout_problems(d, width, height):
    short = min(width, height)
    smallest, gap = MIN_SIZE * short, MIN_GAP * short
    problems = []
    if d["window"] != {"w": width, "h": height}:
        problems.append(f"window {d['window']} is not {width}x{height}")
    targets = d.get("targets", [])
    if not targets:
        problems.append("no targets")
    for t in targets:
        if t["w"] < smallest or t["h"] < smallest:
            problems.append(f"{t['id']} is {t['w']}x{t['h']}, smaller than {smallest:.0f} px")
        if t["x"] < 0 or t["y"] < 0 or t["x"] + t["w"] > width or t["y"] + t["h"] > height:
            problems.append(f"{t['id']} at {t['x']},{t['y']} {t['w']}x{t['h']} leaves the "
                            f"{width}x{height} window")
    for i, a in enumerate(targets):
        for b in targets[i + 1:]:
            dx = max(b["x"] - (a["x"] + a["w"]), a["x"] - (b["x"] + b["w"]))
            dy = max(b["y"] - (a["y"] + a["h"]), a["y"] - (b["y"] + b["h"]))
            if dx < 0 and dy < 0:
                problems.append(f"{a['id']} and {b['id']} overlap")
            elif max(dx, dy) < gap:
                problems.append(f"{a['id']} and {b['id']} are {max(dx, dy)} px apart, "
                                f"less than {gap:.1f} px")
    return problems


def settled(d):
    """No text still fading in: each is at full opacity, or on a disabled button."""
    disabled = {(t["x"], t["y"], t["w"], t["h"]) for t in d["targets"] if t.get("enabled") is False}

    def on_disabled(t):
        return any(x <= t["x"] and y <= t["y"] and t["x"] + t["w"] <= x + w and
                   t["y"] + t["h"] <= y + h for x, y, w, h in disabled)
    return all(t.get("opacity", 1) == 1 or (t["role"] == "label" and on_disabled(t))
               for t in d.get("texts", []))


class Visit:
    def __init__(self, kiosk, width, height, area=None):
        self.kiosk, self.width, self.height = kiosk, width, height
        self.area = area or (width, height)  # the size the window draws in
        self.problems = []

    def __call__(self, d, name):
        # The words as they settle: none still fading in (a disabled button's stay dimmed).
        d = self.kiosk.wait_for(settled, 5, f"the words of {name} to settle")
        problems = layout_problems(d, *self.area) + size_problems(d, min(self.area))
        shot = self.kiosk.screenshot(f"{self.width}x{self.height}/{name}")
        check(png_size(shot) == self.area,
              f"screenshot {shot} is {png_size(shot)}, not {self.area[0]}x{self.area[1]}")
        if self.kiosk.dump().get("texts") == d.get("texts"):  # the screenshot shows this dump
            problems += contrast_problems(d, shot)
        else:
            note(f"{name}: the screen moved on before its screenshot; contrast not measured")
        note(f"{name}: {len(d['targets'])} targets, {len(d.get('texts', []))} texts, "
             f"{'ok' if not problems else '; '.join(problems)}")
        self.problems += [f"{self.width}x{self.height} {name}: {p}" for p in problems]


def visit_size(args, width, height, mode, content_path):
    with Display(width, height) as display:
        with Kiosk(display, args.binary, args.source, args.out,
                   ["--time-scale", str(SCALE), *mode], name=f"layout-{width}x{height}") as kiosk:
            content = load_content(kiosk.content_dir)
            d = kiosk.wait_screen("attract", 10)
            area = None
            if under_wine() and "--windowed" in mode:
                area = framed_window_size(d, width, height, f"{width}x{height} --windowed")
            visit = Visit(kiosk, width, height, area)
            visit(d, "attract")

            kiosk.tap("start_quiz")
            d = kiosk.wait_screen("quiz", 5)
            while d["screen"] == "quiz":
                qid = d["question"]
                visit(d, f"question-{qid}")
                chosen = content_path[qid]
                if question_by_id(content, qid).get("choose", "one") == "many":
                    for aid in chosen:
                        kiosk.tap(f"answer:{qid}:{aid}")
                    d = kiosk.wait_for(lambda d: sum(bool(t.get("selected"))
                                                     for t in d["targets"]) == len(chosen),
                                       5, f"{len(chosen)} answers selected on {qid}")
                    visit(d, f"question-{qid}-selected")
                    kiosk.tap("next")
                    d = kiosk.wait_for(lambda d: d["screen"] != "quiz" or d["question"] != qid,
                                       10, f"the quiz to move on from {qid}")
                else:
                    d = answer_question(kiosk, content, chosen)
            check(d["screen"] == "results", f"the quiz ended on {d['screen']}")
            visit(d, "results")

            kiosk.tap("home")  # Done: the results' one way out
            d = kiosk.wait_for(lambda d: d["screen"] != "results", 5, "Done")
            if d["screen"] == "attract":
                kiosk.tap("start_quiz")
            d = kiosk.wait_screen("quiz", 5)
            idle = content["kiosk"].get("timing", {}).get("idle_timeout_seconds", 45) / SCALE
            d = kiosk.wait_for(lambda d: d.get("overlay") == "still_there", idle + 8,
                               "the still_there overlay")
            visit(d, "still-there")
            kiosk.tap("continue")
            kiosk.wait_for(lambda d: not d.get("overlay"), 5, "the overlay to go")
            kiosk.require_alive("at the end")
            return visit.problems


def main(args):
    content = load_content(os.path.join(args.source, "content"))
    many = [q["id"] for q in content["quiz"]["questions"] if q.get("choose", "one") == "many"]
    conditional = [q["id"] for q in content["quiz"]["questions"] if q.get("show_if")]
    # one path that shows every question, with two answers on each many question
    path = next((p for p in all_paths(content)
                 if all(q in p for q in conditional) and all(len(p[m]) == 2 for m in many)),
                None)
    check(path, "no path shows every question with two answers on the many questions")
    step(f"path: {path}")
    problems = []
    for width, height, mode in SIZES:
        step(f"{width}x{height} {' '.join(mode)}")
        started = time.monotonic()
        problems += visit_size(args, width, height, mode, path)
        note(f"{width}x{height} took {time.monotonic() - started:.1f} s")
    if problems:
        raise TestFailure(f"{len(problems)} layout problems:\n  " + "\n  ".join(problems))


if __name__ == "__main__":
    run(main, __doc__)
