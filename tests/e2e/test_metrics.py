"""Health metrics through Prometheus: the kiosk (--time-scale 10, so its 30 s period is 3 s)
writes DATA_DIR/metrics.prom; Debian's prometheus-node-exporter, started on a free loopback port
with its textfile collector pointed at the data folder, serves the kiosk's figures on /metrics.
While the kiosk sits on the attract loop the file is rewritten once a period; a session run by
real taps shows in sessions_total and completions_total at once; the content fingerprint label
is the one of the app_started event; the file the kiosk leaves as it stops says it is not
running. `promtool check metrics` accepts the file, `promtool check rules` accepts
packaging/alerts.yml, and `promtool test rules` finds its alerts fire as alerts_test.yml
expects. Without node_exporter or promtool (Debian packages
prometheus-node-exporter and prometheus) the test reports itself skipped (exit 77)."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, poll, step  # noqa: E402
from display import Display  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402
from processes import spawn  # noqa: E402
from quiz_oracle import all_paths, load_content, walk_quiz  # noqa: E402

SKIPPED = 77
SCALE = 10
PERIOD = 30 / SCALE  # real seconds between two writes of the file when nothing changes
NODE_EXPORTER = shutil.which("prometheus-node-exporter") or shutil.which("node_exporter")
PROMTOOL = shutil.which("promtool")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def parse(text):
    """Sample lines of the text format: {name{labels}: float}."""
    samples = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            samples[name] = float(value)
    return samples


class NodeExporter:
    """prometheus-node-exporter with only its textfile collector, reading `folder`."""

    def __init__(self, folder, out):
        self.url = f"http://127.0.0.1:{free_port()}/metrics"
        self.log = open(os.path.join(out, "node_exporter.log"), "w")
        self.proc = spawn([NODE_EXPORTER, f"--web.listen-address={self.url[7:-8]}",
                           "--collector.disable-defaults", "--collector.textfile",
                           f"--collector.textfile.directory={folder}"],
                          stdout=self.log, stderr=subprocess.STDOUT)
        check(poll(lambda: self.fetch() is not None, 10), "node_exporter does not answer")

    def fetch(self):
        try:
            with urllib.request.urlopen(self.url, timeout=2) as response:
                return response.read().decode()
        except OSError:
            return None

    def kiosk(self):
        """The kiosk's samples as node_exporter serves them, and whether it read the folder."""
        samples = parse(self.fetch() or "")
        check(samples.get("node_textfile_scrape_error") == 0,
              "node_exporter could not read the textfile folder")
        return {k: v for k, v in samples.items() if k.startswith("probiotic_kiosk_")}

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=5)
        self.log.close()


def wait_figure(exporter, name, value, timeout):
    seen = {}

    def reached():
        seen.update(exporter.kiosk())
        return seen.get(name) == value
    check(poll(reached, timeout, interval=0.1),
          f"node_exporter serves {name} = {seen.get(name)}, expected {value} within {timeout} s")
    return dict(seen)


def watch_idle_writes(exporter):
    """The written time of the file, as served, over 2.3 periods on the attract loop."""
    written = []
    until = time.monotonic() + PERIOD * 2.3
    while time.monotonic() < until:
        stamp = exporter.kiosk().get("probiotic_kiosk_metrics_written_timestamp_seconds")
        if stamp and (not written or stamp != written[-1]):
            written.append(stamp)
        time.sleep(0.1)
    gaps = [b - a for a, b in zip(written, written[1:])]
    note(f"written every {', '.join(f'{g:.2f}' for g in gaps)} s on the attract loop")
    check(len(gaps) >= 1, f"the file was not rewritten within {PERIOD * 2.3:.1f} s: {written}")
    check(all(PERIOD * 0.8 <= g <= PERIOD * 1.5 for g in gaps),
          f"the file is rewritten every {gaps} s, expected every {PERIOD} s")


