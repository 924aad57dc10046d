"""The snippet pipeline on a tiny site of its own (tests/fixtures/project): failures are loud and
named, output is escaped, errors shown on purpose pass, each run happens once, and the cache re-runs
exactly what changed.

Pages are rendered in this process through the real plugin and fence (tests/support/rendering.py);
only what needs a whole `mkdocs` process builds one: the strict build's exit code, files shipped into
the site, `mkdocs serve`, and `snippet-run`.
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from support.paths import ROOT
from support.rendering import render_pages, rendered, show
from support.site_build import build


def failure(project: Path, *snippets: str) -> str:
    """The error a strict build stops with, for a page showing these snippets."""
    show(project, *snippets)
    with pytest.raises(PluginError) as stopped:
        render_pages(project)
    return str(stopped.value)


def ran(log: str) -> tuple[int, int]:
    """(run, from the cache) of the last preparation logged."""
    found = re.findall(r"(\d+) run, (\d+) from the cache", log)
    assert found, log
    return int(found[-1][0]), int(found[-1][1])


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("crash", "IndexError: list index out of range"),
        ("hang", "timed out and was killed"),
        ("stderr_noise", "wrote to stderr, which it does not declare"),
        ("wrong_claim", "stdout lacks '판정: 빨랐습니다'"),
    ],
)
def test_a_snippet_that_does_not_end_as_declared_stops_the_strict_build(
    project: Path, name: str, says: str, log
):
    report = failure(project, "hello", name)
    assert report.startswith("1 snippets did not end as declared"), report
    assert f"  - snippets/demo/{name}.py (Python " in report and says in report, report
    # None of them reads a clock: its failure counts at once, without a run again.
    assert "a claim about time" not in log(), log()
    assert str(project) not in report, "the report shows the build machine's absolute paths"


def test_the_strict_build_fails_and_names_every_failing_snippet_at_once(project: Path):
    """The whole `mkdocs build --strict` process: its exit code and its log."""
    show(project, "crash", "hello", "wrong_claim", "stderr_noise", "no_such_file")
    result = build(project / "mkdocs.yml", project / "site", dict(os.environ), timeout=120)
    log = result.stdout + result.stderr
    assert result.returncode != 0
    assert "4 snippets did not end as declared" in log, log
    for name in ("crash", "wrong_claim", "stderr_noise"):
        assert f"  - snippets/demo/{name}.py" in log, log
    assert "index.md: no snippet file snippets/demo/no_such_file.py" in log, log


def test_a_failing_snippet_runs_once_per_build(project: Path):
    failure(project, "counts_runs")
    assert (project / "runs.txt").read_text() == "x", "the failing snippet ran more than once"


def test_output_is_escaped_never_markup(project: Path):
    html = rendered(project, "script_tag")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert "&amp;amp; &lt;b&gt;굵게&lt;/b&gt;" in html
    # Printed text is never read as Markdown: no bold from __main__, one output box across blank lines.
    assert "__main__ 과 *별표*는 글자 그대로\n\n빈 줄 뒤에도 같은 출력 상자 안에 있습니다" in html


def test_an_error_shown_on_purpose_passes_and_shows_the_real_traceback(project: Path):
    html = rendered(project, "expected_error")
    assert "ZeroDivisionError: division by zero" in html
    # Line 4 of the file, line 3 of the source the page shows (the marker line is hidden).
    assert 'File "snippets/demo/expected_error.py", line 3' in html
    assert "일부러 낸 오류: ZeroDivisionError (종료 코드 1)" in html
    assert 'class="snippet-stderr__label"' in html and "표준 에러" in html
    assert str(project) not in html


def test_the_page_shows_source_then_output_time_and_provenance(project: Path):
    html = rendered(project, "hello")
    source, output = html.index('class="snippet-source"'), html.index('class="snippet-output"')
    assert source < output, "the output comes right after its source"
    assert "snippets/demo/hello.py" in html and "안녕하세요, 파이프라인" in html
    assert re.search(r"실행 시간 \d+\.\d\d초 · 종료 코드 0", html)
    assert html.count('class="snippet-provenance"') == 1
    assert re.search(r"실행한 날: \d{4}년 \d{1,2}월 \d{1,2}일", html)


def test_highlighted_lines_and_the_self_check_part(project: Path):
    page = rendered(project, "highlighted")
    assert page.count('class="hll"') == 3, "the three marked lines are highlighted"
    assert "snippet: highlight" not in page, "marker lines are hidden"
    head = re.findall(r'class="snippet-check-head"><label for="([^"]+)"[^>]*>(.*?)\n', page)
    assert len(head) == 1 and "결과 확인" in head[0][1] and "4줄" in head[0][1], head
    assert f'<input type="checkbox" id="{head[0][0]}" class="snippet-check-switch"' in page
    folded = re.findall(r'class="snippet-check-line">(.*?)\n</span>', page, re.S)
    assert len(folded) == 4 and "판정: 맞습니다" in folded[1], folded
    copy = html.unescape(re.search(r'class="snippet-source" data-copy="([^"]*)"', page)[1])
    assert copy.startswith('"""Marks the lines') and copy.endswith('print("판정: 틀렸습니다")')
    assert "total += 41" in copy and "snippet:" not in copy, "the whole program, markers hidden"


