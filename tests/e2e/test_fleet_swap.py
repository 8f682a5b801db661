"""Fleet publishing: scripts/publish-content.sh under a running kiosk that follows a link.

The kiosk runs with --content BASE/current/content, where current -> releases/A, as the systemd
unit runs it. Release B (another start_quiz label, and a misspelt key: one warning) is published
to the local folder BASE with the script: its summary of the kiosk's `--validate --format json`
names the warning, the link is swapped and the running kiosk shows B. A broken release C is
refused by the script (exit 1, the error summarised with its file and line, link and releases
unchanged, the kiosk never notices). --rollback goes back to the previous release (A), running
it again returns to B, and --rollback --to A names one.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk, copy_content, edit_json  # noqa: E402

SHOWN_WITHIN = 5.0  # seconds from the swap to the new label on screen (the watcher settles in ~1 s)


def publish(args, *options):
    cmd = [os.path.join(args.source, "scripts", "publish-content.sh"),
           "--kiosk-binary", args.binary, *options]
    note("$ " + " ".join(cmd))
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    for line in (result.stdout + result.stderr).strip().splitlines()[-8:]:
        note(f"  | {line}")
    return result


def link(base, name="current"):
    path = os.path.join(base, name)
    return os.readlink(path) if os.path.islink(path) else None


def releases(base):
    return sorted(os.listdir(os.path.join(base, "releases")))


def make_release(source, into, label=None, break_quiz=False, misspelt_key=False):
    content = copy_content(source, into)
    if label:
        def change(data):
            data["strings"]["start_quiz"] = {"en": label, "id": label + " (id)"}
            if misspelt_key:
                data["brand"]["nmae"] = "Indo Naturals"  # a warning: unknown key
        edit_json(os.path.join(content, "kiosk.json"), change)
    if break_quiz:
        path = os.path.join(content, "quiz.json")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text[: len(text) // 3])
    return content


def check_summary(result, errors, warnings, what):
    """The script's summary of the kiosk's check: 'content check: N errors, M warnings'."""
    m = re.search(r"content check: (\d+) errors?, (\d+) warnings?", result.stdout)
    check(m, f"no summary of the content check after {what}:\n{result.stdout}")
    counts = (int(m.group(1)), int(m.group(2)))
    check(errors(counts[0]) and warnings(counts[1]),
          f"{what}: the summary counts {counts[0]} errors and {counts[1]} warnings")


def expect_label(kiosk, label, since, what):
    t0 = time.monotonic()
    kiosk.wait_for(lambda d: kiosk.target("start_quiz", d)["label"] == label, SHOWN_WITHIN,
                   f"start_quiz label {label!r} after {what}")
    note(f"{what}: {label!r} shown after {time.monotonic() - t0:.2f} s")
    loaded = kiosk.wait_event("content_loaded", timeout=3, since=since)
    check(loaded.get("ok") is True, f"content_loaded after {what}: {loaded}")


def main(args):
    work = tempfile.mkdtemp(prefix="kiosk-fleet-")
    try:
        run_fleet(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_fleet(args, work):
    base = os.path.join(work, "kiosk")
    step("BASE/releases/A with the shipped content, current -> releases/A")
    make_release(args.source, os.path.join(base, "releases", "A"))
    os.symlink("releases/A", os.path.join(base, "current"))

    label_b = "Fleet release B"
    content_b = make_release(args.source, os.path.join(work, "staging-b"), label=label_b,
                             misspelt_key=True)
    content_c = make_release(args.source, os.path.join(work, "staging-c"), label="Broken C",
                             break_quiz=True)

    with Display(1280, 800) as display:
        with Kiosk(display, args.binary, args.source, args.out, ["--windowed", "1280x800"],
                   content=os.path.join(base, "current", "content"), name="fleet") as kiosk:
            d = kiosk.wait_screen("attract", 15)
            first = kiosk.wait_event("content_loaded", timeout=5)
            check(first.get("ok") is True, f"release A: {first}")
            label_a = kiosk.target("start_quiz", d)["label"]
            note(f"release A shows {label_a!r}")
            check(label_a != label_b, "release A already shows B's label")
            time.sleep(1.0)  # let the watcher settle after the start

            step("publish release B: validated, link swapped, shown by the running kiosk")
            since = len(kiosk.events())
            result = publish(args, "--content", content_b, "--keep", "3", base)
            check(result.returncode == 0, f"publishing B exited {result.returncode}")
            check_summary(result, lambda n: n == 0, lambda n: n == 1, "publishing B")
            check(re.search(r"warning +content/kiosk\.json:\d+:\d+: unknown key 'nmae'",
                            result.stdout), f"B's warning is not listed:\n{result.stdout}")
            current_b = link(base)
            check(current_b and current_b.startswith("releases/") and current_b != "releases/A",
                  f"current -> {current_b} after publishing B")
            check(link(base, "previous") == "releases/A",
                  f"previous -> {link(base, 'previous')} after publishing B, expected releases/A")
            check(not any(r.startswith(".incoming") for r in releases(base)),
                  f"a half-made release was left: {releases(base)}")
            with open(os.path.join(base, current_b, "content", "kiosk.json"), encoding="utf-8") as f:
                check(json.load(f)["strings"]["start_quiz"]["en"] == label_b,
                      "the published kiosk.json lacks B's label")
            check(not os.path.exists(os.path.join(base, current_b, "assets", "src")),
                  "assets/src was published")
            expect_label(kiosk, label_b, since, "publishing B")
            kiosk.screenshot("release-b")

            step("publish broken release C: refused, nothing changes")
            before = releases(base)
            time.sleep(1.0)
            since = len(kiosk.events())
            result = publish(args, "--content", content_c, base)
            check(result.returncode != 0, "publishing a broken release exited 0")
            check_summary(result, lambda n: n >= 1, lambda n: n >= 0, "publishing C")
            check(re.search(r"error +content/quiz\.json:\d+:\d+: ", result.stdout),
                  f"the refusal does not name the broken file and line:\n{result.stdout}")
            check(link(base) == current_b, f"current -> {link(base)} after a refused release, "
                                           f"expected {current_b}")
            check(link(base, "previous") == "releases/A", "previous changed by a refused release")
            check(releases(base) == before, f"releases changed: {before} -> {releases(base)}")
            time.sleep(2.0)  # a reload would have happened by now
            kiosk.require_alive("after the refused release")
            loaded = [e for e in kiosk.events()[since:] if e.get("type") == "content_loaded"]
            check(not loaded, f"the kiosk reloaded content for a refused release: {loaded}")
            check(kiosk.target("start_quiz")["label"] == label_b, "the label changed after C")

            step("--rollback: back to the previous release (A)")
            since = len(kiosk.events())
            result = publish(args, "--rollback", base)
            check(result.returncode == 0, f"--rollback exited {result.returncode}")
            check_summary(result, lambda n: n == 0, lambda n: n == 0, "--rollback to A")
            check(link(base) == "releases/A", f"current -> {link(base)} after --rollback")
            expect_label(kiosk, label_a, since, "--rollback")

            step("--rollback again undoes the rollback (B)")
            time.sleep(1.0)
            since = len(kiosk.events())
            result = publish(args, "--rollback", base)
            check(result.returncode == 0, f"second --rollback exited {result.returncode}")
            check(link(base) == current_b, f"current -> {link(base)} after the second --rollback")
            expect_label(kiosk, label_b, since, "the second --rollback")

            step("--rollback --to A, and --to a release that does not exist")
            time.sleep(1.0)
            since = len(kiosk.events())
            result = publish(args, "--rollback", "--to", "A", base)
            check(result.returncode == 0, f"--rollback --to A exited {result.returncode}")
            check(link(base) == "releases/A", f"current -> {link(base)} after --to A")
            expect_label(kiosk, label_a, since, "--rollback --to A")
            result = publish(args, "--rollback", "--to", "no-such-release", base)
            check(result.returncode != 0, "--rollback --to a missing release exited 0")
            check(link(base) == "releases/A", "current changed by a failed rollback")

            step("--list names the releases and marks current and previous")
            result = publish(args, "--list", base)
            check(result.returncode == 0, f"--list exited {result.returncode}")
            check("A (current)" in result.stdout and f"{current_b[len('releases/'):]} (previous)"
                  in result.stdout, f"--list output:\n{result.stdout}")

            step("old releases beyond --keep are removed, current and previous kept")
            for i in range(3):
                result = publish(args, "--content", content_b, "--keep", "2", base)
                check(result.returncode == 0, f"publication {i} exited {result.returncode}")
            kept = releases(base)
            note(f"releases now: {kept}")
            check(len(kept) == 2, f"--keep 2 left {len(kept)} releases: {kept}")
            check(link(base).split("/")[-1] in kept and link(base, "previous").split("/")[-1] in kept,
                  "current or previous was removed")
            kiosk.require_alive("at the end")


if __name__ == "__main__":
    run(main, __doc__)
