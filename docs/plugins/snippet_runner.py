"""Run the files of `snippets/` as real Python programs, check them and cache what they printed.

Used by the MkDocs hook (`snippet_fence.py`), by the tests and from the command line:

    python docs/plugins/snippet_runner.py snippets/asyncio_basics/create_task.py --start-method spawn

A snippet declares what it expects with marker comments (hidden from readers on the page):

    # snippet: expect-exit=2              the exit code it must end with (default 0)
    # snippet: expect-error=NameError     it must end with this exception (exit code 1)
    # snippet: expect-stderr=was never awaited   stderr is allowed and must contain this text
    # snippet: expect-output=판정: 겹쳤습니다    stdout must contain this text (repeatable)
    # snippet: cpu-timing                 it times CPU work: run it alone, never beside other work
    # snippet: timeout=120                seconds before it is killed (default 60)
    # snippet: min-cores=2                its expect-output claims need this many CPUs
    # snippet: min-python=3.14            not run on older interpreters (the page says so)

A snippet may also draw figures: SVG files it writes into the folder named by the environment variable
SNIPPET_FIGURE_DIR are kept with its result, and the page shows them under the snippet.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import dataclasses
import datetime
import functools
import hashlib
import json
import os
import platform
import re
import selectors
import signal
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager as ContextManager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
START_METHOD_DIR = Path(__file__).resolve().parent / "start_method"
DEFAULT_TIMEOUT = 60.0
PROCESS_WORDS = ("multiprocessing", "ProcessPoolExecutor", "InterpreterPoolExecutor")
MARKER = re.compile(r"^\s*# snippet: (?P<key>[a-z-]+)(?:=(?P<value>.*?))?\s*$")
_AST_LOCK = threading.Lock()
# The runner's own version: any change to this file invalidates every cached result.
RUNNER_VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


class MarkerError(ValueError):
    """A `# snippet:` line that the runner does not understand."""


@dataclasses.dataclass(frozen=True)
class Expectations:
    """What a snippet declares about how it ends."""

    exit_code: int = 0
    error: str | None = None
    stderr: tuple[str, ...] = ()
    output: tuple[str, ...] = ()
    cpu_timing: bool = False
    timeout: float = DEFAULT_TIMEOUT
    min_cores: int = 1
    min_python: tuple[int, int] | None = None

    @classmethod
    def parse(cls, source: str, name: str = "<snippet>") -> Expectations:
        fields: dict = {"stderr": [], "output": []}
        for number, line in enumerate(source.splitlines(), 1):
            match = MARKER.match(line)
            if not match:
                continue
            key, value = match["key"], match["value"]
            where = f"{name}:{number}"
            if key == "expect-exit":
                fields["exit_code"] = int(value)
            elif key == "expect-error":
                fields["error"] = value
                fields.setdefault("exit_code", 1)
            elif key == "expect-stderr":
                fields["stderr"].append(value)
            elif key == "expect-output":
                fields["output"].append(value)
            elif key == "cpu-timing" and value is None:
                fields["cpu_timing"] = True
            elif key in {"highlight", "highlight-start", "highlight-end", "browser"}:
                continue  # display markers, read by the new pipeline
            elif key == "timeout":
                fields["timeout"] = float(value)
            elif key == "min-cores":
                fields["min_cores"] = int(value)
            elif key == "min-python":
                major, minor = value.split(".")
                fields["min_python"] = (int(major), int(minor))
            else:
                raise MarkerError(f"{where}: unknown marker '# snippet: {key}'")
            if key != "cpu-timing" and not value:
                raise MarkerError(f"{where}: '# snippet: {key}' needs a value")
        fields["stderr"] = tuple(fields["stderr"])
        fields["output"] = tuple(fields["output"])
        return cls(**fields)


@dataclasses.dataclass(frozen=True)
class Snippet:
    """One program of `snippets/`.

    What it reads from its files is read once per object (a `Runner` hands out one object per file,
    and a new `Runner` per build, so an edited file is read again on the next build).
    """

    path: Path
    root: Path

    @property
    def name(self) -> str:
        """The path a reader types: `snippets/<chapter>/<name>.py`."""
        return self.path.relative_to(self.root).as_posix()

    @functools.cached_property
    def source(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @functools.cached_property
    def expectations(self) -> Expectations:
        return Expectations.parse(self.source, self.name)

    @functools.cached_property
    def _shown_lines(self) -> list[tuple[int, str]]:
        """(line number in the file, text) of each line the page shows: marker lines are hidden."""
        lines = [
            (n, line)
            for n, line in enumerate(self.source.splitlines(), 1)
            if not MARKER.match(line)
        ]
        while lines and not lines[0][1].strip():
            lines.pop(0)
        return lines

    @functools.cached_property
    def display_source(self) -> str:
        """The source as the page shows it: without the `# snippet:` marker lines."""
        return "\n".join(text for _, text in self._shown_lines) + "\n"

    def renumber(self, text: str) -> str:
        """Make line numbers in tracebacks and warnings point at the source as the page shows it."""
        shown = {
            file_line: page_line for page_line, (file_line, _) in enumerate(self._shown_lines, 1)
        }
        if all(file_line == page_line for file_line, page_line in shown.items()):
            return text
        name = re.escape(self.name)

        def fix(match: re.Match) -> str:
            return f"{match[1]}{shown.get(int(match[2]), match[2])}"

        text = re.sub(rf'(File "{name}", line )(\d+)', fix, text)
        return re.sub(rf"({name}:)(\d+)", fix, text)

    @functools.cached_property
    def local_modules(self) -> list[Path]:
        """Modules of the project that it imports, directly or through each other: those of its own
        folder, and the shared helpers at the top of snippets/ (installed with the project)."""
        found: list[Path] = []
        pending = [self.path]
        folders = (self.path.parent, self.root / "snippets")
        while pending:
            # ast.parse is not thread-safe on CPython 3.11.7 ("recursion depth mismatch").
            with _AST_LOCK:
                tree = ast.parse(pending.pop().read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names = [node.module]
                for name in names:
                    for folder in folders:
                        candidate = folder / (name.split(".")[0] + ".py")
                        if (
                            candidate.is_file()
                            and candidate != self.path
                            and candidate not in found
                        ):
                            found.append(candidate)
                            pending.append(candidate)
        return sorted(found)

    @functools.cached_property
    def uses_processes(self) -> bool:
        texts = [
            self.source,
            *(module.read_text(encoding="utf-8") for module in self.local_modules),
        ]
        return any(word in text for text in texts for word in PROCESS_WORDS)

    @functools.cached_property
    def start_methods(self) -> tuple[str | None, ...]:
        """The start methods worth running it under: for process code all three, else just the default.

        `None` is the interpreter's own default (fork on Linux up to 3.13, forkserver from 3.14), run
        without forcing anything, exactly as the site build runs it; the others are forced.
        """
        if not self.uses_processes or sys.platform == "win32":
            return (None,)
        import multiprocessing

        default = (
            multiprocessing.get_start_method(allow_none=True)
            or multiprocessing.get_context().get_start_method()
        )
        return (None, *(method for method in ("fork", "spawn", "forkserver") if method != default))

    @property
    def runnable_here(self) -> bool:
        needed = self.expectations.min_python
        return needed is None or sys.version_info[:2] >= needed

    @functools.cached_property
    def _content_digest(self) -> str:
        """Everything its results depend on except the start method (read once)."""
        digest = hashlib.sha256()
        parts = [RUNNER_VERSION, sys.version, sys.executable, platform.platform(), self.name]
        parts += [self.source] + [m.read_text(encoding="utf-8") for m in self.local_modules]
        for part in parts:
            digest.update(part.encode("utf-8") + b"\0")
        return digest.hexdigest()

    def cache_key(self, start_method: str | None) -> str:
        return hashlib.sha256(f"{self._content_digest}\0{start_method}".encode()).hexdigest()


@dataclasses.dataclass
class Result:
    """What one run of a snippet printed and how it ended."""

    name: str
    start_method: str | None
    returncode: int | None
    chunks: list[tuple[str, str]]  # ("out" | "err", text) in the order they arrived
    seconds: float
    timed_out: bool
    environment: dict[str, str]
    figures: list[tuple[str, str]] = dataclasses.field(
        default_factory=list
    )  # (file name, SVG text)

    @property
    def stdout(self) -> str:
        return "".join(text for stream, text in self.chunks if stream == "out")

    @property
    def stderr(self) -> str:
        return "".join(text for stream, text in self.chunks if stream == "err")

    @property
    def output(self) -> str:
        """stdout and stderr together, as a terminal would have shown them."""
        return "".join(text for _, text in self.chunks)

    def problems(self, expected: Expectations) -> list[str]:
        """Every way this run differs from what the snippet declares (empty: it ended as declared)."""
        if self.timed_out:
            return [f"timed out after {expected.timeout:g} s and was killed"]
        found = []
        if self.returncode != expected.exit_code:
            found.append(f"exited with code {self.returncode}, expected {expected.exit_code}")
        if expected.error:
            ended_with = final_exceptions(self.stderr)
            if not any(
                re.match(rf"^([\w.]+\.)?{re.escape(expected.error)}(:|$)", line)
                for line in ended_with
            ):
                found.append(
                    f"expected to end with {expected.error}, it ended with {ended_with or 'no exception'}"
                )
        elif self.stderr and not expected.stderr:
            found.append(
                "wrote to stderr, which it does not declare (# snippet: expect-stderr=...)"
            )
        found += [f"stderr lacks {text!r}" for text in expected.stderr if text not in self.stderr]
        if (os.cpu_count() or 1) >= expected.min_cores:
            found += [
                f"stdout lacks {text!r}" for text in expected.output if text not in self.stdout
            ]
        return found

    def tail(self, lines: int = 15) -> str:
        return "\n".join(self.output.rstrip().splitlines()[-lines:])

    def to_json(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Result:
        data["chunks"] = [tuple(chunk) for chunk in data["chunks"]]
        data["figures"] = [tuple(figure) for figure in data.get("figures", [])]
        return cls(**data)


def final_exceptions(stderr: str) -> list[str]:
    """The exception lines a traceback ends with: the last line, or for an exception group its own line."""
    lines = [
        line for line in stderr.splitlines() if line.strip() and set(line.strip()) - set("+-| ")
    ]
    found = [lines[-1].strip()] if lines else []
    found += [
        line[4:] for line in lines if line.startswith("  | ") and not line.startswith("  |  ")
    ]
    return found


def switched_on(variable: str) -> bool:
    """An on/off environment switch of the pipeline (SNIPPET_CACHE, SNIPPET_EXECUTION): on unless off."""
    return os.environ.get(variable, "on").lower() not in {"off", "0", "false", "no"}


def environment() -> dict[str, str]:
    """Where a measurement was made, as the page reports it."""
    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "os": platform.system(),
        "cpus": str(os.cpu_count()),
        "date": datetime.date.today().isoformat(),
    }


def _path_replacements(root: Path) -> list[tuple[str, str]]:
    """Absolute paths of the build machine and what a published page shows instead."""
    pairs = [(str(root) + os.sep, ""), (str(root), ".")]
    for key in ("purelib", "platlib", "stdlib", "platstdlib"):
        pairs.append(
            (
                sysconfig.get_paths()[key],
                f"<{key.replace('plat', '').replace('pure', 'site-packages')}>",
            )
        )
    pairs += [(sys.prefix, "<python>"), (sys.base_prefix, "<python>"), (str(Path.home()), "~")]
    return sorted({(a, b) for a, b in pairs if a}, key=lambda pair: -len(pair[0]))


def sanitize(text: str, root: Path) -> str:
    for absolute, shown in _path_replacements(root):
        text = text.replace(absolute, shown)
    return text


def _read_both(process: subprocess.Popen, deadline: float) -> tuple[list[tuple[str, str]], bool]:
    """Read stdout and stderr line by line, in the order they were written, until both close.

    When both have data waiting, stdout is read first: a program that prints and then fails writes
    its output before its traceback, and that is the order a terminal shows.
    """
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ, "out")
    selector.register(process.stderr, selectors.EVENT_READ, "err")
    pending = {"out": b"", "err": b""}
    chunks: list[tuple[str, str]] = []
    while selector.get_map():
        remaining = deadline - time.perf_counter()
        events = selector.select(timeout=max(remaining, 0)) if remaining > 0 else []
        if not events:
            return chunks, True
        for key, _ in sorted(events, key=lambda event: event[0].data != "out"):
            data = os.read(key.fd, 65536)
            if not data:
                selector.unregister(key.fileobj)
                data = b"\n" if pending[key.data] else b""
            *lines, pending[key.data] = (pending[key.data] + data).split(b"\n")
            chunks += [(key.data, line.decode("utf-8", errors="replace") + "\n") for line in lines]
    return chunks, False


def execute(snippet: Snippet, start_method: str | None = None) -> Result:
    """Run the snippet as `python snippets/<chapter>/<name>.py` in its own process group."""
    expected = snippet.expectations
    env = {
        **os.environ,
        "PYTHONUNBUFFERED": "1",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    env.pop("PYTHONPATH", None)
    if start_method:
        env["PYTHONPATH"] = str(START_METHOD_DIR)
        env["SNIPPET_START_METHOD"] = start_method
    command = [sys.executable, str(snippet.path.relative_to(snippet.root))]
    with tempfile.TemporaryDirectory(prefix="snippet-figures-") as figure_dir:
        env["SNIPPET_FIGURE_DIR"] = figure_dir
        started = time.perf_counter()
        deadline = started + expected.timeout
        with subprocess.Popen(
            command,
            cwd=snippet.root,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        ) as process:
            chunks, timed_out = _read_both(process, deadline)
            if not timed_out:
                try:  # its output is closed; it may still be finishing
                    process.wait(timeout=max(deadline - time.perf_counter(), 0.1))
                except subprocess.TimeoutExpired:
                    timed_out = True
            seconds = time.perf_counter() - started
            with contextlib.suppress(ProcessLookupError, PermissionError):  # and its children
                os.killpg(process.pid, signal.SIGKILL)
        chunks = [(label, snippet.renumber(sanitize(text, snippet.root))) for label, text in chunks]
        figures = [
            (file.name, file.read_text(encoding="utf-8"))
            for file in sorted(Path(figure_dir).glob("*.svg"))
        ]
    return Result(
        name=snippet.name,
        start_method=start_method,
        returncode=None if timed_out else process.returncode,
        chunks=chunks,
        seconds=round(seconds, 3),
        timed_out=timed_out,
        environment=environment(),
        figures=[(name, sanitize(svg, snippet.root)) for name, svg in figures],
    )


# Results this process already ran, by cache key. The module stays imported across the rebuilds of
# `mkdocs serve`, so a prose edit re-runs nothing even with the disk cache switched off.
_MEMORY: dict[str, Result] = {}


class Runner:
    """Runs snippets of one project, with an optional on-disk cache of their results."""

    def __init__(
        self, root: Path = ROOT, cache_dir: Path | None = None, use_cache: bool | None = None
    ):
        self.root = root
        if use_cache is None:
            use_cache = switched_on("SNIPPET_CACHE")
        self.use_cache = use_cache
        self.cache_dir = cache_dir or Path(
            os.environ.get("SNIPPET_CACHE_DIR", root / ".cache" / "snippets")
        )
        self.executed: list[str] = []  # names run (not read from the cache), for tests
        self._snippets: dict[Path, Snippet] = {}

    def snippet(self, name: str) -> Snippet:
        """`name` is relative to the project root (`snippets/...`)."""
        path = (self.root / name).resolve()
        if not path.is_file():
            raise FileNotFoundError(f"no snippet file {name}")
        return self._snippet(path)

    def _snippet(self, path: Path) -> Snippet:
        if path not in self._snippets:
            self._snippets[path] = Snippet(path=path, root=self.root)
        return self._snippets[path]

    def all_snippets(self) -> list[Snippet]:
        return [self._snippet(p) for p in sorted((self.root / "snippets").rglob("*.py"))]

    def _cache_file(self, snippet: Snippet, start_method: str | None) -> Path:
        return self.cache_dir / f"{snippet.cache_key(start_method)}.json"

    def cached(self, snippet: Snippet, start_method: str | None = None) -> Result | None:
        """A result of this very source, from this process or (cache on) from the disk."""
        key = snippet.cache_key(start_method)
        if key in _MEMORY:
            return _MEMORY[key]
        file = self._cache_file(snippet, start_method)
        if self.use_cache and file.is_file():
            _MEMORY[key] = Result.from_json(json.loads(file.read_text(encoding="utf-8")))
            return _MEMORY[key]
        return None

    def run(self, snippet: Snippet, start_method: str | None = None) -> Result:
        result = self.cached(snippet, start_method)
        if result is None:
            result = execute(snippet, start_method)
            self.executed.append(snippet.name)
            if result.problems(snippet.expectations):
                return result  # never cached: the next build runs it again
            _MEMORY[snippet.cache_key(start_method)] = result
            if self.use_cache:
                file = self._cache_file(snippet, start_method)
                file.parent.mkdir(parents=True, exist_ok=True)
                temporary = file.with_suffix(f".{os.getpid()}.tmp")
                temporary.write_text(
                    json.dumps(result.to_json(), ensure_ascii=False), encoding="utf-8"
                )
                temporary.replace(file)
        return result

    def run_many(
        self,
        jobs: list[tuple[Snippet, str | None]],
        workers: int | None = None,
        alone: Callable[[], ContextManager] = contextlib.nullcontext,
    ) -> dict[tuple[str, str | None], Result]:
        """Run many snippets: those that only wait side by side, then each CPU-timing one alone.

        `alone` is held while CPU-timing snippets run, so that a caller running other work at the
        same time (the test suite) can keep that work away from them. It is entered as soon as the
        last waiting snippet has started: other work winds down while the last ones finish.
        """
        # Waiting snippets mostly sleep: 141 of them need about 25 s of CPU in all on 2 cores, so 16 at a
        # time finish in about 17 s with every verdict intact (4 at a time: 39 s; 64: a verdict broke).
        workers = (
            workers
            or int(os.environ.get("SNIPPET_WORKERS", "0"))
            or max(4, 8 * (os.cpu_count() or 1))
        )
        jobs = [(s, m) for s, m in dict.fromkeys(jobs) if s.runnable_here]
        waiting = [(s, m) for s, m in jobs if not s.expectations.cpu_timing]
        timing = [(s, m) for s, m in jobs if s.expectations.cpu_timing]
        unstarted = threading.Semaphore(0)

        def run_waiting(snippet: Snippet, method: str | None) -> Result:
            unstarted.release()
            return self.run(snippet, method)

        results = {}
        with contextlib.ExitStack() as phases:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                futures = [pool.submit(run_waiting, *job) for job in waiting]
                if any(self.cached(s, m) is None for s, m in timing):
                    for _ in waiting:
                        unstarted.acquire()  # returns once every waiting snippet has started
                    phases.enter_context(alone())
                for (snippet, method), future in zip(waiting, futures, strict=True):
                    results[snippet.name, method] = future.result()
            for snippet, method in timing:
                results[snippet.name, method] = self.run(snippet, method)
        return results


def main() -> int:
    parser = argparse.ArgumentParser(description="Run snippets as the site build and the tests do.")
    parser.add_argument("paths", nargs="*", help="snippet files (default: every file of snippets/)")
    parser.add_argument("--start-method", choices=["fork", "spawn", "forkserver"])
    parser.add_argument(
        "--all-start-methods", action="store_true", help="every start method the snippet needs"
    )
    args = parser.parse_args()
    runner = Runner(use_cache=False)
    snippets = [
        runner.snippet(os.path.relpath(Path(p).resolve(), ROOT)) for p in args.paths
    ] or runner.all_snippets()
    failed = 0
    for snippet in snippets:
        if not snippet.runnable_here:
            print(
                f"=== {snippet.name}: skipped, needs Python {'.'.join(map(str, snippet.expectations.min_python))}"
            )
            continue
        methods = snippet.start_methods if args.all_start_methods else (args.start_method,)
        for method in methods:
            result = runner.run(snippet, method)
            problems = result.problems(snippet.expectations)
            failed += bool(problems)
            print(f"=== {snippet.name} [{method or 'default'}] {result.seconds:.2f} s")
            print(result.output, end="" if result.output.endswith("\n") else "\n")
            for problem in problems:
                print(f"!!! {problem}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
