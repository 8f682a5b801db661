"""Lockdown and the staff menu at 1920x1080 in the default (kiosk) mode: keys and close requests
that must not end the kiosk; the three-second hold in the top-left corner, the PIN keypad, wrong
PINs and the lockout, the right PIN, the menu's Back and Exit (one tap on Exit only asks: Cancel
keeps the kiosk, Exit now ends it); a kiosk without a PIN (or with a missing PIN file) keeps its
menu locked and says so in one log line."""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, expect, note, poll, step  # noqa: E402
from display import Display, send_close_request  # noqa: E402
from dump_and_events import summary, target_ids  # noqa: E402
from kiosk_harness import run  # noqa: E402
from kiosk_process import Kiosk  # noqa: E402
from processes import terminate_how  # noqa: E402

PIN = "2468"
WRONG = "1357"
HOLD = 3.5    # seconds: longer than the three-second staff gesture
SHORT = 1.0   # seconds: a hold that must do nothing
CORNER = (10, 10)
DIGITS = [f"staff:digit:{n}" for n in range(10)]
KEYPAD = DIGITS + ["staff:erase", "staff:ok", "staff:cancel"]
MENU = ["staff:reload", "staff:screenshot", "staff:close", "staff:exit"]
EXIT_ASKED = ["staff:exit_confirm", "staff:exit_cancel"]  # Exit now, Cancel


def hold_corner(kiosk, seconds):
    """Press and hold the top-left corner (xdotool mousemove 10 10, mousedown, wait, mouseup)."""
    kiosk.require_alive("before the corner hold")
    note(f"hold the corner {CORNER[0]},{CORNER[1]} for {seconds} s")
    kiosk.tap_at(*CORNER, hold=seconds)


def log_lines(kiosk, text):
    """stderr lines containing `text` (the kiosk writes its log lines there)."""
    kiosk.stderr_tail()  # flushes
    with open(kiosk.stderr_path, errors="replace") as f:
        return [line.rstrip("\n") for line in f if text in line]


def wait_log_count(kiosk, text, count, timeout=5):
    got = poll(lambda: len(log_lines(kiosk, text)) >= count, timeout)
    check(got, f"expected {count} log line(s) with {text!r} on stderr, got "
               f"{len(log_lines(kiosk, text))}; stderr:\n{kiosk.stderr_tail()}")


def enter_pin(kiosk, digits):
    for n in digits:
        kiosk.tap(f"staff:digit:{n}")
    kiosk.tap("staff:ok")


def open_keypad(kiosk):
    hold_corner(kiosk, HOLD)
    d = kiosk.wait_for(lambda d: d.get("screen") == "staff", 5,
                       "the staff screen after a 3.5 s corner hold")
    check(d.get("staff") == "pin", f"after the corner hold staff is {d.get('staff')!r}, "
                                   f"expected 'pin': {summary(d)}")
    return d


def disabled(d, ids):
    by_id = {t["id"]: t for t in d.get("targets", [])}
    return [i for i in ids if i in by_id and by_id[i].get("enabled", True) is False]


def write_pin_file(args, name, text_):
    path = os.path.join(args.out, name)
    with open(path, "w") as f:
        f.write(text_)
    os.chmod(path, 0o600)
    return path


