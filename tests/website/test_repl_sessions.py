"""The REPL transcripts of the pages (```pycon exec="on" interactive="on"```, markdown-exec): each is
executed at build time, every input line is on the page followed by what it really printed, and an
exception nobody expected fails the strict build."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest

from support.paths import ROOT
from support.site_build import build, built_page

FENCE = re.compile(r'^```pycon exec="on" interactive="on"\n(.*?)^```', re.M | re.S)
SESSIONS = {
    page: FENCE.findall(page.read_text(encoding="utf-8"))
    for page in sorted((ROOT / "docs").rglob("*.md"))
    if FENCE.search(page.read_text(encoding="utf-8"))
}


def test_the_generator_chapters_have_repl_sessions():
    names = {page.name for page in SESSIONS}
    assert {"07-generators.md", "08-send.md"} <= names, names


@pytest.mark.parametrize("page", SESSIONS, ids=lambda page: str(page.relative_to(ROOT)))
def test_each_session_is_on_its_page_with_what_each_input_printed(site, page: Path):
    text = html.unescape(re.sub(r"<[^>]+>", "", built_page(site[0], page)))
    for session in SESSIONS[page]:  # in page order: each is looked for after the one before
        inputs = [line for line in session.splitlines() if line.startswith(">>> ")]
        start = text.find(inputs[0])
        assert start >= 0, f"{page.name}: the session is not on the page"
        end = start
        for line in inputs:
            end = text.find(line, end)
            assert end >= 0, f"{page.name}: {line!r} is not in its session"
        shown, text = text[start : end + 200], text[end:]
        assert "Traceback" not in shown, shown
    assert "Unexpected exception while executing pycon" not in site[1]


def test_an_exception_nobody_expected_in_a_session_fails_the_strict_build(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text(
        '# 시험\n\n```pycon exec="on" interactive="on"\n>>> next(iter([]))\n```\n', encoding="utf-8"
    )
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: 시험\nplugins:\n  - markdown-exec\nmarkdown_extensions:\n"
        "  - pymdownx.superfences\n",
        encoding="utf-8",
    )
    outcome = build(tmp_path / "mkdocs.yml", tmp_path / "site", dict(os.environ), timeout=120)
    log = outcome.stdout + outcome.stderr
    assert outcome.returncode != 0 and "StopIteration" in log, log
