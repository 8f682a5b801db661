"""Two quick taps on a tile of a choose-one question record one answer, never an answer to the
next question.

1. An impatient shopper double-taps each choose-one question of a path through the shipped quiz
   (the second tap 90 ms after the first, while the tile confirms): each question records exactly
   the answer tapped, once; the question that follows comes up with nothing chosen and waits.
2. Second taps around the moment the question moves on: a quiz of twelve choose-one questions
   with the same answers, every other one in reverse order, so that one place on screen is a
   different answer on the next question. At --time-scale 30 the tile confirms for about 8 ms of
   real time, under a frame (33 ms); the second tap is released 10 to 54 ms after the first.
   However each lands, every question must record the answer under the finger on that question,
   never the answer of the question before. (Whether a tap falls between the move and the next
   frame depends on the machine's timing; kiosk_flow_test's "two quick taps" case proves that
   rule exactly.)"""

import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk, edit_json  # noqa: E402

# The choose-one questions of one path through content/quiz.json, and the answer tapped twice.
PATH = [("concern", "breakouts"), ("flare", "stress"), ("skin-type", "oily")]


def double_tap(kiosk, target_id):
    """Two taps on the target's centre 90 ms apart, in one xdotool run (no gap between them)."""
    x, y = kiosk.centre(target_id)
    note(f"double tap {target_id} at {x},{y}")
    kiosk.display.xdotool("mousemove", "--window", kiosk.window(), str(x), str(y), "sleep", "0.03",
                          "mousedown", "1", "sleep", "0.04", "mouseup", "1", "sleep", "0.05",
                          "mousedown", "1", "sleep", "0.04", "mouseup", "1")


def chosen(dump):
    return [t["id"] for t in dump.get("targets", []) if t.get("selected")]


RACE_QUESTIONS = 12


def race_quiz(content_dir):
    """Twelve copies of the first question, every other one with its answers reversed."""
    def change(quiz):
        first = quiz["questions"][0]
        copies = []
        for i in range(RACE_QUESTIONS):
            q = json.loads(json.dumps(first))
            q["id"] = f"race-{i}"
            if i % 2:
                q["answers"].reverse()
            copies.append(q)
        quiz["questions"] = copies + quiz["questions"]
    edit_json(os.path.join(content_dir, "quiz.json"), change)


def double_tap_at(kiosk, x, y, apart):
    """Two taps at x,y, the second released `apart` seconds after the first."""
    kiosk.display.xdotool("mousemove", "--window", kiosk.window(), str(x), str(y), "sleep", "0.03",
                          "mousedown", "1", "sleep", "0.02", "mouseup", "1",
                          "sleep", f"{apart - 0.01:.3f}", "mousedown", "1", "sleep", "0.01",
                          "mouseup", "1")


def second_tap_on_next_question(display, args):
    step("second taps just as the question moves on")
    with Kiosk(display, args.binary, args.source, args.out,
               ["--windowed", "1920x1080", "--time-scale", "30"], name="race",
               prepare=race_quiz) as kiosk:
        kiosk.wait_screen("attract")
        kiosk.tap("start_quiz")
        kiosk.wait_screen("quiz", question="race-0")
        under_finger = {}  # question parity -> the answer under the place tapped
        apart = 0.010
        while True:
            d = kiosk.dump()
            question = d.get("question") if d and d.get("screen") == "quiz" else None
            if not question or not question.startswith("race-"):
                break
            # Always the first tile's place: the first answer of this question's order.
            tile = next(t for t in d["targets"] if t["id"].startswith(f"answer:{question}:"))
            under_finger[int(question.split("-")[1]) % 2] = tile["id"].split(":")[2]
            x, y = int(tile["x"] + tile["w"] / 2), int(tile["y"] + tile["h"] / 2)
            note(f"{question}: two taps {apart * 1000:.0f} ms apart at {x},{y}")
            double_tap_at(kiosk, x, y, apart)
            kiosk.wait_for(lambda d, q=question: d.get("question") != q, 5,
                           f"the quiz to move on from {question}")
            time.sleep(0.2)  # a question the second tap answered moves on too
            apart += 0.004
        check(len(under_finger) == 2, f"both orders of answers not seen: {under_finger}")
        answered = [(e["question"], e["answers"]) for e in kiosk.events()
                    if e.get("type") == "question_answered" and e["question"].startswith("race-")]
        check(len(answered) == RACE_QUESTIONS, f"{len(answered)} race questions answered, "
                                               f"expected {RACE_QUESTIONS}: {answered}")
        for question, answers in answered:
            expected = under_finger[int(question.split("-")[1]) % 2]
            check(answers == [expected],
                  f"{question} recorded {answers}; under the finger on it was {expected}: "
                  f"a tap on the question before was counted for it")
        note(f"{len(answered)} questions, each with the answer under the finger")


def main(args):
    with Display(1920, 1080) as display, \
            Kiosk(display, args.binary, args.source, args.out, ["--windowed", "1920x1080"]) as kiosk:
        kiosk.wait_screen("attract")
        kiosk.tap("start_quiz")
        kiosk.wait_screen("quiz", question=PATH[0][0])
        for index, (question, answer) in enumerate(PATH):
            step(f"double tap {answer} on {question}")
            double_tap(kiosk, f"answer:{question}:{answer}")
            following = PATH[index + 1][0] if index + 1 < len(PATH) else "days"
            after = kiosk.wait_screen("quiz", question=following)
            check(not chosen(after), f"{following} came up with {chosen(after)} chosen")
            answered = [e for e in kiosk.events() if e.get("type") == "question_answered"]
            check(len(answered) == index + 1,
                  f"{len(answered)} question_answered events after {index + 1} questions: "
                  f"{[(e.get('question'), e.get('answers')) for e in answered]}")
            last = answered[-1]
            check(last.get("question") == question and last.get("answers") == [answer],
                  f"expected {question} answered [{answer}], got {last}")
        step("the question after the double taps waits for its own tap")
        d = kiosk.wait_screen("quiz", question="days", timeout=2)
        check(not chosen(d), f"days has {chosen(d)} chosen without a tap on it")
        answered = [e for e in kiosk.events() if e.get("type") == "question_answered"]
        check([e.get("question") for e in answered] == [q for q, _ in PATH],
              f"answers recorded: {[(e.get('question'), e.get('answers')) for e in answered]}")
    with Display(1920, 1080) as display:
        second_tap_on_next_question(display, args)


if __name__ == "__main__":
    run(main, __doc__)
