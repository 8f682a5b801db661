"""A picture that breaks while the kiosk runs is never an empty box: after the kiosk has
started, a slide's picture and every product picture are replaced by broken files (as an
interrupted upload leaves them). The content check refuses the change and keeps the content in
use, but those pictures were not decoded yet: each one that the screens then ask for writes one
picture_failed event (file relative to the assets folder, reason) and one log line; the slide
lays out text-only and the product cards show their placeholder (screenshots
slide-text-only.png and results-placeholders.png); the kiosk keeps running, and its health
metrics count the failures and say the content was refused."""

import glob
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, poll, step  # noqa: E402
from display import Display  # noqa: E402
from images import check_not_blank  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402

BROKEN_SLIDE = "illustrations/dysbiosis.png"  # the fourth slide: not asked for at start


def failures(kiosk):
    return [e for e in kiosk.events() if e.get("type") == "picture_failed"]


def to_results(kiosk):
    """Through the quiz with the first answer of each question (and Next on pick-many ones)."""
    d = kiosk.wait_screen("quiz")
    while d["screen"] == "quiz":
        question = d["question"]
        answers = [t["id"] for t in d["targets"] if t["id"].startswith(f"answer:{question}:")]
        kiosk.tap(answers[0])
        if any(t["id"] == "next" for t in d["targets"]):
            kiosk.wait_for(lambda d: any(t["id"] == answers[0] and t.get("selected")
                                         for t in d["targets"]), 5, f"{answers[0]} chosen")
            kiosk.tap("next")
        d = kiosk.wait_for(lambda d, q=question: d["screen"] != "quiz" or d["question"] != q, 10,
                           f"the quiz to move on from {question}")
    check(d["screen"] == "results", f"the quiz ended on {d['screen']}")


def metrics(kiosk):
    """The samples of DATA_DIR/metrics.prom: {name: value}."""
    try:
        with open(os.path.join(kiosk.data_dir, "metrics.prom"), encoding="utf-8") as f:
            lines = [line.rsplit(" ", 1) for line in f if line.strip() and line[0] != "#"]
    except FileNotFoundError:
        return {}
    return {name: float(value) for name, value in lines}


def main(args):
    with Display(1920, 1080) as display, \
            Kiosk(display, args.binary, args.source, args.out, ["--windowed", "1920x1080"]) as kiosk:
        kiosk.wait_screen("attract", slide="gut-skin-axis")
        assets = os.path.join(os.path.dirname(kiosk.content_dir), "assets")
        step(f"break {BROKEN_SLIDE} and every product picture while the kiosk runs")
        broken = [os.path.join(assets, BROKEN_SLIDE)] + glob.glob(os.path.join(assets, "products",
                                                                               "*.png"))
        for path in broken:
            with open(path, "wb") as f:
                f.write(b"x")
        kiosk.wait_event("content_loaded", lambda e: e.get("ok") is False, timeout=15)
        note("the content check refused the change and kept the content in use")

        step("swipe to the slide whose picture broke")
        for _ in range(3):
            kiosk.swipe(-600)
            time.sleep(0.4)
        kiosk.wait_screen("attract", slide="dysbiosis")
        event = kiosk.wait_event("picture_failed", lambda e: e.get("file") == BROKEN_SLIDE)
        note(f"picture_failed: {event}")
        check(event.get("reason"), f"picture_failed without a reason: {event}")
        time.sleep(0.5)
        shot = kiosk.screenshot("slide-text-only")
        check_not_blank(shot, 1920, 1080)

        step("the results, whose product pictures broke")
        kiosk.tap("start_quiz")
        to_results(kiosk)
        products = [t["id"].split(":", 1)[1] for t in kiosk.dump()["targets"]
                    if t["id"].startswith("product:")]
        check(products, "no product cards on the results")
        for product in products:
            kiosk.wait_event("picture_failed",
                             lambda e, p=product: e.get("file") == f"products/{p}.png")
        time.sleep(0.8)  # the cards' reveal
        kiosk.screenshot("results-placeholders")
        files = [e.get("file") for e in failures(kiosk)]
        check(len(files) == len(set(files)), f"a picture failed more than once: {files}")
        kiosk.require_alive("after the broken pictures")
        with open(os.path.join(kiosk.data_dir, "kiosk.log"), encoding="utf-8") as f:
            log = f.read()
        check(f"picture {BROKEN_SLIDE} cannot be shown" in log,
              "the kiosk's log does not name the broken slide picture")
        note(f"{len(files)} picture_failed events: {files}")

        step("the health metrics count the failures and the refused content")
        figures = {}

        def counted():
            figures.update(metrics(kiosk))
            return figures.get("probiotic_kiosk_picture_failures_total") == len(files)
        check(poll(counted, 3),
              f"metrics.prom counts {figures.get('probiotic_kiosk_picture_failures_total')} "
              f"picture failures, the events {len(files)}")
        check(figures.get("probiotic_kiosk_content_ok") == 0
              and figures.get("probiotic_kiosk_content_errors", 0) > 0,
              f"metrics.prom does not say the content was refused: {figures}")


if __name__ == "__main__":
    run(main, __doc__)
