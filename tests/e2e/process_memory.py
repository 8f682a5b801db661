"""The memory of a process as Linux counts it for the kiosk's budgets: PSS (proportional set
size: its private pages, plus its share of the pages it shares with other processes), read from
/proc/PID/smaps_rollup. Used by the soak run (tests/e2e/soak_run.py) and the benchmarks
(bench/measure.py, bench/windows.py, which put this folder on sys.path). Standard library only.

A process that has gone (it exited, was reaped or never existed), or whose figures cannot be
read (a zombie, another user's process), has no PSS: pss_kib() returns None, never 0, so that
a reading that failed is not mistaken for a process that takes no memory. total_pss_kib()
leaves such processes out of its sum.
"""


def pss_kib(pid):
    """The PSS of process `pid` in KiB, or None when the process is gone or its figures
    cannot be read."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def total_pss_kib(pids):
    """The PSS of the processes `pids` added up, in KiB; those that are gone count nothing."""
    return sum(kib for kib in map(pss_kib, pids) if kib is not None)
