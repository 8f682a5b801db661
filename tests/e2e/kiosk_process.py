"""The kiosk under test: the program started on a Display with a private copy of the content,
its own data folder and UI dump (Kiosk), and the content copies tests start from.

Kiosk holds the process and its requests (stop, reload, screenshot, --send); what it shows and
writes is read through DumpAndEvents (dump_and_events.py), and it is tapped, swiped and keyed
through XInput (x_input.py)."""

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time

from checks import TestFailure, check, note, poll, step
from dump_and_events import DumpAndEvents
from processes import program, program_env, run_program, spawn, terminate_how, under_wine
from x_input import XInput


class Kiosk(DumpAndEvents, XInput):
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
            if under_wine():
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
        if under_wine():
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
        if under_wine():
            self.send("screenshot")
        else:
            self.proc.send_signal(signal.SIGUSR1)
        replaced = poll(lambda: identity() not in (None, before), timeout)
        how = "--send screenshot" if under_wine() else "SIGUSR1"
        check(replaced, f"{how} did not produce a new {path} within {timeout} s")
        target = os.path.join(self.out, name + ".png")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy(path, target)
        note(f"screenshot {target}")
        return target


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


def project_version(source):
    with open(os.path.join(source, "CMakeLists.txt")) as f:
        m = re.search(r"project\(\s*probiotic-kiosk\s+VERSION\s+([0-9.]+)", f.read())
    return m.group(1) if m else None
