"""A snippet's source as the page shows it: highlighted exactly as the page's own code fences are,
with the lines that teach highlighted and the self-check part dimmed."""

from __future__ import annotations

import inspect
import re

from .display import DisplayedSource

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


def source_block(display: DisplayedSource, name: str, options: dict, md) -> str:
    """The highlighted source: marked lines highlighted, the self-check part dimmed."""
    extra = [int(n) for n in re.findall(r"\d+", options.get("hl_lines", ""))]
    linenums = re.match(r"\s*(\d+)", options.get("linenums", ""))
    block = _highlight(
        md,
        display.text.rstrip("\n"),
        name,
        sorted({*display.highlighted, *extra}),
        int(linenums[1]) if linenums else -1,
    )
    dimmed = set(display.self_check)

    def mark(match: re.Match) -> str:
        if int(match[2]) in dimmed:
            return f'<span id="{match[1]}-{match[2]}" class="snippet-check-line">'
        return match[0]

    block = LINE_SPAN.sub(mark, block)
    check = '<p class="snippet-check-legend">흐리게 보이는 부분은 예제가 스스로 결과를 확인하는 자기 점검 코드입니다.</p>'
    return f'<div class="snippet-source">{block}</div>' + (check if dimmed else "")
