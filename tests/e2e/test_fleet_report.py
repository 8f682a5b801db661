"""probiotic-kiosk --report over a chain's kiosks: tests/fixtures/fleet/ holds three kiosks'
hand-written events files, one folder per kiosk as scripts/collect-events.sh leaves them. The
report's HTML page is parsed and every chart's figures compared with figures worked out here,
in Python, from the same files; --format json of the same folders agrees; the page is drawn in
headless Chromium and the screenshot kept (fleet-report.png in the test's output folder).
Opens no kiosk window."""

import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, expect, note, step  # noqa: E402
from kiosk_harness import run  # noqa: E402


def read_fleet(folder):
    """The events of each kiosk folder, attributed as the report must: to the folder's name
    until an app_started names the kiosk. Returns (events with their kiosk, damaged lines,
    shops)."""
    events, damaged, shops = [], 0, {}
    for kiosk_folder in sorted(glob.glob(os.path.join(folder, "*", ""))):
        kiosk = os.path.basename(os.path.dirname(kiosk_folder))
        for name in ("events.1.jsonl", "events.jsonl"):
            path = os.path.join(kiosk_folder, name)
            if not os.path.exists(path):
                continue
            for line in open(path, encoding="utf-8").read().split("\n"):
                if not line:
                    continue
                try:
                    e = json.loads(line)
                    assert isinstance(e, dict) and isinstance(e.get("type"), str)
                    assert isinstance(e.get("ts"), str)
                except (ValueError, AssertionError):
                    damaged += 1
                    continue
                if e["type"] == "app_started" and e.get("kiosk"):
                    kiosk = e["kiosk"]
                    if e.get("shop"):
                        shops[kiosk] = e["shop"]
                if not e.get("demo"):
                    events.append((kiosk, e))
    return events, damaged, shops


def expected_figures(folder):
    """Every figure the page shows, from the events themselves."""
    events, damaged, shops = read_fleet(folder)
    sessions = [(k, e) for k, e in events if e["type"] == "session_started"]
    completed = [(k, e) for k, e in events if e["type"] == "quiz_completed"]
    last_answer = {}  # (kiosk, session, question) -> answers
    for k, e in events:
        if e["type"] == "question_answered":
            last_answer[(k, e["session"], e["question"])] = e["answers"]
    answers = defaultdict(Counter)
    answered = Counter()
    for (k, session, question), ids in last_answer.items():
        answered[question] += 1
        for a in ids:
            answers[question][a] += 1
    slides = defaultdict(list)
    for k, e in events:
        if e["type"] == "slide_viewed":
            slides[e["slide"]].append(e["seconds"])
    return {
        "sessions": len(sessions),
        "completed": len(completed),
        "completion_rate": round(len(completed) / len(sessions), 3),
        "kiosks": len({k for k, _ in events}),
        "skipped_lines": damaged,
        "funnel": dict(answered, started=len(sessions), completed=len(completed)),
        "kiosk_sessions": Counter(k for k, _ in sessions),
        "kiosk_completed": Counter(k for k, _ in completed),
        "hours": Counter(e["ts"][11:13] for _, e in sessions),
        "recommended": Counter(p for _, e in completed for p in e["recommended"]),
        "slides": {s: round(sum(v) / len(v), 1) for s, v in slides.items()},
        "answers": {q: dict(c) for q, c in answers.items()},
        "shops": shops,
        "days": sorted({e["ts"][:10] for _, e in events}),
    }


class Page(HTMLParser):
    """The machine-readable figures of the report page: the tiles, each chart's bars, the
    table's rows, the title."""

    def __init__(self):
        super().__init__()
        self.tiles, self.charts, self.rows = {}, {}, {}
        self.chart = None
        self.title, self.in_title, self.scripts, self.links = "", False, 0, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "title":
            self.in_title = True
        if tag == "script":
            self.scripts += 1
        for key in ("src", "href"):
            if key in a:
                self.links.append(a[key])
        if "data-figure" in a:
            self.tiles[a["data-figure"]] = float(a["data-value"])
        if tag == "svg" and "data-chart" in a:
            self.chart = self.charts.setdefault(a["data-chart"], {})
        if tag == "g" and a.get("class") == "bar" and self.chart is not None:
            self.chart[a["data-key"]] = float(a["data-value"])
        if tag == "tr" and "data-group" in a:
            self.rows[a["data-group"]] = (int(a["data-sessions"]), int(a["data-completed"]))

    def handle_endtag(self, tag):
        if tag == "svg":
            self.chart = None
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data


def compare_chart(page, chart, want):
    got = page.charts.get(chart)
    if not expect(got is not None, f"the page has no chart {chart!r}"):
        return
    want = {k: float(v) for k, v in want.items() if v}
    got_non_zero = {k: v for k, v in got.items() if v}
    expect(got_non_zero == want, f"chart {chart}: the page shows {got_non_zero}, the events say {want}")


