"""sd_notify of a kiosk started the way systemd starts a Type=notify unit with WatchdogSec=.

The test plays systemd's part: a datagram socket in NOTIFY_SOCKET and WATCHDOG_USEC=3 s in the
environment. The kiosk must send READY=1 once its first frame is up, WATCHDOG=1 about every
second (a third of the period) while it sits on the slides, and STOPPING=1 on SIGTERM before it
exits 0. Needs a binary built with libsystemd (libsystemd-dev).
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402

PERIOD = 3.0  # WATCHDOG_USEC in seconds


def receive(sock, seconds):
    """Every message received within `seconds`, as (arrival time, text)."""
    got = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        sock.settimeout(max(0.01, deadline - time.monotonic()))
        try:
            data = sock.recv(4096)
        except socket.timeout:
            break
        got.append((time.monotonic(), data.decode(errors="replace")))
    return got


def main(args):
    ldd = subprocess.run(["ldd", args.binary], capture_output=True, text=True)
    check("libsystemd" in ldd.stdout,
          "the kiosk is not linked with libsystemd (install libsystemd-dev and rebuild, and "
          "check the frame loop calls kiosk::service)")
    tmp = tempfile.mkdtemp(prefix="kiosk-notify-")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    try:
        path = os.path.join(tmp, "notify")
        sock.bind(path)
        with Display(1280, 800) as display:
            # only for the kiosk: Xvfb itself would answer READY=1 on the socket
            os.environ["NOTIFY_SOCKET"] = path
            os.environ["WATCHDOG_USEC"] = str(int(PERIOD * 1e6))
            os.environ.pop("WATCHDOG_PID", None)
            with Kiosk(display, args.binary, args.source, args.out, ["--windowed", "1280x800"],
                       name="notify") as kiosk:
                step("READY=1 once the first frame is up")
                started = time.monotonic()
                messages = receive(sock, 15)  # keeps reading: the first 15 s of messages
                ready = [(t, m) for t, m in messages if "READY=1" in m.split("\n")]
                check(len(ready) == 1, f"expected one READY=1, got {messages[:5]}")
                note(f"READY=1 after {ready[0][0] - started:.2f} s")
                check(kiosk.dump() and kiosk.dump().get("screen") == "attract",
                      "READY=1 came but the attract screen is not up")

                step(f"WATCHDOG=1 at most every {PERIOD / 3:.1f} s and well within {PERIOD:.0f} s")
                pings = [t for t, m in messages if m == "WATCHDOG=1" and t > ready[0][0]]
                gaps = [b - a for a, b in zip(pings, pings[1:])]
                note(f"{len(pings)} pings, gaps {min(gaps):.2f}..{max(gaps):.2f} s" if gaps
                     else f"{len(pings)} pings")
                check(len(pings) >= 6, f"only {len(pings)} WATCHDOG=1 in about 13 s")
                check(min(gaps) >= PERIOD / 3 - 0.05, f"pings closer than a third of the period: {gaps}")
                check(max(gaps) <= PERIOD * 0.8, f"a gap of {max(gaps):.2f} s between pings")

                step("STOPPING=1 on SIGTERM, then exit 0")
                code = kiosk.terminate()
                after = receive(sock, 0.5)
                check(any("STOPPING=1" in m.split("\n") for _, m in after),
                      f"no STOPPING=1 on SIGTERM: {after}")
                check(code == 0, f"the kiosk exited {code} on SIGTERM")
    finally:
        sock.close()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    run(main, __doc__)
