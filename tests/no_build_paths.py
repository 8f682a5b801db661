#!/usr/bin/env python3
"""A release binary holds no path of the machine it was built on.

  no_build_paths.py BINARY DIR...
Fails when any DIR (the source and build folders) occurs in BINARY's bytes, and names where.
"""
import sys


def main() -> int:
    binary, folders = sys.argv[1], sys.argv[2:]
    data = open(binary, "rb").read()
    if len(data) < 100_000:
        print(f"FAIL: {binary} is {len(data)} bytes, not a kiosk binary")
        return 1
    found = False
    for folder in folders:
        needle = folder.rstrip("/").encode()
        at = data.find(needle)
        if at >= 0:
            end = data.find(b"\0", at)
            print(f"FAIL: {binary} holds {data[at:end].decode(errors='replace')!r} at byte {at}")
            found = True
    if not found:
        print(f"ok: {binary} ({len(data)} bytes) holds none of {', '.join(folders)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
