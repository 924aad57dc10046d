"""`snippet-run`: run snippets exactly as the build does, and say whether each ended as declared.

    snippet-run snippets/asyncio_basics/create_task.py
    snippet-run snippets/processes/*.py --all-start-methods
    snippet-run --save results.json        # every snippet; then SNIPPET_RESULTS_FILE=results.json mkdocs build

Options come from the `snippets` plugin entry of the project's mkdocs.yml (and the environment),
as in the build. Every run is fresh; what passed is kept in the cache, so the next build or
`snippet-serve` shows it at once.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import results_file
from .interpreters import Interpreter
from .markers import MarkerError
from .project import Project
from .runner import Runner
from .settings import Settings


def find_project(start: Path) -> Path:
    for folder in [start, *start.parents]:
        if (folder / "mkdocs.yml").is_file() and (folder / "snippets").is_dir():
            return folder
    raise SystemExit(f"no mkdocs.yml with a snippets/ folder in {start} or above")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="snippet-run", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "paths", nargs="*", type=Path, help="snippet files (default: all of snippets/)"
    )
    parser.add_argument(
        "--all-start-methods", action="store_true", help="every start method it needs"
    )
    parser.add_argument(
        "--save", type=Path, help="write the results to this file, for a build to render"
    )
    args = parser.parse_args(argv)
    root = find_project(Path.cwd().resolve())
    project = Project(root, Settings.from_config_file(root / "mkdocs.yml"), fresh=True)
    try:
        snippets = [
            project.snippet(path.resolve().relative_to(root).as_posix()) for path in args.paths
        ]
    except (FileNotFoundError, ValueError) as error:
        raise SystemExit(f"snippet-run: {error}") from None
    snippets = snippets or project.all_snippets()
    runs = []
    for snippet in snippets:
        try:
            snippet.expectations, snippet.display  # noqa: B018 - a malformed marker stops here
        except MarkerError as error:
            raise SystemExit(f"snippet-run: {error}") from None
        for interpreter in project.interpreters_for(snippet):
            if not isinstance(interpreter, Interpreter):
                print(
                    f"=== {snippet.name}: not run: needs Python {'.'.join(map(str, interpreter))}, not found here"
                )
        runs += project.runs(snippet, args.all_start_methods)
    results = Runner(project, log=lambda message: print(f"... {message}", flush=True)).run(runs)
    failed = 0
    for run in runs:
        result = results[run.key]
        expected = run.snippet.expectations
        print(
            f"=== {run.snippet.name} [{run.start_method or 'default'} · {run.interpreter.label}] {result.seconds:.2f} s"
        )
        print(result.output, end="" if result.output.endswith("\n") or not result.output else "\n")
        problems = result.problems(expected)
        failed += bool(problems)
        for problem in problems:
            print(f"!!! {problem}")
        for claim in result.unchecked_claims(expected):
            print(f"??? not checked (needs {expected.min_cores} CPUs): {claim}")
        if not problems:
            print(
                "--- ended as declared" + (f" (run {result.attempt})" if result.attempt > 1 else "")
            )
    if args.save:
        results_file.save(results, args.save)
        print(f"saved {len(results)} results to {args.save}")
    print(f"{len(runs)} runs, {failed} did not end as declared")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
