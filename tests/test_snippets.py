"""Every file of snippets/ is a program that runs and ends as it declares, under every start method it needs."""

from __future__ import annotations

import os
import sys
import tomllib

import pytest
from pytest_examples import CodeExample, EvalExample
from snippet_runner import ROOT, Runner, Snippet

SNIPPETS = Runner(root=ROOT).all_snippets()


def _ids(value) -> str:
    return value.name if isinstance(value, Snippet) else (value or "default")


@pytest.mark.parametrize(
    ("snippet", "start_method"),
    [(snippet, method) for snippet in SNIPPETS for method in snippet.start_methods],
    ids=_ids,
)
def test_snippet_ends_as_declared(snippet: Snippet, start_method: str | None, snippet_results):
    expected = snippet.expectations
    if not snippet.runnable_here:
        pytest.skip(
            f"needs Python {'.'.join(map(str, expected.min_python))}, this is {sys.version.split()[0]}"
        )
    result = snippet_results[snippet.name, start_method]
    problems = result.problems(expected)
    assert not problems, (
        f"{snippet.name} [{start_method or 'default'}]: {problems}\n{result.tail()}"
    )
    if expected.output and (os.cpu_count() or 1) < expected.min_cores:
        pytest.skip(f"its claims need {expected.min_cores} CPUs, this machine has {os.cpu_count()}")


# pytest-examples lints the shown source through stdin, where pyproject's per-file-ignores do not apply.
SNIPPET_RUFF_IGNORE = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "ruff"
]["lint"]["per-file-ignores"]["snippets/**"]


@pytest.mark.parametrize("snippet", SNIPPETS, ids=_ids)
def test_snippet_source_is_clean(snippet: Snippet, eval_example: EvalExample):
    """The code a reader copies from the page passes ruff and black (as pytest-examples checks them)."""
    eval_example.set_config(
        line_length=80, quotes="either", target_version="py311", ruff_ignore=SNIPPET_RUFF_IGNORE
    )
    # Not a ".py" path: pytest-examples would then lint it as a docstring example (no double blank lines).
    example = CodeExample.create(
        snippet.display_source, path=snippet.path.with_suffix(".py (as shown)")
    )
    eval_example.lint(example)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=_ids)
def test_snippet_does_not_shadow_the_standard_library(snippet: Snippet):
    # A snippet's folder is sys.path[0] when it runs: a file named queue.py would replace the stdlib queue.
    assert snippet.path.stem not in sys.stdlib_module_names, (
        f"rename {snippet.name}: it shadows a stdlib module"
    )


@pytest.mark.parametrize("snippet", SNIPPETS, ids=_ids)
def test_snippet_declarations_parse(snippet: Snippet):
    expected = snippet.expectations  # raises on an unknown or empty marker
    if expected.error:
        assert expected.exit_code != 0, "a snippet ending with an exception cannot exit with 0"
    if snippet.uses_processes and not expected.error and not expected.exit_code:
        assert '__name__ == "__main__"' in snippet.source, (
            f"{snippet.name} starts processes without the guard"
        )
