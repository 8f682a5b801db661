#!/usr/bin/env python3
"""scripts/check-code-size.py against the fixtures beside this file: it finds every function of
each fixture where it starts and ends (the line numbers below were checked against clang's own
view of the same files, clang-query's functionDecl ranges, where clang starts a template at the
function after its `template <...>` line; the checker counts that line too), reports exactly the
functions over the limit and the files over theirs, and nothing else. Standard library only:
`python3 tests/code_size/test_check_code_size.py` (CTest: code_size_checker)."""

import importlib.util
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKER = os.path.join(HERE, "..", "..", "scripts", "check-code-size.py")

spec = importlib.util.spec_from_file_location("check_code_size", CHECKER)
checker = importlib.util.module_from_spec(spec)
spec.loader.exec_module(checker)

# Every function of every fixture: (name, first line, last line); and the file's line count.
FIXTURES = {
    "too_long.cpp": (128, [
        ("kiosk::too_long", 5, 65),        # 61 lines: one over the limit
        ("kiosk::at_the_limit", 67, 126),  # 60 lines: at the limit, not reported
    ]),
    "ui_namespace.cpp": (111, [
        ("kiosk::ui::Screen::Screen", 13, 18),  # its initialiser list sets members with braces
        ("kiosk::ui::Screen::width", 20, 20),
        ("kiosk::ui::Screen::operator==", 22, 22),
        ("kiosk::ui::Screen::draw", 24, 85),    # 62 lines, defined inline in the class
        ("kiosk::ui::Screen::layout", 96, 98),  # defined outside the class
        ("kiosk::ui::larger", 100, 103),        # from its template line
        ("kiosk::ui::{anonymous}::helper", 107, 107),
    ]),
    "lambda.cpp": (87, [
        ("kiosk::sort_and_sum", 20, 83),  # 64 lines, with the lambdas inside it
        ("kiosk::short_one", 85, 85),
    ]),
    "braces_in_strings.cpp": (106, [
        ("kiosk::{anonymous}::quoted", 16, 16),
        ("kiosk::{anonymous}::opening", 18, 18),
        ("kiosk::{anonymous}::closing", 20, 20),
        ("kiosk::{anonymous}::escaped", 22, 22),
        ("kiosk::{anonymous}::quote", 24, 24),
        ("kiosk::{anonymous}::separated", 26, 26),
        ("kiosk::{anonymous}::raw", 28, 30),
        ("kiosk::{anonymous}::raw_with_delimiter", 32, 34),
        ("kiosk::{anonymous}::prefixed", 36, 36),
        ("kiosk::long_text", 40, 102),  # 63 lines: a raw string of many lines
        ("kiosk::after_long_text", 104, 104),
    ]),
}

# What the checker reports on the fixtures with its default limits (60 and 400)
OVER_DEFAULT_LIMITS = [
    "fixtures/braces_in_strings.cpp:40: function kiosk::long_text is 63 lines (at most 60)",
    "fixtures/lambda.cpp:20: function kiosk::sort_and_sum is 64 lines (at most 60)",
    "fixtures/too_long.cpp:5: function kiosk::too_long is 61 lines (at most 60)",
    "fixtures/ui_namespace.cpp:24: function kiosk::ui::Screen::draw is 62 lines (at most 60)",
]


def run_checker(*args, cwd=HERE):
    result = subprocess.run([sys.executable, CHECKER, *args], cwd=cwd, capture_output=True,
                            text=True, timeout=60)
    return result.returncode, result.stdout.splitlines(), result.stderr


def reports(lines):
    """The report lines (FILE:LINE: ...) of the checker's output."""
    return [line for line in lines if line.startswith("fixtures/")]


class FunctionsOfEachFixture(unittest.TestCase):
    def test_every_fixture_is_listed(self):
        on_disk = sorted(name for name in os.listdir(os.path.join(HERE, "fixtures"))
                         if name.endswith((".cpp", ".hpp")))
        self.assertEqual(on_disk, sorted(FIXTURES))

    def test_each_function_from_its_signature_to_its_closing_brace(self):
        for name, (lines, functions) in FIXTURES.items():
            with self.subTest(fixture=name):
                found = checker.scan_file(os.path.join(HERE, "fixtures", name))
                self.assertEqual(found.lines, lines)
                self.assertEqual([(f.name, f.first_line, f.last_line) for f in found.functions],
                                 functions)


class Reports(unittest.TestCase):
    def test_default_limits_report_the_long_functions_and_nothing_else(self):
        code, out, err = run_checker("fixtures")
        self.assertEqual(code, 1, err)
        self.assertEqual(reports(out), OVER_DEFAULT_LIMITS)
        self.assertEqual(out[-1], "4 files, 22 functions: 4 function(s) over 60 lines, "
                                  "0 file(s) over 400 lines")

    def test_a_higher_function_limit_passes(self):
        code, out, err = run_checker("fixtures", "--max-function", "64")
        self.assertEqual(code, 0, err)
        self.assertEqual(reports(out), [])

    def test_the_limit_is_inclusive(self):
        code, out, _ = run_checker("fixtures", "--max-function", "63")
        self.assertEqual(code, 1)
        self.assertEqual(reports(out), [OVER_DEFAULT_LIMITS[1].replace("60)", "63)")])

    def test_file_limit(self):
        code, out, _ = run_checker("fixtures", "--max-function", "100", "--max-file", "110")
        self.assertEqual(code, 1)
        self.assertEqual(reports(out), [
            "fixtures/too_long.cpp:111: file is 128 lines (at most 110)",
            "fixtures/ui_namespace.cpp:111: file is 111 lines (at most 110)",
        ])

    def test_list_prints_the_longest_functions(self):
        code, out, _ = run_checker("fixtures", "--list", "3")
        self.assertEqual(code, 1)  # --list does not change the verdict
        start = out.index("the 3 longest functions:")
        self.assertEqual([line.split() for line in out[start + 1:start + 4]], [
            ["64", "fixtures/lambda.cpp:20", "kiosk::sort_and_sum"],
            ["63", "fixtures/braces_in_strings.cpp:40", "kiosk::long_text"],
            ["62", "fixtures/ui_namespace.cpp:24", "kiosk::ui::Screen::draw"],
        ])

    def test_one_file_can_be_checked(self):
        code, out, _ = run_checker("fixtures/lambda.cpp")
        self.assertEqual(code, 1)
        self.assertEqual(reports(out), [OVER_DEFAULT_LIMITS[1]])


class Refusals(unittest.TestCase):
    def test_a_file_whose_braces_do_not_balance_is_an_error(self):
        with tempfile.TemporaryDirectory() as folder:
            with open(os.path.join(folder, "broken.cpp"), "w") as f:
                f.write("namespace kiosk {\nint f() {\n    return 1;\n}\n")
            code, out, err = run_checker(folder)
        self.assertEqual(code, 2)
        self.assertIn("broken.cpp", err)
        self.assertIn("not closed", err)

    def test_a_missing_folder_is_an_error(self):
        code, _, err = run_checker("no-such-folder")
        self.assertEqual(code, 2)
        self.assertIn("no-such-folder", err)

    def test_a_limit_must_be_a_positive_number(self):
        self.assertEqual(run_checker("fixtures", "--max-function", "0")[0], 2)
        self.assertEqual(run_checker("fixtures", "--max-file", "many")[0], 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
