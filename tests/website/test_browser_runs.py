"""Snippets marked `# snippet: browser` run in Pyodide (the Python of "브라우저에서 실행") and reach the
same verdicts as in the build's CPython; nothing that Pyodide cannot run truthfully is marked.

Pyodide runs under Node with WebAssembly stack switching (as Chromium has it), each snippet in a fresh
interpreter in a thread of its own, through the same runner module the page's Web Worker uses.
"""

from __future__ import annotations

import re

import pytest

from snippet_pipeline import Snippet
from support.browser_python import disagreement
from support.snippet_session import project

PROJECT = project()
BROWSER = [snippet for snippet in PROJECT.all_snippets() if snippet.expectations.browser]
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


@pytest.fixture(scope="session")
def pyodide_runs(snippet_session) -> dict[str, dict]:
    """Each browser snippet's run in Pyodide, made once by the test session (snippet_session.py)."""
    stored = snippet_session.pyodide_runs()
    if stored["missing"]:
        pytest.skip(stored["missing"])
    if stored.get("error"):
        pytest.fail(stored["error"], pytrace=False)
    return stored["runs"]


@pytest.mark.parametrize("snippet", BROWSER, ids=_id)
def test_a_browser_snippet_reaches_the_verdicts_of_cpython(
    snippet: Snippet, pyodide_runs, snippet_results
):
    ran = pyodide_runs[snippet.name]
    cpython = next(
        result for key, result in snippet_results.items() if key[:2] == (snippet.name, None)
    )
    found = disagreement(snippet, ran, cpython)
    assert not found, f"{snippet.name}{' (run alone)' if ran.get('alone') else ''}: {found}"


def test_time_sleep_blocks_in_the_browser_as_in_cpython(pyodide_runs):
    """Pyodide makes time.sleep non-blocking inside async code; the page's runner restores it."""
    lesson = pyodide_runs.get("snippets/blocking/time_sleep_blocks.py")
    assert lesson, "the blocking lesson is marked for the browser"
    printed = "\n".join(text for _stream, text, _ms in lesson["lines"])
    # Two coroutines that each call time.sleep(1): blocked one after the other, as in CPython.
    assert "판정: 차례로 실행되었습니다" in printed, printed
