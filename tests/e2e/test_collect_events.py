"""scripts/collect-events.sh: three kiosks' data folders (tests/fixtures/fleet) collected into
one fleet folder: one reached as a local folder (named after the kiosk its events name), one
named NAME=FOLDER, one over "ssh" (a stand-in ssh command that runs rsync's other end here),
then --report of the collected folder.
A second run takes only what grew; an unreachable kiosk is named, exit 1, the others still
collected. Opens no kiosk window."""

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, expect, note, step  # noqa: E402
from kiosk_harness import run  # noqa: E402

# Stands in for ssh: `fake-ssh HOST COMMAND...` runs COMMAND here, in the kiosks' root folder
# (so that HOST:/data/... reaches ROOT/HOST/data/...), and fails for the host "offline".
FAKE_SSH = """#!/bin/sh
host=$1; shift
[ "$host" = offline ] && { echo "ssh: connect to host offline: No route to host" >&2; exit 255; }
cd "{root}/$host" && exec sh -c "$*"
"""


def collect(args, *options):
    cmd = [os.path.join(args.source, "scripts", "collect-events.sh"), *options]
    note("$ " + " ".join(cmd))
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    for line in (r.stdout + r.stderr).strip().splitlines()[-8:]:
        note(f"  | {line}")
    return r


def same_file(a, b):
    with open(a, "rb") as x, open(b, "rb") as y:
        return x.read() == y.read()


def main(args):
    fixture = os.path.join(args.source, "tests", "fixtures", "fleet")
    with tempfile.TemporaryDirectory(prefix="kiosk-collect-") as tmp:
        kiosks = os.path.join(tmp, "kiosks")  # what each kiosk holds, as its own machine
        for kiosk in ("leeds-briggate-1", "york-stonegate-1", "bath-milsom-1"):
            shutil.copytree(os.path.join(fixture, kiosk), os.path.join(kiosks, kiosk, "data"))
        fake_ssh = os.path.join(tmp, "fake-ssh")
        with open(fake_ssh, "w") as f:
            f.write(FAKE_SSH.replace("{root}", kiosks))
        os.chmod(fake_ssh, os.stat(fake_ssh).st_mode | stat.S_IXUSR)
        fleet = os.path.join(tmp, "fleet")

        step("collect: a local folder, NAME=FOLDER, and a host over ssh")
        r = collect(args, "--into", fleet, "--ssh", fake_ssh,
                    os.path.join(kiosks, "leeds-briggate-1", "data"),
                    "york-stonegate-1=" + os.path.join(kiosks, "york-stonegate-1", "data"),
                    "bath-milsom-1:data")
        check(r.returncode == 0, f"collect-events exited {r.returncode}")
        got = sorted(os.listdir(fleet))
        check(got == ["bath-milsom-1", "leeds-briggate-1", "york-stonegate-1"],
              f"the fleet folder holds {got}: a local folder is named after the kiosk its "
              "app_started names, NAME= names, a host names its folder")
        for folder, kiosk in (("leeds-briggate-1", "leeds-briggate-1"), ("york-stonegate-1", "york-stonegate-1"),
                              ("bath-milsom-1", "bath-milsom-1")):
            expect(same_file(os.path.join(fleet, folder, "events.jsonl"),
                             os.path.join(kiosks, kiosk, "data", "events.jsonl")),
                   f"{folder}/events.jsonl is not the kiosk's file")

        step("--report of the collected folder counts every kiosk by the id it wrote")
        r = subprocess.run([args.binary, "--report", fleet, "--format", "json"],
                           capture_output=True, text=True, timeout=60)
        check(r.returncode == 0, f"--report exited {r.returncode}: {r.stderr}")
        report = json.loads(r.stdout)
        expect(report["sessions"] == 12, f"{report['sessions']} sessions, expected 12")
        expect(sorted(report["sessions_by_kiosk"]) ==
               ["bath-milsom-1", "leeds-briggate-1", "york-stonegate-1"],
               f"kiosks {sorted(report['sessions_by_kiosk'])}")

        step("a second run takes what grew; an unreachable kiosk fails alone")
        line = ('{"ts":"2026-12-02T10:00:00.000Z","type":"session_started",'
                '"session":"77aa","trigger":"start_button"}\n')
        with open(os.path.join(kiosks, "bath-milsom-1", "data", "events.jsonl"), "a") as f:
            f.write(line)
        r = collect(args, "--into", fleet, "--ssh", fake_ssh, "bath-milsom-1:data", "offline")
        expect(r.returncode == 1, f"an unreachable kiosk gave exit {r.returncode}, expected 1")
        expect("offline" in r.stderr, "the unreachable kiosk is not named")
        expect(same_file(os.path.join(fleet, "bath-milsom-1", "events.jsonl"),
                         os.path.join(kiosks, "bath-milsom-1", "data", "events.jsonl")),
               "the grown events file was not collected next to the unreachable kiosk")

        step("a bad command line: exit 2")
        expect(collect(args).returncode == 2, "no TARGET is not a usage error")
        expect(collect(args, "--frobnicate", "x").returncode == 2, "an unknown option is accepted")


if __name__ == "__main__":
    run(main, __doc__)
