"""Snippets marked `# snippet: browser` run in Pyodide (the Python of "브라우저에서 실행") and reach the
same verdicts as in the build's CPython; nothing that Pyodide cannot run truthfully is marked.

Pyodide runs under Node with WebAssembly stack switching (as Chromium has it), each snippet in a fresh
interpreter in a thread of its own, through the same runner module the page's Web Worker uses.
"""

from __future__ import annotations

import re

import pytest

from snippet_pipeline import Snippet
from support.browser_python import disagreement, missing, run_sources
from support.paths import ROOT
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


# Each thing the FAQ says the browser cannot do, with the message it quotes for it.
LIMITS = {
    "thread": (
        "import threading\nthreading.Thread(target=print).start()",
        "can't start new thread",
    ),
    "pool": (
        "import concurrent.futures as cf\ncf.ThreadPoolExecutor().submit(print)",
        "can't start new thread",
    ),
    "process": (
        "import multiprocessing\nmultiprocessing.Process(target=print).start()",
        "No module named '_multiprocessing'",
    ),
    "subprocess": (
        "import subprocess\nsubprocess.run(['ls'])",
        "emscripten does not support processes.",
    ),
}
# asyncio.to_thread "works" but runs the function on the loop's own thread, blocking every task.
TO_THREAD = """
import asyncio, threading, time

def work():
    print(threading.current_thread().name)
    time.sleep(0.5)

async def tick():
    print(f"{time.perf_counter() - started:.2f}")

async def main():
    await asyncio.gather(asyncio.to_thread(work), tick())

started = time.perf_counter()
asyncio.run(main())
"""


def test_the_faq_says_what_the_browser_does_with_threads_and_processes():
    """The FAQ's list of what "브라우저에서 실행" cannot run is what Pyodide really does."""
    if missing():
        pytest.skip(missing())
    faq = (ROOT / "docs" / "beyond" / "faq.md").read_text(encoding="utf-8")
    section = faq.split("{ #browser-runs }", 1)[1].split("\n## ", 1)[0]
    sources = {name: source for name, (source, _said) in LIMITS.items()}
    runs = run_sources({**sources, "to_thread": TO_THREAD}, lanes=2)
    for name, (_source, said) in LIMITS.items():
        assert said in section, f"the FAQ does not quote {said!r}"
        errors = "\n".join(text for stream, text, _ms in runs[name]["lines"] if stream == "err")
        assert runs[name]["status"] == 1 and said in errors, f"{name} in Pyodide: {errors}"
    thread, ticked = [text for _stream, text, _ms in runs["to_thread"]["lines"]]
    assert "`MainThread`" in section and thread == "MainThread", thread
    # The other task ran only after the blocking sleep: a busy machine only makes it later.
    assert float(ticked) >= 0.5, f"a task ran {ticked} s into a 0.5 s to_thread call"
