"""The snippets marked `# snippet: browser`, run in Pyodide (the Python of "브라우저에서 실행") under Node,
and how such a run compares with the build's CPython run of the same snippet."""

from __future__ import annotations

import atexit
import json
import os
import re
import shutil
import subprocess

from snippet_pipeline import Result, Snippet
from snippet_pipeline.browser import claims
from support.paths import ROOT

RUNTIME = ROOT / "node_modules" / "pyodide"
NODE = shutil.which("node")
CHECK = ROOT / "tests" / "support" / "pyodide_check.mjs"
_RUNNING: set[subprocess.Popen] = set()  # Node processes of batches still running


@atexit.register
def _stop_running() -> None:
    """A session that ends early (-x, a failed fixture, Ctrl-C) leaves no batch running: the test
    session runs it from a daemon thread, which dies with pytest but would leave Node behind."""
    for process in list(_RUNNING):
        process.kill()


def missing() -> str | None:
    """Why Pyodide cannot run here, or None."""
    if not NODE:
        return "no Node on PATH"
    if not (RUNTIME / "pyodide.mjs").is_file():
        return "no node_modules/pyodide: run `npm ci` (as .ci/run does)"
    return None


def starter_name(snippet: Snippet) -> str:
    """How the runs name an exercise's starting version."""
    return f"{snippet.name} (starter)"


def run_in_pyodide(snippets: list[Snippet], lanes: int | None = None) -> dict[str, dict]:
    """{name: {"status", "lines": [[stream, text, ms]], "checked"}}; each in a fresh interpreter,
    at a lower priority than the snippets the test session runs meanwhile. Each run is checked as
    the page's "확인" checks a reader's run ("checked": [{"korean", "held", "actual"}]), against the
    claims of the exercise it starts, if it starts one, else its own. An exercise's starting version
    written in its solution's file runs too (`starter_name`). The project's helpers it imports sit
    beside it, as on the page; the figures it saves come back ("figures": [[file, svg]])."""
    jobs = []
    for snippet in snippets:
        checked = claims((snippet.solution or snippet).expectations)
        modules = {
            path.name: source
            for path, source in zip(snippet.local_modules, snippet.module_sources, strict=True)
        }
        job = {"source": snippet.display.text, "modules": modules, "claims": checked}
        jobs.append({"name": snippet.name, **job})
        if snippet.starter:
            jobs.append({**job, "name": starter_name(snippet), "source": snippet.starter.text})
    return _run(jobs, lanes)


def run_sources(sources: dict[str, str], lanes: int | None = None) -> dict[str, dict]:
    """run_in_pyodide for programs given as {name: source}."""
    return _run([{"name": name, "source": source} for name, source in sources.items()], lanes)


def _run(jobs: list[dict], lanes: int | None) -> dict[str, dict]:
    # `nice`, not preexec_fn: the test session calls this from a thread, where forking Python to
    # run a function before exec can deadlock.
    nice = [shutil.which("nice"), "-n", "10"] if shutil.which("nice") else []
    command = [*nice, NODE, "--experimental-wasm-stack-switching", str(CHECK), str(RUNTIME)]
    with subprocess.Popen(
        [*command, str(lanes or 4 * (os.cpu_count() or 1))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:  # `nice` execs Node: this is Node's process
        _RUNNING.add(process)
        try:
            stdout, stderr = process.communicate(json.dumps(jobs), timeout=900)
        finally:
            process.kill()  # after a timeout; a no-op once it has ended
            _RUNNING.discard(process)
    if process.returncode:
        raise RuntimeError(f"Pyodide under Node failed:\n{stderr[-3000:]}")
    return {run["name"]: run for run in json.loads(stdout)}


def verdicts(lines: list[str]) -> list[str]:
    """The verdict lines, numbers aside (they are measurements)."""
    return [re.sub(r"\d+(?:\.\d+)?", "#", line) for line in lines if "판정" in line]


def as_result(ran: dict) -> Result:
    """A Pyodide run as the build's Result, to judge it by the build's own rules."""
    chunks = [(stream, f"{text}\n") for stream, text, _ms in ran["lines"]]
    return Result(ran["name"], None, "pyodide", ran["status"], chunks, 0.0, False, {})


def disagreement(snippet: Snippet, ran: dict, cpython: Result) -> list[str]:
    """How a Pyodide run differs from what the snippet declares (judged by the build's own rules,
    Result.problems) and from CPython's verdicts."""
    found = [str(problem) for problem in as_result(ran).problems(snippet.expectations)]
    stdout = [text for stream, text, _ms in ran["lines"] if stream == "out"]
    if verdicts(stdout) != verdicts(cpython.stdout.splitlines()):
        found.append(
            f"verdicts {verdicts(stdout)} in Pyodide, {verdicts(cpython.stdout.splitlines())} in CPython"
        )
    return found
