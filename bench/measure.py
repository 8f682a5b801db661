#!/usr/bin/env python3
"""Screen, memory and CPU figures of the kiosk beside Chromium showing the same slides.

Every figure is measured on two contents: the shipped one, and another shop's loop made here
(three 5 s slides, 400 ms transitions, three pictures of its own, on a copy of the shipped
quiz, products and settings). Chromium shows a page made from each content in two ways: with
the progress bar stepped as the kiosk's (a CSS steps() animation; the targets are against this
page) and with a continuous (linear) bar, to show what that motion costs.

Runs each program fullscreen on its own Xvfb (1920x1080x24, Mesa's software renderer) and
measures, the same way for both:
  launch   time from starting the program to the first screenshot whose slide area shows
           content (at least 5% of the sampled pixels differ from the area's dominant colour:
           a blank, white or single-colour window does not count; the first slide's picture
           and title do). The screen is read every ~20 ms with XGetImage through ctypes. Warm,
           and (where /proc/sys/vm/drop_caches may be written) after dropping the page cache;
           against an empty GLFW + OpenGL 3 window timed the same way.
  memory   PSS summed over the whole process tree (/proc/PID/smaps_rollup of every descendant
           and every process of the program's session), sampled every 200 ms; peak, and steady
           = median of the last 20 s.
  cpu      utime+stime (+ those of reaped children) of the tree over one minute of the attract
           loop, and the X server's own CPU over the same minute.
For the kiosk also: its frame log (frame times during slide transitions against the median
frame, and the frames on which a new slide's picture first shows), and memory with 300 slides
of distinct 2000x1500 pictures against the content itself (both at --time-scale 10, so that
dozens of slides go by in a minute). Each measurement gives the 1-minute load average at its
start and end.

Standard library only. Usage:
  bench/measure.py --binary build/probiotic-kiosk [--source .] [--quick] [--json FILE]
"""

import argparse
import ctypes
import ctypes.util
import html
import json
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

# PSS is read the same way as by the soak run: tests/e2e/process_memory.py
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "e2e"))
from process_memory import total_pss_kib  # noqa: E402

WIDTH, HEIGHT = 1920, 1080

# The kiosk's progress bar: src/ui/attract_screen.cpp (draw_progress) and src/ui/style.cpp
# (attract_look): a step every 1.5 s of app time, or every 2 pixels if that takes longer; one
# segment per slide up to 12 slides, each at least 3 times as long as the bar is high.
PROGRESS_STEP_SECONDS = 1.5
STEP_PIXELS = 2
MOST_SEGMENTS = 12
SHORTEST_SEGMENT = 3
CLK_TCK = os.sysconf("SC_CLK_TCK")

# ----------------------------------------------------------------------------------------------
# The screen, through libX11


class XImage(ctypes.Structure):
    pass


class _ImageFuncs(ctypes.Structure):
    _fields_ = [
        ("create_image", ctypes.c_void_p),
        ("destroy_image", ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(XImage))),
        ("get_pixel", ctypes.c_void_p),
        ("put_pixel", ctypes.c_void_p),
        ("sub_image", ctypes.c_void_p),
        ("add_pixel", ctypes.c_void_p),
    ]


XImage._fields_ = [
    ("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
    ("format", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_ubyte)),
    ("byte_order", ctypes.c_int), ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int),
    ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int),
    ("bits_per_pixel", ctypes.c_int), ("red_mask", ctypes.c_ulong), ("green_mask", ctypes.c_ulong),
    ("blue_mask", ctypes.c_ulong), ("obdata", ctypes.c_void_p), ("f", _ImageFuncs),
]


class Screen:
    """Samples horizontal lines of the root window of one X display."""

    def __init__(self, display):
        self.x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x.XGetImage.restype = ctypes.POINTER(XImage)
        self.x.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                     ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        self.x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.dpy = self.x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError("cannot open display " + display)
        self.root = self.x.XDefaultRootWindow(self.dpy)
        # The slide area: between the top row (brand, languages) and the bottom row.
        self.rows = [int(HEIGHT * (0.16 + 0.62 * i / 29)) for i in range(30)]

    def close(self):
        self.x.XCloseDisplay(self.dpy)

    def sample(self):
        """Pixels (as 32-bit ints) every 4th column of 30 rows."""
        out = []
        for y in self.rows:
            img = self.x.XGetImage(self.dpy, self.root, 0, y, WIDTH, 1, 0xFFFFFFFF, 2)  # ZPixmap
            if not img:
                continue
            data = ctypes.string_at(img.contents.data, img.contents.bytes_per_line)
            img.contents.f.destroy_image(img)
            mv = memoryview(data).cast("I")
            out.extend(mv[::4])
        return out

    def shows_content(self):
        px = self.sample()
        if not px:
            return False, 0.0
        dominant, _ = Counter(px).most_common(1)[0]
        dr, dg, db = (dominant >> 16) & 255, (dominant >> 8) & 255, dominant & 255
        differ = 0
        for p in px:
            if (abs(((p >> 16) & 255) - dr) > 24 or abs(((p >> 8) & 255) - dg) > 24
                    or abs((p & 255) - db) > 24):
                differ += 1
        share = differ / len(px)
        return share >= 0.05, share


# ----------------------------------------------------------------------------------------------
# Processes


