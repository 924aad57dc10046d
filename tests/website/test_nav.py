"""The section index pages list their section: adding a lesson is one page, its snippets and one
line of `nav:` in mkdocs.yml, and this test names the index entry that is missing."""

from __future__ import annotations

import posixpath
import re

import pytest
from mkdocs.config import load_config

from support.paths import ROOT

LINK = re.compile(r"\]\(([^)#\s]+\.(?:md|ipynb))(?:#[^)]*)?\)")


def pages_of(entry) -> list[str]:
    """Every page file under a nav entry, in nav order."""
    if isinstance(entry, str):
        return [entry]
    if isinstance(entry, dict):
        return [page for value in entry.values() for page in pages_of(value)]
    return [page for item in entry for page in pages_of(item)]


def sections() -> list[tuple[str, list[str]]]:
    """(index page, the other pages of its section) for each top-level nav section with an index."""
    nav = load_config(str(ROOT / "mkdocs.yml")).nav
    found = []
    for entry in nav:
        if isinstance(entry, dict):
            pages = pages_of(entry)
            index = next((page for page in pages if page.endswith("/index.md")), None)
            if index:
                found.append((index, [page for page in pages if page != index]))
    return found


SECTIONS = sections()


def test_the_nav_has_sections_with_index_pages():
    assert {index for index, _ in SECTIONS} >= {"course/index.md", "beyond/index.md"}


@pytest.mark.parametrize(("index", "pages"), SECTIONS, ids=[index for index, _ in SECTIONS])
def test_each_section_index_links_every_page_of_its_section_in_nav_order(index, pages):
    text = (ROOT / "docs" / index).read_text(encoding="utf-8")
    folder = posixpath.dirname(index)
    linked = [posixpath.normpath(posixpath.join(folder, link)) for link in LINK.findall(text)]
    missing = [page for page in pages if page not in linked]
    assert not missing, f"docs/{index} does not link {missing}: add a line for each"
    first_links = [page for page in dict.fromkeys(linked) if page in pages]
    assert first_links == pages, f"docs/{index} lists its pages in another order than nav:"
