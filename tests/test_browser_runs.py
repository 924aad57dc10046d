"""Snippets marked `# snippet: browser` run in Pyodide (the Python of "브라우저에서 실행") and reach the
same verdicts as in the build's CPython; nothing that Pyodide cannot run truthfully is marked.

Pyodide runs under Node with WebAssembly stack switching (as Chromium has it), each snippet in a fresh
interpreter in a thread of its own, through the same runner module the page's Web Worker uses.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from paths import ROOT
from snippet_pipeline import Snippet
from snippet_session import project

PROJECT = project()
BROWSER = [snippet for snippet in PROJECT.all_snippets() if snippet.expectations.browser]
RUNTIME = ROOT / "node_modules" / "pyodide"
NODE = shutil.which("node")
# What Pyodide cannot run, or runs differently: threads, processes, sockets, signals, blocking pools,
# the interpreter's own path, files of the project, helper modules (they are not on the page).
DISQUALIFYING = re.compile(
    r"\b(threading|multiprocessing|concurrent\.futures|subprocess|socket|signal|aiohttp|faulthandler)\b"
    r"|to_thread|run_in_executor|InterpreterPool|sys\.executable|os\.fork|__file__|import timeline"
)


def _id(snippet: Snippet) -> str:
    return snippet.name


def test_snippets_are_marked_for_the_browser():
    assert len(BROWSER) >= 50, f"only {len(BROWSER)} snippets run in the browser"


@pytest.mark.parametrize("snippet", BROWSER, ids=_id)
def test_a_browser_snippet_needs_nothing_the_browser_lacks(snippet: Snippet):
    found = DISQUALIFYING.findall(snippet.source)
    assert not found, f"{snippet.name} uses {found}: Pyodide has no threads, processes or sockets"
    assert not snippet.local_modules, (
        f"{snippet.name} imports project modules the page does not have"
    )
    assert not snippet.expectations.cpu_timing, "CPU timings in a browser say nothing about CPython"


def run_in_pyodide(snippets: list[Snippet], lanes: int | None = None) -> dict[str, dict]:
    jobs = [{"name": snippet.name, "source": snippet.display.text} for snippet in snippets]
    command = [
        NODE,
        "--experimental-wasm-stack-switching",
        str(ROOT / "tests" / "pyodide_check.mjs"),
        str(RUNTIME),
    ]
    done = subprocess.run(
        [*command, *([str(lanes)] if lanes else [])],
        input=json.dumps(jobs),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return {run["name"]: run for run in json.loads(done.stdout)}


@pytest.fixture(scope="module")
def pyodide_runs(snippet_results) -> dict[str, dict]:
    """Every browser snippet in Pyodide, side by side; one whose verdicts differ from CPython's is
    run again alone (the test suite runs beside the first batch), and that run is the one checked."""
    if not NODE or not (RUNTIME / "pyodide.mjs").is_file():
        pytest.skip("no Node or no node_modules/pyodide: run `npm ci` (as .ci/run does)")
    runs = run_in_pyodide(BROWSER)
    differing = [s for s in BROWSER if disagreement(s, runs[s.name], snippet_results)]
    for snippet in differing:
        runs.update(run_in_pyodide([snippet], lanes=1))
        runs[snippet.name]["alone"] = True
    return runs


def disagreement(snippet: Snippet, ran: dict, snippet_results) -> list[str]:
    """How a Pyodide run differs from what the snippet declares and from CPython's verdicts."""
    stdout = [text for stream, text, _ms in ran["lines"] if stream == "out"]
    stderr = "\n".join(text for stream, text, _ms in ran["lines"] if stream == "err")
    expected = snippet.expectations
    cpython = next(r for key, r in snippet_results.items() if key[:2] == (snippet.name, None))
    found = []
    if ran["status"] != expected.exit_code:
        found.append(f"exit status {ran['status']} in Pyodide")
    if verdicts(stdout) != verdicts(cpython.stdout.splitlines()):
        found.append(
            f"verdicts {verdicts(stdout)} in Pyodide, {verdicts(cpython.stdout.splitlines())} in CPython"
        )
    found += [f"stdout lacks {text!r}" for text in expected.output if text not in "\n".join(stdout)]
    declared = (*expected.stderr, *([expected.error] if expected.error else []))
    found += [f"stderr lacks {text!r}" for text in declared if text not in stderr]
    if stderr and not declared:
        found.append(f"wrote to stderr: {stderr[-1000:]}")
    return found


def verdicts(lines: list[str]) -> list[str]:
    """The verdict lines, numbers aside (they are measurements)."""
    return [re.sub(r"\d+(?:\.\d+)?", "#", line) for line in lines if "판정" in line]


@pytest.mark.parametrize("snippet", BROWSER, ids=_id)
def test_a_browser_snippet_reaches_the_verdicts_of_cpython(
    snippet: Snippet, pyodide_runs, snippet_results
):
    ran = pyodide_runs[snippet.name]
    found = disagreement(snippet, ran, snippet_results)
    assert not found, f"{snippet.name}{' (run alone)' if ran.get('alone') else ''}: {found}"


def test_time_sleep_blocks_in_the_browser_as_in_cpython(pyodide_runs):
    """Pyodide makes time.sleep non-blocking inside async code; the page's runner restores it."""
    lesson = pyodide_runs.get("snippets/blocking/time_sleep_blocks.py")
    assert lesson, "the blocking lesson is marked for the browser"
    printed = "\n".join(text for _stream, text, _ms in lesson["lines"])
    # Two coroutines that each call time.sleep(1): blocked one after the other, as in CPython.
    assert "판정: 차례로 실행되었습니다" in printed, printed
