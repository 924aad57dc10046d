"""The snippet pipeline: run the programs of `snippets/`, check them against what they declare, keep
their results, and render them in the pages.

    docs (prose) -> snippets (programs) -> this package (run, check, cache, render) -> tests

Modules, in the order a result is made:

- markers.py       what a snippet declares (`# snippet: ...` lines)
- display.py       the source as the page shows it (hidden markers, highlights, self-check part)
- imports.py       what a snippet imports (project modules, installed distributions)
- snippet.py       one snippet file; project.py: the project and the runs its snippets need
- interpreters.py  the Pythons a snippet can run on (this one, PATH, pyenv, the options)
- process.py       one run as a real process; sanitize.py: build-machine paths out of its output
- machine_load.py  how busy the machine is; runner.py: many runs, placed by what they time, and
                   the one rule for claims about time; progress.py: the progress line
- result.py        what a run printed and how it compares; cache.py, results_file.py: keeping it
- prepare.py       the step before the pages: every snippet the pages show, once;
                   background.py: `mkdocs serve` at once (the missing runs in a thread)
- fence.py         the page side: what the `snippet` fence shows; render.py writes all of its
                   HTML (source, output, notes, figures, provenance line); downloads.py, browser.py
                   (npm_package.py: Pyodide from the npm registry); notebooks.py: the notebook pages
- settings.py      every option, declared once; plugin.py: the MkDocs plugin `snippets` (its
                   config made from settings.py); cli.py: `snippet-run`; serve.py: `snippet-serve`
"""

from .display import DisplayedSource
from .markers import Expectations, MarkerError
from .prepare import Prepared, prepare
from .project import Project, Run
from .result import Key, Result
from .runner import Runner
from .settings import Settings
from .snippet import Snippet

__all__ = [
    "DisplayedSource",
    "Expectations",
    "Key",
    "MarkerError",
    "Prepared",
    "Project",
    "Result",
    "Run",
    "Runner",
    "Settings",
    "Snippet",
    "prepare",
]
