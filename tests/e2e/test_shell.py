"""The kiosk as a program: command line, start-up, screenshots, keys and signals that must not
(or must) end it, and the app_started / app_stopped events."""

import os
import re
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, poll, step  # noqa: E402
from display import Display, send_close_request  # noqa: E402
from images import check_not_blank, differing_share, screen_capture  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk, project_version  # noqa: E402


def run_cli(binary, args, env=None, timeout=30):
    with tempfile.TemporaryDirectory(prefix="kiosk-cli-") as data:
        result = subprocess.run([binary, *args], env=env, capture_output=True, text=True,
                                timeout=timeout, cwd=data)
    note(f"{' '.join(args) or '(no options)'} -> exit {result.returncode}; "
         f"stdout {len(result.stdout)} chars, stderr {result.stderr.strip()[:160]!r}")
    return result


def command_line(args, version):
    step("--version prints the version")
    r = run_cli(args.binary, ["--version"])
    check(r.returncode == 0, f"--version exited {r.returncode}")
    printed = re.search(r"\d+\.\d+\.\d+", r.stdout)
    check(printed, f"--version printed no version number: {r.stdout!r}")
    if version:
        check(printed.group(0) == version,
              f"--version says {printed.group(0)}, CMakeLists.txt says {version}")

    step("--help exits 0 and lists the options")
    r = run_cli(args.binary, ["--help"])
    check(r.returncode == 0, f"--help exited {r.returncode}")
    for option in ("--content", "--data-dir", "--kiosk", "--time-scale", "--ui-dump",
                   "--validate"):
        check(option in r.stdout, f"--help does not mention {option}: {r.stdout[:400]!r}")

    step("an unknown option: exit 2 and the usage on stderr")
    r = run_cli(args.binary, ["--no-such-option"])
    check(r.returncode == 2, f"unknown option exited {r.returncode}, expected 2")
    check("--content" in r.stderr or "usage" in r.stderr.lower(),
          f"no usage on stderr for an unknown option: {r.stderr!r}")
    check("--no-such-option" in r.stderr,
          f"stderr does not name the unknown option: {r.stderr!r}")

    step("no DISPLAY: exit 1 and one line on stderr")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    with tempfile.TemporaryDirectory(prefix="kiosk-nodisplay-") as data:
        r = run_cli(args.binary, ["--content", os.path.join(args.source, "content"),
                                  "--data-dir", data], env=env)
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    check(r.returncode == 1, f"without DISPLAY the kiosk exited {r.returncode}, expected 1")
    check(len(lines) == 1, f"without DISPLAY stderr should be exactly one line, got "
                           f"{len(lines)}: {lines[:3]}{' ...' if len(lines) > 3 else ''}")
    valid = subprocess.run([args.binary, "--validate", "--content",
                            os.path.join(args.source, "content")],
                           capture_output=True, timeout=60).returncode == 0
    if valid:  # with broken content, that may be the one line instead
        check("display" in lines[0].lower(), f"the line does not say what is wrong: {lines[0]!r}")


def demo_controls(args, display):
    """The same keys in --demo mode must end the app: proves that the input reaches the app,
    so that the kiosk mode checks below can fail."""
    step("control: Escape ends a --demo kiosk (so key input does reach the app)")
    demo = Kiosk(display, args.binary, args.source, args.out, ["--demo"], name="demo-escape")
    with demo:
        demo.wait_for(lambda d: d.get("screen") == "attract", 10, "the demo's attract screen")
        started = demo.wait_event("app_started", timeout=5)
        check(started.get("kiosk") == socket.gethostname(),
              f"without --kiosk-id, app_started names kiosk {started.get('kiosk')!r}, not the host "
              f"name {socket.gethostname()!r}")
        demo.key("Escape")
        check(poll(lambda: not demo.alive(), 10), "Escape did not end the --demo kiosk: the key "
              "input of this test does not reach the app (or --demo ignores Esc)")
        note(f"demo exited with {demo.proc.returncode}")

    step("control: a close request (WM_DELETE_WINDOW) to a --demo kiosk")
    demo = Kiosk(display, args.binary, args.source, args.out, ["--demo"], name="demo-close")
    with demo:
        demo.wait_for(lambda d: d.get("screen") == "attract", 10, "the demo's attract screen")
        sent = send_close_request(display.name, demo.window())
        check(sent, "libX11 not found: cannot send a close request")
        ended = poll(lambda: not demo.alive(), 5)
        note("the --demo kiosk " + ("closed" if ended else "stayed open (so the kiosk-mode "
                                    "close check only shows the request is survived)"))
        return bool(ended)