def proc_stat(pid):
    """(ppid, session, utime+stime+cutime+cstime in ticks) or None."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            s = f.read()
    except OSError:
        return None
    rest = s[s.rindex(")") + 2:].split()
    # rest[0] is the state (field 3); utime is field 14 -> rest[11]
    return int(rest[1]), int(rest[3]), sum(int(v) for v in rest[11:15])


def tree(root_pid, session=None):
    """The root, its descendants, and every process of `session`."""
    stats = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            st = proc_stat(int(name))
            if st:
                stats[int(name)] = st
    members, changed = {root_pid} if root_pid in stats else set(), True
    if session is not None:
        members |= {p for p, st in stats.items() if st[1] == session}
    while changed:
        changed = False
        for p, st in stats.items():
            if p not in members and st[0] in members:
                members.add(p)
                changed = True
    return members, stats


def tree_pss_mib(root_pid, session):
    """PSS of the tree in MiB; a member that exits while it is read counts nothing."""
    members, _ = tree(root_pid, session)
    return total_pss_kib(members) / 1024.0


def tree_cpu_seconds(root_pid, session):
    members, stats = tree(root_pid, session)
    return sum(stats[p][2] for p in members if p in stats) / CLK_TCK


def cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


class MemorySampler(threading.Thread):
    def __init__(self, pid, session, period=0.2):
        super().__init__(daemon=True)
        self.pid, self.session, self.period = pid, session, period
        self.samples = []  # (seconds since start, MiB)
        self.load_max = 0.0  # the highest 1-minute load average seen while sampling
        self.stop_flag = threading.Event()
        self.t0 = time.monotonic()

    def run(self):
        while not self.stop_flag.is_set():
            t = time.monotonic()
            self.samples.append((t - self.t0, tree_pss_mib(self.pid, self.session)))
            self.load_max = max(self.load_max, load_average())
            self.stop_flag.wait(max(0.0, self.period - (time.monotonic() - t)))

    def figures(self, last_seconds):
        if not self.samples:
            return 0.0, 0.0
        end = self.samples[-1][0]
        tail = [m for t, m in self.samples if t >= end - last_seconds]
        return max(m for _, m in self.samples), statistics.median(tail)


# ----------------------------------------------------------------------------------------------
# One program on its own X server


class Xvfb:
    def __init__(self):
        for n in range(91, 140):
            if not os.path.exists(f"/tmp/.X11-unix/X{n}") and not os.path.exists(f"/tmp/.X{n}-lock"):
                break
        self.display = f":{n}"
        self.proc = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp", "-br",
             "-noreset"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            if os.path.exists(f"/tmp/.X11-unix/X{n}"):
                try:
                    Screen(self.display).close()
                    return
                except RuntimeError:
                    pass
            time.sleep(0.05)
        raise RuntimeError("Xvfb did not start")

    def cpu_seconds(self):
        st = proc_stat(self.proc.pid)
        return st[2] / CLK_TCK if st else 0.0

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def environment(display):
    env = dict(os.environ)
    env["DISPLAY"] = display
    env["LIBGL_ALWAYS_SOFTWARE"] = "1"  # Mesa llvmpipe, as on a kiosk PC without a GPU driver
    env.pop("WAYLAND_DISPLAY", None)
    return env


def stop_program(proc, session_pid):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(session_pid, signal.SIGKILL)  # whatever of its session is left (its own group)
    except OSError:
        pass
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        pass


def load_average():
    """The 1-minute load average, from /proc/loadavg."""
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def settle_load(longest, under=0.9):
    """Waits (up to `longest` s) until the 1-minute load average is under `under`: the launches
    before a minute of loop leave it near 2 for a minute, and the frame target counts only under
    1. Returns the seconds waited."""
    t0 = time.monotonic()
    while load_average() >= under and time.monotonic() - t0 < longest:
        time.sleep(2)
    return time.monotonic() - t0


def can_drop_caches():
    return os.access("/proc/sys/vm/drop_caches", os.W_OK)


def drop_caches():
    """Empties the kernel's page cache, as after a power cut: every file is read from disk again."""
    os.sync()
    with open("/proc/sys/vm/drop_caches", "w") as f:
        f.write("3\n")


def run_program(argv, *, duration=0.0, settle=5.0, cpu_seconds=60.0, steady_seconds=20.0, timeout=30.0,
                log=None, cold=False):
    """Starts argv on a fresh Xvfb. Returns launch seconds, and with duration > 0 the memory
    and CPU figures of a `cpu_seconds` window that starts `settle` s after content shows.
    cold: the page cache is dropped once Xvfb is up, just before the program starts."""
    x = Xvfb()
    screen = Screen(x.display)
    if cold:
        drop_caches()
    result = {"launch_s": None, "load_start": load_average()}
    try:
        t0 = time.monotonic()
        result["launched_wall"] = time.time()
        proc = subprocess.Popen(argv, env=environment(x.display), start_new_session=True,
                                stdout=log or subprocess.DEVNULL, stderr=log or subprocess.DEVNULL)
        sampler = MemorySampler(proc.pid, proc.pid) if duration > 0 else None
        if sampler:
            sampler.start()
        while time.monotonic() - t0 < timeout:
            tick = time.monotonic()
            shown, share = screen.shows_content()
            if shown:
                result["launch_s"] = tick - t0
                result["content_share"] = share
                break
            if proc.poll() is not None:
                result["error"] = f"exited with {proc.returncode} before showing anything"
                break
            time.sleep(max(0.0, 0.02 - (time.monotonic() - tick)))
        if sampler and result["launch_s"] is not None:
            time.sleep(settle)
            c0, x0 = tree_cpu_seconds(proc.pid, proc.pid), x.cpu_seconds()
            time.sleep(cpu_seconds)
            c1, x1 = tree_cpu_seconds(proc.pid, proc.pid), x.cpu_seconds()
            result["cpu_s"] = c1 - c0
            result["xserver_cpu_s"] = x1 - x0
            result["cpu_window_s"] = cpu_seconds
            members, stats = tree(proc.pid, proc.pid)
            result["processes"] = sorted(cmdline(p)[:700] for p in members)
            sampler.stop_flag.set()
            sampler.join()
            result["pss_peak_mib"], result["pss_steady_mib"] = sampler.figures(steady_seconds)
            result["pss_samples"] = len(sampler.samples)
            result["load_max"] = sampler.load_max
        elif sampler:
            sampler.stop_flag.set()
        result["load_end"] = load_average()
        stop_program(proc, proc.pid)
        result["exit_code"] = proc.returncode
    finally:
        screen.close()
        x.stop()
    return result


# ----------------------------------------------------------------------------------------------
# Chromium's page: the same slides, pictures and timing


def colour(c, default):
    return c if isinstance(c, str) and c.startswith("#") else default


def text_of(t, lang="en"):
    if isinstance(t, str):
        return t
    if isinstance(t, dict):
        return t.get(lang) or next(iter(t.values()), "")
    return ""


def progress_steps(seconds, per_slide_px):
    """The kiosk's progress bar on one slide (src/ui/attract_screen.cpp, draw_progress): it grows
    every `step` seconds of app time, and shows `count` steps before the slide ends (the last
    one may be cut short by the slide change)."""
    step = max(seconds * STEP_PIXELS / max(1.0, per_slide_px), PROGRESS_STEP_SECONDS)
    return step, max(1, math.ceil(seconds / step - 1e-9))


def per_slide_pixels(bar_w, bar_h, space, slides):
    """The length of the bar that one slide fills: its segment, or with many slides its share
    of one continuous bar (as draw_progress decides)."""
    seg = (bar_w - space * (slides - 1)) / max(1, slides)
    if slides <= MOST_SEGMENTS and seg >= bar_h * SHORTEST_SEGMENT:
        return seg
    return bar_w / max(1, slides)


def bar_keyframes(data, bar, per_slide_px):
    """CSS for the current segment of each slide. bar "stepped": a `steps(count)` animation
    whose steps come when the kiosk's do and fill as far; bar "linear": a continuous fill over
    the slide's time."""
    rules = []
    for i, sl in enumerate(data):
        if bar == "linear":
            rules.append(f"@keyframes fill{i} {{ from {{ transform: scaleX(0); }} to {{ transform: scaleX(1); }} }}")
            sl["fill"] = f"fill{i} {sl['seconds']}s linear forwards"
            continue
        step, count = progress_steps(sl["seconds"], per_slide_px)
        reach = count * step / sl["seconds"]  # where the bar would stand at the end of the last step
        rules.append(f"@keyframes fill{i} {{ from {{ transform: scaleX(0); }} to {{ transform: scaleX({reach:.6f}); }} }}")
        sl["fill"] = f"fill{i} {count * step:.6f}s steps({count}, end) forwards"
        sl["steps"], sl["step_seconds"] = count, step
    return "\n".join(rules)


