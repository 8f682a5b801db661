"""Larger text, by real taps at 1920x1080 and 1080x1920: the switch in the accessibility panel
makes every shopper text at least 1.4 times the design brief's floors (the UI dump's sizes) on
the slides, a question and the results, with nothing cut: the kiosk notes no words that do not
fit (the UI dump's misfits), every text's box is inside the screen and no two overlap. A product
card leaves its summary to the product sheet, which shows it at the larger size too, and the
results come in two pages: the tips have one of their own, a button away.
The aid is listed in the UI dump and session_ended, and the next shopper has the usual sizes."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402
from display import Display  # noqa: E402
from quiz_oracle import all_paths, load_content, walk_quiz  # noqa: E402
from type_checks import SHOPPER_ROLES, size_problems  # noqa: E402

FACTOR = 1.4


def settled(d):
    return all(t.get("opacity", 1) == 1 for t in d.get("texts", []))


def read_texts(d):
    return [t for t in d.get("texts", []) if t["role"] in SHOPPER_ROLES]


def overlap(a, b):
    """How far two boxes run into each other: the lesser of the two overlaps, 0 or less if none."""
    across = min(a["x"] + a["w"], b["x"] + b["w"]) - max(a["x"], b["x"])
    down = min(a["y"] + a["h"], b["y"] + b["h"]) - max(a["y"], b["y"])
    return min(across, down)


def cut_problems(d):
    """Text boxes outside the window, or over one another; touch targets over one another."""
    w, h = d["window"]["w"], d["window"]["h"]
    texts = read_texts(d)
    problems = [f"'{t['text'][:30]}' runs off the screen: {t}" for t in texts
                if t["x"] < 0 or t["y"] < 0 or t["x"] + t["w"] > w + 1 or t["y"] + t["h"] > h + 1]
    for i, a in enumerate(texts):
        problems += [f"'{a['text'][:30]}' and '{b['text'][:30]}' overlap"
                     for b in texts[i + 1:] if overlap(a, b) > 2]
    targets = d.get("targets", [])
    for i, a in enumerate(targets):
        problems += [f"the targets {a['id']} and {b['id']} overlap"
                     for b in targets[i + 1:] if overlap(a, b) > 0]
    return problems


def text_of(value):
    return value.get("en") if isinstance(value, dict) else value


def sizes(d):
    return {t["role"]: t["size"] for t in read_texts(d)}


def check_screen(kiosk, d, name, short):
    kiosk.screenshot(name)
    problems = size_problems(d, short * FACTOR) + cut_problems(d)
    # The kiosk's own measure: words that did not fit their box at the least size allowed.
    problems += [f"'{m['text']}' does not fit: needs {m['needed']} {m['in']}, {m['room']} fit"
                 for m in d.get("misfits", [])]
    check(not problems, f"{name}: " + "; ".join(problems))


def visit(args, width, height, content, path):
    short = min(width, height)
    with Display(width, height) as display, \
            Kiosk(display, args.binary, args.source, args.out, ["--kiosk", "--time-scale", "2"],
                  name=f"larger-{width}x{height}") as kiosk:
        d = kiosk.wait_for(lambda d: d["screen"] == "attract" and settled(d), 10, "the slides")
        usual = sizes(d)
        kiosk.tap("accessibility")
        kiosk.wait_for(lambda d: d.get("overlay") == "accessibility" and settled(d), 5,
                       "the accessibility panel")
        kiosk.tap("aid:larger_text")
        d = kiosk.wait_for(lambda d: d["accessibility"]["aids"] == ["larger_text"] and settled(d),
                           5, "larger text on")
        check(kiosk.target("aid:larger_text", d).get("selected") is True,
              "the larger text switch does not show it is on")
        check(not cut_problems(d), f"the panel with larger text: {cut_problems(d)}")
        kiosk.screenshot(f"{width}x{height}/larger-panel")
        kiosk.tap("close")
        d = kiosk.wait_for(lambda d: d.get("overlay") is None and settled(d), 5, "the panel closed")
        larger = sizes(d)
        for role in ("title", "body"):
            if role in usual and role in larger:
                check(larger[role] >= usual[role] * 1.3,
                      f"the slide's {role} is {larger[role]} px with larger text, "
                      f"{usual[role]} px without")
        check_screen(kiosk, d, f"{width}x{height}/larger-attract", short)
        since = len(kiosk.events())
        kiosk.tap("start_quiz")
        d = kiosk.wait_for(lambda d: d["screen"] == "quiz" and settled(d), 5, "the first question")
        check_screen(kiosk, d, f"{width}x{height}/larger-question", short)
        walk_quiz(kiosk, content, path)
        d = kiosk.wait_for(lambda d: d["screen"] == "results" and settled(d), 10, "the results")
        check_screen(kiosk, d, f"{width}x{height}/larger-results", short)
        shown = " ".join(t["text"] for t in d["texts"])
        first = next(t for t in d["targets"] if t["id"].startswith("product:"))
        product = first["id"].split(":", 1)[1]
        summary = text_of(next(p for p in content["products"]["products"]
                               if p["id"] == product)["summary"])
        check(summary not in shown, "a card shows its summary with larger text")
        tips = content["quiz"].get("tips", [])
        check("tips" in [t["id"] for t in d["targets"]], "no button to the tips' page")
        kiosk.tap("tips")
        d = kiosk.wait_for(lambda d: "products" in [t["id"] for t in d["targets"]] and settled(d),
                           5, "the tips' page")
        shown_tips = [t["text"] for t in d["texts"] if t["role"] in ("heading", "body")]
        check(tips and any(text_of(tip["title"]) in shown_tips for tip in tips),
              f"the tips' page shows no tip: {shown_tips}")
        check_screen(kiosk, d, f"{width}x{height}/larger-tips", short)
        kiosk.tap("products")
        d = kiosk.wait_for(lambda d: "tips" in [t["id"] for t in d["targets"]] and settled(d), 5,
                           "the products again")
        kiosk.tap(first["id"])
        d = kiosk.wait_for(lambda d: d.get("overlay") == "product" and settled(d), 5,
                           "the product sheet")
        check(summary in " ".join(t["text"] for t in d["texts"]),
              "the product sheet does not show the summary the card left to it")
        check_screen(kiosk, d, f"{width}x{height}/larger-product", short)
        kiosk.tap("close")
        kiosk.wait_for(lambda d: d.get("overlay") is None, 5, "the sheet closed")
        kiosk.tap("home")
        ended = kiosk.wait_event("session_ended", timeout=5, since=since)
        check(ended.get("aids") == ["larger_text"], f"session_ended without the aid: {ended}")
        d = kiosk.wait_for(lambda d: d["screen"] == "attract" and settled(d), 5, "the slides")
        check(d["accessibility"]["aids"] == [] and sizes(d).get("title") == usual.get("title"),
              f"the next shopper does not have the usual sizes: {sizes(d)} against {usual}")
        note(f"{width}x{height}: usual {usual}, larger {larger}")


def main(args):
    content = load_content(os.path.join(args.source, "content"))
    path = all_paths(content)[0]
    for width, height in ((1920, 1080), (1080, 1920)):
        step(f"{width}x{height}: larger text on the slides, a question, the results, a sheet")
        visit(args, width, height, content, path)


if __name__ == "__main__":
    run(main, __doc__)
