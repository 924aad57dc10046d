"""Notebook pages (mkdocs-jupyter, snippet_pipeline/notebooks.py): executed again only when the
notebook changed or the cache is off, with a quiet kernel, and dated by the run that made them."""

from __future__ import annotations

import datetime
import json
import os
import re
from pathlib import Path

import nbformat
import pytest

from support.site_build import build

CELL = """import os
from pathlib import Path
counter = Path(os.environ["RUN_COUNTER"])
counter.write_text(counter.read_text() + "x" if counter.exists() else "x")
print("노트북을 실행했습니다")"""


@pytest.fixture
def notebook_project(project: Path) -> Path:
    """The fixture site with a notebook page that counts its runs in runs.txt."""
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(CELL)])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nbformat.write(notebook, project / "docs" / "notebook.ipynb")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "plugins:\n",
        "plugins:\n  - mkdocs-jupyter:\n      include: ['*.ipynb']\n      execute: true\n"
        "      allow_errors: false\n      cache: !ENV [SNIPPET_CACHE, true]\n"
        "      cache_dir: notebook-cache\n",
        1,
    )
    config.write_text(text, encoding="utf-8")
    return project


def built(project: Path, **env: str) -> tuple[str, str]:
    """(the notebook page, the build log) of a strict build."""
    outcome = build(project / "mkdocs.yml", project / "site", {**os.environ, **env})
    log = outcome.stdout + outcome.stderr
    assert outcome.returncode == 0, log
    return (project / "site" / "notebook" / "index.html").read_text(encoding="utf-8"), log


def test_a_notebook_runs_again_only_when_it_changed_and_its_page_says_when_it_ran(
    notebook_project: Path,
):
    runs = notebook_project / "runs.txt"
    page, log = built(notebook_project)
    assert "노트북을 실행했습니다" in page and runs.read_text() == "x"
    assert "without encryption" not in log, "the kernel talks over local sockets, not TCP"
    (entry,) = (notebook_project / "notebook-cache").rglob("*.json")
    assert json.loads(entry.read_text(encoding="utf-8"))["content"]

    # Made "three days ago": the page, built from the cache, says that day, not today.
    three_days_ago = datetime.datetime.now() - datetime.timedelta(days=3)
    os.utime(entry, (three_days_ago.timestamp(),) * 2)
    page, _ = built(notebook_project)
    assert runs.read_text() == "x", "not executed again"
    day = three_days_ago.date()
    assert re.search(f"실행한 날: {day.year}년 {day.month}월 {day.day}일", page), page[-600:]

    # A changed notebook, or the cache turned off (as deployments do), runs again.
    notebook = notebook_project / "docs" / "notebook.ipynb"
    notebook.write_text(notebook.read_text(encoding="utf-8").replace("했습니다", "했어요"))
    built(notebook_project)
    built(notebook_project, SNIPPET_CACHE="off")
    assert runs.read_text() == "xxx"
