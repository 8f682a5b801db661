"""The processes of an end-to-end test, and the Wine hookup for the Windows build.

Every process started through spawn() dies with the test: cleanup() kills it at exit (it is
registered with atexit, and kiosk_harness.run calls it too) and, should the test itself be
killed, the kernel does (PR_SET_PDEATHSIG).

The Windows build: a --binary whose name ends in `.exe` runs through Wine (wine.py: the
variables of scripts/wine-env.sh, a prefix and wineserver of the test's own, a fresh wineserver
for every Display, nothing left running at the end). kiosk_harness.run calls start_wine() for
such a binary; every run of the program then goes through program() / run_program(), and the
signals the Linux build takes are replaced by the program's own requests, the way they reach a
kiosk on Windows: `--send screenshot` for SIGUSR1 (Kiosk.screenshot), `--send reload` for
SIGHUP (Kiosk.reload) and `--send stop` for SIGTERM (Kiosk.terminate). under_wine() tells a
test which build it drives.
"""

import atexit
import ctypes
import ctypes.util
import signal
import subprocess

import wine as wine_support
from checks import TestFailure, note

_children = []
_wine = None  # wine.Wine while the Windows build is under test
_libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def _die_with_parent():
    _libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def spawn(cmd, **kwargs):
    """subprocess.Popen of a process that does not outlive the test."""
    proc = subprocess.Popen(cmd, preexec_fn=_die_with_parent, **kwargs)
    _children.append(proc)
    return proc


def cleanup():
    """Kill every process spawn() started that still runs (newest first), and under Wine the
    test's wineserver with every Wine process of its prefix."""
    for proc in reversed(_children):
        if proc.poll() is None:
            proc.kill()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
    _children.clear()
    if _wine:
        _wine.shutdown()


atexit.register(cleanup)


# --------------------------------------------------------------------------------------------
# Wine


def is_windows_binary(path):
    return wine_support.is_windows_binary(path)


def start_wine(binary, source, out):
    """From here on the program under test is the Windows build `binary`, run through Wine in a
    prefix of the test's own under `out` (made now, with the fonts beside the exe)."""
    global _wine
    _wine = wine_support.Wine(source, out, log=note)
    try:
        wine_support.ensure_fonts(binary, log=note)
        _wine.prepare()
    except wine_support.WineError as error:
        raise TestFailure(str(error))
    note(f"Wine prefix {_wine.prefix} (a copy of {_wine.shared})")


def under_wine():
    """The Windows build under Wine (wine.Wine), or None for the Linux build."""
    return _wine


def terminate_how():
    """How Kiosk.terminate asks the kiosk to stop, for messages: SIGTERM, or --send stop."""
    return "--send stop" if _wine else "SIGTERM"


def program(binary, *args):
    """The command line that runs the kiosk program `binary` with `args` (through Wine for
    the Windows build)."""
    argv = [binary, *map(str, args)]
    return _wine.command(argv) if _wine else argv


def program_env(env=None):
    """The environment for program(): `env` (default os.environ) plus, under Wine, the Wine
    variables."""
    if _wine:
        return _wine.env(env)
    return env


def run_program(binary, args, **kwargs):
    """subprocess.run of the kiosk program (capture_output and text unless told otherwise)."""
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    kwargs["env"] = program_env(kwargs.get("env"))
    return subprocess.run(program(binary, *args), **kwargs)
