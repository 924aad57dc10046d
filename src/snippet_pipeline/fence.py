"""The `snippet` fence: the source of a file of `snippets/`, and what it printed when it was run.

    ```snippet
    asyncio_basics/create_task.py
    ```

It only renders results prepared before the pages (`prepare.py`); it never runs anything. Code
comes first, its output right below it, so both are seen together without a click; the lines that
teach are highlighted and the checking part is folded under its comment line. Options: `hl_lines`, `linenums`, and
`starter`, which shows an exercise's starting version instead (`exercise.py`): no output, the claims
it must meet, and in the browser a "확인" that checks the reader's run against them. What it decides
is here; the HTML it writes comes from render.py.

The plugin owns one `SnippetFence` per build: it registers the fence's `validate` and `format` with
pymdownx.superfences, hands it the prepared results (`use`) and tells it which page is rendered.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

from . import browser, render
from .interpreters import current
from .markers import MarkerError
from .prepare import Output, Prepared
from .snippet import Snippet

ALLOWED_OPTIONS = {"hl_lines", "linenums", "starter"}


@dataclasses.dataclass
class Page:
    """What the fence needs to know of the page being rendered and of the site."""

    name: str  # docs-relative source path, for messages
    download_url: Callable[[str], str]  # snippets/x/y.py -> a link relative to this page
    source_url: Callable[[str], str | None]  # snippets/x/y.py -> its page in the repository
    browser_help: str | None = None  # the page on what runs in the browser, relative to this page
    browser_controls: int = 0
    environments: list[dict[str, str]] = dataclasses.field(default_factory=list)
    tab_sets: int = 0
    folds_explained: bool = False  # the first folded checking part of a page says how to open it


class SnippetFence:
    """The fence of one build. `report`: a problem with a fence (missing file, unknown option)."""

    def __init__(self, report: Callable[[str], None]):
        self.report = report
        self.prepared: Prepared | None = None
        self.browser: browser.Runtime | None = None  # the browser's Python, if the site ships it
        self.page: Page | None = None

    def use(self, prepared: Prepared, runtime: browser.Runtime | None) -> None:
        """What this build's fences render (before any page renders)."""
        self.prepared = prepared
        self.browser = runtime

    def validate(self, language, inputs, options, attrs, md) -> bool:
        options["unknown"] = sorted(set(inputs) - ALLOWED_OPTIONS)
        options.update({key: value for key, value in inputs.items() if key in ALLOWED_OPTIONS})
        return True

    def format(self, source, language, css_class, options, md, **kwargs) -> str:
        prepared, page = self.prepared, self.page
        if prepared is None or page is None:
            raise RuntimeError("the snippet fence needs the `snippets` plugin in mkdocs.yml")
        if options.get("unknown"):
            self.report(
                f"{page.name}: snippet fence {source.strip()!r}: unknown options {options['unknown']}"
            )
        try:
            snippet = prepared.project.snippet(source)
            snippet.display  # noqa: B018 - reads its markers: a malformed one is reported here
            snippet.expectations  # noqa: B018
            snippet.solution  # noqa: B018
        except (FileNotFoundError, MarkerError) as error:
            self.report(f"{page.name}: {error}")
            return render.missing(str(error))
        if options.get("starter"):
            return self._starter(snippet, options, md)
        parts = [
            self._source(snippet.display, snippet.name, options, md),
            _links(snippet, page),
        ]
        if not prepared.executed:
            parts.append(render.preview())
            return render.snippet(snippet.name, parts)
        outputs = prepared.outputs(snippet)
        parts.append(_results(snippet, outputs, page))
        page.environments += [o.result.environment for o in outputs if o.result]
        first = next((o.result for o in outputs if o.result), None)
        parts += [
            self._figure(snippet, name, svg) for name, svg in (first.figures if first else [])
        ]
        if self.browser and snippet.expectations.browser:
            # Below the build's figures: a figure of the reader's run is drawn under them.
            solution = snippet.solution  # a starting version of its own: checked against it
            parts.append(
                render.browser_control(
                    snippet.name,
                    self.browser,
                    page.browser_help,
                    browser.claims(solution.expectations) if solution else None,
                    {helper.name: url for helper, url in _helpers(snippet, page)},
                )
            )
            page.browser_controls += 1
        return render.snippet(snippet.name, parts)

    def _starter(self, snippet: Snippet, options: dict, md) -> str:
        """An exercise's starting version: the reader's starting point, checked in the browser."""
        page, display = self.page, snippet.starter
        if display is None:
            message = (
                f"{snippet.name}: the starter option needs a solution-start/solution-end block"
            )
            self.report(f"{page.name}: {message}")
            return render.missing(message)
        claims = browser.claims(snippet.expectations)
        parts = [
            self._source(display, snippet.name, options, md, f"{snippet.name} · 시작 코드"),
            render.starter_legend(claims),
        ]
        if self.browser and snippet.expectations.browser:
            parts.append(
                render.browser_control(snippet.name, self.browser, page.browser_help, claims)
            )
            page.browser_controls += 1
        return render.snippet(snippet.name, parts, starter=True)

    def _source(self, display, name: str, options: dict, md, title: str | None = None) -> str:
        explain = not self.page.folds_explained
        self.page.folds_explained |= bool(display.check_parts)
        return render.source_block(display, name, options, md, title, explain)

    def _figure(self, snippet: Snippet, name: str, svg: str) -> str:
        """A figure the snippet drew, inline (no request, no script), its text alternative as caption."""
        description = re.search(r"<desc[^>]*>(.*?)</desc>", svg, re.S)
        if not description:
            self.report(f"{snippet.name}: figure {name} has no <desc> text alternative")
        if re.search(r"<script|\son\w+=|https?://(?!www\.w3\.org/)", svg):
            self.report(
                f"{snippet.name}: figure {name} contains a script, an event handler or an external reference"
            )
            return ""
        return render.figure(svg, description[1].strip() if description else "")


def _helpers(snippet: Snippet, page: Page) -> list[tuple[Path, str]]:
    """The project's helper modules it imports (not of its own folder), with their download links."""
    helpers = [m for m in snippet.local_modules if m.parent != snippet.path.parent]
    return [(m, page.download_url(m.relative_to(snippet.root).as_posix())) for m in helpers]


def _links(snippet: Snippet, page: Page) -> str:
    return render.links(
        snippet.path.name,
        page.download_url(snippet.name),
        [(helper.name, url) for helper, url in _helpers(snippet, page)],
        page.source_url(snippet.name),
    )


def _results(snippet: Snippet, outputs: list[Output], page: Page) -> str:
    expected = snippet.expectations
    if len(outputs) == 1:
        (output,) = outputs
        own = output.label == current().label
        return render.result_block(output, expected, label=None if own else output.label)
    page.tab_sets += 1
    blocks = [(o.label, render.result_block(o, expected, label=None)) for o in outputs]
    return render.version_tabs(page.tab_sets, blocks)