def check_first_figures(exporter, kiosk):
    figures = wait_figure(exporter, "probiotic_kiosk_running", 1, 10)
    started = kiosk.wait_event("app_started", timeout=5)
    label = f'probiotic_kiosk_content_info{{fingerprint="{started["content"]}"}}'
    check(figures.get(label) == 1, f"no {label} served: {sorted(figures)}")
    for name, value in (("content_ok", 1), ("content_errors", 0), ("sessions_total", 0),
                        ("completions_total", 0), ("picture_failures_total", 0)):
        got = figures.get(f"probiotic_kiosk_{name}")
        check(got == value, f"probiotic_kiosk_{name} = {got}, expected {value}")
    frame = figures.get("probiotic_kiosk_last_frame_timestamp_seconds", 0)
    check(abs(time.time() - frame) < 10, f"the last frame was at {frame}, now is {time.time()}")
    return figures


def run_session(exporter, kiosk, content, before):
    kiosk.tap("start_quiz")
    kiosk.wait_screen("quiz", 5)
    figures = wait_figure(exporter, "probiotic_kiosk_sessions_total", 1, PERIOD / 2)
    check(figures.get("probiotic_kiosk_completions_total") == 0,
          "a quiz counted as completed before its last answer")
    walk_quiz(kiosk, content, all_paths(content)[0])
    figures = wait_figure(exporter, "probiotic_kiosk_completions_total", 1, PERIOD / 2)
    size_key = "probiotic_kiosk_events_file_bytes"
    grew = figures[size_key] - before[size_key]
    check(grew > 0, f"events_file_bytes did not grow over a session ({grew})")
    check(figures["probiotic_kiosk_last_frame_timestamp_seconds"] >
          before["probiotic_kiosk_last_frame_timestamp_seconds"], "the last frame time stood still")
    size = os.path.getsize(os.path.join(kiosk.data_dir, "events.jsonl"))
    check(figures["probiotic_kiosk_events_file_bytes"] <= size,
          f"events_file_bytes {figures['probiotic_kiosk_events_file_bytes']} > the file's {size}")


def promtool(args, stdin=None):
    r = subprocess.run([PROMTOOL, *args], input=stdin, capture_output=True, text=True, timeout=30)
    note(f"promtool {' '.join(args)}: exit {r.returncode} {(r.stdout + r.stderr).strip()}")
    return r


def main(args):
    with Display(1280, 800) as display, \
            Kiosk(display, args.binary, args.source, args.out, ["--time-scale", str(SCALE)],
                  name="metrics") as kiosk:
        content = load_content(kiosk.content_dir)
        kiosk.wait_screen("attract", 10)
        step("node_exporter serves the kiosk's first figures")
        exporter = NodeExporter(kiosk.data_dir, args.out)
        before = check_first_figures(exporter, kiosk)
        step(f"on the attract loop the file is rewritten every {PERIOD} s")
        watch_idle_writes(exporter)
        step("a session by real taps: sessions, then completions, as they happen")
        run_session(exporter, kiosk, content, before)
        step("promtool accepts the file and the alert rules")
        metrics_file = os.path.join(kiosk.data_dir, "metrics.prom")
        with open(metrics_file) as f:
            text = f.read()
        shutil.copy(metrics_file, os.path.join(args.out, "metrics.prom"))
        r = promtool(["check", "metrics"], stdin=text)
        check(r.returncode == 0 and not r.stdout.strip(), "promtool check metrics refused the file")
        r = promtool(["check", "rules", os.path.join(args.source, "packaging", "alerts.yml")])
        check(r.returncode == 0 and "SUCCESS" in r.stdout,
              "promtool check rules refused alerts.yml")
        r = promtool(["test", "rules", os.path.join(os.path.dirname(__file__), "alerts_test.yml")])
        check(r.returncode == 0, "the alert rules do not fire as alerts_test.yml expects")
        step("the file the kiosk leaves as it stops says it is not running")
        check(kiosk.terminate() == 0, "the kiosk did not exit 0 on SIGTERM")
        with open(metrics_file) as f:
            last = parse(f.read())
        check(last.get("probiotic_kiosk_running") == 0, "the last file still says running")
        check(last.get("probiotic_kiosk_sessions_total") == 1, f"last file: {last}")
        exporter.stop()


if __name__ == "__main__":
    missing = [name for name, path in (("prometheus-node-exporter", NODE_EXPORTER),
                                       ("promtool (package prometheus)", PROMTOOL)) if not path]
    if missing:
        print(f"SKIPPED (test_metrics.py): {', '.join(missing)} not installed", flush=True)
        sys.exit(SKIPPED)
    run(main, __doc__)
