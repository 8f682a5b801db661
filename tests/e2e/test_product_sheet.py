"""The product sheet, by real taps at 1920x1080, 1080x1920 and in a 1280x800 window. From the
results of a quiz, a tap on every product card opens that product's sheet (the UI dump's
overlay "product", with Close its only target), which shows every field the content gives the
product (name, price, summary, details, each how-to step, each key ingredient, where it stands)
at the design brief's type sizes and 4.5:1 contrast, and the store map with a marker where the
product's map_x/map_y say (read in the screenshot, not in the dump). Close returns to the
results and writes product_viewed with the seconds the sheet was open. At 1920x1080 the quizzes
together bring every product that can be recommended. Last, a sheet left open times out with
the results: the slides come back, product_viewed and session_ended ("done") are written."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display, framed_window_size  # noqa: E402
from dump_and_events import target_ids  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402
from processes import under_wine  # noqa: E402
from quiz_oracle import all_paths, load_content, recommend, text, walk_quiz  # noqa: E402
from type_checks import Pixels, contrast_problems, size_problems  # noqa: E402

SIZES = [(1920, 1080, ["--kiosk"]), (1080, 1920, ["--kiosk"]),
         (1280, 800, ["--windowed", "1280x800"])]


def covering_paths(content):
    """Few answer paths whose results, together, show every product that can be recommended."""
    paths = [(p, recommend(content, p)) for p in all_paths(content)]
    paths = [(p, r) for p, r in paths if not r["fallback"]]
    wanted = set().union(*(r["recommended"] for _, r in paths))
    chosen, seen = [], set()
    while seen != wanted:
        p, r = max(paths, key=lambda pr: len(set(pr[1]["recommended"]) - seen))
        chosen.append(p)
        seen |= set(r["recommended"])
    return chosen


def expected_words(content, product):
    """Every field of the product's sheet, in the default language, as the sheet says them."""
    lang = content["kiosk"]["default_language"]
    words = [text(product[k], lang, lang) for k in ("name", "summary", "details", "location")
             if k in product]
    words += [f"{n}. {text(s, lang, lang)}" for n, s in enumerate(product.get("how_to_use", []), 1)]
    words += [text(i, lang, lang) for i in product.get("key_ingredients", [])]
    if product.get("price"):
        words.append(product["price"])
    return words


def is_marker(rgb):
    """The marker's terracotta: red well above green and blue."""
    r, g, b = rgb
    return r > g + 40 and r > b + 50


def ringed(at, x, y):
    """A terracotta ring around (x, y): met going left, right, up and down from it, within a
    tenth of the map's width (at(dx, dy): the pixel that far from it, in shares of the map)."""
    steps = [i / 400 for i in range(1, 41)]
    return all(any(is_marker(at(x + dx * s, y + dy * s)) for s in steps)
               for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)))


def check_marker(content, product, d, shot):
    """The marker stands where map_x, map_y say on the store map as drawn, and nowhere else
    another product's place is."""
    store_map = content["kiosk"].get("store_map", {}).get("image")
    if not store_map or "map_x" not in product:
        return
    drawn = [p for p in d.get("pictures", []) if p["image"] == store_map]
    check(drawn, f"{product['id']}: the store map is not drawn: {d.get('pictures')}")
    m = drawn[0]
    pixels = Pixels(shot)

    def at(x, y):
        i = (int(m["y"] + y * m["h"]) * pixels.w + int(m["x"] + x * m["w"])) * 3
        return tuple(pixels.data[i:i + 3])
    check(ringed(at, product["map_x"], product["map_y"]),
          f"{product['id']}: no marker around its place on the map")
    for other in content["products"]["products"]:
        if "map_x" in other and (abs(other["map_x"] - product["map_x"]) > 0.15 or
                                 abs(other["map_y"] - product["map_y"]) > 0.15):
            check(not ringed(at, other["map_x"], other["map_y"]),
                  f"{product['id']}: a marker around {other['id']}'s place too")
    note(f"{product['id']}: marker at {product['map_x']}, {product['map_y']} of the map")


