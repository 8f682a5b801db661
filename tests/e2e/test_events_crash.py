"""Crash safety of the events file: the demo autopilot (--time-scale 40) writes events quickly
and is SIGKILLed at random moments, 30 times on the same data folder. After every kill:

- every line but a torn last one is a whole JSON object;
- everything the file held before the run is still there, byte for byte (no line lost);
- a torn last line (a power cut in the middle of a write; a SIGKILL cannot cut one write short,
  so the test makes them itself by appending part of an event) was ended with a newline before
  the next run appended, so no two events share a line;

and at the end `--report --format json --include-demo` counts every event line and reports
the damaged ones as skipped_lines."""

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, poll, step  # noqa: E402
from display import Display  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import copy_content  # noqa: E402
from processes import spawn  # noqa: E402

KILLS = 30
SCALE = 40
BUDGET_SECONDS = 75  # the kills stop early (with at least 10 done) when the machine is slow


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return b""


def split_lines(data):
    """(whole lines without their newline, the torn tail or b"")."""
    *whole, tail = data.split(b"\n")
    return whole, tail


def check_whole_lines(data, torn_lines, where):
    """Every whole line is a JSON object with ts and type, except the torn ones we made."""
    whole, _ = split_lines(data)
    for number, line in enumerate(whole, 1):
        if line in torn_lines:
            continue
        try:
            event = json.loads(line)
        except ValueError:
            check(False, f"{where}: line {number} is not JSON (two events glued together, or a "
                         f"torn line left in the middle?): {line[:200]!r}")
        check(isinstance(event, dict) and "type" in event and "ts" in event,
              f"{where}: line {number} is not an event object: {line[:200]!r}")


def main(args):
    seed = int(os.environ.get("KIOSK_CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    note(f"random seed {seed} (set KIOSK_CRASH_SEED to repeat)")
    work = tempfile.mkdtemp(prefix="kiosk-crash-")
    content = copy_content(args.source, work)
    data_dir = os.path.join(work, "data")
    os.makedirs(data_dir)
    events_path = os.path.join(data_dir, "events.jsonl")
    stderr_path = os.path.join(args.out, "kiosk.stderr.txt")
    cmd = [args.binary, "--demo", "--time-scale", str(SCALE), "--content", content,
           "--data-dir", data_dir]
    step(f"{KILLS} runs of: {' '.join(cmd)}, each SIGKILLed at a random moment")

    torn_lines = set()  # the damaged lines the test made (each ended by the next run)
    torn_made = 0
    grown_runs = 0
    started = time.monotonic()
    kills = 0
    with Display(1280, 800) as display, open(stderr_path, "w") as stderr:
        while kills < KILLS:
            if kills >= 10 and time.monotonic() - started > BUDGET_SECONDS:
                note(f"time budget reached after {kills} kills")
                break
            before = read_bytes(events_path)
            _, tail_before = split_lines(before)
            proc = spawn(cmd, env=display.env(), stdout=subprocess.DEVNULL, stderr=stderr,
                         cwd=work)
            # Most kills once the run has written something, some during start-up.
            if rng.random() < 0.8:
                poll(lambda: len(read_bytes(events_path)) > len(before) or proc.poll() is not None,
                     20)
            time.sleep(rng.uniform(0.0, 2.5))
            check(proc.poll() is None,
                  f"run {kills + 1}: the kiosk exited by itself with code {proc.returncode}; "
                  f"see {stderr_path}")
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            kills += 1

            after = read_bytes(events_path)
            where = f"after kill {kills}"
            check(after.startswith(before),
                  f"{where}: the file no longer starts with what it held before the run "
                  f"({len(before)} bytes before, {len(after)} now): events were lost")
            if len(after) > len(before) and tail_before:
                check(after[len(before):len(before) + 1] == b"\n",
                      f"{where}: the run appended to a torn last line without ending it first: "
                      f"{after[len(before) - len(tail_before):len(before) + 80]!r}")
            grown_runs += len(after) > len(before)
            check_whole_lines(after, torn_lines, where)

            # Now and then a power cut in the middle of a write: the last line is torn.
            whole, tail = split_lines(after)
            if not tail and whole and rng.random() < 0.35:
                model = rng.choice(whole[-20:])
                if model not in torn_lines and len(model) > 2:
                    torn = model[:rng.randint(1, len(model) - 2)]
                    with open(events_path, "ab") as f:
                        f.write(torn)
                    if torn not in torn_lines:
                        torn_lines.add(torn)
                    torn_made += 1

    final = read_bytes(events_path)
    whole, tail = split_lines(final)
    events = [json.loads(line) for line in whole if line not in torn_lines]
    damaged = len(whole) - len(events) + (1 if tail else 0)
    note(f"{kills} kills in {time.monotonic() - started:.1f} s, {grown_runs} runs wrote events; "
         f"{len(events)} events, {torn_made} torn lines made, {damaged} damaged lines in the file")
    check(grown_runs >= kills // 2, f"only {grown_runs} of {kills} runs wrote any event")
    check(damaged == torn_made, f"{damaged} damaged lines in the file, but {torn_made} were made")
    types = {}
    for e in events:
        types[e["type"]] = types.get(e["type"], 0) + 1
    note(f"event types: {types}")
    check(types.get("app_started", 0) >= grown_runs,
          f"{types.get('app_started', 0)} app_started events for {grown_runs} runs that wrote")

    step("--report --format json --include-demo skips the damaged lines and counts them")
    result = subprocess.run([args.binary, "--report", "--data-dir", data_dir, "--format", "json",
                             "--include-demo"], capture_output=True, text=True, timeout=60)
    check(result.returncode == 0, f"--report exited {result.returncode}: {result.stderr[-500:]}")
    report = json.loads(result.stdout)
    note(f"report: sessions {report.get('sessions')}, quiz_completed "
         f"{report.get('quiz_completed')}, skipped_lines {report.get('skipped_lines')}")
    check(report.get("skipped_lines") == damaged,
          f"the report skipped {report.get('skipped_lines')} lines, the file has {damaged} damaged")
    check(report.get("sessions") == types.get("session_started", 0),
          f"the report counts {report.get('sessions')} sessions, the file has "
          f"{types.get('session_started', 0)} session_started events")
    check(report.get("quiz_completed") == types.get("quiz_completed", 0),
          f"the report counts {report.get('quiz_completed')} completed quizzes, the file has "
          f"{types.get('quiz_completed', 0)}")
    with open(os.path.join(args.out, "events.jsonl"), "wb") as f:
        f.write(final)
    subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    run(main, __doc__)
