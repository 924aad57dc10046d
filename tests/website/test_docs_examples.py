"""The small ```python blocks written straight into the pages run, print what their `#>` comments say, and lint.

Refresh the `#>` comments after a deliberate change with `pytest tests/website/test_docs_examples.py --update-examples`.
A block opts out only with a reason a reviewer can read: ```python test="skip" reason="..."
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

from support.paths import ROOT

EXAMPLES = [
    example
    for example in find_examples(ROOT / "docs")
    if example.prefix.split(maxsplit=1)[0].strip("{.") in {"py", "python"}
]


def _where(example: CodeExample) -> str:
    return f"{Path(example.path).relative_to(ROOT)}:{example.start_line}"


def _failure(error: BaseException, example: CodeExample) -> str:
    """A readable report. pytest cannot format pytest-examples' tracebacks on Python 3.11 (INTERNALERROR)."""
    line = example.start_line
    traceback = error.__traceback__
    while traceback:
        if traceback.tb_frame.f_code.co_filename == str(example.path):
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return f"{Path(example.path).relative_to(ROOT)}:{line}: {type(error).__name__}: {error}"


def in_own_thread(function, example: CodeExample) -> None:
    """Run an example in a thread of its own, where no event loop runs: the browser tests' Playwright
    keeps one running in this worker's main thread, and `asyncio.run()` refuses to start inside it."""
    with ThreadPoolExecutor(max_workers=1) as thread:
        thread.submit(function, example).result()


@pytest.mark.parametrize("example", EXAMPLES, ids=_where)
def test_docs_example(example: CodeExample, eval_example: EvalExample):
    settings = example.prefix_settings()
    if settings.get("test") == "skip":
        assert settings.get("reason"), f'{_where(example)}: test="skip" needs reason="..."'
        pytest.skip(settings["reason"])
    eval_example.set_config(line_length=80, quotes="either", target_version="py311")
    failure = None
    try:
        if eval_example.update_examples:
            eval_example.format(example)
            in_own_thread(eval_example.run_print_update, example)
        else:
            eval_example.lint(example)
            in_own_thread(eval_example.run_print_check, example)
    except Exception as error:  # reported outside the except block: see _failure
        failure = _failure(error, example)
    if failure:
        pytest.fail(failure, pytrace=False)


def test_examples_were_found():
    """Guards the filter above: if it stopped matching, the test would pass without checking anything."""
    assert EXAMPLES or not list((ROOT / "docs").rglob("*.md")), "no ```python block found in docs/"
