"""The built site in a real browser (Debian's Chromium driven by Playwright), served on 127.0.0.1.

Every page loads with no console error, no failed request and no request leaving 127.0.0.1, shows
each snippet's output next to its code without a click, and has no code block that scrolls sideways
at 1280 px. stderr is labelled and coloured with enough contrast in both schemes; code copy, the
light/dark toggle, search, the downloads (each snippet, the zip, the notebook) work. Screenshots of
the home page and a lesson page, at 1280 and 390 px, light and dark, are saved to tests/artifacts/.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from snippet_pipeline.browser import python_label
from support.chromium import CHROMIUM, launch
from support.paths import ARTIFACTS, ROOT
from support.snippet_session import project

PROJECT = project()


pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="no Chromium: install Debian's (apt-get install chromium-headless-shell or chromium); "
    "Playwright's own download is not used",
)
playwright_api = pytest.importorskip("playwright.sync_api")


def page_urls() -> list[str]:
    """The URL path of every page, from the sources (so the list is known before the build)."""
    urls = []
    for source in sorted((ROOT / "docs").rglob("*")):
        if source.suffix not in {".md", ".ipynb"} or source.parent.name in {"includes"}:
            continue
        relative = source.relative_to(ROOT / "docs").with_suffix("")
        folder = relative.parent if relative.name == "index" else relative
        urls.append("/" if str(folder) == "." else f"/{folder.as_posix()}/")
    return [*urls, "/404.html"]


@pytest.fixture(scope="session")
def server(site, snippet_session) -> str:
    """The built site, served by the session at the address it is built for (its site_url)."""
    return snippet_session.site_url()


@pytest.fixture(scope="session")
def browser():
    with playwright_api.sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


def _is_local(url: str) -> bool:
    return urlsplit(url).hostname == "127.0.0.1" or url.startswith("data:")


class Watched:
    """A browser tab that records console errors, failed requests and requests leaving 127.0.0.1.

    It listens rather than intercepts: routing every request through Python costs CPU time on each
    load, and the browser cannot reach another host anyway (see `browser`).
    """

    def __init__(self, browser):
        self.context = browser.new_context(
            color_scheme="light", viewport={"width": 1280, "height": 900}, locale="ko-KR"
        )
        self.context.grant_permissions(["clipboard-read", "clipboard-write"])
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.outside: list[str] = []
        self.requested: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("request", self._record)
        self.page.on(
            "requestfailed",
            lambda r: self.failed.append(f"{r.url} {r.failure}") if _is_local(r.url) else None,
        )

    def _record(self, request) -> None:
        self.requested.append(request.url)
        if not _is_local(request.url):
            self.outside.append(request.url)

    def open(self, url: str, wait_until: str = "load"):
        """Load a page; "networkidle" also waits for the search index to be built (0.8 s of CPU)."""
        self.page.goto(url, wait_until=wait_until)
        return self.page

    def open_with_search_index(self, url: str):
        """Load a page and wait until its search has fetched the site's index (not built it)."""
        with self.page.expect_response(
            lambda r: r.url.endswith("/search/search_index.json")
        ) as index:
            self.page.goto(url, wait_until="load")
        assert index.value.ok, f"search index: HTTP {index.value.status}"
        return self.page

    def forget(self) -> None:
        """Start recording afresh (a tab reused for another page)."""
        for record in (self.errors, self.failed, self.outside, self.requested):
            record.clear()


@pytest.fixture
def tab(browser):
    watched = Watched(browser)
    yield watched
    watched.context.close()


@pytest.fixture(scope="module")
def reader(browser):
    """One tab that visits every page in turn, as a reader would: its cache keeps Material's
    scripts, styles and fonts, so each page costs its own work only."""
    watched = Watched(browser)
    yield watched
    watched.context.close()