def test_two_folds_on_one_page_open_separately_and_are_explained_once(project: Path):
    page = rendered(project, "highlighted", "highlighted")
    switches = re.findall(r'<input type="checkbox" id="([^"]+)" class="snippet-check-switch"', page)
    assert len(switches) == 2 and switches[0] != switches[1], switches
    assert page.count('class="snippet-check-legend"') == 1, "said under the first fold only"


def test_download_and_repository_links(project: Path):
    html = rendered(project, "hello")
    assert 'href="downloads/snippets/demo/hello.py" download="hello.py"' in html
    assert (
        "https://github.com/example-owner/fixture-project/blob/main/snippets/demo/hello.py" in html
    )


def test_claims_left_unchecked_on_a_small_machine_are_said_on_the_page(project: Path):
    html = rendered(project, "needs_many_cores")
    assert "확인하지 않은 주장" in html and "CPU 64개 이상에서만" in html


@pytest.mark.long
def test_a_claim_that_fails_while_the_machine_is_busy_is_run_again_then_blamed_on_the_machine(
    project: Path, monkeypatch: pytest.MonkeyPatch, log
):
    # A threshold below zero makes every CPU-timing run count as "busy" (injected measurement).
    monkeypatch.setenv("SNIPPET_BUSY_THRESHOLD", "-1")
    # The machine never counts as quiet: a whole wait for it before each run only takes time.
    monkeypatch.setenv("SNIPPET_QUIET_WAIT", "1")
    report = failure(project, "busy_claim")
    assert log().count("a claim about time: run") == 2, log()
    assert "machine was busy: other programs used" in report and "(run 3)" in report, report
    # A non-strict build publishes it only with the reason next to the output.
    html = rendered(project, "busy_claim", strict=False)
    assert "기계가 바빴습니다: 실행하는 동안 다른 프로그램이 CPU의" in html


def test_a_claim_that_fails_while_the_cpus_are_slowed_is_run_again_then_blamed_on_the_machine(
    project: Path, monkeypatch: pytest.MonkeyPatch, log
):
    # No program is counted as busy, but every speed counts as slowed (injected threshold): the
    # CPUs' speed measured around the failed run is what blames the machine.
    for name, value in {"BUSY_THRESHOLD": "1", "SLOW_CPU": "2", "TIMING_RERUNS": "1"}.items():
        monkeypatch.setenv(f"SNIPPET_{name}", value)
    report = failure(project, "busy_claim")
    assert log().count("a claim about time: run") == 1, log()
    assert "around it the CPUs computed at" in report and "(run 2)" in report, report