def lockdown_and_wrong_pins(args, display, pin_file):
    with Kiosk(display, args.binary, args.source, args.out,
               ["--kiosk", "--staff-pin-file", pin_file], name="staff-wrong") as kiosk:
        d = kiosk.wait_screen("attract", 10)
        check(d["window"] == {"w": 1920, "h": 1080}, f"the window is {d['window']}")
        check(not log_lines(kiosk, "staff menu locked"),
              f"a readable PIN file still logs a locked menu: {log_lines(kiosk, 'staff menu locked')}")

        step("Alt+F4, Escape, Ctrl+Q and a close request leave the kiosk running")
        for keysym in ("alt+F4", "Escape", "ctrl+q"):
            kiosk.key(keysym)
        check(send_close_request(display.name, kiosk.window()),
              "libX11 not found: cannot send a close request")
        time.sleep(2)  # nothing to poll for: the kiosk must simply still be there
        kiosk.require_alive("after Alt+F4 / Escape / Ctrl+Q / close request in --kiosk mode")
        d = kiosk.wait_screen("attract", 5)
        stopped = [e for e in kiosk.events() if e.get("type") == "app_stopped"]
        check(not stopped, f"an app_stopped event after keys and a close request: {stopped}")

        step(f"a short ({SHORT} s) hold in the corner does nothing")
        hold_corner(kiosk, SHORT)
        time.sleep(1.5)  # longer than the rest of the 3 s gesture would take
        d = kiosk.dump()
        check(d.get("screen") == "attract" and "staff" not in d,
              f"a {SHORT} s corner hold changed the screen: {summary(d)} staff={d.get('staff')}")
        check(not log_lines(kiosk, "staff: PIN asked"),
              f"a {SHORT} s hold asked for the PIN: {log_lines(kiosk, 'staff: PIN asked')}")

        step(f"a {HOLD} s hold in the corner shows the PIN keypad")
        d = open_keypad(kiosk)
        ids = target_ids(d)
        for tid in KEYPAD:
            check(tid in ids, f"the keypad has no {tid} target: {ids}")
        check(not [i for i in ids if i in MENU], f"menu targets on the keypad: {ids}")
        check(not [i for i in ids if not i.startswith("staff:")],
              f"the kiosk's own targets are listed under the keypad: {ids}")
        check(not disabled(d, KEYPAD), f"targets disabled before any wrong PIN: {disabled(d, KEYPAD)}")
        kiosk.screenshot("staff-keypad")

        step("three wrong PINs in a row: the keypad stays, then its keys are disabled")
        since = len(kiosk.events())
        for attempt in (1, 2, 3):
            enter_pin(kiosk, WRONG)
            wait_log_count(kiosk, "staff: wrong PIN", attempt)
            d = kiosk.dump()
            check(d.get("screen") == "staff" and d.get("staff") == "pin",
                  f"after wrong PIN {attempt} the dump is {summary(d)} staff={d.get('staff')}")
            if attempt < 3:
                check(not disabled(d, DIGITS),
                      f"digits disabled after only {attempt} wrong PIN(s): {disabled(d, DIGITS)}")
        d = kiosk.wait_for(lambda d: len(disabled(d, DIGITS)) == 10, 3,
                           "all ten digit targets to be disabled after three wrong PINs")
        note(f"disabled after three wrong PINs: {disabled(d, KEYPAD)}")
        expect("staff:ok" in disabled(d, ["staff:ok"]), "staff:ok is still enabled during the lockout")
        check("staff:cancel" in target_ids(d) and not disabled(d, ["staff:cancel"]),
              "staff:cancel is not available during the lockout")
        opened = [e for e in kiosk.events()[since:] if e.get("type") == "staff_opened"]
        check(not opened, f"a staff_opened event after wrong PINs: {opened}")
        kiosk.screenshot("staff-keypad-locked")

        step("during the lockout even the right PIN does not open the menu")
        enter_pin(kiosk, PIN)  # the taps land on disabled keys
        time.sleep(1)
        d = kiosk.dump()
        check(d.get("staff") == "pin", f"the right PIN during the lockout gave {d.get('staff')!r}")
        check(len(disabled(d, DIGITS)) == 10, f"the lockout ended after a few seconds: "
                                              f"disabled {disabled(d, DIGITS)}")
        check(not [e for e in kiosk.events()[since:] if e.get("type") == "staff_opened"],
              "staff_opened during the lockout")

        step("Cancel goes back to the kiosk")
        kiosk.tap("staff:cancel")
        d = kiosk.wait_for(lambda d: d.get("screen") == "attract", 5, "attract after staff:cancel")
        check("staff" not in d, f"the dump still has staff={d.get('staff')!r} after Cancel")
        kiosk.require_alive("after the staff keypad")
        check(kiosk.terminate() == 0, f"{terminate_how()} did not give exit code 0")


