"""How fast a reader's browser run starts, and what the browser runs add to the site.

    python tests/benchmark_browser.py [--site DIR] [--fresh 3] [--later 5] [--pause 1.5] [--since REF]

Serves a built site (--site; by default `mkdocs build` makes one in a temporary folder, from the
snippet cache) on 127.0.0.1 and drives Debian's Chromium (tests/support/chromium.py) on a lesson
page, pressing 실행 on a small snippet (its own run takes milliseconds):

- first run: in a fresh browser profile (nothing cached), from pressing 실행 to the run's end:
  the runtime's download and start-up, and the program
- later run: pressing 실행 again on the same page (the page keeps a loaded interpreter ready)

Each is given as measured and without the program's own time (as the page's status line says it).
Then the sizes: what the first run downloads, and the page scripts and styles now and at REF (git),
so what the browser runs added since then. This is a measurement, not a test: it never fails. Run
it on an idle machine.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from support.chromium import launch  # noqa: E402
from support.paths import ROOT  # noqa: E402
from support.snippet_session import QuietHandler  # noqa: E402

PAGE = "/course/07-generators/"
BLOCK = '.snippet[data-snippet="snippets/generators/first_generator.py"]'
DONE = "s => s.textContent.startsWith('끝났습니다')"
OWN_TIME = re.compile(r"실행 (\d+\.\d+)초")
FILES = ["docs/javascripts", "docs/stylesheets/extra.css"]


def serve(folder: Path) -> str:
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def timed_run(page, panel) -> tuple[float, float]:
    """(seconds from pressing 실행 to the end, the program's own seconds)."""
    status = panel.locator(".browser-run__status")
    started = time.perf_counter()
    panel.locator("button", has_text="실행").first.click()
    page.wait_for_function(f"s => ({DONE})(s)", arg=status.element_handle(), timeout=120_000)
    seconds = time.perf_counter() - started
    return seconds, float(OWN_TIME.search(status.inner_text())[1])


def sizes(paths: list[Path]) -> int:
    return sum(
        p.stat().st_size
        for path in paths
        for p in ([path] if path.is_file() else path.rglob("*"))
        if p.is_file()
    )


def size_at(ref: str) -> int:
    listed = subprocess.run(
        ["git", "ls-tree", "-r", "-l", ref, *FILES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return sum(int(line.split()[3]) for line in listed.stdout.splitlines())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path)
    parser.add_argument("--fresh", type=int, default=3)
    parser.add_argument("--later", type=int, default=5)
    parser.add_argument(
        "--pause", type=float, default=1.5, help="seconds between later runs (0: at once)"
    )
    parser.add_argument("--since", default="7c9b023")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="browser-") as folder:
        site = arguments.site
        if site is None:
            site = Path(folder) / "site"
            env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
            subprocess.run(
                [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
                cwd=ROOT,
                env=env,
                check=True,
            )
        url = serve(site) + PAGE
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = launch(playwright)
            for number in range(1, arguments.fresh + 1):
                context = browser.new_context()
                page = context.new_page()
                page.goto(url, wait_until="load")
                block = page.locator(BLOCK)
                block.locator(".browser-run[data-bound] button").click()
                panel = block.locator(".browser-run__panel")
                seconds, own = timed_run(page, panel)
                print(
                    f"first run {number}: {seconds:.2f} s ({seconds - own:.2f} s without the program's {own:.2f} s)",
                    flush=True,
                )
                if number == arguments.fresh:
                    for later in range(1, arguments.later + 1):
                        # the next interpreter loads meanwhile, as while a reader reads
                        page.wait_for_timeout(arguments.pause * 1000)
                        seconds, own = timed_run(page, panel)
                        print(
                            f"  later run {later}: {seconds:.2f} s ({seconds - own:.2f} s without the program's {own:.2f} s)"
                        )
                context.close()
            browser.close()
        runtime = sizes([site / "assets" / "pyodide"])
        now = sizes([ROOT / path for path in FILES])
        print(
            f"the first run downloads the runtime: {runtime / 1e6:.1f} MB (assets/pyodide, uncompressed)"
        )
        print(
            f"page scripts and styles: {now / 1e3:.1f} kB now, {size_at(arguments.since) / 1e3:.1f} kB at {arguments.since}"
        )


if __name__ == "__main__":
    main()
