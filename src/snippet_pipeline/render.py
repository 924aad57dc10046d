"""All the HTML the pipeline writes: a snippet's source, its links, what it printed (the output box,
how the run ended, notes a reader must see, versions as tabs), its figures, the browser control,
and the provenance line of a page. fence.py decides what a fence shows; this module only writes it.

Printed text is escaped and never read as Markdown. stderr is labelled in words (표준 에러) as well
as coloured. A long traceback of an error shown on purpose keeps its last lines in view and folds
the rest. A run that did not end as declared (shown only by `mkdocs serve` and non-strict builds),
claims left unchecked on a small machine, and repeated runs are said in a box next to the output.
"""

from __future__ import annotations

import datetime
import html
import inspect
import json
import re

from .browser import Runtime
from .display import DisplayedSource
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
        parts.append(
            f"{result.attempt}번째 실행 (앞선 실행에서 시간에 관한 판정이 나오지 않아 혼자 다시 "
            "실행했습니다)"
        )
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
        ["예제 실행을 끄고(execute: false, SNIPPET_EXECUTE=off) 빌드해 결과를 싣지 않았습니다."],
    )


def figure(svg: str, caption: str) -> str:
    svg = re.sub(r"<\?xml[^>]*>\s*", "", svg)
    return (
        f'\n<figure class="snippet-figure">\n{svg}\n<figcaption>{caption}</figcaption>\n</figure>\n'
    )


# --- the source -----------------------------------------------------------------------------

LINE_SPAN = re.compile(r'<span id="(__span-\d+)-(\d+)">')


def _highlight(md, source: str, title: str, hl_lines: list[int], linestart: int) -> str:
    """A code block exactly as the page's own fences get it (pymdownx.highlight and its settings),
    numbered in the same sequence, so line ids stay unique on the page."""
    extension = next(e for e in md.registeredExtensions if hasattr(e, "get_pymdownx_highlighter"))
    settings = extension.get_pymdownx_highlight_settings()
    highlighter = extension.get_pymdownx_highlighter()
    accepted = inspect.signature(highlighter).parameters
    highlighter = highlighter(md, **{k: v for k, v in settings.items() if k in accepted})
    extension.pygments_code_block += 1
    return highlighter.highlight(
        source,
        "python",
        settings["css_class"],
        hl_lines=hl_lines,
        linestart=linestart,
        title=title,
        code_block_count=extension.pygments_code_block,
    )


def source_block(
    display: DisplayedSource,
    name: str,
    options: dict,
    md,
    title: str | None = None,
    explain: bool = True,
) -> str:
    """The highlighted source: marked lines highlighted, each self-check part folded under its
    comment line (a checkbox and CSS unfold it, no script needed). The copy button copies the
    whole program (Material reads `data-copy`), the folded parts included. `explain`: say below
    it how to unfold (the first fold of a page)."""
    extra = [int(n) for n in re.findall(r"\d+", options.get("hl_lines", ""))]
    linenums = re.match(r"\s*(\d+)", options.get("linenums", ""))
    program = display.text.rstrip("\n")
    block = _highlight(
        md,
        program,
        title or name,
        sorted({*display.highlighted, *extra}),
        int(linenums[1]) if linenums else -1,
    )
    copy = f' data-copy="{html.escape(program)}"'
    parts = dict(display.check_parts)
    if not parts:
        return f'<div class="snippet-source"{copy}>{block}</div>'
    folded = set(display.self_check) - set(parts)
    switch = LINE_SPAN.search(block)[1].replace("__span", "__fold")

    def mark(match: re.Match) -> str:
        line = int(match[2])
        if line in folded:
            return f'<span id="{match[1]}-{line}" class="snippet-check-line">'
        if line in parts:
            return (
                f'<span id="{match[1]}-{line}" class="snippet-check-head">'
                f'<label for="{switch}" data-lines="{parts[line]}">'
            )
        return match[0]

    block = LINE_SPAN.sub(mark, block)
    # The comment line's label ends with the line (Pygments closes every span at a line's end).
    block = re.sub(
        r'(<label for="[^"]+" data-lines="(\d+)">.*?)\n',
        lambda m: f'{m[1]}<span class="snippet-check-count">{m[2]}줄</span></label>\n',
        block,
    )
    toggle = (
        f'<input type="checkbox" id="{switch}" class="snippet-check-switch"'
        ' aria-label="결과 확인 코드 펼치기">'
    )
    legend = (
        '<p class="snippet-check-legend">▸ 표시가 붙은 <code># --- 결과 확인</code> 줄을 누르면 실행 결과로 '
        "판정을 내는 코드가 펼쳐집니다. 복사 버튼과 내려받은 파일에는 이 부분까지 모두 들어 있습니다.</p>"
    )
    return f'<div class="snippet-source"{copy}>{toggle}{block}</div>' + (legend if explain else "")


