"""Running snippets in the reader's browser: the self-hosted Pyodide runtime and the page control.

The runtime comes from the pinned npm dependency (package.json, package-lock.json): `npm ci` puts it
in node_modules/pyodide, and the build copies the five files it needs at run time into the site,
with its licence notice. Without it the site builds as before, without the control, and says so.
A snippet marked `# snippet: browser` gets a "브라우저에서 실행" control on its page
(docs/javascripts/browser-run.mjs, loaded only by the pages that have a control); the build-time CPython output stays the primary result.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.structure.files import File

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


def site_files(folder: Path, config) -> list[File]:
    version = runtime_version(folder)
    files = [
        File.generated(config, f"{FOLDER}/{name}", abs_src_path=str(folder / name))
        for name in RUNTIME_FILES
    ]
    notice = NOTICE.format(version=version, python=python_version(folder))
    files.append(File.generated(config, f"{FOLDER}/LICENSE.txt", content=notice))
    return files
