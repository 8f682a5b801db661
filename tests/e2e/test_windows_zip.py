r"""The Windows zip as a shop PC gets it (Windows build only, under Wine): unpacked into a new
folder whose name has a space in it, its probiotic-kiosk.exe is started from there WITHOUT
--content and from another working folder, so that it must find content\ (and the pictures in
assets\) beside itself, and its fonts in fonts\. In its default mode it fills the 1920x1080
screen and shows the attract screen; --send screenshot writes a picture of it; --send stop ends
it with exit code 0 and app_stopped.

The zip is probiotic-kiosk-<version>-windows-x64.zip (<version> from CMakeLists.txt) beside
--binary, else in build-windows/ of --source, as scripts/build-windows.sh makes it. With no zip
the test fails ("no zip: run scripts/build-windows.sh")."""

import glob
import os
import shutil
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, step  # noqa: E402
from display import Display  # noqa: E402
from images import check_not_blank  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk, project_version  # noqa: E402
from processes import under_wine  # noqa: E402
from quiz_oracle import load_content  # noqa: E402

WIDTH, HEIGHT = 1920, 1080
FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")


def find_zip(args):
    version = project_version(args.source)
    name = f"probiotic-kiosk-{version}-windows-x64.zip"
    folders = [os.path.dirname(args.binary), os.path.join(args.source, "build-windows")]
    for folder in folders:
        if os.path.isfile(os.path.join(folder, name)):
            return os.path.join(folder, name)
    others = sorted({os.path.basename(p) for folder in folders
                     for p in glob.glob(os.path.join(folder, "probiotic-kiosk-*-windows-x64.zip"))})
    check(False, f"no zip: run scripts/build-windows.sh (no {name} in {' or '.join(folders)}"
                 + (f"; only {', '.join(others)}" if others else "") + ")")


def unpack(zip_path, into):
    with zipfile.ZipFile(zip_path) as z:
        names = z.namelist()
        tops = {n.split("/", 1)[0] for n in names}
        check(len(tops) == 1, f"the zip should hold one folder, it holds {sorted(tops)}")
        z.extractall(into)
    folder = os.path.join(into, tops.pop())
    note(f"{len(names)} entries unpacked into {folder}")
    for part in ("probiotic-kiosk.exe", "README.txt", "content/kiosk.json", "content/quiz.json",
                 "content/products.json", "content/slides.json", "assets",
                 *(f"fonts/{f}" for f in FONTS)):
        check(os.path.exists(os.path.join(folder, part)), f"the zip has no {part}")
    return folder


def main(args):
    check(under_wine(), f"{args.binary} is not the Windows build (.exe): this test unpacks the "
                        "Windows zip and runs it under Wine")
    zip_path = find_zip(args)
    step(f"unpack {zip_path}")
    tmp = tempfile.mkdtemp(prefix="kiosk-zip-")
    try:
        folder = unpack(zip_path, os.path.join(tmp, "Shop PC"))
        exe = os.path.join(folder, "probiotic-kiosk.exe")
        content_dir = os.path.join(folder, "content")
        with Display(WIDTH, HEIGHT) as display:
            step("start the unpacked exe without --content, from another working folder")
            with Kiosk(display, exe, args.source, args.out, content=content_dir,
                       content_option=False, name="zip") as kiosk:
                check(os.path.abspath(kiosk.tmp) != os.path.abspath(folder), "test defect")
                d = kiosk.wait_screen("attract", 20)
                check(d["window"] == {"w": WIDTH, "h": HEIGHT},
                      f"the default (kiosk) mode window is {d['window']}, expected the whole "
                      f"{WIDTH}x{HEIGHT} screen")
                loaded = kiosk.wait_event("content_loaded", timeout=5)
                note(f"content_loaded: {loaded}")
                check(loaded.get("ok") is True and loaded.get("errors") == 0
                      and loaded.get("warnings") == 0,
                      f"the zip's own content did not load cleanly: {loaded}")
                started = [line for line in kiosk.stderr_tail(50).splitlines()
                           if "started: content" in line]
                check(started, f"no 'started: content' line on stderr:\n{kiosk.stderr_tail()}")
                note(started[0])
                shown = started[0].split("started: content ", 1)[1].split(",")[0]
                want = os.path.basename(folder) + "/content"
                check(shown.replace("\\", "/").lower().endswith(want.lower()),
                      f"the kiosk reads content from {shown!r}, not the zip's {want!r} "
                      f"beside the exe")
                check("fonts Noto Sans" in started[0],
                      f"the kiosk does not draw with the zip's fonts\\ (Noto Sans): {started[0]}")
                expected = load_content(content_dir)["kiosk"]["strings"]["start_quiz"]
                label = kiosk.target("start_quiz", d)["label"]
                check(label in (expected.values() if isinstance(expected, dict) else [expected]),
                      f"start_quiz says {label!r}, the zip's kiosk.json {expected!r}")

                step("--send screenshot, then --send stop")
                shot = kiosk.screenshot("zip-attract")
                check_not_blank(shot, WIDTH, HEIGHT)
                code = kiosk.terminate()
                check(code == 0, f"--send stop gave exit code {code}, expected 0")
                events = kiosk.events()
                check(events and events[-1].get("type") == "app_stopped",
                      f"the last event is not app_stopped: {events[-3:]}")
                note(f"{events[-1]}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    run(main, __doc__)
