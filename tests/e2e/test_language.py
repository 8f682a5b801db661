"""Languages: the language buttons switch every label the shopper reads, from kiosk.json and
quiz.json, and back."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402
from quiz_oracle import answer_question, load_content, question_by_id, text  # noqa: E402


def check_labels(kiosk, content, d, language):
    default = content["kiosk"]["default_language"]
    strings = content["kiosk"]["strings"]
    check(d["language"] == language, f"dump language {d['language']}, expected {language}")
    if d["screen"] == "attract":
        want = text(strings["start_quiz"], language, default)
        got = kiosk.target("start_quiz", d)["label"]
        check(got == want, f"start_quiz label {got!r} in {language}, expected {want!r}")
        for code in content["kiosk"]["languages"]:
            want = text(strings["language_name"], code, default)
            got = kiosk.target(f"lang:{code}", d)["label"]
            check(got == want, f"lang:{code} label {got!r}, expected its own name {want!r}")
    elif d["screen"] == "quiz":
        q = question_by_id(content, d["question"])
        for a in q["answers"]:
            want = text(a["text"], language, default)
            got = kiosk.target(f"answer:{q['id']}:{a['id']}", d)["label"]
            check(got == want, f"answer {a['id']} label {got!r} in {language}, expected {want!r}")
        for key in ("home",):
            want = text(strings[key], language, default)
            got = kiosk.target(key, d)["label"]
            check(want in got, f"{key} label {got!r} in {language} lacks {want!r}")
    note(f"{d['screen']} {d.get('question') or ''}: labels are {language}")


def main(args):
    with Display(1920, 1080) as display:
        with Kiosk(display, args.binary, args.source, args.out, name="language") as kiosk:
            content = load_content(kiosk.content_dir)
            languages = content["kiosk"]["languages"]
            default = content["kiosk"]["default_language"]
            other = next(code for code in languages if code != default)
            start_texts = {text(content["kiosk"]["strings"]["start_quiz"], c, default)
                           for c in languages}
            check(len(start_texts) == len(languages),
                  "start_quiz is the same in every language: the test could not tell them apart")

            step(f"attract starts in {default}")
            d = kiosk.wait_screen("attract", 10)
            check_labels(kiosk, content, d, default)

            step(f"tap lang:{other}")
            kiosk.tap(f"lang:{other}")
            d = kiosk.wait_for(lambda d: d["language"] == other, 5, f"language {other}")
            check_labels(kiosk, content, d, other)
            kiosk.screenshot(f"attract-{other}")

            step(f"the quiz is in {other}")
            kiosk.tap("start_quiz")
            questions = content["quiz"]["questions"]
            d = kiosk.wait_screen("quiz", 5, question=questions[0]["id"])
            check_labels(kiosk, content, d, other)
            kiosk.screenshot(f"quiz-{other}")
            first_answer = questions[0]["answers"][0]["id"]
            d = answer_question(kiosk, content, [first_answer])
            check_labels(kiosk, content, d, other)
            started = [e for e in kiosk.events() if e.get("type") == "session_started"]
            note(f"session_started events: {started}")

            step("Home, then back to the default language")
            kiosk.tap("home")
            d = kiosk.wait_screen("attract", 5)
            note(f"language after Home: {d['language']}")
            if d["language"] != default:
                kiosk.tap(f"lang:{default}")
                d = kiosk.wait_for(lambda d: d["language"] == default, 5, f"language {default}")
            check_labels(kiosk, content, d, default)
            kiosk.tap("start_quiz")
            d = kiosk.wait_screen("quiz", 5, question=questions[0]["id"])
            check_labels(kiosk, content, d, default)
            kiosk.require_alive("at the end")


if __name__ == "__main__":
    run(main, __doc__)
