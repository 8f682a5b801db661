"""Shared code of the end-to-end tests: a virtual display, the kiosk under test, X input,
screenshots, the events file, and an independent implementation of the recommendation rule.

Standard library only. Needs Xvfb, xdotool and ImageMagick (identify) on PATH.
Every process started here dies with the test: it is killed at exit and, should the test
itself be killed, by the kernel (PR_SET_PDEATHSIG).

The Windows build: a --binary whose name ends in `.exe` runs through Wine (wine.py: the
variables of scripts/wine-env.sh, a prefix and wineserver of the test's own, a fresh wineserver
for every Display, nothing left running at the end). Every run of the program then goes through
`program()` / `run_program()`, and the signals the Linux build takes are replaced by the
program's own requests, the way they reach a kiosk on Windows: `--send screenshot` for SIGUSR1
(Kiosk.screenshot), `--send reload` for SIGHUP (Kiosk.reload) and `--send stop` for SIGTERM
(Kiosk.terminate). `under_wine()` tells a test which build it drives.
"""

import argparse
import atexit
import ctypes
import ctypes.util
import itertools
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import traceback

import wine as wine_support

# --------------------------------------------------------------------------------------------
# Small assertion and reporting helpers


class TestFailure(AssertionError):
    pass


def check(condition, message):
    """Fail the test with `message` unless `condition` holds (works under python -O too)."""
    if not condition:
        raise TestFailure(message)


_soft_failures = []


def expect(condition, message):
    """Like check, but the test goes on; the failure is reported at the end."""
    if not condition:
        _soft_failures.append(message)
        print(f"    FAILED CHECK: {message}", flush=True)
    return condition