def compare_page(page, x):
    for figure in ("sessions", "completed", "completion_rate", "kiosks", "skipped_lines"):
        expect(page.tiles.get(figure) == x[figure],
               f"{figure}: the page says {page.tiles.get(figure)}, the events say {x[figure]}")
    compare_chart(page, "funnel", x["funnel"])
    compare_chart(page, "kiosks", x["kiosk_sessions"])
    compare_chart(page, "hours", x["hours"])
    compare_chart(page, "recommended", x["recommended"])
    compare_chart(page, "slides", x["slides"])
    for question, counts in x["answers"].items():
        compare_chart(page, f"answers:{question}", counts)
    expect(len([c for c in page.charts if c.startswith("answers:")]) == len(x["answers"]),
           f"answer charts {sorted(page.charts)} for questions {sorted(x['answers'])}")
    want_rows = {k: (x["kiosk_sessions"][k], x["kiosk_completed"][k]) for k in x["kiosk_sessions"]}
    expect(page.rows == want_rows, f"the kiosks' table shows {page.rows}, expected {want_rows}")
    for shop in x["shops"].values():
        expect(shop in page.title, f"the page's title {page.title!r} does not name {shop!r}")
    expect("30 Nov" in page.title and "1 Dec 2026" in page.title,
           f"the title does not give the days {x['days']}: {page.title!r}")
    expect(page.scripts == 0 and not page.links,
           f"the page is not self-contained: {page.scripts} scripts, links {page.links}")


def report(binary, *args, cwd):
    r = subprocess.run([binary, "--report", *args], capture_output=True, text=True, timeout=60,
                       cwd=cwd, env={k: v for k, v in os.environ.items()
                                     if k not in ("DISPLAY", "WAYLAND_DISPLAY")})
    note(f"--report {' '.join(args)} -> exit {r.returncode}; {r.stdout.strip()[:200]} "
         f"{r.stderr.strip()}")
    return r


def screenshot(page_file, png):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        note("no chromium here (scripts/setup.sh installs it): no screenshot")
        return
    with tempfile.TemporaryDirectory(prefix="kiosk-chromium-") as profile:
        r = subprocess.run([chromium, "--headless", "--disable-gpu", "--no-sandbox",
                            "--hide-scrollbars", f"--user-data-dir={profile}",
                            f"--screenshot={png}", "--window-size=1280,2400",
                            "file://" + os.path.abspath(page_file)],
                           capture_output=True, text=True, timeout=60)
    check(r.returncode == 0 and os.path.getsize(png) > 20000,
          f"chromium could not draw the page (exit {r.returncode}): {r.stderr[-400:]}")
    note(f"screenshot: {png}")


def main(args):
    fixture = os.path.join(args.source, "tests", "fixtures", "fleet")
    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kiosk-fleet-report-") as tmp:
        fleet = os.path.join(tmp, "fleet")
        shutil.copytree(fixture, fleet)
        expected = expected_figures(fleet)
        note(f"from the events: {expected['sessions']} sessions, {expected['completed']} "
             f"completed, {expected['kiosks']} kiosks, {expected['skipped_lines']} damaged lines")
        check(expected["kiosks"] == 3 and expected["sessions"] == 12,
              "the fixture is not the three kiosks' 12 sessions it was written as")

        step("--report fleet/ --format html --output report.html")
        page_file = os.path.join(args.out, "report.html")
        r = report(args.binary, "fleet/", "--content", os.path.join(args.source, "content"),
                   "--format", "html", "--output", page_file, cwd=tmp)
        check(r.returncode == 0, f"--report --format html exited {r.returncode}: {r.stderr}")
        expect("2" in r.stderr and "skip" in r.stderr, f"damaged lines not named: {r.stderr!r}")
        page = Page()
        page.feed(open(page_file, encoding="utf-8").read())
        note(f"charts: {sorted(page.charts)}")
        compare_page(page, expected)

        step("--format json of the same folders, --by kiosk")
        r = report(args.binary, os.path.join(fleet, "leeds-briggate-1"),
                   os.path.join(fleet, "york-stonegate-1"), os.path.join(fleet, "bath-milsom-1"),
                   "--format", "json", "--by", "kiosk", cwd=tmp)
        check(r.returncode == 0, f"--format json exited {r.returncode}")
        got = json.loads(r.stdout)
        expect(got["sessions"] == expected["sessions"] and got["kiosks"] == 3,
               f"json: {got['sessions']} sessions at {got['kiosks']} kiosks")
        for kiosk, n in expected["kiosk_sessions"].items():
            expect(got["groups"][kiosk]["sessions"] == n,
                   f"json: {kiosk} has {got['groups'][kiosk]['sessions']} sessions, not {n}")
        expect(got["shops"] == expected["shops"], f"json shops {got['shops']}")

        step("a folder with no events at all: exit 1")
        os.makedirs(os.path.join(tmp, "empty", "kiosk-x"))
        r = report(args.binary, "empty", "--format", "json", cwd=tmp)
        expect(r.returncode == 1 and "empty" in r.stderr, "an empty fleet folder is not refused")

        step("the page in headless Chromium")
        screenshot(page_file, os.path.join(args.out, "fleet-report.png"))


if __name__ == "__main__":
    run(main, __doc__)
