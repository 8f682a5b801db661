"""A lost display (the X server dies): the kiosk exits 1 at once, so a supervisor restarts it,
and first ends the open session with session_ended reason display_lost and writes app_stopped
with reason display_lost, so that every session that starts also ends."""

import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402


def main(args):
    with Display(1280, 800) as display, \
            Kiosk(display, args.binary, args.source, args.out, ["--windowed", "1280x800"]) as kiosk:
        kiosk.wait_screen("attract")
        kiosk.tap("start_quiz")
        kiosk.wait_screen("quiz")
        started = kiosk.wait_event("session_started")
        step("the X server dies in the middle of a session")
        t0 = time.monotonic()
        display.proc.kill()
        try:
            code = kiosk.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            raise AssertionError("the kiosk was still running 10 s after its display died")
        note(f"exit {code} after {time.monotonic() - t0:.2f} s")
        check(code == 1, f"the kiosk exited {code} after losing its display, expected 1")
        events = kiosk.events()
        tail = [(e.get("type"), e.get("reason")) for e in events[-2:]]
        note(f"last events: {tail}")
        check(tail == [("session_ended", "display_lost"), ("app_stopped", "display_lost")],
              f"expected session_ended and app_stopped with reason display_lost, got {tail}")
        check(events[-2].get("session") == started.get("session"),
              "session_ended is not for the session that was open")


if __name__ == "__main__":
    run(main, __doc__)
