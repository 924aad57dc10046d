"""The Python interpreters snippets can run on: the build's own, and newer ones found on this machine.

A snippet that needs a newer Python (`# snippet: min-python=3.13`) or shows several versions
(`# snippet: python=3.11 3.12`) runs on an interpreter of that version when one is found: listed in
the plugin's `interpreters` option, on PATH as `python3.N`, or under pyenv (`$PYENV_ROOT/versions`).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .markers import Version

# Printed by each interpreter about itself, as JSON (kept to syntax every Python 3 reads).
_PROBE = """
import json, multiprocessing, os, platform, sys, sysconfig
paths = sysconfig.get_paths()
print(json.dumps({
    "executable": sys.executable,
    "version": list(sys.version_info[:2]),
    "full_version": platform.python_version(),
    "implementation": platform.python_implementation(),
    "platform": platform.platform(),
    "start_method": multiprocessing.get_start_method(),
    "paths": {
        "site-packages": [paths["purelib"], paths["platlib"]],
        "stdlib": [paths["stdlib"], paths["platstdlib"]],
        "python": [sys.prefix, sys.base_prefix, sys.exec_prefix],
    },
}))
"""
# Its installed distributions by import name (asked only when a cache key needs them: it is slow).
_DISTRIBUTIONS = """
import importlib.metadata as m, json
dists = {}
for name, owners in m.packages_distributions().items():
    dists[name] = sorted(set(d + "==" + m.version(d) for d in owners))
print(json.dumps(dists))
"""
OLDEST = 11  # the project's requires-python: 3.11


@dataclasses.dataclass(frozen=True, eq=False)  # one object per executable (see probe)
class Interpreter:
    executable: str
    version: Version
    full_version: str
    implementation: str
    platform: str
    start_method: str  # its default multiprocessing start method
    paths: dict[str, list[str]]  # its folders and what a published page shows instead of each

    @property
    def label(self) -> str:
        return f"Python {self.full_version}"

    @functools.cached_property
    def distributions(self) -> dict[str, list[str]]:
        """import name -> ["aiohttp==3.9.5", ...] of what is installed for it."""
        done = subprocess.run(
            [self.executable, "-I", "-c", _DISTRIBUTIONS],
            capture_output=True,
            text=True,
            timeout=60,
        )
        return json.loads(done.stdout) if done.returncode == 0 else {}

    def versions_of(self, names: set[str]) -> tuple[str, ...]:
        """The installed distributions (name==version) that provide these import names."""
        if not names:
            return ()
        return tuple(sorted({dist for name in names for dist in self.distributions.get(name, ())}))


@functools.cache
def probe(executable: str) -> Interpreter | None:
    """Ask an interpreter about itself; None if it does not run (or is not Python 3)."""
    try:
        done = subprocess.run(
            [executable, "-I", "-c", _PROBE], capture_output=True, text=True, timeout=30
        )
        data = json.loads(done.stdout)
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    if done.returncode:
        return None
    data["version"] = tuple(data["version"])
    return Interpreter(**data)


def current() -> Interpreter:
    found = probe(sys.executable)
    if found is None:  # pragma: no cover - the build's own interpreter always answers
        raise RuntimeError(f"{sys.executable} did not describe itself")
    return found


def _candidates(search: bool) -> list[str]:
    if not search:
        return []
    found = [shutil.which(f"python3.{minor}") for minor in range(OLDEST, 20)]
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    if pyenv.is_dir():
        for folder in sorted(pyenv.iterdir()):
            # plain CPython releases only (3.13.0, not 3.13.0t, pypy3.10 or miniconda)
            match = re.fullmatch(r"3\.(\d+)\.\d+", folder.name)
            if match and int(match[1]) >= OLDEST:
                found.append(str(folder / "bin" / "python3"))
    return [path for path in found if path and Path(path).is_file()]


@functools.cache
def _discover(extra: tuple[str, ...], search: bool) -> tuple[Interpreter, ...]:
    own = current()
    by_version: dict[Version, Interpreter] = {own.version: own}
    paths = [*extra, *_candidates(search)]
    with ThreadPoolExecutor(max_workers=8) as pool:  # each answers in some 50 ms: ask all at once
        for found in pool.map(probe, paths):
            if found and found.implementation == own.implementation:
                by_version.setdefault(found.version, found)
    return tuple(by_version[version] for version in sorted(by_version))


def discover(
    extra: list[str] | tuple[str, ...] = (), search: bool = True
) -> tuple[Interpreter, ...]:
    """One interpreter per Python version: the build's own first for its version, then `extra`
    (the plugin's `interpreters` option), then PATH and pyenv when `search` is on."""
    return _discover(tuple(extra), search)


def choose(
    available: tuple[Interpreter, ...], pythons: tuple[Version, ...], minimum: Version | None
) -> list[Interpreter | Version]:
    """The interpreters a snippet runs on; a Version where none of that version was found."""
    if pythons:
        by_version = {interpreter.version: interpreter for interpreter in available}
        return [by_version.get(version, version) for version in pythons]
    own = current()
    if minimum is None or own.version >= minimum:
        return [own]
    newer = [interpreter for interpreter in available if interpreter.version >= minimum]
    return [newer[0] if newer else minimum]
