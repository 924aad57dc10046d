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

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="no Chromium: install Debian's (apt-get install chromium); Playwright's own download is not used",
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
            ],
        )
        yield browser
        browser.close()


class Watched:
    """A browser tab that records console errors, failed requests and requests leaving 127.0.0.1."""

    def __init__(self, browser, color_scheme: str = "light"):
        self.context = browser.new_context(
            color_scheme=color_scheme, viewport={"width": 1280, "height": 900}, locale="ko-KR"
        )
        self.context.grant_permissions(["clipboard-read", "clipboard-write"])
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.outside: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("requestfailed", lambda r: self.failed.append(f"{r.url} {r.failure}"))
        self.page.route("**/*", self._only_local)

    def _only_local(self, route):
        if urlsplit(route.request.url).hostname == "127.0.0.1" or route.request.url.startswith(
            "data:"
        ):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def open(self, url: str):
        self.page.goto(url, wait_until="networkidle")
        return self.page


@pytest.fixture
def tab(browser):
    watched = Watched(browser)
    yield watched
    watched.context.close()


@pytest.mark.parametrize("path", page_urls())
def test_page_loads_cleanly_and_only_from_127_0_0_1(tab, server, path):
    page = tab.open(server + path)
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


def test_code_copy_button_copies_the_snippet_source(tab, server):
    page = tab.open(server + LESSON)
    block = page.locator(".tabbed-set").first.locator(".highlight").first
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "asyncio" in copied or "time.sleep" in copied
    assert copied.strip() == block.locator("code").inner_text().strip()


def test_content_tabs_switch_between_source_and_output(tab, server):
    page = tab.open(server + LESSON)
    tabs = page.locator(".tabbed-set").first
    output = tabs.locator(".snippet-output")
    assert not output.is_visible()
    tabs.locator("label", has_text="결과").click()
    assert output.is_visible()
    assert "판정" in output.inner_text()
    tabs.locator("label", has_text="소스").click()
    assert not output.is_visible()


def test_light_dark_toggle(tab, server):
    page = tab.open(server + LESSON)

    def scheme() -> str:
        return page.evaluate("document.body.getAttribute('data-md-color-scheme')")

    seen = {scheme()}
    for _ in range(3):
        page.locator("form[data-md-component=palette] label:visible").first.click()
        seen.add(scheme())
    assert {"default", "slate"} <= seen


SEARCHES = {
    "스레드": ["course/03-threads/"],
    "코루틴": ["course/09-send/", "course/10-async-await/", "course/11-asyncio/"],
    "이벤트 루프": ["course/10-async-await/", "course/11-asyncio/"],
    "경쟁 조건": ["course/06-shared-state/"],
    "GIL": ["course/02-gil/"],
    "create_task": ["course/11-asyncio/"],
    "ProcessPoolExecutor": ["course/05-multiprocessing/"],
    "TaskGroup": ["course/11-asyncio/", "beyond/01-timeouts/"],
}


def search(page, query: str) -> list[str]:
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press(
        "End"
    )  # filling alone does not trigger Material's search for Hangul; a key press does
    results = page.locator(".md-search-result__item > .md-search-result__link")
    results.first.wait_for(timeout=10_000)
    hrefs = results.evaluate_all("links => links.map(a => a.href)")
    return list(dict.fromkeys(urlsplit(href).path for href in hrefs))  # without ?h=... and #anchor


@pytest.mark.parametrize("query", SEARCHES)
def test_search_finds_the_page_that_teaches_it(tab, server, query):
    page = tab.open(server + "/")
    found = search(page, query)[:5]
    assert any(href.endswith(expected) for href in found for expected in SEARCHES[query]), (
        f"{query!r}: first results {found}"
    )


NOTEBOOK = "/beyond/06-jupyter/"


def test_notebook_page_shows_executed_output_and_downloads(tab, server):
    page = tab.open(server + NOTEBOOK)
    assert "cannot be called from a running event loop" in page.content()
    link = page.locator("a", has_text="노트북 내려받기")
    response = page.request.get(link.evaluate("a => a.href"))
    assert response.ok
    assert "cells" in response.json()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("name", "path"), [("home", "/"), ("lesson", LESSON)])
def test_screenshots(browser, server, scheme, name, path):
    watched = Watched(browser, color_scheme=scheme)
    page = watched.open(server + path)
    # The palette's first choice follows the system setting, which the context emulates.
    expected = {"light": "default", "dark": "slate"}[scheme]
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"{name}-{scheme}.png", full_page=False)
    watched.context.close()
    assert (ARTIFACTS / f"{name}-{scheme}.png").stat().st_size > 10_000
