"""probiotic-kiosk --report on a hand-written events file: every figure of --format json against
values worked out by hand for that file (see the comments), --include-demo, --since, the text and
csv formats, damaged lines reported on stderr, the rotated events.1.jsonl read too, a data folder
without events (exit 1) and a file of nothing but garbage (all figures zero). Opens no window."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, expect, note, step  # noqa: E402
from kiosk_harness import run  # noqa: E402

# Two days of a kiosk. Sessions (ids are shortened; the app writes 16 hex digits):
#   A  day 1  completed; went Back from flare and changed concern breakouts -> oily-shine, then
#            answered flare again (stress -> sugary-food)
#   B  day 1  answered concern and skin-type, then timed out (idle_timeout)
#   C  day 1  answered concern, then Home (reason home)
#   D  day 1  a --demo session ("demo": true): completed
#   E  day 2  completed, then Start over (reason restart)
#   F  day 2  the restarted session: answered concern, then timed out
#   G  day 2  completed, then its session_ended says idle_timeout (written so: an idle timeout
#            after completing counts as a timeout, not as a drop-out)
#   H  day 2  started and left with Home before answering anything
#   I  day 2  answered concern; the app was cut off (no session_ended)
# plus slide views, two damaged lines in the middle and a torn last line.
DAY1 = [
    '{"ts":"2024-05-01T09:00:00.000Z","type":"app_started","version":"1.0.0","content":"abc"}',
    '{"ts":"2024-05-01T09:00:00.010Z","type":"content_loaded","ok":true,"errors":0,"warnings":0}',
    '{"ts":"2024-05-01T09:00:09.000Z","type":"slide_viewed","slide":"gut-skin-axis","seconds":9.0}',
    '{"ts":"2024-05-01T09:00:17.000Z","type":"slide_viewed","slide":"how-they-talk","seconds":8.0}',
    '{"ts":"2024-05-01T09:01:00.000Z","type":"session_started","session":"aaaa","trigger":"start_button"}',
    '{"ts":"2024-05-01T09:01:05.000Z","type":"question_answered","session":"aaaa","question":"concern","answers":["breakouts"]}',
    '{"ts":"2024-05-01T09:01:09.000Z","type":"question_answered","session":"aaaa","question":"flare","answers":["stress"]}',
    '{"ts":"2024-05-01T09:01:15.000Z","type":"question_answered","session":"aaaa","question":"concern","answers":["oily-shine"]}',
    '{"ts":"2024-05-01T09:01:19.000Z","type":"question_answered","session":"aaaa","question":"flare","answers":["sugary-food"]}',
    '{"ts":"2024-05-01T09:01:24.000Z","type":"question_answered","session":"aaaa","question":"skin-type","answers":["oily"]}',
    '{"ts":"2024-05-01T09:01:35.000Z","type":"question_answered","session":"aaaa","question":"routine","answers":["cleanser","serum"]}',
    '{"ts":"2024-05-01T09:01:35.500Z","type":"quiz_completed","session":"aaaa","answers":{"concern":["oily-shine"],"flare":["sugary-food"],"skin-type":["oily"],"routine":["cleanser","serum"]},"recommended":["probiotic-facial-cleanser","skin-clear-synbiotic"],"tips":[],"fallback":false}',
    '{"ts":"2024-05-01T09:02:30.000Z","type":"session_ended","session":"aaaa","reason":"done"}',
    '{"ts":"2024-05-01T09:02:33.500Z","type":"slide_viewed","slide":"gut-skin-axis","seconds":3.5}',
    '{"ts":"2024-05-01T09:03:00.000Z","type":"question_answ',   # damaged: cut off mid-line
    '{"ts":"2024-05-01T09:03:01.000Z","session":"bbbb"}',       # damaged: no "type"
    '{"ts":"2024-05-01T09:04:00.000Z","type":"session_started","session":"bbbb","trigger":"start_button"}',
    '{"ts":"2024-05-01T09:04:06.000Z","type":"question_answered","session":"bbbb","question":"concern","answers":["dryness"]}',
    '{"ts":"2024-05-01T09:04:12.000Z","type":"question_answered","session":"bbbb","question":"skin-type","answers":["sensitive"]}',
    '{"ts":"2024-05-01T09:05:07.000Z","type":"session_ended","session":"bbbb","reason":"idle_timeout"}',
    '{"ts":"2024-05-01T10:00:00.000Z","type":"session_started","session":"cccc","trigger":"start_button"}',
    '{"ts":"2024-05-01T10:00:04.000Z","type":"question_answered","session":"cccc","question":"concern","answers":["breakouts"]}',
    '{"ts":"2024-05-01T10:00:08.000Z","type":"session_ended","session":"cccc","reason":"home"}',
    '{"ts":"2024-05-01T11:00:00.000Z","type":"session_started","session":"dddd","demo":true,"trigger":"start_button"}',
    '{"ts":"2024-05-01T11:00:02.000Z","type":"question_answered","session":"dddd","demo":true,"question":"concern","answers":["oily-shine"]}',
    '{"ts":"2024-05-01T11:00:09.000Z","type":"quiz_completed","session":"dddd","demo":true,"answers":{"concern":["oily-shine"]},"recommended":["skin-clear-synbiotic"],"tips":[],"fallback":false}',
    '{"ts":"2024-05-01T11:00:21.000Z","type":"session_ended","session":"dddd","demo":true,"reason":"done"}',
    '{"ts":"2024-05-01T11:00:30.000Z","demo":true,"type":"slide_viewed","slide":"balanced-gut","seconds":9.0}',
]
DAY2 = [
    '{"ts":"2024-05-02T08:00:00.000Z","type":"app_started","version":"1.0.0","content":"abc"}',
    '{"ts":"2024-05-02T08:00:06.200Z","type":"slide_viewed","slide":"gut-skin-axis","seconds":6.2}',
    '{"ts":"2024-05-02T08:01:00.000Z","type":"session_started","session":"eeee","trigger":"start_button"}',
    '{"ts":"2024-05-02T08:01:04.000Z","type":"question_answered","session":"eeee","question":"concern","answers":["redness"]}',
    '{"ts":"2024-05-02T08:01:08.000Z","type":"question_answered","session":"eeee","question":"skin-type","answers":["dry"]}',
    '{"ts":"2024-05-02T08:01:20.000Z","type":"quiz_completed","session":"eeee","answers":{"concern":["redness"],"skin-type":["dry"]},"recommended":["barrier-repair-serum","ceramide-moisturiser"],"tips":[],"fallback":false}',
    '{"ts":"2024-05-02T08:01:40.000Z","type":"session_ended","session":"eeee","reason":"restart"}',
    '{"ts":"2024-05-02T08:01:40.001Z","type":"session_started","session":"ffff","trigger":"restart"}',
    '{"ts":"2024-05-02T08:01:45.000Z","type":"question_answered","session":"ffff","question":"concern","answers":["dullness"]}',
    '{"ts":"2024-05-02T08:02:40.000Z","type":"session_ended","session":"ffff","reason":"idle_timeout"}',
    '{"ts":"2024-05-02T09:00:00.000Z","type":"session_started","session":"9999","trigger":"start_button"}',
    '{"ts":"2024-05-02T09:00:05.000Z","type":"question_answered","session":"9999","question":"concern","answers":["redness"]}',
    '{"ts":"2024-05-02T09:00:30.000Z","type":"quiz_completed","session":"9999","answers":{"concern":["redness"]},"recommended":["barrier-repair-serum"],"tips":[],"fallback":false}',
    '{"ts":"2024-05-02T09:02:00.000Z","type":"session_ended","session":"9999","reason":"idle_timeout"}',
    '{"ts":"2024-05-02T10:00:00.000Z","type":"session_started","session":"hhhh","trigger":"start_button"}',
    '{"ts":"2024-05-02T10:00:03.000Z","type":"session_ended","session":"hhhh","reason":"home"}',
    '{"ts":"2024-05-02T11:00:00.000Z","type":"session_started","session":"iiii","trigger":"start_button"}',
    '{"ts":"2024-05-02T11:00:04.000Z","type":"question_answered","session":"iiii","question":"concern","answers":["breakouts"]}',
    '{"ts":"2024-05-02T11:00:14.600Z","type":"slide_viewed","slide":"how-they-talk","seconds":10.6}',
]
TORN = '{"ts":"2024-05-02T11:00:20.000Z","type":"slide_vie'  # the last line, cut off, no newline

# The expected --format json for the whole file, without demo events.
EXPECTED = {
    # A B C E F G H I (D is a demo session)
    "sessions": 8,
    "quiz_started": 8,
    # A, E and G
    "quiz_completed": 3,
    "completion_rate": 0.375,  # 3 / 8
    # B, F and G (G had completed first)
    "idle_timeouts": 3,
    # the sessions that ended without completing, by their last answered question:
    # B skin-type; C and F concern; H answered nothing; (I never ended, A E G completed)
    "dropped_after": {"skin-type": 1, "concern": 2, "(none)": 1},
    # the last answer of each question in each session (A's concern is oily-shine, its flare
    # sugary-food; the first answers it changed do not count)
    "answers": {
        "concern": {"oily-shine": 1, "dryness": 1, "breakouts": 2, "redness": 2, "dullness": 1},
        #           A                B             C, I            E, G          F
        "flare": {"sugary-food": 1},                                   # A
        "skin-type": {"oily": 1, "sensitive": 1, "dry": 1},           # A, B, E
        "routine": {"cleanser": 1, "serum": 1},                        # A
    },
    # A: facial cleanser + synbiotic; E: serum + moisturiser; G: serum
    "recommended": {"probiotic-facial-cleanser": 1, "skin-clear-synbiotic": 1,
                    "barrier-repair-serum": 2, "ceramide-moisturiser": 1},
    # gut-skin-axis 9.0, 3.5, 6.2 s -> 18.7 / 3 = 6.23 -> 6.2; how-they-talk 8.0, 10.6 -> 9.3;
    # balanced-gut was only seen in the demo
    "slides": {"gut-skin-axis": {"views": 3, "seconds": 6.2},
               "how-they-talk": {"views": 2, "seconds": 9.3}},
    # the two damaged lines in the middle and the torn last line
    "skipped_lines": 3,
}

# --include-demo: session D counts too
EXPECTED_WITH_DEMO = json.loads(json.dumps(EXPECTED))
EXPECTED_WITH_DEMO.update({
    "sessions": 9, "quiz_started": 9,
    "quiz_completed": 4,
    "completion_rate": 0.444,  # 4 / 9, rounded to three places
})
EXPECTED_WITH_DEMO["answers"]["concern"]["oily-shine"] = 2                 # A, D
EXPECTED_WITH_DEMO["recommended"]["skin-clear-synbiotic"] = 2              # A, D
EXPECTED_WITH_DEMO["slides"]["balanced-gut"] = {"views": 1, "seconds": 9.0}  # D's demo slide

# --since 2024-05-02: sessions E F G H I only
EXPECTED_SINCE = {
    "sessions": 5, "quiz_started": 5,
    "quiz_completed": 2,          # E, G
    "completion_rate": 0.4,       # 2 / 5
    "idle_timeouts": 2,           # F, G
    "dropped_after": {"concern": 1, "(none)": 1},  # F, H
    "answers": {"concern": {"redness": 2, "dullness": 1, "breakouts": 1},  # E G, F, I
                "skin-type": {"dry": 1}},                                    # E
    "recommended": {"barrier-repair-serum": 2, "ceramide-moisturiser": 1},  # E G, E
    "slides": {"gut-skin-axis": {"views": 1, "seconds": 6.2},
               "how-they-talk": {"views": 1, "seconds": 10.6}},
    "skipped_lines": 3,  # damaged lines have no readable day, so they are counted whatever --since
}


def report(binary, data_dir, *options):
    cmd = [binary, "--report", "--data-dir", data_dir, *options]
    with tempfile.TemporaryDirectory(prefix="kiosk-report-cwd-") as cwd:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=cwd,
                           env={k: v for k, v in os.environ.items()
                                if k not in ("DISPLAY", "WAYLAND_DISPLAY")})
    note(f"--report {' '.join(options)} -> exit {r.returncode}; stderr {r.stderr.strip()!r}")
    return r


def report_json(binary, data_dir, *options):
    r = report(binary, data_dir, "--format", "json", *options)
    check(r.returncode == 0, f"--report {' '.join(options)} exited {r.returncode}: {r.stderr!r}")
    try:
        got = json.loads(r.stdout)
    except ValueError:
        got = None
    check(isinstance(got, dict), f"--report --format json printed no JSON object: {r.stdout[:400]!r}")
    return got, r


def compare(what, got, expected):
    for key, want in expected.items():
        value = got.get(key, "(missing)")
        if key == "completion_rate" and isinstance(value, (int, float)):
            ok = abs(value - want) < 0.0006
        else:
            ok = value == want
        expect(ok, f"{what}: {key} is {json.dumps(value)}, expected {json.dumps(want)}")


def write_file(path, lines, torn=None):
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in lines))
        if torn:
            f.write(torn)


def main(args):
    tmp = tempfile.mkdtemp(prefix="kiosk-report-")
    try:
        data = os.path.join(tmp, "data")
        os.makedirs(data)
        write_file(os.path.join(data, "events.jsonl"), DAY1 + DAY2, TORN)
        shutil.copy(os.path.join(data, "events.jsonl"), os.path.join(args.out, "report.events.jsonl"))

        step("--format json: every figure, demo events left out")
        got, r = report_json(args.binary, data)
        with open(os.path.join(args.out, "report.json"), "w") as f:
            f.write(r.stdout)
        compare("report", got, EXPECTED)
        check(re.search(r"\b3\b", r.stderr) and "skip" in r.stderr.lower(),
              f"stderr does not report the 3 skipped lines: {r.stderr!r}")

        step("--include-demo counts the demo session")
        got, _ = report_json(args.binary, data, "--include-demo")
        compare("--include-demo", got, EXPECTED_WITH_DEMO)

        step("--since 2024-05-02 keeps only the second day")
        got, _ = report_json(args.binary, data, "--since", "2024-05-02")
        compare("--since 2024-05-02", got, EXPECTED_SINCE)
        got, _ = report_json(args.binary, data, "--since", "2024-05-03")
        compare("--since 2024-05-03", got, {"sessions": 0, "quiz_completed": 0, "slides": {},
                                             "answers": {}, "skipped_lines": 3})

        step("--format csv holds the same figures")
        r = report(args.binary, data, "--format", "csv")
        check(r.returncode == 0, f"--format csv exited {r.returncode}")
        rows = set(r.stdout.splitlines())
        for row in ("total,sessions,,8", "total,quiz_started,,8", "total,quiz_completed,,3",
                    "total,idle_timeouts,,3", "total,skipped_lines,,3",
                    "dropped_after,concern,,2", "dropped_after,skin-type,,1",
                    "answers,concern,redness,2", "answers,concern,breakouts,2",
                    "answers,concern,oily-shine,1", "answers,routine,serum,1",
                    "recommended,barrier-repair-serum,,2", "recommended,ceramide-moisturiser,,1",
                    "slides,gut-skin-axis,views,3", "slides,gut-skin-axis,seconds,6.2",
                    "slides,how-they-talk,seconds,9.3"):
            expect(row in rows, f"--format csv has no row {row!r}")
        expect(not any("balanced-gut" in row for row in rows), "csv counts the demo slide")
        expect("skip" in r.stderr.lower(), f"csv: stderr does not report skipped lines: {r.stderr!r}")

        step("--format text holds the same figures")
        r = report(args.binary, data, "--format", "text")
        check(r.returncode == 0, f"--format text exited {r.returncode}")
        with open(os.path.join(args.out, "report.txt"), "w") as f:
            f.write(r.stdout)
        for pattern in (r"sessions:\s+8\b", r"started:\s+8\b", r"completed:\s+3 \(37\.5%\)",
                        r"timeouts:\s+3\b", r"redness: 2\b", r"oily-shine: 1\b",
                        r"barrier-repair-serum: 2\b", r"gut-skin-axis: 3, 6\.2 s",
                        r"how-they-talk: 2, 9\.3 s", r"skin-type: 1\b"):
            expect(re.search(pattern, r.stdout, re.IGNORECASE),
                   f"--format text does not show /{pattern}/:\n{r.stdout}")
        expect("skip" in r.stderr.lower(), f"text: stderr does not report skipped lines: {r.stderr!r}")
        r = report(args.binary, data)
        expect(r.returncode == 0 and r.stdout == open(os.path.join(args.out, "report.txt")).read(),
               "--report without --format does not print the text format")

        step("the rotated events.1.jsonl is read too (older day there, newer in events.jsonl)")
        rotated = os.path.join(tmp, "rotated")
        os.makedirs(rotated)
        write_file(os.path.join(rotated, "events.1.jsonl"), DAY1)
        write_file(os.path.join(rotated, "events.jsonl"), DAY2, TORN)
        got, _ = report_json(args.binary, rotated)
        compare("events.1.jsonl + events.jsonl", got, EXPECTED)

        step("a data folder without an events file: exit 1 and a message")
        empty = os.path.join(tmp, "empty")
        os.makedirs(empty)
        r = report(args.binary, empty, "--format", "json")
        check(r.returncode == 1, f"--report without events exited {r.returncode}, expected 1")
        check(r.stderr.strip(), "--report without events says nothing on stderr")
        expect("event" in r.stderr.lower() and empty in r.stderr,
               f"the message does not say which folder has no events: {r.stderr!r}")

        step("a file of nothing but garbage: all figures zero, every line skipped")
        garbage = os.path.join(tmp, "garbage")
        os.makedirs(garbage)
        write_file(os.path.join(garbage, "events.jsonl"),
                   ["this is not json", "{\"ts\": \"2024-05-01T09:00:00.000Z\", \"type\": 7}",
                    "[1, 2, 3]", "\x00\x01\x02 binary", "{\"type\":\"session_started\"}"])
        got, r = report_json(args.binary, garbage)
        compare("garbage", got, {"sessions": 0, "quiz_started": 0, "quiz_completed": 0,
                                 "completion_rate": 0, "idle_timeouts": 0, "dropped_after": {},
                                 "answers": {}, "recommended": {}, "slides": {},
                                 "skipped_lines": 5})
        expect(re.search(r"\b5\b", r.stderr), f"stderr does not report 5 skipped lines: {r.stderr!r}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    run(main, __doc__)
