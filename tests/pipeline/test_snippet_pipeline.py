"""The pipeline's parts on their own: markers, the shown source, paths, cache keys, interpreters,
the machine-load meter and the HTML of an output (tests/pipeline/test_pipeline.py builds whole sites)."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from snippet_pipeline import (
    DisplayedSource,
    Expectations,
    MarkerError,
    Project,
    Result,
    Runner,
    Settings,
    cache,
)
from snippet_pipeline.browser import claims
from snippet_pipeline.cache import cache_key
from snippet_pipeline.exercise import starter_source
from snippet_pipeline.interpreters import choose, current
from snippet_pipeline.machine_load import LoadMeter, cpu_speed, wait_for_quiet
from snippet_pipeline.process import START_METHOD_SHIM, execute
from snippet_pipeline.render import ending, output_box
from snippet_pipeline.sanitize import sanitize
from support.paths import FIXTURE

MALFORMED_LINES = [
    ("# snippet: timeout", "x.py:2: '# snippet: timeout' needs seconds"),
    ("# snippet: timeout=soon", "x.py:2: '# snippet: timeout' needs seconds"),
    ("# snippet: min-python=3", "x.py:2: '# snippet: min-python' needs a version, e.g."),
    ("# snippet: min-cores=0", "x.py:2: '# snippet: min-cores' needs a number of CPUs"),
    ("# snippet: cpu-timing=yes", "x.py:2: '# snippet: cpu-timing' takes no value"),
    ("# snippet: expect-outptu=판정", "x.py:2: unknown marker '# snippet: expect-outptu' (known:"),
]
# An exercise's markers, read when its starting version is made (exercise.py).
MALFORMED_EXERCISES = [
    ("# snippet: solution-start\nx = 1\n", "x.py:1: solution-start without solution-end"),
    ("x = 1\n# snippet: solution-end\n", "x.py:2: solution-end without solution-start"),
    ("# snippet: starter=x = 0\nx = 1\n", "starter lines but no solution-start/solution-end"),
    (
        "# snippet: solution-start\n# snippet: starter=x = 0\n# snippet: solution-end\n",
        "x.py:2: a starter line inside the solution block",
    ),
]
# The display markers, read when the page shows the source (display.py).
MALFORMED_DISPLAY = [
    ("# snippet: highlight-start\nx = 1\n", "x.py:1: highlight-start without highlight-end"),
    ("x = 1\n# snippet: highlight-end\n", "x.py:2: highlight-end without highlight-start"),
    ("x = 1\n# snippet: highlight\n", "x.py: '# snippet: highlight' on the last line"),
    (
        "x = 1\n# --- 결과 확인: x ---\n# snippet: highlight\nprint(x)\n",
        "x.py:4: a highlighted line inside the '# --- 결과 확인' part, which the page folds",
    ),
]


@pytest.mark.parametrize(
    ("read", "source", "says"),
    [(Expectations.parse, f'print("시작")\n{line}\n', says) for line, says in MALFORMED_LINES]
    + [(starter_source, source, says) for source, says in MALFORMED_EXERCISES]
    + [(DisplayedSource.of, source, says) for source, says in MALFORMED_DISPLAY],
)
def test_a_malformed_marker_names_file_line_and_what_is_expected(read, source: str, says: str):
    with pytest.raises(MarkerError) as raised:
        read(source, "x.py")
    assert says in str(raised.value)


def test_markers_are_read():
    source = "# snippet: expect-error=ValueError\n# snippet: python=3.12 3.11\n# snippet: expect-output=a\n"
    expected = Expectations.parse(source + "# snippet: expect-output=b\n", "x.py")
    assert (expected.error, expected.exit_code, expected.output) == ("ValueError", 1, ("a", "b"))
    assert expected.pythons == ((3, 11), (3, 12))


SOURCE = """# snippet: expect-output=판정: 맞습니다
# snippet: highlight
import time
def main():
    # snippet: highlight-start
    time.sleep(0)
    total = 1
    # snippet: highlight-end
    # --- 결과 확인 ---
    if total:
        print("판정: 맞습니다")
