"""Idle handling with --time-scale 10: "Still there?" after idle_timeout, Continue keeps the
session, no answer returns to the attract loop; results return by themselves. The screen below
"Still there?" is dimmed with the theme's text colour, and stays recognisable."""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, expect, note, poll, step  # noqa: E402
from display import Display  # noqa: E402
from dump_and_events import target_ids  # noqa: E402
from images import mean_colour  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402
from quiz_oracle import all_paths, load_content, walk_quiz  # noqa: E402

SCALE = 10
# An empty strip along the bottom of the quiz at 1920x1080: only the background is there.
EMPTY_STRIP = {"x": 600, "y": 1040, "w": 700, "h": 30}
DIM_LEAST, DIM_MOST = 0.25, 0.45  # how far the dim moves the background towards the text colour


def overlay(d):
    return d.get("overlay")


def wait_overlay(kiosk, expected_after, question):
    """Wait for the still_there overlay; check it came about expected_after seconds (real)."""
    t0 = time.monotonic()
    d = kiosk.wait_for(lambda d: overlay(d) == "still_there", expected_after + 6,
                       "the still_there overlay")
    waited = time.monotonic() - t0
    note(f"overlay after {waited:.2f} s (idle timeout {expected_after:.2f} s real)")
    check(waited >= expected_after * 0.8,
          f"the overlay came after {waited:.2f} s, before the idle timeout {expected_after:.2f} s")
    check(d["screen"] == "quiz" and d["question"] == question,
          f"the overlay shows over {d['screen']} / {d.get('question')}, expected quiz {question}")
    ids = target_ids(d)
    check("continue" in ids, f"the overlay has no continue target: {ids}")
    check(not any(i.startswith("answer:") or i in ("back", "home", "next") for i in ids),
          f"targets under the overlay are listed as tappable: {ids}")
    return d


def rgb_of(hex_colour):
    """(r, g, b) of "#RRGGBB"."""
    h = hex_colour.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def check_dim(shot, theme):
    """The screen below the overlay: the background moved towards the text colour by one share
    in every channel (it is the text colour laid over it, no other colour), enough to set the
    card apart and little enough to keep the screen recognisable (0.55 was a muddy grey-khaki)."""
    background, text = rgb_of(theme["background"]), rgb_of(theme["text"])
    got = mean_colour(shot, EMPTY_STRIP)
    shares = [(b - g) / (b - t) for b, g, t in zip(background, got, text) if abs(b - t) > 40]
    note(f"dimmed background {got}: background {background} towards text {text} by "
         f"{', '.join(f'{s:.2f}' for s in shares)}")
    check(shares and max(shares) - min(shares) < 0.06,
          f"the dim is not the text colour {text} over the background {background}: {got}")
    share = sum(shares) / len(shares)
    check(DIM_LEAST <= share <= DIM_MOST,
          f"the screen below is dimmed by {share:.2f}, expected {DIM_LEAST} to {DIM_MOST}")


