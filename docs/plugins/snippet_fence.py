"""MkDocs hook: the `snippet` fence, which shows a file of `snippets/` and what it printed when the site was built.

In a page:

    ```snippet
    asyncio_basics/create_task.py
    ```

The fence is a markdown-exec formatter: the snippet runs as its own `python` process (see
`snippet_runner.py`), and markdown-exec lays out the tabs "소스" and "결과". A snippet that does not end
as it declares is reported as a warning naming its file, which fails the (strict) build.
"""

from __future__ import annotations

import html
import platform
import re
from pathlib import Path

import markdown_exec
from markdown_exec import ExecutionError, base_format
from mkdocs.plugins import get_plugin_logger
from snippet_runner import Result, Runner, Snippet, switched_on

log = get_plugin_logger("snippets")

FENCE = re.compile(
    r"^(?P<indent> *)(?P<ticks>`{3,}|~{3,})snippet\b[^\n]*\n(?P<body>.*?)^(?P=indent)(?P=ticks)",
    re.M | re.S,
)
ALLOWED_OPTIONS = {"hl_lines", "linenums"}
SECTION_TITLES = {"course": "강의", "beyond": "더 나아가기"}

_state: dict = {"runner": None, "page": None, "environments": {}}


def _runner() -> Runner:
    return _state["runner"]


def _snippet(body: str) -> Snippet:
    return _runner().snippet(f"snippets/{body.strip()}")


# --- the fence -------------------------------------------------------------------------------


def validate(language, inputs, options, attrs, md) -> bool:
    inputs.setdefault("exec", "on")
    inputs.setdefault("html", "on")  # the result tab is HTML made here (escaped), not Markdown
    inputs.setdefault("source", "tabbed-left")
    inputs.setdefault("tabs", "소스|결과")
    return markdown_exec.validator(language, inputs, options, attrs, md)


def format_fence(source, language, css_class, options, md, **kwargs) -> str:
    unknown = set(options.get("extra", {})) - ALLOWED_OPTIONS
    if unknown:
        log.warning(f"snippet fence for {source.strip()!r}: unknown options {sorted(unknown)}")
    try:
        snippet = _snippet(source)
    except FileNotFoundError as error:
        log.warning(f"{_state['page']}: {error}")
        return f"<p><strong>{html.escape(str(error))}</strong></p>"
    options["extra"] = {**options.get("extra", {}), "title": snippet.name}
    if not _state["execute"]:
        return _source_only(
            snippet,
            md,
            "빌드에서 예제 실행을 끈 미리 보기",
            "SNIPPET_EXECUTION=off로 빌드해 결과를 싣지 않았습니다.",
        )
    if not snippet.runnable_here:
        needed = ".".join(map(str, snippet.expectations.min_python))
        return _source_only(
            snippet,
            md,
            f"Python {needed} 이상이 필요한 예제",
            f"이 사이트를 빌드한 Python {platform.python_version()}에서는 이 코드를 실행할 수 없어 결과를 싣지 "
            "않았습니다. 출력을 지어내지 않고 코드만 보여 줍니다.",
        )
    tabs = base_format(
        language="python",
        run=_run,
        code=source,
        md=md,
        transform_source=lambda body: (body.strip(), _snippet(body).display_source.rstrip("\n")),
        **options,
    )
    result = _runner().cached(snippet)
    # str(): tabs is a markupsafe.Markup, and Markup + str would escape the figures.
    return str(tabs) + "".join(
        render_figure(snippet, name, svg) for name, svg in (result.figures if result else [])
    )


def render_figure(snippet: Snippet, name: str, svg: str) -> str:
    """A figure the snippet drew, inline (no request, no script), with its text alternative as caption."""
    description = re.search(r"<desc[^>]*>(.*?)</desc>", svg, re.S)
    if not description:
        log.warning(f"{snippet.name}: figure {name} has no <desc> text alternative")
    if re.search(r"<script|\son\w+=|https?://(?!www\.w3\.org/)", svg):
        log.warning(
            f"{snippet.name}: figure {name} contains a script, an event handler or an external reference"
        )
        return ""
    svg = re.sub(r"<\?xml[^>]*>\s*", "", svg)
    caption = description[1].strip() if description else ""
    return (
        f'\n<figure class="snippet-figure">\n{svg}\n<figcaption>{caption}</figcaption>\n</figure>\n'
    )


def _run(name: str, **_options) -> str:
    snippet = _snippet(name)
    result = _runner().run(snippet)
    problems = result.problems(snippet.expectations)
    if problems:
        raise ExecutionError(
            f"{snippet.name} did not end as it declares: {'; '.join(problems)}\n\n"
            f"```text\n{result.tail()}\n```",
            result.returncode,
        )
    _state["environments"].setdefault(_state["page"], []).append(result.environment)
    return render_result(result, snippet)