main()
raise ValueError
"""


def test_the_shown_source_hides_markers_highlights_and_finds_the_self_check_part():
    shown = DisplayedSource.of(SOURCE, "snippets/x.py")
    assert "# snippet:" not in shown.text
    texts = shown.text.splitlines()
    assert [texts[n - 1].strip() for n in shown.highlighted] == [
        "import time",
        "time.sleep(0)",
        "total = 1",
    ]
    # From the comment to the end of its block: main() at the top level is not part of it.
    assert [texts[n - 1].strip() for n in shown.self_check] == [
        "# --- 결과 확인 ---",
        "if total:",
        'print("판정: 맞습니다")',
    ]


def test_a_self_check_part_leaves_the_blank_lines_after_it_in_view():
    source = "def f():\n    x = 1\n    # --- 결과 확인 ---\n    print(x)\n\n    \n\nf()\n"
    shown = DisplayedSource.of(source, "x.py")
    assert shown.self_check == (3, 4) and shown.check_parts == [(3, 1)]


def test_tracebacks_are_renumbered_to_the_shown_lines():
    shown = DisplayedSource.of(SOURCE, "snippets/x.py")
    # File line 13 (raise ValueError) is the 9th line the page shows.
    assert (
        shown.renumber('File "snippets/x.py", line 13, in <module>')
        == 'File "snippets/x.py", line 9, in <module>'
    )


EXERCISE = """def total(numbers):
    # snippet: starter=# 고치세요
    # snippet: starter=    return 0
    # snippet: solution-start
    # snippet: highlight
    return sum(numbers)
    # snippet: solution-end
print(total([1, 2]))
"""


def test_an_exercise_starting_version_replaces_the_solution_with_its_starter_lines():
    starter = DisplayedSource.of(starter_source(EXERCISE, "x.py"), "x.py")
    assert (
        starter.text
        == "def total(numbers):\n    # 고치세요\n        return 0\nprint(total([1, 2]))\n"
    )
    assert starter.highlighted == (2, 3), "the lines the reader changes"
    solution = DisplayedSource.of(EXERCISE, "x.py")
    assert solution.text == "def total(numbers):\n    return sum(numbers)\nprint(total([1, 2]))\n"
    assert starter_source("print(1)\n", "x.py") is None


def test_an_exercise_is_checked_on_every_claim_the_build_checks():
    kinds = [c["kind"] for c in claims(Expectations.parse("# snippet: expect-output=판정\n"))]
    assert kinds == ["output", "quiet", "exit"]
    declared = "# snippet: expect-error=ValueError\n# snippet: expect-stderr=경고\n"
    checked = claims(Expectations.parse(declared))
    assert [(c["kind"], c.get("text"), c.get("code")) for c in checked] == [
        ("stderr", "경고", None),
        ("error", "ValueError", None),
        ("exit", None, 1),
    ]


def test_installed_package_paths_are_labelled_the_same_way_every_time(tmp_path: Path):
    interpreter = current()
    package = interpreter.paths["site-packages"][0]
    text = f'File "{package}/yaml/__init__.py"; File "{tmp_path}/snippets/a.py"; {interpreter.paths["stdlib"][0]}/os.py'
    assert (
        sanitize(text, tmp_path, interpreter)
        == 'File "<site-packages>/yaml/__init__.py"; File "snippets/a.py"; <stdlib>/os.py'
    )


def test_the_cache_key_follows_the_versions_of_imported_distributions():
    snippet = Project(FIXTURE).snippet("demo/package_traceback.py")
    interpreter = current()
    assert "markupsafe" in snippet.third_party
    assert any(d.startswith("MarkupSafe==") for d in interpreter.versions_of({"markupsafe"}))
    older = dataclasses.replace(interpreter)  # the same Python with another MarkupSafe installed
    older.__dict__["distributions"] = {
        **interpreter.distributions,
        "markupsafe": ["MarkupSafe==0.1"],
    }
    assert cache_key(snippet, interpreter, None) != cache_key(snippet, older, None)
    assert cache_key(snippet, interpreter, None) != cache_key(snippet, interpreter, "spawn")


def test_interpreters_are_chosen_by_version():
    own = current()
    newer = dataclasses.replace(own, version=(3, 99), full_version="3.99.0")
    assert choose((own, newer), (), (3, 20)) == [newer]
    assert choose((own,), (), (3, 20)) == [(3, 20)]
    assert choose((own, newer), (own.version, (3, 50)), None) == [own, (3, 50)]
    assert choose((own, newer), (), None) == [own]


BUSY_LOOP = "import time\nend = time.monotonic() + float(__import__('sys').argv[1])\nwhile time.monotonic() < end: pass\n"


def test_the_meter_counts_another_programs_busy_loop_as_other_programs():
    meter = LoadMeter()
    subprocess.run([sys.executable, "-c", BUSY_LOOP, "1.5"], check=True)  # not reported as ours
    share = meter.others_share()
    assert share >= 0.8 / (os.cpu_count() or 1), (
        f"a busy loop on one CPU measured as {share:.0%} of them"
    )


def test_a_cpu_timing_run_beside_a_busy_loop_is_marked_busy(tmp_path: Path):
    settings = Settings(busy_threshold=0.1, timing_reruns=0, quiet_wait=0, cache=False)
    project = Project(FIXTURE, settings)
    snippet = project.snippet("demo/busy_claim.py")
    loop = subprocess.Popen([sys.executable, "-c", BUSY_LOOP, "3"])
    try:
        time.sleep(0.3)
        (result,) = Runner(project).run(project.runs(snippet)).values()
    finally:
        loop.wait()
    assert result.busy and result.others_cpu >= 0.3 / (os.cpu_count() or 1), result.others_cpu
    assert "machine was busy: other programs used" in " ".join(
        result.problems(snippet.expectations)
    )


def test_each_run_is_placed_by_what_it_times(monkeypatch: pytest.MonkeyPatch):
    """cpu-timing alone first, then timing ones beside at most one run per CPU, then the rest; a
    snippet that reads a clock has claims about time, one that does not has none."""
    from snippet_pipeline import runner as runner_module

    project = Project(FIXTURE, Settings(quiet_wait=0, cache=False))
    names = ["demo/hello.py", "demo/timed_wait.py", "demo/busy_claim.py", "demo/uses_helper.py"]
    snippets = [project.snippet(name) for name in names]
    seen, lock = [], threading.Lock()

    def recorded(snippet, *args):
        with lock:
            seen.append((snippet.name.removeprefix("snippets/demo/"), args[-1]))
        return execute(snippet, *args)

    monkeypatch.setattr(runner_module, "execute", recorded)
    Runner(project).run(run for snippet in snippets for run in project.runs(snippet))
    # Alone, and first; its claim never holds, so it runs twice again, alone, before it counts.
    assert seen[:3] == [("busy_claim.py", True)] * 3, seen
    assert seen[3] == ("timed_wait.py", False), seen  # beside others, before the rest
    assert sorted(seen[4:]) == [("hello.py", False), ("uses_helper.py", False)], seen
    assert [s.time_claims for s in snippets] == [False, True, True, False]


def test_the_cpus_compute_slower_while_busy_loops_share_every_cpu():
    before = max(cpu_speed(seconds=0.3) for _ in range(2))
    loops = [
        subprocess.Popen([sys.executable, "-c", BUSY_LOOP, "2"])
        for _ in range(6 * (os.cpu_count() or 1))
    ]
    try:
        time.sleep(0.4)  # every loop has started and is spinning
        shared = cpu_speed(seconds=0.3)
    finally:
        for loop in loops:
            loop.wait()
    quiet = max(before, cpu_speed(seconds=0.3))  # the rest of the suite may load it too
    # Six loops beside each probe leave it about a seventh of a CPU.
    assert shared < 0.6 * quiet, f"{shared:.0f} loops/s beside busy loops, {quiet:.0f} without"


BURN_IN_WORKERS = """
import time
from concurrent.futures import ProcessPoolExecutor