def make_page(content, assets, out, bar="stepped"):
    kiosk = json.loads((content / "kiosk.json").read_text())
    slides = json.loads((content / "slides.json").read_text())["slides"]
    timing = {"slide_seconds": 9, "transition_ms": 700, **kiosk.get("timing", {})}
    theme = {"background": "#F6F1E7", "surface": "#FFFFFF", "text": "#23332B", "accent": "#2F6B4F",
             "accent_text": "#FFFFFF", "highlight": "#D9825B", **kiosk.get("theme", {})}
    out.mkdir(parents=True, exist_ok=True)
    pictures = [s["image"] for s in slides if s.get("image")]
    logo = kiosk.get("brand", {}).get("logo", "")
    for rel in pictures + ([logo] if logo else []):
        (out / "assets" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(assets / rel, out / "assets" / rel)
    s = min(WIDTH, HEIGHT)
    margin, gap = round(0.05 * s), round(0.02 * s)
    strings = kiosk.get("strings", {})
    data = [{
        "id": sl["id"], "title": text_of(sl.get("title")), "body": text_of(sl.get("body")),
        "points": [text_of(p) for p in sl.get("points", [])], "image": sl.get("image", ""),
        "layout": sl.get("layout", "image-left"), "source": sl.get("source", ""),
        "background": colour(sl.get("background"), theme["background"]),
        "seconds": sl.get("seconds", timing["slide_seconds"]),
    } for sl in slides]
    start_words = text_of(strings.get("start_quiz", "Start"))
    start_font = round(0.034 * s * 1.15)
    start_w = max(round(0.42 * s), round(0.56 * start_font * len(start_words) + 2 * 0.06 * s))
    aids_words = text_of(strings.get("accessibility", "Accessibility"))
    button_h = round(0.1 * s)
    aids_w = round(button_h * 0.3 * 2 + button_h * 0.5 + button_h * 0.2 + 0.55 * round(0.030 * s) * len(aids_words))
    bar_w = WIDTH - 2 * margin - aids_w - 2 * gap * 3 - start_w
    bar_h, space = max(4, round(0.008 * s)), max(4, round(gap * 0.4))
    keyframes = bar_keyframes(data, bar, per_slide_pixels(bar_w, bar_h, space, len(data)))
    langs = kiosk.get("languages", ["en"])
    lang_buttons = "".join(
        f'<div class="lang{" on" if i == 0 else ""}">{html.escape(text_of(strings.get("language_name", {}), l) or l)}</div>'
        for i, l in enumerate(langs)) if len(langs) > 1 else ""
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(kiosk.get("brand", {}).get("name", "Kiosk"))}</title>
<style>
html, body {{ margin: 0; height: 100%; overflow: hidden; cursor: none; user-select: none; }}
body {{ font-family: "Noto Sans", "DejaVu Sans", sans-serif; color: {theme["text"]};
       background: {data[0]["background"] if data else theme["background"]};
       transition: background-color {timing["transition_ms"]}ms ease-in-out; }}
#top {{ position: absolute; left: {margin}px; right: {margin}px; top: {round(margin * 0.7)}px; height: {round(0.075 * s)}px;
       display: flex; align-items: center; gap: {round(gap * 0.6)}px; }}
#top img {{ height: 100%; }}
#top .name {{ font-weight: 700; font-size: {round(0.030 * s)}px; flex: 1; }}
.lang {{ border: 2px solid {theme["accent"]}; border-radius: {round(0.022 * s)}px; padding: 0 {round(gap * 1.4)}px;
        height: 100%; display: flex; align-items: center; font-size: {round(0.030 * s)}px; }}
.lang.on {{ background: {theme["accent"]}; color: {theme["accent_text"]}; }}
#stage {{ position: absolute; left: {margin}px; right: {margin}px; top: {round(margin * 0.7 + 0.075 * s + gap * 2)}px;
         bottom: {round(margin + 0.12 * s + gap * 2)}px; }}
.slide {{ position: absolute; inset: 0; display: flex; gap: {gap * 2}px; opacity: 0;
         transform: translateY({round(0.02 * s)}px);
         transition: opacity {timing["transition_ms"]}ms ease-in-out, transform {timing["transition_ms"]}ms ease-in-out; }}
.slide.on {{ opacity: 1; transform: none; }}
.slide.image-right {{ flex-direction: row-reverse; }}
.slide.image-top {{ flex-direction: column; align-items: center; }}
.slide .pic {{ flex: 0 0 46%; display: flex; align-items: center; justify-content: center; min-height: 0; }}
.slide.image-top .pic {{ flex: 0 0 50%; width: 100%; }}
.slide .pic img {{ max-width: 100%; max-height: 100%; object-fit: contain; }}
.slide .words {{ flex: 1; display: flex; flex-direction: column; justify-content: center; min-width: 0; }}
.slide.image-top .words {{ justify-content: flex-start; width: {round(1.3 * s)}px; }}
h1 {{ font-size: {round(0.060 * s)}px; margin: 0 0 {round(gap * 1.2)}px; line-height: 1.15; }}
h1::after {{ content: ""; display: block; width: {round(0.06 * s)}px; height: {max(2, round(0.004 * s))}px;
            background: {theme["highlight"]}; margin-top: {round(gap * 0.35)}px; border-radius: 2px; }}
p, li {{ font-size: {round(0.030 * s)}px; line-height: 1.25; margin: 0 0 {gap}px; }}
ul {{ margin: 0; padding-left: {round(0.030 * s * 0.9)}px; }}
li::marker {{ color: {theme["accent"]}; }}
.source {{ font-size: {round(0.022 * s)}px; opacity: 0.7; }}
#bottom {{ position: absolute; left: {margin}px; right: {margin}px; bottom: {margin}px; height: {round(0.12 * s)}px;
          display: flex; align-items: flex-end; gap: {gap * 3}px; }}
