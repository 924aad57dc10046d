"""How dependable are the verdicts? Cold strict builds, one after another, and what each one did.

    python tests/benchmark_verdicts.py [--builds 5] [--busy-cores 1 | --light-load]

Works on a temporary copy of the repository (as tests/benchmark_build.py does). Each build is
`mkdocs build --strict` with an empty snippet cache. Prints per build: passed or failed, its
seconds, how many runs were made again alone for a claim about time (the runner's one rule,
CONTRIBUTING "시간에 관한 주장과 바쁜 기계"), and the snippets that failed, with whether the failure
names a busy machine. `--busy-cores N` keeps N busy loops running for the whole measurement, as a
machine busy with other work would; `--light-load` keeps one process busy in bursts (0.3 s of
every second, about 30 % of one core), as an editor and a browser would. This is a measurement, not a test: it never fails.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmark_build import copy_repository

BUSY_LOOP = "while True: pass"
BURSTS = """
import time
while True:
    end = time.perf_counter() + 0.3
    while time.perf_counter() < end:
        pass
    time.sleep(0.7)
"""
RUN_AGAIN = re.compile(r"(snippets/\S+ \[[^\]]*\]): (.*); a claim about time: run (\d+)")


def cold_build(repo: Path, cache: Path) -> tuple[bool, float, str]:
    started = time.perf_counter()
    outcome = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(repo / "site")],
        cwd=repo,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SNIPPET_CACHE_DIR": str(cache)},
        capture_output=True,
        text=True,
    )
    return outcome.returncode == 0, time.perf_counter() - started, outcome.stdout + outcome.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--builds", type=int, default=5)
    parser.add_argument("--busy-cores", type=int, default=0)
    parser.add_argument("--light-load", action="store_true")
    arguments = parser.parse_args()
    loops = [
        subprocess.Popen([sys.executable, "-c", BUSY_LOOP]) for _ in range(arguments.busy_cores)
    ]
    if arguments.light_load:
        loops.append(subprocess.Popen([sys.executable, "-c", BURSTS]))
    passed = 0
    try:
        with tempfile.TemporaryDirectory(prefix="verdicts-") as folder:
            repo = copy_repository(Path(folder) / "repo")
            for number in range(1, arguments.builds + 1):
                ok, seconds, log = cold_build(repo, Path(folder) / f"cache-{number}")
                passed += ok
                again = log.count("a claim about time: run")
                failed = re.findall(r"^\s+- (snippets/\S+) \(Python [^)]*\): (.*)$", log, re.M)
                print(
                    f"build {number}: {'passed' if ok else 'FAILED'} in {seconds:.1f} s, "
                    f"{again} runs again alone for a claim about time",
                    flush=True,
                )
                for where, problems, attempt in RUN_AGAIN.findall(log):
                    print(f"    again (run {attempt}): {where}: {problems[:160]}")
                for name, problems in failed:
                    blamed = "the machine was busy" in problems
                    print(
                        f"    {name}: {'busy machine named' if blamed else 'NOT blamed on a busy machine'}: {problems[:160]}"
                    )
    finally:
        for loop in loops:
            loop.kill()
    print(
        f"{passed} of {arguments.builds} cold strict builds passed "
        f"({arguments.busy_cores} busy cores{', light load' if arguments.light_load else ''})"
    )


if __name__ == "__main__":
    main()
