"""Fixtures of the pipeline tests: a fresh copy of the tiny fixture site, and what the plugin logged."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pytest

from support.paths import FIXTURE


@pytest.fixture(autouse=True)
def own_options(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests build small projects of their own, with the options each one sets: one-run
    overrides of whoever runs the suite (`SNIPPET_CACHE=off pytest` for a session that runs every
    snippet again) are for the session's runs of the repository's snippets, not for these."""
    for name in list(os.environ):
        if name.startswith("SNIPPET_"):
            monkeypatch.delenv(name)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of tests/fixtures/project; its counting snippet counts in runs.txt."""
    folder = tmp_path / "project"
    shutil.copytree(FIXTURE, folder)
    monkeypatch.setenv("RUN_COUNTER", str(folder / "runs.txt"))
    return folder


@pytest.fixture
def log(caplog: pytest.LogCaptureFixture):
    """What the plugin has logged so far, as one text."""
    caplog.set_level(logging.INFO, logger="mkdocs")
    return lambda: caplog.text