def step(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def note(message):
    print(f"    {message}", flush=True)


def under_wine():
    """The Windows build under Wine (wine.Wine), or None for the Linux build."""
    return _wine


def terminate_how():
    """How Kiosk.terminate asks the kiosk to stop, for messages: SIGTERM, or --send stop."""
    return "--send stop" if _wine else "SIGTERM"


def program(binary, *args):
    """The command line that runs the kiosk program `binary` with `args` (through Wine for
    the Windows build)."""
    argv = [binary, *map(str, args)]
    return _wine.command(argv) if _wine else argv


def program_env(env=None):
    """The environment for program(): `env` (default os.environ) plus, under Wine, the Wine
    variables."""
    if _wine:
        return _wine.env(env)
    return env


def run_program(binary, args, **kwargs):
    """subprocess.run of the kiosk program (capture_output and text unless told otherwise)."""
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    kwargs["env"] = program_env(kwargs.get("env"))
    return subprocess.run(program(binary, *args), **kwargs)


def parse_args(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--binary", required=True, help="path of probiotic-kiosk")
    parser.add_argument("--source", required=True, help="repository root (content/, assets/)")
    parser.add_argument("--out", required=True, help="folder for screenshots and logs")
    args = parser.parse_args()
    args.binary = os.path.abspath(args.binary)
    args.source = os.path.abspath(args.source)
    args.out = os.path.abspath(args.out)
    os.makedirs(args.out, exist_ok=True)
    return args


def run(main, description):
    """Parse the common arguments, run main(args), exit 0 on success and 1 on failure."""
    global _wine
    args = parse_args(description)
    name = os.path.basename(sys.argv[0])
    started = time.monotonic()
    try:
        if wine_support.is_windows_binary(args.binary):
            check(os.path.isfile(args.binary), f"no kiosk binary at {args.binary}")
            step(f"Windows build {args.binary}: through Wine")
            _wine = wine_support.Wine(args.source, args.out, log=note)
            try:
                wine_support.ensure_fonts(args.binary, log=note)
                _wine.prepare()
            except wine_support.WineError as error:
                raise TestFailure(str(error))
            note(f"Wine prefix {_wine.prefix} (a copy of {_wine.shared})")
        else:
            check(os.path.isfile(args.binary) and os.access(args.binary, os.X_OK),
                  f"no executable kiosk binary at {args.binary}")
        main(args)
        if _soft_failures:
            raise TestFailure(f"{len(_soft_failures)} failed check(s):\n  "
                              + "\n  ".join(_soft_failures))
    except TestFailure as failure:
        if _soft_failures and not str(failure).startswith(f"{len(_soft_failures)} failed"):
            print("earlier failed checks:\n  " + "\n  ".join(_soft_failures), flush=True)
        print(f"\nFAIL ({name}): {failure}", flush=True)
        print(f"logs and screenshots: {args.out}", flush=True)
        _cleanup()
        sys.exit(1)
    except Exception:  # a defect of the test or an unexpected situation: still a failure
        traceback.print_exc()
        print(f"\nFAIL ({name}): unexpected error (see traceback above)", flush=True)
        _cleanup()
        sys.exit(1)
    _cleanup()
    print(f"\nPASS ({name}) in {time.monotonic() - started:.1f} s; output in {args.out}", flush=True)
    sys.exit(0)


# --------------------------------------------------------------------------------------------
# Processes that must not outlive the test

_children = []
_wine = None  # wine.Wine while the Windows build is under test
_libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def _die_with_parent():
    _libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def spawn(cmd, **kwargs):
    proc = subprocess.Popen(cmd, preexec_fn=_die_with_parent, **kwargs)
    _children.append(proc)
    return proc


def _cleanup():
    for proc in reversed(_children):
        if proc.poll() is None:
            proc.kill()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
    _children.clear()
    if _wine:
        _wine.shutdown()  # its wineserver and every Wine process of the test's prefix


atexit.register(_cleanup)


def poll(predicate, timeout, interval=0.05):
    """Call predicate until it returns something truthy or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            return value
        time.sleep(interval)


# --------------------------------------------------------------------------------------------
# Virtual display


class Display:
    """An Xvfb server of the given size on a free display number (context manager)."""

    def __init__(self, width, height):
        self.width, self.height = width, height
        self.proc = None
        self.name = None

    def __enter__(self):
        read_fd, write_fd = os.pipe()
        self.proc = spawn(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                           f"{self.width}x{self.height}x24", "-nolisten", "tcp"],
                          pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
        os.close(write_fd)
        number = b""
        deadline = time.monotonic() + 30
        with os.fdopen(read_fd, "rb") as pipe:
            while not number.endswith(b"\n") and time.monotonic() < deadline:
                chunk = pipe.read(1)
                if not chunk:
                    break
                number += chunk
        check(number.strip().isdigit(), f"Xvfb did not report a display number (got {number!r})")
        self.name = ":" + number.decode().strip()
        step(f"Xvfb {self.width}x{self.height} on display {self.name}")
        if _wine:
            # Wine keeps the first screen size its wineserver met: a new one for this display
            _wine.fresh_server()
        return self

    def env(self, **extra):
        env = dict(os.environ)
        env["DISPLAY"] = self.name
        env.pop("WAYLAND_DISPLAY", None)
        env.update(extra)
        return env

    def xdotool(self, *args, check_ok=True):
        result = subprocess.run(["xdotool", *map(str, args)], env=self.env(),
                                capture_output=True, text=True, timeout=20)
        if check_ok:
            check(result.returncode == 0,
                  f"xdotool {' '.join(map(str, args))} failed: {result.stderr.strip()}")
        return result.stdout

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        return False


# At most a window frame's borders and title bar, in pixels
FRAME = 60


def framed_window_size(d, width, height, what):
    """Under Wine: the drawing area of a window asked for as WIDTHxHEIGHT on a screen of that
    size. Windows keeps a window's frame on the screen, so such a window draws in less than
    was asked, by its borders and title bar: that is a real difference from Linux, where the
    window is exactly WIDTHxHEIGHT. Checks that it is the only one (each side the asked size or
    at most FRAME px less), says it, and returns the size the window has."""
    w, h = d["window"]["w"], d["window"]["h"]
    check(width - FRAME <= w <= width and height - FRAME <= h <= height,
          f"{what}: the window is {w}x{h}, expected {width}x{height} less at most a window "
          f"frame ({FRAME} px) on each side")
    if (w, h) != (width, height):
        note(f"{what}: the window asked for as {width}x{height} draws in {w}x{h} under Wine "
             f"(Windows keeps its frame on the {width}x{height} screen)")
    return w, h


def send_close_request(display_name, window_id):
    """Send the window a WM_DELETE_WINDOW client message, as a window manager's close button
    does. Uses libX11 through ctypes. Returns False when libX11 cannot be loaded."""
    path = ctypes.util.find_library("X11")
    if not path:
        return False
    x11 = ctypes.CDLL(path)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]

    class ClientMessage(ctypes.Structure):
        _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong),
                    ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
                    ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                    ("format", ctypes.c_int), ("data", ctypes.c_long * 5),
                    ("pad", ctypes.c_long * 16)]  # XEvent is 24 longs

    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                               ctypes.POINTER(ClientMessage)]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    # Xlib's default error handler exits the process (e.g. on a window that is already gone)
    handler_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
    ignore = handler_type(lambda dpy, error: 0)
    x11.XSetErrorHandler.argtypes = [handler_type]
    x11.XSetErrorHandler.restype = ctypes.c_void_p
    x11.XSetErrorHandler(ignore)
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    dpy = x11.XOpenDisplay(display_name.encode())
    check(dpy, f"cannot open X display {display_name} through libX11")
    event = ClientMessage()
    event.type = 33  # ClientMessage
    event.window = window_id
    event.message_type = x11.XInternAtom(dpy, b"WM_PROTOCOLS", 0)
    event.format = 32
    event.data[0] = x11.XInternAtom(dpy, b"WM_DELETE_WINDOW", 0)
    event.data[1] = 0  # CurrentTime
    x11.XSendEvent(dpy, window_id, 0, 0, ctypes.byref(event))
    x11.XSync(dpy, 0)
    x11.XCloseDisplay(dpy)
    return True


# --------------------------------------------------------------------------------------------
# The kiosk under test


class Kiosk:
    """The kiosk binary on `display`, with a private copy of the content, data folder and UI dump.

    content: None copies source/content and source/assets into a temporary folder;
             a path uses that content folder as it is (its assets beside it).
    prepare: called with the content folder before the kiosk starts (to edit the copy).
    content_option: False starts the kiosk without --content, to find its own content folder
             (`content` then names that folder, for the test to read).
    """

    def __init__(self, display, binary, source, out, args=(), content=None, name="kiosk",
                 prepare=None, content_option=True):
        self.display, self.binary, self.out, self.name = display, binary, out, name
        self.tmp = tempfile.mkdtemp(prefix="kiosk-e2e-")
        if content is None:
            self.content_dir = copy_content(source, self.tmp)
        else:
            self.content_dir = content
        if prepare:
            prepare(self.content_dir)  # edit the copied content before the start
        self.data_dir = os.path.join(self.tmp, "data")
        self.dump_path = os.path.join(self.tmp, "ui.json")
        os.makedirs(self.data_dir, exist_ok=True)
        os.makedirs(out, exist_ok=True)
        self.cmd = [binary, "--content", self.content_dir, "--data-dir", self.data_dir,
                    "--ui-dump", self.dump_path, *args]
        if not content_option:
            self.cmd[1:3] = []
        self.stdout_path = os.path.join(out, f"{name}.stdout.txt")
        self.stderr_path = os.path.join(out, f"{name}.stderr.txt")
        self._stdout = open(self.stdout_path, "w")
        self._stderr = open(self.stderr_path, "w")
        step(f"start: {' '.join(program(*self.cmd))}")
        self.proc = spawn(program(*self.cmd), env=program_env(display.env()),
                          stdout=self._stdout, stderr=self._stderr, cwd=self.tmp)
        self.started = time.monotonic()
        self._window = None
        self._last_dump = None
        self._last_input = 0.0

    # -- lifetime

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
        return False

    def alive(self):
        return self.proc.poll() is None

    def stderr_tail(self, lines=15):
        self._stderr.flush()
        try:
            with open(self.stderr_path, errors="replace") as f:
                return "".join(f.readlines()[-lines:]).strip()
        except OSError:
            return ""

    def require_alive(self, doing=""):
        if not self.alive():
            raise TestFailure(f"the kiosk exited (code {self.proc.returncode}) {doing}; "
                              f"stderr:\n{self.stderr_tail()}")

    def terminate(self, timeout=15):
        """SIGTERM (under Wine --send stop), then wait; returns the exit code (fails when it
        does not exit in time)."""
        how = terminate_how()
        if self.alive():
            if _wine:
                self.send("stop")
            else:
                self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise TestFailure(f"the kiosk did not exit within {timeout} s of {how}")
        return code

    def send(self, request, timeout=30):
        """`BINARY --send request --data-dir DATA_DIR`: the program's own way to reach the
        running kiosk (screenshot, reload, stop). Fails unless it exits 0."""
        result = run_program(self.binary, ["--send", request, "--data-dir", self.data_dir],
                             env=self.display.env(), timeout=timeout)
        check(result.returncode == 0, f"--send {request} exited {result.returncode}: "
                                      f"{result.stderr.strip()}")
        return result

    def reload(self):
        """SIGHUP (under Wine --send reload): check the content folder now."""
        if _wine:
            self.send("reload")
        else:
            self.proc.send_signal(signal.SIGHUP)

    def stop(self):
        if self.alive():
            self.proc.kill()
            self.proc.wait()
        for f in (self._stdout, self._stderr):
            if not f.closed:
                f.close()
        if os.path.exists(os.path.join(self.data_dir, "events.jsonl")):
            shutil.copy(os.path.join(self.data_dir, "events.jsonl"),
                        os.path.join(self.out, f"{self.name}.events.jsonl"))
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -- UI dump

    def dump(self):
        """The current UI dump, or None while there is none yet."""
        try:
            with open(self.dump_path, encoding="utf-8") as f:
                self._last_dump = json.load(f)
        except (OSError, ValueError):
            return None
        return self._last_dump

    def wait_for(self, predicate, timeout, what):
        """Poll the dump until predicate(dump) holds; return that dump or fail with `what`."""
        deadline = time.monotonic() + timeout
        while True:
            d = self.dump()
            if d is not None:
                try:
                    if predicate(d):
                        return d
                except (KeyError, TypeError, IndexError):
                    pass
            self.require_alive(f"while waiting for {what}")
            if time.monotonic() >= deadline:
                raise TestFailure(f"timed out after {timeout} s waiting for {what}; "
                                  f"last dump: {summary(self._last_dump)}")
            time.sleep(0.05)

    def wait_screen(self, screen, timeout=10, **fields):
        def ok(d):
            return d.get("screen") == screen and all(d.get(k) == v for k, v in fields.items())
        extra = "".join(f", {k}={v}" for k, v in fields.items())
        return self.wait_for(ok, timeout, f"screen {screen}{extra}")

    def target(self, target_id, d=None):
        d = d or self.dump()
        check(d is not None, "no UI dump yet")
        for t in d.get("targets", []):
            if t.get("id") == target_id:
                return t
        raise TestFailure(f"no target {target_id!r} in the dump: {summary(d)}")

    # -- input

    def window(self):
        """The X window id of the kiosk's (visible) window."""
        if self._window:
            return self._window
        d = self.wait_for(lambda d: d.get("window"), 15, "a dump with the window size")

        def find():
            out = self.display.xdotool("search", "--onlyvisible", "--pid", self.proc.pid,
                                       check_ok=False)
            if not out.split():  # no _NET_WM_PID: any visible window of the right size
                out = self.display.xdotool("search", "--onlyvisible", "--name", ".",
                                           check_ok=False)
            for wid in out.split():
                geometry = self.display.xdotool("getwindowgeometry", "--shell", wid,
                                                check_ok=False)
                fields = dict(line.split("=", 1) for line in geometry.split() if "=" in line)
                if (fields.get("WIDTH") == str(d["window"]["w"])
                        and fields.get("HEIGHT") == str(d["window"]["h"])):
                    return int(wid)
            return None

        self._window = poll(find, 15, 0.2)
        check(self._window, f"cannot find the kiosk's X window (pid {self.proc.pid}) "
                            f"of size {d['window']}")
        return self._window

    def centre(self, target_id):
        t = self.target(target_id)
        return int(t["x"] + t["w"] / 2), int(t["y"] + t["h"] / 2)

    # A finger needs well over 150 ms to lift and land elsewhere: keep at least that between
    # inputs, so that the pointer does not jump before the app has read the previous release.
    INPUT_GAP = 0.15

    def _input(self, *xdotool_args):
        time.sleep(max(0.0, self._last_input + self.INPUT_GAP - time.monotonic()))
        self.display.xdotool(*xdotool_args)
        self._last_input = time.monotonic()

    def tap_at(self, x, y, hold=0.06):
        w = self.window()
        self._input("mousemove", "--window", w, int(x), int(y), "sleep", "0.03",
                    "mousedown", "1", "sleep", str(hold), "mouseup", "1")

    def tap(self, target_id, hold=0.06):
        self.require_alive(f"before tapping {target_id}")
        x, y = self.centre(target_id)
        note(f"tap {target_id} at {x},{y}" + (f" held {hold} s" if hold != 0.06 else ""))
        self.tap_at(x, y, hold)

    def drag(self, x0, y0, dx, dy=0, duration=0.3, steps=10):
        """Press at x0,y0, move by dx,dy in `steps` moves over `duration` seconds, release."""
        w = self.window()
        cmd = ["mousemove", "--window", w, int(x0), int(y0), "sleep", "0.03", "mousedown", "1"]
        for i in range(1, steps + 1):
            cmd += ["sleep", f"{duration / steps:.3f}", "mousemove", "--window", w,
                    int(x0 + dx * i / steps), int(y0 + dy * i / steps)]
        cmd += ["sleep", "0.02", "mouseup", "1"]
        self._input(*cmd)

    def swipe(self, dx, start=None):
        """A horizontal swipe of dx pixels (negative: to the left); by default across the
        middle of the slide area, on a row that crosses no target."""
        if start is None:
            d = self.dump()
            x0 = d["window"]["w"] // 2 - dx // 2
            start = (x0, free_row(d, x0, x0 + dx))
        note(f"swipe from {start[0]},{start[1]} by {dx}")
        self.drag(start[0], start[1], dx)

    def key(self, keysym):
        """A real (XTEST) key press in the kiosk's window: pointer in, focus set, then the key."""
        w = self.window()
        d = self.dump()
        self._input("mousemove", "--window", w, d["window"]["w"] // 2, 2)
        self.display.xdotool("windowfocus", w, check_ok=False)
        note(f"key {keysym}")
        self._input("key", "--clearmodifiers", keysym)

    # -- screenshots

    def screenshot(self, name, timeout=15):
        """SIGUSR1 (under Wine --send screenshot), wait for DATA_DIR/screenshot.png to be
        replaced, copy it to out/name.png."""
        self.require_alive(f"before screenshot {name}")
        path = os.path.join(self.data_dir, "screenshot.png")

        def identity():
            try:
                s = os.stat(path)
                return (s.st_ino, s.st_mtime_ns, s.st_size)
            except OSError:
                return None

        before = identity()
        if _wine:
            self.send("screenshot")
        else:
            self.proc.send_signal(signal.SIGUSR1)
        replaced = poll(lambda: identity() not in (None, before), timeout)
        check(replaced, f"{'--send screenshot' if _wine else 'SIGUSR1'} did not produce a new "
                        f"{path} within {timeout} s")
        target = os.path.join(self.out, name + ".png")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy(path, target)
        note(f"screenshot {target}")
        return target

    # -- events

    def events(self):
        return read_events(os.path.join(self.data_dir, "events.jsonl"))

    def wait_event(self, type_, predicate=None, timeout=10, since=0):
        """The first event of `type_` at index >= since matching predicate; fails on timeout."""
        def find():
            for e in self.events()[since:]:
                if e.get("type") == type_ and (predicate is None or predicate(e)):
                    return e
            return None
        deadline = time.monotonic() + timeout
        while True:
            e = find()
            if e:
                return e
            if time.monotonic() >= deadline:
                recent = [ev.get("type") for ev in self.events()[since:]][-20:]
                raise TestFailure(f"no {type_} event within {timeout} s (events since: {recent})")
            time.sleep(0.05)


def copy_content(source, into):
    """Copy source/content and source/assets (without the SVG sources) into `into`."""
    content = os.path.join(into, "content")
    shutil.copytree(os.path.join(source, "content"), content)
    if os.path.isdir(os.path.join(source, "assets")):
        shutil.copytree(os.path.join(source, "assets"), os.path.join(into, "assets"),
                        ignore=lambda d, names: ["src"] if d == os.path.join(source, "assets")
                        else [])
    return content


def edit_json(path, change):
    """Load a JSON file, let change(data) edit it, write it back (in one write)."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    change(data)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)


def read_events(path):
    """Events from an events.jsonl file, skipping a torn (unterminated or unparsable) last line."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return []
    lines = text.split("\n")
    events = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            events.append(json.loads(line))
        except ValueError:
            if i == len(lines) - 1:
                continue  # torn last line
            raise TestFailure(f"{path}: line {i + 1} is not JSON: {line[:200]!r}")
    return events


def summary(d):
    if not d:
        return repr(d)
    ids = [t.get("id") for t in d.get("targets", [])]
    return (f"screen={d.get('screen')} question={d.get('question')} slide={d.get('slide')} "
            f"overlay={d.get('overlay')} language={d.get('language')} targets={ids}")


def target_ids(d, prefix=""):
    return [t["id"] for t in d.get("targets", []) if t["id"].startswith(prefix)]


def _clear(d, x0, y0, x1, y1):
    """Whether the rectangle x0..x1, y0..y1 touches no target."""
    return all(t["x"] + t["w"] < x0 or t["x"] > x1 or t["y"] + t["h"] < y0 or t["y"] > y1
               for t in d.get("targets", []))


def free_row(d, x0, x1):
    """A y (preferably mid-screen) whose row between x0 and x1 is clear of every target."""
    H = d["window"]["h"]
    margin = min(d["window"]["w"], H) * 0.03
    left, right = min(x0, x1), max(x0, x1)
    for f in sorted((i / 40 for i in range(4, 37)), key=lambda f: abs(f - 0.45)):
        y = H * f
        if _clear(d, left - margin, y - margin, right + margin, y + margin):
            return int(y)
    raise TestFailure(f"no row between x={left} and x={right} clear of targets: {summary(d)}")


def free_point(d):
    """A point (preferably mid-screen) away from every target, for taps on the slide area."""
    W = d["window"]["w"]
    for f in sorted((i / 40 for i in range(4, 37)), key=lambda f: abs(f - 0.5)):
        x = int(W * f)
        try:
            return x, free_row(d, x, x)
        except TestFailure:
            continue
    raise TestFailure(f"no point clear of targets: {summary(d)}")


# --------------------------------------------------------------------------------------------
# Content and the recommendation rule (from the content format page, independently of the app)


def load_content(content_dir):
    def load(name):
        with open(os.path.join(content_dir, name), encoding="utf-8") as f:
            return json.load(f)
    return {"kiosk": load("kiosk.json"), "slides": load("slides.json"),
            "quiz": load("quiz.json"), "products": load("products.json")}


def text(value, language, default_language):
    """A Text in `language`, falling back to the default language."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return value.get(language, value.get(default_language, ""))


def question_by_id(content, qid):
    return next(q for q in content["quiz"]["questions"] if q["id"] == qid)


def is_shown(question, shown_choices):
    cond = question.get("show_if")
    if not cond:
        return True
    chosen = shown_choices.get(cond["question"], [])
    return any(a in cond["any_of"] for a in chosen)


def shown_choices(content, choices):
    """Only the choices of questions that were shown, in question order."""
    shown = {}
    for q in content["quiz"]["questions"]:
        if is_shown(q, shown) and q["id"] in choices:
            shown[q["id"]] = list(choices[q["id"]])
    return shown


def recommend(content, choices):
    """The recommendation rule. choices: question id -> list of answer ids.

    Returns {"profile", "scores", "recommended" (ids, in order), "fallback", "tips" (ids),
    "why" (product id -> answer Texts)}.
    """
    quiz, products = content["quiz"], content["products"]["products"]
    results = quiz.get("results", {})
    max_products = results.get("max_products", 3)
    min_score = results.get("min_score", 1)
    fallback_ids = results.get("fallback", [])
    max_tips = quiz.get("max_tips", 2)

    counted = []  # (answer) of shown questions, in question order then choice order
    for q in quiz["questions"]:
        for aid in shown_choices(content, choices).get(q["id"], []):
            counted.append(next(a for a in q["answers"] if a["id"] == aid))

    profile = {}
    for a in counted:
        for tag, weight in a.get("tags", {}).items():
            profile[tag] = profile.get(tag, 0) + weight

    def score(p):
        return sum(profile.get(tag, 0) * w for tag, w in p.get("tags", {}).items())

    scores = {p["id"]: score(p) for p in products}
    in_stock = [p for p in products if p.get("in_stock", True)]
    ranked = sorted(in_stock, key=lambda p: -scores[p["id"]])  # sorted() is stable
    recommended = [p for p in ranked if scores[p["id"]] >= min_score][:max_products]
    fallback = not recommended
    if fallback:
        by_id = {p["id"]: p for p in products}
        recommended = [by_id[i] for i in fallback_ids if i in by_id
                       and by_id[i].get("in_stock", True)]

    why = {}
    for p in recommended:
        helping = []
        for a in counted:
            c = sum(w * p.get("tags", {}).get(tag, 0) for tag, w in a.get("tags", {}).items())
            if c > 0:
                helping.append((c, a))
        helping.sort(key=lambda pair: -pair[0])
        why[p["id"]] = [a["text"] for _, a in helping[:2]] if not fallback else []

    tips = []
    for tip in quiz.get("tips", []):
        tags = tip.get("when_tags", [])
        if any(profile.get(t, 0) > 0 for t in tags):
            tips.append((sum(profile.get(t, 0) for t in tags), tip["id"]))
    tips.sort(key=lambda pair: -pair[0])

    return {"profile": profile, "scores": scores, "recommended": [p["id"] for p in recommended],
            "fallback": fallback, "tips": [t for _, t in tips[:max_tips]], "why": why}


def all_paths(content):
    """Every way through the quiz: a list of choices dicts (shown questions only)."""
    questions = content["quiz"]["questions"]

    def options(q):
        ids = [a["id"] for a in q["answers"]]
        if q.get("choose", "one") != "many":
            return [[i] for i in ids]
        most = q.get("max", len(ids))
        return [list(c) for n in range(1, most + 1) for c in itertools.combinations(ids, n)]

    paths = [{}]
    for q in questions:
        grown = []
        for p in paths:
            if is_shown(q, p):
                grown += [{**p, q["id"]: o} for o in options(q)]
            else:
                grown.append(p)
        paths = grown
    return paths


def expected_questions(content, choices):
    """The question ids the quiz shows for these choices, in order."""
    shown = {}
    order = []
    for q in content["quiz"]["questions"]:
        if is_shown(q, shown):
            order.append(q["id"])
            if q["id"] in choices:
                shown[q["id"]] = choices[q["id"]]
    return order


# --------------------------------------------------------------------------------------------
# Driving the quiz


def answer_question(kiosk, content, chosen, timeout=10):
    """On the current question, tap the answers in `chosen` (and Next on a many-question);
    wait until the app has moved on. Returns the dump after moving on."""
    d = kiosk.dump()
    qid = d["question"]
    q = question_by_id(content, qid)
    for aid in chosen:
        kiosk.tap(f"answer:{qid}:{aid}")
        if q.get("choose", "one") == "many":
            kiosk.wait_for(lambda d: any(t["id"] == f"answer:{qid}:{aid}" and t.get("selected")
                                         for t in d["targets"]),
                           5, f"answer {aid} of {qid} to show as selected")
    if q.get("choose", "one") == "many":
        kiosk.tap("next")
    return kiosk.wait_for(lambda d: d["screen"] != "quiz" or d["question"] != qid, timeout,
                          f"the quiz to move on from question {qid}")


def walk_quiz(kiosk, content, choices, on_question=None):
    """From the first question to the results, answering from `choices` (question id -> answer
    ids). Returns the list of question ids shown. on_question(dump) runs on each question."""
    shown = []
    d = kiosk.wait_screen("quiz")
    while d["screen"] == "quiz":
        qid = d["question"]
        check(qid not in shown, f"question {qid} shown twice in one pass: {shown}")
        check(qid in choices, f"the app shows question {qid}, which this path does not expect "
                              f"(shown so far {shown}; path {choices})")
        shown.append(qid)
        if on_question:
            on_question(d)
        d = answer_question(kiosk, content, choices[qid])
    check(d["screen"] == "results", f"after the last question the screen is {d['screen']}")
    return shown


# --------------------------------------------------------------------------------------------
# Images


def image_stats(path):
    """(width, height, mean, standard deviation, distinct colours) through ImageMagick."""
    identify = shutil.which("magick")
    cmd = ([identify, "identify"] if identify else ["/usr/bin/identify"])
    result = subprocess.run(cmd + ["-format", "%w %h %[fx:mean] %[fx:standard_deviation] %k",
                                   path], capture_output=True, text=True, timeout=120)
    check(result.returncode == 0, f"identify {path} failed: {result.stderr.strip()}")
    w, h, mean, sd, colours = result.stdout.split()
    return int(w), int(h), float(mean), float(sd), int(colours)


def screen_capture(display, path):
    """What the X server shows now (not a frame the kiosk draws on request), as a PNG."""
    result = subprocess.run(["/usr/bin/import", "-display", display.name, "-window", "root", path],
                            capture_output=True, text=True, timeout=60)
    check(result.returncode == 0, f"import of the screen failed: {result.stderr.strip()}")
    return path


def differing_share(path_a, path_b):
    """Share of the pixels that differ between two images of one size (ImageMagick compare)."""
    result = subprocess.run(["/usr/bin/compare", "-metric", "AE", "-fuzz", "3%", path_a, path_b,
                             "null:"], capture_output=True, text=True, timeout=120)
    check(result.returncode in (0, 1), f"compare failed: {result.stderr.strip()}")
    w, h = png_size(path_a)
    return float(result.stderr.split()[0]) / (w * h)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    check(head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG")
    return struct.unpack(">II", head[16:24])


def check_not_blank(path, width, height):
    w, h = png_size(path)
    check((w, h) == (width, height), f"{path} is {w}x{h}, expected {width}x{height}")
    _, _, mean, sd, colours = image_stats(path)
    note(f"{os.path.basename(path)}: {w}x{h} mean {mean:.3f} std dev {sd:.3f} colours {colours}")
    check(sd > 0.02, f"{path} looks blank: standard deviation {sd}")
    check(colours > 16, f"{path} has only {colours} distinct colours")


def project_version(source):
    with open(os.path.join(source, "CMakeLists.txt")) as f:
        m = re.search(r"project\(\s*probiotic-kiosk\s+VERSION\s+([0-9.]+)", f.read())
    return m.group(1) if m else None
