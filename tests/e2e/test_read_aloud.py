"""Read aloud, by real taps at 1920x1080 and 1080x1920, spoken into a WAV file (--speech-wav)
so that no sound device is needed. The accessibility panel offers it as a third switch; once it
is on, the slide is read, then the first question: its words, its hint and its answers, in the
shopper's language, as the UI dump's "speech" says and the WAV holds (speech, not silence: loud
enough, mostly voiced, about as long as the words). A tapped answer is said with whether it is
now chosen. The same again in Indonesian. The aid is recorded in session_ended. Last, at
1920x1080 with --time-scale 20: a product's sheet opened by a tap is said (its name and summary
as products.json has them); closed, the results are not said again; "Still there?" over the
results is said once it appears (its title and words, without the line on more time)."""

import array
import os
import sys
import time
import wave

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display  # noqa: E402
from dump_and_events import target_ids  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402
from quiz_oracle import (all_paths, load_content, question_by_id, recommend, text,  # noqa: E402
                         walk_quiz)

AIDS = ["aid:larger_text", "aid:high_contrast", "aid:more_time", "aid:reach", "aid:read_aloud"]
WINDOW = 0.02  # seconds: the windows whose loudness is measured
VOICED = 300  # the RMS (of 32767) above which a window holds sound, not silence
SCALE = 20  # --time-scale of the sheet's visit: "Still there?" comes soon after the results


def settled(d):
    return all(t.get("opacity", 1) == 1 for t in d.get("texts", []))


def wav_samples(path):
    """The WAV's samples and rate, once the file exists; it is checked to be 16-bit mono."""
    if not os.path.exists(path):
        return array.array("h"), 0
    with wave.open(path, "rb") as w:
        check(w.getnchannels() == 1 and w.getsampwidth() == 2,
              f"{path}: {w.getnchannels()} channels of {w.getsampwidth() * 8} bits, not 16-bit mono")
        samples = array.array("h", w.readframes(w.getnframes()))
        return samples, w.getframerate()


def wav_settled(path, timeout=10):
    """The WAV once it has stopped growing (the kiosk rewrites it after each utterance)."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        size = os.path.getsize(path) if os.path.exists(path) else -1
        if size == last and size > 44:
            return wav_samples(path)
        last = size
        time.sleep(0.3)
    return wav_samples(path)


def loudness(samples, rate):
    """RMS of the whole, and the share of 20 ms windows that hold sound."""
    def rms(part):
        return (sum(s * s for s in part) / len(part)) ** 0.5 if part else 0.0
    n = max(1, int(rate * WINDOW))
    windows = [samples[i:i + n] for i in range(0, len(samples) - n + 1, n)]
    voiced = sum(1 for w in windows if rms(w) > VOICED)
    return rms(samples), voiced / max(1, len(windows))


def expected_words(content, question, language):
    default = content["kiosk"].get("default_language", "en")
    return ([text(question["text"], language, default)] +
            [text(a["text"], language, default) for a in question["answers"]])


def turn_on(kiosk, where, shots=True):
    """Read aloud on by taps on the panel (screenshots of it unless `shots` is False: with
    --time-scale the panel closes by itself before long)."""
    kiosk.tap("accessibility")
    d = kiosk.wait_for(lambda d: d.get("overlay") == "accessibility" and settled(d), 5,
                       "the accessibility panel")
    check(target_ids(d) == ["close"] + AIDS, f"the panel's targets are {target_ids(d)}")
    if shots:
        kiosk.screenshot(f"{where}/panel")
    kiosk.tap("aid:read_aloud")
    d = kiosk.wait_for(lambda d: d["accessibility"]["aids"] == ["read_aloud"] and settled(d), 5,
                       "read aloud on")
    check(kiosk.target("aid:read_aloud", d).get("selected") is True,
          "the read aloud switch does not show it is on")
    if shots:
        kiosk.screenshot(f"{where}/panel-read-aloud")
    kiosk.tap("close")
    return kiosk.wait_for(lambda d: d.get("overlay") is None and d.get("speech"), 5,
                          "the slide read aloud once the panel closed")


def first_question(kiosk, content, wav, language, where):
    """Start the quiz; the first question is said in `language` and goes into the WAV."""
    before, _ = wav_settled(wav)
    kiosk.tap("start_quiz")
    d = kiosk.wait_for(lambda d: d["screen"] == "quiz" and d["speech"]["words"].startswith(
        expected_words(content, question_by_id(content, d["question"]), language)[0]), 5,
        f"the first question said in {language}")
    check(d["speech"]["language"] == language, f"said in {d['speech']['language']}")
    q = question_by_id(content, d["question"])
    said = d["speech"]["words"]
    missing = [w for w in expected_words(content, q, language) if w not in said]
    check(not missing, f"{where}: the speech leaves out {missing}: {said!r}")
    samples, rate = wav_settled(wav)
    part = samples[len(before):]
    seconds = len(part) / rate if rate else 0
    rms, share = loudness(part, rate)
    words = len(said.split())
    note(f"{where}: {words} words, {seconds:.2f} s of speech, RMS {rms:.0f}, "
         f"{share:.0%} of 20 ms windows voiced, {rate} Hz")
    check(rate >= 8000, f"{where}: the WAV's rate is {rate}")
    check(rms > 1000, f"{where}: the speech is near silence (RMS {rms:.0f})")
    check(share > 0.5, f"{where}: only {share:.0%} of the windows hold sound")
    check(0.15 * words < seconds < 1.0 * words,
          f"{where}: {seconds:.2f} s for {words} words is not speech of those words")
    return d, q


def tapped_answer(kiosk, content, d, q, language):
    """A tapped answer is said with its state (a one-answer question says it before the next)."""
    answer = q["answers"][0]
    label = text(answer["text"], language, content["kiosk"].get("default_language", "en"))
    kiosk.tap(f"answer:{q['id']}:{answer['id']}")
    d = kiosk.wait_for(lambda d: d["speech"]["words"].startswith(label + ":"), 5,
                       f"the tapped answer {label!r} said")
    return d["speech"]["words"]


def visit(args, content, width, height, language):
    where = f"{width}x{height}-{language}"
    wav = os.path.join(args.out, f"{where}.wav")
    if os.path.exists(wav):
        os.remove(wav)
    with Display(width, height) as display, \
            Kiosk(display, args.binary, args.source, args.out,
                  ["--kiosk", "--speech-wav", wav], name=f"read-aloud-{where}") as kiosk:
        d = kiosk.wait_screen("attract", 10)
        check(d["speech"] is None, f"speech before read aloud was turned on: {d['speech']}")
        if language != d["language"]:
            kiosk.tap(f"lang:{language}")
            kiosk.wait_for(lambda d: d["language"] == language, 5, f"language {language}")
        d = turn_on(kiosk, where)
        check(d["speech"]["language"] == language, f"the slide said in {d['speech']}")
        since = len(kiosk.events())
        d, q = first_question(kiosk, content, wav, language, where)
        kiosk.screenshot(f"{where}/question")
        said = tapped_answer(kiosk, content, d, q, language)
        note(f"{where}: after a tap: {said[:80]!r}")
        kiosk.tap("home")
        ended = kiosk.wait_event("session_ended", timeout=5, since=since)
        check(ended.get("aids") == ["read_aloud"], f"session_ended without the aid: {ended}")


def words(content, key, language):
    """An interface string of kiosk.json in `language`."""
    default = content["kiosk"].get("default_language", "en")
    return text(content["kiosk"]["strings"][key], language, default)


def sheet_said(kiosk, content, d, language):
    """Tap the first product's card: its sheet is said; Close: the results are not said again."""
    pid = target_ids(d, "product:")[0].split(":", 1)[1]
    product = next(p for p in content["products"]["products"] if p["id"] == pid)
    default = content["kiosk"].get("default_language", "en")
    name = text(product["name"], language, default)
    kiosk.tap(f"product:{pid}")
    d = kiosk.wait_for(lambda d: d.get("overlay") == "product" and settled(d) and
                       d["speech"]["words"].startswith(name), 5, f"{pid}'s sheet said")
    said = d["speech"]["words"]
    wanted = [text(product[k], language, default) for k in ("summary", "location") if k in product]
    missing = [w for w in wanted if w not in said]
    check(not missing, f"{pid}: the sheet's speech leaves out {missing}: {said!r}")
    note(f"{pid}'s sheet: {said[:100]!r}")
    kiosk.tap("close")
    kiosk.wait_for(lambda d: d["screen"] == "results" and not d.get("overlay"), 5, "Close")
    time.sleep(0.3)
    d = kiosk.dump()
    check(d["speech"]["words"] == said, f"after Close, said again: {d['speech']['words'][:80]!r}")


