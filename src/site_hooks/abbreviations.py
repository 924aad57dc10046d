"""MkDocs hook: abbreviation tooltips (docs/includes/abbreviations.md) once per page, where they help.

Python-Markdown's `abbr` marks every occurrence. A reader needs the tooltip on the first use in a
page, not in headings, and never inside code or program output (shown exactly as printed).
"""

from __future__ import annotations

import re

ABBR = re.compile(r"<abbr\b[^>]*>(.*?)</abbr>", re.S)
# Parts of a page that never carry a tooltip: headings, code and program output.
PLAIN = re.compile(r"<(h[1-6]|pre|code)\b.*?</\1>", re.S)


def on_page_content(html: str, page, config, files) -> str:
    seen: set[str] = set()

    def first_use_only(match: re.Match) -> str:
        term = match[1]
        if term in seen:
            return term
        seen.add(term)
        return match[0]

    parts, position = [], 0
    for plain in PLAIN.finditer(html):
        parts.append(ABBR.sub(first_use_only, html[position : plain.start()]))
        parts.append(ABBR.sub(r"\1", plain[0]))
        position = plain.end()
    parts.append(ABBR.sub(first_use_only, html[position:]))
    return "".join(parts)
