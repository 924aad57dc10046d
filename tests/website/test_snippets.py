"""Every file of snippets/ is a program that runs and ends as it declares, on every interpreter and
under every start method it needs, and the source a page shows is clean and fits its code block."""

from __future__ import annotations

import os
import sys
import tomllib
import unicodedata

import pytest
from pytest_examples import CodeExample, EvalExample

from snippet_pipeline import Run, Snippet
from snippet_pipeline.interpreters import Interpreter
from support.paths import ROOT
from support.snippet_session import project

PROJECT = project()
SNIPPETS = PROJECT.all_snippets()
# The snippets some page shows (helper modules such as timeline.py are imported, not shown).
SHOWN = sorted(PROJECT.shown_snippets(), key=lambda snippet: snippet.name)
WIDTH = 80  # columns of a code block at 1280 px; a Hangul character takes two


def _planned() -> list:
    """Each run the snippets need, and (snippet, version) where this machine lacks that Python."""
    found: list = []
    for snippet in SNIPPETS:
        found += PROJECT.runs(snippet, all_start_methods=True)
        found += [
            pytest.param((snippet, version), id=f"{snippet.name}-python{version[0]}.{version[1]}")
            for version in PROJECT.interpreters_for(snippet)
            if not isinstance(version, Interpreter)
        ]
    return found


def _id(value) -> str:
    if isinstance(value, Run):
        return f"{value.snippet.name}-{value.start_method or 'default'}-python{value.key[2]}"
    return value.name if isinstance(value, Snippet) else str(value)


@pytest.mark.parametrize("run", _planned(), ids=_id)
def test_snippet_ends_as_declared(run, snippet_results):
    if not isinstance(run, Run):
        snippet, (major, minor) = run
        pytest.skip(f"{snippet.name} needs Python {major}.{minor}: none found on this machine")
    result = snippet_results[run.key]
    expected = run.snippet.expectations
    problems = result.problems(expected)
    where = f"{run.snippet.name} [{run.start_method or 'default'}, Python {run.key[2]}]"
    assert not problems, f"{where}: {problems}\n{result.tail()}"
    unchecked = result.unchecked_claims(expected)
    if unchecked:
        pytest.skip(f"its claims need {expected.min_cores} CPUs, this machine has {os.cpu_count()}")


# pytest-examples lints the shown source through stdin, where ruff's per-folder settings do not apply.
SNIPPET_RUFF_IGNORE = tomllib.loads((ROOT / "snippets" / "ruff.toml").read_text(encoding="utf-8"))[
    "lint"
]["ignore"]


@pytest.mark.parametrize("snippet", SNIPPETS, ids=_id)
def test_snippet_source_is_clean(snippet: Snippet, eval_example: EvalExample):
    """The code a reader copies from the page passes ruff and black (as pytest-examples checks them)."""
    eval_example.set_config(
        line_length=WIDTH, quotes="either", target_version="py311", ruff_ignore=SNIPPET_RUFF_IGNORE
    )
    # Not a ".py" path: pytest-examples would then lint it as a docstring example (no double blank lines).
    example = CodeExample.create(
        snippet.display.text, path=snippet.path.with_suffix(".py (as shown)")
    )
    eval_example.lint(example)


def display_width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in line)


@pytest.mark.parametrize("snippet", SHOWN, ids=_id)
def test_every_shown_line_fits_the_code_block(snippet: Snippet):
    wide = [
        f"{snippet.name}:{file_line} is {display_width(text)} columns"
        for file_line, text in snippet.display.lines
        if display_width(text) > WIDTH
    ]
    assert not wide, (
        "\n".join(wide) + f"\n(at most {WIDTH}; move end-of-line comments above the line)"
    )


def test_the_width_check_counts_hangul_as_two_columns():
    assert display_width("판정: ok") == 8
    assert display_width("x" * WIDTH) == WIDTH


@pytest.mark.parametrize("snippet", SNIPPETS, ids=_id)
def test_every_verdict_is_in_the_self_check_part(snippet: Snippet):
    """The lines that print a verdict are the self-check part, which the page folds."""
    folded = set(snippet.display.self_check)
    outside = [
        f"{snippet.name}:{file_line}"
        for page_line, (file_line, text) in enumerate(snippet.display.lines, 1)
        if "print(" in text and "판정" in text and page_line not in folded
    ]
    assert not outside, f"put them under a '# --- 결과 확인' comment: {outside}"


@pytest.mark.parametrize("snippet", SNIPPETS, ids=_id)
def test_no_checking_part_folds_a_whole_block(snippet: Snippet):
    """A checking part that opens a block (`if __name__ == "__main__":` and then the comment) folds
    that whole block, the experiment with it: the experiment goes above the comment."""
    lines = [text for _, text in snippet.display.lines]
    for head, _ in snippet.display.check_parts:
        code = [t for t in lines[: head - 1] if t.strip() and not t.lstrip().startswith("#")]
        assert not (code and code[-1].rstrip().endswith(":")), (
            f"{snippet.name}: the '# --- 결과 확인' part begins the block of {code[-1].strip()!r}"
        )


@pytest.mark.parametrize("snippet", SNIPPETS, ids=_id)
def test_snippet_does_not_shadow_the_standard_library(snippet: Snippet):
    # A snippet's folder is sys.path[0] when it runs: a file named queue.py would replace the stdlib queue.
    assert snippet.path.stem not in sys.stdlib_module_names, (
        f"rename {snippet.name}: it shadows a stdlib module"
    )


@pytest.mark.parametrize("snippet", SNIPPETS, ids=_id)
def test_snippet_declarations_parse(snippet: Snippet):
    expected = snippet.expectations  # raises on an unknown or malformed marker, naming file:line
    assert snippet.display.lines  # raises on unpaired highlight markers
    if expected.error:
        assert expected.exit_code != 0, "a snippet ending with an exception cannot exit with 0"
    # Python's own error for a missing guard, declared: the snippet shows that mistake on purpose.
    shows_the_mistake = any("bootstrapping phase" in text for text in expected.stderr)
    if snippet.uses_processes and not (expected.error or expected.exit_code or shows_the_mistake):
        assert '__name__ == "__main__"' in snippet.source, (
            f"{snippet.name} starts processes without the guard"
        )