def test_a_claim_about_time_that_fails_on_a_quiet_machine_is_confirmed_alone_then_blamed_on_it(
    project: Path, monkeypatch: pytest.MonkeyPatch, log
):
    monkeypatch.setenv("SNIPPET_BUSY_THRESHOLD", "1")
    monkeypatch.setenv("SNIPPET_SLOW_CPU", "0")
    report = failure(project, "busy_claim")
    assert log().count("a claim about time: run") == 2, log()
    assert "snippets/demo/busy_claim.py" in report and "(run 3)" in report, report
    assert "machine was busy" not in report, report


def test_a_claim_about_time_that_holds_when_run_again_is_kept_and_the_page_says_which_run(
    project: Path, log
):
    # It reads a clock and fails its claim on its first run only (it counts its runs).
    html = rendered(project, "time_claim_once")
    assert "2번째 실행, " in html and "1번째 실행, " not in html, "the output of the second run"
    assert "2번째 실행 (앞선 실행에서 시간에 관한 판정이 나오지 않아" in html, html
    assert log().count("a claim about time: run 2 (of at most 3), alone") == 1, log()
    assert (project / "runs.txt").read_text() == "xx"


def test_a_non_strict_build_shows_a_failing_snippet_in_a_box_and_warns(project: Path, caplog):
    html = rendered(project, "wrong_claim", strict=False)
    assert "이 예제는 선언한 대로 끝나지 않았습니다" in html and "판정: 느렸습니다" in html
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("snippets/demo/wrong_claim.py" in w for w in warnings), warnings


def test_cache_reruns_only_what_changed(project: Path, log):
    """Each render is a build of its own (a new plugin, no memory): what it reuses is on disk."""
    rendered(project, "hello", "script_tag", prose="처음")
    assert ran(log()) == (2, 0)
    rendered(project, "hello", "script_tag", prose="문장만 고쳤습니다")
    assert ran(log()) == (0, 2)
    snippet = project / "snippets" / "demo" / "hello.py"
    snippet.write_text(
        snippet.read_text(encoding="utf-8") + 'print("한 줄 더")\n', encoding="utf-8"
    )
    html = rendered(project, "hello", "script_tag")
    assert ran(log()) == (1, 1)
    assert "한 줄 더" in html


def test_cache_switch_off_runs_everything(project: Path, monkeypatch: pytest.MonkeyPatch, log):
    rendered(project, "hello")
    assert ran(log()) == (1, 0)
    monkeypatch.setenv("SNIPPET_CACHE", "off")
    rendered(project, "hello")
    assert ran(log()) == (1, 0)


def test_execution_switch_off_runs_nothing_and_says_so(
    project: Path, monkeypatch: pytest.MonkeyPatch, log
):
    monkeypatch.setenv("SNIPPET_EXECUTE", "off")
    html = rendered(project, "hello", "crash")
    assert " run, " not in log()  # the runner never started
    assert html.count("예제를 실행하지 않은 미리 보기") == 2
    assert "snippet-output" not in html and "실행 시간" not in html


