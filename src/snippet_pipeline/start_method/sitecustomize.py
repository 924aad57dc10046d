"""Put on PYTHONPATH by the snippet runner for every run: it sets the start method a run asks for
and makes multiprocessing's helper processes count as the program's own.

The snippet itself stays an ordinary program: SNIPPET_START_METHOD only sets the default start
method, exactly as `multiprocessing.set_start_method(...)` at the top of the program would.

At exit, the main process waits for the forkserver and the resource tracker it started (as CPython's
own tests do), instead of leaving them to end on their own after it. The runner reads the program's
CPU time from the operating system, which counts only the processes the program waited for: the
workers a forkserver forked would otherwise count as "other programs" on a busy machine.
"""

import atexit
import contextlib
import os
import sys

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
