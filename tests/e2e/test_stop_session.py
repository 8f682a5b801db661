"""Every session that starts also ends: stopping the kiosk in the middle of a quiz (SIGTERM on
Linux, --send stop on Windows) writes session_ended with reason "stopped" for the open session,
then app_stopped, and exits 0."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402


def main(args):
    with Display(1280, 800) as display, \
            Kiosk(display, args.binary, args.source, args.out, ["--windowed", "1280x800"]) as kiosk:
        kiosk.wait_screen("attract")
        step("start a session, then stop the kiosk in the middle of the quiz")
        kiosk.tap("start_quiz")
        kiosk.wait_screen("quiz")
        started = kiosk.wait_event("session_started")
        code = kiosk.terminate()
        check(code == 0, f"the kiosk exited {code} when stopped, expected 0")
        events = kiosk.events()
        tail = [(e.get("type"), e.get("reason"), e.get("session")) for e in events[-2:]]
        note(f"last events: {tail}")
        check(len(events) >= 2 and events[-2].get("type") == "session_ended",
              f"no session_ended before app_stopped: {tail}")
        check(events[-2].get("reason") == "stopped" and
              events[-2].get("session") == started.get("session"),
              f"session_ended should end session {started.get('session')} with reason "
              f"'stopped': {events[-2]}")
        check(events[-1].get("type") == "app_stopped", f"the last event is not app_stopped: {tail}")
        opened = {e["session"] for e in events if e.get("type") == "session_started"}
        closed = {e["session"] for e in events if e.get("type") == "session_ended"}
        check(opened == closed, f"sessions started but never ended: {sorted(opened - closed)}")


if __name__ == "__main__":
    run(main, __doc__)
