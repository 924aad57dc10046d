"""What the runner is doing, for the person waiting: how many runs of how many, which phase, and
about how long is left.

On a terminal it is one line that updates in place (as pip and pytest do); elsewhere (CI logs, a
file) plain lines, at each phase and at most every `every` seconds. The estimate comes from the run
times seen so far in each phase and the runs left in it.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import TextIO

# What a phase is called on the line, by how its runs are placed (runner.py).
PHASES = {
    "alone": "CPU 시간을 재는 예제, 하나씩",
    "few": "시간을 재는 예제, CPU 수만큼",
    "many": "기다리는 예제, 여럿 함께",
}
GUESS = {"alone": 3.0, "few": 2.0, "many": 1.0}  # seconds a run is guessed to take, before any ends


class Progress:
    def __init__(
        self,
        say: Callable[[str], None],
        stream: TextIO | None = None,
        every: float = 10.0,
    ):
        """`say` takes plain lines; `stream`, when it is a terminal, gets the updating line."""
        self.total = self.done = 0
        self._say, self._every = say, every
        self._stream = stream if stream is not None and stream.isatty() else None
        self._phase = ""
        self._left: dict[str, int] = {}
        self._workers: dict[str, int] = {}
        self._seconds: dict[str, list[float]] = {}
        self._said = 0.0
        self._lock = threading.Lock()

    def plan(self, kind: str, runs: int, workers: int = 1) -> None:
        """`runs` runs of a kind (PHASES) are to come, `workers` at a time."""
        with self._lock:
            self.total += runs
            self._left[kind] = self._left.get(kind, 0) + runs
            self._workers[kind] = workers

    def phase(self, kind: str) -> None:
        """The runs of this kind begin."""
        with self._lock:
            if self._left.get(kind):
                self._phase = kind
                self._show(force=True)

    def ran(self, seconds: float) -> None:
        """A first run of the current phase ended (runs again are not counted)."""
        with self._lock:
            self.done += 1
            self._left[self._phase] = max(0, self._left.get(self._phase, 1) - 1)
            self._seconds.setdefault(self._phase, []).append(seconds)
            self._show(force=self.done == self.total)

    def finish(self) -> None:
        if self._stream is not None and self._said:
            self._stream.write("\n")
            self._stream.flush()

    def seconds_left(self) -> float:
        left = 0.0
        for kind, runs in self._left.items():
            seen = self._seconds.get(kind) or [GUESS.get(kind, 1.0)]
            left += runs * (sum(seen) / len(seen)) / self._workers.get(kind, 1)
        return left

    def line(self) -> str:
        """`예제 실행 37/131 · CPU 시간을 재는 예제, 하나씩 · 남은 시간 약 1분 20초`"""
        parts = [f"예제 실행 {self.done}/{self.total}", PHASES.get(self._phase, self._phase)]
        if self.done < self.total:
            parts.append(f"남은 시간 약 {_duration(self.seconds_left())}")
        return " · ".join(parts)

    def _show(self, force: bool) -> None:
        now = time.monotonic()
        if self._stream is not None:
            self._stream.write("\r\033[K" + self.line())
            self._stream.flush()
            self._said = now
        elif force or now - self._said >= self._every:
            self._say(self.line())
            self._said = now


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds}초"
    return f"{seconds // 60}분 {seconds % 60}초"


def silent() -> Progress:
    """For callers that show no progress."""
    return Progress(lambda line: None)


def on_terminal(say: Callable[[str], None]) -> Progress:
    """The updating line on stderr when it is a terminal, else plain lines through `say`."""
    return Progress(say, sys.stderr)
