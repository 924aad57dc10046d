"""Snippets marked `# snippet: browser` run in Pyodide (the Python of "브라우저에서 실행") and reach the
same verdicts as in the build's CPython; nothing that Pyodide cannot run truthfully is marked.

Pyodide runs under Node with WebAssembly stack switching (as Chromium has it), each snippet in a fresh
interpreter in a thread of its own, through the same runner module the page's Web Worker uses.
"""

from __future__ import annotations

import re

import pytest

from snippet_pipeline import Snippet
from support.browser_python import as_result, disagreement, missing, run_sources, starter_name
from support.paths import ROOT
from support.snippet_session import project

PROJECT = project()
BROWSER = [snippet for snippet in PROJECT.all_snippets() if snippet.expectations.browser]
# What Pyodide cannot run, or runs differently: threads, processes, sockets, signals, blocking pools,
# the interpreter's own path, files of the project, modules of its own folder (the page has only the
# project's helpers at the top of snippets/, such as timeline.py, which the page puts beside it).
DISQUALIFYING = re.compile(
    r"\b(threading|multiprocessing|concurrent\.futures|subprocess|socket|signal|aiohttp|faulthandler)\b"
    r"|to_thread|run_in_executor|InterpreterPool|sys\.executable|os\.fork|__file__"
)


# (solution, the run of its starting version): written in the solution's file, or a file of its own.
EXERCISES = [(snippet, starter_name(snippet)) for snippet in BROWSER if snippet.starter] + [
    (snippet.solution, snippet.name) for snippet in BROWSER if snippet.solution
]
# An exercise's solution is shown in a "풀이 보기" block; its starting version, with "확인", before it.
SOLUTION = re.compile(r'\?\?\? success "풀이 보기"\n(?:\n|    .*\n)*?    ```snippet\n    (\S+)')


def _id(snippet: Snippet) -> str:
    return snippet.name


def test_snippets_are_marked_for_the_browser():
    assert len(BROWSER) >= 50, f"only {len(BROWSER)} snippets run in the browser"


@pytest.mark.parametrize("snippet", BROWSER, ids=_id)
def test_a_browser_snippet_needs_nothing_the_browser_lacks(snippet: Snippet):
    found = DISQUALIFYING.findall("\n".join([snippet.source, *snippet.module_sources]))
    assert not found, f"{snippet.name} uses {found}: Pyodide has no threads, processes or sockets"
    own = [m.name for m in snippet.local_modules if m.parent != ROOT / "snippets"]
    assert not own, f"{snippet.name} imports {own}, which the page does not have"
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


def test_every_exercise_that_runs_in_the_browser_starts_from_a_version_the_reader_checks():
    starting = {solution.name: run for solution, run in EXERCISES}
    for page in (ROOT / "docs").rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        for name in SOLUTION.findall(text):
            solution = PROJECT.snippet(name)
            if not solution.expectations.browser:
                continue
            where = f"{page.relative_to(ROOT)}: {name}"
            assert solution.name in starting, f"{where} has no starting version (exercise.py)"
            run = starting[solution.name]
            shown = run.removeprefix("snippets/").removesuffix(" (starter)")
            fence = f"```snippet{' starter' if run.endswith('(starter)') else ''}\n{shown}\n```"
            assert fence in text, f"{where}: show its starting version ({fence})"
            assert text.index(fence) < text.index(f"    {name}"), f"{where}: before the solution"
    assert len(EXERCISES) >= 11


@pytest.mark.parametrize(
    ("solution", "starter"), EXERCISES, ids=lambda item: getattr(item, "name", item)
)
def test_an_exercise_starting_version_fails_a_claim_and_its_solution_meets_all(
    solution: Snippet, starter: str, pyodide_runs
):
    """Checked as the page's "확인" checks the reader's run (exercise-check.mjs), which must agree
    with the build's own rules (Result.problems) on both runs."""
    expected = solution.expectations
    solved, started = pyodide_runs[solution.name], pyodide_runs[starter]
    for ran in (solved, started):
        build_says = as_result(ran).problems(expected, cpus=1)
        page_says = [claim for claim in ran["checked"] if not claim["held"]]
        assert bool(build_says) == bool(page_says), (ran["name"], build_says, page_says)
    assert all(claim["held"] for claim in solved["checked"]), solved["checked"]
    assert not all(claim["held"] for claim in started["checked"]), (
        f"{starter}: the starting version already meets every claim"
    )
    stderr = "\n".join(text for stream, text, _ms in started["lines"] if stream == "err")
    assert "SyntaxError" not in stderr, "the starting version is a program that runs"


DRAWING = [s for s in BROWSER if any(m.name == "timeline.py" for m in s.local_modules)]


@pytest.mark.parametrize("snippet", DRAWING, ids=_id)
def test_a_timeline_is_drawn_from_the_run_in_the_browser_as_in_the_build(
    snippet: Snippet, pyodide_runs, snippet_results
):
    cpython = next(r for key, r in snippet_results.items() if key[:2] == (snippet.name, None))
    drawn = dict(pyodide_runs[snippet.name]["figures"])
    assert sorted(drawn) == sorted(name for name, _svg in cpython.figures), "the same figures"
    for name, svg in drawn.items():
        assert svg.startswith("<svg") or "<svg " in svg, name
        assert re.search(r"<desc[^>]*>.+</desc>", svg, re.S), f"{name}: no text alternative"


def test_timelines_are_drawn_in_the_browser():
    assert len(DRAWING) >= 2


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
