"""The lock that keeps every test away from the CPU-timing snippets while they run.

CPU-timing snippets must measure on an otherwise idle machine. Every test holds `shared()` for its
whole run (setup, call and teardown); the snippet preparation holds `alone()` for its CPU-timing phase.
Both are file locks (flock), so they work across the processes of pytest-xdist and the preparation.

A plain shared/exclusive lock would let a stream of overlapping tests starve the exclusive request,
so every taker passes through a second lock, the gate: `alone()` closes the gate, then waits for the
running tests to finish; a test arriving meanwhile waits at the gate.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path


class CpuGate:
    def __init__(self, folder: Path):
        self.gate = folder / "gate.lock"
        self.cpu = folder / "cpu.lock"
        self._held: int | None = None  # the descriptor of this process's shared lock, if held

    def _enter(self, mode: int) -> int:
        with open(self.gate, "a") as gate:
            fcntl.flock(gate, fcntl.LOCK_SH)
            descriptor = os.open(self.cpu, os.O_CREAT | os.O_RDWR)
            fcntl.flock(descriptor, mode)
        return descriptor

    @staticmethod
    def _leave(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        os.close(descriptor)

    @contextlib.contextmanager
    def shared(self) -> Iterator[None]:
        """Held by a test while it runs: nothing CPU-timing runs beside it."""
        self._held = self._enter(fcntl.LOCK_SH)
        try:
            yield
        finally:
            if self._held is not None:
                self._leave(self._held)
            self._held = None

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Let go of this test's shared lock while it waits for the CPU-timing phase to end."""
        if self._held is None:
            yield
            return
        self._leave(self._held)
        self._held = None
        try:
            yield
        finally:
            self._held = self._enter(fcntl.LOCK_SH)

    @contextlib.contextmanager
    def alone(self) -> Iterator[None]:
        """Held for the CPU-timing phase: waits until no test runs, and lets none start."""
        with open(self.gate, "a") as gate:
            fcntl.flock(gate, fcntl.LOCK_EX)
            with open(self.cpu, "a") as cpu:
                fcntl.flock(cpu, fcntl.LOCK_EX)
                yield