def snippet_run(project: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    command = [str(Path(sys.executable).parent / "snippet-run"), *args]
    environment = {**os.environ, "RUN_COUNTER": str(project / "runs.txt"), **env}
    return subprocess.run(
        command, cwd=project, env=environment, capture_output=True, text=True, timeout=120
    )


def test_snippet_run_reports_each_run_and_fails_on_any_that_did_not_end_as_declared(project: Path):
    done = snippet_run(project, "snippets/demo/hello.py", "snippets/demo/wrong_claim.py")
    assert done.returncode == 1, done.stdout
    assert "안녕하세요, 파이프라인" in done.stdout and "--- ended as declared" in done.stdout
    assert "!!! stdout lacks '판정: 빨랐습니다'" in done.stdout
    assert snippet_run(project, "snippets/demo/hello.py").returncode == 0


def test_a_build_renders_results_saved_by_snippet_run_and_runs_nothing(
    project: Path, monkeypatch: pytest.MonkeyPatch, log
):
    saved = project / "results.json"
    assert (
        snippet_run(
            project,
            "--save",
            str(saved),
            "snippets/demo/hello.py",
            "snippets/demo/expected_error.py",
        ).returncode
        == 0
    )
    monkeypatch.setenv("SNIPPET_RESULTS_FILE", str(saved))
    html = rendered(project, "hello", "expected_error")
    assert "2 snippets shown, 0 run, 2 read from results.json" in log(), log()
    assert "안녕하세요, 파이프라인" in html


def test_output_is_the_same_under_any_hash_seed(project: Path):
    """Paths are replaced in a fixed order, and snippets run with one hash seed: same text every build."""
    outputs = {
        re.sub(
            r"\] \d+\.\d+ s",
            "]",
            snippet_run(project, "snippets/demo/package_traceback.py", PYTHONHASHSEED=seed).stdout,
        )
        for seed in ("1", "2")
    }
    assert len(outputs) == 1, outputs
    (text,) = outputs
    assert 'File "<site-packages>/markupsafe/' in text and "--- ended as declared" in text, text
    assert str(project) not in text


def test_a_marker_error_names_the_file_and_line_and_what_is_expected(project: Path):
    broken = project / "snippets" / "demo" / "broken_marker.py"
    broken.write_text('print("시작")\n# snippet: timeout\n', encoding="utf-8")
    done = snippet_run(project, "snippets/demo/broken_marker.py")
    assert done.returncode != 0
    assert (
        "snippets/demo/broken_marker.py:2: '# snippet: timeout' needs seconds"
        in done.stdout + done.stderr
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_until(condition, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if condition():
                return True
        time.sleep(0.3)
    return False


@contextlib.contextmanager
def served(project: Path, *command: str):
    """The project served with no cache, by `mkdocs serve` or `command` (with `-a`): (its URL,
    a list that gets its log at the end)."""
    port = free_port()
    environment = {**os.environ, "SNIPPET_CACHE": "off", "NO_MKDOCS_2_WARNING": "1"}
    command = [*(command or [sys.executable, "-m", "mkdocs", "serve"]), "-a", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        command,
        cwd=project,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    log: list[str] = []
    try:
        yield f"http://127.0.0.1:{port}/", log
    finally:
        server.terminate()
        log.append(server.communicate(timeout=30)[0])


def test_serve_shows_pages_at_once_and_fills_in_the_outputs_as_they_land(project: Path):
    """As README serves it (`snippet-serve`: --dirty, so the plugin must rebuild the page itself)."""
    show(project, "hello", "slow_wait")
    with served(project, sys.executable, "-m", "snippet_pipeline.serve") as (url, log):
        # The first page is there before the 8-second snippet has ended: marked as running.
        assert wait_until(lambda: "결과 · 실행 중" in fetch(url)), "no page while it runs"
        assert "8초를 기다렸습니다\n" not in fetch(url)
        assert wait_until(lambda: "8초를 기다렸습니다\n" in fetch(url)), "its output never came"
        assert "결과 · 실행 중" not in fetch(url)
    assert "2 running in the background" in log[0] and "예제 실행 2/2" in log[0], log[0]
    assert "WARNING" not in log[0] and "end of life" not in log[0], log[0]


def test_serve_shows_a_failing_snippet_on_its_page_and_brings_the_page_back_once_fixed(
    project: Path,
):
    """`mkdocs serve` of a strict site: a failing snippet is a box on its page, not a dead server."""
    show(project, "wrong_claim")
    with served(project) as (url, log):
        assert wait_until(lambda: "선언한 대로 끝나지 않았습니다" in fetch(url)), "no failure box"
        assert "판정: 느렸습니다" in fetch(url), "the real output is shown"
        snippet = project / "snippets" / "demo" / "wrong_claim.py"
        snippet.write_text(
            snippet.read_text(encoding="utf-8").replace("느렸습니다", "빨랐습니다"),
            encoding="utf-8",
        )
        # It runs again in the background (the page says 실행 중 meanwhile), then is back.
        assert wait_until(lambda: "판정: 빨랐습니다\n" in fetch(url)), "the page did not come back"
        assert "선언한 대로 끝나지 않았습니다" not in fetch(url)
    assert "FAILED (shown on its page" in log[0] and "snippets/demo/wrong_claim.py" in log[0], log


def test_an_exercise_shows_its_starting_version_and_what_it_must_meet(
    project: Path, monkeypatch: pytest.MonkeyPatch
):
    runtime = ROOT / "node_modules" / "pyodide"
    if not (runtime / "pyodide.mjs").is_file():
        pytest.skip("no node_modules/pyodide: run `npm ci`")
    monkeypatch.setenv("SNIPPET_BROWSER_RUNTIME", str(runtime))
    fence = "```snippet{}\ndemo/exercise_total.py\n```\n"
    (project / "docs" / "index.md").write_text(
        f"# 연습\n\n{fence.format(' starter')}\n{fence.format('')}", encoding="utf-8"
    )
    starter, solution = render_pages(project)["index.md"].split('<div class="snippet"', 1)
    text, shown = (re.sub(r"<[^>]+>", "", html.unescape(part)) for part in (starter, solution))
    assert "snippets/demo/exercise_total.py · 시작 코드" in text
    assert "합을 구하도록 고치세요" in text and "sum(numbers)" not in text
    assert "판정: 합이 맞습니다" in text, "the claims are listed below the starting version"
    assert "snippet-result" not in starter, "the starting version is not run at build time"
    control = re.search(r'data-claims="([^"]*)"', starter)
    checked = json.loads(html.unescape(control[1]))
    assert [claim["kind"] for claim in checked] == ["output", "quiet", "exit"]
    assert "확인" in starter and "브라우저에서 풀기</button>" in starter
    assert "sum(numbers)" in shown and "합을 구하도록" not in shown
    assert "판정: 합이 맞습니다\n" in shown, "the solution runs and shows its output"


def test_the_starter_option_needs_an_exercise(project: Path):
    (project / "docs" / "index.md").write_text("```snippet starter\ndemo/hello.py\n```\n")
    with pytest.raises(PluginError) as stopped:
        render_pages(project)
    assert "demo/hello.py: the starter option needs a solution-start/solution-end block" in str(
        stopped.value
    )


def test_without_pyodide_no_page_gets_the_browser_control(project: Path, log):
    html = rendered(project, "browser_hello", "hello")
    assert "pages get no 브라우저에서 실행 control" in log()
    assert "브라우저에서 실행</button>" not in html


def test_with_pyodide_browser_snippets_get_the_control_and_the_site_ships_the_runtime(
    project: Path,
):
    runtime = ROOT / "node_modules" / "pyodide"
    if not (runtime / "pyodide.mjs").is_file():
        pytest.skip("no node_modules/pyodide: run `npm ci`")
    show(project, "browser_hello", "hello")
    (project / "docs" / "plain.md").write_text("# 예제 없는 페이지\n", encoding="utf-8")
    (project / "docs" / "beyond").mkdir()
    (project / "docs" / "beyond" / "faq.md").write_text("# FAQ\n", encoding="utf-8")
    environment = {**os.environ, "SNIPPET_BROWSER_RUNTIME": str(runtime)}
    result = build(project / "mkdocs.yml", project / "site", environment, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    html = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert html.count("브라우저에서 실행</button>") == 1, "only the browser snippet gets it"
    # The control links the page on what runs in the browser (browser_help), and only a page
    # with a control loads its script.
    assert '<a href="beyond/faq/#browser-runs">브라우저에서 되는 것과 안 되는 것</a>' in html
    assert html.count('<script type="module" src="javascripts/browser-run.mjs">') == 1
    plain = (project / "site" / "plain" / "index.html").read_text(encoding="utf-8")
    assert "browser-run" not in plain
    shipped = project / "site" / "assets" / "pyodide"
    for name in (
        "pyodide.mjs",
        "pyodide.asm.mjs",
        "pyodide.asm.wasm",
        "python_stdlib.zip",
        "pyodide-lock.json",
    ):
        assert (shipped / name).read_bytes() == (runtime / name).read_bytes(), name
    assert "Mozilla Public License" in (shipped / "LICENSE.txt").read_text(encoding="utf-8")
    served = project / "site" / "downloads" / "snippets" / "demo" / "hello.py"
    assert served.read_bytes() == (project / "snippets" / "demo" / "hello.py").read_bytes()
