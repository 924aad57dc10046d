"""The test session runs every snippet once (`snippet_session.py`), before any test runs.

- Tests that use one of the PREPARED fixtures need the session's snippet results or its site build.
  When collection finds one, the process that owns the session (xdist's controller once every
  worker has collected, or pytest itself without workers) runs the CPU-timing snippets alone
  before any test is sent out, then the rest in the background while tests run.
- Tests are sent out in the order what they need is ready: those that need nothing prepared, the
  snippet verdicts, the built site, the browser snippets' Pyodide runs.
- xdist workers lower their own priority (nice): the snippets that time waiting get the CPU first.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from support.snippet_session import SnippetSession

PREPARED = {"snippet_results", "build_result", "site", "pyodide_runs"}
# What the session makes, in the order it is ready: tests are sent out in this order (those that
# need nothing first), so no worker waits while tests it could run are queued.
READY_IN_ORDER = [{"snippet_results"}, {"build_result", "site"}, {"pyodide_runs"}]
SESSION = pytest.StashKey[SnippetSession]()


def _is_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def _session(config: pytest.Config) -> SnippetSession:
    if SESSION not in config.stash:
        if _is_worker(config):
            folder = Path(config.workerinput["snippet_session"])
        else:  # a folder of this run's own: pytest keeps the last three runs' base folders
            folder = config._tmp_path_factory.getbasetemp() / "snippet-session"  # type: ignore[attr-defined]
        config.stash[SESSION] = SnippetSession(folder)
    return config.stash[SESSION]


def pytest_configure(config: pytest.Config) -> None:
    if _is_worker(config):
        os.nice(10)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:
    """xdist's controller tells each worker where the session's results will be."""
    node.workerinput["snippet_session"] = str(_session(node.config).folder)


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items) -> None:
    def needs(item: pytest.Item, fixtures: set[str]) -> bool:
        return bool(fixtures & set(getattr(item, "fixturenames", ())))

    def ready_at(item: pytest.Item) -> int:
        return max(
            (rank for rank, made in enumerate(READY_IN_ORDER, 1) if needs(item, made)), default=0
        )

    # Within what they need, long tests first: none is left to end the session on one worker alone.
    items.sort(key=lambda item: (ready_at(item), item.get_closest_marker("long") is None))
    if config.option.collectonly or not any(needs(item, PREPARED) for item in items):
        return
    folder = _session(config).folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "needed").touch()  # read by the controller once every worker has collected
    if not _is_worker(config):
        _session(config).run()  # no workers: nothing else runs until this returns


_collected: list[str] = []


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node, ids) -> None:
    """In xdist's controller: when the last worker has collected, no test has been sent out yet."""
    _collected.append(node.gateway.id)
    if len(_collected) == len(node.config.getoption("tx")):
        session = _session(node.config)
        if (session.folder / "needed").exists():
            session.run()


@pytest.fixture(scope="session")
def snippet_session(pytestconfig: pytest.Config) -> SnippetSession:
    return _session(pytestconfig)


@pytest.fixture(scope="session")
def snippet_results(snippet_session: SnippetSession):
    """Every snippet's run on every interpreter and start method it needs, from this session."""
    return snippet_session.results()


@pytest.fixture(scope="session")
def build_result(snippet_session: SnippetSession) -> tuple[Path, str, int]:
    """The strict build of the whole site from this session's snippet results.

    Its outcome is returned, not asserted: a failing session fixture would be reported for every test.
    """
    return snippet_session.site_build()


@pytest.fixture(scope="session")
def site(snippet_session: SnippetSession) -> tuple[Path, str]:
    """The built site and its build log. When the strict build failed (test_strict_build_passes
    says why), this is a non-strict build from the same results: one failed snippet fails its own
    tests, not every test that reads a page."""
    return snippet_session.site()
