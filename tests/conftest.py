"""Fixtures shared by the tests: one run of every snippet per test session, and the CPU lock.

Every snippet runs once per start method it needs, in one batch (`snippet_results`), and the tests
and the site build read those results instead of running snippets again. With pytest-xdist the
first worker that needs the batch runs it and the others wait for it and read its cache.

CPU-timing snippets must measure on an otherwise idle machine. Every test holds a shared lock on
`cpu.lock` while it runs; the batch takes the lock exclusively for its CPU-timing phase, so no
other test runs beside it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from pathlib import Path

import pytest
from site_build import build
from snippet_runner import ROOT, Result, Runner, Snippet


@contextlib.contextmanager
def file_lock(path: Path, mode: int):
    with open(path, "a") as handle:
        fcntl.flock(handle, mode)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def shared_dir(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """A folder all workers of this session share (xdist gives each worker its own temp dir)."""
    base = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        base = base.parent
    folder = base / "shared"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture(autouse=True)
def _no_cpu_timing_beside_me(shared_dir: Path):
    with file_lock(shared_dir / "cpu.lock", fcntl.LOCK_SH):
        yield


@pytest.fixture(scope="session")
def runner(shared_dir: Path) -> Runner:
    """Results of this session only: a fresh cache, so nothing stale from earlier runs is trusted."""
    return Runner(root=ROOT, cache_dir=shared_dir / "snippet-cache", use_cache=True)


def snippet_jobs(runner: Runner) -> list[tuple[Snippet, str | None]]:
    return [
        (snippet, method) for snippet in runner.all_snippets() for method in snippet.start_methods
    ]


@pytest.fixture(scope="session")
def snippet_results(runner: Runner, shared_dir: Path) -> dict[tuple[str, str | None], Result]:
    cpu_lock = shared_dir / "cpu.lock"
    with file_lock(shared_dir / "batch.lock", fcntl.LOCK_EX):
        return runner.run_many(
            snippet_jobs(runner),
            shared=lambda: file_lock(cpu_lock, fcntl.LOCK_SH),
            alone=lambda: file_lock(cpu_lock, fcntl.LOCK_EX),
        )


@pytest.fixture(scope="session")
def snippet_cache_env(runner: Runner, snippet_results) -> dict[str, str]:
    """Environment for a site build that reads this session's snippet results."""
    return {**os.environ, "SNIPPET_CACHE": "on", "SNIPPET_CACHE_DIR": str(runner.cache_dir)}


@pytest.fixture(scope="session")
def build_result(shared_dir: Path, snippet_cache_env) -> tuple[Path, str, int]:
    """The strict build of the whole site, made once per session and shared by all workers.

    Its outcome is returned, not asserted: a failing session fixture would be built again for every test.
    """
    site_dir, outcome = shared_dir / "site", shared_dir / "site-build.json"
    with file_lock(shared_dir / "site.lock", fcntl.LOCK_EX):
        if not outcome.exists():
            result = build(ROOT / "mkdocs.yml", site_dir, snippet_cache_env)
            outcome.write_text(
                json.dumps([result.stdout + result.stderr, result.returncode]), encoding="utf-8"
            )
    log, returncode = json.loads(outcome.read_text(encoding="utf-8"))
    return site_dir, log, returncode


@pytest.fixture(scope="session")
def site(build_result) -> tuple[Path, str]:
    site_dir, log, returncode = build_result
    if returncode:
        pytest.fail("the strict build failed: see test_strict_build_passes", pytrace=False)
    return site_dir, log
