"""The entry of every end-to-end test: run(main, description) parses --binary, --source and
--out, starts Wine for a Windows build, runs main(args), and exits 0 (pass) or 1 (fail), with
every process of the test ended.

The shared code of the tests, one purpose a module (standard library only; Xvfb, xdotool and
ImageMagick on PATH):
  checks.py           check, expect (reported at the end), step, note, poll, TestFailure
  processes.py        spawn and cleanup of processes that die with the test; the Windows build
                      under Wine (wine.py): under_wine, program, run_program, terminate_how
  display.py          Display (an Xvfb of its own), framed_window_size, send_close_request
  kiosk_process.py    Kiosk (the program under test, its stop, reload, screenshot and --send
                      requests), copy_content, edit_json, project_version
  dump_and_events.py  the UI dump and the events file read back: Kiosk.dump, wait_for,
                      wait_screen, target, events, wait_event; read_events, summary,
                      target_ids, free_row, free_point
  x_input.py          real X input through xdotool: Kiosk.tap, tap_at, drag, swipe, key
  quiz_oracle.py      the content and the recommendation rule, written independently of the
                      app: load_content, text, recommend, all_paths, expected_questions,
                      answer_question, walk_quiz
  images.py           image_stats, screen_capture, differing_share, grey_pixels, png_size,
                      check_not_blank, mean_colour
"""

import argparse
import os
import sys
import time
import traceback

from checks import TestFailure, check, soft_failures, step
from processes import cleanup, is_windows_binary, start_wine


def parse_args(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--binary", required=True, help="path of probiotic-kiosk")
    parser.add_argument("--source", required=True, help="repository root (content/, assets/)")
    parser.add_argument("--out", required=True, help="folder for screenshots and logs")
    args = parser.parse_args()
    args.binary = os.path.abspath(args.binary)
    args.source = os.path.abspath(args.source)
    args.out = os.path.abspath(args.out)
    os.makedirs(args.out, exist_ok=True)
    return args


def run(main, description):
    """Parse the common arguments, run main(args), exit 0 on success and 1 on failure."""
    args = parse_args(description)
    name = os.path.basename(sys.argv[0])
    started = time.monotonic()
    try:
        if is_windows_binary(args.binary):
            check(os.path.isfile(args.binary), f"no kiosk binary at {args.binary}")
            step(f"Windows build {args.binary}: through Wine")
            start_wine(args.binary, args.source, args.out)
        else:
            check(os.path.isfile(args.binary) and os.access(args.binary, os.X_OK),
                  f"no executable kiosk binary at {args.binary}")
        main(args)
        failed = soft_failures()
        if failed:
            raise TestFailure(f"{len(failed)} failed check(s):\n  " + "\n  ".join(failed))
    except TestFailure as failure:
        failed = soft_failures()
        if failed and not str(failure).startswith(f"{len(failed)} failed"):
            print("earlier failed checks:\n  " + "\n  ".join(failed), flush=True)
        print(f"\nFAIL ({name}): {failure}", flush=True)
        print(f"logs and screenshots: {args.out}", flush=True)
        cleanup()
        sys.exit(1)
    except Exception:  # a defect of the test or an unexpected situation: still a failure
        traceback.print_exc()
        print(f"\nFAIL ({name}): unexpected error (see traceback above)", flush=True)
        cleanup()
        sys.exit(1)
    cleanup()
    print(f"\nPASS ({name}) in {time.monotonic() - started:.1f} s; output in {args.out}", flush=True)
    sys.exit(0)
