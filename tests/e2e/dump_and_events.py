"""What the kiosk shows and writes, read back: its UI dump (the screen, the touch targets) and
its events file.

DumpAndEvents is mixed into kiosk_process.Kiosk (it reads the files of that kiosk: dump_path,
data_dir; require_alive fails a wait when the kiosk has exited). The functions work on one dump
(a dict as the kiosk wrote it) or one events file."""

import json
import os
import time

from checks import TestFailure, check


class DumpAndEvents:
    """The UI dump and events of a running kiosk (a part of kiosk_process.Kiosk)."""

    _last_dump = None

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
