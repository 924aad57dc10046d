"""Measure the local preview as a contributor meets it: `snippet-serve`, as README runs it.

    python tests/benchmark_serve.py [--root DIR] [--cache keep]

Works on a temporary copy of the repository (as tests/benchmark_build.py does), or on --root (a
fresh clone, to measure it as a newcomer: its files are edited and put back). Polls every page of
the served sitemap and prints, in seconds from the start of `mkdocs serve`:

- first page: the first time a page answers
- first output: the first time a page shows a real snippet output
- every output: the first time no page shows "결과 · 실행 중"
- prose edit: from saving a sentence added to a page to the served page showing it
- snippet edit: from saving a line added to a snippet to its page showing the new output, and
  that minus the snippet's own run time (as the page's ending line gives it)

This is a measurement, not a test: it never fails. Run it on an idle machine.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from benchmark_build import copy_repository

PAGE = "docs/course/07-generators.md"  # edited: a sentence is added
SNIPPET = "snippets/generators/first_generator.py"  # edited: a line is added (shown on PAGE)
PENDING = "결과 · 실행 중"


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def pages(base: str) -> list[str]:
    return re.findall(r"<loc>(.*?)</loc>", fetch(base + "sitemap.xml"))


def first_time(condition, timeout: float = 900.0, every: float = 0.2) -> float:
    """Seconds until `condition()` is true (connection errors count as false)."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        with contextlib.suppress(OSError):
            if condition():
                return time.perf_counter() - started
        time.sleep(every)
    raise TimeoutError(f"not within {timeout:g} s")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def measure(root: Path, python: str, keep_cache: bool) -> dict[str, float]:
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if not keep_cache:
        env["SNIPPET_CACHE_DIR"] = tempfile.mkdtemp(prefix="serve-cache-")
    figures: dict[str, float] = {}
    started = time.perf_counter()
    server = subprocess.Popen(
        [python, "-m", "snippet_pipeline.serve", "-a", f"127.0.0.1:{port}"],  # snippet-serve
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        first_time(lambda: fetch(base), every=0.1)
        figures["first page"] = time.perf_counter() - started
        urls = pages(base)
        first_time(lambda: any('class="snippet-output"' in fetch(url) for url in urls), every=0.5)
        figures["first output"] = time.perf_counter() - started
        first_time(lambda: not any(PENDING in fetch(url) for url in urls), every=1.0)
        figures["every output"] = time.perf_counter() - started
        page_url = next(url for url in urls if "07-generators" in url)
        figures["prose edit"] = edited(
            root / PAGE, f"\n\n측정용 문장 {time.time_ns()}\n", page_url, lambda added: added
        )
        line = f"측정용 출력 {time.time_ns()}"
        figures["snippet edit"] = edited(
            root / SNIPPET, f'\nprint("{line}")\n', page_url, lambda added: line + "\n"
        )
        ran = re.search(
            r"측정용 출력.*?실행 시간 ([\d.]+)초", fetch(page_url), re.S
        )  # the ending line under that output
        if ran:
            figures["snippet edit minus its run"] = figures["snippet edit"] - float(ran[1])
    finally:
        server.terminate()
        server.wait(timeout=30)
    return figures


def edited(path: Path, addition: str, url: str, expected) -> float:
    """Seconds from appending `addition` to `path` to `url` showing expected(addition); put back."""
    original = path.read_text(encoding="utf-8")
    try:
        path.write_text(original + addition, encoding="utf-8")
        return first_time(lambda: expected(addition.strip()) in fetch(url), every=0.05)
    finally:
        path.write_text(original, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, help="measure this checkout (default: a copy)")
    parser.add_argument("--python", default=sys.executable, help="the Python that has mkdocs")
    parser.add_argument("--cache", choices=["empty", "keep"], default="empty")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = arguments.root or copy_repository(Path(folder) / "repo")
        figures = measure(root.resolve(), arguments.python, arguments.cache == "keep")
    for name, seconds in figures.items():
        print(f"{name:28} {seconds:7.1f} s")


if __name__ == "__main__":
    main()
