"""The test session's snippet runs and site build, made once, in a process of their own.

    python tests/session_preparation.py <shared folder> <pid of the pytest session>

The first pytest process whose selected tests need them starts this process (`start`), and every
test that needs them waits for its files (`wait_for`). Meanwhile the tests that need neither run.
In order: every snippet under every start method it needs (waiting ones side by side, then each
CPU-timing one alone, behind the `CpuGate`), `results.json`; then the strict build of the whole site
from those results, `site/` and `site-build.json`. A test that waits lets go of its CPU lock.

Tests run at a lower priority than this process (see conftest), so the snippets that time waiting
are not slowed by them. It stops by itself if the pytest session it belongs to has gone.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import threading
import time
from pathlib import Path

sys.path[:0] = [
    str(Path(__file__).resolve().parent),
    str(Path(__file__).resolve().parents[1] / "docs" / "plugins"),
]

from cpu_gate import CpuGate  # noqa: E402
from site_build import build  # noqa: E402
from snippet_runner import ROOT, Result, Runner  # noqa: E402

RESULTS, SITE, BUILD = "results.json", "site", "site-build.json"


def snippet_cache(folder: Path) -> Path:
    """This session's results only: nothing stale from earlier runs is trusted."""
    return folder / "snippet-cache"


def start(folder: Path, owner: int) -> bool:
    """Start the preparation unless a process of this session already did. True if this one did."""
    try:
        os.close(os.open(folder / "preparation.claimed", os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        return False
    # A process of its own session, not a Popen child: a worker that finishes early must neither take it
    # down nor be warned that its child still runs.
    log = os.open(folder / "preparation.log", os.O_CREAT | os.O_WRONLY | os.O_TRUNC)
    os.posix_spawn(
        sys.executable,
        [sys.executable, __file__, str(folder), str(owner)],
        os.environ,
        file_actions=[
            (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_DUP2, log, 1),
            (os.POSIX_SPAWN_DUP2, log, 2),
        ],
        setsid=True,
    )
    os.close(log)
    return True


def wait_for(folder: Path, name: str, timeout: float = 1800) -> Path:
    """The file `name` once the preparation has written it; fails if the preparation died."""
    target, alive = folder / name, folder / "preparation.alive"
    deadline = time.monotonic() + timeout
    while not target.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the session's preparation wrote no {name} in {timeout:g} s")
        if (folder / "preparation.started").exists() and not _held(alive) and not target.exists():
            log = (folder / "preparation.log").read_text(encoding="utf-8", errors="replace")
            raise RuntimeError(f"the session's preparation ended without {name}:\n{log[-3000:]}")
        time.sleep(0.2)
    return target


def _held(lock: Path) -> bool:
    descriptor = os.open(lock, os.O_CREAT | os.O_RDWR)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(descriptor)
    return False


def read_results(folder: Path) -> dict[tuple[str, str | None], Result]:
    rows = json.loads(wait_for(folder, RESULTS).read_text(encoding="utf-8"))
    return {(row["name"], row["start_method"]): Result.from_json(row) for row in rows}


def _write(target: Path, text: str) -> None:
    temporary = target.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)  # whole or not at all: waiters poll for it


def _stop_with(owner: int) -> None:
    """End this process when the pytest session that started it is gone (interrupted, killed)."""
    while True:
        time.sleep(0.5)
        try:
            os.kill(owner, 0)
        except ProcessLookupError:
            os._exit(3)


def main(folder: Path, owner: int) -> None:
    alive = os.open(folder / "preparation.alive", os.O_CREAT | os.O_RDWR)
    fcntl.flock(alive, fcntl.LOCK_EX)  # held until this process ends, however it ends
    (folder / "preparation.started").touch()
    threading.Thread(target=_stop_with, args=(owner,), daemon=True).start()
    runner = Runner(root=ROOT, cache_dir=snippet_cache(folder), use_cache=True)
    jobs = [(s, m) for s in runner.all_snippets() for m in s.start_methods]
    started = time.perf_counter()
    results = runner.run_many(jobs, alone=CpuGate(folder).alone)
    print(f"{len(results)} snippet runs in {time.perf_counter() - started:.1f} s", flush=True)
    _write(
        folder / RESULTS, json.dumps([r.to_json() for r in results.values()], ensure_ascii=False)
    )
    env = {**os.environ, "SNIPPET_CACHE": "on", "SNIPPET_CACHE_DIR": str(snippet_cache(folder))}
    started = time.perf_counter()
    result = build(ROOT / "mkdocs.yml", folder / SITE, env)
    print(f"site built in {time.perf_counter() - started:.1f} s", flush=True)
    _write(folder / BUILD, json.dumps([result.stdout + result.stderr, result.returncode]))


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
