"""No broken internal link or anchor anywhere in the built site."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for key in ("id", "name"):
            if attributes.get(key):
                self.ids.add(attributes[key])
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])


def parse(file: Path) -> _Page:
    page = _Page()
    page.feed(file.read_text(encoding="utf-8"))
    return page


def target_file(site: Path, source: Path, href: str) -> Path:
    path = unquote(urlsplit(href).path)
    if path.startswith("/"):  # root-relative (the 404 page's links: it is served at any depth)
        target = (site / path.lstrip("/")).resolve()
    else:
        target = (source.parent / path).resolve() if path else source
    if target.is_dir():
        target = target / "index.html"
    return target


def broken_links(site: Path) -> list[str]:
    pages = {file.resolve(): parse(file) for file in site.rglob("*.html")}
    broken = []
    for source, page in pages.items():
        for href in page.links:
            if urlsplit(href).scheme or href.startswith(("//", "mailto:")):
                continue  # external: the browser tests make sure pages load nothing from outside
            url, anchor = urldefrag(href)
            target = target_file(site.resolve(), source, url)
            where = f"{source.relative_to(site.resolve())}: {href}"
            if not target.exists():
                broken.append(f"{where} (no such file)")
            elif anchor and target in pages and unquote(anchor) not in pages[target].ids:
                broken.append(f"{where} (no such anchor)")
    return broken


def test_no_broken_internal_link_or_anchor(site):
    assert not broken_links(site[0]), "\n".join(broken_links(site[0]))


def test_the_checker_finds_broken_links(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text(
        '<h2 id="here">x</h2><a href="#here">ok</a><a href="a/">ok</a>'
        '<a href="#gone">bad anchor</a><a href="missing/">bad file</a><a href="a/#nope">bad</a>',
        encoding="utf-8",
    )
    (tmp_path / "a" / "index.html").write_text(
        '<a href="../#here">ok</a><a href="/a/">ok</a><a href="/b/">bad</a>', encoding="utf-8"
    )
    assert sorted(broken_links(tmp_path)) == [
        "a/index.html: /b/ (no such file)",
        "index.html: #gone (no such anchor)",
        "index.html: a/#nope (no such anchor)",
        "index.html: missing/ (no such file)",
    ]