def burn(seconds):
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass

if __name__ == "__main__":
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(burn, [0.4, 0.4]))
"""


@pytest.mark.parametrize("method", ["fork", "spawn", "forkserver"])
def test_the_cpu_time_of_a_programs_workers_counts_as_its_own(tmp_path: Path, method: str):
    """The runner reads a run's CPU time with wait4: the forkserver's workers only count if the
    program waits for its forkserver, which the runner's start-method shim makes it do."""
    script = tmp_path / "burn.py"
    script.write_text(BURN_IN_WORKERS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(START_METHOD_SHIM), "SNIPPET_START_METHOD": method}
    program = subprocess.Popen([sys.executable, str(script)], env=env)
    _pid, status, usage = os.wait4(program.pid, 0)
    program.returncode = os.waitstatus_to_exitcode(status)
    assert program.returncode == 0
    assert usage.ru_utime + usage.ru_stime >= 0.75, usage


def test_a_busy_machine_is_waited_for_but_not_for_ever():
    loop = subprocess.Popen([sys.executable, "-c", BUSY_LOOP, "4"])
    try:
        time.sleep(0.3)
        waited, share = wait_for_quiet(threshold=0.1 / (os.cpu_count() or 1), limit=1.5)
    finally:
        loop.wait()
    assert 0.9 <= waited <= 2.5, waited  # it waited, bounded by the limit
    assert share > 0.1 / (os.cpu_count() or 1), share


