"""`snippet-serve`: `mkdocs serve` for this project, without notices a contributor cannot act on.

    snippet-serve [any option of mkdocs serve]

It is `python -m mkdocs serve --dirty` with `NO_MKDOCS_2_WARNING=1`:

- `--dirty` (unless another build type is given): saving a page rebuilds that page, not the whole
  site, and the plugin also rebuilds the pages whose snippet outputs changed. A page added to the
  nav shows in the other pages' navigation after a restart (or with `--clean`).
- Material for MkDocs prints a banner about its end of life when it is imported, before any
  plugin could turn it off.

Everything else (pages at once, outputs filled in as their runs land, progress) is the `snippets`
plugin's.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    options = sys.argv[1:]
    if not {"--dirty", "--clean", "--livereload", "--no-livereload"} & set(options):
        options.append("--dirty")  # a saved page rebuilds that page only (the plugin adds more)
    command = [sys.executable, "-m", "mkdocs", "serve", *options]
    if os.name == "nt":  # no exec on Windows that keeps the console: run and pass on the exit code
        import subprocess

        raise SystemExit(subprocess.call(command))
    os.execv(sys.executable, command)


if __name__ == "__main__":
    main()
