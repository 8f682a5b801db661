"""--send screenshot|reload|stop: the signals' actions from a second run of the program, for the
kiosk that uses the same data folder (the way they reach a kiosk on Windows, and a script's way
on any system)."""

import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, poll, step  # noqa: E402
from display import Display  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402
from processes import run_program  # noqa: E402


def send(args, kiosk_or_folder, request):
    data = kiosk_or_folder if isinstance(kiosk_or_folder, str) else kiosk_or_folder.data_dir
    result = run_program(args.binary, ["--send", request, "--data-dir", data], timeout=30)
    note(f"--send {request} -> exit {result.returncode} {result.stderr.strip()!r}")
    return result


def main(args):
    with Display(1280, 800) as display, \
            Kiosk(display, args.binary, args.source, args.out, ["--windowed", "1280x800"]) as kiosk:
        kiosk.wait_screen("attract")
        shot = os.path.join(kiosk.data_dir, "screenshot.png")
        check(not os.path.exists(shot), "a screenshot exists before one was asked for")

        step("--send screenshot writes DATA_DIR/screenshot.png")
        r = send(args, kiosk, "screenshot")
        check(r.returncode == 0, f"--send screenshot exited {r.returncode}: {r.stderr}")
        check(poll(lambda: os.path.exists(shot), 10), "no screenshot.png after --send screenshot")

        step("--send reload checks the content now")
        loads = len([e for e in kiosk.events() if e.get("type") == "content_loaded"])
        r = send(args, kiosk, "reload")
        check(r.returncode == 0, f"--send reload exited {r.returncode}: {r.stderr}")
        kiosk.wait_event("content_loaded", since=0, timeout=10,
                         predicate=lambda e: len([x for x in kiosk.events()
                                                  if x.get("type") == "content_loaded"]) > loads)

        step("--send stop ends the kiosk cleanly: exit 0, app_stopped")
        r = send(args, kiosk, "stop")
        check(r.returncode == 0, f"--send stop exited {r.returncode}: {r.stderr}")
        try:
            code = kiosk.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            raise AssertionError("the kiosk did not stop within 15 s of --send stop")
        check(code == 0, f"the kiosk exited {code} after --send stop, expected 0")
        stopped = [e for e in kiosk.events() if e.get("type") == "app_stopped"]
        check(len(stopped) == 1, f"expected one app_stopped, got {stopped}")

        step("--send to a data folder with no kiosk: exit 1 and one line naming the folder")
        r = send(args, kiosk, "screenshot")
        lines = [line for line in r.stderr.splitlines() if line.strip()]
        check(r.returncode == 1, f"--send with no kiosk running exited {r.returncode}")
        check(len(lines) == 1 and kiosk.data_dir in lines[0],
              f"expected one line naming {kiosk.data_dir}, got {lines}")


if __name__ == "__main__":
    run(main, __doc__)
