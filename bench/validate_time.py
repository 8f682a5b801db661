#!/usr/bin/env python3
"""How long `probiotic-kiosk --validate` takes, now that it decodes every picture: on the shipped
content, and on a copy of it with 300 slides, each with its own distinct 2000x1500 PNG (the
pictures of measure.py's 300-slide run, made once and cached). Wall time of the whole process,
median of --runs runs after one warm-up run (so the files are in the page cache); the number of
cores is printed beside it, since the pictures decode one per core, and the CPU time of the
process (all its threads), which a busy machine does not change much.

Standard library only. Usage:
  bench/validate_time.py --binary build/probiotic-kiosk [--source .] [--cache build/bench-cache]
                         [--runs 3] [--slides 300]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import make_slide_images, slides_content  # noqa: E402


def validate_seconds(binary, content, runs):
    """(wall, cpu) seconds of each run, cpu being user + system time of the process and its
    threads; fails unless --validate exits 0."""
    times = []
    for i in range(runs + 1):
        started = time.monotonic()
        proc = subprocess.Popen([binary, "--validate", "--content", str(content)],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        output = proc.stdout.read().decode(errors="replace")
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
        if proc.returncode != 0:
            sys.exit(f"--validate {content} exited {proc.returncode}:\n{output[-2000:]}")
        if i > 0:  # the first run is the warm-up
            times.append((seconds, usage.ru_utime + usage.ru_stime))
    return times


def report(name, times):
    wall = [w for w, _ in times]
    cpu = [c for _, c in times]
    print(f"{name}: median {statistics.median(wall):.2f} s wall "
          f"({', '.join(f'{t:.2f}' for t in wall)}), "
          f"CPU {statistics.median(cpu):.2f} s ({', '.join(f'{t:.2f}' for t in cpu)})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", default=".")
    parser.add_argument("--cache", default="build/bench-cache")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--slides", type=int, default=300)
    args = parser.parse_args()
    source = Path(args.source).resolve()
    print(f"cores (nproc): {os.cpu_count()}, load average before: "
          f"{os.getloadavg()[0]:.2f}")
    report("--validate, shipped content", validate_seconds(args.binary, source / "content",
                                                          args.runs))
    images = make_slide_images(Path(args.cache) / "slides", args.slides, 2000, 1500)
    with tempfile.TemporaryDirectory(prefix="kiosk-validate-bench-") as tmp:
        content = slides_content(source, args.slides, images, Path(tmp))
        report(f"--validate, {args.slides} slides of 2000x1500",
               validate_seconds(args.binary, content, args.runs))


if __name__ == "__main__":
    main()
