"""Hot reload of the content folder under a running kiosk, and --validate."""

import json
import os
import re
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk, copy_content, edit_json  # noqa: E402
from processes import run_program  # noqa: E402

SHOWN_WITHIN = 2.0   # the spec: a valid change is shown within 2 s
SLACK = 1.0          # dump writing and polling on a loaded machine


def loaded_events(kiosk, since):
    return [e for e in kiosk.events()[since:] if e.get("type") == "content_loaded"]


def set_start_label(kiosk, label):
    def change(data):
        data["strings"]["start_quiz"] = {"en": label, "id": label + " (id)"}
    edit_json(os.path.join(kiosk.content_dir, "kiosk.json"), change)


def expect_label(kiosk, label, since, what):
    t0 = time.monotonic()
    kiosk.wait_for(lambda d: kiosk.target("start_quiz", d)["label"] == label,
                   SHOWN_WITHIN + SLACK, f"start_quiz label {label!r} after {what}")
    took = time.monotonic() - t0
    note(f"{what}: label shown after {took:.2f} s")
    ok = kiosk.wait_event("content_loaded", timeout=3, since=since)
    check(ok.get("ok") is True, f"content_loaded after {what}: {ok}")
    return took


def write_in_two_parts(path, text, gap=0.3):
    half = len(text) // 2
    with open(path, "w", encoding="utf-8") as f:
        f.write(text[:half])
        f.flush()
        os.fsync(f.fileno())
        time.sleep(gap)
        f.write(text[half:])


def validate(args, content_dir):
    result = run_program(args.binary, ["--validate", "--content", content_dir], timeout=60)
    output = result.stdout + result.stderr
    note(f"--validate {content_dir} -> exit {result.returncode}")
    for line in output.strip().splitlines()[:8]:
        note(f"  | {line}")
    return result.returncode, output


def check_validate(args):
    step("--validate on the shipped content: exit 0")
    code, output = validate(args, os.path.join(args.source, "content"))
    check(code == 0, f"--validate of the shipped content exited {code}:\n{output}")
    check(not re.search(r": error: ", output), f"--validate printed errors:\n{output}")

    with tempfile.TemporaryDirectory(prefix="kiosk-validate-") as tmp:
        content = copy_content(args.source, tmp)
        quiz = os.path.join(content, "quiz.json")
        with open(quiz, encoding="utf-8") as f:
            original = f.read()

        step("--validate on malformed JSON: exit 1, file:line:col")
        lines = original.rstrip().split("\n")
        broken_line = len(lines) + 1
        with open(quiz, "w", encoding="utf-8") as f:
            f.write(original.rstrip() + "\n}\n")  # a stray brace after the end
        code, output = validate(args, content)
        check(code == 1, f"--validate of malformed JSON exited {code}, expected 1")
        m = re.search(r"quiz\.json:(\d+):(\d+): error", output)
        check(m, f"no 'quiz.json:LINE:COL: error' diagnostic in:\n{output}")
        check(int(m.group(1)) == broken_line,
              f"the error names line {m.group(1)}, the stray brace is on line {broken_line}")

        step("--validate on an out-of-range tag weight: line and JSON pointer")
        data = json.loads(original)
        answer = data["questions"][0]["answers"][0]
        tag = next(iter(answer["tags"]))
        answer["tags"][tag] = 12
        written = json.dumps(data, ensure_ascii=False, indent=2)
        line = next(i for i, text in enumerate(written.split("\n"), 1)
                    if f'"{tag}": 12' in text)
        with open(quiz, "w", encoding="utf-8") as f:
            f.write(written)
        code, output = validate(args, content)
        check(code == 1, f"--validate of a weight of 12 exited {code}, expected 1")
        pointer = f"/questions/0/answers/0/tags/{tag}"
        m = re.search(r"quiz\.json:(\d+):(\d+): error: .*\[" + re.escape(pointer) + r"\]", output)
        check(m, f"no error naming quiz.json:LINE:COL and [{pointer}] in:\n{output}")
        check(int(m.group(1)) == line, f"the error names line {m.group(1)}, the weight is on "
                                       f"line {line}")


