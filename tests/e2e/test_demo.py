"""The --demo mode on a 1280x800 display: the autopilot completes quizzes by itself (checked with
--time-scale 20), with varied answers and recommendations that follow the rule; every event
carries "demo": true; a person's input takes over (the autopilot stays still while someone
taps, and comes back after its takeover delay); Right/Left change slides and Esc quits."""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, expect, note, poll, step  # noqa: E402
from display import Display, framed_window_size  # noqa: E402
from dump_and_events import free_point, summary  # noqa: E402
from images import check_not_blank  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402
from processes import terminate_how, under_wine  # noqa: E402
from quiz_oracle import expected_questions, load_content, recommend  # noqa: E402

SCALE = 20
WANT_COMPLETED = 3
RUN_SECONDS = 60      # real seconds the autopilot gets to complete its quizzes
TAKEOVER = 6.0        # app seconds without input before the autopilot acts (staff guide: "a few")
THINK = 1.6           # app seconds it "reads" a question before answering


def not_demo(events):
    return [e for e in events if e.get("demo") is not True]


def autopilot_run(args, display):
    step(f"--demo --time-scale {SCALE}: the autopilot completes quizzes with nobody touching")
    with Kiosk(display, args.binary, args.source, args.out, ["--demo", "--time-scale", str(SCALE)],
               name="demo-autopilot") as kiosk:
        content = load_content(kiosk.content_dir)
        questions = content["quiz"]["questions"]
        first_answer = {q["id"]: q["answers"][0]["id"] for q in questions}
        d = kiosk.wait_for(lambda d: d.get("window"), 10, "the demo's first dump")
        if under_wine():  # its frame is kept on the 1280x800 screen: less room to draw in
            size = framed_window_size(d, 1280, 800, "the demo window")
        else:
            check(d["window"] == {"w": 1280, "h": 800},
                  f"the demo window is {d['window']}, expected 1280x800")
            size = (1280, 800)

        t0 = time.monotonic()
        first_done = None
        shot = None
        while time.monotonic() - t0 < RUN_SECONDS:
            kiosk.require_alive("while the autopilot runs")
            done = [e for e in kiosk.events() if e.get("type") == "quiz_completed"]
            if done and first_done is None:
                first_done = time.monotonic() - t0
                note(f"first quiz_completed after {first_done:.1f} s real")
            if shot is None and (kiosk.dump() or {}).get("screen") == "quiz":
                shot = kiosk.screenshot("demo-quiz")  # the finger shows if it is reaching now
            if len(done) >= WANT_COMPLETED:
                break
            time.sleep(0.2)
        events = kiosk.events()
        completed = [e for e in events if e.get("type") == "quiz_completed"]
        note(f"{len(completed)} quiz_completed in {time.monotonic() - t0:.1f} s real; "
             f"{len(events)} events; last dump {summary(kiosk.dump())}")
        check(completed, f"no quiz_completed within {RUN_SECONDS} s of real time at "
                         f"--time-scale {SCALE}; event types: "
                         f"{sorted(set(e.get('type') for e in events))}")
        expect(len(completed) >= WANT_COMPLETED,
               f"only {len(completed)} quiz(zes) completed in {RUN_SECONDS} s real "
               f"({RUN_SECONDS * SCALE} app seconds)")

        step("every event of the demo has \"demo\": true")
        wrong = not_demo(events)
        check(not wrong, f"{len(wrong)} event(s) without \"demo\": true, e.g. {wrong[:3]}")

        step("the autopilot's answers vary and its results follow the recommendation rule")
        for e in completed:
            answers = e.get("answers", {})
            note(f"answers {answers} -> {e.get('recommended')}")
            shown = expected_questions(content, answers)
            check(sorted(answers) == sorted(shown),
                  f"quiz_completed answers questions {sorted(answers)}, the quiz shows {shown}")
            want = recommend(content, answers)
            check(e.get("recommended") == want["recommended"],
                  f"recommended {e.get('recommended')} for {answers}, the rule gives "
                  f"{want['recommended']}")
            check(e.get("fallback") == want["fallback"],
                  f"fallback {e.get('fallback')} for {answers}, the rule gives {want['fallback']}")
        always_first = all(a == [first_answer[q]] for e in completed
                           for q, a in e.get("answers", {}).items())
        check(not always_first, f"every quiz chose the first answer of every question "
                                f"(quiz.json order): {[e.get('answers') for e in completed]}")
        if len(completed) >= 3:
            distinct = {repr(sorted(e["answers"].items())) for e in completed}
            check(len(distinct) > 1, f"{len(completed)} autopilot quizzes all answered the same: "
                                     f"{completed[0]['answers']}")
        answered = [e for e in events if e.get("type") == "question_answered"]
        check(all(e.get("session") for e in answered),
              f"question_answered without a session: {[e for e in answered if not e.get('session')][:2]}")
        if shot:
            check_not_blank(shot, *size)
        code = kiosk.terminate()
        check(code == 0, f"{terminate_how()} gave exit code {code}")
        check(not not_demo(kiosk.events()), "app_stopped of the demo lacks \"demo\": true")


