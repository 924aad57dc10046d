"""Put on PYTHONPATH by the snippet runner for every run: it sets the start method a run asks for,
makes multiprocessing's helper processes count as the program's own, and sends what the program
writes to sys.stderr through the stdout pipe, framed, so the runner reads both streams in the
order they were written (SNIPPET_FRAMED_STDERR; see process.py).

The snippet itself stays an ordinary program: SNIPPET_START_METHOD only sets the default start
method, exactly as `multiprocessing.set_start_method(...)` at the top of the program would.

At exit, the main process waits for the forkserver and the resource tracker it started (as CPython's
own tests do), instead of leaving them to end on their own after it. The runner reads the program's
CPU time from the operating system, which counts only the processes the program waited for: the
workers a forkserver forked would otherwise count as "other programs" on a busy machine.
"""

import _thread
import atexit
import contextlib
import io
import os
import sys


class FramedStderr(io.TextIOBase):
    """sys.stderr, written into the stdout pipe in frames, at once (unbuffered, as before). Its
    fileno() stays 2: faulthandler and C code that write to the file descriptor go there directly."""

    # A frame of stderr text inside the stdout pipe: START text END (process.py reads them apart).
    START, END = "\x1f", "\x1e"
    FRAME = 4000  # characters: a frame is written at once, below the pipe's atomic size

    def __init__(self, original):
        self._original = original
        self._lock = _thread.allocate_lock()
        self._write = os.write  # kept: module globals may be gone while the interpreter shuts down

    @property
    def encoding(self):
        return self._original.encoding

    @property
    def errors(self):
        return self._original.errors

    def fileno(self) -> int:
        return self._original.fileno()

    def isatty(self) -> bool:
        return False

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        clean = text.replace(self.START, "").replace(self.END, "")
        with self._lock:
            for start in range(0, len(clean), self.FRAME):
                frame = self.START + clean[start : start + self.FRAME] + self.END
                self._write(1, frame.encode(self.encoding or "utf-8", "backslashreplace"))
        return len(text)


# Only this process (and the processes it forks): a program the snippet starts itself, e.g. with
# subprocess and capture_output=True, gets an ordinary stderr.
if os.environ.pop("SNIPPET_FRAMED_STDERR", None) and sys.stderr is not None:
    sys.stdout.flush()
    sys.stderr = FramedStderr(sys.stderr)

method = os.environ.get("SNIPPET_START_METHOD")
if method:
    import multiprocessing

    multiprocessing.set_start_method(method, force=True)


@atexit.register  # registered first, so it runs after multiprocessing's own exit handler
def _wait_for_helper_processes() -> None:
    found = sys.modules.get("multiprocessing")
    if found is None or found.parent_process() is not None:
        return  # no multiprocessing, or a worker: the helpers belong to the main process
    forkserver = sys.modules.get("multiprocessing.forkserver")
    tracker = sys.modules.get("multiprocessing.resource_tracker")
    for helper, pid in (
        (getattr(forkserver, "_forkserver", None), "_forkserver_pid"),
        (getattr(tracker, "_resource_tracker", None), "_pid"),
    ):
        if getattr(helper, pid, None) is not None:
            with contextlib.suppress(Exception):  # a private method: gone in some version
                helper._stop()
