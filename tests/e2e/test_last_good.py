"""Never a dark screen: the kiosk keeps a copy of the last content that loaded in its data
folder, and starts on it when the content folder is refused at the next start. The case that
caused restart loops: a product picture replaced by a broken file while the kiosk ran (refused
as content, so the kiosk kept showing what it had), then a restart (a reboot, the watchdog). The
kiosk must come up on the last good content, say so in its log, and write content_loaded with
ok false and fallback "last_good". With broken content and no saved copy (a fresh install) it
still exits 1 with the first error on stderr."""

import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, poll, step  # noqa: E402
from display import Display  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk, copy_content  # noqa: E402
from processes import program, program_env  # noqa: E402

BROKEN = os.path.join("products", "probiotic-facial-cleanser.png")


def main(args):
    work = tempfile.mkdtemp(prefix="kiosk-last-good-")
    content = copy_content(args.source, work)
    assets = os.path.join(os.path.dirname(content), "assets")
    data = os.path.join(work, "data")
    os.makedirs(data)
    try:
        with Display(1280, 800) as display:
            step("a first start on good content saves a copy of it")
            with Kiosk(display, args.binary, args.source, args.out, ["--windowed", "1280x800",
                       "--data-dir", data], content=content, name="first") as kiosk:
                kiosk.data_dir = data
                kiosk.wait_screen("attract")
                current = os.path.join(data, "last-good", "current")
                check(poll(lambda: os.path.exists(current), 15), f"no {current} after the start")
                copy = os.path.join(data, "last-good", open(current).read().strip())
                check(os.path.isfile(os.path.join(copy, "assets", BROKEN)),
                      f"the saved copy lacks the picture {BROKEN}")
                step(f"{BROKEN} is replaced by a broken file while the kiosk runs")
                with open(os.path.join(assets, BROKEN), "wb") as f:
                    f.write(b"x")
                kiosk.wait_event("content_loaded", lambda e: e.get("ok") is False, timeout=15)
                check(kiosk.terminate() == 0, "the first kiosk did not stop cleanly")

            step("the next start comes up on the last good content")
            with Kiosk(display, args.binary, args.source, args.out, ["--windowed", "1280x800",
                       "--data-dir", data], content=content, name="restart") as kiosk:
                kiosk.data_dir = data
                kiosk.wait_screen("attract", timeout=15)
                kiosk.require_alive("after starting on refused content")
                loaded = kiosk.wait_event("content_loaded",
                                          lambda e: e.get("fallback") == "last_good", timeout=10)
                note(f"content_loaded {loaded}")
                check(loaded.get("ok") is False and loaded.get("errors", 0) >= 1,
                      f"content_loaded should say ok false with the errors: {loaded}")
                check(poll(lambda: "last good content" in kiosk.stderr_tail(30), 5),
                      f"the log does not say it shows the last good content:\n{kiosk.stderr_tail()}")
                kiosk.screenshot("restart-on-last-good")
                kiosk.terminate()

        step("broken content and no saved copy: exit 1, the first error on stderr")
        fresh = os.path.join(work, "fresh-data")
        os.makedirs(fresh)
        r = subprocess.run(program(args.binary, "--content", content, "--data-dir", fresh,
                                   "--windowed", "1280x800"),
                           env=program_env(dict(os.environ, DISPLAY=":9999")),
                           capture_output=True, text=True, timeout=60)
        lines = [line for line in r.stderr.splitlines() if line.strip()]
        note(f"exit {r.returncode}, stderr {lines}")
        check(r.returncode == 1, f"exit {r.returncode}, expected 1")
        check(any("probiotic-facial-cleanser.png" in line for line in lines),
              f"stderr does not name the broken picture: {lines}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    run(main, __doc__)