# --- links, versions, results, figures, the browser control ---------------------------------


def links(
    file_name: str,
    download: str,
    helpers: list[tuple[str, str]],
    source: str | None,
) -> str:
    """The download link, one per helper module from another folder (name, link), the repository."""
    found = [
        f'<a href="{download}" download="{html.escape(file_name)}">{html.escape(file_name)} 내려받기</a>'
    ]
    found += [
        f'<a href="{link}" download="{html.escape(name)}">도우미 모듈 {html.escape(name)}</a>'
        for name, link in helpers
    ]
    if source:
        found.append(f'<a href="{html.escape(source)}">저장소에서 보기</a>')
    note = " (같은 폴더에 두고 실행하세요)" if helpers else ""
    return f'<p class="snippet-links">{" · ".join(found)}{note}</p>'


def version_tabs(number: int, blocks: list[tuple[str, str]]) -> str:
    """One tab per interpreter (label, result block); `number`: the page's tab set, from 1."""
    inputs = "".join(
        f'<input id="snippet-tabs-{number}-{i}" name="snippet-tabs-{number}" type="radio"'
        f"{' checked' if i == 1 else ''}>"
        for i in range(1, len(blocks) + 1)
    )
    labels = "".join(
        f'<label for="snippet-tabs-{number}-{i}">{html.escape(label)}</label>'
        for i, (label, _) in enumerate(blocks, 1)
    )
    contents = "".join(f'<div class="tabbed-block">{block}</div>' for _, block in blocks)
    return (
        f'<div class="snippet-versions"><p class="snippet-result__title">버전별 결과</p>'
        f'<div class="tabbed-set tabbed-alternate" data-tabs="{number}:{len(blocks)}">{inputs}'
        f'<div class="tabbed-labels">{labels}</div><div class="tabbed-content">{contents}</div></div></div>'
    )


def result_block(output: Output, expected: Expectations, label: str | None) -> str:
    """One output with its notes and ending line; `label`: the interpreter, when not the build's."""
    if output.pending:
        return pending()
    if output.result is None and not output.problems:
        return unavailable(output.label)
    if output.result is None:
        return notes(output, expected)
    title = "결과" + (f" · {html.escape(label)}" if label else "")
    fold = not output.problems  # an unexpected failure is shown whole
    return (
        f'<div class="snippet-result"><p class="snippet-result__title">{title}</p>'
        f"{notes(output, expected)}{output_box(output.result, fold)}"
        f"{ending(output.result, expected, label)}</div>"
    )


def pending() -> str:
    """`mkdocs serve` at once: the output of a run that is still to come."""
    return (
        '<div class="snippet-result snippet-pending"><p class="snippet-result__title">결과 · 실행 중</p>'
        "<p>이 예제를 지금 실행하고 있습니다. 결과가 나오면 페이지가 저절로 다시 읽힙니다.</p></div>"
    )


def missing(message: str) -> str:
    return f'<p class="snippet-missing"><strong>{html.escape(message)}</strong></p>'


