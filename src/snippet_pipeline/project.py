"""A project: the folder with `snippets/`, its settings, and the runs its snippets need."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from pathlib import Path

from .cache import ResultCache
from .interpreters import Interpreter, choose, discover
from .markers import Version
from .result import Key
from .settings import Settings
from .snippet import Snippet

FENCE = re.compile(
    r"^(?P<indent> *)(?P<ticks>`{3,}|~{3,})snippet\b[^\n]*\n(?P<body>.*?)^(?P=indent)(?P=ticks)",
    re.M | re.S,
)


def fences_in(markdown: str) -> list[str]:
    """The snippet names (relative to snippets/) that a page shows, in order."""
    return [match["body"].strip() for match in FENCE.finditer(markdown)]


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
    def __init__(
        self,
        root: Path,
        settings: Settings | None = None,
        memory: dict | None = None,
        fresh: bool = False,
        snippets: dict | None = None,
    ):
        """`memory`: results kept in this process between builds (the plugin keeps one across the
        rebuilds of `mkdocs serve`); by default this project's own. `fresh`: run everything again
        but keep what it made in the cache, for the next build or preview (`snippet-run` and the
        test session). `snippets`: parsed snippets kept between builds (the plugin keeps one
        across the rebuilds of `mkdocs serve`): one is parsed again only when its file or a
        project module it imports changed."""
        self.root = root.resolve()
        self.settings = settings or Settings()
        self.memory = {} if memory is None else memory
        self.fresh = fresh
        self._snippets: dict[Path, tuple[tuple, Snippet]] = {} if snippets is None else snippets

    def snippet(self, name: str) -> Snippet:
        """`name` as a page names it (`threads/start_join.py`) or from the root (`snippets/...`)."""
        relative = name.strip().removeprefix("snippets/")
        path = (self.root / "snippets" / relative).resolve()
        if not path.is_file() or path.suffix != ".py":
            raise FileNotFoundError(f"no snippet file snippets/{relative}")
        stamp, known = self._snippets.get(path, ((), None))
        if known is None or _stamp(known) != stamp:
            known = Snippet(path=path, root=self.root)
            self._snippets[path] = (_stamp(known), known)
        return known

    def pages(self) -> list[Path]:
        """The Markdown pages of docs/ (the pages that can show snippets)."""
        return sorted((self.root / "docs").rglob("*.md"))

    def shown(self, pages: Iterable[Path] | None = None) -> dict[Path, list[str]]:
        """The snippet names each page shows (default: every page of docs/), for pages that show any."""
        found = {
            page: fences_in(page.read_text(encoding="utf-8")) for page in pages or self.pages()
        }
        return {page: names for page, names in found.items() if names}

    def shown_snippets(self, pages: Iterable[Path] | None = None) -> list[Snippet]:
        """Each snippet the pages show, once, in page order (a missing file raises FileNotFoundError)."""
        names = [name for names in self.shown(pages).values() for name in names]
        return list(dict.fromkeys(self.snippet(name) for name in names))

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
        folder = self.settings.cache_folder(self.root) if self.settings.cache else None
        return ResultCache(folder, self.memory, read=not self.fresh)

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


def _stamp(snippet: Snippet) -> tuple:
    """When its file and the project modules it imports last changed (a changed one: parse again)."""
    files = [snippet.path, *snippet.local_modules]
    return tuple((file, file.stat().st_mtime_ns) for file in files if file.exists())
