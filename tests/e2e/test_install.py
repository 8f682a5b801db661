"""The installed kiosk and its Debian package.

`cmake --install` of the build that made --binary into a temporary prefix: the files land where
packaging/packaging.cmake says; the installed binary, run from another folder with no --content,
finds and validates its installed content (share/probiotic-kiosk/content, found beside the
executable) and starts on it under Xvfb showing the slides; the installed systemd unit names the
installed binary and passes `systemd-analyze verify`. Then `cpack -G DEB` builds the package into
a temporary folder: its control fields (name, maintainer, computed dependencies,
fonts-noto-core and fonts-dejavu-core, espeak-ng's library and voices) and its files (binary, content, schema, PNG assets without
their SVG sources, unit, README, alert rules); unpacked with dpkg-deb -x (never installed on this machine),
its binary validates its own content too.
"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, note, poll, step  # noqa: E402
from display import Display  # noqa: E402
from kiosk_harness import run  # noqa: E402
from processes import spawn  # noqa: E402

CONTENT_FILES = ("kiosk.json", "slides.json", "quiz.json", "products.json")
UNIT = "probiotic-kiosk.service"


def sh(cmd, timeout=300, **kwargs):
    note("$ " + " ".join(cmd))
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kwargs)


def files_under(root):
    found = []
    for folder, _, names in os.walk(root):
        found += [os.path.relpath(os.path.join(folder, n), root) for n in names]
    return sorted(found)


def shipped_pngs(source):
    assets = os.path.join(source, "assets")
    return sorted(p for p in files_under(assets) if p.endswith(".png") and not p.startswith("src/"))


def check_layout(prefix, source):
    step("installed layout")
    binary = os.path.join(prefix, "bin", "probiotic-kiosk")
    check(os.access(binary, os.X_OK), f"no executable at {binary}")
    share = os.path.join(prefix, "share", "probiotic-kiosk")
    for name in CONTENT_FILES:
        check(os.path.isfile(os.path.join(share, "content", name)), f"content/{name} not installed")
    schemas = [n for n in os.listdir(os.path.join(source, "content", "schema")) if n.endswith(".json")]
    for name in schemas:
        check(os.path.isfile(os.path.join(share, "content", "schema", name)),
              f"content/schema/{name} not installed")
    assets = files_under(os.path.join(share, "assets"))
    check(assets, "no assets installed")
    check(all(a.endswith(".png") for a in assets), f"non-PNG files in assets: "
                                                     f"{[a for a in assets if not a.endswith('.png')]}")
    check(not os.path.exists(os.path.join(share, "assets", "src")), "assets/src was installed")
    check(assets == shipped_pngs(source),
          f"installed assets differ from the shipped PNGs: {set(assets) ^ set(shipped_pngs(source))}")
    for doc in ("README.md", "alerts.yml"):
        check(os.path.isfile(os.path.join(prefix, "share", "doc", "probiotic-kiosk", doc)),
              f"{doc} not installed in share/doc/probiotic-kiosk")
    unit = os.path.join(prefix, "lib", "systemd", "system", UNIT)
    check(os.path.isfile(unit), f"no unit at {unit}")
    pin = [p for p in files_under(prefix) if "pin" in os.path.basename(p).lower()]
    check(not pin, f"a PIN file was installed: {pin}")
    note(f"{len(assets)} PNGs, {len(schemas)} schemas, unit and README in place")
    return binary, unit


def check_validate(binary, expected_content, cwd):
    result = sh([binary, "--validate"], cwd=cwd, timeout=60)
    output = (result.stdout + result.stderr).strip()
    for line in output.splitlines()[-4:]:
        note(f"  | {line}")
    check(result.returncode == 0, f"--validate of the installed content exited {result.returncode}:\n"
                                  f"{output}")
    check(expected_content + ":" in output,
          f"--validate did not check {expected_content} (it found other content):\n{output}")


def check_runs(binary, prefix, out, tmp):
    step("the installed binary starts on its installed content under Xvfb")
    cwd = os.path.join(tmp, "elsewhere")
    data = os.path.join(tmp, "data")
    dump = os.path.join(tmp, "ui.json")
    os.makedirs(cwd, exist_ok=True)
    with Display(1280, 800) as display:
        cmd = [binary, "--windowed", "1280x800", "--data-dir", data, "--ui-dump", dump]
        note("$ " + " ".join(cmd))
        with open(os.path.join(out, "installed.stderr.txt"), "w") as err:
            proc = spawn(cmd, env=display.env(), cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)

            def attract():
                check(proc.poll() is None, f"the installed kiosk exited with {proc.returncode} "
                                           f"(see {out}/installed.stderr.txt)")
                try:
                    with open(dump, encoding="utf-8") as f:
                        d = json.load(f)
                except (OSError, ValueError):
                    return None
                return d if d.get("screen") == "attract" else None

            d = poll(attract, 20)
            check(d, "the installed kiosk did not show the attract screen within 20 s")
            ids = [t.get("id") for t in d.get("targets", [])]
            check("start_quiz" in ids, f"no start_quiz target on attract: {ids}")
            note(f"attract, slide {d.get('slide')!r}, targets {ids}")
            with open(os.path.join(data, "kiosk.log"), encoding="utf-8", errors="replace") as f:
                log = f.read()
            installed = os.path.join(prefix, "share", "probiotic-kiosk", "content")
            check(f"started: content {installed}" in log,
                  f"the kiosk log does not say it started on {installed}:\n{log[-800:]}")
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=15)
            check(code == 0, f"the installed kiosk exited {code} on SIGTERM")


def check_unit(unit, binary):
    step("the installed unit: paths, settings, systemd-analyze verify")
    with open(unit, encoding="utf-8") as f:
        text = f.read()
    exec_start = re.search(r"^ExecStart=(\S+)(.*)$", text, re.M)
    check(exec_start and exec_start.group(1) == binary,
          f"ExecStart does not run the installed binary {binary}: {exec_start and exec_start.group(0)}")
    for option in ("--kiosk", "--staff-pin-file /etc/probiotic-kiosk/pin",
                   "--content /var/lib/probiotic-kiosk/current/content"):
        check(option in exec_start.group(2), f"ExecStart lacks {option}")
    for setting in ("Type=notify", "Restart=always", "WatchdogSec="):
        check(re.search("^" + re.escape(setting), text, re.M), f"the unit lacks {setting}")
    watchdog = re.search(r"^WatchdogSec=(\d+)s?$", text, re.M)
    check(watchdog and int(watchdog.group(1)) >= 15,
          "WatchdogSec must be well above the frame loop's longest sleep (5 s)")
    analyze = shutil.which("systemd-analyze")
    check(analyze, "systemd-analyze is missing (Debian package systemd; scripts/setup.sh --tests)")
    result = sh([analyze, "verify", unit], timeout=60)
    output = (result.stdout + result.stderr).strip()
    mentions = [line for line in output.splitlines() if UNIT in line]
    check(result.returncode == 0 and not mentions,
          f"systemd-analyze verify {unit} exited {result.returncode}:\n{output}")
    note("systemd-analyze verify: no complaint")


def check_deb(build, tmp, source, out):
    step("cpack -G DEB")
    for tool in ("cpack", "dpkg-deb", "dpkg-shlibdeps"):
        check(shutil.which(tool), f"{tool} is missing (Debian packages cmake, dpkg-dev; "
                                  f"scripts/setup.sh --tests)")
    pkg = os.path.join(tmp, "pkg")
    result = sh(["cpack", "-G", "DEB", "--config", os.path.join(build, "CPackConfig.cmake"),
                 "-B", pkg], cwd=tmp, timeout=280)
    with open(os.path.join(out, "cpack.txt"), "w") as f:
        f.write(result.stdout + result.stderr)
    check(result.returncode == 0, f"cpack exited {result.returncode}:\n{result.stderr[-2000:]}")
    debs = [n for n in os.listdir(pkg) if n.endswith(".deb")]
    check(len(debs) == 1, f"cpack made {debs}")
    deb = os.path.join(pkg, debs[0])
    note(f"{debs[0]}: {os.path.getsize(deb)} bytes")

    info = sh(["dpkg-deb", "--info", deb])
    check(info.returncode == 0, f"dpkg-deb --info failed: {info.stderr}")
    fields = dict(re.findall(r"^ ([A-Za-z-]+): (.*)$", info.stdout, re.M))
    note(f"Depends: {fields.get('Depends')}")
    check(fields.get("Package") == "probiotic-kiosk", f"Package: {fields.get('Package')}")
    check(re.search(r"<[^>]+@[^>]+>", fields.get("Maintainer", "")), f"Maintainer: {fields.get('Maintainer')}")
    depends = [d.strip().split(" ")[0] for d in fields.get("Depends", "").split(",")]
    for needed in ("fonts-noto-core", "fonts-dejavu-core", "libc6", "libglfw3", "libstdc++6",
                   "libespeak-ng1", "espeak-ng-data"):
        check(needed in depends, f"Depends lacks {needed}: {fields.get('Depends')}")

    contents = sh(["dpkg-deb", "--contents", deb])
    check(contents.returncode == 0, f"dpkg-deb --contents failed: {contents.stderr}")
    paths = [line.split()[-1] for line in contents.stdout.splitlines() if line.strip()]
    paths = [p[1:] if p.startswith(".") else p for p in paths]
    wanted = ["/usr/bin/probiotic-kiosk", f"/usr/lib/systemd/system/{UNIT}",
              "/usr/share/doc/probiotic-kiosk/README.md",
              "/usr/share/doc/probiotic-kiosk/alerts.yml"]
    wanted += [f"/usr/share/probiotic-kiosk/content/{n}" for n in CONTENT_FILES]
    wanted += [f"/usr/share/probiotic-kiosk/assets/{p}" for p in shipped_pngs(source)]
    missing = [w for w in wanted if w not in paths]
    check(not missing, f"the package lacks {missing}")
    check(any(p.startswith("/usr/share/probiotic-kiosk/content/schema/") and p.endswith(".json")
              for p in paths), "the package lacks content/schema/")
    strays = [p for p in paths if p.endswith(".svg") or "/assets/src" in p
              or not p.startswith("/usr/")]
    check(not strays, f"files that do not belong in the package: {strays}")

    step("the unpacked package (dpkg-deb -x, not installed) validates its own content")
    root = os.path.join(tmp, "deb-root")
    result = sh(["dpkg-deb", "-x", deb, root])
    check(result.returncode == 0, f"dpkg-deb -x failed: {result.stderr}")
    with open(os.path.join(root, "usr", "lib", "systemd", "system", UNIT), encoding="utf-8") as f:
        unit_text = f.read()
    check("ExecStart=/usr/bin/probiotic-kiosk " in unit_text and tmp not in unit_text,
          "the packaged unit does not name /usr/bin/probiotic-kiosk")
    check_validate(os.path.join(root, "usr", "bin", "probiotic-kiosk"),
                   os.path.join(root, "usr", "share", "probiotic-kiosk", "content"), tmp)


def main(args):
    build = os.path.dirname(args.binary)
    check(os.path.isfile(os.path.join(build, "CMakeCache.txt")),
          f"{build} (the folder of --binary) is not a CMake build folder")
    tmp = tempfile.mkdtemp(prefix="kiosk-install-")
    try:
        prefix = os.path.join(tmp, "root", "usr")
        step(f"cmake --install {build} --prefix {prefix}")
        result = sh(["cmake", "--install", build, "--prefix", prefix])
        check(result.returncode == 0, f"cmake --install exited {result.returncode}:\n{result.stderr}")
        binary, unit = check_layout(prefix, args.source)

        step("--validate with no --content, from another folder: the installed content")
        elsewhere = os.path.join(tmp, "elsewhere")
        os.makedirs(elsewhere)
        check_validate(binary, os.path.join(prefix, "share", "probiotic-kiosk", "content"), elsewhere)

        check_runs(binary, prefix, args.out, tmp)
        check_unit(unit, binary)
        check_deb(build, tmp, args.source, args.out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    run(main, __doc__)
