"""A strict build of the whole site passes and publishes what the snippets really printed."""

from __future__ import annotations

import datetime
import html
import os
import re
import sys
from pathlib import Path

import pytest
import yaml

from snippet_pipeline.interpreters import Interpreter, current
from support.paths import ROOT
from support.site_build import build, built_page
from support.snippet_session import project

PROJECT = project()
SHOWN = PROJECT.shown()  # page -> the snippets it shows


def test_strict_build_passes(build_result):
    site_dir, log, returncode = build_result
    assert returncode == 0, f"strict build failed:\n{log[-5000:]}"


def test_the_build_reused_the_test_sessions_snippet_results(site):
    assert re.search(r"snippets: \d+ snippets shown, 0 run, \d+ read from results.json", site[1]), (
        site[1]
    )


@pytest.mark.parametrize("page", SHOWN, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_snippet_output_is_on_its_page(site, page: Path, snippet_results):
    text = built_page(site[0], page)
    for name in SHOWN[page]:
        snippet = PROJECT.snippet(name)
        for interpreter in PROJECT.interpreters_for(snippet):
            if not isinstance(interpreter, Interpreter):
                assert "이 예제에 필요한 인터프리터(Python {}.{})".format(*interpreter) in text
                continue
            result = snippet_results[snippet.name, None, "{}.{}".format(*interpreter.version)]
            if interpreter is not current() or snippet.expectations.pythons:
                # Which Python produced it, said next to the output (a label or a version tab).
                assert interpreter.label in text, (
                    f"{snippet.name}: the page does not say {interpreter.label}"
                )
            lines = [line for line in result.output.splitlines() if line.strip()]
            missing = [line for line in lines if html.escape(line, quote=False) not in text]
            assert not missing, (
                f"{page.name}: output of {snippet.name} missing from the page: {missing[:3]}"
            )
            for figure, svg in result.figures:  # each chart inline, its text alternative as caption
                description = re.search(r"<desc[^>]*>(.*?)</desc>", svg, re.S)[1].strip()
                captions = re.sub(
                    r"<abbr\b[^>]*>(.*?)</abbr>", r"\1", text
                )  # hover definitions aside
                assert f"<figcaption>{description}</figcaption>" in captions, (
                    f"{snippet.name}: {figure}"
                )
    assert text.count('class="snippet-provenance"') == 1
    assert (
        f"{sys.version_info.major}.{sys.version_info.minor}"
        in text.split('class="snippet-provenance"')[1]
    )


def test_nothing_published_contains_build_machine_paths(site):
    forbidden = {str(ROOT), sys.prefix, sys.base_prefix, str(Path.home()), str(site[0])}
    for file in site[0].rglob("*"):
        if file.suffix in {".html", ".json", ".xml", ".txt", ".ipynb", ".js", ".css"}:
            content = file.read_text(encoding="utf-8", errors="replace")
            leaked = [path for path in forbidden if path in content]
            assert not leaked, f"{file.relative_to(site[0])} contains {leaked}"


def test_korean_headings_get_readable_ids(site):
    for file in site[0].rglob("*.html"):
        numbered = re.findall(r'<h[1-6] id="(_\d*)"', file.read_text(encoding="utf-8"))
        assert not numbered, f"{file.relative_to(site[0])}: heading ids {numbered}"


def test_no_third_party_request_in_page_heads(site):
    """Fonts and scripts are served with the site (the browser tests check every request at run time)."""
    for file in site[0].rglob("*.html"):
        text = file.read_text(encoding="utf-8")
        tags = re.findall(r"<(?:link|script|img)\b[^>]*>", text)
        external = [
            tag
            for tag in tags
            if re.search(r'(?:href|src)="https?://', tag) and "canonical" not in tag
        ]
        assert not external, f"{file.relative_to(site[0])} loads {external}"


class _PlainLoader(yaml.SafeLoader):
    """Reads mkdocs.yml as plain data: its !ENV and !!python tags become None."""


_PlainLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_PlainLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def site_plugin(name: str) -> dict:
    """One plugin's entry of mkdocs.yml, as plain data."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_PlainLoader)
    return next(p for p in config["plugins"] if isinstance(p, dict) and name in p)


def search_separator() -> re.Pattern:
    return re.compile(site_plugin("search")["search"]["separator"])


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("asyncio.create_task(main())", {"asyncio", "create", "task", "main"}),
        ("ProcessPoolExecutor", {"Process", "Pool", "Executor"}),
        ("GIL을", {"GIL을"}),
        ("전역 인터프리터 록(GIL)", {"전역", "인터프리터", "록", "GIL"}),
    ],
)
def test_search_separator_splits_code_identifiers(text: str, tokens: set[str]):
    assert {token for token in search_separator().split(text) if token} == tokens


def test_page_dates_fall_back_to_the_build_date_without_git_history(tmp_path: Path):
    """A tarball of the sources (no .git) still builds: page dates fall back to the build date.

    Checked on a one-page site with the site's theme and its own date settings, outside any git
    repository (the whole site is built, with its history, by the session's preparation).
    """
    dates = site_plugin("git-revision-date-localized")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# 날짜\n\n본문입니다.\n", encoding="utf-8")
    site_config = {
        "site_name": "날짜 시험",
        "strict": True,
        "theme": {"name": "material", "language": "ko"},
        "plugins": [dates],
    }
    (tmp_path / "mkdocs.yml").write_text(
        yaml.safe_dump(site_config, allow_unicode=True), encoding="utf-8"
    )
    env = {**os.environ, "GIT_CEILING_DIRECTORIES": str(tmp_path.parent)}  # git finds no repository
    result = build(tmp_path / "mkdocs.yml", tmp_path / "site", env)
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    shown = re.search(r'git-revision-date-localized-plugin-date"[^>]*>([^<]+)<', home)
    assert shown, "no page date on the page"
    today = datetime.date.today()
    assert f"{today.year}년 {today.month}월 {today.day}일" in shown[1]


def test_no_placeholder_repository_and_links_to_the_configured_one(site):
    """Edit links, snippets' "저장소에서 보기" links and the header use repo_url; nothing says example."""
    repository = re.search(
        r'repo_url: !ENV \[SITE_REPOSITORY, "([^"]+)"\]', (ROOT / "mkdocs.yml").read_text()
    )[1]
    for file in site[0].rglob("*.html"):
        text = file.read_text(encoding="utf-8")
        assert "github.com/example" not in text, file.relative_to(site[0])
    lesson = (site[0] / "course" / "03-threads" / "index.html").read_text(encoding="utf-8")
    assert f"{repository}/edit/main/docs/course/03-threads.md" in lesson
    assert f"{repository}/blob/main/snippets/threads/start_join.py" in lesson


def test_abbreviation_tooltips_only_on_first_use_and_never_in_headings(site):
    for file in site[0].rglob("*.html"):
        text = file.read_text(encoding="utf-8")
        article = text[text.find("<article") : text.find("</article>")]
        headings = re.findall(r"<h[1-6]\b.*?</h[1-6]>", article, re.S)
        assert not [h for h in headings if "<abbr" in h], (
            f"{file.relative_to(site[0])}: tooltip in a heading"
        )
        terms = re.findall(r"<abbr\b[^>]*>(.*?)</abbr>", article, re.S)
        repeated = sorted({term for term in terms if terms.count(term) > 1})
        assert not repeated, f"{file.relative_to(site[0])}: tooltips repeated for {repeated}"


def test_both_page_dates_are_labelled_in_one_korean_format(site):
    lesson = (site[0] / "course" / "03-threads" / "index.html").read_text(encoding="utf-8")
    day = r"\d{4}년 \d{1,2}월 \d{1,2}일"
    assert re.search(rf"실행한 날: {day}", lesson), "no run date"
    assert re.search(rf"마지막 수정: <span[^>]*>{day}</span>", lesson), "no labelled revision date"


def test_a_snippet_for_several_versions_shows_one_output_per_version(site):
    page = (site[0] / "beyond" / "python-versions" / "index.html").read_text(encoding="utf-8")
    snippet = PROJECT.snippet("python_versions/get_event_loop.py")
    block = page[page.index('data-snippet="snippets/python_versions/get_event_loop.py"') :]
    block = block[
        : block.index('class="snippet-provenance"')
        if 'class="snippet-provenance"' in block
        else None
    ]
    labels = re.findall(r'<label for="snippet-tabs-[\d-]+">([^<]+)</label>', block)
    expected = [
        i.label if isinstance(i, Interpreter) else "Python {}.{}".format(*i)
        for i in PROJECT.interpreters_for(snippet)
    ]
    assert labels[: len(expected)] == expected, labels


def test_the_notebook_page_ends_with_its_provenance_line(site):
    page = (site[0] / "beyond" / "jupyter" / "index.html").read_text(encoding="utf-8")
    assert page.count('class="snippet-provenance"') == 1
    assert re.search(r"실행한 날: \d{4}년 \d{1,2}월 \d{1,2}일", page)


@pytest.mark.parametrize(
    ("old", "new"),
    [("course/08-yield-from", "course/09-yield-from"), ("course/09-send", "course/08-send")],
)
def test_the_old_address_of_a_page_that_moved_leads_to_its_new_one(site, old: str, new: str):
    stub = (site[0] / old / "index.html").read_text(encoding="utf-8")
    target = (site[0] / old).joinpath(*re.findall(r'content="0; url=([^"]*)"', stub)).resolve()
    assert target == (site[0] / new).resolve(), stub
