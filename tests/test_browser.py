"""The built site in a real browser (Debian's Chromium driven by Playwright), served on 127.0.0.1.

Every page loads with no console error, no failed request and no request leaving 127.0.0.1; code
copy, content tabs, the light/dark toggle, search and the notebook download work. Screenshots of the
home page and a lesson page (light and dark) are saved to tests/artifacts/.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from snippet_runner import ROOT

# Debian's old headless shell (package chromium-headless-shell) loads a page with half the CPU time
# of the full browser's headless mode; either is a real Chromium of the same version.
CHROMIUM = (
    shutil.which("chromium-headless-shell") or shutil.which("chromium") or "/usr/bin/chromium"
)
ARTIFACTS = ROOT / "tests" / "artifacts"
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


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server(site):
    handler = functools.partial(_QuietHandler, directory=str(site[0]))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def browser():
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--no-first-run",
                # Nothing leaves the machine: any other host fails to resolve (and is reported).
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            ],
        )
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
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("request", lambda r: None if _is_local(r.url) else self.outside.append(r.url))
        self.page.on(
            "requestfailed",
            lambda r: self.failed.append(f"{r.url} {r.failure}") if _is_local(r.url) else None,
        )

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


@pytest.fixture
def tab(browser):
    watched = Watched(browser)
    yield watched
    watched.context.close()


@pytest.mark.parametrize("path", page_urls())
def test_page_loads_cleanly_and_only_from_127_0_0_1(tab, server, path):
    page = tab.open_with_search_index(server + path)
    assert page.title()
    assert not tab.outside, f"requests leaving 127.0.0.1: {tab.outside}"
    failed = [line for line in tab.failed if "favicon" not in line or "404" in path]
    assert not failed, f"failed requests: {failed}"
    assert not [e for e in tab.errors if "404" not in path], f"console errors: {tab.errors}"
    # Korean is drawn with the web font served by the site itself.
    assert page.evaluate("document.fonts.check('16px \"Pretendard Variable\"', '가')")


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


def test_code_copy_button_copies_the_snippet_source(lesson):
    block = lesson.locator(".tabbed-set").first.locator(".highlight").first
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = lesson.evaluate("navigator.clipboard.readText()")
    assert "asyncio" in copied or "time.sleep" in copied
    assert copied.strip() == block.locator("code").inner_text().strip()


def test_content_tabs_switch_between_source_and_output(lesson):
    tabs = lesson.locator(".tabbed-set").first
    output = tabs.locator(".snippet-output")
    assert not output.is_visible()
    tabs.locator("label", has_text="결과").click()
    assert output.is_visible()
    assert "판정" in output.inner_text()
    tabs.locator("label", has_text="소스").click()
    assert not output.is_visible()


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
    "코루틴": ["course/09-send/", "course/10-async-await/", "course/11-asyncio/"],
    "이벤트 루프": ["course/10-async-await/", "course/11-asyncio/"],
    "경쟁 조건": ["course/06-shared-state/"],
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


@pytest.mark.parametrize(("name", "path"), [("home", "/"), ("lesson", LESSON)])
def test_screenshots_follow_the_system_color_scheme(tab, server, name, path):
    page = tab.open(server + path)
    page.evaluate("document.fonts.ready.then(() => true)")  # the pictures show the web font
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    # The palette's first choice follows the system setting, which the page emulates.
    for scheme, expected in (("light", "default"), ("dark", "slate")):
        page.emulate_media(color_scheme=scheme)
        page.wait_for_function(
            f"document.body.getAttribute('data-md-color-scheme') === '{expected}'", timeout=5_000
        )
        picture = ARTIFACTS / f"{name}-{scheme}.png"
        page.screenshot(path=picture, full_page=False)
        assert picture.stat().st_size > 10_000
