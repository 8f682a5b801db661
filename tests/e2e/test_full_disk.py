"""The events file on a full disk: the data folder is a 256 KiB tmpfs, filled up while the demo
autopilot writes events, then freed. While it is full, the file never grows by a fragment
(no event is glued to half of another afterwards) and the kiosk says once, on stderr, that events
are failing; once there is room, the events it kept in memory are written in order, it says so
once, and the kiosk never stopped. Mounting a tmpfs needs root: without it the test reports
itself skipped (exit 77), it does not pass."""

import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, poll, step  # noqa: E402
from display import Display  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402

SKIPPED = 77


def mount_tmpfs(folder, size):
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", folder],
                       capture_output=True, text=True)
    return r.returncode == 0, r.stderr.strip()


def fill(folder):
    """Writes a filler file until the disk is full; returns its path."""
    path = os.path.join(folder, "filler")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        while os.write(fd, b"\0" * 512) > 0:
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    return path


def lines_of(path):
    with open(path, "rb") as f:
        return f.read().split(b"\n")


def main(args):
    mount_point = tempfile.mkdtemp(prefix="kiosk-full-disk-")
    ok, why = mount_tmpfs(mount_point, "256k")
    if not ok:
        print(f"SKIPPED (test_full_disk.py): cannot mount a tmpfs here ({why}); "
              "it needs root", flush=True)
        sys.exit(SKIPPED)
    try:
        with Display(1280, 800) as display, \
                Kiosk(display, args.binary, args.source, args.out,
                      ["--demo", "--time-scale", "40", "--data-dir", mount_point]) as kiosk:
            kiosk.data_dir = mount_point
            events = os.path.join(mount_point, "events.jsonl")
            step("the demo writes events")
            check(poll(lambda: len(kiosk.events()) >= 5, 20), "fewer than 5 events in 20 s")

            step("the disk fills up")
            filler = fill(mount_point)
            size_full = os.path.getsize(events)
            note(f"full with events.jsonl at {size_full} bytes")
            said = poll(lambda: "events: cannot write" in kiosk.stderr_tail(40), 30)
            check(said, f"no 'cannot write' on stderr within 30 s; stderr:\n{kiosk.stderr_tail()}")
            time.sleep(3)  # more events come and wait
            kiosk.require_alive("while the disk is full")
            data = open(events, "rb").read()
            check(data.endswith(b"\n"), f"events.jsonl ends with a fragment while the disk is "
                                        f"full: {data[-80:]!r}")

            step("room again: the kept events are written")
            os.remove(filler)
            said = poll(lambda: "events: written again" in kiosk.stderr_tail(40), 30)
            check(said, f"no 'written again' on stderr within 30 s; stderr:\n{kiosk.stderr_tail()}")
            grew = os.path.getsize(events) - size_full
            note(f"events.jsonl grew by {grew} bytes after the disk freed")
            check(grew > 0, "nothing was written after the disk freed")
            stderr = kiosk.stderr_tail(200)
            check(stderr.count("events: cannot write") == 1 and stderr.count("events: written again") == 1,
                  f"expected one 'cannot write' and one 'written again' line, stderr:\n{stderr}")
            code = kiosk.terminate()
            check(code == 0, f"SIGTERM gave exit code {code}")

            step("every line is one whole event, in time order")
            *whole, tail = lines_of(events)
            check(tail == b"", f"the file ends with a torn line: {tail[:80]!r}")
            stamps = []
            for n, line in enumerate(whole, 1):
                try:
                    e = json.loads(line)
                except ValueError:
                    raise AssertionError(f"line {n} is not one JSON event (glued?): {line[:160]!r}")
                check(line.count(b'"ts"') == 1, f"line {n} holds more than one event: {line[:160]!r}")
                stamps.append(e["ts"])
            check(stamps == sorted(stamps), "the events are not in the order they happened")
            types = [json.loads(line)["type"] for line in whole]
            note(f"{len(whole)} events; {types.count('session_started')} sessions; last {types[-1]}")
            check(types[-1] == "app_stopped", f"the last event is {types[-1]}, not app_stopped")
    finally:
        subprocess.run(["umount", "-l", mount_point], capture_output=True)
        os.rmdir(mount_point)


if __name__ == "__main__":
    run(main, __doc__)