# Code blocks (and the page itself) wider than their box at this viewport.
OVERFLOWING = """() => {
  const wide = [...document.querySelectorAll("pre > code")]
    .filter(code => code.offsetParent !== null && code.scrollWidth > code.clientWidth + 1)
    .map(code => code.textContent.split("\\n").reduce((a, b) => (b.length > a.length ? b : a), ""));
  if (document.documentElement.scrollWidth > window.innerWidth) wide.push("(the page itself)");
  return wide;
}"""
# Snippets whose code shows but whose output does not (those in a closed "풀이 보기" show neither).
OUTPUT_HIDDEN = """() => [...document.querySelectorAll(".snippet")]
  .filter(s => s.querySelector(".snippet-source").offsetParent !== null)
  .filter(s => s.querySelector(".snippet-output") && s.querySelector(".snippet-output").offsetParent === null)
  .map(s => s.dataset.snippet)"""


@pytest.mark.parametrize("path", page_urls())
def test_page_loads_cleanly_and_only_from_127_0_0_1(reader, server, path):
    tab = reader
    tab.forget()
    page = tab.open_with_search_index(server + path)
    assert page.title()
    assert not tab.outside, f"requests leaving 127.0.0.1: {tab.outside}"
    # ERR_ABORTED: the previous page's search worker was still loading when the tab moved on.
    failed = [
        line
        for line in tab.failed
        if ("favicon" not in line or "404" in path) and not line.endswith("net::ERR_ABORTED")
    ]
    assert not failed, f"failed requests: {failed}"
    assert not [e for e in tab.errors if "404" not in path], f"console errors: {tab.errors}"
    # Korean is drawn with the web font served by the site itself.
    assert page.evaluate("document.fonts.check('16px \"Pretendard Variable\"', '가')")
    # Every output shows next to its code without a click; nothing scrolls sideways at 1280 px.
    assert not page.evaluate(OUTPUT_HIDDEN), "outputs hidden until a click"
    assert not page.evaluate(OVERFLOWING), (
        f"code blocks wider than the page at 1280 px: {page.evaluate(OVERFLOWING)}"
    )


def test_404_page_is_korean(tab, server):
    # GitHub Pages serves 404.html for any missing address; this test server only serves files.
    page = tab.open(server + "/404.html")
    assert page.locator("article h1").inner_text() == "페이지를 찾을 수 없습니다"
    assert page.locator("article a").count() >= 3


LESSON = "/course/11-asyncio/"


@pytest.fixture(scope="module")
def lesson(browser, server):
    """The asyncio lesson, loaded once for the tests that click around in it (each leaves it as found)."""
    watched = Watched(browser)
    yield watched.open(server + LESSON)
    watched.context.close()


def test_checking_code_is_folded_under_its_comment_until_the_reader_opens_it(lesson):
    snippet = lesson.locator(".snippet:has(.snippet-check-head)").first
    head, folded = (
        snippet.locator(".snippet-check-head label"),
        snippet.locator(".snippet-check-line"),
    )
    assert "결과 확인" in head.inner_text() and folded.count() > 1
    assert head.is_visible() and not folded.first.is_visible(), "folded at first"
    head.click()
    assert folded.first.is_visible() and folded.last.is_visible(), "a click unfolds it"
    head.click()
    assert not folded.first.is_visible(), "a second click folds it again"
    snippet.locator(".snippet-check-switch").focus()
    lesson.keyboard.press("Space")
    assert folded.first.is_visible(), "the keyboard unfolds it too"
    lesson.keyboard.press("Space")
    lesson.emulate_media(media="print")
    assert folded.first.is_visible(), "a printed page shows every line"
    lesson.emulate_media(media="screen")
    assert not folded.first.is_visible()


def test_code_copy_button_copies_exactly_the_snippet_source(lesson):
    snippet = lesson.locator(".snippet:has(.snippet-check-head)").first  # folded lines copied too
    block = snippet.locator(".snippet-source .highlight")
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = lesson.evaluate("navigator.clipboard.readText()")
    name = snippet.get_attribute("data-snippet")
    assert copied == PROJECT.snippet(name).display.text.rstrip("\n"), (
        f"{name}: the copy differs from its source"
    )


