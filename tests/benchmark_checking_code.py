"""How much of the code a reader sees is checking code? Per page, the lines the pages show.

    python tests/benchmark_checking_code.py [--root DIR]

For every page of docs/course/ and docs/beyond/ (or those of --root, e.g. an older checkout made
with `git worktree add`), counts the code lines its `snippet` fences show (markers hidden, as the
page shows them; an exercise's starting version as well), how many of them are the checking part
(`# --- 결과 확인` on), and how many of those a reader sees before unfolding anything (the pages
fold each checking part under its comment line; a checkout older than that, whose pages dimmed
it, shows all of them). Prints the shares per page and in all. A measurement, not a test.
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


def summary(counts: list[int]) -> str:
    lines, checking, in_view, heads = counts
    return (
        f"{lines:5} lines, {checking:4} checking ({checking / lines:4.0%}); "
        f"in view at first {in_view:5}, checking {heads:4} ({heads / in_view:4.0%})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    root = parser.parse_args().root
    folds = hasattr(DisplayedSource, "check_parts")
    totals = [0, 0, 0, 0]  # lines, checking lines, lines in view at first, checking lines in view
    for folder in ("course", "beyond"):
        for page in sorted((root / "docs" / folder).glob("*.md")):
            counts = [0, 0, 0, 0]
            for _indent, starter, name in FENCE.findall(page.read_text(encoding="utf-8")):
                display = shown(root, name, bool(starter))
                checking = len(display.self_check)
                heads = len(display.check_parts) if folds else checking
                in_view = len(display.lines) - checking + heads
                for i, value in enumerate((len(display.lines), checking, in_view, heads)):
                    counts[i] += value
            if counts[0]:
                print(f"{folder}/{page.name:28} {summary(counts)}")
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
    print(f"all pages: {summary(totals)}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
