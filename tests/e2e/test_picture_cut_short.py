"""Pictures cut short, as an interrupted upload leaves them (a valid PNG or JPEG header, the data
ending early), are errors of the content check, which decodes every picture. `--validate` on
the shipped content exits 0; on a copy with one slide picture (PNG) cut to half its bytes and
one product picture made a JPEG (ImageMagick's convert) and cut short, named by two products,
it exits 1 with one error per value, each at the file, line and JSON pointer of its "image"
value. The running kiosk refuses a reload whose slide picture was cut short (content_loaded ok
false, the error in its log) and keeps running; started again on it, it comes up on its last
good content."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, expect, note, poll, step  # noqa: E402
from display import Display  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk, copy_content, edit_json  # noqa: E402
from processes import run_program  # noqa: E402

CUT_PNG = "PNG data ends early"
CUT_JPEG = "JPEG data ends early"


def validate(args, content):
    result = run_program(args.binary, ["--validate", "--content", content], timeout=120)
    output = result.stdout + result.stderr
    note(f"--validate {content} -> exit {result.returncode}")
    for line in output.strip().splitlines()[-6:]:
        note(f"  | {line}")
    return result.returncode, output


def cut_to_half(path):
    with open(path, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(data[:len(data) // 2])
    note(f"{os.path.basename(path)}: {len(data)} bytes cut to {len(data) // 2}")


def image_line(path, image, nth=0):
    """The line (1-based) of the nth `"image": "<image>"` of a JSON file."""
    with open(path, encoding="utf-8") as f:
        lines = [i for i, text in enumerate(f.read().split("\n"), 1)
                 if re.search(r'"image":\s*"' + re.escape(image) + '"', text)]
    check(len(lines) > nth, f"{path} names {image} {len(lines)} times")
    return lines[nth]


def make_jpeg(png, jpeg):
    """The PNG as a baseline JPEG, through ImageMagick (white behind transparent parts)."""
    result = subprocess.run(["/usr/bin/convert", png, "-background", "white", "-alpha", "remove",
                             "-quality", "85", jpeg], capture_output=True, text=True, timeout=60)
    check(result.returncode == 0, f"convert {png} {jpeg} failed: {result.stderr.strip()}")
    with open(jpeg, "rb") as f:
        data = f.read()
    check(data[:2] == b"\xff\xd8" and data[-2:] == b"\xff\xd9", f"{jpeg} is not a whole JPEG")


def check_error(output, file, pointer, image, words, line):
    pattern = (re.escape(file) + r":(\d+):\d+: error: image '" + re.escape(image) + r"': " +
               re.escape(words) + r"[^\n]*\[" + re.escape(pointer) + r"\]")
    found = re.findall(pattern, output)
    check(len(found) == 1, f"expected one error '{words}' at [{pointer}], found {len(found)}:\n"
                           f"{output}")
    expect(int(found[0]) == line, f"the error at [{pointer}] names line {found[0]}, "
                                  f"the value is on line {line}")


def prepare_broken(content):
    """Cuts the first slide picture to half; makes the first product's picture a JPEG cut short,
    named by the first two products. Returns [(file, pointer, image, words, line)]."""
    assets = os.path.join(os.path.dirname(content), "assets")
    slides_path, products_path = (os.path.join(content, n) for n in ("slides.json",
                                                                     "products.json"))
    with open(slides_path, encoding="utf-8") as f:
        slides = json.load(f)["slides"]
    slide = next(i for i, s in enumerate(slides) if s.get("image", "").endswith(".png"))
    slide_image = slides[slide]["image"]
    cut_to_half(os.path.join(assets, slide_image))

    with open(products_path, encoding="utf-8") as f:
        png_image = json.load(f)["products"][0]["image"]
    jpeg_image = os.path.splitext(png_image)[0] + ".jpg"
    make_jpeg(os.path.join(assets, png_image), os.path.join(assets, jpeg_image))

    def name_jpeg(data):
        for product in data["products"][:2]:
            product["image"] = jpeg_image
    edit_json(products_path, name_jpeg)
    return slide_image, jpeg_image, [
        ("slides.json", f"/slides/{slide}/image", slide_image, CUT_PNG,
         image_line(slides_path, slide_image)),
        ("products.json", "/products/0/image", jpeg_image, CUT_JPEG,
         image_line(products_path, jpeg_image, 0)),
        ("products.json", "/products/1/image", jpeg_image, CUT_JPEG,
         image_line(products_path, jpeg_image, 1))]


def check_validate(args, work):
    step("--validate on the shipped content: exit 0")
    code, output = validate(args, os.path.join(args.source, "content"))
    check(code == 0, f"--validate of the shipped content exited {code}:\n{output}")
    check(": error: " not in output, f"--validate printed errors:\n{output}")

    content = copy_content(args.source, os.path.join(work, "validate"))
    slide_image, jpeg_image, errors = prepare_broken(content)
    assets = os.path.join(os.path.dirname(content), "assets")
    step("the JPEG made of a product picture is whole: before it is cut, only the slide fails")
    code, output = validate(args, content)
    check(code == 1 and output.count(": error: ") == 1,
          f"only the slide picture should fail before the JPEG is cut:\n{output}")
    cut_to_half(os.path.join(assets, jpeg_image))

    step(f"--validate with {slide_image} and {jpeg_image} cut short: exit 1, one error each")
    code, output = validate(args, content)
    check(code == 1, f"--validate exited {code}, expected 1:\n{output}")
    for error in errors:
        check_error(output, *error)
    expect(output.count(": error: ") == len(errors),
           f"expected {len(errors)} errors, got:\n{output}")


def check_running_kiosk(args, work):
    content = copy_content(args.source, os.path.join(work, "running"))
    assets = os.path.join(os.path.dirname(content), "assets")
    data = os.path.join(work, "data")
    with open(os.path.join(content, "slides.json"), encoding="utf-8") as f:
        image = [s["image"] for s in json.load(f)["slides"] if s.get("image")][-1]
    kiosk_args = ["--windowed", "1280x800", "--data-dir", data]
    with Display(1280, 800) as display:
        with Kiosk(display, args.binary, args.source, args.out, kiosk_args, content=content,
                   name="running") as kiosk:
            kiosk.data_dir = data
            kiosk.wait_screen("attract")
            current = os.path.join(data, "last-good", "current")
            check(poll(lambda: os.path.exists(current), 15), "no last good copy after the start")
            step(f"{image} cut to half its bytes under the running kiosk")
            cut_to_half(os.path.join(assets, image))
            refused = kiosk.wait_event("content_loaded", lambda e: e.get("ok") is False,
                                       timeout=20)
            note(f"content_loaded {refused}")
            check(refused.get("errors", 0) >= 1, f"a refusal without errors: {refused}")
            with open(os.path.join(data, "kiosk.log"), encoding="utf-8") as f:
                log = f.read()
            check(f"image '{image}': {CUT_PNG}" in log, "the log does not give the error")
            kiosk.require_alive("after the refused reload")
            check(kiosk.terminate() == 0, "the kiosk did not stop cleanly")

        step("started again on the cut picture: the last good content")
        with Kiosk(display, args.binary, args.source, args.out, kiosk_args, content=content,
                   name="restart") as kiosk:
            kiosk.data_dir = data
            kiosk.wait_screen("attract", timeout=20)
            loaded = kiosk.wait_event("content_loaded",
                                      lambda e: e.get("fallback") == "last_good", timeout=10)
            check(loaded.get("ok") is False, f"content_loaded should say ok false: {loaded}")
            kiosk.terminate()


def main(args):
    work = tempfile.mkdtemp(prefix="kiosk-cut-short-")
    try:
        check_validate(args, work)
        check_running_kiosk(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    run(main, __doc__)
