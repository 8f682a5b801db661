"""Checks, progress lines and waiting, for the end-to-end tests.

check() fails the test at once, expect() records a failure and lets the test go on (the run
reports every such failure at the end, see kiosk_harness.run); step() and note() print the
test's progress; poll() waits for a condition. Standard library only."""

import time


class TestFailure(AssertionError):
    pass


def check(condition, message):
    """Fail the test with `message` unless `condition` holds (works under python -O too)."""
    if not condition:
        raise TestFailure(message)


_soft_failures = []


def expect(condition, message):
    """Like check, but the test goes on; the failure is reported at the end."""
    if not condition:
        _soft_failures.append(message)
        print(f"    FAILED CHECK: {message}", flush=True)
    return condition


def soft_failures():
    """The messages of the expect() calls that failed so far."""
    return list(_soft_failures)


def step(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def note(message):
    print(f"    {message}", flush=True)


def poll(predicate, timeout, interval=0.05):
    """Call predicate until it returns something truthy or `timeout` seconds pass; returns its
    last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            return value
        time.sleep(interval)
