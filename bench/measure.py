#!/usr/bin/env python3
"""Screen, memory and CPU figures of the kiosk beside Chromium showing the same slides.

Runs each program fullscreen on its own Xvfb (1920x1080x24, Mesa's software renderer) and
measures, the same way for both:
  launch   time from starting the program to the first screenshot whose slide area shows
           content (at least 5% of the sampled pixels differ from the area's dominant colour:
           a blank, white or single-colour window does not count; the first slide's picture
           and title do). The screen is read every ~20 ms with XGetImage through ctypes.
  memory   PSS summed over the whole process tree (/proc/PID/smaps_rollup of every descendant
           and every process of the program's session), sampled every 200 ms; peak, and steady
           = median of the last 20 s.
  cpu      utime+stime (+ those of reaped children) of the tree over one minute of the attract
           loop, and the X server's own CPU over the same minute.
For the kiosk also: its frame log (frame times during slide transitions against the median
frame, and the frames on which a new slide's picture first shows), and memory with 300 slides
of distinct 2000x1500 pictures against the shipped content (both at --time-scale 10, so that
dozens of slides go by in a minute).

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
        self.stop_flag = threading.Event()
        self.t0 = time.monotonic()

    def run(self):
        while not self.stop_flag.is_set():
            t = time.monotonic()
            self.samples.append((t - self.t0, tree_pss_mib(self.pid, self.session)))
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
    result = {"launch_s": None}
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
        elif sampler:
            sampler.stop_flag.set()
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


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--source", default=".")
    ap.add_argument("--cache", default=None, help="where generated pictures are kept (default BINARY_DIR/bench-cache)")
    ap.add_argument("--quick", action="store_true", help="short runs, one launch each")
    ap.add_argument("--launches", type=int, default=None, help="measured launches of each program")
    ap.add_argument("--json", default=None, help="also write every figure to this file")
    ap.add_argument("--skip", default="", help="comma-separated parts to skip: chromium,many")
    ap.add_argument("--floor", default=None,
                    help="bench/empty_window: an empty GLFW + OpenGL 3 window, the stack's floor")
    args = ap.parse_args()
    source = Path(args.source).resolve()
    binary = Path(args.binary).resolve()
    cache = Path(args.cache) if args.cache else binary.parent / "bench-cache"
    skip = set(filter(None, args.skip.split(",")))
    quick = args.quick
    launches = args.launches or (1 if quick else 5)
    cpu_window = 15.0 if quick else 60.0
    steady = 10.0 if quick else 20.0
    many_window = 15.0 if quick else 40.0
    work = Path(tempfile.mkdtemp(prefix="kiosk-measure-"))
    kiosk_json = json.loads((source / "content" / "kiosk.json").read_text())
    transition_ms = kiosk_json.get("timing", {}).get("transition_ms", 700)
    res = {"date": time.strftime("%Y-%m-%d"), "quick": quick, "nproc": os.cpu_count(),
           "load_before": os.getloadavg()}
    try:
        res["cpu_model"] = next((l.split(":", 1)[1].strip() for l in subprocess.run(
            ["lscpu"], capture_output=True, text=True).stdout.splitlines() if l.startswith("Model name")), "")
    except OSError:
        res["cpu_model"] = ""

    def kiosk_argv(tag, content=None, extra=()):
        d = work / tag
        d.mkdir(exist_ok=True)
        return [str(binary), "--content", str(content or source / "content"), "--data-dir", str(d / "data"),
                "--ui-dump", str(d / "ui.json"), "--frame-log", str(d / "frames.txt"), *extra], d

    def say(*a):
        print(*a, file=sys.stderr, flush=True)

    # -- launch times: a warm-up launch, then `launches` measured ones, each on a fresh Xvfb
    say("kiosk: launches")
    times, inapp = [], []
    for i in range(launches + 1):
        argv, d = kiosk_argv(f"kiosk-launch-{i}")
        r = run_program(argv, timeout=20)
        if r["launch_s"] is None:
            say("  kiosk did not show content:", r.get("error"))
            continue
        if i > 0:
            times.append(r["launch_s"])
            frames = read_frames(d / "frames.txt")
            if frames:
                inapp.append((frames[0][0] + frames[0][1]) / 1000)
    res["kiosk_launch_s"] = statistics.median(times) if times else None
    res["kiosk_launch_all_s"] = times
    res["kiosk_first_frame_inapp_s"] = statistics.median(inapp) if inapp else None

    # -- the floor: an empty GLFW + OpenGL 3 window with two flat colours, the same way
    if args.floor:
        say("empty GLFW + OpenGL 3 window: launches")
        times = []
        for i in range(launches + 1):
            r = run_program([str(Path(args.floor).resolve())], timeout=20)
            if r["launch_s"] is not None and i > 0:
                times.append(r["launch_s"])
        res["floor_launch_s"] = statistics.median(times) if times else None
        res["floor_launch_all_s"] = times

    page = make_page(source / "content", source / "assets", work / "page")
    profile = work / "chromium-profile"
    if "chromium" not in skip:
        say("chromium: launches")
        times = []
        for i in range(launches + 1):
            r = run_program(chromium_argv(page, profile), timeout=40)
            if r["launch_s"] is None:
                say("  chromium did not show content:", r.get("error"))
                continue
            if i > 0:
                times.append(r["launch_s"])
        res["chromium_launch_s"] = statistics.median(times) if times else None
        res["chromium_launch_all_s"] = times

    # -- launches after a power cut: the same, with the page cache dropped before each one (only
    #    where this process may write /proc/sys/vm/drop_caches, i.e. as root)
    if can_drop_caches():
        for name, argv_of, tmo in (("kiosk", lambda i: kiosk_argv(f"kiosk-cold-{i}")[0], 30),
                                   ("chromium", lambda i: chromium_argv(page, profile), 60),
                                   ("floor", lambda i: [str(Path(args.floor or "").resolve())], 30)):
            if (name == "chromium" and "chromium" in skip) or (name == "floor" and not args.floor):
                continue
            say(f"{name}: launches with the page cache dropped")
            times = []
            for i in range(launches):
                r = run_program(argv_of(i), timeout=tmo, cold=True)
                if r["launch_s"] is not None:
                    times.append(r["launch_s"])
            res[f"{name}_cold_launch_s"] = statistics.median(times) if times else None
            res[f"{name}_cold_launch_all_s"] = times
    else:
        say("launches with the page cache dropped: skipped (needs root for /proc/sys/vm/drop_caches)")

    # -- one minute of the attract loop: memory, CPU, frames
    say(f"kiosk: {cpu_window:.0f} s of the attract loop")
    argv, d = kiosk_argv("kiosk-loop")
    r = run_program(argv, duration=1, cpu_seconds=cpu_window, steady_seconds=steady)
    res["kiosk_loop"] = {k: v for k, v in r.items()}
    res["kiosk_frames"] = frame_figures(read_frames(d / "frames.txt"), transition_ms,
                                        slide_changes(d / "data", r["launched_wall"]))
    if "chromium" not in skip:
        say(f"chromium: {cpu_window:.0f} s of the attract loop")
        r = run_program(chromium_argv(page, profile), duration=1, cpu_seconds=cpu_window, steady_seconds=steady,
                        timeout=40)
        res["chromium_loop"] = r

    # -- 300 slides of 2000x1500 pictures against the shipped content, both at --time-scale 10
    if "many" not in skip:
        say("kiosk: 300 slides of 2000x1500 pictures (generating the pictures once, cached)")
        images = make_slide_images(cache / "slides", 300, 2000, 1500)
        shutil.rmtree(cache / "many", ignore_errors=True)  # beside the pictures, for hard links
        many = slides_content(source, 300, images, cache / "many")
        argv, _ = kiosk_argv("kiosk-shipped-fast", extra=("--time-scale", "10"))
        res["kiosk_shipped_fast"] = run_program(argv, duration=1, cpu_seconds=many_window,
                                                steady_seconds=min(20.0, many_window / 2))
        argv, d = kiosk_argv("kiosk-many-fast", content=many, extra=("--time-scale", "10"))
        r = res["kiosk_many_fast"] = run_program(argv, duration=1, cpu_seconds=many_window,
                                                 steady_seconds=min(20.0, many_window / 2))
        res["kiosk_many_frames"] = frame_figures(read_frames(d / "frames.txt"), transition_ms / 10,
                                                 slide_changes(d / "data", r["launched_wall"]))
        try:
            res["kiosk_many_slides_shown"] = sum(
                1 for l in (d / "data" / "events.jsonl").read_text().splitlines() if '"slide_viewed"' in l)
        except OSError:
            pass
    res["load_after"] = os.getloadavg()
    report(res)
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1))
    shutil.rmtree(work, ignore_errors=True)


def report(res):
    rows = []

    def row(what, value, target, ok):
        rows.append((what, value, target, "-" if ok is None else ("met" if ok else "MISSED")))

    def f(v, fmt):
        return "n/a" if v is None else fmt.format(v)

    def against_chromium(what, kv, cv, unit_fmt, ratio_fmt, limit):
        """The kiosk's figure, Chromium's, and their ratio against `limit`."""
        row(f"{what}, kiosk", f(kv, unit_fmt), "", None)
        row(f"{what}, Chromium", f(cv, unit_fmt), "", None)
        ratio = kv / cv if kv and cv else None
        row("  kiosk / Chromium", f(ratio, ratio_fmt), f"<= {limit:.2f}",
            None if ratio is None else ratio <= limit)

    against_chromium("launch to first content (screen)", res.get("kiosk_launch_s"),
                     res.get("chromium_launch_s"), "{:.2f} s", "{:.2f}", 0.2)
    row("  kiosk, its own frame log (end of 1st frame)", f(res.get("kiosk_first_frame_inapp_s"), "{:.2f} s"), "", None)
    floor, chromium = res.get("floor_launch_s"), res.get("chromium_launch_s")
    row("  floor: an empty GLFW + OpenGL 3 window (bench/empty_window)", f(floor, "{:.2f} s"), "", None)
    row("  floor / Chromium (info)", f(floor / chromium if floor and chromium else None, "{:.2f}"), "", None)
    against_chromium("launch after a power cut (page cache dropped)", res.get("kiosk_cold_launch_s"),
                     res.get("chromium_cold_launch_s"), "{:.2f} s", "{:.2f}", 0.2)
    floor, chromium = res.get("floor_cold_launch_s"), res.get("chromium_cold_launch_s")
    row("  floor: the empty window after a power cut", f(floor, "{:.2f} s"), "", None)
    row("  floor / Chromium (info)", f(floor / chromium if floor and chromium else None, "{:.2f}"), "", None)
    k, c = res.get("kiosk_loop", {}), res.get("chromium_loop", {})
    for key, name in (("pss_peak_mib", "PSS peak"), ("pss_steady_mib", "PSS steady (median, last 20 s)")):
        against_chromium(name, k.get(key), c.get(key), "{:.1f} MiB", "{:.3f}", 0.25)
    win = k.get("cpu_window_s", 60)
    against_chromium(f"CPU over {win:.0f} s of attract loop", k.get("cpu_s"), c.get("cpu_s"),
                     "{:.2f} s", "{:.3f}", 0.2)
    row("  X server CPU, kiosk / Chromium (info)",
        f"{f(k.get('xserver_cpu_s'), '{:.2f}')} / {f(c.get('xserver_cpu_s'), '{:.2f}')} s", "", None)
    fr = res.get("kiosk_frames", {})
    if fr:
        med, longest = fr["median_frame_ms"], fr["transition_longest_ms"]
        row("kiosk median frame (frame log)", f"{med:.1f} ms", "", None)
        row(f"kiosk longest frame in {fr['transitions']} transitions", f"{longest:.1f} ms",
            f"<= {2 * med:.1f} ms (2x median)", longest <= 2 * med)
        firsts = fr["transition_first_frames_ms"]
        row("  frame on which a new picture shows (max)", f(max(firsts) if firsts else None, "{:.1f} ms"),
            f"<= {2 * med:.1f} ms (no decode on it)", (max(firsts) <= 2 * med) if firsts else None)
        row("  frames drawn per 700 ms cross-fade (median)", f"{fr['frames_per_transition']:.0f}",
            ">= 10 (smooth fade)", fr["frames_per_transition"] >= 10)
        row("  frames per second over the whole loop", f"{fr['frames_per_second_overall']:.1f} /s", "", None)
        row("  first frame (fonts, pictures; start-up)", f"{fr['first_frame_ms']:.1f} ms", "", None)
    sf, mf = res.get("kiosk_shipped_fast", {}), res.get("kiosk_many_fast", {})
    if sf and mf:
        for key, name in (("pss_steady_mib", "steady"), ("pss_peak_mib", "peak")):
            sv, mv = sf.get(key), mf.get(key)
            row(f"kiosk PSS {name}, shipped content (x10 clock)", f(sv, "{:.1f} MiB"), "", None)
            row(f"kiosk PSS {name}, 300 slides of 2000x1500", f(mv, "{:.1f} MiB"), "", None)
            row("  300 slides / shipped", f(mv / sv if sv and mv else None, "{:.2f}"), "<= 1.5",
                (mv / sv <= 1.5) if sv and mv else None)
        row("  slides shown in the 300-slide run", str(res.get("kiosk_many_slides_shown", "n/a")), "", None)
    wide = max(len(r[0]) for r in rows)
    print(f"\n{'figure':<{wide}}  {'value':>16}  {'target':<32}")
    for what, value, target, verdict in rows:
        print(f"{what:<{wide}}  {value:>16}  {target:<32}  {verdict if target else ''}")
    print(f"\n{res['date']}, {res['nproc']} cores, {res['cpu_model']}; load average before "
          f"{res['load_before'][0]:.2f}, after {res['load_after'][0]:.2f}")


if __name__ == "__main__":
    main()