def right_pin(args, display, pin_file):
    with Kiosk(display, args.binary, args.source, args.out,
               ["--staff-pin-file", pin_file], name="staff-right") as kiosk:
        kiosk.wait_screen("attract", 10)

        step("the right PIN opens the menu and writes staff_opened")
        open_keypad(kiosk)
        since = len(kiosk.events())
        enter_pin(kiosk, PIN)
        d = kiosk.wait_for(lambda d: d.get("staff") == "open", 5, "the staff menu (staff=open)")
        check(d.get("screen") == "staff", f"the menu's screen is {d.get('screen')!r}")
        ids = target_ids(d)
        for tid in MENU:
            check(tid in ids, f"the staff menu has no {tid} target: {ids}")
        check(not [i for i in ids if i in KEYPAD], f"keypad targets in the menu: {ids}")
        opened = kiosk.wait_event("staff_opened", timeout=5, since=since)
        note(f"staff_opened: {opened}")
        check("session" not in opened, f"staff_opened carries a shopper session: {opened}")
        kiosk.screenshot("staff-menu")

        step("staff:close goes back to the kiosk screen")
        kiosk.tap("staff:close")
        d = kiosk.wait_for(lambda d: d.get("screen") == "attract", 5, "attract after staff:close")
        check("staff" not in d and "start_quiz" in target_ids(d),
              f"after staff:close: {summary(d)} staff={d.get('staff')!r}")

        step("staff:screenshot saves what shoppers see")
        open_keypad(kiosk)
        enter_pin(kiosk, PIN)
        kiosk.wait_for(lambda d: d.get("staff") == "open", 5, "the staff menu again")
        shot = os.path.join(kiosk.data_dir, "screenshot.png")
        before = os.stat(shot).st_mtime_ns if os.path.exists(shot) else None
        kiosk.tap("staff:screenshot")
        made = poll(lambda: os.path.exists(shot) and os.stat(shot).st_mtime_ns != before, 5)
        expect(made, "staff:screenshot wrote no DATA_DIR/screenshot.png")
        d = kiosk.wait_for(lambda d: d.get("screen") == "attract", 5,
                           "attract after staff:screenshot")

        open_keypad(kiosk)
        enter_pin(kiosk, PIN)
        kiosk.wait_for(lambda d: d.get("staff") == "open", 5, "the staff menu for Exit")
        exit_asked(kiosk)

        step("Cancel keeps the kiosk and the menu, with Exit as it was")
        kiosk.tap("staff:exit_cancel")
        d = kiosk.wait_for(lambda d: "staff:exit" in target_ids(d), 5,
                           "staff:exit again after staff:exit_cancel")
        check(d.get("staff") == "open" and not [i for i in target_ids(d) if i in EXIT_ASKED],
              f"after staff:exit_cancel: staff={d.get('staff')!r} {summary(d)}")
        kiosk.require_alive("after staff:exit_cancel")

        step("staff:exit, then staff:exit_confirm ends the app: exit code 0, reason staff_exit")
        exit_asked(kiosk)
        kiosk.tap("staff:exit_confirm")
        check(poll(lambda: not kiosk.alive(), 10),
              "staff:exit_confirm did not end the kiosk within 10 s")
        code = kiosk.proc.returncode
        check(code == 0, f"staff:exit_confirm gave exit code {code}, expected 0; "
                         f"stderr:\n{kiosk.stderr_tail()}")
        events = kiosk.events()
        check(events and events[-1].get("type") == "app_stopped",
              f"the last event is not app_stopped: {events[-3:]}")
        check(events[-1].get("reason") == "staff_exit",
              f"app_stopped reason is {events[-1].get('reason')!r}, expected 'staff_exit'")
        opened = [e for e in events if e.get("type") == "staff_opened"]
        check(len(opened) == 3, f"{len(opened)} staff_opened events for three right PINs")


