"""Chapter numbers are consistent: course pages are "N장" in their title and in the nav, and text that
says "N장" means an existing chapter, linking to that very page when it links."""

from __future__ import annotations

import re

import pytest
import yaml

from support.paths import ROOT

COURSE = sorted((ROOT / "docs" / "course").glob("[0-9][0-9]-*.md"))
PAGES = sorted((ROOT / "docs").rglob("*.md"))


def nav_titles() -> dict[str, str]:
    """docs-relative path -> its title in mkdocs.yml's nav."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = yaml.safe_load(text[text.index("\nnav:") : text.index("\nexclude_docs:")])["nav"]
    found: dict[str, str] = {}

    def walk(items):
        for item in items:
            if isinstance(item, dict):
                for title, value in item.items():
                    if isinstance(value, str):
                        found[value] = title
                    else:
                        walk(value)

    walk(nav)
    return found


@pytest.mark.parametrize("page", COURSE, ids=lambda p: p.name)
def test_a_course_page_carries_its_number_in_title_and_nav(page):
    number = int(page.name[:2])
    title = page.read_text(encoding="utf-8").splitlines()[0]
    assert title.startswith(f"# {number}장. "), title
    nav = nav_titles()[f"course/{page.name}"]
    assert nav == re.sub(r"\s*\{ #[\w-]+ \}$", "", title[2:]), (
        f"nav says {nav!r}, the page {title!r}"
    )


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT / "docs")))
def test_chapter_references_name_existing_chapters_and_link_to_them(page):
    text = page.read_text(encoding="utf-8")
    # "N장" is a chapter; "표 5장" counts tickets.
    chapters = re.finditer(r"(?<!표 )(?<!\d)(\d+)장", text)
    wrong = [m[0] for m in chapters if not 1 <= int(m[1]) <= len(COURSE)]
    wrong += [
        m[0]
        for m in re.finditer(r"\[(\d+)장[^\]]*\]\((?:\.\./course/)?(\d\d)-[\w-]+\.md", text)
        if int(m[1]) != int(m[2])
    ]
    wrong += re.findall(r"\[(?:다음|앞|이전) (?:장|페이지)\]", text)  # name the page instead
    assert not wrong, f"{page.name}: {wrong}"
