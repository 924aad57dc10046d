"""What a snippet imports: modules of the project (their source is part of its cache key) and
installed third-party distributions (their versions are)."""

from __future__ import annotations

import ast
import sys
import threading
from pathlib import Path

# ast.parse is not thread-safe on CPython 3.11.7 ("recursion depth mismatch").
_AST_LOCK = threading.Lock()


def imported_names(source: str) -> set[str]:
    """Top-level names of the absolute imports in a module (`import a.b` gives `a`)."""
    with _AST_LOCK:
        tree = ast.parse(source)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def local_modules(path: Path, folders: tuple[Path, ...]) -> list[Path]:
    """Modules of `folders` that the file imports, directly or through each other."""
    found: list[Path] = []
    pending = [path]
    while pending:
        for name in sorted(imported_names(pending.pop().read_text(encoding="utf-8"))):
            for folder in folders:
                candidate = folder / f"{name}.py"
                if candidate.is_file() and candidate != path and candidate not in found:
                    found.append(candidate)
                    pending.append(candidate)
    return sorted(found)


def third_party_names(sources: list[str], local: set[str]) -> set[str]:
    """Imported top-level names that are neither the standard library nor the project's own."""
    names = set().union(*(imported_names(source) for source in sources))
    return {name for name in names - local if name not in sys.stdlib_module_names}
