"""--preview, the staff's window: a save that breaks quiz.json (a trailing comma) shows a banner
with the error at its file:line:column, the same as `--validate --format json` reports it, in
the theme's terracotta (screenshot broken-banner.png), while the kiosk keeps the last good
content; a click on the banner opens the list of every problem (screenshot problem-list.png),
Close and Esc close it; the fixed file clears the banner for the quiet "Content OK" chip. The
keys jump: 3 to quiz.json's third question, L to the next language, R to the results of the
first answer of every question (checked against the recommendation rule of quiz_oracle.py),
Home to the slides. Every event carries "demo" and "preview" true. --preview --kiosk is refused.
"""

import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display  # noqa: E402
from images import check_not_blank, mean_colour  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402
from processes import run_program  # noqa: E402
from quiz_oracle import is_shown, load_content, recommend, text  # noqa: E402

W, H = 1280, 800


def break_quiz(path):
    """A save with a comma after the last answer of the first question; returns the good text
    and the line of the comma."""
    with open(path, encoding="utf-8") as f:
        good = f.read()
    start = good.index('"answers"')
    end = good.index("]", start)
    broken = good[:end].rstrip() + ",\n" + good[end:]
    with open(path, "w", encoding="utf-8") as f:
        f.write(broken)
    return good, broken[:end].count("\n") + 1


def validate_json(binary, content_dir):
    """What --validate --format json says about the content: the oracle for the banner."""
    result = run_program(binary, ["--validate", "--format", "json", "--content", content_dir])
    check(result.returncode == 1, f"--validate of the broken copy exited {result.returncode}")
    found = json.loads(result.stdout)
    errors = [d for d in found if d["severity"] == "error"]
    check(errors, f"--validate --format json lists no error: {result.stdout}")
    return errors[0], len(found)


def is_terracotta(rgb):
    r, g, b = rgb
    return r > g + 40 and r > b + 60


def first_answer_path(content):
    """The first answer of every question a shopper is shown, in quiz order (the R key's path 1)."""
    chosen = {}
    for q in content["quiz"]["questions"]:
        if q["answers"] and is_shown(q, chosen):
            chosen[q["id"]] = [q["answers"][0]["id"]]
    return chosen


def check_broken_banner(kiosk, args, quiz_path, comma_line):
    first, count = validate_json(args.binary, kiosk.content_dir)
    place = f"quiz.json:{first['line']}:{first['column']}"
    note(f"--validate --format json: {place}: {first['message']} ({count} in all)")
    check(abs(first["line"] - comma_line) <= 1,
          f"the error is on line {first['line']}, the comma on line {comma_line}")
    d = kiosk.wait_for(lambda d: d["preview"]["errors"] > 0, 15, "the banner after the save")
    banner = d["preview"]["banner"]
    note(f"banner: {banner}")
    check(banner.startswith(f"{place}: error: {first['message']}"),
          f"the banner says {banner!r}, --validate says {place}: {first['message']}")
    check(d["preview"]["content"] == "refused" and d["preview"]["chip"] is None,
          f"preview: {d['preview']}")
    shot = kiosk.screenshot("broken-banner")
    check_not_blank(shot, W, H)
    colour = mean_colour(shot, kiosk.target("preview:open", d))
    note(f"the banner's colour: rgb{colour}")
    check(is_terracotta(colour), f"the banner is rgb{colour}, not the theme's terracotta")
    return d, count


def check_list(kiosk, count):
    kiosk.tap("preview:open")
    d = kiosk.wait_for(lambda d: d["preview"]["list"] == "open", 5, "the list open")
    rows = d["preview"]["rows"]
    check(len(rows) == min(count, len(rows)) and rows, f"the list shows {rows}")
    check(rows[0] == d["preview"]["banner"].split(" (+")[0], f"the list starts {rows[0]!r}")
    check(not any(t["id"] == "start_quiz" for t in d["targets"]),
          "the kiosk below the list still takes clicks")
    kiosk.screenshot("problem-list")
    kiosk.tap("preview:close")
    kiosk.wait_for(lambda d: d["preview"]["list"] == "closed", 5, "Close to close the list")
    kiosk.key("d")
    kiosk.wait_for(lambda d: d["preview"]["list"] == "open", 5, "D to open the list")
    kiosk.key("Escape")
    kiosk.wait_for(lambda d: d["preview"]["list"] == "closed", 5, "Esc to close the list")