#left {{ flex: 1; display: flex; flex-direction: column; justify-content: flex-end; gap: {gap}px; }}
#hint {{ font-size: {round(0.022 * s)}px; opacity: 0.75; }}
#bar {{ display: flex; gap: {max(4, round(gap * 0.4))}px; height: {max(4, round(0.008 * s))}px; }}
.seg {{ flex: 1; background: rgba(0,0,0,0.12); border-radius: 4px; overflow: hidden; }}
.seg i {{ display: block; height: 100%; background: {theme["accent"]}; transform-origin: left; transform: scaleX(0); }}
.seg.done i {{ transform: scaleX(1); }}
.seg.now i {{ animation: var(--fill); }}
{keyframes}
#aids {{ flex: 0 0 auto; height: {button_h}px; box-sizing: border-box; border: 1px solid rgba(0,0,0,0.25);
        border-radius: {button_h // 2}px; background: {theme["surface"]}; display: flex; align-items: center;
        gap: {round(button_h * 0.2)}px; padding: 0 {round(button_h * 0.3)}px; font-size: {round(0.030 * s)}px; }}
#aids i {{ width: {round(button_h * 0.5) - 6}px; height: {round(button_h * 0.5) - 6}px; border: 3px solid {theme["text"]};
          border-radius: 50%; }}
#start {{ height: 100%; min-width: {round(0.42 * s)}px; padding: 0 {round(0.06 * s)}px; box-sizing: border-box;
         background: {theme["accent"]}; color: {theme["accent_text"]}; border-radius: {round(0.022 * s)}px;
         font-weight: 700; font-size: {round(0.034 * s * 1.15)}px; display: flex; align-items: center; justify-content: center; }}
</style></head>
<body>
<div id="top">{f'<img src="assets/{html.escape(logo)}" alt="">' if logo else ""}<div class="name">{html.escape(kiosk.get("brand", {}).get("name", ""))}</div>{lang_buttons}</div>
<div id="stage"></div>
<div id="bottom"><div id="aids"><i></i>{html.escape(aids_words)}</div><div id="left"><div id="hint">{html.escape(text_of(strings.get("attract_hint", "")))}</div><div id="bar"></div></div>
<div id="start">{html.escape(text_of(strings.get("start_quiz", "Start")))}</div></div>
<script>
const slides = {json.dumps(data)};
const stage = document.getElementById("stage"), bar = document.getElementById("bar");
const els = slides.map((s, i) => {{
  const d = document.createElement("div");
  d.className = "slide " + s.layout + (i === 0 ? " on" : "");
  const pic = s.image && s.layout !== "text-only" ? `<div class="pic"><img src="assets/${{s.image}}" alt=""></div>` : "";
  const esc = t => t.replace(/[&<>]/g, c => ({{"&": "&amp;", "<": "&lt;", ">": "&gt;"}})[c]);
  d.innerHTML = pic + `<div class="words"><h1>${{esc(s.title)}}</h1>` + (s.body ? `<p>${{esc(s.body)}}</p>` : "") +
    (s.points.length ? "<ul>" + s.points.map(p => `<li>${{esc(p)}}</li>`).join("") + "</ul>" : "") +
    (s.source ? `<div class="source">Source: ${{esc(s.source)}}</div>` : "") + "</div>";
  stage.appendChild(d);
  return d;
}});
const segs = slides.length > 1 ? slides.map(() => {{
  const g = document.createElement("div"); g.className = "seg"; g.appendChild(document.createElement("i"));
  bar.appendChild(g); return g; }}) : [];
let current = 0;
function show(i) {{
  els[current].classList.remove("on");
  current = i;
  els[current].classList.add("on");
  document.body.style.backgroundColor = slides[current].background;
  segs.forEach((g, k) => {{ g.className = "seg" + (k < current ? " done" : k === current ? " now" : "");
                            g.style.setProperty("--fill", slides[k].fill); }});
  setTimeout(() => show((current + 1) % slides.length), slides[current].seconds * 1000);
}}
show(0);
</script>
</body></html>
"""
    (out / "index.html").write_text(page)
    return out / "index.html"


def chromium_argv(page, profile):
    return ["chromium", "--kiosk", "--no-first-run", "--no-sandbox", f"--user-data-dir={profile}",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-default-browser-check", "--password-store=basic", f"--window-size={WIDTH},{HEIGHT}",
            "--window-position=0,0", page.as_uri()]


# ----------------------------------------------------------------------------------------------
# The kiosk's own records


def read_frames(path):
    frames = []
    try:
        for line in Path(path).read_text().splitlines():
            parts = line.split()
            if len(parts) == 2:
                frames.append((float(parts[0]), float(parts[1])))
    except OSError:
        pass
    return frames


def slide_changes(data_dir, launched_wall):
    """When each slide change happened, in ms on the kiosk's own clock (which starts as the
    program starts, a few ms after launch): from the slide_viewed events' wall-clock stamps."""
    from datetime import datetime
    out = []
    try:
        lines = (Path(data_dir) / "events.jsonl").read_text().splitlines()
    except OSError:
        return out
    for line in lines:
        try:
            e = json.loads(line)
        except ValueError:
            continue
        if e.get("type") == "slide_viewed":
            ts = datetime.fromisoformat(e["ts"].replace("Z", "+00:00")).timestamp()
            out.append((ts - launched_wall) * 1000 - 30)  # ~30 ms from exec to the clock's start
    return out


def frame_figures(frames, transition_ms, changes):
    """Frames drawn while a cross-fade runs: those starting from a slide change (the events'
    stamps, put on the frame log's clock) until the fade's end."""
    if len(frames) < 3:
        return {}
    body = frames[1:]  # the first frame builds the font atlas: a start-up cost, reported apart
    median = statistics.median(ms for _, ms in body)
    runs = []
    for c in changes:
        run = [f for f in body if c - 40 <= f[0] < c + transition_ms]
        if run:
            runs.append(run)
    in_runs = [f for r in runs for f in r]
    longest = max(in_runs, key=lambda f: f[1]) if in_runs else (0, 0)
    firsts = [r[0][1] for r in runs]
    return {
        "frames": len(frames),
        "first_frame_ms": frames[0][1],
        "first_frame_start_ms": frames[0][0],
        "median_frame_ms": median,
        "transitions": len(runs),
        "frames_per_transition": statistics.median(len(r) for r in runs) if runs else 0,
        "transition_median_ms": statistics.median(f[1] for f in in_runs) if in_runs else 0,
        "transition_longest_ms": longest[1],
        "transition_longest_at_ms": longest[0],
        "transition_first_frames_ms": firsts,  # the frame on which the new slide's picture first shows
        "longest_outside_ms": max((f[1] for f in body if f not in in_runs), default=0),
        "fps_in_transition": statistics.median(len(r) / (transition_ms / 1000) for r in runs) if runs else 0,
        "frames_per_second_overall": len(body) / max(1e-3, (body[-1][0] - body[0][0]) / 1000),
    }