def test_a_quiet_machine_is_not_waited_for():
    # Every share is at most 1: it returns after its first short look (a wait would last 30 s).
    waited, _share = wait_for_quiet(threshold=1.0, limit=30)
    assert waited < 5


def result_with(stderr: list[str], stdout: list[str] = ()) -> Result:
    chunks = [("out", line + "\n") for line in stdout] + [("err", line + "\n") for line in stderr]
    return Result("snippets/x.py", None, "3.11", 1, chunks, 0.5, False, {"cpus": "2"})


def test_a_long_traceback_keeps_its_last_lines_in_view_and_folds_the_rest():
    frames = [f'  File "<stdlib>/asyncio/x.py", line {n}, in f{n}\n    call()' for n in range(8)]
    lines = [
        "Traceback (most recent call last):",
        *frames,
        '  File "snippets/x.py", line 3, in <module>',
        "    main()",
        "ValueError: 끝",
    ]
    box = output_box(result_with("\n".join(lines).splitlines(), ["출력"]), fold_tracebacks=True)
    folded, shown = box.split("</details>")
    assert "<summary>트레이스백 앞부분 17줄 보기</summary>" in folded and "f7" in folded
    assert 'File "snippets/x.py", line 3' in shown and "ValueError: 끝" in shown
    assert "표준 에러" in box and "출력" in box


def test_the_ending_line_names_the_error_shown_on_purpose():
    result = result_with(
        [
            "  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)",
            "    | ValueError: x",
        ]
    )
    expected = Expectations(error="ExceptionGroup", exit_code=1)
    assert "일부러 낸 오류: ExceptionGroup (종료 코드 1)" in ending(result, expected, None)


def test_the_cache_key_covers_every_module_of_the_pipeline(tmp_path: Path):
    package = Path(cache.__file__).parent
    copy = tmp_path / "snippet_pipeline"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert cache.code_version(copy) == cache.PIPELINE_VERSION
    for module in ("runner.py", "render.py", "start_method/sitecustomize.py"):
        changed = tmp_path / "changed"
        shutil.copytree(copy, changed)
        (changed / module).write_text((copy / module).read_text() + "\n# changed\n")
        assert cache.code_version(changed) != cache.PIPELINE_VERSION, module
        shutil.rmtree(changed)


ALTERNATING = """import os, subprocess, sys
for i in range(300):
    print(f"출력 {i}")
    print(f"에러 {i}", file=sys.stderr)
os.write(2, "파일 기술자 2에 직접\\n".encode())
child = subprocess.run(
    [sys.executable, "-c", "import sys; print('자식의 에러', file=sys.stderr)"],
    capture_output=True, text=True,
)
print(f"자식의 표준 에러: {child.stderr!r}")
"""


def test_stdout_and_stderr_arrive_in_the_order_written_even_under_load(project: Path):
    """Two busy loops keep both CPUs loaded, so the reader wakes with both streams waiting."""
    (project / "snippets" / "demo" / "alternating.py").write_text(ALTERNATING, encoding="utf-8")
    snippet = Project(project).snippet("demo/alternating.py")
    loops = [
        subprocess.Popen([sys.executable, "-c", BUSY_LOOP, "8"]) for _ in range(os.cpu_count() or 1)
    ]
    try:
        result = execute(snippet, current(), None, timeout=60)
    finally:
        for loop in loops:
            loop.kill()
            loop.wait()
    written = [
        line for i in range(300) for line in (("out", f"출력 {i}\n"), ("err", f"에러 {i}\n"))
    ]
    first = next((i for i, w in enumerate(written) if result.chunks[i : i + 1] != [w]), None)
    assert first is None, f"out of order from line {first}: {result.chunks[first : first + 4]}"
    # Written to the file descriptor directly: still stderr, still labelled so (it comes through
    # a pipe of its own, so its place against stdout is only as the reader saw it: under load it
    # came after the next stdout line once, in a fresh-clone run beside a busy core).
    assert ("err", "파일 기술자 2에 직접\n") in result.chunks
    # A program the snippet starts itself gets an ordinary stderr, not the runner's frames.
    last_out = [chunk for chunk in result.chunks if chunk[0] == "out"][-1]
    assert last_out == ("out", "자식의 표준 에러: '자식의 에러\\n'\n"), result.chunks[-3:]
