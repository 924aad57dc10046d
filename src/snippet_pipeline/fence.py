"""The `snippet` fence: the source of a file of `snippets/`, and what it printed when it was run.

    ```snippet
    asyncio_basics/create_task.py
    ```

It only renders results prepared before the pages (`prepare.py`); it never runs anything. Code
comes first, its output right below it, so both are seen together without a click; the lines that
teach are highlighted and the self-check part is dimmed. Options: `hl_lines`, `linenums`.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Callable

from . import browser, render
from .markers import MarkerError
from .prepare import Output, Prepared
from .snippet import Snippet
from .source_html import source_block

ALLOWED_OPTIONS = {"hl_lines", "linenums"}
FENCE = re.compile(
    r"^(?P<indent> *)(?P<ticks>`{3,}|~{3,})snippet\b[^\n]*\n(?P<body>.*?)^(?P=indent)(?P=ticks)",
    re.M | re.S,
)


def fences_in(markdown: str) -> list[str]:
    """The snippet names (relative to snippets/) that a page shows, in order."""
    return [match["body"].strip() for match in FENCE.finditer(markdown)]


@dataclasses.dataclass
class Page:
    """What the fence needs to know of the page being rendered and of the site."""

    name: str  # docs-relative source path, for messages
    download_url: Callable[[str], str]  # snippets/x/y.py -> a link relative to this page
    source_url: Callable[[str], str | None]  # snippets/x/y.py -> its page in the repository
    environments: list[dict[str, str]] = dataclasses.field(default_factory=list)
    tab_sets: int = 0


@dataclasses.dataclass
class Context:
    prepared: Prepared
    report: Callable[[str], None]  # a problem with a fence (missing file, unknown option)
    page: Page | None = None
    browser: bool = False  # the Pyodide runtime ships with the site: browser snippets get a control


_context: Context | None = None


def use(context: Context | None) -> None:
    """Set what the fences of this build render (the plugin calls it once per build)."""
    global _context
    _context = context


def validate(language, inputs, options, attrs, md) -> bool:
    options["unknown"] = sorted(set(inputs) - ALLOWED_OPTIONS)
    options.update({key: value for key, value in inputs.items() if key in ALLOWED_OPTIONS})
    return True


def format_fence(source, language, css_class, options, md, **kwargs) -> str:
    context = _context
    if context is None or context.page is None:
        raise RuntimeError("the snippet fence needs the `snippets` plugin in mkdocs.yml")
    page = context.page
    if options.get("unknown"):
        context.report(
            f"{page.name}: snippet fence {source.strip()!r}: unknown options {options['unknown']}"
        )
    try:
        snippet = context.prepared.project.snippet(source)
        snippet.display  # noqa: B018 - reads its markers: a malformed one is reported here
        snippet.expectations  # noqa: B018
    except (FileNotFoundError, MarkerError) as error:
        context.report(f"{page.name}: {error}")
        return f'<p class="snippet-missing"><strong>{html.escape(str(error))}</strong></p>'
    parts = [source_block(snippet.display, snippet.name, options, md), links(snippet, page)]
    if not context.prepared.executed:
        parts.append(render.preview())
    else:
        outputs = context.prepared.outputs(snippet)
        parts.append(results(snippet, outputs, page))
        if context.browser and snippet.expectations.browser:
            parts.append(browser.control(snippet.name))
        page.environments += [o.result.environment for o in outputs if o.result]
        first = next((o.result for o in outputs if o.result), None)
        parts += [
            figure(snippet, name, svg, context) for name, svg in (first.figures if first else [])
        ]
    return f'<div class="snippet" data-snippet="{html.escape(snippet.name)}">{"".join(parts)}</div>'


def links(snippet: Snippet, page: Page) -> str:
    file = snippet.path.name
    found = [
        f'<a href="{page.download_url(snippet.name)}" download="{html.escape(file)}">{html.escape(file)} 내려받기</a>'
    ]
    helpers = [m for m in snippet.local_modules if m.parent != snippet.path.parent]
    for module in helpers:
        name = module.relative_to(snippet.root).as_posix()
        found.append(
            f'<a href="{page.download_url(name)}" download="{module.name}">도우미 모듈 {module.name}</a>'
        )
    source = page.source_url(snippet.name)
    if source:
        found.append(f'<a href="{html.escape(source)}">저장소에서 보기</a>')
    note = " (같은 폴더에 두고 실행하세요)" if helpers else ""
    return f'<p class="snippet-links">{" · ".join(found)}{note}</p>'


def results(snippet: Snippet, outputs: list[Output], page: Page) -> str:
    expected = snippet.expectations
    several = len(outputs) > 1
    blocks = [
        (o.label, result_block(o, expected, label=None if several else _foreign(o)))
        for o in outputs
    ]
    if not several:
        return blocks[0][1]
    page.tab_sets += 1
    number = page.tab_sets
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


def _foreign(output: Output) -> str | None:
    """The interpreter's label when it is not the one the site was built with."""
    from .interpreters import current

    return None if output.label == current().label else output.label


def result_block(output: Output, expected, label: str | None) -> str:
    if output.result is None and not output.problems:
        return render.unavailable(output.label)
    if output.result is None:
        return render.notes(output, expected)
    title = "결과" + (f" · {html.escape(label)}" if label else "")
    fold = not output.problems  # an unexpected failure is shown whole
    return (
        f'<div class="snippet-result"><p class="snippet-result__title">{title}</p>'
        f"{render.notes(output, expected)}{render.output_box(output.result, fold)}"
        f"{render.ending(output.result, expected, label)}</div>"
    )


def figure(snippet: Snippet, name: str, svg: str, context: Context) -> str:
    """A figure the snippet drew, inline (no request, no script), its text alternative as caption."""
    description = re.search(r"<desc[^>]*>(.*?)</desc>", svg, re.S)
    if not description:
        context.report(f"{snippet.name}: figure {name} has no <desc> text alternative")
    if re.search(r"<script|\son\w+=|https?://(?!www\.w3\.org/)", svg):
        context.report(
            f"{snippet.name}: figure {name} contains a script, an event handler or an external reference"
        )
        return ""
    return render.figure(svg, description[1].strip() if description else "")
