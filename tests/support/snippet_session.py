"""The test session's snippet runs and site build, made once, by the pytest process that owns the session.

Once every test is collected and before any test runs, the owning process (xdist's controller, or
pytest itself without workers) runs the snippets that time CPU work (`Runner.run_timed`: each
CPU-timing one alone, under every start method it needs, then the `timing` ones a few at a time):
no test runs yet, so nothing else of ours runs beside them. Then, in a thread of that process,
the snippets that only wait run side by side while the tests run (their processes at a lower
priority), `results.json` is written, and the strict build of the whole site is made from those
results (it runs nothing): `site/` and `site-build.json`. Tests that need them wait for the files.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import threading
import time
import traceback
from pathlib import Path

from snippet_pipeline import Project, Runner, Settings, results_file
from snippet_pipeline.machine_load import busy_seconds
from support import browser_python
from support.paths import ROOT
from support.site_build import build

PYODIDE = "pyodide.json"
PHASE = "cpu-timing-phase.json"
RESULTS, SITE, BUILD, FAILED, PORT = (
    "results.json",
    "site",
    "site-build.json",
    "failed.txt",
    "site-port",
)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def handle(self):
        # A browser test may close its page while a file is on its way.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            super().handle()


def project() -> Project:
    """The repository's snippets, with the site's own options and its cache, as a build uses them:
    a result the cache holds (made by a build, `snippet-serve` or an earlier session, for exactly
    this source, pipeline, interpreter and start method, and ended as declared) is not made again,
    and what this session makes is kept for the next preview. `SNIPPET_CACHE=off` (CI) runs all."""
    return Project(ROOT, Settings.from_config_file(ROOT / "mkdocs.yml"))


class SnippetSession:
    def __init__(self, folder: Path):
        self.folder = folder
        self.started = time.perf_counter()

    def run(self) -> None:
        """The timed phase now (the caller lets nothing else run meanwhile), the rest in a thread."""
        self.folder.mkdir(parents=True, exist_ok=True)
        snippets = project()
        runs = [run for snippet in snippets.all_snippets() for run in snippets.runs(snippet, True)]
        runner = Runner(snippets, log=self._log)
        started, cpu = time.perf_counter(), busy_seconds()
        runner.run_timed(runs)
        # tests/benchmark_build.py reads it (the machine's CPU time: on an idle machine, ours)
        phase = {"seconds": time.perf_counter() - started, "cpu_seconds": busy_seconds() - cpu}
        _write(self.folder / PHASE, json.dumps(phase))
        self._log(f"timed phase: {phase['seconds']:.1f} s, {phase['cpu_seconds']:.1f} CPU-s")
        browser = [snippet for snippet in snippets.all_snippets() if snippet.expectations.browser]
        pyodide = _Background(self._pyodide_batch, browser)
        threading.Thread(target=self._rest, args=(runner, runs, pyodide), daemon=True).start()

    def _pyodide_batch(self, browser: list) -> tuple[list, dict]:
        """Every browser snippet in Pyodide (a thread of its own: most of them only wait)."""
        if browser_python.missing():
            return browser, {}
        started = time.perf_counter()
        runs = browser_python.run_in_pyodide(browser)
        self._log(f"{len(runs)} browser snippets in Pyodide: {time.perf_counter() - started:.1f} s")
        return browser, runs

    def _rest(self, runner: Runner, runs: list, pyodide: _Background) -> None:
        try:
            started = time.perf_counter()
            results = runner.run(runs)  # the CPU-timing ones are done: this runs the waiting ones
            results_file.save(results, self.folder / RESULTS)
            tally = runner.tally
            self._log(
                f"{len(tally.executed)} runs; waited {tally.waited:.1f} s for a quiet machine; "
                f"{tally.repeated} run again for a claim about time ({tally.repeat_seconds:.1f} s); "
                f"waiting phase "
                f"{time.perf_counter() - started:.1f} s"
            )
            # This process serves the built site to the browser tests, at the address it is built
            # for: Material's instant navigation only takes links to pages of its sitemap, which
            # names site_url's port.
            handler = functools.partial(QuietHandler, directory=str(self.folder / SITE))
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            port = server.server_address[1]
            env = {
                **os.environ,
                "SNIPPET_RESULTS_FILE": str(self.folder / RESULTS),
                "SITE_URL": f"http://127.0.0.1:{port}/",
            }
            started = time.perf_counter()
            outcome = build(ROOT / "mkdocs.yml", self.folder / SITE, env)
            self._log(f"site built in {time.perf_counter() - started:.1f} s")
            strict_log = outcome.stdout + outcome.stderr
            published_log = strict_log
            if outcome.returncode:
                # No cascade: the other tests get the site a non-strict build makes from the same
                # results (a failed snippet in its box on its page); test_strict_build_passes
                # reports the strict failure, once.
                self._log("the strict build failed: building the site again, not strict")
                again = build(ROOT / "mkdocs.yml", self.folder / SITE, env, strict=False)
                published_log = again.stdout + again.stderr
            threading.Thread(target=server.serve_forever, daemon=True).start()
            _write(self.folder / PORT, str(port))
            _write(
                self.folder / BUILD,
                json.dumps([strict_log, outcome.returncode, published_log]),
            )
            try:
                self._compare_in_pyodide(*pyodide.result(), results)
            except (
                Exception
            ) as error:  # the browser tests report it; the rest of the session goes on
                stored = {"missing": None, "error": str(error), "runs": {}}
                _write(self.folder / PYODIDE, json.dumps(stored))
        except BaseException:
            _write(self.folder / FAILED, traceback.format_exc())
            raise

    def _compare_in_pyodide(self, browser: list, runs: dict, results: dict) -> None:
        """A browser snippet whose Pyodide run disagrees with CPython's runs again, alone (the first
        batch ran beside the whole test session); the run kept is the one the tests check."""
        if not browser_python.missing():
            for snippet in browser:
                cpython = next(r for key, r in results.items() if key[:2] == (snippet.name, None))
                if browser_python.disagreement(snippet, runs[snippet.name], cpython):
                    runs.update(browser_python.run_in_pyodide([snippet], lanes=1))
                    runs[snippet.name]["alone"] = True
                    self._log(f"{snippet.name}: run again alone in Pyodide")
        _write(
            self.folder / PYODIDE, json.dumps({"missing": browser_python.missing(), "runs": runs})
        )

    def _log(self, message: str) -> None:
        with (self.folder / "session.log").open("a", encoding="utf-8") as log:
            log.write(f"[{time.perf_counter() - self.started:6.1f} s] {message}\n")

    def wait_for(self, name: str, timeout: float = 1800) -> Path:
        """The file `name` once written; fails at once if the session's runs failed."""
        target, failed = self.folder / name, self.folder / FAILED
        deadline = time.monotonic() + timeout
        while not target.exists():
            if failed.exists():
                raise RuntimeError(
                    f"the session's snippet runs failed:\n{failed.read_text(encoding='utf-8')}"
                )
            if time.monotonic() > deadline:
                raise TimeoutError(f"no {name} after {timeout:g} s")
            time.sleep(0.2)
        return target

    def results(self):
        return results_file.load(self.wait_for(RESULTS))

    def pyodide_runs(self) -> dict:
        """{"missing": why Pyodide could not run here or None, "error": how its runs failed (if they
        did), "runs": each browser snippet's run by name}."""
        return json.loads(self.wait_for(PYODIDE).read_text(encoding="utf-8"))

    def site_url(self) -> str:
        """Where this process serves the built site (its site_url)."""
        return f"http://127.0.0.1:{self.wait_for(PORT).read_text(encoding='utf-8')}"

    def site_build(self) -> tuple[Path, str, int]:
        """The site, the strict build's log and its exit code."""
        log, returncode, _ = json.loads(self.wait_for(BUILD).read_text(encoding="utf-8"))
        return self.folder / SITE, log, returncode

    def site(self) -> tuple[Path, str]:
        """The site the tests read and the log of the build that made it: the strict build's, or,
        when that failed, a non-strict build's from the same results."""
        _, _, log = json.loads(self.wait_for(BUILD).read_text(encoding="utf-8"))
        return self.folder / SITE, log


class _Background(threading.Thread):
    """A call made in a thread; `result()` waits for it and returns (or raises) what it did."""

    def __init__(self, function, *args):
        super().__init__(daemon=True)
        self._call, self._outcome = (function, args), None
        self.start()

    def run(self) -> None:
        function, args = self._call
        try:
            self._outcome = (True, function(*args))
        except BaseException as error:  # handed to whoever waits for it
            self._outcome = (False, error)

    def result(self):
        self.join()
        ok, value = self._outcome
        if not ok:
            raise value
        return value


def _write(target: Path, text: str) -> None:
    temporary = target.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)  # whole or not at all: waiters poll for it