def render_result(result: Result, snippet: Snippet) -> str:
    """The "결과" tab: the escaped output (stderr marked) and how the run ended."""
    parts = []
    for stream, text in result.chunks:
        escaped = html.escape(text, quote=False)
        parts.append(
            f'<span class="snippet-stderr">{escaped}</span>' if stream == "err" else escaped
        )
    body = "".join(parts) or '<span class="snippet-empty">(출력 없음)</span>'
    ending = f"종료 코드 {result.returncode}"
    expected = snippet.expectations
    if expected.error:
        ending += f" · 일부러 낸 오류: {html.escape(expected.error)}"
    elif expected.exit_code:
        ending += " · 일부러 낸 종료 코드"
    return (
        '<div class="snippet-output language-text highlight"><pre><code>'
        f"{body}</code></pre></div>\n"
        f'<p class="snippet-meta">실행 시간 {result.seconds:.2f}초 · {ending}</p>'
    )


def _source_only(snippet: Snippet, md, title: str, note: str) -> str:
    """The source without a result, and a note saying plainly why there is none."""
    code = markdown_exec.code_block(
        "python", snippet.display_source.rstrip("\n"), title=snippet.name
    )
    admonition = f'!!! note "{title}"\n\n    {note}'
    return markdown_exec.MarkdownConverter(md).convert(f"{admonition}\n\n{code}")


# --- MkDocs events ---------------------------------------------------------------------------


def on_config(config):
    # SNIPPET_EXECUTION=off: a quick preview of the prose, with no snippet run (never for publishing).
    _state["execute"] = switched_on("SNIPPET_EXECUTION")
    _state["runner"] = Runner(root=Path(config.config_file_path).resolve().parent)
    _state["environments"] = {}
    fences = config.mdx_configs.setdefault("pymdownx.superfences", {}).setdefault(
        "custom_fences", []
    )
    fences.append(
        {"name": "snippet", "class": "snippet", "validator": validate, "format": format_fence}
    )
    return config


def on_files(files, config):
    """Run every snippet the pages show before any page renders: waiting ones side by side."""
    jobs = []
    for file in files.documentation_pages():
        text = Path(file.abs_src_path).read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            try:
                jobs.append((_snippet(match["body"]), None))
            except FileNotFoundError as error:
                log.warning(f"{file.src_uri}: {error}")
    if not _state["execute"]:
        log.info("SNIPPET_EXECUTION=off: no snippet runs, the pages show no results")
        return files
    runner = _runner()
    before = len(runner.executed)
    runner.run_many(jobs)
    ran = len(runner.executed) - before
    shown = {snippet for snippet, _ in jobs}
    skipped = sum(not snippet.runnable_here for snippet in shown)
    log.info(
        f"{len(shown)} snippets: {ran} run, {len(shown) - ran - skipped} from the cache"
        + (f", {skipped} need a newer Python" if skipped else "")
    )
    return files


def on_nav(nav, config, files):
    """Korean section titles, and the sections in learning order (the course before the rest)."""
    order = list(SECTION_TITLES)
    for item in nav.items:
        if item.is_section and item.title.lower() in SECTION_TITLES:
            item.section_key = item.title.lower()
            item.title = SECTION_TITLES[item.section_key]
    nav.items.sort(
        key=lambda item: (
            order.index(item.section_key) + 1 if getattr(item, "section_key", None) else 0
        )
    )
    nav.pages[:] = [page for item in nav.items for page in _pages(item)]
    for previous, page in zip([None, *nav.pages], [*nav.pages, None], strict=True):
        if page:
            page.previous_page = previous
        if previous:
            previous.next_page = page
    return nav


def _pages(item) -> list:
    if item.is_page:
        return [item]
    return [page for child in getattr(item, "children", None) or [] for page in _pages(child)]


def on_page_markdown(markdown, page, config, files):
    _state["page"] = page.file.src_uri
    return markdown


OUTPUT_BLOCK = re.compile(r'<div class="snippet-output.*?</code></pre></div>', re.S)
ABBR = re.compile(r"<abbr\b[^>]*>(.*?)</abbr>", re.S)


def on_page_content(html_text, page, config, files):
    # What a program printed is shown exactly: no abbreviation markup (pymdownx.snippets auto_append).
    html_text = OUTPUT_BLOCK.sub(lambda block: ABBR.sub(r"\1", block[0]), html_text)
    environments = _state["environments"].pop(page.file.src_uri, [])
    if not environments:
        return html_text
    return html_text + provenance(environments)


def provenance(environments: list[dict]) -> str:
    """One unobtrusive line saying where the page's measured numbers came from."""
    described = []
    for env in environments:
        text = f"{env['implementation']} {env['python']} · {env['os']} · CPU {env['cpus']}개 · {env['date']} 실행"
        if text not in described:
            described.append(text)
    return (
        '\n<p class="snippet-provenance">이 페이지의 출력과 시간은 사이트를 빌드할 때 실제로 실행해 얻은 값입니다: '
        f"{html.escape(' / '.join(described))}</p>\n"
    )