def takeover_and_keys(args, display):
    step("--demo at --time-scale 1: keys, and a person's taps keep the autopilot still")
    with Kiosk(display, args.binary, args.source, args.out, ["--demo"], name="demo-human") as kiosk:
        content = load_content(kiosk.content_dir)
        order = [s["id"] for s in content["slides"]["slides"]]
        d = kiosk.wait_screen("attract", 10)
        kiosk.window()  # find it before the clock matters

        step("Right shows the next slide, Left the previous one")
        d = kiosk.dump()
        before = d["slide"]
        i = order.index(before)
        kiosk.key("Right")
        d = kiosk.wait_for(lambda d: d.get("slide") != before, 3, "another slide after Right")
        check(d["slide"] == order[(i + 1) % len(order)],
              f"Right went from {before} to {d['slide']}, expected {order[(i + 1) % len(order)]}")
        after = d["slide"]
        kiosk.key("Left")
        d = kiosk.wait_for(lambda d: d.get("slide") != after, 3, "another slide after Left")
        check(d["slide"] == before, f"Left went from {after} to {d['slide']}, expected {before}")

        step("tap Start, then touch the screen every 2 s for 10 s, answering once")
        kiosk.tap("start_quiz")
        d = kiosk.wait_screen("quiz", 5)
        q0 = d["question"]
        q = next(x for x in content["quiz"]["questions"] if x["id"] == q0)
        check(q.get("choose", "one") == "one", f"the first question {q0} is not choose-one")
        ours = q["answers"][-1]["id"]
        since = len(kiosk.events())
        t_start = time.monotonic()
        last_touch = t_start
        for n in range(6):  # at 0, 2, 4, 6, 8 and 10 s
            while time.monotonic() < t_start + 2 * n:
                time.sleep(0.02)
            d = kiosk.dump()
            if n == 2:
                kiosk.tap(f"answer:{q0}:{ours}")
            else:
                x, y = free_point(d)
                note(f"touch a free spot {x},{y} on {d['screen']} {d.get('question')}")
                kiosk.tap_at(x, y)
            last_touch = time.monotonic()
            answered = [e for e in kiosk.events()[since:] if e.get("type") == "question_answered"]
            check(len(answered) <= 1 and all(e.get("question") == q0 and e.get("answers") == [ours]
                                             for e in answered),
                  f"question_answered while a person was touching every 2 s (only the one "
                  f"answer {q0}={ours} is theirs): {answered}")
        time.sleep(0.5)
        answered = [e for e in kiosk.events()[since:] if e.get("type") == "question_answered"]
        check(len(answered) == 1 and answered[0].get("question") == q0
              and answered[0].get("answers") == [ours],
              f"after 10 s of touches expected exactly the one question_answered {q0}={ours}, "
              f"got {answered}")
        d = kiosk.dump()
        check(d["screen"] == "quiz" and d["question"] != q0,
              f"after answering {q0} the screen is {summary(d)}")
        check(d.get("screen") != "attract", "the demo went back to the slides during the touches")

        step("left alone, the autopilot takes over again after its delay")
        shot_at = last_touch + TAKEOVER + THINK - 0.35  # the finger is shown 0.7 s before the tap
        while time.monotonic() < shot_at:
            time.sleep(0.02)
        kiosk.screenshot("demo-autopilot-finger")

        def autopilot_answer():
            mine_and_more = [e for e in kiosk.events()[since:] if e.get("type") == "question_answered"]
            return mine_and_more[1] if len(mine_and_more) > 1 else None
        found = poll(autopilot_answer, last_touch + TAKEOVER + THINK + 8 - time.monotonic())
        waited = time.monotonic() - last_touch
        check(found, f"the autopilot did not answer within {TAKEOVER + THINK + 8:.0f} s after the "
                     f"last touch; dump {summary(kiosk.dump())}")
        note(f"the autopilot answered {found.get('question')}={found.get('answers')} "
             f"about {waited:.1f} s after the last touch")
        check(waited >= TAKEOVER * 0.9,
              f"the autopilot answered only {waited:.1f} s after the last touch "
              f"(takeover delay {TAKEOVER} s)")

        step("Escape ends the demo: exit code 0, app_stopped reason quit")
        kiosk.key("Escape")
        check(poll(lambda: not kiosk.alive(), 10), "Escape did not end the demo within 10 s")
        code = kiosk.proc.returncode
        check(code == 0, f"Escape gave exit code {code}, expected 0")
        events = kiosk.events()
        check(events and events[-1].get("type") == "app_stopped",
              f"the last event is not app_stopped: {events[-3:]}")
        check(events[-1].get("reason") == "quit",
              f"app_stopped reason {events[-1].get('reason')!r}, expected 'quit'")
        wrong = not_demo(events)
        check(not wrong, f"{len(wrong)} event(s) of the demo without \"demo\": true: {wrong[:3]}")


def main(args):
    with Display(1280, 800) as display:
        autopilot_run(args, display)
        takeover_and_keys(args, display)


if __name__ == "__main__":
    run(main, __doc__)
