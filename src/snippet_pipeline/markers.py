"""The `# snippet:` marker lines with which a snippet declares how it must end.

    # snippet: expect-exit=2              the exit code it must end with (default 0)
    # snippet: expect-error=NameError     it must end with this exception (exit code 1)
    # snippet: expect-stderr=was never awaited   stderr is allowed and must contain this text
    # snippet: expect-output=판정: 겹쳤습니다    stdout must contain this text (repeatable)
    # snippet: cpu-timing                 it times CPU work: run it alone, on a quiet machine
    # snippet: timing                     it times waiting that includes CPU work: few runs beside it
    # snippet: timeout=120                seconds before it is killed (default: the plugin's timeout)
    # snippet: min-cores=2                its expect-output claims need this many CPUs
    # snippet: min-python=3.14            run it on an interpreter at least this new
    # snippet: python=3.11 3.12 3.13      run it on each of these versions (one output per version)
    # snippet: browser                    it can also run in the reader's browser (Pyodide)

An exercise's starting version is written in its solution's file with `starter=`, `solution-start`
and `solution-end`, or is a file of its own that names its solution with `solution=` (`exercise.py`).

Whether a snippet's claims depend on time is the snippet's `time_claims` (`snippet.py`): declared by
`cpu-timing` or `timing`, or seen in its source, which reads a clock.

Marker lines are hidden on the page, like the display markers of `display.py` (`highlight`,
`highlight-start`, `highlight-end`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

MARKER = re.compile(r"^\s*# snippet: (?P<key>[a-z-]+)(?:=(?P<value>.*?))?\s*$")
DISPLAY_KEYS = {"highlight", "highlight-start", "highlight-end"}
EXERCISE_KEYS = {"starter", "solution-start", "solution-end", "solution"}  # read by exercise.py

Version = tuple[int, int]


class MarkerError(ValueError):
    """A `# snippet:` line the pipeline does not understand; the message names file:line."""


def _version(text: str) -> Version:
    match = re.fullmatch(r"3\.(\d{1,2})", text.strip())
    if not match:
        raise ValueError
    return (3, int(match[1]))


def _versions(text: str) -> tuple[Version, ...]:
    versions = tuple(sorted({_version(part) for part in text.replace(",", " ").split()}))
    if not versions:
        raise ValueError
    return versions


def _positive(convert: Callable[[str], float]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        value = convert(text)
        if value <= 0:
            raise ValueError
        return value

    return parse


# key: (field, how the value is read, what a valid marker looks like). `None` reads no value.
_SPEC: dict[str, tuple[str, Callable[[str], object] | None, str]] = {
    "expect-exit": ("exit_code", int, "an exit code, e.g. '# snippet: expect-exit=2'"),
    "expect-error": ("error", str, "an exception name, e.g. '# snippet: expect-error=NameError'"),
    "expect-stderr": ("stderr", str, "text stderr must contain"),
    "expect-output": ("output", str, "text stdout must contain"),
    "cpu-timing": ("cpu_timing", None, "no value: '# snippet: cpu-timing'"),
    "timing": ("timing", None, "no value: '# snippet: timing'"),
    "timeout": ("timeout", _positive(float), "seconds, e.g. '# snippet: timeout=120'"),
    "min-cores": ("min_cores", _positive(int), "a number of CPUs, e.g. '# snippet: min-cores=2'"),
    "min-python": ("min_python", _version, "a version, e.g. '# snippet: min-python=3.12'"),
    "python": ("pythons", _versions, "versions, e.g. '# snippet: python=3.11 3.12 3.13'"),
    "browser": ("browser", None, "no value: '# snippet: browser'"),
}
_REPEATABLE = {"stderr", "output"}


@dataclasses.dataclass(frozen=True)
class Expectations:
    """What a snippet declares about how it runs and ends."""

    exit_code: int = 0
    error: str | None = None
    stderr: tuple[str, ...] = ()
    output: tuple[str, ...] = ()
    cpu_timing: bool = False
    timing: bool = False
    timeout: float | None = None  # None: the plugin's default timeout
    min_cores: int = 1
    min_python: Version | None = None
    pythons: tuple[Version, ...] = ()  # empty: the build's own interpreter (or min_python's)
    browser: bool = False

    @classmethod
    def parse(cls, source: str, name: str = "<snippet>") -> Expectations:
        fields: dict[str, object] = {"stderr": [], "output": []}
        for number, line in enumerate(source.splitlines(), 1):
            match = MARKER.match(line)
            if not match or match["key"] in DISPLAY_KEYS | EXERCISE_KEYS:
                continue
            key, value = match["key"], match["value"]
            where = f"{name}:{number}"
            if key not in _SPEC:
                known = ", ".join(sorted([*_SPEC, *DISPLAY_KEYS, *EXERCISE_KEYS]))
                raise MarkerError(f"{where}: unknown marker '# snippet: {key}' (known: {known})")
            field, convert, expected = _SPEC[key]
            if convert is None:
                if value is not None:
                    raise MarkerError(f"{where}: '# snippet: {key}' takes {expected}")
                fields[field] = True
                continue
            try:
                if not value:
                    raise ValueError
                parsed = convert(value)
            except ValueError:
                raise MarkerError(f"{where}: '# snippet: {key}' needs {expected}") from None
            if field in _REPEATABLE:
                fields[field].append(parsed)  # type: ignore[union-attr]
            else:
                fields[field] = parsed
        if fields.get("error") and "exit_code" not in fields:
            fields["exit_code"] = 1
        if fields.get("min_python") and fields.get("pythons"):
            raise MarkerError(f"{name}: use either '# snippet: min-python' or '# snippet: python'")
        fields["stderr"] = tuple(fields["stderr"])  # type: ignore[arg-type]
        fields["output"] = tuple(fields["output"])  # type: ignore[arg-type]
        return cls(**fields)  # type: ignore[arg-type]
