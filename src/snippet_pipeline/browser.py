"""Running snippets in the reader's browser: the self-hosted Pyodide runtime and the page control.

The runtime comes from the pinned npm dependency (package.json, package-lock.json): `npm ci` puts it
in node_modules/pyodide, and the build copies the five files it needs at run time into the site,
with its licence notice. Without it the site builds as before, without the control, and says so.
A snippet marked `# snippet: browser` gets a "브라우저에서 실행" control on its page
(docs/javascripts/browser-run.mjs, loaded only by the pages that have a control); the build-time CPython output stays the primary result.
An exercise's starting version (`exercise.py`) gets a control with "확인" too: the page checks the
reader's run against the solution's claims (`claims`, checked by docs/javascripts/exercise-check.mjs
with the rules of `Result.problems`).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from mkdocs.structure.files import File

from .markers import Expectations

FOLDER = "assets/pyodide"
SCRIPT = "javascripts/browser-run.mjs"  # docs-relative; added to the pages that have a control
RUNTIME_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
NOTICE = """Pyodide {version} (https://github.com/pyodide/pyodide): CPython {python} compiled to WebAssembly.

This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. If a copy of
the MPL was not distributed with this file, You can obtain one at https://mozilla.org/MPL/2.0/.
The source code of Pyodide is available at https://github.com/pyodide/pyodide (tag {version}).

Pyodide includes CPython, distributed under the Python Software Foundation License
(https://docs.python.org/3/license.html).

These files are the npm package pyodide@{version}, unchanged, served by this site so that
readers' browsers fetch nothing from any other host.
"""


def runtime_version(folder: Path) -> str | None:
    """The Pyodide version in `folder`, or None if its runtime files are not all there."""
    if not all((folder / name).is_file() for name in RUNTIME_FILES):
        return None
    return json.loads((folder / "package.json").read_text(encoding="utf-8"))["version"]


def python_version(folder: Path) -> str:
    """The CPython version this Pyodide is ("3.14.2"), as its lock file says."""
    lock = json.loads((folder / "pyodide-lock.json").read_text(encoding="utf-8"))
    return lock["info"]["python"]


def python_label(folder: Path) -> str:
    """How the pages name the browser's Python: "브라우저의 Python 3.14 (Pyodide)"."""
    major, minor = python_version(folder).split(".")[:2]
    return f"브라우저의 Python {major}.{minor} (Pyodide)"


@dataclasses.dataclass(frozen=True)
class Runtime:
    """The browser's Python as the pages name it, and what a reader's first run downloads."""

    label: str  # "브라우저의 Python 3.14 (Pyodide)"
    download: str  # "13.5MB": its files as served, at most (a server may compress them)


def runtime(folder: Path) -> Runtime:
    size = sum((folder / name).stat().st_size for name in RUNTIME_FILES)
    return Runtime(python_label(folder), f"{size / 1e6:.1f}MB")


def site_files(folder: Path, config) -> list[File]:
    version = runtime_version(folder)
    files = [
        File.generated(config, f"{FOLDER}/{name}", abs_src_path=str(folder / name))
        for name in RUNTIME_FILES
    ]
    notice = NOTICE.format(version=version, python=python_version(folder))
    files.append(File.generated(config, f"{FOLDER}/LICENSE.txt", content=notice))
    return files


def claims(expected: Expectations) -> list[dict]:
    """What a run must show, for the page to check the reader's run: each with its Korean wording.

    Kinds: "output"/"stderr" (the text appears), "exit" (the exit code), "error" (the exception it
    ends with), "quiet" (nothing on stderr: what the build requires when nothing is declared)."""
    found = [
        {"kind": "output", "text": text, "korean": f"표준 출력에 이 문구가 있습니다: {text}"}
        for text in expected.output
    ]
    found += [
        {"kind": "stderr", "text": text, "korean": f"표준 에러에 이 문구가 있습니다: {text}"}
        for text in expected.stderr
    ]
    if expected.error:
        found.append(
            {"kind": "error", "text": expected.error, "korean": f"{expected.error} 예외로 끝납니다"}
        )
    elif not expected.stderr:
        found.append(
            {"kind": "quiet", "korean": "표준 에러에 쓴 것이 없습니다(예외 없이 끝납니다)"}
        )
    found.append(
        {
            "kind": "exit",
            "code": expected.exit_code,
            "korean": f"종료 코드가 {expected.exit_code}입니다",
        }
    )
    return found
