"""Is the test suite dependable? README's test command, run again and again on one checkout.

    python tests/benchmark_suite.py [--runs 10] [--root DIR] [--busy-cores N]

Runs `.venv/bin/python -m pytest` (README's command) in --root, or else in a fresh clone of this
repository's HEAD in a temporary folder, installed first as README says (a venv, `pip install -e
".[test]"`, and `npm ci` where npm is). Prints per run: passed or failed, seconds, pytest's counts,
and every FAILED or ERROR line with whether it names a busy machine. The first run of a fresh clone
starts with an empty snippet cache; later runs reuse what it made, as a contributor's do.
`--busy-cores N` keeps N busy loops running meanwhile. Each run's whole output is kept in
tests/artifacts/suite-runs/run-N.txt. A measurement, not a test: it never fails.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmark_verdicts import BUSY_LOOP

from support.paths import ROOT

LOGS = ROOT / "tests" / "artifacts" / "suite-runs"


def install(root: Path) -> None:
    subprocess.run(["git", "clone", "-q", str(ROOT), str(root)], check=True)
    subprocess.run([sys.executable, "-m", "venv", str(root / ".venv")], check=True)
    pip = [str(root / ".venv" / "bin" / "python"), "-m", "pip", "install", "-q", "-e", ".[test]"]
    subprocess.run(pip, cwd=root, check=True)
    if shutil.which("npm"):
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=root, check=True)


def failures(output: str) -> list[tuple[str, bool]]:
    """(test, whether its report names a busy machine) for each failure or error pytest reported."""
    reports = re.split(r"^_+ ((?:ERROR at setup of )?test\S*.*?) _+$", output, flags=re.M)
    return [
        (title, "the machine was busy" in body or "기계가 바빴습니다" in body)
        for title, body in zip(reports[1::2], reports[2::2], strict=True)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--root", type=Path)
    parser.add_argument("--busy-cores", type=int, default=0)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="suite-") as folder:
        root = arguments.root
        if root is None:
            root = Path(folder) / "clone"
            install(root)
        loops = [
            subprocess.Popen([sys.executable, "-c", BUSY_LOOP]) for _ in range(arguments.busy_cores)
        ]
        passed = 0
        LOGS.mkdir(parents=True, exist_ok=True)
        try:
            for number in range(1, arguments.runs + 1):
                started = time.perf_counter()
                done = subprocess.run(
                    [str(root / ".venv" / "bin" / "python"), "-m", "pytest", "-q"],
                    cwd=root,
                    capture_output=True,
                    text=True,
                )
                seconds = time.perf_counter() - started
                (LOGS / f"run-{number}.txt").write_text(done.stdout + done.stderr, encoding="utf-8")
                passed += done.returncode == 0
                counts = re.findall(
                    r"^=* ?(\d+ (?:passed|failed|error).*?) in [\d.]+s", done.stdout, re.M
                )
                print(
                    f"run {number}: {'passed' if done.returncode == 0 else 'FAILED'} in "
                    f"{seconds:.1f} s: {counts[-1] if counts else done.stdout[-300:]}",
                    flush=True,
                )
                for title, blamed in failures(done.stdout):
                    verdict = "busy machine named" if blamed else "NOT blamed on a busy machine"
                    print(f"    {verdict}: {title}")
        finally:
            for loop in loops:
                loop.kill()
    print(
        f"{passed} of {arguments.runs} runs of README's test command passed ({arguments.busy_cores} busy cores)"
    )


if __name__ == "__main__":
    main()