def slides_content(source, count, images, out):
    """A copy of the shipped content with `count` slides, each with its own picture."""
    content, assets = out / "content", out / "assets"
    shutil.copytree(source / "content", content)
    shutil.copytree(source / "assets", assets, ignore=shutil.ignore_patterns("src"))
    (assets / "bench").mkdir()
    base = json.loads((content / "slides.json").read_text())
    slides = []
    for i in range(count):
        s = dict(base["slides"][i % len(base["slides"])])
        s["id"] = f"bench-{i:03d}"
        s["image"] = f"bench/{images[i].name}"
        s.setdefault("layout", "image-left")
        if s["layout"] == "text-only":
            s["layout"] = "image-left"
        slides.append(s)
        try:  # a hard link: the kiosk rightly refuses pictures that leave the assets folder by a link
            os.link(images[i], assets / "bench" / images[i].name)
        except OSError:
            shutil.copyfile(images[i], assets / "bench" / images[i].name)
    base["slides"] = slides
    (content / "slides.json").write_text(json.dumps(base, indent=1))
    return content


def write_png(path, w, h, rows):
    """An 8-bit RGB PNG from an iterable of raw rows (each w*3 bytes)."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    z = zlib.compressobj(3)
    parts = [z.compress(b"\0" + row) for row in rows]
    parts.append(z.flush())
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", b"".join(parts)) + chunk(b"IEND", b""))
    tmp = Path(str(path) + ".tmp")
    tmp.write_bytes(png)
    os.replace(tmp, path)


def make_slide_images(cache, count, w, h):
    """count distinct w x h PNGs, cached: a diagonal colour ramp of the picture's own hues with
    a band pattern and grain of its own (so no two files are alike)."""
    import colorsys
    import random
    cache.mkdir(parents=True, exist_ok=True)
    files = [cache / f"slide-{i:03d}-{w}x{h}.png" for i in range(count)]
    for i, f in enumerate(files):
        if f.exists():
            continue
        rnd = random.Random(i)
        c1 = colorsys.hls_to_rgb((i * 0.137) % 1, 0.7, 0.6)
        c2 = colorsys.hls_to_rgb((i * 0.137 + 0.4) % 1, 0.4, 0.55)
        n = w + h
        band = 40 + i % 97
        ramp = bytearray()
        for k in range(n):
            t = k / n
            shade = 0.85 if (k // band) % 2 else 1.0
            ramp += bytes(min(255, int((a + (b - a) * t) * 255 * shade + rnd.randint(-3, 3)))
                          for a, b in zip(c1, c2))
        ramp = bytes(ramp)
        write_png(f, w, h, (ramp[3 * y: 3 * (y + w)] for y in range(h)))
    return files


# ----------------------------------------------------------------------------------------------
# Another shop's loop: three short slides with pictures of their own


THREE_SLIDES = [
    {"id": "morning-ferments", "layout": "image-left",
     "title": {"en": "Fermented foods, every morning", "id": "Makanan fermentasi setiap pagi"},
     "body": {"en": "Tempeh, yoghurt and kombucha bring live cultures to breakfast.",
              "id": "Tempe, yoghurt dan kombucha membawa kultur hidup ke sarapanmu."},
     "points": [{"en": "A spoonful is a start", "id": "Sesendok pun sudah awal yang baik"}],
     "picture": {"sky": ((0.98, 0.93, 0.80), (0.95, 0.78, 0.55)), "ground": (0.55, 0.38, 0.22),
                 "discs": [(0.35, 0.45, 0.22, (0.93, 0.55, 0.25)), (0.68, 0.58, 0.15, (0.98, 0.97, 0.92)),
                           (0.55, 0.30, 0.08, (0.40, 0.62, 0.35))]}},
    {"id": "sleep-and-skin", "layout": "image-right",
     "title": {"en": "Sleep is skin care", "id": "Tidur adalah perawatan kulit"},
     "body": {"en": "Skin repairs itself at night. Seven hours of sleep help it more than any cream.",
              "id": "Kulit memperbaiki diri di malam hari. Tidur tujuh jam membantu lebih dari krim apa pun."},
     "points": [{"en": "Same bedtime, every day", "id": "Jam tidur yang sama setiap hari"},
                {"en": "Screens off an hour before", "id": "Matikan layar sejam sebelumnya"}],
     "picture": {"sky": ((0.10, 0.14, 0.32), (0.30, 0.24, 0.50)), "ground": (0.08, 0.10, 0.20),
                 "discs": [(0.70, 0.28, 0.13, (0.98, 0.94, 0.70)), (0.66, 0.25, 0.11, (0.20, 0.20, 0.42)),
                           (0.25, 0.20, 0.02, (1.0, 1.0, 1.0)), (0.40, 0.12, 0.015, (1.0, 1.0, 1.0))]}},
    {"id": "water-first", "layout": "image-top", "background": "#E3EEF2",
     "title": {"en": "Water first", "id": "Air putih dulu"},
     "body": {"en": "Keep a bottle in sight: most of us drink less than we think.",
              "id": "Simpan botol di tempat yang terlihat: kebanyakan dari kita minum lebih sedikit dari dugaan."},
     "picture": {"sky": ((0.80, 0.92, 0.97), (0.55, 0.78, 0.90)), "ground": (0.20, 0.45, 0.62),
                 "discs": [(0.30, 0.55, 0.12, (0.35, 0.65, 0.85)), (0.50, 0.45, 0.18, (0.25, 0.55, 0.80)),
                           (0.72, 0.60, 0.10, (0.45, 0.75, 0.92))]}},
]
THREE_SECONDS, THREE_TRANSITION_MS = 5, 400


def draw_illustration(path, w, h, look):
    """A flat illustration as a PNG: a sky fading from top to bottom, discs, and ground."""
    def rgb(c):
        return bytes(min(255, max(0, round(v * 255))) for v in c)

    top, bottom = look["sky"]
    ground_y = round(h * 0.78)
    discs = [(round(x * w), round(y * h), round(r * w), rgb(c)) for x, y, r, c in look["discs"]]

    def rows():
        for y in range(h):
            if y >= ground_y:
                yield rgb(look["ground"]) * w
                continue
            t = y / h
            row = bytearray(rgb(a + (b - a) * t for a, b in zip(top, bottom)) * w)
            for cx, cy, r, c in discs:
                dy = y - cy
                if abs(dy) < r:
                    half = int(math.sqrt(r * r - dy * dy))
                    x0, x1 = max(0, cx - half), min(w, cx + half)
                    row[3 * x0:3 * x1] = c * (x1 - x0)
            yield bytes(row)

    write_png(path, w, h, rows())


def three_slide_content(source, out):
    """A copy of the shipped content (its quiz, products and settings, so that it loads) with
    three slides of its own: 5 s each, 400 ms transitions, three new 1200x1200 pictures.
    Returns the content folder; the assets folder is beside it."""
    shutil.rmtree(out, ignore_errors=True)
    content, assets = out / "content", out / "assets"
    shutil.copytree(source / "content", content)
    shutil.copytree(source / "assets", assets, ignore=shutil.ignore_patterns("src"))
    (assets / "three").mkdir()
    slides = []
    for sl in THREE_SLIDES:
        picture = f"three/{sl['id']}.png"
        draw_illustration(assets / picture, 1200, 1200, sl["picture"])
        slides.append({**{k: v for k, v in sl.items() if k != "picture"}, "image": picture,
                       "seconds": THREE_SECONDS})
    (content / "slides.json").write_text(json.dumps({"slides": slides}, indent=1, ensure_ascii=False))
    kiosk = json.loads((content / "kiosk.json").read_text())
    kiosk.setdefault("timing", {}).update(slide_seconds=THREE_SECONDS, transition_ms=THREE_TRANSITION_MS)
    (content / "kiosk.json").write_text(json.dumps(kiosk, indent=1, ensure_ascii=False))
    return content


# ----------------------------------------------------------------------------------------------


def say(*a):
    print(*a, file=sys.stderr, flush=True)


BARS = ("stepped", "linear")  # Chromium's two pages: the bar stepped as the kiosk's, or continuous
CONTENTS = (("shipped", "the shipped content"),
            ("three", f"three {THREE_SECONDS} s slides, {THREE_TRANSITION_MS} ms transitions"))


class Bench:
    """What every measurement of a run shares: the programs, the folders, the lengths of the runs."""

    def __init__(self, args):
        self.source = Path(args.source).resolve()
        self.binary = Path(args.binary).resolve()
        self.floor = Path(args.floor).resolve() if args.floor else None
        self.cache = Path(args.cache).resolve() if args.cache else self.binary.parent / "bench-cache"
        self.skip = set(filter(None, args.skip.split(",")))
        self.quick = args.quick
        self.launches = args.launches or (1 if self.quick else 5)
        self.cpu_window = 10.0 if self.quick else 60.0
        self.steady = 5.0 if self.quick else 20.0
        self.many_window = 10.0 if self.quick else 40.0
        self.work = Path(tempfile.mkdtemp(prefix="kiosk-measure-"))
        self.profile = self.work / "chromium-profile"
        self.cold = can_drop_caches()

    def kiosk_argv(self, tag, content, extra=()):
        d = self.work / tag
        d.mkdir(exist_ok=True)
        return [str(self.binary), "--content", str(content), "--data-dir", str(d / "data"),
                "--ui-dump", str(d / "ui.json"), "--frame-log", str(d / "frames.txt"), *extra], d


def launch_series(argv_of, count, *, timeout, cold=False, name=""):
    """Launch to first content, each on a fresh Xvfb: warm, a warm-up launch and then `count`
    measured ones; cold, `count` launches each after dropping the page cache. The median, every
    time, and the load at the start and the end of the series."""
    runs = []
    for i in range(count + (0 if cold else 1)):
        r = run_program(argv_of(i), timeout=timeout, cold=cold)
        if r["launch_s"] is None:
            say(f"  {name} did not show content:", r.get("error"))
        runs.append(r)
    measured = runs if cold else runs[1:]
    times = [r["launch_s"] for r in measured if r["launch_s"] is not None]
    return {"median_s": statistics.median(times) if times else None, "all_s": times,
            "load_start": runs[0]["load_start"], "load_end": runs[-1].get("load_end", load_average())}


def measure_floor(b):
    """The empty GLFW + OpenGL 3 window, warm and (where permitted) after dropping the page cache."""
    if not b.floor:
        return {}
    argv = [str(b.floor)]
    say("empty GLFW + OpenGL 3 window: launches")
    out = {"warm": launch_series(lambda i: argv, b.launches, timeout=20, name="empty window")}
    if b.cold:
        say("empty GLFW + OpenGL 3 window: launches with the page cache dropped")
        out["cold"] = launch_series(lambda i: argv, b.launches, timeout=30, cold=True, name="empty window")
    return out


def first_frames_inapp(b, tags):
    """The end of the kiosk's first frame on its own clock (its frame log), median over launches."""
    ends = []
    for tag in tags:
        frames = read_frames(b.work / tag / "frames.txt")
        if frames:
            ends.append((frames[0][0] + frames[0][1]) / 1000)
    return statistics.median(ends) if ends else None