def main(args):
    version = project_version(args.source)
    command_line(args, version)

    with Display(1920, 1080) as display:
        close_works = demo_controls(args, display)

        step("start on the shipped content in the default (kiosk) mode")
        with Kiosk(display, args.binary, args.source, args.out, ["--kiosk-id", "leeds-briggate-1"],
                   name="kiosk") as kiosk:
            d = kiosk.wait_for(lambda d: d.get("screen") == "attract", 3, "the attract screen")
            note(f"attract after {time.monotonic() - kiosk.started:.2f} s")
            check(d["window"] == {"w": 1920, "h": 1080},
                  f"fullscreen window is {d['window']}, expected 1920x1080")
            for tid in ("start_quiz", "lang:en", "lang:id"):
                kiosk.target(tid, d)

            step("SIGUSR1 writes a screenshot of the window's size that is not blank")
            check_not_blank(kiosk.screenshot("attract"), 1920, 1080)

            step("Alt+F4, Escape and a close request leave the kiosk running")
            for keysym in ("alt+F4", "Escape", "ctrl+q", "ctrl+w"):
                kiosk.key(keysym)
            protocols = subprocess.run(["xprop", "-id", str(kiosk.window()), "WM_PROTOCOLS"],
                                       env=display.env(), capture_output=True, text=True,
                                       timeout=20).stdout
            note(f"window {protocols.strip()}")
            check("WM_DELETE_WINDOW" in protocols,
                  f"the window does not take close requests (WM_PROTOCOLS: {protocols!r})")
            check(send_close_request(display.name, kiosk.window()), "cannot send close request")
            time.sleep(2)  # nothing to poll for: the app must simply still be there
            kiosk.require_alive("after Alt+F4 / Escape / close request in kiosk mode")
            d = kiosk.wait_for(lambda d: d.get("screen") == "attract", 5, "still attract")
            note("still running" + ("" if close_works else " (close request unverified)"))

            step("the screen as shown equals a fresh frame after progress steps")
            # Where the kiosk draws in software it redraws only the progress bar at each of its
            # steps and copies just that area to the window. Whatever it left on screen must be
            # what a whole new frame draws. Compared between two looks at the screen that agree
            # (no step or fade in between), a few times over.
            partial = "only changed areas redrawn" in kiosk.stderr_tail(100)
            note("the kiosk redraws only changed areas" if partial else
                 "the kiosk redraws whole frames here (not drawing in software)")
            # On a slow build (the sanitizers) a look can take longer than a progress step, so
            # it looks up to 15 times for three still moments.
            compared = 0
            for attempt in range(15):
                if compared >= 3:
                    break
                time.sleep(0.7)
                before = screen_capture(display, os.path.join(kiosk.out, f"shown-{attempt}-a.png"))
                drawn = kiosk.screenshot(f"fresh-{attempt}")
                after = screen_capture(display, os.path.join(kiosk.out, f"shown-{attempt}-b.png"))
                if differing_share(before, after) > 0:
                    continue  # the screen moved meanwhile
                share = differing_share(before, drawn)
                note(f"look {attempt}: {share * 1920 * 1080:.0f} pixels differ from a fresh frame")
                check(share == 0, f"the screen shows {share * 1920 * 1080:.0f} pixels unlike a "
                      "fresh frame: a partial redraw left something stale")
                compared += 1
            check(compared >= 2, f"only {compared} still moments to compare in {attempt + 1} looks")

            step("the app_started event")
            started = kiosk.wait_event("app_started", timeout=5)
            note(f"app_started: {started}")
            check(isinstance(started.get("version"), str) and started["version"],
                  f"app_started has no version: {started}")
            if version:
                check(started["version"] == version,
                      f"app_started version {started['version']} != {version}")
            check(isinstance(started.get("content"), str) and started["content"],
                  f"app_started has no content hash: {started}")
            check(started.get("kiosk") == "leeds-briggate-1",
                  f"app_started does not name the kiosk of --kiosk-id: {started}")
            check("shop" not in started, f"the shipped content names no shop: {started}")
            check(re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}", started.get("ts", "")),
                  f"ts is not ISO 8601 with milliseconds: {started.get('ts')!r}")
            loaded = kiosk.wait_event("content_loaded", timeout=5)
            check(loaded.get("ok") is True, f"shipped content did not load cleanly: {loaded}")

            step("SIGTERM: exit 0 and an app_stopped event")
            code = kiosk.terminate()
            check(code == 0, f"SIGTERM gave exit code {code}, expected 0")
            events = kiosk.events()
            check(events and events[-1].get("type") == "app_stopped",
                  f"the last event is not app_stopped: {events[-3:]}")
            check("reason" in events[-1], f"app_stopped has no reason: {events[-1]}")
            note(f"app_stopped: {events[-1]}")


if __name__ == "__main__":
    run(main, __doc__)