def main(args):
    check_validate(args)

    with Display(1280, 800) as display:
        with Kiosk(display, args.binary, args.source, args.out, ["--windowed", "1280x800"],
                   name="reload") as kiosk:
            d = kiosk.wait_screen("attract", 10)
            first = kiosk.wait_event("content_loaded", timeout=5)
            check(first.get("ok") is True, f"shipped content: {first}")
            original_label = kiosk.target("start_quiz", d)["label"]
            quiz_path = os.path.join(kiosk.content_dir, "quiz.json")
            with open(quiz_path, encoding="utf-8") as f:
                good_quiz = f.read()
            time.sleep(1.0)  # let the watcher settle after the start

            step("a valid change to kiosk.json is shown")
            since = len(kiosk.events())
            set_start_label(kiosk, "Start the skin quiz")
            took = expect_label(kiosk, "Start the skin quiz", since, "editing start_quiz")
            check(took <= SHOWN_WITHIN + SLACK, f"change shown after {took:.2f} s")

            step("broken JSON in quiz.json is refused, the last good content stays")
            since = len(kiosk.events())
            with open(quiz_path, "w", encoding="utf-8") as f:
                f.write(good_quiz[: len(good_quiz) // 3])
            bad = kiosk.wait_event("content_loaded", timeout=SHOWN_WITHIN + SLACK + 2,
                                   since=since)
            note(f"{bad}")
            check(bad.get("ok") is False, f"broken quiz.json loaded as {bad}")
            check(isinstance(bad.get("errors"), int) and bad["errors"] >= 1,
                  f"content_loaded for broken JSON counts errors {bad.get('errors')}")
            time.sleep(0.5)
            kiosk.require_alive("after broken content")
            d = kiosk.dump()
            check(d["screen"] == "attract", f"screen {d['screen']} after broken content")
            check(kiosk.target("start_quiz", d)["label"] == "Start the skin quiz",
                  f"label changed after broken content: {kiosk.target('start_quiz', d)}")
            kiosk.screenshot("after-broken-content")

            step("the kiosk still works on the last good content")
            kiosk.tap("start_quiz")
            d = kiosk.wait_screen("quiz", 5)
            check(any(t["id"].startswith(f"answer:{d['question']}:") for t in d["targets"]),
                  f"no answers on the quiz after a refused reload: {d['targets']}")
            kiosk.tap("home")
            kiosk.wait_screen("attract", 5)

            step("fixing quiz.json is picked up again")
            since = len(kiosk.events())
            with open(quiz_path, "w", encoding="utf-8") as f:
                f.write(good_quiz)
            fixed = kiosk.wait_event("content_loaded", timeout=SHOWN_WITHIN + SLACK + 2,
                                     since=since)
            check(fixed.get("ok") is True, f"fixed quiz.json: {fixed}")

            step("a file written in two parts 300 ms apart is never read half-written")
            for round_ in range(2):
                since = len(kiosk.events())
                data = json.loads(good_quiz)
                data["questions"][0]["text"] = {"en": f"Changed question {round_}",
                                                "id": f"Pertanyaan {round_}"}
                write_in_two_parts(quiz_path, json.dumps(data, ensure_ascii=False, indent=2))
                event = kiosk.wait_event("content_loaded", timeout=SHOWN_WITHIN + SLACK + 2,
                                         since=since)
                time.sleep(1.0)  # a late second reload would show here
                events = loaded_events(kiosk, since)
                note(f"quiz.json in two parts: {events}")
                check(all(e.get("ok") is True for e in events),
                      f"a two-part write was read half-written: {events}")
                check(event.get("ok") is True, f"two-part write: {event}")

            since = len(kiosk.events())
            path = os.path.join(kiosk.content_dir, "kiosk.json")
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            data["strings"]["start_quiz"] = {"en": "Begin in two parts", "id": "Mulai"}
            write_in_two_parts(path, json.dumps(data, ensure_ascii=False, indent=2))
            expect_label(kiosk, "Begin in two parts", since, "kiosk.json in two parts")
            time.sleep(1.0)
            events = loaded_events(kiosk, since)
            check(all(e.get("ok") is True for e in events),
                  f"kiosk.json in two parts was read half-written: {events}")

            step("SIGHUP (Windows: --send reload) checks the content again")
            since = len(kiosk.events())
            set_start_label(kiosk, original_label)
            kiosk.reload()
            expect_label(kiosk, original_label, since, "edit + SIGHUP")

            step("a valid change during a quiz")
            kiosk.tap("start_quiz")
            d = kiosk.wait_screen("quiz", 5)
            since = len(kiosk.events())
            set_start_label(kiosk, "Changed during a quiz")
            ok = kiosk.wait_event("content_loaded", timeout=SHOWN_WITHIN + SLACK + 2, since=since)
            check(ok.get("ok") is True, f"content_loaded {ok}")
            time.sleep(0.5)
            d = kiosk.dump()
            ended = [e for e in kiosk.events()[since:] if e.get("type") == "session_ended"]
            note(f"after the change: screen {d['screen']}; session_ended {ended}")
            if d["screen"] == "attract":
                check(ended and ended[-1].get("reason") == "content_changed",
                      f"the quiz was left for attract without session_ended content_changed: "
                      f"{ended}")
            else:
                check(d["screen"] == "quiz", f"screen {d['screen']} after a change in a quiz")
                check(not ended, f"the session ended but the quiz is still shown: {ended}")
            kiosk.require_alive("at the end")
            shutil.copy(quiz_path, os.path.join(args.out, "last-quiz.json"))


if __name__ == "__main__":
    run(main, __doc__)
