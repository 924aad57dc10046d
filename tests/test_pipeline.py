"""The snippet pipeline on a tiny site of its own (tests/fixtures/project): failures are loud, output is
escaped, errors shown on purpose pass, and the cache re-runs exactly what changed."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from site_build import build

FIXTURE = Path(__file__).parent / "fixtures" / "project"
HOOK = Path(__file__).resolve().parents[1] / "docs" / "plugins" / "snippet_fence.py"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "project"
    shutil.copytree(FIXTURE, folder)
    config = folder / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("HOOK_PATH", str(HOOK)), encoding="utf-8"
    )
    return folder


def show(project: Path, *snippets: str, prose: str = "") -> None:
    fences = "\n".join(f"```snippet\ndemo/{name}.py\n```\n" for name in snippets)
    (project / "docs" / "index.md").write_text(
        f"# 시험 페이지\n\n{prose}\n\n{fences}", encoding="utf-8"
    )


def build_project(project: Path, **env: str):
    environment = {
        **os.environ,
        "SNIPPET_CACHE": "on",
        "SNIPPET_CACHE_DIR": str(project / "cache"),
        **env,
    }
    result = build(project / "mkdocs.yml", project / "site", environment, timeout=120)
    return result, result.stdout + result.stderr


def page(project: Path) -> str:
    return (project / "site" / "index.html").read_text(encoding="utf-8")


def built_page(project: Path, *snippets: str) -> str:
    """The page showing these snippets, from a build that must pass."""
    show(project, *snippets)
    result, log = build_project(project)
    assert result.returncode == 0, log
    return page(project)


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("crash", "IndexError: list index out of range"),
        ("hang", "timed out after 2 s"),
        ("stderr_noise", "예상하지 못한 경고"),
        ("wrong_claim", "stdout lacks '판정: 빨랐습니다'"),
    ],
)
def test_a_snippet_that_does_not_end_as_declared_fails_the_build(
    project: Path, name: str, says: str
):
    show(project, "hello", name)
    result, log = build_project(project)
    assert result.returncode != 0, log
    assert f"snippets/demo/{name}.py did not end as it declares" in log
    assert says in log, log
    report = log[log.index("did not end as it declares") :]
    assert str(project) not in report, "the report shows the build machine's absolute paths"


def test_a_missing_snippet_fails_the_build(project: Path):
    show(project, "no_such_file")
    result, log = build_project(project)
    assert result.returncode != 0
    assert "no snippet file snippets/demo/no_such_file.py" in log


def test_output_is_escaped_never_markup(project: Path):
    html = built_page(project, "script_tag")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert "&amp;amp; &lt;b&gt;굵게&lt;/b&gt;" in html
    # Printed text is never read as Markdown: no bold from __main__, one output box across blank lines.
    assert "__main__ 과 *별표*는 글자 그대로\n\n빈 줄 뒤에도 같은 출력 상자 안에 있습니다" in html


def test_an_error_shown_on_purpose_passes_and_shows_the_real_traceback(project: Path):
    html = built_page(project, "expected_error")
    assert "ZeroDivisionError: division by zero" in html
    # Line 4 of the file, line 3 of the source the page shows (the marker line is hidden).
    assert 'File "snippets/demo/expected_error.py", line 3' in html
    assert "종료 코드 1" in html
    assert str(project) not in html


def test_the_page_shows_source_output_time_and_provenance(project: Path):
    html = built_page(project, "hello")
    assert ">소스</label>" in html and ">결과</label>" in html
    assert "snippets/demo/hello.py" in html
    assert "안녕하세요, 파이프라인" in html
    assert re.search(r"실행 시간 \d+\.\d\d초 · 종료 코드 0", html)
    assert html.count('class="snippet-provenance"') == 1


def ran(log: str) -> tuple[int, int]:
    match = re.search(r"(\d+) run, (\d+) from the cache", log)
    assert match, log
    return int(match[1]), int(match[2])


def test_cache_reruns_only_what_changed(project: Path):
    show(project, "hello", "script_tag", prose="처음")
    assert ran(build_project(project)[1]) == (2, 0)
    show(project, "hello", "script_tag", prose="문장만 고쳤습니다")
    assert ran(build_project(project)[1]) == (0, 2)
    snippet = project / "snippets" / "demo" / "hello.py"
    snippet.write_text(
        snippet.read_text(encoding="utf-8") + 'print("한 줄 더")\n', encoding="utf-8"
    )
    result, log = build_project(project)
    assert ran(log) == (1, 1)
    assert "한 줄 더" in page(project)


def test_cache_switch_off_runs_everything(project: Path):
    show(project, "hello")
    assert ran(build_project(project)[1]) == (1, 0)
    assert ran(build_project(project, SNIPPET_CACHE="off")[1]) == (1, 0)


def test_execution_switch_off_runs_nothing_and_says_so(project: Path):
    show(project, "hello", "crash")
    result, log = build_project(project, SNIPPET_EXECUTION="off")
    assert result.returncode == 0, log
    assert " run, " not in log  # the runner never started
    html = page(project)
    assert html.count("빌드에서 예제 실행을 끈 미리 보기") == 2
    assert "snippet-output" not in html and "실행 시간" not in html
