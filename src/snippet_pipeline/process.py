"""Run one snippet as `python snippets/<chapter>/<name>.py`, in its own process group.

stdout and stderr are read line by line in the order they were written (sys.stderr comes framed
through the stdout pipe: see start_method/sitecustomize.py); the whole group is killed
at the timeout and when the program ends (leftover children too). The CPU time of the program and
of the children it waited for is read from the operating system (wait4), so the load meter can
tell our CPU use from that of other programs.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import selectors
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from .interpreters import Interpreter
from .machine_load import LoadMeter
from .result import Result
from .sanitize import sanitize
from .snippet import Snippet

START_METHOD_SHIM = Path(__file__).resolve().parent / "start_method"


# Frames of stderr text inside the stdout pipe (start_method/sitecustomize.py writes them).
FRAME_START, FRAME_END = b"\x1f", b"\x1e"


class _Streams:
    """Bytes as they arrive -> (stream, line) in the order written. The stdout pipe carries
    stdout and, in frames, what the program wrote to sys.stderr; the stderr pipe carries what was
    written to file descriptor 2 directly (faulthandler, C code, a crash before Python started):
    labelled stderr, but its order against the other pipe is only the order the reader saw."""

    def __init__(self):
        self.pending = {"out": b"", "err": b""}
        self.in_frame = False
        self.chunks: list[tuple[str, str]] = []

    def add(self, pipe: str, data: bytes) -> None:
        if pipe == "err":
            self._text("err", data)
            return
        while data:
            mark = FRAME_END if self.in_frame else FRAME_START
            before, found, data = data.partition(mark)
            self._text("err" if self.in_frame else "out", before)
            if found:
                self.in_frame = not self.in_frame

    def close(self, pipe: str) -> None:
        streams = ("out", "err") if pipe == "out" else ("err",)
        for stream in streams:
            if self.pending[stream]:
                self._text(stream, b"\n")

    def _text(self, stream: str, data: bytes) -> None:
        *lines, self.pending[stream] = (self.pending[stream] + data).split(b"\n")
        self.chunks += [(stream, line.decode("utf-8", errors="replace") + "\n") for line in lines]


def _read_both(process: subprocess.Popen, deadline: float) -> tuple[list[tuple[str, str]], bool]:
    """Lines of stdout and stderr in the order written, until both pipes close; True if time ran
    out. What the program wrote to sys.stdout and sys.stderr comes through one pipe (framed), so
    its order is the order of the writes."""
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ, "out")
    selector.register(process.stderr, selectors.EVENT_READ, "err")
    streams = _Streams()
    while selector.get_map():
        remaining = deadline - time.perf_counter()
        events = selector.select(timeout=remaining) if remaining > 0 else []
        if not events:
            return streams.chunks, True
        for key, _ in sorted(events, key=lambda event: event[0].data != "out"):
            data = os.read(key.fd, 65536)
            if data:
                streams.add(key.data, data)
            else:
                selector.unregister(key.fileobj)
                streams.close(key.data)
    return streams.chunks, False


def _reap(process: subprocess.Popen, deadline: float) -> float | None:
    """Wait for the program to end (until the deadline); its CPU seconds with its waited-for
    children, or None if it did not end in time (or the system cannot tell)."""
    if not hasattr(os, "wait4"):  # pragma: no cover - Windows
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=max(deadline - time.perf_counter(), 0.1))
        return None
    while time.perf_counter() < deadline:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return usage.ru_utime + usage.ru_stime
        time.sleep(0.005)
    return None


def environment_of(interpreter: Interpreter) -> dict[str, str]:
    """Where the measurement was made, as the page reports it."""
    return {
        "python": interpreter.full_version,
        "implementation": interpreter.implementation,
        "os": interpreter.platform.split("-")[0],
        "cpus": str(os.cpu_count()),
        "date": datetime.date.today().isoformat(),
    }


def execute(
    snippet: Snippet,
    interpreter: Interpreter,
    start_method: str | None,
    timeout: float,
    alone: bool = False,
) -> Result:
    """One run; for a run `alone` (nothing else of ours beside it), also the share of the CPUs other
    programs used meanwhile (`others_cpu`). Whether that made the machine busy is the runner's to
    decide."""
    env = {
        **os.environ,
        "PYTHONUNBUFFERED": "1",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",  # set and dict orders the same in every build
    }
    env.pop("SNIPPET_START_METHOD", None)
    env["PYTHONPATH"] = str(START_METHOD_SHIM)  # the start method, and helpers counted as ours
    env["SNIPPET_FRAMED_STDERR"] = "1"  # sys.stderr through the stdout pipe, framed
    if start_method:
        env["SNIPPET_START_METHOD"] = start_method
    command = [interpreter.executable, snippet.path.relative_to(snippet.root).as_posix()]
    with tempfile.TemporaryDirectory(prefix="snippet-figures-") as figure_dir:
        env["SNIPPET_FIGURE_DIR"] = figure_dir
        meter = LoadMeter()
        started = time.perf_counter()
        deadline = started + timeout
        with subprocess.Popen(
            command,
            cwd=snippet.root,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        ) as process:
            chunks, timed_out = _read_both(process, deadline)
            own_cpu = None if timed_out else _reap(process, deadline)
            timed_out = timed_out or process.returncode is None
            seconds = time.perf_counter() - started
            with contextlib.suppress(ProcessLookupError, PermissionError):  # and its children
                os.killpg(process.pid, signal.SIGKILL)
        # Beside a run that is not alone run our other snippets: they are no "other programs".
        others = meter.others_share(own_cpu) if alone and own_cpu is not None else None
        figures = [
            (f.name, f.read_text(encoding="utf-8")) for f in sorted(Path(figure_dir).glob("*.svg"))
        ]

    def clean(text: str) -> str:
        return sanitize(text, snippet.root, interpreter)

    return Result(
        name=snippet.name,
        start_method=start_method,
        python="{}.{}".format(*interpreter.version),
        returncode=None if timed_out else process.returncode,
        chunks=[(stream, snippet.display.renumber(clean(text))) for stream, text in chunks],
        seconds=round(seconds, 3),
        timed_out=timed_out,
        environment=environment_of(interpreter),
        figures=[(name, clean(svg)) for name, svg in figures],
        others_cpu=None if others is None else round(others, 3),
    )
