"""Swipes on the attract loop: left shows the next slide, right the previous one; a tap on the
slide is not a swipe, and a swipe that starts on a button is not a tap."""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display  # noqa: E402
from dump_and_events import free_point  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402
from quiz_oracle import load_content  # noqa: E402

# Slow the app's clock down so that the slides do not change by themselves during the test.
SCALE = 0.25


def main(args):
    with Display(1920, 1080) as display:
        with Kiosk(display, args.binary, args.source, args.out, ["--time-scale", str(SCALE)],
                   name="swipe") as kiosk:
            content = load_content(kiosk.content_dir)
            order = [s["id"] for s in content["slides"]["slides"]]
            check(len(order) >= 3, f"need at least three slides, the content has {order}")
            transition = content["kiosk"].get("timing", {}).get("transition_ms", 700) / 1000
            settle = transition / SCALE + 0.3  # a swipe during a transition may be refused
            d = kiosk.wait_screen("attract", 10)
            W = d["window"]["w"]
            s0 = d["slide"]
            check(s0 in order, f"dump slide {s0!r} is not in slides.json {order}")
            i = order.index(s0)
            after, third = order[(i + 1) % len(order)], order[(i + 2) % len(order)]
            time.sleep(settle)

            step(f"swipe left on {s0} -> {after}")
            since = len(kiosk.events())
            kiosk.swipe(-int(W * 0.4))
            kiosk.wait_for(lambda d: d["slide"] != s0, settle + 5, "the slide to change")
            d = kiosk.dump()
            check(d["slide"] == after, f"swipe left went from {s0} to {d['slide']}, "
                                       f"expected {after}")
            check(d["screen"] == "attract", f"a swipe left the attract screen: {d['screen']}")
            viewed = kiosk.wait_event("slide_viewed", lambda e: e.get("slide") == s0, 5, since)
            note(f"{viewed}")
            check(isinstance(viewed.get("seconds"), (int, float)) and viewed["seconds"] > 0,
                  f"slide_viewed without a positive seconds: {viewed}")
            kiosk.screenshot("after-swipe-left")
            time.sleep(settle)

            step(f"swipe left again on {after} -> {third}")
            kiosk.swipe(-int(W * 0.4))
            kiosk.wait_for(lambda d: d["slide"] != after, settle + 5, "the slide to change")
            d = kiosk.dump()
            check(d["slide"] == third, f"swipe left went from {after} to {d['slide']}, "
                                       f"expected {third}")
            time.sleep(settle)

            step(f"swipe right on {third} -> {after}")
            kiosk.swipe(int(W * 0.4))
            kiosk.wait_for(lambda d: d["slide"] != third, settle + 5, "the slide to change")
            d = kiosk.dump()
            check(d["slide"] == after, f"swipe right went from {third} to {d['slide']}, "
                                       f"expected {after}")
            kiosk.screenshot("after-swipe-right")
            time.sleep(settle)

            step("a tap on the slide area changes nothing")
            d = kiosk.dump()
            current = d["slide"]
            since = len(kiosk.events())
            x, y = free_point(d)
            note(f"tap at {x},{y}")
            kiosk.tap_at(x, y)
            time.sleep(settle)  # a negative check: what would change has had its time
            d = kiosk.dump()
            check(d["screen"] == "attract" and d["slide"] == current,
                  f"a tap on the slide changed the screen to {d['screen']} / {d['slide']}")
            check(not any(e.get("type") == "session_started" for e in kiosk.events()[since:]),
                  "a tap on the slide area started a session")

            step("a swipe that starts on the start button does not start the quiz")
            since = len(kiosk.events())
            t = kiosk.target("start_quiz", d)
            x, y = int(t["x"] + t["w"] / 2), int(t["y"] + t["h"] / 2)
            dx = -int(W * 0.3) if x > W / 2 else int(W * 0.3)
            kiosk.swipe(dx, start=(x, y))
            time.sleep(settle)
            d = kiosk.dump()
            note(f"after the swipe: screen {d['screen']} slide {d['slide']} (was {current})")
            check(d["screen"] == "attract", f"a swipe from the start button opened {d['screen']}")
            check(not any(e.get("type") == "session_started" for e in kiosk.events()[since:]),
                  "a swipe from the start button started a session")

            step("a swipe that starts on a language button does not switch the language")
            language = d["language"]
            other = next(i for i in (t["id"] for t in d["targets"]) if i.startswith("lang:")
                         and i != f"lang:{language}")
            t = kiosk.target(other, d)
            x, y = int(t["x"] + t["w"] / 2), int(t["y"] + t["h"] / 2)
            dx = -int(W * 0.3) if x > W / 2 else int(W * 0.3)
            kiosk.swipe(dx, start=(x, y))
            time.sleep(settle)
            d = kiosk.dump()
            check(d["language"] == language,
                  f"a swipe from {other} switched the language to {d['language']}")

            step("control: a plain tap on the start button does start the quiz")
            kiosk.tap("start_quiz")
            kiosk.wait_screen("quiz", 5)


if __name__ == "__main__":
    run(main, __doc__)
