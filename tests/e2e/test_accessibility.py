"""The accessibility button and its panel, by real taps at 1920x1080 and 1080x1920. The button
stands in the same place on the slides, every question and the results, at the bottom left.
It opens the panel (overlay "accessibility") with one switch per aid and Close, low on the
screen. High contrast turns every text of the slides, a question and the results to 7:1 or
better, measured in the screenshots; the aids are listed in the UI dump, recorded in
session_ended, and are off again for the next shopper. At both sizes, at --time-scale 20, more
time holds "Still there?" back for three idle timeouts, and the overlay says so. Within reach, on
a portrait panel described in kiosk.json (95 cm tall, hung 80 cm up) and on a landscape screen
without one, lays every screen out below the reach line the UI dump gives: every target of the
slides, a question, the panel and the results stands below it."""

import math
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display  # noqa: E402
from dump_and_events import target_ids  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk, edit_json  # noqa: E402
from quiz_oracle import all_paths, load_content, walk_quiz  # noqa: E402
from type_checks import contrast_problems, size_problems  # noqa: E402

STRONG = 7.0
AIDS = ["aid:larger_text", "aid:high_contrast", "aid:more_time", "aid:reach"]
PANEL = {"height_cm": 95, "from_floor_cm": 80}  # a portrait panel on a wall: 42 cm in reach


def settled(d):
    return all(t.get("opacity", 1) == 1 for t in d.get("texts", []))


def button_place(kiosk, d, where):
    """The accessibility button's box on this screen; it must be in the bottom left quarter."""
    b = kiosk.target("accessibility", d)
    w, h = d["window"]["w"], d["window"]["h"]
    check(b["x"] + b["w"] <= w / 2 and b["y"] >= h * 0.75,
          f"{where}: the accessibility button is not at the bottom left: {b}")
    return (b["x"], b["y"], b["w"], b["h"])


def check_look(kiosk, d, name, least, short):
    shot = kiosk.screenshot(name)
    problems = size_problems(d, short) + contrast_problems(d, shot, least)
    check(not problems, f"{name}: " + "; ".join(problems))


def open_panel(kiosk, name, short):
    kiosk.tap("accessibility")
    d = kiosk.wait_for(lambda d: d.get("overlay") == "accessibility" and settled(d), 5,
                       "the accessibility panel")
    # Read aloud is offered too where the kiosk has a sound device (test_read_aloud.py).
    check(target_ids(d) in (["close"] + AIDS, ["close"] + AIDS + ["aid:read_aloud"]),
          f"the panel's targets are {target_ids(d)}")
    for t in d["targets"]:  # low on the screen, over the button that opened it
        check(t["y"] >= d["window"]["h"] / 3, f"{t['id']} stands high on the screen: {t}")
    check_look(kiosk, d, name, None, short)
    return d


def high_contrast_visit(args, width, height, path):
    short = min(width, height)
    with Display(width, height) as display, \
            Kiosk(display, args.binary, args.source, args.out, ["--kiosk", "--time-scale", "2"],
                  name=f"aids-{width}x{height}") as kiosk:
        content = load_content(kiosk.content_dir)
        d = kiosk.wait_screen("attract", 10)
        place = button_place(kiosk, d, "the slides")
        check(d["accessibility"]["aids"] == [], f"aids before any tap: {d['accessibility']}")
        open_panel(kiosk, f"{width}x{height}/panel", short)
        kiosk.tap("aid:high_contrast")
        d = kiosk.wait_for(lambda d: d["accessibility"]["aids"] == ["high_contrast"], 5,
                           "high contrast on")
        check(kiosk.target("aid:high_contrast", d).get("selected") is True,
              "the high contrast switch does not show it is on")
        kiosk.screenshot(f"{width}x{height}/panel-high-contrast")
        kiosk.tap("close")
        d = kiosk.wait_for(lambda d: d.get("overlay") is None and settled(d), 5, "the panel closed")
        check_look(kiosk, d, f"{width}x{height}/attract-high-contrast", STRONG, short)
        since = len(kiosk.events())
        kiosk.tap("start_quiz")
        d = kiosk.wait_for(lambda d: d["screen"] == "quiz" and settled(d), 5, "the first question")
        check(button_place(kiosk, d, "a question") == place,
              "the button moved between the slides and the questions")
        check_look(kiosk, d, f"{width}x{height}/question-high-contrast", STRONG, short)
        walk_quiz(kiosk, content, path)
        d = kiosk.wait_for(lambda d: d["screen"] == "results" and settled(d), 10, "the results")
        check(button_place(kiosk, d, "the results") == place,
              "the button moved between the slides and the results")
        check(d["accessibility"]["aids"] == ["high_contrast"], "high contrast lost on the way")
        check_look(kiosk, d, f"{width}x{height}/results-high-contrast", STRONG, short)
        kiosk.tap("home")
        ended = kiosk.wait_event("session_ended", timeout=5, since=since)
        check(ended.get("aids") == ["high_contrast"], f"session_ended without the aids: {ended}")
        d = kiosk.wait_for(lambda d: d["screen"] == "attract" and settled(d), 5, "the slides")
        check(d["accessibility"]["aids"] == [], "the next shopper still has high contrast")
        note(f"{width}x{height}: button at {place}; {ended}")


