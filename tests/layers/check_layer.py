#!/usr/bin/env python3
"""Builds one layer probe (tests/layers/*.cpp) and checks the result.

  check_layer.py --build-dir DIR --target T --builds
      the probe must compile;
  check_layer.py --build-dir DIR --target T --refuses HEADER
      the probe must fail to compile, and because HEADER is not found (not for another reason).
"""
import argparse
import subprocess
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--target", required=True)
    outcome = parser.add_mutually_exclusive_group(required=True)
    outcome.add_argument("--builds", action="store_true")
    outcome.add_argument("--refuses", metavar="HEADER")
    args = parser.parse_args()

    run = subprocess.run(["cmake", "--build", args.build_dir, "--target", args.target],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = run.stdout
    if args.builds:
        if run.returncode != 0:
            print(output)
            print(f"FAIL: {args.target} should build and did not")
            return 1
        print(f"ok: {args.target} builds")
        return 0
    if run.returncode == 0:
        print(output)
        print(f"FAIL: {args.target} built, so its layer can include {args.refuses}")
        return 1
    # GCC and clang: "fatal error: platform/x.hpp: No such file or directory" / "'x' file not
    # found"; MSVC: "Cannot open include file: 'x'".
    if args.refuses not in output or not any(
            words in output for words in ("No such file", "file not found", "Cannot open include")):
        print(output)
        print(f"FAIL: {args.target} did not build, but not because {args.refuses} is out of reach")
        return 1
    print(f"ok: {args.target} cannot include {args.refuses}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
