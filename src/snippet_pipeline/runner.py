"""Run many snippets: the CPU-timing ones alone on a quiet machine, then the others side by side,
and every claim about time that failed once more alone before it counts.

The rule for claims about time (a snippet's `time_claims`: it says `cpu-timing` or `timing`, or it
reads a clock): a run whose only problems are missing stdout claims runs again alone, on a quiet
machine, up to `timing_reruns` times, and the first run whose claims hold is the one kept; only when
every run failed does the failure count. Its result says which run it is (the page says so), the log
names each run again, and the page never mixes runs. Any other failure counts at once.

Where a snippet runs first follows from what it measures:

- `cpu-timing` (speed-ups of CPU work): alone. Before each, the runner waits, bounded, for the
  machine to be quiet.
- `timing` (waiting whose time includes CPU work of its own): beside at most as many runs as there
  are CPUs, so each gets a CPU.
- the rest, many at a time (waiting does not need a CPU).

Every run alone also measures the share of the CPU other programs used meanwhile and, when its
claims did not come out, how fast the CPUs compute right before and right after it (on a virtual
machine, other guests of the host slow the CPUs without showing up as programs): a failure on such
a busy machine says so (`_judge_busy`, the one place that decides it).

Every run, failures included, happens once per runner: what the build renders and what the tests
check is this one result.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import AbstractContextManager

from .cache import cache_key
from .machine_load import cpu_speed, wait_for_quiet
from .process import execute
from .progress import Progress, silent
from .project import Project, Run
from .result import Key, Result

# Once a wait for a quiet machine has run out, later waits stop after this long until it is quiet.
SHORT_WAIT = 2.0


@dataclasses.dataclass
class Tally:
    """What a runner did, for its log line and for the tests."""

    executed: list[Key] = dataclasses.field(default_factory=list)
    from_cache: int = 0
    waited: float = 0.0  # seconds spent waiting for a quiet machine
    repeated: int = 0  # runs made again, alone, because a claim about time failed
    repeat_seconds: float = 0.0


class Runner:
    def __init__(
        self,
        project: Project,
        log: Callable[[str], None] = lambda message: None,
        progress: Progress | None = None,
        alone: AbstractContextManager | None = None,
        stored: Callable[[Run, Result], None] = lambda run, result: None,
    ):
        """`alone`: held around every run alone (a lock that `mkdocs serve`'s builds take too);
        `stored`: called with each result as it is kept."""
        self.project = project
        self.stored = stored
        self.log = log
        self.progress = progress or silent()
        self._alone_lock = alone or contextlib.nullcontext()
        self.tally = Tally()
        self.results: dict[Key, Result] = {}
        self._fastest = 0.0  # the fastest the CPUs computed in this runner (machine_load.cpu_speed)
        self._quiet_wait = project.settings.quiet_wait

    def run(self, runs: Iterable[Run], timed_first: bool = True) -> dict[Key, Result]:
        """Every run once, the timed ones (`run_timed`) first or, for a preview that wants most
        outputs soon, last; returns the results by key."""
        runs = list({run.key: run for run in runs}.values())
        placed = self._placed(runs)
        for kind, workers, these in placed:
            self.progress.plan(kind, len(list(self._uncached(these))), workers)
        if timed_first:
            self.run_timed(runs)
            self.run_side_by_side(runs)  # those run already are in `results`
        else:
            self.run_side_by_side(placed[-1][2])
            self.run_timed(runs)
        self.progress.finish()
        return {run.key: self.results[run.key] for run in runs}

    def _placed(self, runs: list[Run]) -> list[tuple[str, int, list[Run]]]:
        """(kind, runs at a time, the runs) of each phase, in order (progress.PHASES)."""
        alone = [run for run in runs if run.snippet.expectations.cpu_timing]
        few = [run for run in runs if run.snippet.expectations.timing and run not in alone]
        many = [run for run in runs if run not in alone and run not in few]
        few_at_a_time = os.cpu_count() or 1
        return [("alone", 1, alone), ("few", few_at_a_time, few), ("many", self._many(), many)]

    def _many(self) -> int:
        return self.project.settings.worker_count

    def run_timed(self, runs: list[Run]) -> None:
        """Of these runs, the ones that time CPU work: `cpu-timing` alone, then `timing` beside at
        most one other run per CPU. The caller lets nothing else of its own run meanwhile."""
        (_, _, alone), (_, workers, few), _ = self._placed(runs)
        self.run_alone(alone)
        self.run_side_by_side(few, workers=workers, kind="few")

    def run_alone(self, runs: list[Run]) -> None:
        """Runs one after another, each on a quiet machine; nothing else of ours may run meanwhile."""
        self.progress.phase("alone")
        for run in self._uncached(runs):
            first = self._alone(run)
            self.progress.ran(first.seconds)
            self._store(run, self._confirmed(run, first))

    def run_side_by_side(
        self, runs: list[Run], workers: int | None = None, kind: str = "many"
    ) -> None:
        """Runs that only wait, many at a time; then each failed claim about time again, alone."""
        todo = list(self._uncached(runs))
        self.progress.phase(kind)

        def first(run: Run) -> Result:
            result = self._execute(run, alone=False)
            self.progress.ran(result.seconds)
            return result

        again = []  # failed claims about time: confirmed alone once the pool is done
        with ThreadPoolExecutor(max_workers=workers or self._many()) as pool:
            started = {pool.submit(first, run): run for run in todo}
            for done in as_completed(started):  # kept as they end: a preview shows them sooner
                run, result = started[done], done.result()
                if self._failed_on_time(run, result):
                    again.append((run, result))
                else:
                    self._store(run, result)
        for run, result in again:
            self._store(run, self._confirmed(run, result))

    def _confirmed(self, run: Run, result: Result) -> Result:
        """The rule for claims about time: a failed one runs again alone, a bounded number of times."""
        settings = self.project.settings
        while self._failed_on_time(run, result) and result.attempt <= settings.timing_reruns:
            where = f"{run.snippet.name} [{run.start_method or 'default'}, Python {run.key[2]}]"
            problems = "; ".join(result.problems(run.snippet.expectations))
            self.log(
                f"{where}: {problems}; a claim about time: run {result.attempt + 1} "
                f"(of at most {settings.timing_reruns + 1}), alone"
            )
            self.tally.repeated += 1
            self.tally.repeat_seconds += result.seconds
            attempt = result.attempt + 1
            result = self._alone(run)
            result.attempt = attempt
        return result

    @staticmethod
    def _failed_on_time(run: Run, result: Result) -> bool:
        expected = run.snippet.expectations
        return run.snippet.time_claims and result.only_output_claims_failed(expected)

    def _alone(self, run: Run) -> Result:
        """One run on a quiet machine (waited for, bounded), judged for a busy machine."""
        settings = self.project.settings
        with self._alone_lock:
            waited, share = wait_for_quiet(settings.busy_threshold, self._quiet_wait)
            self.tally.waited += waited
            # A machine that stayed busy for a whole wait is not waited for that long again, until
            # it is quiet.
            busy = share > settings.busy_threshold
            self._quiet_wait = min(self._quiet_wait, SHORT_WAIT) if busy else settings.quiet_wait
            before = self._speed_share()
            result = self._execute(run, alone=True)
            self._judge_busy(run, result, before)
        return result

    def _judge_busy(self, run: Run, result: Result, speed_before: float) -> None:
        """The one place that decides whether the machine of a run alone was busy: other programs
        used more than `busy_threshold` of the CPUs while it ran, or, when its claims did not come
        out, the CPUs computed below `slow_cpu` of their fastest speed right before or right after
        it. Sets `result.busy` (and `cpu_speed`)."""
        settings = self.project.settings
        expected = run.snippet.expectations
        result.busy = result.others_cpu is not None and result.others_cpu > settings.busy_threshold
        if result.problems(expected) and not result.busy:
            # The slower of right before and right after: the run lies between the two.
            result.cpu_speed = round(min(speed_before, self._speed_share()), 2)
            result.busy = result.cpu_speed < settings.slow_cpu

    def _speed_share(self) -> float:
        """How fast the CPUs compute now, as a share of the fastest seen so far (1: as fast)."""
        speed = cpu_speed(seconds=0.25)
        self._fastest = max(self._fastest, speed)
        return speed / self._fastest

    def _execute(self, run: Run, alone: bool) -> Result:
        timeout = self.project.timeout(run.snippet)
        return execute(run.snippet, run.interpreter, run.start_method, timeout, alone)

    def _uncached(self, runs: list[Run]) -> Iterable[Run]:
        for run in runs:
            if run.key in self.results:
                continue
            cached = self.project.cache.get(self._cache_key(run))
            if cached is None:
                yield run
            else:
                self.results[run.key] = cached
                self.tally.from_cache += 1

    def _store(self, run: Run, result: Result) -> None:
        self.results[run.key] = result
        self.tally.executed.append(run.key)
        passed = not result.problems(run.snippet.expectations)
        self.project.cache.put(self._cache_key(run), result, passed)
        self.stored(run, result)

    @staticmethod
    def _cache_key(run: Run) -> str:
        return cache_key(run.snippet, run.interpreter, run.start_method)
