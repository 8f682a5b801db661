"""The recommendation oracle: the content files and the recommendation rule, written from the
content format's normative rule independently of the app (load_content, text, recommend), every
way through the quiz (all_paths, expected_questions), and the quiz driven through a Kiosk
(answer_question, walk_quiz) so that a test can compare what the kiosk did with what the rule
says."""

import itertools
import json
import os

from checks import check


def load_content(content_dir):
    def load(name):
        with open(os.path.join(content_dir, name), encoding="utf-8") as f:
            return json.load(f)
    return {"kiosk": load("kiosk.json"), "slides": load("slides.json"),
            "quiz": load("quiz.json"), "products": load("products.json")}


def text(value, language, default_language):
    """A Text in `language`, falling back to the default language."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return value.get(language, value.get(default_language, ""))


def question_by_id(content, qid):
    return next(q for q in content["quiz"]["questions"] if q["id"] == qid)


def is_shown(question, shown_choices):
    cond = question.get("show_if")
    if not cond:
        return True
    chosen = shown_choices.get(cond["question"], [])
    return any(a in cond["any_of"] for a in chosen)


def shown_choices(content, choices):
    """Only the choices of questions that were shown, in question order."""
    shown = {}
    for q in content["quiz"]["questions"]:
        if is_shown(q, shown) and q["id"] in choices:
            shown[q["id"]] = list(choices[q["id"]])
    return shown


def recommend(content, choices):
    """The recommendation rule. choices: question id -> list of answer ids.

    Returns {"profile", "scores", "recommended" (ids, in order), "fallback", "tips" (ids),
    "why" (product id -> the answers' reason Texts, else their text)}.
    """
    quiz, products = content["quiz"], content["products"]["products"]
    results = quiz.get("results", {})
    max_products = results.get("max_products", 3)
    min_score = results.get("min_score", 1)
    fallback_ids = results.get("fallback", [])
    max_tips = quiz.get("max_tips", 2)

    counted = []  # (answer) of shown questions, in question order then choice order
    for q in quiz["questions"]:
        for aid in shown_choices(content, choices).get(q["id"], []):
            counted.append(next(a for a in q["answers"] if a["id"] == aid))

    profile = {}
    for a in counted:
        for tag, weight in a.get("tags", {}).items():
            profile[tag] = profile.get(tag, 0) + weight

    def score(p):
        return sum(profile.get(tag, 0) * w for tag, w in p.get("tags", {}).items())

    scores = {p["id"]: score(p) for p in products}
    in_stock = [p for p in products if p.get("in_stock", True)]
    ranked = sorted(in_stock, key=lambda p: -scores[p["id"]])  # sorted() is stable
    recommended = [p for p in ranked if scores[p["id"]] >= min_score][:max_products]
    fallback = not recommended
    if fallback:
        by_id = {p["id"]: p for p in products}
        recommended = [by_id[i] for i in fallback_ids if i in by_id
                       and by_id[i].get("in_stock", True)]

    why = {}
    for p in recommended:
        helping = []
        for a in counted:
            c = sum(w * p.get("tags", {}).get(tag, 0) for tag, w in a.get("tags", {}).items())
            if c > 0:
                helping.append((c, a))
        helping.sort(key=lambda pair: -pair[0])
        why[p["id"]] = [a.get("reason", a["text"]) for _, a in helping[:2]] if not fallback else []

    tips = []
    for tip in quiz.get("tips", []):
        tags = tip.get("when_tags", [])
        if any(profile.get(t, 0) > 0 for t in tags):
            tips.append((sum(profile.get(t, 0) for t in tags), tip["id"]))
    tips.sort(key=lambda pair: -pair[0])

    return {"profile": profile, "scores": scores, "recommended": [p["id"] for p in recommended],
            "fallback": fallback, "tips": [t for _, t in tips[:max_tips]], "why": why}


def all_paths(content):
    """Every way through the quiz: a list of choices dicts (shown questions only)."""
    questions = content["quiz"]["questions"]

    def options(q):
        ids = [a["id"] for a in q["answers"]]
        if q.get("choose", "one") != "many":
            return [[i] for i in ids]
        most = q.get("max", len(ids))
        return [list(c) for n in range(1, most + 1) for c in itertools.combinations(ids, n)]

    paths = [{}]
    for q in questions:
        grown = []
        for p in paths:
            if is_shown(q, p):
                grown += [{**p, q["id"]: o} for o in options(q)]
            else:
                grown.append(p)
        paths = grown
    return paths


def expected_questions(content, choices):
    """The question ids the quiz shows for these choices, in order."""
    shown = {}
    order = []
    for q in content["quiz"]["questions"]:
        if is_shown(q, shown):
            order.append(q["id"])
            if q["id"] in choices:
                shown[q["id"]] = choices[q["id"]]
    return order


# --------------------------------------------------------------------------------------------
# Driving the quiz through a Kiosk


def answer_question(kiosk, content, chosen, timeout=10):
    """On the current question, tap the answers in `chosen` (and Next on a many-question);
    wait until the app has moved on. Returns the dump after moving on."""
    d = kiosk.dump()
    qid = d["question"]
    q = question_by_id(content, qid)
    for aid in chosen:
        kiosk.tap(f"answer:{qid}:{aid}")
        if q.get("choose", "one") == "many":
            kiosk.wait_for(lambda d: any(t["id"] == f"answer:{qid}:{aid}" and t.get("selected")
                                         for t in d["targets"]),
                           5, f"answer {aid} of {qid} to show as selected")
    if q.get("choose", "one") == "many":
        kiosk.tap("next")
    return kiosk.wait_for(lambda d: d["screen"] != "quiz" or d["question"] != qid, timeout,
                          f"the quiz to move on from question {qid}")


def walk_quiz(kiosk, content, choices, on_question=None):
    """From the first question to the results, answering from `choices` (question id -> answer
    ids). Returns the list of question ids shown. on_question(dump) runs on each question."""
    shown = []
    d = kiosk.wait_screen("quiz")
    while d["screen"] == "quiz":
        qid = d["question"]
        check(qid not in shown, f"question {qid} shown twice in one pass: {shown}")
        check(qid in choices, f"the app shows question {qid}, which this path does not expect "
                              f"(shown so far {shown}; path {choices})")
        shown.append(qid)
        if on_question:
            on_question(d)
        d = answer_question(kiosk, content, choices[qid])
    check(d["screen"] == "results", f"after the last question the screen is {d['screen']}")
    return shown
