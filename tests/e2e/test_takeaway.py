"""The take-away QR code on the results: after a quiz answered by taps, a SIGUSR1 screenshot of
the results is decoded with zbarimg, and the text must be kiosk.json's takeaway_url with
{products} replaced by the recommended ids of the quiz_completed event - at 1920x1080,
1080x1920 and in a 1280x800 window. Without takeaway_url there is no code (the results still
show); a takeaway_url without {products} is refused by --validate."""

import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display  # noqa: E402
from dump_and_events import summary, target_ids  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk, copy_content, edit_json  # noqa: E402
from processes import run_program, terminate_how  # noqa: E402
from quiz_oracle import all_paths, load_content, recommend, walk_quiz  # noqa: E402

ZBAR_NOTHING_FOUND = 4  # zbarimg's exit code when the image holds no code


def zbar(path):
    result = subprocess.run(["zbarimg", "-q", "--raw", path], capture_output=True, text=True,
                            timeout=60)
    return result.returncode, result.stdout.strip(), result.stderr.strip()


def complete_quiz(kiosk):
    """Start the quiz by a tap, answer the first answer of every question (Next on the
    choose-many ones); return (content, path, quiz_completed event, results dump)."""
    content = load_content(kiosk.content_dir)
    path = all_paths(content)[0]  # the first answer of every question shown
    kiosk.wait_screen("attract", 10)
    since = len(kiosk.events())
    kiosk.tap("start_quiz")
    walk_quiz(kiosk, content, path)
    done = kiosk.wait_event("quiz_completed", timeout=5, since=since)
    note(f"quiz_completed: answers {done.get('answers')} recommended {done.get('recommended')}")
    want = recommend(content, path)
    check(done.get("recommended") == want["recommended"],
          f"recommended {done.get('recommended')}, the rule gives {want['recommended']}")
    d = kiosk.wait_screen("results", 5)
    return content, path, done, d


def decoded_code(kiosk, name, tries=6):
    """Screenshot the results and decode them; a few tries while the screen settles in."""
    last = None
    for i in range(tries):
        shot = kiosk.screenshot(name)
        last = zbar(shot)
        if last[0] == 0:
            return shot, last
        time.sleep(0.5)
    return shot, last


def qr_at(args, display, label, extra_args):
    step(f"{label}: a quiz by taps, then the QR code on the results")
    with Kiosk(display, args.binary, args.source, args.out, extra_args,
               name=f"takeaway-{label}") as kiosk:
        content, _, done, d = complete_quiz(kiosk)
        pattern = content["kiosk"].get("takeaway_url")
        check(pattern and "{products}" in pattern,
              f"the shipped kiosk.json has no takeaway_url with {{products}}: {pattern!r}")
        expected = pattern.replace("{products}", ",".join(done["recommended"]))
        shot, (code, text_, err) = decoded_code(kiosk, f"takeaway-{label}")
        note(f"zbarimg exit {code}: {text_!r}")
        check(code == 0, f"{label}: zbarimg found no code on the results screenshot {shot} "
                         f"(exit {code}, {err!r}); dump {summary(d)}")
        codes = text_.splitlines()
        check(len(codes) == 1, f"{label}: {len(codes)} codes on the results: {codes}")
        check(codes[0] == expected, f"{label}: the QR code says {codes[0]!r}, expected {expected!r}")
        check(kiosk.terminate() == 0, f"{label}: {terminate_how()} did not give exit code 0")


def no_takeaway(args, display):
    step("kiosk.json without takeaway_url: results without a QR code")

    def drop(content_dir):
        edit_json(os.path.join(content_dir, "kiosk.json"), lambda k: k.pop("takeaway_url", None))
    with Kiosk(display, args.binary, args.source, args.out, [], name="takeaway-none",
               prepare=drop) as kiosk:
        check("takeaway_url" not in load_content(kiosk.content_dir)["kiosk"], "edit failed")
        _, _, done, d = complete_quiz(kiosk)
        ids = target_ids(d)
        for pid in done["recommended"]:
            check(f"product:{pid}" in ids, f"the results lack product:{pid}: {ids}")
        time.sleep(1.5)  # let the results settle before the picture
        shot = kiosk.screenshot("takeaway-none")
        code, text_, err = zbar(shot)
        note(f"zbarimg exit {code}: {text_!r}")
        check(code == ZBAR_NOTHING_FOUND and not text_,
              f"without takeaway_url zbarimg still found {text_!r} (exit {code}, {err!r}) in {shot}")
        kiosk.require_alive("on the results without a takeaway_url")
        check(kiosk.dump()["screen"] == "results", f"not on the results: {summary(kiosk.dump())}")


def validate_without_placeholder(args):
    step("a takeaway_url without {products}: --validate exits 1 naming kiosk.json and takeaway_url")
    tmp = tempfile.mkdtemp(prefix="kiosk-takeaway-")
    try:
        content_dir = copy_content(args.source, tmp)
        base = run_program(args.binary, ["--validate", "--content", content_dir], timeout=60)
        check(base.returncode == 0, f"the copied content does not validate before the edit "
                                    f"(exit {base.returncode}): {(base.stdout + base.stderr)[:400]}")
        edit_json(os.path.join(content_dir, "kiosk.json"),
                  lambda k: k.__setitem__("takeaway_url", "https://indonaturals.example/routine"))
        r = run_program(args.binary, ["--validate", "--content", content_dir], timeout=60)
        out = (r.stdout + r.stderr).strip()
        note(f"--validate exit {r.returncode}: {out[:300]!r}")
        check(r.returncode == 1, f"--validate exited {r.returncode} for a takeaway_url without "
                                 f"{{products}}, expected 1")
        lines = [line for line in out.splitlines() if "takeaway_url" in line]
        check(lines, f"no message names takeaway_url: {out!r}")
        check(any("kiosk.json" in line and "error" in line for line in lines),
              f"the takeaway_url message does not name kiosk.json as an error: {lines}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(args):
    check(shutil.which("zbarimg"), "zbarimg not found (Debian: zbar-tools)")
    validate_without_placeholder(args)
    with Display(1920, 1080) as display:
        qr_at(args, display, "1920x1080", [])
        qr_at(args, display, "1280x800", ["--windowed", "1280x800"])
        no_takeaway(args, display)
    with Display(1080, 1920) as display:
        qr_at(args, display, "1080x1920", [])


if __name__ == "__main__":
    run(main, __doc__)
