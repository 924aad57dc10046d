"""Run many snippets: each CPU-timing one alone on a quiet machine, then the waiting ones side by side.

A CPU-timing snippet measures speed-ups that only hold when nothing else runs. Before each one the
runner waits, bounded, for the machine to be quiet; while it runs, the share of the CPU other
programs use is measured, and how fast the CPUs compute right before it and, when its claims did
not come out, right after it (on a virtual machine, other guests of the host slow the CPUs without
showing up as programs). One whose claims did not come out while the machine was busy runs
again, a bounded number of times; its result says which run it is, and the page never mixes runs.
The snippets that only wait then run many at a time (their verdicts hold on a crowded machine).

Every run, failures included, happens once per runner: what the build renders and what the tests
check is this one result.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor

from .cache import cache_key
from .machine_load import cpu_speed, wait_for_quiet
from .process import execute
from .project import Project, Run
from .result import Key, Result

# Once a wait for a quiet machine has run out, later waits of the same phase stop after this long.
SHORT_WAIT = 2.0


@dataclasses.dataclass
class Tally:
    """What a runner did, for its log line and for the tests."""

    executed: list[Key] = dataclasses.field(default_factory=list)
    from_cache: int = 0
    waited: float = 0.0  # seconds spent waiting for a quiet machine
    repeated: int = 0  # runs made again because the machine was busy
    repeat_seconds: float = 0.0


class Runner:
    def __init__(self, project: Project, log: Callable[[str], None] = lambda message: None):
        self.project = project
        self.log = log
        self.tally = Tally()
        self.results: dict[Key, Result] = {}
        self._fastest = 0.0  # the fastest the CPUs computed in this runner (machine_load.cpu_speed)

    def run(self, runs: Iterable[Run]) -> dict[Key, Result]:
        """Every run once (the CPU-timing ones first, alone); returns the results by key."""
        runs = list({run.key: run for run in runs}.values())
        timing = [run for run in runs if run.snippet.expectations.cpu_timing]
        self.run_alone(timing)
        self.run_side_by_side([run for run in runs if run not in timing])
        return {run.key: self.results[run.key] for run in runs}

    def run_alone(self, runs: list[Run]) -> None:
        """CPU-timing runs, one after another; nothing else of ours may run meanwhile."""
        limit = self.project.settings.quiet_wait
        for run in self._uncached(runs):
            result, limit = self._run_on_a_quiet_machine(run, limit)
            self._store(run, result)

    def run_side_by_side(self, runs: list[Run]) -> None:
        """Runs that only wait, many at a time."""
        todo = list(self._uncached(runs))
        with ThreadPoolExecutor(max_workers=self.project.settings.worker_count) as pool:
            for run, result in zip(todo, pool.map(self._execute, todo), strict=True):
                self._store(run, result)

    def _run_on_a_quiet_machine(self, run: Run, limit: float) -> tuple[Result, float]:
        settings = self.project.settings
        attempt = 1
        while True:
            waited, share = wait_for_quiet(settings.busy_threshold, limit)
            self.tally.waited += waited
            # A machine that stayed busy for a whole wait will not be waited for that long again.
            limit = (
                settings.quiet_wait if share <= settings.busy_threshold else min(limit, SHORT_WAIT)
            )
            before = self._speed_share()
            result = self._execute(run)
            result.attempt = attempt
            problems = self._judge_busy(run, result, before)
            if not problems or not result.busy or attempt > settings.busy_repeats:
                return result, limit
            where = f"{run.snippet.name} [{run.start_method or 'default'}, Python {run.key[2]}]"
            self.log(f"{where}: {'; '.join(problems)}; running it again")
            self.tally.repeated += 1
            self.tally.repeat_seconds += result.seconds
            attempt += 1

    def _judge_busy(self, run: Run, result: Result, speed_before: float) -> list:
        """The one place that decides whether a CPU-timing run's machine was busy: other programs
        used more than `busy_threshold` of the CPUs while it ran, or, when its claims did not come
        out, the CPUs computed below `slow_cpu` of their fastest speed right before or right after
        it. Sets `result.busy` (and `cpu_speed`); returns the run's problems."""
        settings = self.project.settings
        expected = run.snippet.expectations
        result.busy = result.others_cpu is not None and result.others_cpu > settings.busy_threshold
        problems = result.problems(expected)
        if problems and not result.busy:
            # The slower of right before and right after: the run lies between the two.
            result.cpu_speed = round(min(speed_before, self._speed_share()), 2)
            result.busy = result.cpu_speed < settings.slow_cpu
            problems = result.problems(expected)
        return problems

    def _speed_share(self) -> float:
        """How fast the CPUs compute now, as a share of the fastest seen so far (1: as fast)."""
        speed = cpu_speed(seconds=0.25)
        self._fastest = max(self._fastest, speed)
        return speed / self._fastest

    def _execute(self, run: Run) -> Result:
        return execute(
            run.snippet, run.interpreter, run.start_method, self.project.timeout(run.snippet)
        )

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

    @staticmethod
    def _cache_key(run: Run) -> str:
        return cache_key(run.snippet, run.interpreter, run.start_method)
