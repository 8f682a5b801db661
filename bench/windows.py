#!/usr/bin/env python3
"""The Windows build beside the Linux build, measured the same way (bench/measure.py's launch and
memory figures): launch to first content and memory (PSS) of probiotic-kiosk.exe under Wine on
Xvfb (1920x1080, Mesa's software renderer), of the Linux binary on the same kind of display, and
the size of the Windows zip.

Under Wine, not Windows: the figures include Wine's own work (its loader and libraries in the
kiosk's process; wineserver, kept running through the run and counted apart), so they bound
what a Windows PC costs rather than equal it.

Usage:
  bench/windows.py --linux build/probiotic-kiosk --exe build-windows/probiotic-kiosk.exe
                   [--zip build-windows/probiotic-kiosk-*-windows-x64.zip] [--launches 5]
"""

import argparse
import glob
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
import measure  # noqa: E402
from process_memory import total_pss_kib  # noqa: E402


def wine_environment(repo):
    """The variables of scripts/wine-env.sh, with its prefix made."""
    out = subprocess.run(["bash", "-c", f". '{repo}/scripts/wine-env.sh' && env -0"],
                         capture_output=True, check=True).stdout
    return dict(item.split("=", 1) for item in out.decode().split("\0") if "=" in item)


def pss_of_wineserver():
    pids = [int(p) for p in os.listdir("/proc") if p.isdigit()]
    return total_pss_kib(p for p in pids if "wineserver" in measure.cmdline(p)) / 1024


def kiosk_runs(argv_of, launches, work, seconds):
    times, memory = [], []
    for i in range(launches + 1):  # a warm-up launch first
        argv = argv_of(work / f"run-{i}")
        r = measure.run_program(argv, timeout=40)
        if r["launch_s"] is None:
            print("  did not show content:", r.get("error"), file=sys.stderr)
        elif i > 0:
            times.append(r["launch_s"])
    r = measure.run_program(argv_of(work / "memory"), duration=1, settle=3, cpu_seconds=seconds,
                            steady_seconds=seconds / 2, timeout=40)
    memory = (r.get("pss_peak_mib"), r.get("pss_steady_mib"), r.get("cpu_s"))
    return times, memory


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--linux", required=True)
    ap.add_argument("--exe", required=True)
    ap.add_argument("--zip", default=None)
    ap.add_argument("--source", default=".")
    ap.add_argument("--launches", type=int, default=5)
    ap.add_argument("--seconds", type=float, default=30.0, help="memory window")
    args = ap.parse_args()
    repo = Path(args.source).resolve()
    work = Path(tempfile.mkdtemp(prefix="kiosk-windows-bench-"))
    content = repo / "content"

    def linux_argv(d):
        d.mkdir(parents=True, exist_ok=True)
        return [str(Path(args.linux).resolve()), "--content", str(content), "--data-dir", str(d)]

    env = wine_environment(repo)
    os.environ.update({k: env[k] for k in ("WINEPREFIX", "WINEARCH", "WINEDEBUG", "WINEDLLOVERRIDES")})
    # wineserver stays up for the whole run, as Windows' own services do: not counted in a launch
    server = subprocess.Popen(["wineserver", "-f", "-p"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)

    def windows_argv(d):
        d.mkdir(parents=True, exist_ok=True)
        return ["wine", str(Path(args.exe).resolve()), "--content", str(content), "--data-dir", str(d)]

    try:
        lin_t, lin_m = kiosk_runs(linux_argv, args.launches, work / "linux", args.seconds)
        win_t, win_m = kiosk_runs(windows_argv, args.launches, work / "windows", args.seconds)
        server_mib = pss_of_wineserver()
    finally:
        # Wine's own services end with the server that -k stops; then the persistent one exits.
        subprocess.run(["wineserver", "-k"], env=os.environ, check=False)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()

    def fmt(v, unit):
        return "-" if v is None else f"{v:.2f} {unit}"

    print(f"{'':34} {'Linux':>12} {'Windows (Wine)':>16}")
    print(f"{'launch to first content (median)':34} "
          f"{fmt(statistics.median(lin_t) if lin_t else None, 's'):>12} "
          f"{fmt(statistics.median(win_t) if win_t else None, 's'):>16}")
    print(f"{'PSS peak':34} {fmt(lin_m[0], 'MiB'):>12} {fmt(win_m[0], 'MiB'):>16}")
    print(f"{'PSS steady':34} {fmt(lin_m[1], 'MiB'):>12} {fmt(win_m[1], 'MiB'):>16}")
    print(f"{'CPU over the memory window':34} {fmt(lin_m[2], 's'):>12} {fmt(win_m[2], 's'):>16}")
    print(f"{'wineserver PSS (not in the above)':34} {'':>12} {fmt(server_mib, 'MiB'):>16}")
    zips = [args.zip] if args.zip else glob.glob(str(Path(args.exe).parent / "*-windows-x64.zip"))
    for z in zips:
        print(f"{'zip ' + Path(z).name:34} {'':>12} {os.path.getsize(z) / 1e6:>12.2f} MB")
    print(f"launches: Linux {[round(t, 3) for t in lin_t]}, Windows {[round(t, 3) for t in win_t]}")


if __name__ == "__main__":
    main()
