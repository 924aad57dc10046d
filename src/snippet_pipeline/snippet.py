"""One program of `snippets/`: its source, what it declares, what it imports, how it must run.

What it reads from its files is read once per object; a `Project` hands out one object per file,
and a new `Project` per build, so an edited file is read again on the next build.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sys
from pathlib import Path

from .display import DisplayedSource
from .exercise import solution_file, starter_source
from .imports import local_modules, third_party_names
from .interpreters import Interpreter
from .markers import Expectations, MarkerError

PROCESS_WORDS = ("multiprocessing", "ProcessPoolExecutor", "InterpreterPoolExecutor")
START_METHODS = ("fork", "spawn", "forkserver")
# A program that reads one of these clocks (or draws a timeline) can print what depends on time.
CLOCK = re.compile(
    r"\b(perf_counter|monotonic|process_time|thread_time|time\.time)(_ns)?\(|^\s*from timeline import",
    re.MULTILINE,
)


@dataclasses.dataclass(frozen=True, eq=False)
class Snippet:
    path: Path
    root: Path

    @property
    def name(self) -> str:
        """The path a reader types: `snippets/<chapter>/<name>.py`."""
        return self.path.relative_to(self.root).as_posix()

    @functools.cached_property
    def source(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @functools.cached_property
    def expectations(self) -> Expectations:
        return Expectations.parse(self.source, self.name)

    @functools.cached_property
    def display(self) -> DisplayedSource:
        return DisplayedSource.of(self.source, self.name)

    @functools.cached_property
    def starter(self) -> DisplayedSource | None:
        """An exercise's starting version as the page shows it, if its file has one (`exercise.py`)."""
        source = starter_source(self.source, self.name)
        return DisplayedSource.of(source, self.name) if source is not None else None

    @functools.cached_property
    def solution(self) -> Snippet | None:
        """The solution a starting version of its own names (`# snippet: solution=`), if any."""
        name = solution_file(self.source, self.name)
        if name is None:
            return None
        path = self.path.with_name(name)
        if not path.is_file():
            raise MarkerError(
                f"{self.name}: its solution {name} is not in {self.path.parent.name}/"
            )
        return Snippet(path, self.root)

    @functools.cached_property
    def local_modules(self) -> list[Path]:
        """Modules of the project it imports: of its own folder, and the helpers at the top of
        snippets/ (installed with the project, e.g. `timeline`)."""
        return local_modules(self.path, (self.path.parent, self.root / "snippets"))

    @functools.cached_property
    def module_sources(self) -> list[str]:
        return [module.read_text(encoding="utf-8") for module in self.local_modules]

    @functools.cached_property
    def third_party(self) -> set[str]:
        """Top-level names of installed third-party packages it (or its local modules) imports."""
        local = {module.stem for module in self.local_modules} | {self.path.stem}
        return third_party_names([self.source, *self.module_sources], local)

    @functools.cached_property
    def uses_processes(self) -> bool:
        texts = [self.source, *self.module_sources]
        return any(word in text for text in texts for word in PROCESS_WORDS)

    @functools.cached_property
    def time_claims(self) -> bool:
        """Whether what it prints, and so its claims, can depend on how fast the machine is: it says
        so (`cpu-timing`, `timing`) or reads a clock. A failed claim of such a snippet is confirmed
        by a run alone before it counts (`runner.py`)."""
        expected = self.expectations
        if expected.cpu_timing or expected.timing:
            return True
        return any(CLOCK.search(text) for text in [self.source, *self.module_sources])

    def start_methods(self, interpreter: Interpreter) -> tuple[str | None, ...]:
        """The start methods worth running it under: for process code all three, else just the default.

        `None` is the interpreter's own default (fork on Linux up to 3.13, forkserver from 3.14),
        run without forcing anything, exactly as the site build runs it; the others are forced.
        """
        if not self.uses_processes or sys.platform == "win32":
            return (None,)
        return (None, *(method for method in START_METHODS if method != interpreter.start_method))
