"""A long run of the kiosk (scripts/soak.sh): --demo at a high --time-scale under Xvfb, the
content changed every so often (a valid change, then a broken one, in turn), the process's PSS
sampled every 10 s. At the end: PSS grown at most 5% from its value after the first minute (a
drop is fine), the second half's peak at most 5% over the first half's, hundreds of
completed quizzes, every change picked up, and (for a sanitizer build) no sanitizer report.

Not a CTest test (it runs for many minutes); scripts/soak.sh runs it."""

import argparse
import datetime
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from display import Display  # noqa: E402
from dump_and_events import read_events  # noqa: E402
from kiosk_process import copy_content  # noqa: E402
from process_memory import pss_kib  # noqa: E402
from processes import spawn  # noqa: E402

SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:",
                   "SUMMARY: UndefinedBehaviorSanitizer", "SUMMARY: AddressSanitizer")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--time-scale", default="50")
    parser.add_argument("--screen", default="1280x800", help="the display's size, WxH")
    parser.add_argument("--frame-rate", default="30", help="the kiosk's --frame-rate")
    parser.add_argument("--change-every", type=float, default=30, help="seconds between changes")
    parser.add_argument("--out", default=None, help="keep events, stderr and samples here")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="kiosk-soak-")
    out = args.out or work
    os.makedirs(out, exist_ok=True)
    content = copy_content(os.path.abspath(args.source), work)
    data = os.path.join(work, "data")
    os.makedirs(data)
    kiosk_json = os.path.join(content, "kiosk.json")
    quiz_json = os.path.join(content, "quiz.json")
    with open(kiosk_json, encoding="utf-8") as f:
        good_kiosk = f.read()
    with open(quiz_json, encoding="utf-8") as f:
        good_quiz = f.read()

    def write(path, text):
        tmp = path + ".new"
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)

    stderr_path = os.path.join(out, "soak.stderr.txt")
    samples = []  # (seconds since start, PSS KiB)
    changes = {"valid": 0, "broken": 0}
    started_at = datetime.datetime.now()
    width, height = (int(v) for v in args.screen.lower().split("x"))
    with Display(width, height) as display, open(stderr_path, "w") as stderr:
        cmd = [os.path.abspath(args.binary), "--demo", "--time-scale", str(args.time_scale),
               "--frame-rate", str(args.frame_rate),
               "--content", content, "--data-dir", data]
        print(f"soak: {' '.join(cmd)} for {args.minutes:g} min", flush=True)
        proc = spawn(cmd, env=display.env(), stdout=subprocess.DEVNULL, stderr=stderr, cwd=work)
        t0 = time.monotonic()
        end = t0 + args.minutes * 60
        next_sample = t0 + 10
        next_change = t0 + args.change_every
        valid_turn = True
        while time.monotonic() < end and proc.poll() is None:
            now = time.monotonic()
            if now >= next_sample:
                kib = pss_kib(proc.pid)
                if kib is not None:  # None: the kiosk has just exited
                    samples.append((round(now - t0), kib))
                    if len(samples) % 30 == 0:
                        print(f"  {now - t0:6.0f} s  PSS {kib / 1024:.1f} MiB", flush=True)
                next_sample += 10
            if now >= next_change:
                if valid_turn:  # a change that loads: the shop's name, and the quiz as it was
                    kiosk = json.loads(good_kiosk)
                    kiosk.setdefault("brand", {})["name"] = \
                        f"{kiosk.get('brand', {}).get('name', 'Shop')} {changes['valid'] % 2}"
                    write(kiosk_json, json.dumps(kiosk, ensure_ascii=False, indent=2))
                    write(quiz_json, good_quiz)
                    changes["valid"] += 1
                else:  # a broken quiz.json (a comma before '}'): the kiosk keeps the last good
                    write(quiz_json, good_quiz.rstrip().rstrip("}") + ',\n  "oops": 1,\n}\n')
                    changes["broken"] += 1
                valid_turn = not valid_turn
                next_change += args.change_every
            time.sleep(0.2)
        crashed = proc.poll()
        if crashed is None:
            proc.send_signal(signal.SIGTERM)
            try:
                code = proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                proc.kill()
                code = "no exit within 120 s of SIGTERM"
        else:
            code = f"exited by itself with {crashed}"
        duration = time.monotonic() - t0

    events = read_events(os.path.join(data, "events.jsonl"))
    shutil.copy(os.path.join(data, "events.jsonl"), os.path.join(out, "soak.events.jsonl"))
    with open(os.path.join(out, "soak.pss.tsv"), "w") as f:
        f.writelines(f"{t}\t{kib}\n" for t, kib in samples)
    count = lambda kind, **kv: sum(1 for e in events if e.get("type") == kind  # noqa: E731
                                   and all(e.get(k) == v for k, v in kv.items()))
    completed = count("quiz_completed")
    loads_ok, loads_failed = count("content_loaded", ok=True), count("content_loaded", ok=False)
    with open(stderr_path, errors="replace") as f:
        stderr_text = f.read()
    sanitizer = [line for line in stderr_text.splitlines()
                 if any(mark in line for mark in SANITIZER_MARKS)]

    first = [kib for t, kib in samples if 55 <= t <= 75]
    pss_first = first[0] if first else (samples[0][1] if samples else 0)
    pss_end = samples[-1][1] if samples else 0
    pss_max = max((kib for _, kib in samples), default=0)
    drift = (pss_end - pss_first) / pss_first * 100 if pss_first else 0.0
    # Growth is what fails a soak, not a drop: the end over the first minute, and the peak of
    # the run's second half over the peak of its first half after the first minute's warm-up.
    half = max((t for t, _ in samples), default=0) / 2
    peak_early = max((kib for t, kib in samples if 55 <= t <= half), default=0)
    peak_late = max((kib for t, kib in samples if t > half), default=0)
    peak_growth = (peak_late - peak_early) / peak_early * 100 if peak_early else 0.0

    problems = []
    if code != 0:
        problems.append(f"the kiosk did not end cleanly: {code}")
    if drift > 5:
        problems.append(f"PSS grew {drift:+.1f}% from the first minute to the end (limit 5%)")
    if peak_growth > 5:
        problems.append(f"the peak PSS of the second half is {peak_growth:+.1f}% over the first "
                        f"half's (limit 5%)")
    if completed < 100 * min(1.0, args.minutes / 10):
        problems.append(f"only {completed} completed quizzes")
    if changes["valid"] + changes["broken"] and loads_ok + loads_failed < changes["valid"] + changes["broken"]:
        problems.append(f"{changes['valid'] + changes['broken']} content changes but only "
                        f"{loads_ok + loads_failed} content_loaded events after the start")
    if sanitizer:
        problems.append(f"{len(sanitizer)} sanitizer report line(s), first: {sanitizer[0]}")

    print(f"""
soak summary
  started         {started_at:%Y-%m-%d %H:%M}
  binary          {args.binary} (--demo --time-scale {args.time_scale} --frame-rate {args.frame_rate}, screen {args.screen})
  duration        {duration / 60:.1f} min
  sessions        {count('session_started')} started, {completed} quizzes completed, {count('session_ended', reason='idle_timeout')} idle timeouts
  content changes {changes['valid']} valid, {changes['broken']} broken; content_loaded ok {loads_ok}, failed {loads_failed}
  PSS             {pss_first / 1024:.1f} MiB after the first minute, {pss_end / 1024:.1f} MiB at the end ({drift:+.1f}%), max {pss_max / 1024:.1f} MiB; peaks {peak_early / 1024:.1f} -> {peak_late / 1024:.1f} MiB ({peak_growth:+.1f}%)
  exit            {code}
  sanitizer       {len(sanitizer)} report line(s)
  output          {out}
  result          {'FAIL: ' + '; '.join(problems) if problems else 'PASS'}""", flush=True)
    if not args.out:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