def snippet(name: str, parts: list[str], starter: bool = False) -> str:
    """One fence's block; `starter`: an exercise's starting version (not the file as it is)."""
    kind = " snippet--starter" if starter else ""
    return f'<div class="snippet{kind}" data-snippet="{html.escape(name)}">{"".join(parts)}</div>'


def browser_control(
    filename: str,
    runtime: Runtime,
    help_url: str | None = None,
    claims: list[dict] | None = None,
    modules: dict[str, str] | None = None,
) -> str:
    """The button that opens the editor (the script builds the rest only when it is pressed);
    `runtime`: the browser's Python, as the page names it, and its download; `help_url`: what runs in the browser;
    `claims`: an exercise's starting version, which the reader can check ("확인"); `modules`: the
    project's helpers it imports, {"timeline.py": their download link}, put beside it for the run."""
    help_link = (
        f' <a href="{html.escape(help_url)}">브라우저에서 되는 것과 안 되는 것</a>'
        if help_url
        else ""
    )
    data = {"claims": claims, "modules": modules}
    checked = "".join(
        f' data-{key}="{html.escape(json.dumps(value, ensure_ascii=False))}"'
        for key, value in data.items()
        if value
    )
    action = (
        "고쳐 쓴 뒤 이 페이지에서 실행하고 '확인'으로 판정받을"
        if claims
        else "고쳐 이 페이지에서 실행해 볼"
    )
    return (
        f'<div class="browser-run" data-filename="{html.escape(filename)}" '
        f'data-python="{html.escape(runtime.label)}" data-download="{runtime.download}"{checked}>'
        f'<button type="button" class="md-button">{"브라우저에서 풀기" if claims else "브라우저에서 실행"}</button> '
        f'<span class="browser-run__hint">코드를 {action} 수 있습니다. {html.escape(runtime.label)}로 '
        f"실행하며, 처음 한 번 이 사이트에서 최대 {runtime.download}를 내려받습니다."
        f"{help_link}</span></div>"
    )


def starter_legend(claims: list[dict]) -> str:
    """What the reader's version of an exercise must show, below its starting version."""
    items = "".join(f"<li>{_escape(claim['korean'])}</li>" for claim in claims)
    return (
        '<div class="snippet-starter-legend"><p>시작 코드입니다. 강조된 줄을 고쳐 문제를 푸세요. '
        "풀이와 같은 조건으로 판정합니다:</p>"
        f"<ul>{items}</ul></div>"
    )


def browser_script(src: str) -> str:
    """The script of the controls, on the pages that have one (Material runs it after instant
    navigation too; a module runs once per document)."""
    return f'\n<script type="module" src="{html.escape(src)}"></script>\n'


# --- the page's provenance line ---------------------------------------------------------------


def korean_date(day: datetime.date) -> str:
    """2026년 12월 2일: the format of the page's "마지막 수정" date too."""
    return f"{day.year}년 {day.month}월 {day.day}일"


def provenance(environments: list[dict[str, str]]) -> str:
    """One unobtrusive paragraph; empty when the page showed no output."""
    if not environments:
        return ""
    pythons = sorted({f"{env['implementation']} {env['python']}" for env in environments})
    systems = sorted({env["os"] for env in environments})
    cpus = sorted({env["cpus"] for env in environments})
    days = sorted({datetime.date.fromisoformat(env["date"]) for env in environments})
    when = korean_date(days[0]) + (f" ~ {korean_date(days[-1])}" if len(days) > 1 else "")
    where = f"{', '.join(pythons)} · {', '.join(systems)} · CPU {', '.join(cpus)}개"
    return (
        '\n<p class="snippet-provenance">이 페이지의 출력과 시간은 사이트를 빌드할 때 예제를 실제로 실행해 얻은 '
        f"값입니다. 실행한 곳: {html.escape(where)} · 실행한 날: {html.escape(when)}</p>\n"
    )
