"""HTML for what a snippet printed: the output box, how the run ended, and notes a reader must see.

Printed text is escaped and never read as Markdown. stderr is labelled in words (표준 에러) as well
as coloured. A long traceback of an error shown on purpose keeps its last lines in view and folds
the rest. A run that did not end as declared (shown only by `mkdocs serve` and non-strict builds),
claims left unchecked on a small machine, and repeated runs are said in a box next to the output.
"""

from __future__ import annotations

import html
import re

from .markers import Expectations
from .prepare import Output
from .result import Result, final_exceptions

FOLD_AFTER = 10  # a traceback longer than this many lines shows its tail and folds the rest
OWN_FRAME = re.compile(r'^[ |]*File "snippets/')


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


def _segments(result: Result) -> list[tuple[str, list[str]]]:
    """Runs of consecutive lines from the same stream."""
    segments: list[tuple[str, list[str]]] = []
    for stream, line in result.chunks:
        if segments and segments[-1][0] == stream:
            segments[-1][1].append(line)
        else:
            segments.append((stream, [line]))
    return segments


def _traceback_tail(lines: list[str]) -> int:
    """Where the lines worth seeing begin: the last frame in the snippet's own file (the library
    frames after it, and the exception). 0: nothing to fold."""
    if len(lines) <= FOLD_AFTER or not any(
        line.startswith("Traceback") or "Traceback (most" in line for line in lines
    ):
        return 0
    own = [index for index, line in enumerate(lines) if OWN_FRAME.match(line)]
    start = own[-1] if own else max(len(lines) - 4, 0)
    return start if len(lines) - start >= 1 and start >= 4 else 0


def _stderr(lines: list[str], fold: bool) -> str:
    label = '<span class="snippet-stderr__label" aria-hidden="true">표준 에러</span>'
    start = _traceback_tail(lines) if fold else 0
    body = _escape("".join(lines[start:]))
    if start:
        hidden = _escape("".join(lines[:start]))
        body = (
            f'<details class="snippet-traceback"><summary>트레이스백 앞부분 {start}줄 보기</summary>'
            f"{hidden}</details>{body}"
        )
    return f'<span class="snippet-stderr" role="group" aria-label="표준 에러">{label}{body}</span>'


def output_box(result: Result, fold_tracebacks: bool) -> str:
    parts = [
        _stderr(lines, fold_tracebacks) if stream == "err" else _escape("".join(lines))
        for stream, lines in _segments(result)
    ]
    body = "".join(parts) or '<span class="snippet-empty">(출력 없음)</span>'
    return f'<div class="snippet-output"><pre><code>{body}</code></pre></div>'


def ending(result: Result, expected: Expectations, label: str | None) -> str:
    """The line under the output: how long it ran, how it ended, on what, which run."""
    if result.timed_out:
        how = "시간제한을 넘겨 강제로 끝냈습니다"
    elif expected.error and result.returncode == expected.exit_code:
        names = [line.split(":")[0].rsplit(".", 1)[-1] for line in final_exceptions(result.stderr)]
        name = (
            expected.error if expected.error in names else (names[0] if names else expected.error)
        )
        how = f"일부러 낸 오류: {_escape(name)} (종료 코드 {result.returncode})"
    elif expected.exit_code and result.returncode == expected.exit_code:
        how = f"일부러 낸 종료 코드 {result.returncode}"
    else:
        how = f"종료 코드 {result.returncode}"
    parts = [f"실행 시간 {result.seconds:.2f}초", how]
    if label:
        parts.append(f"{_escape(label)}에서 실행")
    if result.attempt > 1:
        parts.append(f"{result.attempt}번째 실행 (앞선 실행 때 기계가 바빠 다시 실행했습니다)")
    return f'<p class="snippet-meta">{" · ".join(parts)}</p>'


def _note(kind: str, title: str, lines: list[str]) -> str:
    items = "".join(f"<li>{_escape(line)}</li>" for line in lines)
    return (
        f'<div class="admonition {kind} snippet-note"><p class="admonition-title">{_escape(title)}</p>'
        f"<ul>{items}</ul></div>"
    )


def declared(expected: Expectations) -> list[str]:
    """What the snippet declares, in words."""
    lines = [f"종료 코드 {expected.exit_code}"]
    if expected.error:
        lines.append(f"{expected.error} 예외로 끝남")
    lines += [f"표준 출력에 '{text}'" for text in expected.output]
    lines += [f"표준 에러에 '{text}'" for text in expected.stderr]
    return lines


def notes(output: Output, expected: Expectations) -> str:
    """Boxes a reader must see next to this output (empty when it simply ended as declared)."""
    found = []
    if output.problems:
        found.append(
            _note(
                "failure",
                "이 예제는 선언한 대로 끝나지 않았습니다",
                [f"선언: {', '.join(declared(expected))}"]
                + [f"실제: {p.korean}" for p in output.problems],
            )
        )
    if output.unchecked:
        found.append(
            _note(
                "warning",
                "확인하지 않은 주장",
                [
                    f"이 예제의 주장은 CPU {expected.min_cores}개 이상에서만 성립하는데, 이 기계의 CPU는 "
                    f"{output.result.environment['cpus'] if output.result else '?'}개입니다. 아래 출력은 그 주장을 "
                    "뒷받침하지 않습니다.",
                    *(f"나오지 않은 판정: {text}" for text in output.unchecked),
                ],
            )
        )
    return "".join(found)


def unavailable(label: str) -> str:
    return _note(
        "note",
        "실행하지 않은 예제",
        [
            f"이 사이트를 빌드한 기계에는 이 예제에 필요한 인터프리터({label})가 없어 실행하지 않았습니다. "
            "출력을 지어내지 않고 코드만 보여 줍니다.",
        ],
    )


def preview() -> str:
    return _note(
        "note",
        "예제를 실행하지 않은 미리 보기",
        ["예제 실행을 끄고(execute: false, SNIPPET_EXECUTION=off) 빌드해 결과를 싣지 않았습니다."],
    )


def figure(svg: str, caption: str) -> str:
    svg = re.sub(r"<\?xml[^>]*>\s*", "", svg)
    return (
        f'\n<figure class="snippet-figure">\n{svg}\n<figcaption>{caption}</figcaption>\n</figure>\n'
    )
