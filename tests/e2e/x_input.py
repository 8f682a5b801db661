"""Real X input to the kiosk through xdotool (XTEST): taps, drags, swipes and keys.

XInput is mixed into kiosk_process.Kiosk and uses the kiosk's display (Display.xdotool), its
process (proc: the window is found by its pid, else by the size in the UI dump) and its dump
(DumpAndEvents: dump, wait_for, target) to aim at the touch targets."""

import time

from checks import check, note, poll
from dump_and_events import free_row


class XInput:
    """Taps, swipes and keys into the kiosk's window (a part of kiosk_process.Kiosk)."""

    _window = None
    _last_input = 0.0

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