def check_keys(kiosk, content):
    questions = content["quiz"]["questions"]
    kiosk.key("3")
    d = kiosk.wait_screen("quiz", question=questions[2]["id"])
    note(f"3: question {d['question']}")
    languages = content["kiosk"]["languages"]
    kiosk.key("l")
    d = kiosk.wait_for(lambda d: d["language"] == languages[1], 5, f"L to {languages[1]}")
    answer = questions[2]["answers"][0]
    want = text(answer["text"], languages[1], content["kiosk"]["default_language"])
    got = kiosk.target(f"answer:{questions[2]['id']}:{answer['id']}", d)["label"]
    check(got == want, f"the answer reads {got!r} in {languages[1]}, expected {want!r}")
    since = len(kiosk.events())
    kiosk.key("r")
    d = kiosk.wait_screen("results")
    check(d["preview"]["answer_path"] == 1, f"R: answer path {d['preview']['answer_path']}")
    path = first_answer_path(content)
    done = kiosk.wait_event("quiz_completed", since=since)
    check(done["answers"] == path, f"R answered {done['answers']}, expected {path}")
    expected = recommend(content, path)
    check(done["recommended"] == expected["recommended"],
          f"R recommended {done['recommended']}, the rule gives {expected['recommended']}")
    check(d["language"] == languages[1], "the language changed with the jump")
    kiosk.key("Home")
    kiosk.wait_screen("attract")


def main(args):
    step("--preview --kiosk is refused")
    result = run_program(args.binary, ["--preview", "--kiosk"])
    check(result.returncode == 2, f"--preview --kiosk exited {result.returncode}")
    check("--preview cannot be combined with --kiosk" in result.stderr, result.stderr)

    with Display(W, H) as display, Kiosk(display, args.binary, args.source, args.out,
                                         ["--preview"], name="preview") as kiosk:
        d = kiosk.wait_screen("attract", 15)
        check(d["window"] == {"w": W, "h": H}, f"the preview's window is {d['window']}")
        check(d["preview"]["chip"] and d["preview"]["diagnostics"] == 0,
              f"the shipped content: {d['preview']}")
        label = kiosk.target("start_quiz", d)["label"]
        content = load_content(kiosk.content_dir)

        step("a save that breaks quiz.json: the banner, the last good content kept")
        quiz_path = os.path.join(kiosk.content_dir, "quiz.json")
        good, comma_line = break_quiz(quiz_path)
        d, count = check_broken_banner(kiosk, args, quiz_path, comma_line)
        check(kiosk.target("start_quiz", d)["label"] == label, "the slides changed")

        step("a click on the banner opens the list of every problem")
        check_list(kiosk, count)

        step("the fixed file clears the banner")
        with open(quiz_path, "w", encoding="utf-8") as f:
            f.write(good)
        d = kiosk.wait_for(lambda d: d["preview"]["banner"] is None, 15, "the banner cleared")
        check(d["preview"]["content"] == "in_use" and "Content OK" in d["preview"]["chip"],
              f"after the fix: {d['preview']}")
        time.sleep(1.0)  # the new content's pictures decode again
        shot = kiosk.screenshot("fixed")
        check(not is_terracotta(mean_colour(shot, {"x": 0, "y": H - 40, "w": W, "h": 40})),
              "the bottom of the screen is still terracotta after the fix")

        step("keys: 3, L, R, Home")
        check_keys(kiosk, content)
        kiosk.screenshot("slides-again")

        step("the preview's events are marked as not shoppers'")
        events = kiosk.events()
        unmarked = [e["type"] for e in events if not (e.get("demo") and e.get("preview"))]
        check(events and not unmarked, f"events without demo and preview true: {unmarked}")
        note(f"{len(events)} events, all marked")


if __name__ == "__main__":
    run(main, __doc__)
