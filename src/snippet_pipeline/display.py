"""The source of a snippet as the page shows it.

Marker lines (`# snippet: ...`) are hidden. Two of them mark the lines that teach, which the page
highlights:

    # snippet: highlight          the next line
    # snippet: highlight-start    the lines up to `# snippet: highlight-end`

The self-check part, where a snippet measures and prints its verdict, begins with a visible comment
line `# --- 결과 확인 ...` and lasts until the end of that block (the first non-blank line indented
less than the comment) or the end of the file; the page folds it under that comment line, which
stays in view (`render.source_block`). A line that teaches is never in it: a highlight there is an
error. Tracebacks printed by the program
count lines of the file, so they are renumbered to the lines the page shows.
"""

from __future__ import annotations

import dataclasses
import re

from .markers import MARKER, MarkerError

SELF_CHECK = re.compile(r"^(?P<indent>[ \t]*)# --- 결과 확인")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


@dataclasses.dataclass(frozen=True)
class DisplayedSource:
    name: str  # the snippet's path as tracebacks name it: snippets/<chapter>/<name>.py
    lines: tuple[tuple[int, str], ...]  # (line number in the file, text) of each shown line
    highlighted: tuple[int, ...]  # shown lines (1-based) that teach
    self_check: tuple[int, ...]  # shown lines (1-based) of the self-check part

    @classmethod
    def of(cls, source: str, name: str) -> DisplayedSource:
        shown: list[tuple[int, str]] = []
        highlighted: list[int] = []
        pending_next, block_start = False, None
        for number, line in enumerate(source.splitlines(), 1):
            match = MARKER.match(line)
            if not match:
                if not shown and not line.strip():
                    continue  # blank lines left at the top by hidden markers
                shown.append((number, line))
                if pending_next or block_start is not None:
                    highlighted.append(len(shown))
                pending_next = False
                continue
            key = match["key"]
            if key == "highlight":
                pending_next = True
            elif key == "highlight-start":
                if block_start is not None:
                    raise MarkerError(f"{name}:{number}: highlight-start inside another one")
                block_start = number
            elif key == "highlight-end":
                if block_start is None:
                    raise MarkerError(f"{name}:{number}: highlight-end without highlight-start")
                block_start = None
        if block_start is not None:
            raise MarkerError(f"{name}:{block_start}: highlight-start without highlight-end")
        if pending_next:
            raise MarkerError(f"{name}: '# snippet: highlight' on the last line highlights nothing")
        self_check = cls._self_check([t for _, t in shown])
        hidden = sorted(set(highlighted) & set(self_check))
        if hidden:
            line = shown[hidden[0] - 1][0]
            raise MarkerError(
                f"{name}:{line}: a highlighted line inside the '# --- 결과 확인' part, which the page "
                "folds: move the line that teaches above that comment"
            )
        return cls(name, tuple(shown), tuple(highlighted), self_check)

    @staticmethod
    def _self_check(texts: list[str]) -> tuple[int, ...]:
        """The self-check lines; blank lines after a part's last line stay outside it (the page
        keeps them in view, between the fold and the code that follows)."""
        found: list[int] = []
        indent = None
        for page_line, text in enumerate(texts, 1):
            match = SELF_CHECK.match(text)
            if match:
                indent = len(match["indent"])
            elif indent is not None and text.strip() and _indent(text) < indent:
                indent = None
            if indent is not None:
                found.append(page_line)
        part, trailing = set(found), set()
        for line in reversed(found):  # blank, and nothing of the part after it
            if not texts[line - 1].strip() and (line + 1 not in part or line + 1 in trailing):
                trailing.add(line)
        return tuple(line for line in found if line not in trailing)

    @property
    def check_parts(self) -> list[tuple[int, int]]:
        """Each self-check part as (its comment line, the number of lines folded under it)."""
        parts: list[list[int]] = []
        for page_line in self.self_check:
            if SELF_CHECK.match(self.lines[page_line - 1][1]):
                parts.append([page_line, 0])
            else:
                parts[-1][1] += 1
        return [(head, folded) for head, folded in parts]

    @property
    def text(self) -> str:
        """What the copy button copies: the shown lines, ending with a newline."""
        return "\n".join(text for _, text in self.lines) + "\n"

    def renumber(self, output: str) -> str:
        """Point line numbers in tracebacks and warnings at the lines the page shows."""
        to_page = {file_line: page_line for page_line, (file_line, _) in enumerate(self.lines, 1)}
        if all(file_line == page_line for file_line, page_line in to_page.items()):
            return output
        name = re.escape(self.name)

        def fix(match: re.Match) -> str:
            return f"{match[1]}{to_page.get(int(match[2]), match[2])}"

        output = re.sub(rf'(File "{name}", line )(\d+)', fix, output)
        return re.sub(rf"({name}:)(\d+)", fix, output)
