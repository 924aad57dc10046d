"""Measure how close the build and the tests come to the physical limit of the snippets.

    python tests/benchmark_build.py [--runs 3] [--skip-tests]

Works on a temporary copy of the repository (its tracked and untracked-but-not-ignored files), so
nothing here is touched. Prints, as medians of --runs runs:

- no-exec build: `mkdocs build --strict` with SNIPPET_EXECUTION=off (no snippet runs)
- critical path: the longest snippet that only waits + every CPU-timing snippet (they run alone),
  from the per-snippet run times of a cold build
- cold build: `mkdocs build --strict` with SNIPPET_CACHE=off
- warm rebuild: a build after a prose-only edit, with the cache of the previous build
- test suite: `pytest` as README runs it, and the critical path of its snippet runs (every start
  method a snippet needs)

and the ratios the project aims for: warm ≤ 1.2 × no-exec; cold ≤ 1.3 × (no-exec + critical path);
tests ≤ 1.5 × their critical path. This is a measurement, not a test: it never fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "plugins"))

import snippet_runner  # noqa: E402
from snippet_runner import Runner  # noqa: E402


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
    started = time.perf_counter()
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
    return seconds


def build(repo: Path, cache: Path, **env: str) -> float:
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(repo / "site")]
    return timed(command, repo, SNIPPET_CACHE_DIR=str(cache), **env)


def critical_path(runner: Runner, results: dict) -> float:
    """The longest waiting run plus all CPU-timing runs (which cannot overlap anything)."""
    waiting, alone = [0.0], []
    for (name, _method), result in results.items():
        snippet = runner.snippet(name)
        (alone if snippet.expectations.cpu_timing else waiting).append(result.seconds)
    return max(waiting) + sum(alone)


def page_jobs(runner: Runner) -> list:
    from snippet_fence import FENCE

    jobs = []
    for page in sorted((runner.root / "docs").rglob("*.md")):
        for match in FENCE.finditer(page.read_text(encoding="utf-8")):
            jobs.append((runner.snippet(f"snippets/{match['body'].strip()}"), None))
    return jobs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-tests", action="store_true", help="measure the builds only")
    args = parser.parse_args()
    figures: dict[str, list[float]] = {}

    def record(name: str, seconds: float) -> None:
        figures.setdefault(name, []).append(seconds)
        print(f"  {name}: {seconds:.1f} s", flush=True)

    with tempfile.TemporaryDirectory(prefix="bench-") as temporary:
        repo = copy_repository(Path(temporary) / "repo")
        runner = Runner(root=repo, use_cache=False)
        # Untimed: mkdocs-jupyter caches executed notebooks, so the first build of a copy pays for
        # executing them and every later one does not. Warm that cache once so all builds compare alike.
        build(repo, Path(temporary) / "cache-warm-up", SNIPPET_EXECUTION="off")
        for run in range(1, args.runs + 1):
            print(f"run {run}/{args.runs}", flush=True)
            cache = Path(temporary) / f"cache-{run}"
            record("no-exec build", build(repo, cache, SNIPPET_EXECUTION="off"))
            record("cold build", build(repo, cache, SNIPPET_CACHE="on"))
            record("critical path (build)", critical_path(runner, cold_results(runner, cache)))
            page = repo / "docs" / "index.md"
            page.write_text(
                page.read_text(encoding="utf-8") + f"\n문장을 고쳤습니다 ({run}).\n",
                encoding="utf-8",
            )
            record("warm rebuild (prose edit)", build(repo, cache, SNIPPET_CACHE="on"))
            if not args.skip_tests:
                record("test suite", timed([sys.executable, "-m", "pytest", "-q"], repo))
                record("critical path (tests)", critical_path(runner, test_results(runner)))

    median = {name: statistics.median(values) for name, values in figures.items()}
    print(f"\nmedians of {args.runs} runs (Python {sys.version.split()[0]}, {os.cpu_count()} CPUs)")
    for name, value in median.items():
        print(f"  {name:28} {value:7.1f} s")
    print("ratios (goal)")
    print(
        f"  warm / no-exec                   {median['warm rebuild (prose edit)'] / median['no-exec build']:.2f} (≤ 1.2)"
    )
    limit = median["no-exec build"] + median["critical path (build)"]
    print(f"  cold / (no-exec + critical path) {median['cold build'] / limit:.2f} (≤ 1.3)")
    if "test suite" in median:
        print(
            f"  tests / critical path (tests)    {median['test suite'] / median['critical path (tests)']:.2f} (≤ 1.5)"
        )


def cold_results(runner: Runner, cache: Path) -> dict:
    """The results the cold build just stored, read back from its cache."""
    reader = Runner(root=runner.root, cache_dir=cache, use_cache=True)
    return {(s.name, m): reader.cached(s, m) for s, m in page_jobs(reader) if reader.cached(s, m)}


def test_results(runner: Runner) -> dict:
    """Every snippet under every start method it needs, run as the test suite runs them."""
    jobs = [
        (snippet, method) for snippet in runner.all_snippets() for method in snippet.start_methods
    ]
    snippet_runner._MEMORY.clear()  # run them all again, not from this process's memory
    fresh = Runner(
        root=runner.root, cache_dir=Path(tempfile.mkdtemp(prefix="bench-runs-")), use_cache=True
    )
    return fresh.run_many(jobs)


if __name__ == "__main__":
    main()
