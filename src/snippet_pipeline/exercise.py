"""An exercise's starting version, written in the file of its solution.

    async def main() -> list[str]:
        # snippet: starter=# 세 일을 함께 기다리도록 고치세요.
        # snippet: starter=return [await prepare(name, seconds) for name, seconds in JOBS.items()]
        # snippet: solution-start
        async with asyncio.TaskGroup() as group:
            ...
        # snippet: solution-end

The solution is the file as it is (marker lines are hidden, so the `starter=` lines do not show).
The starting version leaves out the lines from `solution-start` to `solution-end` and has each
`starter=` line in its place: its text, indented as the marker line, highlighted on the page (the
lines the reader changes). Everything else, the `# snippet:` claims and the checking code, is the
solution's: the reader's version is checked against exactly what the build checks for the solution.
The page shows the starting version with the fence's `starter` option (```` ```snippet starter ````).

When the starting version's own output is part of the problem ("this program takes 2 s: why?"), it
is a snippet of its own, run at build time like any other, that names its solution in its folder:

    # snippet: solution=exercise_fixed.py

Its browser control then checks the reader's run against the solution's claims.
"""

from __future__ import annotations

from .markers import MARKER, MarkerError


def starter_source(source: str, name: str) -> str | None:
    """The starting version (its marker lines kept, its starter lines marked to be highlighted), or
    None if the file has no solution block."""
    lines: list[str] = []
    block_start, blocks, starters = None, 0, 0
    for number, line in enumerate(source.splitlines(), 1):
        match = MARKER.match(line)
        key = match["key"] if match else None
        if key == "solution-start":
            if block_start is not None:
                raise MarkerError(f"{name}:{number}: solution-start inside another one")
            block_start, blocks = number, blocks + 1
        elif key == "solution-end":
            if block_start is None:
                raise MarkerError(f"{name}:{number}: solution-end without solution-start")
            block_start = None
        elif key == "starter":
            if block_start is not None:
                raise MarkerError(f"{name}:{number}: a starter line inside the solution block")
            indent = line[: len(line) - len(line.lstrip())]
            lines += [f"{indent}# snippet: highlight", f"{indent}{match['value'] or ''}".rstrip()]
            starters += 1
        elif block_start is None:
            lines.append(line)
    if block_start is not None:
        raise MarkerError(f"{name}:{block_start}: solution-start without solution-end")
    if starters and not blocks:
        raise MarkerError(f"{name}: starter lines but no solution-start/solution-end block")
    return "\n".join(lines) + "\n" if blocks else None


def solution_file(source: str, name: str) -> str | None:
    """The file name a starting version of its own names as its solution (`solution=`), or None."""
    found = None
    for number, line in enumerate(source.splitlines(), 1):
        match = MARKER.match(line)
        if match and match["key"] == "solution":
            value = (match["value"] or "").strip()
            if not value.endswith(".py") or "/" in value:
                raise MarkerError(
                    f"{name}:{number}: '# snippet: solution' needs a file of its folder, e.g. exercise_fixed.py"
                )
            found = value
    return found
