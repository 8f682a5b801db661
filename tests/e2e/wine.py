"""The Windows build under Wine, for the end-to-end tests (used by processes.py).

A --binary whose name ends in `.exe` is the Windows build (scripts/build-windows.sh). The harness
then starts it, and every other run of the program (--validate, --send), as `wine BINARY ...`
with the variables of scripts/wine-env.sh (WINEPREFIX, WINEARCH=win64, WINEDEBUG=-all,
WINEDLLOVERRIDES="mscoree,mshtml="). Unix paths are passed as they are: Wine reaches them
through drive Z:.

Prefixes. The shared prefix is scripts/wine-env.sh's: $KIOSK_WINEPREFIX, else
build-windows/wineprefix (CTest sets KIOSK_WINEPREFIX to the build folder's own). It is made
through scripts/wine-env.sh when missing (about 10 s, once, under xvfb-run, before any kiosk
starts: the first frames in a prefix still being made can be black). Each test then runs in a
copy of its own, OUT/wineprefix (Wine's DLLs hard-linked from the shared prefix, the registry
and everything else copied), so that the test has a wineserver of its own:
  - Wine keeps the size of the first X screen it met for as long as its wineserver runs: every
    Display starts on a fresh wineserver (fresh_server: `wineserver -k`, then `wineserver -w`);
  - killing that wineserver ends no other test's kiosk, so tests may run side by side;
  - at the end (shutdown) the wineserver and every Wine process of the copy are killed and the
    copy is removed, so that nothing outlives the test. Should the test itself be killed, its
    kiosk dies with it (PR_SET_PDEATHSIG, see processes.spawn), Wine's own service processes
    then end with their wineserver a few seconds later, and the next run removes the copy.
"""

import os
import shutil
import subprocess

# scripts/wine-env.sh's variables besides WINEPREFIX
VARIABLES = {"WINEARCH": "win64", "WINEDEBUG": "-all", "WINEDLLOVERRIDES": "mscoree,mshtml="}

# Folders of the shared prefix whose files (Wine's DLLs and programs, which it only reads) are
# hard-linked into a test's copy instead of copied: 680 of the prefix's 690 MB.
LINKED = ("system32", "syswow64", "winsxs")

FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
SYSTEM_FONTS = "/usr/share/fonts/truetype/noto"


def is_windows_binary(path):
    return path.lower().endswith(".exe")


class WineError(Exception):
    pass


class Wine:
    def __init__(self, source, out, log=print):
        self.source = source
        self.script = os.path.join(source, "scripts", "wine-env.sh")
        self.shared = (os.environ.get("KIOSK_WINEPREFIX")
                       or os.path.join(source, "build-windows", "wineprefix"))
        self.prefix = os.path.join(out, "wineprefix")
        self.log = log

    # -- running programs

    def env(self, base=None):
        """`base` (default: this process's environment) with the Wine variables of the test's
        own prefix."""
        env = dict(os.environ if base is None else base)
        env.update(VARIABLES)
        env["WINEPREFIX"] = self.prefix
        return env

    @staticmethod
    def command(argv):
        """The command line that runs the Windows program argv[0] with its arguments."""
        return ["wine", *argv]

    def server(self, *args, timeout=30):
        return subprocess.run(["wineserver", *args], env=self.env(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=timeout).returncode

    def fresh_server(self):
        """End the test's wineserver, if one runs, and everything it serves: the next Wine
        program starts a new one, which takes the size of the X screen it is started on."""
        if os.path.isdir(self.prefix):
            self.server("-k")
            self.server("-w")

    # -- set-up and clean-up

    def prepare(self):
        for program in ("wine", "wineserver", "bash"):
            if not shutil.which(program):
                raise WineError(f"{program} not found (scripts/build-windows.sh installs Wine)")
        if not os.path.isfile(os.path.join(self.shared, "system.reg")):
            self.log(f"making the Wine prefix {self.shared} (scripts/wine-env.sh)")
            env = dict(os.environ)
            env["KIOSK_WINEPREFIX"] = self.shared
            env.pop("DISPLAY", None)  # wine-env.sh makes it under a headless X server of its own
            result = subprocess.run(["bash", self.script, "true"], env=env, capture_output=True,
                                    text=True, timeout=300)
            if result.returncode != 0 or not os.path.isfile(os.path.join(self.shared,
                                                                         "system.reg")):
                raise WineError(f"scripts/wine-env.sh could not make {self.shared} (exit "
                                f"{result.returncode}): {result.stderr.strip()}")
        self.remove()  # a copy left by a run that was killed
        copy_prefix(self.shared, self.prefix)

    def remove(self):
        if os.path.lexists(self.prefix):
            self.fresh_server()
            shutil.rmtree(self.prefix, ignore_errors=True)

    def shutdown(self):
        try:
            self.remove()
        except (OSError, subprocess.SubprocessError):
            pass


def copy_prefix(source, target):
    """Copy a Wine prefix; the files under drive_c/windows/{system32,syswow64,winsxs} are
    hard links to the source's where the file system allows."""
    windows = os.path.join(source, "drive_c", "windows")
    linked = tuple(os.path.join(windows, name) + os.sep for name in LINKED)

    def link_or_copy(src, dst):
        if src.startswith(linked):
            try:
                os.link(src, dst)
                return dst
            except OSError:
                pass
        return shutil.copy2(src, dst)

    shutil.copytree(source, target, symlinks=True, copy_function=link_or_copy)


def ensure_fonts(binary, log=print):
    """The Windows build looks for its fonts in a `fonts` folder beside the exe first (the zip
    has one; scripts/build-windows.sh puts one into build-windows/). A build folder of another
    name gets the same two Noto Sans files from the system's fonts-noto-core when they are
    missing, so that the kiosk draws with the fonts it ships with. Returns the files copied."""
    folder = os.path.join(os.path.dirname(binary), "fonts")
    copied = []
    for name in FONTS:
        target = os.path.join(folder, name)
        if os.path.isfile(target):
            continue
        source = os.path.join(SYSTEM_FONTS, name)
        if not os.path.isfile(source):
            raise WineError(f"{target} is missing and {source} is not there to copy "
                            f"(Debian: fonts-noto-core)")
        os.makedirs(folder, exist_ok=True)
        shutil.copy(source, target)
        copied.append(target)
    if copied:
        log(f"copied {', '.join(FONTS)} from {SYSTEM_FONTS} into {folder}")
    return copied