def main(args):
    with Display(1920, 1080) as display:
        with Kiosk(display, args.binary, args.source, args.out, ["--time-scale", str(SCALE)],
                   name="idle") as kiosk:
            content = load_content(kiosk.content_dir)
            timing = content["kiosk"].get("timing", {})
            idle = timing.get("idle_timeout_seconds", 45) / SCALE
            warning = timing.get("idle_warning_seconds", 10) / SCALE
            results_timeout = timing.get("results_timeout_seconds", 90) / SCALE
            first = content["quiz"]["questions"][0]["id"]
            path = all_paths(content)[0]

            step("start the quiz with a slow (250 ms) tap, then do nothing")
            kiosk.wait_screen("attract", 10)
            since = len(kiosk.events())
            # A finger's tap takes as long as it takes: --time-scale speeds up the app's
            # timers, not the shopper, so a 250 ms press must still be a tap.
            kiosk.tap("start_quiz", hold=0.25)
            started = poll(lambda: (kiosk.dump() or {}).get("screen") == "quiz", 3)
            if not expect(started, f"a 250 ms press on start_quiz was not taken as a tap under "
                                   f"--time-scale {SCALE}"):
                kiosk.tap("start_quiz")
            d = kiosk.wait_screen("quiz", 5, question=first)
            check(not overlay(d), f"overlay {overlay(d)} right at the start")
            session = kiosk.wait_event("session_started", timeout=5, since=since)["session"]
            wait_overlay(kiosk, idle - 0.3, first)

            step("Continue: the overlay goes, the question stays")
            seen = time.monotonic()
            kiosk.tap("continue")
            d = kiosk.wait_for(lambda d: not overlay(d), warning + 3,
                               "the overlay to go after Continue")
            note(f"overlay gone {time.monotonic() - seen:.2f} s after it was seen")
            kept = expect(d["screen"] == "quiz" and d["question"] == first,
                          f"after a tap on Continue (within {warning:.1f} s of the countdown): "
                          f"{d['screen']} / {d.get('question')}, expected quiz {first}")
            if kept:
                check(f"answer:{first}:{content['quiz']['questions'][0]['answers'][0]['id']}"
                      in target_ids(d), f"answers not tappable after Continue: {target_ids(d)}")
                check(not any(e.get("type") == "session_ended" for e in kiosk.events()[since:]),
                      "Continue ended the session")
            else:  # go on with a new session, to check the rest
                since = len(kiosk.events())
                kiosk.tap("start_quiz")
                kiosk.wait_screen("quiz", 5, question=first)
                session = kiosk.wait_event("session_started", timeout=5, since=since)["session"]

            step("wait again: overlay, then the attract loop at the end of the countdown")
            since = len(kiosk.events())
            wait_overlay(kiosk, idle - 0.3, first)
            seen = time.monotonic()
            check_dim(kiosk.screenshot("still-there"), content["kiosk"]["theme"])
            d = kiosk.wait_screen("attract", warning + 6)
            gone = time.monotonic() - seen
            note(f"attract {gone:.2f} s after the overlay was seen (warning {warning:.2f} s)")
            check(gone >= warning * 0.5, f"the countdown lasted only {gone:.2f} s")
            check(not overlay(d), f"overlay {overlay(d)} still on the attract screen")
            ended = kiosk.wait_event("session_ended", lambda e: e.get("session") == session,
                                     5, since=since)
            check(ended.get("reason") == "idle_timeout",
                  f"session_ended reason {ended.get('reason')}, expected idle_timeout")

            step("results go back to the attract loop by themselves")
            since = len(kiosk.events())
            kiosk.tap("start_quiz")
            kiosk.wait_screen("quiz", 5, question=first)
            walk_quiz(kiosk, content, path)
            shown = time.monotonic()
            kiosk.screenshot("results")
            saw_overlay = []

            def back_home(d):
                if overlay(d):
                    saw_overlay.append(time.monotonic() - shown)
                return d["screen"] == "attract"
            kiosk.wait_for(back_home, results_timeout + 8, "the attract screen after results")
            took = time.monotonic() - shown
            ended = [e for e in kiosk.events()[since:] if e.get("type") == "session_ended"]
            note(f"results -> attract after {took:.2f} s (results_timeout {results_timeout} s; "
                 f"overlay seen {'at %.2f s' % saw_overlay[0] if saw_overlay else 'no'}); "
                 f"{ended}")
            check(took >= min(results_timeout, idle + warning) * 0.8,
                  f"results left after only {took:.2f} s")
            check(len(ended) == 1, f"expected one session_ended, got {ended}")
            check(ended[0].get("reason") in ("done", "idle_timeout"),
                  f"results timeout ended the session with reason {ended[0].get('reason')}")
            kiosk.require_alive("at the end")


if __name__ == "__main__":
    run(main, __doc__)
