"""Absolute paths of the build machine, and what a published page shows instead of each."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from .interpreters import Interpreter


@functools.cache
def _replacements(root: str, interpreter: Interpreter) -> tuple[tuple[str, str], ...]:
    pairs = {(root + os.sep, ""), (root, ".")}
    for label, folders in interpreter.paths.items():  # site-packages, stdlib, python
        pairs.update((folder, f"<{label}>") for folder in folders if folder)
    pairs.add((str(Path.home()), "~"))
    # Longest first, so a folder inside another is replaced before it; ties in a fixed order, so
    # the same text comes out whatever the hash seed (sets have no order of their own).
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))


def sanitize(text: str, root: Path, interpreter: Interpreter) -> str:
    for absolute, shown in _replacements(str(root), interpreter):
        text = text.replace(absolute, shown)
    return text
