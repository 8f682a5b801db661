"""Shopper journeys at 1920x1080: several different paths through the quiz, each checked
against the recommendation rule computed here from the content files; Next, Back, Home, and
Done as the results' one way out."""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display  # noqa: E402
from dump_and_events import target_ids  # noqa: E402
from images import differing_share, screen_capture  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk, edit_json  # noqa: E402
from quiz_oracle import (all_paths, answer_question, expected_questions, load_content,  # noqa: E402
                         question_by_id, recommend, shown_choices, walk_quiz)


def pick_paths(content):
    """Four different paths chosen to cover: the show_if question shown and hidden, the
    choose:many question with two answers, and (when the content allows) the fallback, a
    short result list, a tie or an out-of-stock product that would otherwise rank."""
    questions = content["quiz"]["questions"]
    conditional = [q for q in questions if q.get("show_if")]
    many = [q for q in questions if q.get("choose", "one") == "many"]
    check(conditional, "the content has no show_if question; this test needs one")
    check(many, "the content has no choose:many question; this test needs one")
    many.sort(key=lambda q: "max" not in q)  # the one with a limit first
    s_id, m_id = conditional[0]["id"], many[0]["id"]
    paths = all_paths(content)
    note(f"{len(paths)} possible paths; show_if question {s_id!r}, many question {m_id!r}")
    results = content["quiz"].get("results", {})
    max_products = results.get("max_products", 3)
    products = content["products"]["products"]
    chosen = []

    def take(candidates, why):
        for p in candidates:
            if p not in chosen:
                chosen.append(p)
                note(f"path {len(chosen)} ({why}): {p}")
                return True
        return False

    def two_in_many(p):
        return m_id not in p or len(p[m_id]) == 2

    # 1: show_if question shown, many question answered twice, earliest answers
    check(take([p for p in paths if s_id in p and len(p.get(m_id, [])) == 2],
               "show_if shown, two answers on the many question"),
          "no path shows the show_if question with two answers on the many question")
    # 2: show_if question hidden, latest answers
    check(take([p for p in reversed(paths) if s_id not in p and two_in_many(p)],
               "show_if hidden"), "no path hides the show_if question")

    def interesting(p):
        r = recommend(content, p)
        scores, min_score = r["scores"], results.get("min_score", 1)
        if r["fallback"]:
            return 4
        every = sorted(products, key=lambda q: -scores[q["id"]])  # stable, stock ignored
        top = [q for q in every if scores[q["id"]] >= min_score][:max_products]
        value = 2 if any(not q.get("in_stock", True) for q in top) else 0
        ranked_scores = [scores[i] for i in r["recommended"]]
        if len(set(ranked_scores)) < len(ranked_scores) or len(ranked_scores) < max_products:
            value += 1
        return value

    middle = paths[len(paths) // 2:] + paths[:len(paths) // 2]
    ranked = sorted(middle, key=interesting, reverse=True)
    take([p for p in ranked if two_in_many(p)], f"edge case score {interesting(ranked[0])}")

    def differences(p):  # how many questions it answers unlike every path taken so far
        return min(sum(p.get(q["id"]) != c.get(q["id"]) for q in questions) for c in chosen)
    take(sorted([p for p in middle if two_in_many(p)], key=differences, reverse=True),
         "unlike the others")
    return chosen


def stock_and_fallback_edits(content, path):
    """Edits for a second run: the path's top product out of stock and put first in the
    fallback list, and a min_score that the path's third in-stock product misses."""
    first = recommend(content, path)
    top = first["recommended"][0]
    scores = sorted((s for pid, s in first["scores"].items() if pid != top), reverse=True)
    keep = max(1, content["quiz"].get("results", {}).get("max_products", 3) - 1)
    min_score = max(1, scores[keep - 1])

    def edit(folder):
        def quiz(data):
            results = data.setdefault("results", {})
            results["min_score"] = min_score
            results["fallback"] = [top] + [i for i in results.get("fallback", []) if i != top]

        def products(data):
            for p in data["products"]:
                if p["id"] == top:
                    p["in_stock"] = False
        edit_json(os.path.join(folder, "quiz.json"), quiz)
        edit_json(os.path.join(folder, "products.json"), products)
    note(f"second run: {top} out of stock and first in the fallback list, min_score {min_score}")
    return top, edit


def check_completed(kiosk, content, choices, since, session):
    expected = recommend(content, choices)
    event = kiosk.wait_event("quiz_completed", timeout=10, since=since)
    note(f"quiz_completed: recommended {event.get('recommended')} tips {event.get('tips')} "
         f"fallback {event.get('fallback')}")
    note(f"rule says:      recommended {expected['recommended']} tips {expected['tips']} "
         f"fallback {expected['fallback']} (scores {expected['scores']})")
    check(event.get("session") == session,
          f"quiz_completed session {event.get('session')} != session_started {session}")
    answers = event.get("answers", {})
    counted = shown_choices(content, choices)
    check(set(answers) == set(counted),
          f"quiz_completed answers cover questions {sorted(answers)}, expected {sorted(counted)}")
    for qid, ids in counted.items():
        if question_by_id(content, qid).get("choose", "one") == "many":
            check(sorted(answers[qid]) == sorted(ids), f"answers[{qid}] = {answers[qid]}, "
                                                       f"expected {ids}")
        else:
            check(answers[qid] == ids, f"answers[{qid}] = {answers[qid]}, expected {ids}")
    check(event.get("recommended") == expected["recommended"],
          f"recommended {event.get('recommended')} != rule {expected['recommended']}")
    check(event.get("tips") == expected["tips"],
          f"tips {event.get('tips')} != rule {expected['tips']}")
    check(event.get("fallback") is expected["fallback"],
          f"fallback {event.get('fallback')} != rule {expected['fallback']}")
    return expected


def one_journey(kiosk, content, choices, number, screenshots, since=None):
    """One pass from attract to the results.
    since: the event index from which to look for this session's session_started."""
    if since is None:
        since = len(kiosk.events())
    d = kiosk.dump()
    if d["screen"] == "attract":
        kiosk.tap("start_quiz")
    first = content["quiz"]["questions"][0]["id"]
    kiosk.wait_screen("quiz", question=first)
    started = kiosk.wait_event("session_started", timeout=5, since=since)
    note(f"session_started: {started}")
    if number == 1:
        check(started.get("trigger") == "start_button",
              f"session_started trigger is {started.get('trigger')}, expected start_button")
    session = started.get("session")
    check(session, f"session_started has no session id: {started}")

    progress = []  # the progress line's (step, of) on each question, from the UI dump

    def on_question(d):
        qid = d["question"]
        progress.append((d["progress"]["step"], d["progress"]["of"]))
        answers = [a["id"] for a in question_by_id(content, qid)["answers"]]
        shown = target_ids(d, f"answer:{qid}:")
        check(shown == [f"answer:{qid}:{a}" for a in answers],
              f"question {qid}: answer targets {shown}, content has {answers}")
        check("home" in target_ids(d), f"question {qid} has no home target")
        # Back from the second question on; on the first, Home is the way out.
        check(("back" in target_ids(d)) == (qid != first),
              f"question {qid}: back target {'present' if qid == first else 'missing'}")
        many = question_by_id(content, qid).get("choose", "one") == "many"
        check(("next" in target_ids(d)) == many,
              f"question {qid} (choose {'many' if many else 'one'}): next target "
              f"{'missing' if many else 'present'}")
        check(not any(t.get("selected") for t in d["targets"]),
              f"question {qid} starts with an answer already selected")
        if screenshots:
            kiosk.screenshot(f"path{number}-question-{qid}")

    shown = walk_quiz(kiosk, content, choices, on_question)
    check(shown == expected_questions(content, choices),
          f"questions shown {shown}, expected {expected_questions(content, choices)}")
    note(f"questions shown: {shown}")
    # The progress's total never changes within the session; its step only grows, to the end.
    check(len({of for _, of in progress}) == 1, f"the progress's total changed: {progress}")
    steps = [step for step, _ in progress]
    check(all(a < b for a, b in zip(steps, steps[1:])) and steps[-1] == progress[-1][1],
          f"the progress's steps {progress} do not grow to the total")
    # Taps from "Find my routine" to the results: the start, every answer, each Next.
    many = [q for q in shown if question_by_id(content, q).get("choose", "one") == "many"]
    taps = 1 + sum(len(choices[q]) for q in shown) + len(many)
    note(f"progress {progress}; {taps} taps")
    if all(len(choices[q]) == 1 for q in many):
        check(taps <= 8, f"{taps} taps to the results with one answer a question, more than 8")

    expected = check_completed(kiosk, content, choices, since, session)
    d = kiosk.wait_screen("results")
    products = target_ids(d, "product:")
    check(sorted(products) == sorted(f"product:{p}" for p in expected["recommended"]),
          f"results show {products}, expected {expected['recommended']}")
    # One way out of the results, Done (the target "home"): no second exit beside it.
    check("home" in target_ids(d), "results have no Done (home) target")
    check("restart" not in target_ids(d), "results still have Start over beside Done")
    if screenshots:
        # Once the reveal is over, the screen must show its end state: every animation runs to
        # its end by itself, not only when something else wakes the kiosk.
        time.sleep(1.0)
        shown_path = screen_capture(kiosk.display, os.path.join(kiosk.out, f"path{number}-results-screen.png"))
        drawn_path = kiosk.screenshot(f"path{number}-results")
        share = differing_share(shown_path, drawn_path)
        note(f"screen after the reveal vs a fresh frame: {share:.2%} of the pixels differ")
        check(share < 0.005, f"the results screen stopped part-way through its reveal: {share:.1%} "
              "of the pixels differ from a fresh frame")
    else:
        kiosk.screenshot(f"path{number}-results")
    answered = [e for e in kiosk.events()[since:] if e.get("type") == "question_answered"]
    check([e.get("question") for e in answered] == shown,
          f"question_answered events for {[e.get('question') for e in answered]}, "
          f"expected {shown}")
    return session


def end_journey(kiosk, content, session):
    """Leave the results through Done (the target "home"); returns the event index before."""
    since = len(kiosk.events())
    kiosk.tap("home")
    d = kiosk.wait_for(lambda d: d["screen"] != "results", 5, "results to go after Done")
    ended = kiosk.wait_event("session_ended", lambda e: e.get("session") == session, 5,
                             since=since)
    note(f"after Done: screen {d['screen']} question {d.get('question')}; {ended}")
    check(d["screen"] == "attract", f"Done on the results went to {d['screen']}")
    check(ended.get("reason") == "done",
          f"Done on the results ended the session with reason {ended.get('reason')}")
    return since


def back_next_home(kiosk, content, choices):
    """The many question's limit, Back, Next without an answer, and Home from a question."""
    many = [q for q in content["quiz"]["questions"] if q.get("choose", "one") == "many"]
    many_q = sorted(many, key=lambda q: "max" not in q)[0]
    m_id = many_q["id"]
    since = len(kiosk.events())
    if kiosk.dump()["screen"] == "attract":
        kiosk.tap("start_quiz")
    d = kiosk.wait_screen("quiz", question=content["quiz"]["questions"][0]["id"])
    session = kiosk.wait_event("session_started", timeout=5, since=since).get("session")
    previous = None
    while d["question"] != m_id:
        previous = d["question"]
        d = answer_question(kiosk, content, choices[previous])
        check(d["screen"] == "quiz", f"reached {d['screen']} before question {m_id}")

    def selected(d):
        return [t["id"] for t in d["targets"] if t.get("selected")]

    limit = many_q.get("max", len(many_q["answers"]))
    step(f"{m_id} allows at most {limit} answers")
    for a in many_q["answers"][:limit + 1]:
        kiosk.tap(f"answer:{m_id}:{a['id']}")
        time.sleep(0.3)
    d = kiosk.wait_for(lambda d: d["question"] == m_id and selected(d), 3, "selected answers")
    note(f"selected after {limit + 1} taps: {selected(d)}")
    check(0 < len(selected(d)) <= limit, f"{len(selected(d))} answers selected, max is {limit}")
    for tid in selected(d):
        kiosk.tap(tid)
        kiosk.wait_for(lambda d: tid not in selected(d), 3, f"{tid} to be deselected")

    step("Back goes to the previous question")
    kiosk.tap("back")
    d = kiosk.wait_for(lambda d: d["question"] != m_id, 5, "Back to leave the question")
    check(d["screen"] == "quiz" and d["question"] == previous,
          f"Back from {m_id} went to {d['screen']} / {d.get('question')}, expected {previous}")
    note(f"selected on {previous} after Back: {selected(d)}")
    d = answer_question(kiosk, content, choices[previous])
    check(d["screen"] == "quiz" and d["question"] == m_id,
          f"answering {previous} again went to {d['screen']} / {d.get('question')}")

    step(f"Next with nothing selected on {m_id} moves on with no answers ('pick any that apply')")
    for tid in selected(d):
        kiosk.tap(tid)
        kiosk.wait_for(lambda d: tid not in selected(d), 3, f"{tid} to be deselected")
    since_next = len(kiosk.events())
    kiosk.tap("next")
    d = kiosk.wait_for(lambda d: d["screen"] != "quiz" or d["question"] != m_id, 5,
                       f"Next to leave {m_id}")
    answered = kiosk.wait_event("question_answered", lambda e: e.get("question") == m_id, 5,
                                since=since_next)
    check(answered.get("answers") == [],
          f"Next with nothing selected recorded answers {answered.get('answers')}, expected []")

    step("Home goes to the attract screen and ends the session")
    since = len(kiosk.events())
    kiosk.tap("home")
    kiosk.wait_screen("attract", 5)
    ended = kiosk.wait_event("session_ended", lambda e: e.get("session") == session, 5,
                             since=since)
    note(f"{ended}")
    check(ended.get("reason") in ("home", "done"),
          f"Home ended the session with reason {ended.get('reason')}")
    if d["screen"] == "quiz":
        check(not any(e.get("type") == "quiz_completed" for e in kiosk.events()[since:]),
              "Home from a question produced a quiz_completed event")


def main(args):
    with Display(1920, 1080) as display:
        with Kiosk(display, args.binary, args.source, args.out, name="journey") as kiosk:
            content = load_content(kiosk.content_dir)
            paths = pick_paths(content)
            check(len(paths) >= 4, f"only {len(paths)} different paths found")
            kiosk.wait_screen("attract", 10)
            kiosk.screenshot("attract")
            since = None
            for number, choices in enumerate(paths, 1):
                step(f"journey {number}: {choices}")
                session = one_journey(kiosk, content, choices, number, number == 1, since)
                since = end_journey(kiosk, content, session)
            step("Next, the many-question limit, Back and Home")
            back_next_home(kiosk, content, paths[0])
            kiosk.require_alive("at the end")

        step("second run: an out-of-stock product, a higher min_score and the fallback")
        top, edit = stock_and_fallback_edits(content, paths[0])
        with Kiosk(display, args.binary, args.source, args.out, name="journey-stock",
                   prepare=edit) as kiosk:
            edited = load_content(kiosk.content_dir)
            loaded = kiosk.wait_event("content_loaded", timeout=10)
            check(loaded.get("ok") is True, f"the edited content did not load: {loaded}")
            kiosk.wait_screen("attract", 10)
            runs = [paths[0]]
            fallback_path = next((p for p in all_paths(edited)
                                  if recommend(edited, p)["fallback"]), None)
            if fallback_path:
                runs.append(fallback_path)
            else:
                note("no path of the edited content reaches the fallback")
            since = None
            for number, choices in enumerate(runs, len(paths) + 1):
                expected = recommend(edited, choices)
                step(f"journey {number}: {choices} (rule: {expected['recommended']}, "
                     f"fallback {expected['fallback']})")
                check(top not in expected["recommended"], "test defect: edit did not apply")
                session = one_journey(kiosk, edited, choices, number, False, since)
                since = end_journey(kiosk, edited, session)
            check(fallback_path is not None, "the fallback could not be exercised")


if __name__ == "__main__":
    run(main, __doc__)
