"""How much of the code a reader sees is checking code? Per page, the lines the pages show.

    python tests/benchmark_checking_code.py [--root DIR]

For every page of docs/course/ and docs/beyond/ (or those of --root, e.g. an older checkout made
with `git worktree add`), counts the code lines its `snippet` fences show (markers hidden, as the
page shows them; an exercise's starting version as well) and how many of them are the dimmed
checking part (`# --- 결과 확인`), and prints the share per page and in all. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from snippet_pipeline.display import DisplayedSource

FENCE = re.compile(r"^(\s*)```snippet( starter)?\n\1(\S+)\n", re.M)


def shown(root: Path, name: str, starter: bool) -> DisplayedSource:
    path = root / "snippets" / name
    source = path.read_text(encoding="utf-8")
    if starter:
        from snippet_pipeline.exercise import starter_source

        source = starter_source(source, name)
    return DisplayedSource.of(source, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    root = parser.parse_args().root
    total_shown = total_dimmed = 0
    for folder in ("course", "beyond"):
        for page in sorted((root / "docs" / folder).glob("*.md")):
            lines = dimmed = 0
            for _indent, starter, name in FENCE.findall(page.read_text(encoding="utf-8")):
                display = shown(root, name, bool(starter))
                lines += len(display.lines)
                dimmed += len(display.self_check)
            if lines:
                print(
                    f"{folder}/{page.name:28} {lines:5} lines shown, {dimmed:4} dimmed ({dimmed / lines:4.0%})"
                )
            total_shown += lines
            total_dimmed += dimmed
    print(
        f"all pages: {total_shown} lines shown, {total_dimmed} dimmed ({total_dimmed / total_shown:.0%})"
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
