"""How the test session runs the snippets once and keeps everything else away from the CPU-timing ones.

- One preparation per session (`session_preparation.py`, a process of its own) runs every snippet
  under every start method it needs and then builds the site from those results. It starts as soon
  as collection shows that a selected test needs it; the tests that need neither run meanwhile, and
  run first (`pytest_collection_modifyitems`).
- Every test holds the shared side of the `CpuGate` for its whole run; the preparation's CPU-timing
  phase holds the exclusive side, so no test runs beside it. A test waiting for the preparation lets
  go of its side while it waits.
- Test processes lower their own priority (nice): the snippets that measure waiting get the CPU first.
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path

import pytest
import session_preparation as preparation
from cpu_gate import CpuGate
from snippet_runner import Result

# Tests that use one of these fixtures need the preparation.
PREPARED = {"snippet_results", "build_result", "site"}
# Among them, these need the built site (the build comes last): they run last.
NEEDS_SITE = {"build_result", "site"}


def _shared_dir(config: pytest.Config) -> Path:
    """A folder all processes of this session share (xdist gives each worker its own temp dir)."""
    base = config._tmp_path_factory.getbasetemp()  # type: ignore[attr-defined]
    if hasattr(config, "workerinput"):
        # The workers' common parent outlives the session when --basetemp is given (pytest clears
        # only each worker's own folder): a folder of this run's own, never an earlier run's results.
        folder = base.parent / f"shared-{config.workerinput['testrunuid']}"
    else:
        folder = base / "shared"
    folder.mkdir(exist_ok=True)
    return folder


def _session_owner(config: pytest.Config) -> int:
    """The pid of the pytest process the whole session hangs on (xdist's controller, if any)."""
    return os.getppid() if hasattr(config, "workerinput") else os.getpid()


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items):
    def needs(item: pytest.Item, fixtures: set[str]) -> bool:
        return bool(fixtures & set(getattr(item, "fixturenames", ())))

    # Stable sort: the tests that need nothing prepared first, the snippet verdicts, the built site last.
    items.sort(key=lambda item: needs(item, PREPARED) + needs(item, NEEDS_SITE))
    if any(needs(item, PREPARED) for item in items):
        preparation.start(_shared_dir(config), _session_owner(config))
    os.nice(10)  # after starting the preparation, which keeps the normal priority


@pytest.fixture(scope="session")
def shared_dir(pytestconfig: pytest.Config) -> Path:
    return _shared_dir(pytestconfig)


@functools.cache  # one per process: it remembers whether this process holds its shared side
def _cpu_gate(config: pytest.Config) -> CpuGate:
    return CpuGate(_shared_dir(config))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem):
    with _cpu_gate(item.config).shared():
        return (yield)


@pytest.fixture(scope="session")
def snippet_results(pytestconfig, shared_dir: Path) -> dict[tuple[str, str | None], Result]:
    """Every snippet's run under every start method it needs, from this session's preparation."""
    with _cpu_gate(pytestconfig).paused():
        return preparation.read_results(shared_dir)


@pytest.fixture(scope="session")
def build_result(pytestconfig, shared_dir: Path) -> tuple[Path, str, int]:
    """The strict build of the whole site from this session's snippet results.

    Its outcome is returned, not asserted: a failing session fixture would be reported for every test.
    """
    with _cpu_gate(pytestconfig).paused():
        outcome = preparation.wait_for(shared_dir, preparation.BUILD)
    log, returncode = json.loads(outcome.read_text(encoding="utf-8"))
    return shared_dir / preparation.SITE, log, returncode


@pytest.fixture(scope="session")
def site(build_result) -> tuple[Path, str]:
    site_dir, log, returncode = build_result
    if returncode:
        pytest.fail("the strict build failed: see test_strict_build_passes", pytrace=False)
    return site_dir, log
