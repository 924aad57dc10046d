"""How busy the machine is: the CPU time other programs use (the machine's busy CPU time minus what
we and our snippet used), and how fast the CPUs compute right now.

CPU-timing snippets measure speed-ups that only hold on a quiet machine. Before one starts, the
runner waits (bounded) for the machine to be quiet; while it runs, the runner measures the share of
all CPUs that other programs took, so a verdict that did not come out can be blamed on the machine
rather than on the snippet.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import psutil


def busy_seconds() -> float:
    """CPU seconds the whole machine spent on anything but idling, over all CPUs, since boot.

    On a quiet machine, what a command made the machine do, processes it did not wait for included
    (Chromium's page processes end as children of init, so its own rusage leaves them out)."""
    times = psutil.cpu_times()
    idle = times.idle + getattr(times, "iowait", 0.0)
    # On Linux guest time is already counted in user time (psutil's documentation).
    guest = getattr(times, "guest", 0.0) + getattr(times, "guest_nice", 0.0)
    return sum(times) - idle - guest


def _own_seconds() -> float:
    """CPU seconds of this process (every thread), not of its children."""
    times = psutil.Process().cpu_times()
    return times.user + times.system


class LoadMeter:
    """Started before something runs; `others_share` tells how busy the rest of the machine was."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self._busy = busy_seconds()
        self._own = _own_seconds()

    def others_share(self, children_seconds: float = 0.0) -> float:
        """Share (0..1) of all CPUs used by other programs since the start. `children_seconds` is
        the CPU time of the processes we started meanwhile (theirs is not "other")."""
        elapsed = max(time.monotonic() - self.started, 1e-3)
        busy = busy_seconds() - self._busy
        ours = (_own_seconds() - self._own) + children_seconds
        return max(busy - ours, 0.0) / (elapsed * (os.cpu_count() or 1))


def wait_for_quiet(threshold: float, limit: float) -> tuple[float, float]:
    """Wait until other programs use at most `threshold` of the CPUs, or until `limit` seconds
    have passed. A short first look (0.1 s) lets a quiet machine start at once; a busy one is then
    watched in half-second windows. Returns (seconds waited, the share seen last)."""
    started, window = time.monotonic(), 0.1
    while True:
        meter = LoadMeter()
        time.sleep(window)
        share = meter.others_share()
        waited = time.monotonic() - started
        if share <= threshold or waited + 0.5 > limit:
            return waited, share
        window = 0.5


# A short program that counts how many small loops it manages before its time is up.
_SPIN = """\
import sys, time
end = time.perf_counter() + float(sys.argv[1])
count = 0
while time.perf_counter() < end:
    for _ in range(1000):
        pass
    count += 1
print(count)
"""


def cpu_speed(python: str = sys.executable, seconds: float = 0.5) -> float:
    """How fast this machine computes right now: loops per second, summed over one short program
    per CPU running at once.

    Other programs slow it down, but so does what no process table shows: on a virtual machine,
    the other guests of the same host. Where the meter above sees a quiet machine, this still
    tells whether the CPUs ran as fast as they did before.
    """
    programs = [
        subprocess.Popen([python, "-c", _SPIN, str(seconds)], stdout=subprocess.PIPE, text=True)
        for _ in range(os.cpu_count() or 1)
    ]
    return sum(int(program.communicate()[0]) for program in programs) / seconds
