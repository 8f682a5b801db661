"""The X display of an end-to-end test: an Xvfb server of its own (Display), xdotool on it,
the window frame Windows keeps on the screen (framed_window_size), and a window manager's close
request (send_close_request). Needs Xvfb and xdotool on PATH; libX11 for the close request."""

import ctypes
import ctypes.util
import os
import subprocess
import time

from checks import check, note, step
from processes import spawn, under_wine


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
        if under_wine():
            # Wine keeps the first screen size its wineserver met: a new one for this display
            under_wine().fresh_server()
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