def sheet_and_still_there(args, content):
    """The results of a short path, read aloud; a product's sheet; "Still there?"."""
    language = content["kiosk"].get("default_language", "en")
    path = min((p for p in all_paths(content) if not recommend(content, p)["fallback"]), key=len)
    wav = os.path.join(args.out, "sheet.wav")
    with Display(1920, 1080) as display, \
            Kiosk(display, args.binary, args.source, args.out,
                  ["--kiosk", "--speech-wav", wav, "--time-scale", str(SCALE)],
                  name="read-aloud-sheet") as kiosk:
        kiosk.wait_screen("attract", 10)
        turn_on(kiosk, "sheet", shots=False)
        kiosk.tap("start_quiz")
        walk_quiz(kiosk, content, path)
        title = words(content, "results_title", language)
        d = kiosk.wait_for(lambda d: d["screen"] == "results" and title in d["speech"]["words"],
                           5, "the results said")
        sheet_said(kiosk, content, d, language)
        still = words(content, "still_there", language)
        timeout = content["kiosk"]["timing"]["results_timeout_seconds"] / SCALE
        d = kiosk.wait_for(lambda d: d.get("overlay") == "still_there" and
                           d["speech"]["words"].startswith(still), timeout + 5,
                           "Still there? said")
        said = d["speech"]["words"]
        check(words(content, "still_there_body", language) in said,
              f"Still there? said without its words: {said!r}")
        check(words(content, "still_there_more_time", language) not in said,
              f"Still there? said the line on more time, which is off: {said!r}")
        note(f"Still there?: {said!r}")


def main(args):
    content = load_content(os.path.join(args.source, "content"))
    started = time.monotonic()
    for width, height in ((1920, 1080), (1080, 1920)):
        for language in ("en", "id"):
            step(f"{width}x{height}, {language}: read aloud on, the first question spoken")
            visit(args, content, width, height, language)
    step("1920x1080: a product's sheet and Still there? read aloud")
    sheet_and_still_there(args, content)
    note(f"all in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    run(main, __doc__)
