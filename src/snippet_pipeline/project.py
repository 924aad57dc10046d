"""A project: the folder with `snippets/`, its settings, and the runs its snippets need."""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

from .cache import ResultCache
from .interpreters import Interpreter, choose, discover
from .markers import Version
from .result import Key
from .settings import Settings
from .snippet import Snippet


@dataclasses.dataclass(frozen=True)
class Run:
    """One run a snippet needs: on this interpreter, under this start method (None: its default)."""

    snippet: Snippet
    interpreter: Interpreter
    start_method: str | None

    @property
    def key(self) -> Key:
        return (self.snippet.name, self.start_method, "{}.{}".format(*self.interpreter.version))

    def __repr__(self) -> str:
        return (
            f"Run({self.snippet.name}, {self.start_method or 'default'}, {self.interpreter.label})"
        )


class Project:
    def __init__(self, root: Path, settings: Settings | None = None):
        self.root = root.resolve()
        self.settings = settings or Settings()
        self._snippets: dict[Path, Snippet] = {}

    def snippet(self, name: str) -> Snippet:
        """`name` as a page names it (`threads/start_join.py`) or from the root (`snippets/...`)."""
        relative = name.strip().removeprefix("snippets/")
        path = (self.root / "snippets" / relative).resolve()
        if not path.is_file() or path.suffix != ".py":
            raise FileNotFoundError(f"no snippet file snippets/{relative}")
        if path not in self._snippets:
            self._snippets[path] = Snippet(path=path, root=self.root)
        return self._snippets[path]

    def all_snippets(self) -> list[Snippet]:
        folder = self.root / "snippets"
        files = [
            p for p in folder.rglob("*.py") if not any(part.startswith(".") for part in p.parts)
        ]
        return [self.snippet(p.relative_to(folder).as_posix()) for p in sorted(files)]

    @functools.cached_property
    def interpreters(self) -> tuple[Interpreter, ...]:
        return discover(self.settings.interpreters, self.settings.find_interpreters)

    @functools.cached_property
    def cache(self) -> ResultCache:
        return ResultCache(self.settings.cache_folder(self.root) if self.settings.cache else None)

    def interpreters_for(self, snippet: Snippet) -> list[Interpreter | Version]:
        """The interpreters it runs on; a Version where this machine has none of it."""
        expected = snippet.expectations
        return choose(self.interpreters, expected.pythons, expected.min_python)

    def runs(self, snippet: Snippet, all_start_methods: bool = False) -> list[Run]:
        """Its runs: on each interpreter it needs (found here), under its default start method or,
        with `all_start_methods`, under every start method it needs."""
        found = [i for i in self.interpreters_for(snippet) if isinstance(i, Interpreter)]
        return [
            Run(snippet, interpreter, method)
            for interpreter in found
            for method in (snippet.start_methods(interpreter) if all_start_methods else (None,))
        ]

    def timeout(self, snippet: Snippet) -> float:
        return snippet.expectations.timeout or self.settings.timeout