def more_time(args, width, height):
    scale = 20
    with Display(width, height) as display, \
            Kiosk(display, args.binary, args.source, args.out,
                  ["--kiosk", "--time-scale", str(scale)],
                  name=f"aids-more-time-{width}x{height}") as kiosk:
        content = load_content(kiosk.content_dir)
        idle = content["kiosk"].get("timing", {}).get("idle_timeout_seconds", 45) / scale
        kiosk.wait_screen("attract", 10)
        kiosk.tap("start_quiz")
        kiosk.wait_screen("quiz", 5)
        open_panel(kiosk, f"{width}x{height}/panel-on-question", min(width, height))
        kiosk.tap("aid:more_time")
        kiosk.wait_for(lambda d: d["accessibility"]["aids"] == ["more_time"], 5, "more time on")
        kiosk.tap("close")
        kiosk.wait_for(lambda d: d.get("overlay") is None, 5, "the panel closed")
        started = time.monotonic()
        time.sleep(idle * 2)  # twice the usual idle timeout: no question yet
        d = kiosk.dump()
        check(d.get("overlay") is None, f"Still there? after {idle * 2:.1f} s with more time")
        d = kiosk.wait_for(lambda d: d.get("overlay") == "still_there", idle * 2 + 5,
                           "Still there? after three idle timeouts")
        waited = time.monotonic() - started
        shown = " ".join(t["text"] for t in d["texts"])
        check("You asked for more time." in shown, f"the overlay does not say so: {shown}")
        kiosk.screenshot(f"{width}x{height}/still-there-more-time")
        note(f"{width}x{height}: Still there? after {waited:.1f} s "
             f"(the usual {idle:.2f} s, three times)")


def all_below(d, where):
    """Every target below the reach line, and every word whole in the band."""
    line = d["accessibility"]["reach_line"]
    high = [t for t in d["targets"] if t["y"] < line]
    check(not high, f"{where}: targets above the reach line at y={line}: {high}")
    high = [t["text"] for t in d["texts"] if t["y"] < line]
    check(not high, f"{where}: words above the reach line at y={line}: {high}")
    check(not d.get("misfits"), f"{where}: words that do not fit: {d.get('misfits')}")
    return line


def reach_visit(args, width, height, panel, path):
    def prepare(content):
        if panel:
            edit_json(os.path.join(content, "kiosk.json"), lambda k: k.update(panel=panel))

    short = min(width, height)
    with Display(width, height) as display, \
            Kiosk(display, args.binary, args.source, args.out, ["--kiosk", "--time-scale", "2"],
                  name=f"reach-{width}x{height}", prepare=prepare) as kiosk:
        content = load_content(kiosk.content_dir)
        d = kiosk.wait_screen("attract", 10)
        # Without a panel: the lower half, or as much more as the screens need (78% of the
        # short side, so on a landscape screen its lowest 843 of 1080 rows).
        want = round(height * (1 - (122 - panel["from_floor_cm"]) / panel["height_cm"])
                     if panel else height - max(height / 2, math.ceil(0.78 * short)))
        check(abs(d["accessibility"]["reach_line"] - want) <= 1,
              f"the reach line is at {d['accessibility']['reach_line']}, expected {want}")
        kiosk.tap("accessibility")
        kiosk.wait_for(lambda d: d.get("overlay") == "accessibility", 5, "the panel")
        kiosk.tap("aid:reach")
        d = kiosk.wait_for(lambda d: d["accessibility"]["aids"] == ["reach"] and settled(d), 5,
                           "within reach on")
        all_below(d, "the panel")
        check_look(kiosk, d, f"reach-{width}x{height}/panel", None, short)
        kiosk.tap("close")
        d = kiosk.wait_for(lambda d: d.get("overlay") is None and settled(d), 5, "the panel closed")
        all_below(d, "the slides")
        kiosk.screenshot(f"reach-{width}x{height}/attract")
        kiosk.tap("start_quiz")
        d = kiosk.wait_for(lambda d: d["screen"] == "quiz" and settled(d), 5, "the first question")
        all_below(d, "the first question")
        kiosk.screenshot(f"reach-{width}x{height}/question")
        walk_quiz(kiosk, content, path)
        d = kiosk.wait_for(lambda d: d["screen"] == "results" and settled(d), 10, "the results")
        line = all_below(d, "the results")
        kiosk.screenshot(f"reach-{width}x{height}/results")
        kiosk.tap("tips")  # the results come in two pages in the band: the tips' page
        d = kiosk.wait_for(lambda d: "products" in target_ids(d) and settled(d), 5, "the tips")
        all_below(d, "the tips' page")
        kiosk.screenshot(f"reach-{width}x{height}/tips")
        kiosk.tap("home")
        d = kiosk.wait_for(lambda d: d["screen"] == "attract" and settled(d), 5, "the slides")
        check(d["accessibility"]["aids"] == [], "the next shopper still has the reach mode")
        check(min(t["y"] for t in d["targets"]) < line, "the slides stay low after the session")
        note(f"{width}x{height}: every target below y={line}")


def main(args):
    content = load_content(os.path.join(args.source, "content"))
    path = all_paths(content)[0]
    for width, height in ((1920, 1080), (1080, 1920)):
        step(f"{width}x{height}: the button, the panel, high contrast through a quiz")
        high_contrast_visit(args, width, height, path)
    for width, height in ((1920, 1080), (1080, 1920)):
        step(f"{width}x{height}: more time, three idle timeouts before Still there?")
        more_time(args, width, height)
    step("within reach: a portrait panel 95 cm tall hung 80 cm up, and a screen without a panel")
    reach_visit(args, 1080, 1920, PANEL, path)
    reach_visit(args, 1920, 1080, None, path)


if __name__ == "__main__":
    run(main, __doc__)
