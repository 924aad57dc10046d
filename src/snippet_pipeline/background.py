"""`mkdocs serve` at once: pages are served with the results at hand, the rest run in the background.

A build of `mkdocs serve` (the `serve_at_once` option) does not wait for snippets. Each output
whose result is in the cache (or was made by this process) renders as usual; each other one
renders as "실행 중" and its run goes to a queue. One thread of this process runs the queue with the
same runner as a build (the waiting snippets first, then the timed ones, CPU-timing ones
alone), starting once the first build is done, and, as results land (at once for the first, then
at most every LANDING seconds, and when the queue is done), writes a file in a folder the server
watches: the site is rebuilt and the open page reloads with the new outputs. A later build (a
saved page or snippet) waits a moment (WAIT) for the runs it queued, so an edited snippet that
runs quickly shows its new output in that build. The runner's runs alone and every build hold the same lock, so a
CPU-timing snippet never runs beside a build. `mkdocs build` never takes this path.
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from . import progress
from .cache import cache_key
from .project import Project, Run
from .result import Key, Result
from .runner import Runner

LANDING = 5.0  # seconds at least between two rebuilds for new results (the first: at once)
WAIT = 2.0  # seconds a build after the first waits for the runs it queued


def _key(run: Run) -> str:
    return cache_key(run.snippet, run.interpreter, run.start_method)


class Background:
    """The queue of runs, the thread that runs it and what it has made, for one `mkdocs serve`."""

    def __init__(self, log: Callable[[str], None]):
        self.log = log
        self.lock = threading.Lock()  # held by each build, and by each run alone
        self.landed = Path(tempfile.mkdtemp(prefix="snippets-landed-"))  # the server watches it
        self._made: dict[str, Result] = {}  # by cache key: failures too, so none loops
        self._queue: list[tuple[Project, Run]] = []
        self._queued: set[str] = set()
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        self._new, self._landed_at = 0, 0.0  # results not yet shown; when the last rebuild was
        self._wanted = False  # a rebuild was asked for and no build has begun since
        self._first_build_done = threading.Event()  # the runs wait for it: the first page first
        self._made_one = threading.Condition()

    def at_hand(
        self, project: Project, runs: list[Run], wait: float = WAIT
    ) -> tuple[dict[Key, Result], list[Run]]:
        """(the results there are, by key; the runs still to make, now queued). After the first
        build, a build waits up to `wait` seconds for them: an edited snippet that runs quickly
        shows its new output in this build, not in the next one."""
        pending = [run for run in runs if self._result(project, run) is None]
        self._submit(project, pending)
        if pending and self._first_build_done.is_set():
            deadline = time.monotonic() + wait
            with self._made_one:
                while any(_key(run) not in self._made for run in pending):
                    if not self._made_one.wait(timeout=deadline - time.monotonic()):
                        break
        results = {run.key: r for run in runs if (r := self._result(project, run)) is not None}
        return results, [run for run in runs if run.key not in results]

    def _result(self, project: Project, run: Run) -> Result | None:
        key = _key(run)
        return self._made.get(key) or project.cache.get(key)

    def first_build_done(self) -> None:
        self._first_build_done.set()

    def _submit(self, project: Project, runs: list[Run]) -> None:
        with self._wake:
            for run in runs:
                if _key(run) not in self._queued:
                    self._queued.add(_key(run))
                    self._queue.append((project, run))
            if self._queue and self._thread is None:
                self._thread = threading.Thread(target=self._work, daemon=True, name="snippets")
                self._thread.start()
            self._wake.notify()

    def _work(self) -> None:
        while True:
            with self._wake:
                while not self._queue:
                    if self._wanted:  # asked before the server watched (it starts after a build)
                        self._poke()
                    self._wake.wait(timeout=2.0)
                batch, self._queue = self._queue, []
            self._first_build_done.wait()
            project = batch[-1][0]  # the newest build's: same files, same options
            started = time.perf_counter()
            runner = Runner(
                project,
                self.log,
                progress.on_terminal(self.log),
                alone=self.lock,
                stored=self._stored,
            )
            runs = [run for _, run in batch]
            try:
                # The waiting snippets first: most pages are complete within a minute.
                results = runner.run(runs, timed_first=False)
            except Exception as error:  # noqa: BLE001 - the server goes on; the log says why
                self.log(f"the background runs stopped: {error!r}")
                continue
            failed = sum(bool(results[r.key].problems(r.snippet.expectations)) for r in runs)
            self.log(
                f"{len(runs)} snippet runs made in {time.perf_counter() - started:.1f} s"
                f" ({failed} did not end as declared)"
            )
            self._land(force=True)

    def _stored(self, run: Run, result: Result) -> None:
        with self._made_one:
            self._made[_key(run)] = result
            self._made_one.notify_all()
        self._new += 1
        self._land(force=False)

    def _land(self, force: bool) -> None:
        """Have the server rebuild: now if `force`, else at most every LANDING seconds (each
        rebuild holds the lock, and so stops the runs alone meanwhile)."""
        if not self._new or (not force and time.monotonic() - self._landed_at < LANDING):
            return
        self.log(f"{self._new} new snippet results: rebuilding")
        self._new, self._landed_at = 0, time.monotonic()
        self._wanted = True
        self._poke()

    def _poke(self) -> None:
        (self.landed / "landed.txt").write_text(str(time.time()), encoding="utf-8")

    def building(self) -> None:
        """A build begins: it shows every result made so far."""
        self._wanted = False