def test_a_snippet_downloads_as_exactly_the_repository_file(lesson):
    snippet = lesson.locator(".snippet").first
    name = snippet.get_attribute("data-snippet")
    link = snippet.locator(".snippet-links a[download]").first
    response = lesson.request.get(link.evaluate("a => a.href"))
    assert response.ok and response.body() == (ROOT / name).read_bytes()


def test_the_snippets_zip_holds_every_snippet_its_helpers_and_a_readme(tab, server):
    page = tab.open(server + "/course/")
    link = page.locator("a[href$='.zip']").first
    response = page.request.get(link.evaluate("a => a.href"))
    assert response.ok
    with zipfile.ZipFile(io.BytesIO(response.body())) as bundle:
        names = set(bundle.namelist())
        assert "snippets/README.md" in names
        for snippet in PROJECT.all_snippets():
            assert bundle.read(snippet.name) == snippet.path.read_bytes(), snippet.name
            for module in snippet.local_modules:  # helpers beside every snippet that imports them
                beside = f"{Path(snippet.name).parent.as_posix()}/{module.name}"
                assert bundle.read(beside) == module.read_bytes(), beside


def contrast(foreground: list[float], background: list[float]) -> float:
    """WCAG 2 contrast ratio of two sRGB colours (0-255 channels)."""

    def luminance(rgb: list[float]) -> float:
        channels = [c / 255 for c in rgb[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


STDERR_PAGE = "/course/03-threads/"
# The colour of stderr text and of the background it is drawn on (its own tint over the code block).
STDERR_COLOURS = """() => {
  const error = document.querySelector(".snippet-stderr");
  const parse = c => c.match(/[\\d.]+/g).map(Number);
  const over = (top, bottom) => top.length < 4 ? top : top.slice(0, 3).map((c, i) => c * top[3] + bottom[i] * (1 - top[3]));
  const block = parse(getComputedStyle(error.closest("code")).backgroundColor);
  return {
    text: parse(getComputedStyle(error).color),
    background: over(parse(getComputedStyle(error).backgroundColor), block),
    label: error.querySelector(".snippet-stderr__label").innerText,
  };
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_stderr_is_labelled_and_coloured_with_enough_contrast(tab, server, scheme):
    page = tab.open(server + STDERR_PAGE)
    page.emulate_media(color_scheme=scheme)
    expected = {"light": "default", "dark": "slate"}[scheme]
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') === '{expected}'")
    colours = page.evaluate(STDERR_COLOURS)
    assert colours["label"] == "표준 에러"
    ratio = contrast(colours["text"], colours["background"])
    assert ratio >= 4.5, f"{scheme}: stderr contrast {ratio:.2f}:1 is below WCAG AA"
    red, green, blue = colours["text"][:3]
    assert red > green and red > blue, (
        f"{scheme}: stderr is not drawn in an error colour: {colours['text']}"
    )


@pytest.mark.long
def test_light_dark_toggle(lesson):
    def scheme() -> str:
        return lesson.evaluate("document.body.getAttribute('data-md-color-scheme')")

    seen = [scheme()]
    for _ in range(3):  # the toggle cycles through its choices and back to the first
        lesson.locator("form[data-md-component=palette] label:visible").first.click()
        seen.append(scheme())
    assert {"default", "slate"} <= set(seen)
    assert seen[-1] == seen[0], f"the toggle did not come back round: {seen}"


SEARCHES = {
    "스레드": ["course/03-threads/"],
    "코루틴": ["course/08-send/", "course/10-async-await/", "course/11-asyncio/"],
    "이벤트 루프": ["course/10-async-await/", "course/11-asyncio/"],
    "경쟁 조건": ["course/06-shared-state/", "beyond/asyncio-sync/"],
    "GIL": ["course/02-gil/"],
    "create_task": ["course/11-asyncio/"],
    "ProcessPoolExecutor": ["course/05-multiprocessing/"],
    "TaskGroup": ["course/11-asyncio/", "beyond/timeouts/"],
}


def search(page, query: str) -> list[str]:
    box = page.locator("input.md-search__input")
    results = page.locator(".md-search-result__item > .md-search-result__link")
    box.click()
    # The page is shared by the searches: clear the previous query and wait for its results to go.
    box.fill("")
    box.press("End")
    results.first.wait_for(state="detached", timeout=10_000)
    box.fill(query)
    # Filling alone does not trigger Material's search for Hangul; a key press does.
    box.press("End")
    results.first.wait_for(timeout=10_000)
    hrefs = results.evaluate_all("links => links.map(a => a.href)")
    return list(dict.fromkeys(urlsplit(href).path for href in hrefs))  # without ?h=... and #anchor


@pytest.fixture(scope="module")
def search_page(browser, server):
    """One loaded page for all searches: the index is built once, as for a reader who searches again."""
    watched = Watched(browser)
    yield watched.open(server + "/", wait_until="networkidle")
    watched.context.close()


@pytest.mark.parametrize("query", SEARCHES)
def test_search_finds_the_page_that_teaches_it(search_page, query):
    found = search(search_page, query)[:5]
    assert any(href.endswith(expected) for href in found for expected in SEARCHES[query]), (
        f"{query!r}: first results {found}"
    )


NOTEBOOK = "/beyond/jupyter/"


def test_notebook_page_shows_executed_output_and_downloads(tab, server):
    page = tab.open(server + NOTEBOOK)
    assert "cannot be called from a running event loop" in page.content()
    link = page.locator("a", has_text="노트북 내려받기")
    response = page.request.get(link.evaluate("a => a.href"))
    assert response.ok
    assert "cells" in response.json()


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize(("name", "path"), [("home", "/"), ("lesson", LESSON)])
def test_screenshots_follow_the_system_color_scheme(tab, server, name, path, width):
    page = tab.open(server + path)
    page.set_viewport_size({"width": width, "height": 900 if width > 400 else 844})
    page.evaluate("document.fonts.ready.then(() => true)")  # the pictures show the web font
    if name == "lesson":  # the first snippet, its code and output together
        page.locator(".snippet").first.evaluate("s => s.scrollIntoView()")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    # The palette's first choice follows the system setting, which the page emulates.
    for scheme, expected in (("light", "default"), ("dark", "slate")):
        page.emulate_media(color_scheme=scheme)
        page.wait_for_function(
            f"document.body.getAttribute('data-md-color-scheme') === '{expected}'", timeout=5_000
        )
        picture = ARTIFACTS / f"{name}-{width}-{scheme}.png"
        page.screenshot(path=picture, full_page=False)
        assert picture.stat().st_size > 10_000


# "브라우저에서 실행": Pyodide served by the site, a fresh interpreter in a Web Worker per run.
RUNTIME_SHIPPED = (ROOT / "node_modules" / "pyodide" / "pyodide.mjs").is_file()
needs_runtime = pytest.mark.skipif(
    not RUNTIME_SHIPPED, reason="no node_modules/pyodide: run `npm ci`"
)
GENERATORS = "/course/07-generators/"
FIRST_GENERATOR = '.snippet[data-snippet="snippets/generators/first_generator.py"]'
STATUS_DONE = "s => s.textContent.startsWith('끝났습니다') || s.textContent.includes('멈췄습니다')"


def open_editor(page, snippet: str):
    block = page.locator(snippet)
    # Bound by the page's script, which after instant navigation loads a moment after the content.
    block.locator(".browser-run[data-bound] button").click()
    return block.locator(".browser-run__panel")


def run_in_browser(panel, timeout: float = 60_000) -> str:
    panel.locator("button", has_text="실행").first.click()
    status = panel.locator(".browser-run__status")
    panel.page.wait_for_function(
        f"s => ({STATUS_DONE})(s)", arg=status.element_handle(), timeout=timeout
    )
    return status.inner_text()


@needs_runtime
@pytest.mark.long
def test_a_snippet_runs_in_the_browser_and_shows_its_verdict_beside_the_builds(tab, server):
    page = tab.open(server + LESSON)
    panel = open_editor(page, '.snippet[data-snippet="snippets/asyncio_basics/create_task.py"]')
    assert "실행을 누르면" in panel.inner_text(), "nothing loads before the reader asks"
    assert not [url for url in tab.requested if "/assets/pyodide/" in url], (
        "the runtime loaded before 실행"
    )
    assert run_in_browser(panel).startswith("끝났습니다: 종료 코드 0")
    output = panel.locator(".browser-run__output").inner_text()
    assert "판정: 겹쳐서 기다렸습니다" in output
    assert python_label(ROOT / "node_modules" / "pyodide") in panel.inner_text()
    # Each line shows when it arrived: the last ones about 3 s after the first (the program waits).
    times = [float(t) for t in re.findall(r"^\s*(\d+\.\d\d)초 │", output, re.M)]
    assert times and times[-1] - times[0] >= 2.5, times
    assert page.locator(".snippet-output").first.is_visible(), (
        "the build's output stays on the page"
    )
    assert not tab.outside, f"requests leaving 127.0.0.1: {tab.outside}"


@needs_runtime
@pytest.mark.long
def test_edited_code_runs_as_edited_and_an_endless_loop_is_stopped(tab, server):
    page = tab.open(server + GENERATORS)
    page.evaluate("document.documentElement.dataset.browserRunLimit = '4000'")
    panel = open_editor(page, FIRST_GENERATOR)
    editor = panel.locator("textarea")
    editor.fill(editor.input_value().replace("countdown(2)", "countdown(3)"))
    run_in_browser(panel)
    assert "→ 3" in panel.locator(".browser-run__output").inner_text()
    editor.fill("while True:\n    pass\n")
    assert "4초 안에 끝나지 않아 멈췄습니다" in run_in_browser(panel)
    panel.locator("button", has_text="원래 코드로").click()
    assert run_in_browser(panel).startswith("끝났습니다: 종료 코드 0"), (
        "the next run after a stop works"
    )
    assert "→ 2" in panel.locator(".browser-run__output").inner_text()
    assert not tab.outside


@needs_runtime
@pytest.mark.long
def test_the_stop_button_stops_a_run_at_once_and_the_next_run_works(tab, server):
    page = tab.open(server + GENERATORS)
    panel = open_editor(page, FIRST_GENERATOR)
    editor = panel.locator("textarea")
    original = editor.input_value()
    editor.fill("print('시작')\nwhile True:\n    pass\n")
    panel.locator("button", has_text="실행").first.click()
    panel.locator(".browser-run__output", has_text="시작").wait_for(timeout=60_000)
    panel.locator("button", has_text="멈추기").click()
    assert panel.locator(".browser-run__status").inner_text().startswith("멈췄습니다")
    editor.fill(original)
    assert run_in_browser(panel).startswith("끝났습니다: 종료 코드 0")


@needs_runtime
@pytest.mark.long
def test_later_runs_start_from_a_snapshot_of_a_fresh_interpreter_and_share_no_state(tab, server):
    page = tab.open(server + GENERATORS)
    panel = open_editor(page, FIRST_GENERATOR)
    panel.locator("textarea").fill(
        "import sys\nprint('앞 실행의 흔적:', hasattr(sys, 'left_over'))\nsys.left_over = True\n"
    )
    runs = []
    for _ in range(3):
        assert run_in_browser(panel).startswith("끝났습니다: 종료 코드 0")
        output = panel.locator(".browser-run__output").inner_text()
        runs.append((panel.get_attribute("data-interpreter"), output))
    assert [kind for kind, _ in runs] == ["fresh", "snapshot", "snapshot"], runs
    assert all("앞 실행의 흔적: False" in output for _, output in runs), runs


@needs_runtime
def test_edits_are_kept_in_the_browser_across_reloads_until_put_back(tab, server):
    page = tab.open(server + GENERATORS)
    panel = open_editor(page, FIRST_GENERATOR)
    editor = panel.locator("textarea")
    original = editor.input_value()
    editor.fill(original.replace("countdown(2)", "countdown(5)"))
    editor.dispatch_event("input")
    page.reload()
    kept = page.locator(FIRST_GENERATOR).locator(".browser-run__panel textarea")
    assert "countdown(5)" in kept.input_value(), "the edit is back, its editor open"
    assert "저장해 둔, 고친 코드" in page.locator(FIRST_GENERATOR).inner_text()
    assert not [url for url in tab.requested if "/assets/pyodide/" in url], "nothing loaded yet"
    page.locator(FIRST_GENERATOR).locator("button", has_text="원래 코드로").click()
    page.reload()
    block = page.locator(FIRST_GENERATOR)
    assert block.locator(".browser-run button").is_visible(), "put back: the control, as at first"
    assert open_editor(page, FIRST_GENERATOR).locator("textarea").input_value() == original


@needs_runtime
def test_edits_are_kept_across_instant_navigation(tab, server):
    page = tab.open(server + GENERATORS)
    editor = open_editor(page, FIRST_GENERATOR).locator("textarea")
    editor.fill(editor.input_value().replace("countdown(2)", "countdown(7)"))
    editor.dispatch_event("input")
    page.evaluate("window.notReloaded = true")
    page.locator(".md-footer__link--next").click()  # Material's instant navigation, no reload
    page.wait_for_url("**/08-send/")
    page.locator(".md-footer__link--prev").click()
    page.wait_for_url("**/07-generators/")
    kept = page.locator(FIRST_GENERATOR).locator(".browser-run__panel textarea")
    kept.wait_for()
    assert page.evaluate("window.notReloaded === true"), "the page was reloaded, not navigated"
    assert "countdown(7)" in kept.input_value(), "the edit is back after navigating away and back"
    page.locator(FIRST_GENERATOR).locator("button", has_text="원래 코드로").click()


@needs_runtime
@pytest.mark.long
def test_browser_runs_work_after_instant_navigation(tab, server):
    page = tab.open(server + GENERATORS)
    page.evaluate("window.notReloaded = true")
    page.locator(".md-footer__link--next").click()  # Material's instant navigation, no reload
    page.wait_for_url("**/08-send/")
    page.wait_for_selector(".browser-run")
    assert page.evaluate("window.notReloaded === true"), "the page was reloaded, not navigated"
    panel = open_editor(page, '.snippet[data-snippet="snippets/generator_send/send_basics.py"]')
    assert run_in_browser(panel).startswith("끝났습니다: 종료 코드 0")
    assert "받은 값: '가'" in panel.locator(".browser-run__output").inner_text()


@needs_runtime
@pytest.mark.long
def test_only_pages_with_a_control_load_its_script_and_it_starts_after_instant_navigation(
    tab, server
):
    """Chapter 5 has no control: no script. Navigating on to chapter 6 (which has one) without a
    reload, Material runs the page's script, and the control works."""
    page = tab.open(server + "/course/05-multiprocessing/")
    assert not page.locator(".browser-run").count()
    assert not [url for url in tab.requested if "browser-run" in url], tab.requested
    page.evaluate("window.notReloaded = true")
    page.locator(".md-footer__link--next").click()
    page.wait_for_url("**/06-shared-state/")
    help_link = page.locator(".browser-run__hint a", has_text="브라우저에서 되는 것과 안 되는 것")
    assert help_link.get_attribute("href").endswith(
        "beyond/faq/#browser-runs"
    )  # made absolute by Material
    panel = open_editor(page, '.snippet[data-snippet="snippets/shared_state/bytecode.py"]')
    assert page.evaluate("window.notReloaded === true"), "the page was reloaded, not navigated"
    assert run_in_browser(panel).startswith("끝났습니다: 종료 코드 0")


BREAKFAST = "snippets/asyncio_basics/exercise_breakfast.py"


def check_in_browser(panel, timeout: float = 60_000) -> tuple[bool, str]:
    """Press 확인 and wait for its verdict: (every claim held, the verdict's text)."""
    panel.locator("button", has_text="확인").click()
    verdict = panel.locator(".browser-run__check[data-passed]")
    verdict.wait_for(timeout=timeout)
    return verdict.get_attribute("data-passed") == "true", verdict.inner_text()


@needs_runtime
@pytest.mark.long
def test_an_exercise_is_checked_in_the_page_a_wrong_answer_named_a_right_one_passed(tab, server):
    page = tab.open(server + LESSON)
    starter = page.locator(f'.snippet--starter[data-snippet="{BREAKFAST}"]')
    assert "표준 출력에 이 문구가 있습니다: 판정: 겹쳐서 기다렸습니다" in starter.inner_text()
    panel = open_editor(page, f'.snippet--starter[data-snippet="{BREAKFAST}"]')
    editor = panel.locator("textarea")
    assert "async with asyncio.TaskGroup()" not in editor.input_value(), "the solution is left out"
    passed, verdict = check_in_browser(panel)
    assert not passed, verdict
    assert "✗ 표준 출력에 이 문구가 있습니다: 판정: 겹쳐서 기다렸습니다" in verdict, verdict
    assert "✓ 종료 코드가 0입니다" in verdict, "the claims that held are said too"
    solution = page.locator(f'.snippet:not(.snippet--starter)[data-snippet="{BREAKFAST}"]')
    editor.fill(solution.locator(".snippet-source").get_attribute("data-copy"))
    passed, verdict = check_in_browser(panel)
    assert passed, verdict
    assert "모든 조건을 만족했습니다" in verdict
    assert not tab.outside, f"requests leaving 127.0.0.1: {tab.outside}"


@needs_runtime
@pytest.mark.long
def test_a_timeline_is_drawn_from_the_readers_run_below_the_builds(tab, server):
    page = tab.open(server + LESSON)
    block = '.snippet[data-snippet="snippets/asyncio_basics/timeline_await_vs_task.py"]'
    panel = open_editor(page, block)
    editor = panel.locator("textarea")
    # The reader's own run: shorter waits, so the chart differs from the build's.
    editor.fill(
        editor.input_value().replace("sleep(3)", "sleep(1.5)").replace("sleep(2)", "sleep(1)")
    )
    assert run_in_browser(panel).startswith("끝났습니다: 종료 코드 0")
    drawn = panel.locator(".browser-run__figure")
    assert drawn.count() == 1
    assert drawn.locator("figcaption").inner_text().startswith("내 실행(브라우저)에서 그린 그림")
    assert "create_task" in drawn.locator("img").get_attribute("alt")
    assert drawn.locator("img").evaluate("img => img.complete && img.naturalWidth > 0")
    positions = page.evaluate(
        """selector => [...document.querySelector(selector).querySelectorAll(".snippet-figure")]
            .map(figure => figure.getBoundingClientRect().top)""",
        block,
    )
    assert len(positions) == 2 and positions[0] < positions[1], (
        "the build's chart, then the reader's"
    )
    assert not tab.outside


@needs_runtime
def test_the_pyodide_licence_notice_ships_with_its_files(tab, server):
    page = tab.open(server + "/")
    notice = page.request.get(server + "/assets/pyodide/LICENSE.txt")
    assert notice.ok and "Mozilla Public License, v. 2.0" in notice.text()
