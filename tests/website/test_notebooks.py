"""Every notebook page of docs/ runs from top to bottom in a real kernel, as the site build runs it.

The build (mkdocs-jupyter, `allow_errors: false`) executes each notebook from its own folder. A cell
tagged `raises-exception` may fail without stopping the notebook: EXPECTED_ERRORS says which error
each such cell must produce, so an error shown on purpose can neither disappear nor change silently.
Notebooks are stored without outputs (the build makes them), and their links must point at pages
as the built site names them: mkdocs does not rewrite links inside notebooks.
"""

from __future__ import annotations

import posixpath
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from support.paths import ROOT

DOCS = ROOT / "docs"
NOTEBOOKS = sorted(path for path in DOCS.rglob("*.ipynb") if ".ipynb_checkpoints" not in path.parts)
TAG = "raises-exception"

# Per notebook: (exception name, start of its message) of each `raises-exception` cell, in order.
EXPECTED_ERRORS: dict[str, list[tuple[str, str]]] = {
    "beyond/jupyter.ipynb": [
        ("RuntimeError", "asyncio.run() cannot be called from a running event loop"),
        ("AttributeError", "Can't get attribute 'square' on <module '__main__'"),
    ],
}
# Verdicts the notebook prints from what it measured: the claims its prose makes.
EXPECTED_OUTPUT: dict[str, list[str]] = {
    "beyond/jupyter.ipynb": ["판정: 겹쳐서 기다렸습니다"],
}
CELL_TIMEOUT = 120  # seconds for one cell; the notebooks bound their own waits far below this


def _name(path: Path) -> str:
    return path.relative_to(DOCS).as_posix()


def _code_cells(notebook) -> list:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


@pytest.fixture(scope="module")
def executed() -> dict[str, nbformat.NotebookNode]:
    """Each notebook runs once for all tests of this module (a kernel start costs seconds)."""
    return {}


def _execute(path: Path, cache: dict) -> nbformat.NotebookNode:
    """Run it in its own process (nbclient in this one leaves an event loop that breaks later tests)."""
    if _name(path) not in cache:
        command = [
            sys.executable,
            "-m",
            "nbconvert",
            "--to=notebook",
            "--execute",
            "--stdout",
            f"--ExecutePreprocessor.timeout={CELL_TIMEOUT}",
            "--ExecutePreprocessor.allow_errors=False",  # as the build: only `raises-exception` cells fail
            path.name,
        ]
        # cwd: the notebook's folder, the build's working folder for it.
        result = subprocess.run(
            command, cwd=path.parent, capture_output=True, text=True, timeout=600
        )
        assert result.returncode == 0, result.stderr[-3000:]
        cache[_name(path)] = nbformat.reads(result.stdout, as_version=4)
    return cache[_name(path)]


def test_notebooks_were_found():
    assert NOTEBOOKS, "no .ipynb under docs/: the notebook page is missing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_name)
def test_notebook_is_stored_without_outputs(path: Path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    dirty = [
        index
        for index, cell in enumerate(_code_cells(notebook))
        if cell.outputs or cell.execution_count
    ]
    assert not dirty, (
        f"{_name(path)}: code cells {dirty} have outputs; the build makes them (clear and save)"
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_name)
def test_notebook_runs_and_fails_only_where_expected(path: Path, executed):
    notebook = _execute(path, executed)
    errors, stderr = [], []
    for index, cell in enumerate(_code_cells(notebook)):
        tagged = TAG in cell.metadata.get("tags", [])
        raised = [output for output in cell.outputs if output.output_type == "error"]
        if tagged:
            assert len(raised) == 1, (
                f"code cell {index} is tagged {TAG} but raised {len(raised)} errors"
            )
            errors.append((raised[0].ename, raised[0].evalue))
        stderr += [
            f"code cell {index}: {output.text.strip()}"
            for output in cell.outputs
            if output.output_type == "stream" and output.name == "stderr"
        ]
    expected = EXPECTED_ERRORS.get(_name(path), [])
    assert [name for name, _ in errors] == [name for name, _ in expected], errors
    for (name, message), (_, start) in zip(errors, expected, strict=True):
        assert message.startswith(start), f"{name}: {message!r} does not start with {start!r}"
    assert not stderr, "unexpected output on stderr (it would be published):\n" + "\n".join(stderr)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_name)
def test_notebook_prints_its_verdicts(path: Path, executed):
    notebook = _execute(path, executed)
    printed = "".join(
        output.get("text", "")
        for cell in _code_cells(notebook)
        for output in cell.outputs
        if output.output_type == "stream" and output.name == "stdout"
    )
    missing = [text for text in EXPECTED_OUTPUT.get(_name(path), []) if text not in printed]
    assert not missing, f"{_name(path)} did not print {missing}"


LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_name)
def test_notebook_links_point_at_built_pages(path: Path):
    """Links inside a notebook reach the site unchanged, so they must be the built pages' URLs."""
    notebook = nbformat.read(path, as_version=4)
    page_url = posixpath.splitext(_name(path))[0] + "/"  # use_directory_urls: beyond/jupyter/
    broken = []
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        for target in LINK.findall(cell.source):
            if re.match(r"^[a-z]+:|^#", target):
                continue
            url = target.split("#")[0]
            resolved = posixpath.normpath(posixpath.join(page_url, url)).strip("/")
            candidates = [
                DOCS / f"{resolved}.md",
                DOCS / f"{resolved}.ipynb",
                DOCS / resolved / "index.md",
            ]
            if not url.endswith("/") or not any(candidate.is_file() for candidate in candidates):
                broken.append(target)
    assert not broken, (
        f"{_name(path)}: not a built page's URL (write ../../course/11-asyncio/): {broken}"
    )