def measure_launches(b, key, content, page):
    """The kiosk's and Chromium's (stepped page) launches on one content, warm and cold."""
    out = {}
    say(f"[{key}] kiosk: launches")
    tags = [f"{key}-launch-{i}" for i in range(b.launches + 1)]
    out["kiosk"] = launch_series(lambda i: b.kiosk_argv(tags[i], content)[0], b.launches, timeout=20, name="kiosk")
    out["kiosk"]["first_frame_inapp_s"] = first_frames_inapp(b, tags[1:])
    if "chromium" not in b.skip:
        say(f"[{key}] chromium: launches")
        out["chromium"] = launch_series(lambda i: chromium_argv(page, b.profile), b.launches, timeout=40,
                                        name="chromium")
    if b.cold:
        say(f"[{key}] kiosk: launches with the page cache dropped")
        out["kiosk_cold"] = launch_series(lambda i: b.kiosk_argv(f"{key}-cold-{i}", content)[0], b.launches,
                                          timeout=30, cold=True, name="kiosk")
        if "chromium" not in b.skip:
            say(f"[{key}] chromium: launches with the page cache dropped")
            out["chromium_cold"] = launch_series(lambda i: chromium_argv(page, b.profile), b.launches,
                                                 timeout=60, cold=True, name="chromium")
    return out


def measure_loops(b, key, content, pages, transition_ms):
    """A minute of the attract loop: the kiosk, Chromium with the stepped bar, Chromium with the
    linear bar. Memory, CPU, load; the kiosk's frames."""
    out = {}
    waited = settle_load(30 if b.quick else 120)
    say(f"[{key}] kiosk: {b.cpu_window:.0f} s of the attract loop "
        f"(after {waited:.0f} s for the load to settle, now {load_average():.2f})")
    argv, d = b.kiosk_argv(f"{key}-loop", content)
    r = out["kiosk"] = run_program(argv, duration=1, cpu_seconds=b.cpu_window, steady_seconds=b.steady)
    out["kiosk_frames"] = frame_figures(read_frames(d / "frames.txt"), transition_ms,
                                        slide_changes(d / "data", r["launched_wall"]))
    if "chromium" not in b.skip:
        for bar in BARS:
            say(f"[{key}] chromium ({bar} bar): {b.cpu_window:.0f} s of the attract loop")
            out[f"chromium_{bar}"] = run_program(chromium_argv(pages[bar], b.profile), duration=1,
                                                 cpu_seconds=b.cpu_window, steady_seconds=b.steady, timeout=40)
    return out


