"""Results kept between builds: in this process (the rebuilds of `mkdocs serve`) and on disk.

A result is keyed by everything it depends on: the snippet's source and the project modules it
imports, the versions of the installed distributions it imports, the interpreter and platform, the
start method and its shim, and every module of the pipeline (cache.code_version).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import atomic
from .interpreters import Interpreter
from .result import Result
from .snippet import Snippet


def code_version(package: Path) -> str:
    """A hash of every module of the package: any change to how results are made, checked or
    kept runs the snippets again (no hand-kept list of modules can miss one)."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


PIPELINE_VERSION = code_version(Path(__file__).resolve().parent)


def cache_key(snippet: Snippet, interpreter: Interpreter, start_method: str | None) -> str:
    digest = hashlib.sha256()
    parts = [
        PIPELINE_VERSION,
        interpreter.executable,
        interpreter.full_version,
        interpreter.implementation,
        interpreter.platform,
        str(start_method),
        snippet.name,
        snippet.source,
        *snippet.module_sources,
        *interpreter.versions_of(snippet.third_party),
    ]
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


class ResultCache:
    """Results on disk in `folder` (None: none) and in `memory`: passing ones, and failures that
    were not the machine's fault (a hang is not run again on every rebuild of `mkdocs serve`; a
    fixed snippet has a new key)."""

    def __init__(self, folder: Path | None, memory: dict[str, Result], read: bool = True):
        """`read=False`: nothing is taken from it (every run is fresh), what is put is kept."""
        self.folder = folder
        self.memory = memory
        self.read = read

    def get(self, key: str) -> Result | None:
        if not self.read:
            return None
        if key in self.memory:
            return self.memory[key]
        file = self._file(key)
        if file and file.is_file():
            self.memory[key] = Result.from_json(json.loads(file.read_text(encoding="utf-8")))
            return self.memory[key]
        return None

    def put(self, key: str, result: Result, passed: bool) -> None:
        if passed or not result.busy:
            self.memory[key] = result
        file = self._file(key)
        if not passed or file is None:
            return  # a failure is run again by the next build
        atomic.write_text(file, json.dumps(result.to_json(), ensure_ascii=False))

    def _file(self, key: str) -> Path | None:
        return self.folder / f"{key}.json" if self.folder else None
