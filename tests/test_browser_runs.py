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


@pytest.fixture(scope="module")
def pyodide_runs() -> dict[str, dict]:
    if not NODE or not (RUNTIME / "pyodide.mjs").is_file():
        pytest.skip("no Node or no node_modules/pyodide: run `npm ci` (as .ci/run does)")
    jobs = [{"name": snippet.name, "source": snippet.display.text} for snippet in BROWSER]
    done = subprocess.run(
        [
            NODE,
            "--experimental-wasm-stack-switching",
            str(ROOT / "tests" / "pyodide_check.mjs"),
            str(RUNTIME),
        ],
        input=json.dumps(jobs),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return {run["name"]: run for run in json.loads(done.stdout)}


def verdicts(lines: list[str]) -> list[str]:
    """The verdict lines, numbers aside (they are measurements)."""
    return [re.sub(r"\d+(?:\.\d+)?", "#", line) for line in lines if "판정" in line]


@pytest.mark.parametrize("snippet", BROWSER, ids=_id)
def test_a_browser_snippet_reaches_the_verdicts_of_cpython(
    snippet: Snippet, pyodide_runs, snippet_results
):
    ran = pyodide_runs[snippet.name]
    stdout = [text for stream, text, _ms in ran["lines"] if stream == "out"]
    stderr = "\n".join(text for stream, text, _ms in ran["lines"] if stream == "err")
    expected = snippet.expectations
    cpython = next(r for key, r in snippet_results.items() if key[:2] == (snippet.name, None))
    assert ran["status"] == expected.exit_code, (
        f"exit status {ran['status']} in Pyodide\n{stderr[-2000:]}"
    )
    assert verdicts(stdout) == verdicts(cpython.stdout.splitlines()), "Pyodide and CPython disagree"
    for text in expected.output:
        assert text in "\n".join(stdout)
    for text in (*expected.stderr, *([expected.error] if expected.error else [])):
        assert text in stderr, f"{text!r} missing from Pyodide's stderr"
    if not (expected.stderr or expected.error):
        assert not stderr, f"Pyodide wrote to stderr:\n{stderr[-2000:]}"


def test_time_sleep_blocks_in_the_browser_as_in_cpython(pyodide_runs):
    """Pyodide makes time.sleep non-blocking inside async code; the page's runner restores it."""
    lesson = pyodide_runs.get("snippets/blocking/time_sleep_blocks.py")
    assert lesson, "the blocking lesson is marked for the browser"
    printed = "\n".join(text for _stream, text, _ms in lesson["lines"])
    # Two coroutines that each call time.sleep(1): blocked one after the other, as in CPython.
    assert "판정: 차례로 실행되었습니다" in printed, printed