def measure_many(b, key, content):
    """The kiosk's memory with 300 slides of distinct 2000x1500 pictures (the content's slides
    repeated) against the content itself, both at --time-scale 10."""
    say(f"[{key}] kiosk: 300 slides of 2000x1500 pictures (the pictures made once, cached)")
    images = make_slide_images(b.cache / "slides", 300, 2000, 1500)
    folder = b.cache / f"many-{key}"
    shutil.rmtree(folder, ignore_errors=True)  # beside the pictures, for hard links
    many = slides_content(content.parent, 300, images, folder)
    # A first start decodes every picture before it shows anything: 300 of them take a while.
    window = dict(duration=1, cpu_seconds=b.many_window, steady_seconds=min(20.0, b.many_window / 2), timeout=120)
    out = {"content": run_program(b.kiosk_argv(f"{key}-fast", content, ("--time-scale", "10"))[0], **window)}
    argv, d = b.kiosk_argv(f"{key}-many-fast", many, ("--time-scale", "10"))
    out["many"] = run_program(argv, **window)
    try:
        out["slides_shown"] = sum(
            1 for l in (d / "data" / "events.jsonl").read_text().splitlines() if '"slide_viewed"' in l)
    except OSError:
        pass
    return out


def content_folders(b):
    """The two contents: the shipped one, and three short slides made here (in the cache)."""
    three = three_slide_content(b.source, b.cache / "three")
    check = subprocess.run([str(b.binary), "--validate", "--content", str(three)], capture_output=True, text=True)
    if check.returncode != 0:
        raise SystemExit(f"the three-slide content does not validate:\n{check.stdout}{check.stderr}")
    return {"shipped": b.source / "content", "three": three}


def transition_of(content):
    kiosk = json.loads((content / "kiosk.json").read_text())
    return kiosk.get("timing", {}).get("transition_ms", 700)


def measure_content(b, key, content):
    pages = {bar: make_page(content, content.parent / "assets", b.work / f"page-{key}-{bar}", bar) for bar in BARS}
    transition_ms = transition_of(content)
    out = {"folder": str(content), "transition_ms": transition_ms,
           "page_steps": [{"seconds": s, "steps": n, "step_seconds": t} for s, n, t in page_steps(pages["stepped"])]}
    out["launch"] = measure_launches(b, key, content, pages["stepped"])
    out["loop"] = measure_loops(b, key, content, pages, transition_ms)
    if "many" not in b.skip:
        out["many"] = measure_many(b, key, content)
    return out


def page_steps(page):
    """(seconds, steps, seconds per step) of each slide, as written into the stepped page."""
    text = page.read_text()
    slides = json.loads(text[text.index("const slides = ") + 15:].split(";\n", 1)[0])
    return [(s["seconds"], s["steps"], s["step_seconds"]) for s in slides]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--source", default=".")
    ap.add_argument("--cache", default=None, help="where generated pictures are kept (default BINARY_DIR/bench-cache)")
    ap.add_argument("--quick", action="store_true", help="short runs, one launch each")
    ap.add_argument("--launches", type=int, default=None, help="measured launches of each program")
    ap.add_argument("--json", default=None, help="also write every figure to this file")
    ap.add_argument("--skip", default="", help="comma-separated parts to skip: chromium,many,shipped,three")
    ap.add_argument("--floor", default=None,
                    help="bench/empty_window: an empty GLFW + OpenGL 3 window, the stack's floor")
    args = ap.parse_args()
    b = Bench(args)
    started = time.monotonic()
    res = {"date": time.strftime("%Y-%m-%d %H:%M"), "quick": b.quick, "nproc": os.cpu_count(),
           "load_before": os.getloadavg(), "drop_caches": b.cold}
    try:
        res["cpu_model"] = next((l.split(":", 1)[1].strip() for l in subprocess.run(
            ["lscpu"], capture_output=True, text=True).stdout.splitlines() if l.startswith("Model name")), "")
    except OSError:
        res["cpu_model"] = ""
    if not b.cold:
        say("launches with the page cache dropped: not measured (writing /proc/sys/vm/drop_caches is not permitted)")
    folders = content_folders(b)
    res["floor"] = measure_floor(b)
    res["contents"] = {key: measure_content(b, key, folders[key]) for key, _ in CONTENTS if key not in b.skip}
    res["load_after"] = os.getloadavg()
    res["minutes"] = (time.monotonic() - started) / 60
    report(res)
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1))
    shutil.rmtree(b.work, ignore_errors=True)


# ----------------------------------------------------------------------------------------------
# The report: every figure beside its target


CPU_TARGET = 0.15      # kiosk / Chromium (stepped page), over a minute of the attract loop
PSS_TARGET = 0.25      # kiosk / Chromium (stepped page)
LAUNCH_MARGIN_S = 0.030  # kiosk launch at most the empty window's + 30 ms
FRAME_TARGET = 2.0     # longest transition frame / median frame, when the load stays under 1
MANY_TARGET = 1.5      # 300 slides of 2000x1500 / the content itself


class Table:
    def __init__(self):
        self.rows, self.passed, self.missed = [], 0, 0

    def title(self, text):
        self.rows.append((text,))

    def row(self, what, value, target="", ok=None, load=""):
        verdict = "" if ok is None else ("PASS" if ok else "MISS")
        self.passed += ok is True
        self.missed += ok is False
        self.rows.append((what, value, target, verdict, load))

    def print(self):
        wide = max(len(r[0]) for r in self.rows if len(r) > 1)
        print(f"\n{'figure':<{wide}}  {'value':>14}  {'target':<30}  {'':<4}  load (1 min, start-end)")
        for r in self.rows:
            if len(r) == 1:
                print(f"\n== {r[0]}")
                continue
            what, value, target, verdict, load = r
            print(f"{what:<{wide}}  {value:>14}  {target:<30}  {verdict:<4}  {load}")


def fmt(v, pattern):
    return "n/a" if v is None else pattern.format(v)


def ratio(a, b):
    return a / b if a is not None and b else None


def load_of(r):
    if not r or r.get("load_start") is None:
        return ""
    text = f"{r['load_start']:.2f}-{r.get('load_end', 0):.2f}"
    return text + (f" (max {r['load_max']:.2f})" if r.get("load_max") is not None else "")


def report_launch(t, key, launch, floor):
    for warm, suffix in ((True, ""), (False, "_cold")):
        k, c = launch.get("kiosk" + suffix), launch.get("chromium" + suffix)
        fl = floor.get("warm" if warm else "cold")
        when = "warm" if warm else "page cache dropped"
        if k is None:
            t.row(f"launch to first content, {when}", "not measured",
                  "needs root: /proc/sys/vm/drop_caches")
            continue
        n = len(k["all_s"])
        limit = fl["median_s"] + LAUNCH_MARGIN_S if fl and fl.get("median_s") else None
        t.row(f"launch to first content, {when}, kiosk (median of {n})", fmt(k["median_s"], "{:.3f} s"),
              f"<= floor + 30 ms = {fmt(limit, '{:.3f} s')}",
              None if limit is None or k["median_s"] is None else k["median_s"] <= limit, load_of(k))
        if warm and k.get("first_frame_inapp_s") is not None:
            t.row("  kiosk, end of its first frame (its own frame log)", fmt(k["first_frame_inapp_s"], "{:.3f} s"))
        if c:
            t.row(f"  Chromium, stepped page (info)", fmt(c["median_s"], "{:.3f} s"), "", None, load_of(c))
            t.row("  kiosk / Chromium (info)", fmt(ratio(k["median_s"], c["median_s"]), "{:.2f}"))


