"""Measure how close the build and the tests come to the physical limit of the snippets.

    python tests/benchmark_build.py [--runs 3] [--skip-tests]

Works on a temporary copy of the repository (its tracked and untracked-but-not-ignored files), so
nothing here is touched. Run it on an idle machine. Prints, as medians of --runs runs made side by side:

- no-exec build: `mkdocs build --strict` with SNIPPET_EXECUTE=off (no snippet runs)
- cold build: `mkdocs build --strict` with an empty snippet cache
- critical path (build): every CPU-timing snippet (they run alone) + the `timing` ones one per CPU
  + the longest snippet that only waits, from the run times the cold build recorded
- warm rebuild: a build after a prose-only edit, with the cache of the cold build
- test suite: `pytest` as README runs it; its CPU-timing phase; its limit: that phase plus the
  CPU-seconds the machine spent on all its other work divided by the cores (nothing can make it
  shorter); and the critical path of its own snippet runs (every start method a snippet needs)

and the ratios the project aims for: warm ≤ 1.1 × no-exec; cold ≤ 1.2 × (no-exec + critical path);
tests ≤ 1.3 × their limit. Last, the speed-ups ("N배") that the CPU-timing snippets printed
in the cold build and in the test suite, beside those of a run of each one alone with nothing else
running: running them alone must keep their numbers. This is a measurement, not a test: it never fails.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from snippet_pipeline import Project, Result, Runner, Settings, results_file
from snippet_pipeline.machine_load import busy_seconds
from support.paths import ROOT
from support.snippet_session import PHASE, RESULTS


def copy_repository(target: Path) -> Path:
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    # The npm dependency (Pyodide) is ignored by git but part of what the build ships and the suite
    # tests: the copy shares it, so the figures are those of the real thing.
    if (ROOT / "node_modules").is_dir():
        (target / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    subprocess.run(["git", "init", "-q"], cwd=target, check=True)
    subprocess.run(["git", "add", "-A"], cwd=target, check=True)
    subprocess.run(
        [
            "git",
            "-c",
            "user.name=bench",
            "-c",
            "user.email=bench@localhost",
            "commit",
            "-qm",
            "copy",
        ],
        cwd=target,
        check=True,
    )
    return target


def timed(command: list[str], cwd: Path, **env: str) -> float:
    return timed_with_cpu(command, cwd, **env)[0]


def timed_with_cpu(command: list[str], cwd: Path, **env: str) -> tuple[float, float]:
    """Wall seconds, and the CPU seconds the machine spent meanwhile (on an idle machine: the
    command's, with the processes nobody waits for, such as Chromium's page processes, which a
    rusage of the command's children leaves out)."""
    started, cpu = time.perf_counter(), busy_seconds()
    result = subprocess.run(
        command,
        cwd=cwd,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if result.returncode:
        sys.exit(f"failed: {' '.join(command)}\n{(result.stdout + result.stderr)[-3000:]}")
    return seconds, busy_seconds() - cpu


def build(repo: Path, cache: Path, **env: str) -> float:
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(repo / "site")]
    return timed(command, repo, SNIPPET_CACHE_DIR=str(cache), **env)


def critical_path(project: Project, results: dict) -> float:
    """All CPU-timing runs (they cannot overlap anything), then the `timing` runs one per CPU (the
    longest of them, or all of them spread over the CPUs), then the longest waiting run."""
    alone, few, waiting = [], [0.0], [0.0]
    for (name, _method, _python), result in results.items():
        expected = project.snippet(name).expectations
        phase = alone if expected.cpu_timing else few if expected.timing else waiting
        phase.append(result.seconds)
    return sum(alone) + max(max(few), sum(few) / (os.cpu_count() or 1)) + max(waiting)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-tests", action="store_true", help="measure the builds only")
    args = parser.parse_args()
    figures: dict[str, list[float]] = {}
    speedups: dict[str, dict[str, str]] = {}

    def record(name: str, seconds: float) -> None:
        figures.setdefault(name, []).append(seconds)
        print(f"  {name}: {seconds:.1f} s", flush=True)

    with tempfile.TemporaryDirectory(prefix="bench-") as temporary:
        repo = copy_repository(Path(temporary) / "repo")
        project = Project(repo, Settings(cache=False))
        # Untimed: mkdocs-jupyter caches executed notebooks, so the first build of a copy pays for
        # executing them and every later one does not. Warm that cache once so all builds compare alike.
        build(repo, Path(temporary) / "cache-warm-up", SNIPPET_EXECUTE="off")
        for run in range(1, args.runs + 1):
            print(f"run {run}/{args.runs}", flush=True)
            cache = Path(temporary) / f"cache-{run}"
            record("no-exec build", build(repo, cache, SNIPPET_EXECUTE="off"))
            record("cold build", build(repo, cache, SNIPPET_CACHE="on"))
            built = cold_results(repo, cache)
            record("critical path (build)", critical_path(project, built))
            page = repo / "docs" / "index.md"
            page.write_text(
                page.read_text(encoding="utf-8") + f"\n문장을 고쳤습니다 ({run}).\n",
                encoding="utf-8",
            )
            record("warm rebuild (prose edit)", build(repo, cache, SNIPPET_CACHE="on"))
            speedups["cold build"] = speedups_of(project, built)
            if not args.skip_tests:
                basetemp = Path(temporary) / f"pytest-{run}"
                command = [sys.executable, "-m", "pytest", "-q", "--basetemp", str(basetemp)]
                seconds, cpu = timed_with_cpu(command, repo)
                record("test suite", seconds)
                phase = json.loads((basetemp / "snippet-session" / PHASE).read_text())
                # The suite cannot end before its CPU-timing phase (nothing else may run then) plus
                # all its other CPU work spread over every core.
                others = cpu - phase["cpu_seconds"]
                record("CPU-timing phase (tests)", phase["seconds"])
                record("limit (tests)", phase["seconds"] + others / (os.cpu_count() or 1))
                tested = suite_results(basetemp)
                record("critical path (tests)", critical_path(project, tested))
                speedups["test suite"] = speedups_of(project, tested)
        speedups["alone, one by one"] = speedups_of(project, serial_results(project))

    median = {name: statistics.median(values) for name, values in figures.items()}
    print(f"\nmedians of {args.runs} runs (Python {sys.version.split()[0]}, {os.cpu_count()} CPUs)")
    for name, value in median.items():
        runs = ", ".join(f"{v:.1f}" for v in figures[name])
        print(f"  {name:28} {value:7.1f} s   ({runs})")
    print("ratios (goal)")
    warm = median["warm rebuild (prose edit)"] / median["no-exec build"]
    print(f"  warm / no-exec                   {warm:.2f} (≤ 1.1)")
    limit = median["no-exec build"] + median["critical path (build)"]
    print(f"  cold / (no-exec + critical path) {median['cold build'] / limit:.2f} (≤ 1.2)")
    if "test suite" in median:
        tests = median["test suite"] / median["limit (tests)"]
        print(f"  tests / limit (tests)            {tests:.2f} (≤ 1.3)")
    print("speed-ups the CPU-timing snippets printed (default start method, last run)")
    sources = list(speedups)
    print(f"  {'snippet':45} " + " | ".join(f"{source:>20}" for source in sources))
    for name in sorted(speedups["alone, one by one"]):
        cells = [speedups[source].get(name, "-") for source in sources]
        print(f"  {name:45} " + " | ".join(f"{cell:>20}" for cell in cells))


SPEEDUP = re.compile(r"(\d+(?:\.\d+)?)\s*배")


def speedups_of(project: Project, results: dict) -> dict[str, str]:
    """The "N배" figures each CPU-timing snippet printed under the default start method."""
    found = {}
    for (name, method, _python), result in results.items():
        if method is None and project.snippet(name).expectations.cpu_timing:
            numbers = SPEEDUP.findall(result.stdout)
            if numbers:
                found[name.removeprefix("snippets/")] = " ".join(numbers)
    return found


def cold_results(repo: Path, cache: Path) -> dict:
    """The results the cold build just stored, read back from its cache (it keeps passing runs)."""
    found = [
        Result.from_json(json.loads(file.read_text(encoding="utf-8")))
        for file in cache.glob("*.json")
    ]
    return {result.key: result for result in found}


def suite_results(basetemp: Path) -> dict:
    """The snippet runs of the test suite, as its session recorded them (tests/support/snippet_session.py)."""
    return results_file.load(basetemp / "snippet-session" / RESULTS)


def serial_results(project: Project) -> dict:
    """Each CPU-timing snippet run once more, one after another, with nothing else running."""
    timing = [s for s in project.all_snippets() if s.expectations.cpu_timing]
    runner = Runner(project)
    runner.run_alone([run for snippet in timing for run in project.runs(snippet)])
    return runner.results


if __name__ == "__main__":
    main()