def open_sheet(kiosk, content, pid, area, name):
    """Tap the product's card; check the sheet; Close; check product_viewed."""
    product = next(p for p in content["products"]["products"] if p["id"] == pid)
    since = len(kiosk.events())
    kiosk.tap(f"product:{pid}")
    # Settled: its words faded in and, when it has a place on the store map, the map drawn (a
    # picture comes a frame or a few after the sheet opens).
    store_map = content["kiosk"].get("store_map", {}).get("image")
    needs_map = bool(store_map) and "map_x" in product
    d = kiosk.wait_for(lambda d: d.get("overlay") == "product" and d.get("product") == pid and
                       all(t.get("opacity", 1) == 1 for t in d["texts"]) and
                       (not needs_map or any(p["image"] == store_map for p in d["pictures"])),
                       5, f"{pid}'s sheet")
    check(target_ids(d) == ["close"], f"{pid}: the sheet's targets are {target_ids(d)}")
    shown = [t["text"] for t in d["texts"]]
    for words in expected_words(content, product):
        check(words in shown, f"{pid}: the sheet does not show {words!r}; it shows {shown}")
    shot = kiosk.screenshot(name)
    problems = size_problems(d, min(area)) + contrast_problems(d, shot)
    check(not problems, f"{pid}: " + "; ".join(problems))
    check_marker(content, product, d, shot)
    kiosk.tap("close")
    d = kiosk.wait_for(lambda d: d["screen"] == "results" and not d.get("overlay"), 5, "Close")
    viewed = kiosk.wait_event("product_viewed", lambda e: e.get("product") == pid, 5, since=since)
    check(viewed.get("seconds", 0) > 0, f"product_viewed without the seconds: {viewed}")
    return d


def visit_size(args, width, height, mode, paths):
    with Display(width, height) as display, \
            Kiosk(display, args.binary, args.source, args.out, ["--time-scale", "5", *mode],
                  name=f"sheet-{width}x{height}") as kiosk:
        content = load_content(kiosk.content_dir)
        area = (width, height)
        d = kiosk.wait_screen("attract", 10)
        if under_wine() and "--windowed" in mode:
            area = framed_window_size(d, width, height, f"{width}x{height} --windowed")
        for number, path in enumerate(paths, 1):
            kiosk.wait_screen("attract", 10)
            kiosk.tap("start_quiz")
            walk_quiz(kiosk, content, path)
            d = kiosk.wait_screen("results", 5)
            for tid in target_ids(d, "product:"):
                pid = tid.split(":", 1)[1]
                d = open_sheet(kiosk, content, pid, area,
                               f"{width}x{height}/path{number}-{pid}")
            kiosk.tap("home")
        return content


def times_out(args, paths):
    """A sheet left open: the results' timeout takes the shopper back to the slides."""
    with Display(1280, 800) as display, \
            Kiosk(display, args.binary, args.source, args.out,
                  ["--time-scale", "20", "--windowed", "1280x800"], name="sheet-timeout") as kiosk:
        content = load_content(kiosk.content_dir)
        kiosk.wait_screen("attract", 10)
        kiosk.tap("start_quiz")
        walk_quiz(kiosk, content, paths[0])
        d = kiosk.wait_screen("results", 5)
        pid = target_ids(d, "product:")[0].split(":", 1)[1]
        since = len(kiosk.events())
        kiosk.tap(f"product:{pid}")
        kiosk.wait_for(lambda d: d.get("overlay") == "product", 5, "the sheet")
        timeout = content["kiosk"].get("timing", {}).get("results_timeout_seconds", 90) / 20
        kiosk.wait_screen("attract", timeout + 8)
        viewed = kiosk.wait_event("product_viewed", lambda e: e.get("product") == pid, 5,
                                  since=since)
        ended = kiosk.wait_event("session_ended", timeout=5, since=since)
        check(ended.get("reason") == "done", f"the session ended with {ended}")
        note(f"timed out to the slides: {viewed}; {ended}")


def main(args):
    content = load_content(os.path.join(args.source, "content"))
    paths = covering_paths(content)
    step(f"{len(paths)} paths bring every product: {paths}")
    for width, height, mode in SIZES:
        step(f"{width}x{height} {' '.join(mode)}")
        visit_size(args, width, height, mode, paths if width == 1920 else paths[:1])
    step("a sheet left open times out with the results")
    times_out(args, paths)


if __name__ == "__main__":
    run(main, __doc__)