def report_loop(t, loop, transition_ms):
    k = loop.get("kiosk", {})
    cs, cl = loop.get("chromium_stepped", {}), loop.get("chromium_linear", {})
    for field, name in (("pss_steady_mib", "PSS steady (median of the last part)"), ("pss_peak_mib", "PSS peak")):
        t.row(f"{name}, kiosk", fmt(k.get(field), "{:.1f} MiB"))
        t.row(f"{name}, Chromium (stepped bar)", fmt(cs.get(field), "{:.1f} MiB"))
        t.row(f"{name}, Chromium (linear bar)", fmt(cl.get(field), "{:.1f} MiB"))
        r = ratio(k.get(field), cs.get(field))
        t.row("  kiosk / Chromium (stepped bar)", fmt(r, "{:.3f}"), f"<= {PSS_TARGET:.2f}",
              None if r is None else r <= PSS_TARGET)
        t.row("  kiosk / Chromium (linear bar) (info)", fmt(ratio(k.get(field), cl.get(field)), "{:.3f}"))
    win = k.get("cpu_window_s", 60)
    t.row(f"CPU over {win:.0f} s of attract loop, kiosk", fmt(k.get("cpu_s"), "{:.2f} s"), "", None, load_of(k))
    t.row("CPU, Chromium (stepped bar)", fmt(cs.get("cpu_s"), "{:.2f} s"), "", None, load_of(cs))
    t.row("CPU, Chromium (linear bar)", fmt(cl.get("cpu_s"), "{:.2f} s"), "", None, load_of(cl))
    r = ratio(k.get("cpu_s"), cs.get("cpu_s"))
    t.row("  kiosk / Chromium (stepped bar)", fmt(r, "{:.3f}"), f"<= {CPU_TARGET:.2f}",
          None if r is None else r <= CPU_TARGET)
    t.row("  kiosk / Chromium (linear bar) (info)", fmt(ratio(k.get("cpu_s"), cl.get("cpu_s")), "{:.3f}"))
    t.row("  Chromium linear / stepped: the continuous bar's cost (info)",
          fmt(ratio(cl.get("cpu_s"), cs.get("cpu_s")), "{:.2f}"))
    t.row("  X server CPU: kiosk / stepped / linear (info)", " / ".join(
        fmt(x.get("xserver_cpu_s"), "{:.2f}") for x in (k, cs, cl)) + " s")
    fr = loop.get("kiosk_frames", {})
    if not fr:
        t.row("kiosk frames (frame log)", "n/a")
        return
    med, longest = fr["median_frame_ms"], fr["transition_longest_ms"]
    quiet = all(k.get(field, 9) < 1 for field in ("load_start", "load_max", "load_end"))
    t.row("kiosk median frame (frame log)", f"{med:.1f} ms")
    t.row(f"kiosk longest frame in {fr['transitions']} transitions", f"{longest:.1f} ms",
          f"<= {FRAME_TARGET * med:.1f} ms (2x median)", longest <= FRAME_TARGET * med, load_of(k))
    if not quiet:
        t.row("  (the load did not stay under 1: this target does not count in this run)", "")
    firsts = fr["transition_first_frames_ms"]
    t.row("  frame on which a new picture shows (max)", fmt(max(firsts) if firsts else None, "{:.1f} ms"),
          f"<= {FRAME_TARGET * med:.1f} ms (no decode on it)", (max(firsts) <= FRAME_TARGET * med) if firsts else None)
    least = round(10 * transition_ms / 700)
    t.row(f"  frames drawn per {transition_ms} ms cross-fade (median)", f"{fr['frames_per_transition']:.0f}",
          f">= {least} (10 per 700 ms: smooth)", fr["frames_per_transition"] >= least)
    t.row("  frames per second over the whole loop", f"{fr['frames_per_second_overall']:.1f} /s")
    t.row("  first frame (fonts, pictures; start-up)", f"{fr['first_frame_ms']:.1f} ms")


def report_many(t, many):
    c, m = many.get("content", {}), many.get("many", {})
    for field, name in (("pss_steady_mib", "steady"), ("pss_peak_mib", "peak")):
        t.row(f"kiosk PSS {name}, this content (x10 clock)", fmt(c.get(field), "{:.1f} MiB"), "", None, load_of(c))
        t.row(f"kiosk PSS {name}, 300 slides of 2000x1500", fmt(m.get(field), "{:.1f} MiB"), "", None, load_of(m))
        r = ratio(m.get(field), c.get(field))
        t.row("  300 slides / this content", fmt(r, "{:.2f}"), f"<= {MANY_TARGET}", None if r is None else r <= MANY_TARGET)
    t.row("  slides shown in the 300-slide run", str(many.get("slides_shown", "n/a")))


def report(res):
    t = Table()
    floor = res.get("floor", {})
    t.title("the floor: an empty GLFW + OpenGL 3 window (bench/empty_window)")
    for when in ("warm", "cold"):
        if floor.get(when):
            f = floor[when]
            t.row(f"launch to first content, {'warm' if when == 'warm' else 'page cache dropped'} "
                  f"(median of {len(f['all_s'])})", fmt(f["median_s"], "{:.3f} s"), "", None, load_of(f))
    if not res.get("drop_caches"):
        t.row("launches after dropping the page cache", "not measured", "needs root: /proc/sys/vm/drop_caches")
    names = dict(CONTENTS)
    for key, c in res.get("contents", {}).items():
        steps = ", ".join(sorted({f"{s['seconds']} s: {s['steps']} steps of {s['step_seconds']:g} s"
                                  for s in c.get("page_steps", [])}))
        t.title(f"{names.get(key, key)} (Chromium's stepped bar: {steps})")
        report_launch(t, key, c.get("launch", {}), floor)
        report_loop(t, c.get("loop", {}), c.get("transition_ms", 700))
        if c.get("many"):
            report_many(t, c["many"])
    t.print()
    print(f"\n{t.passed} PASS, {t.missed} MISS")
    print(f"{res['date']}, {res['nproc']} cores, {res['cpu_model']}; load average before "
          f"{res['load_before'][0]:.2f}, after {res['load_after'][0]:.2f}; {res['minutes']:.1f} min"
          + ("" if res.get("drop_caches") else "; page cache not dropped (not permitted)"))


if __name__ == "__main__":
    main()
