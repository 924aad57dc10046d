"""The step before any page renders: run (or load) every snippet the pages show, once.

It needs no site generator: give it the snippet names the pages show, and it returns what each
fence must render and which snippets did not end as declared. The MkDocs plugin calls it from
`on_files`; another generator could call it the same way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from . import results_file
from .background import Background
from .interpreters import Interpreter
from .markers import MarkerError
from .progress import Progress
from .project import Project
from .result import Key, Result
from .runner import Runner, Tally
from .snippet import Snippet


@dataclasses.dataclass
class Output:
    """One output a fence shows: a result of one interpreter, or the note that none was found."""

    label: str  # "Python 3.12.1", or "Python 3.14" where this machine has none
    result: Result | None
    problems: list[str]
    unchecked: list[str]  # claims missing but not enforced (too few CPUs)
    pending: bool = False  # `mkdocs serve` at once: its run is still to come (background.py)


@dataclasses.dataclass(frozen=True)
class Failure:
    """A shown snippet output that did not end as declared, or a fence or marker that cannot be read."""

    what: str  # "snippets/x/y.py (Python 3.11)", or a file and line
    problems: tuple[str, ...] = ()
    tail: str = ""  # the last lines the run printed

    def __str__(self) -> str:
        """One line, then the run's last lines indented under it."""
        head = f"{self.what}: {'; '.join(self.problems)}" if self.problems else self.what
        return "\n".join([head, *("    " + line for line in self.tail.splitlines())])


@dataclasses.dataclass
class Prepared:
    project: Project
    results: dict[Key, Result]
    executed: bool = True  # False: a preview build that ran nothing
    tally: Tally = dataclasses.field(default_factory=Tally)
    errors: list[str] = dataclasses.field(default_factory=list)  # malformed markers, file:line
    source: str = ""  # where results came from when they were not run here
    pending: set[Key] = dataclasses.field(default_factory=set)  # runs still to come

    def outputs(self, snippet: Snippet) -> list[Output]:
        found = []
        for interpreter in self.project.interpreters_for(snippet):
            if not isinstance(interpreter, Interpreter):
                found.append(Output("Python {}.{}".format(*interpreter), None, [], []))
                continue
            key = (snippet.name, None, "{}.{}".format(*interpreter.version))
            result = self.results.get(key)
            if result is None and key in self.pending:
                found.append(Output(interpreter.label, None, [], [], pending=True))
                continue
            if result is None:
                problems = [f"has no result for Python {key[2]}"]
                found.append(Output(interpreter.label, None, problems, []))
                continue
            expected = snippet.expectations
            found.append(
                Output(
                    interpreter.label,
                    result,
                    result.problems(expected),
                    result.unchecked_claims(expected),
                )
            )
        return found

    def failures(self, snippets: list[Snippet]) -> list[Failure]:
        """One per shown snippet output that did not end as declared (or whose markers cannot be
        read); none for a preview build, which checks only the markers."""
        found = [Failure(error) for error in self.errors]
        if not self.executed:
            return found
        for snippet in snippets:
            if any(snippet.name in error for error in self.errors):
                continue
            for output in self.outputs(snippet):
                if output.problems:
                    tail = output.result.tail(8) if output.result is not None else ""
                    what = f"{snippet.name} ({output.label})"
                    found.append(Failure(what, tuple(output.problems), tail))
        return found

    def summary(self, snippets: list[Snippet]) -> str:
        unavailable = sum(
            not isinstance(i, Interpreter)
            for s in snippets
            for i in self.project.interpreters_for(s)
        )
        parts = [f"{len(snippets)} snippets shown", f"{len(self.tally.executed)} run"]
        parts.append(f"{self.tally.from_cache} {self.source or 'from the cache'}")
        if unavailable:
            parts.append(f"{unavailable} outputs need a Python this machine lacks")
        if self.pending:
            parts.append(
                f"{len(self.pending)} running in the background (pages reload as they land)"
            )
        if self.tally.waited >= 0.05 or self.tally.repeated:
            parts.append(
                f"waited {self.tally.waited:.1f} s for a quiet machine, {self.tally.repeated} runs repeated"
            )
        return ", ".join(parts)


def prepare(
    project: Project,
    snippets: list[Snippet],
    log: Callable[[str], None] = lambda m: None,
    progress: Progress | None = None,
    background: Background | None = None,
) -> Prepared:
    """Run (or, with the `results_file` setting, load) each snippet on each interpreter it needs,
    under the interpreter's default start method, as the site shows it. With a `background`
    (`mkdocs serve` at once), it runs nothing: what is not at hand is queued there, and pending."""
    settings = project.settings
    runs, errors = [], []
    for snippet in dict.fromkeys(snippets):
        try:
            runs += project.runs(snippet)
        except MarkerError as error:
            errors.append(str(error))
    if not settings.execute:
        return Prepared(project, {}, executed=False, errors=errors)
    if settings.results_file:
        stored = results_file.load(Path(settings.results_file))
        prepared = Prepared(
            project, stored, errors=errors, source=f"read from {Path(settings.results_file).name}"
        )
        prepared.tally.from_cache = sum(run.key in stored for run in runs)
        return prepared
    if background is not None:
        results, pending = background.at_hand(project, runs)
        prepared = Prepared(project, results, errors=errors, source="at hand")
        prepared.pending = {run.key for run in pending}
        prepared.tally.from_cache = len(results)
        return prepared
    runner = Runner(project, log, progress)
    results = runner.run(runs)
    return Prepared(project, results, tally=runner.tally, errors=errors)