def exit_asked(kiosk):
    """One tap on staff:exit only asks: the kiosk stays, Exit now and Cancel appear, and Cancel
    is where Exit was (a second tap of the same finger keeps the kiosk)."""
    step("one tap on staff:exit does not end the kiosk: it asks, with Exit now and Cancel")
    exit_button = kiosk.target("staff:exit")
    since = len(kiosk.events())
    kiosk.tap("staff:exit")
    d = kiosk.wait_for(lambda d: all(i in target_ids(d) for i in EXIT_ASKED), 5,
                       "staff:exit_confirm and staff:exit_cancel after a tap on staff:exit")
    time.sleep(2)  # nothing to poll for: the kiosk must simply still be there
    kiosk.require_alive("after one tap on staff:exit")
    stopped = [e for e in kiosk.events()[since:] if e.get("type") == "app_stopped"]
    check(not stopped, f"one tap on staff:exit stopped the kiosk: {stopped}")
    d = kiosk.dump()
    check(d.get("staff") == "open" and "staff:exit" not in target_ids(d),
          f"while Exit asks: staff={d.get('staff')!r} {summary(d)}")
    x, y = exit_button["x"] + exit_button["w"] / 2, exit_button["y"] + exit_button["h"] / 2
    cancel, confirm = kiosk.target("staff:exit_cancel", d), kiosk.target("staff:exit_confirm", d)

    def inside(t):
        return t["x"] <= x < t["x"] + t["w"] and t["y"] <= y < t["y"] + t["h"]
    check(inside(cancel) and not inside(confirm),
          f"the middle of Exit ({x},{y}) is not on Cancel {cancel} but on Exit now {confirm}")
    kiosk.screenshot("staff-exit-asked")


def locked_menu(args, display, name, extra_args, expect_in_line):
    with Kiosk(display, args.binary, args.source, args.out, extra_args, name=name) as kiosk:
        kiosk.wait_screen("attract", 10)
        hold_corner(kiosk, HOLD)
        time.sleep(1)
        d = kiosk.dump()
        check(d.get("screen") == "attract" and "staff" not in d,
              f"{name}: the corner hold opened {summary(d)} staff={d.get('staff')!r} "
              f"although no PIN is usable")
        kiosk.require_alive(f"{name}: after the corner hold")
        lines = log_lines(kiosk, "staff")
        note(f"stderr staff lines: {lines}")
        check(len(lines) == 1, f"{name}: expected one log line about the locked staff menu, got "
                               f"{len(lines)}: {lines}")
        check("locked" in lines[0].lower(), f"{name}: the line does not say the menu is locked: "
                                            f"{lines[0]!r}")
        if expect_in_line:
            check(expect_in_line in lines[0],
                  f"{name}: the line does not mention {expect_in_line!r}: {lines[0]!r}")
        check(kiosk.terminate() == 0, f"{name}: {terminate_how()} did not give exit code 0")


def main(args):
    os.environ.pop("PROBIOTIC_KIOSK_STAFF_PIN", None)  # the kiosks below must not inherit one
    pin_file = write_pin_file(args, "staff-pin", PIN + "\n")
    with Display(1920, 1080) as display:
        lockdown_and_wrong_pins(args, display, pin_file)
        step("a second kiosk for the right PIN (no lockout to wait out)")
        right_pin(args, display, pin_file)
        step("no PIN configured (no file, no PROBIOTIC_KIOSK_STAFF_PIN): the menu stays locked")
        locked_menu(args, display, "staff-no-pin", [], None)
        step("a PIN file that is missing: the menu stays locked, the log names the file")
        missing = os.path.join(args.out, "no-such-dir", "staff-pin")
        locked_menu(args, display, "staff-missing-file", ["--staff-pin-file", missing], missing)


if __name__ == "__main__":
    run(main, __doc__)
