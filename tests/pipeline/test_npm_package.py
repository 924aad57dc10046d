"""Pyodide without Node (snippet_pipeline/npm_package.py): the pinned tarball, checked against the
lock's integrity before it is used, kept in the cache, and a clear message when it cannot be had."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest

from snippet_pipeline import npm_package
from snippet_pipeline.browser import RUNTIME_FILES


def tarball(version: str) -> bytes:
    """An npm tarball of a Pyodide package: its runtime files under package/."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        files = {name: b"runtime" for name in RUNTIME_FILES}
        files["package.json"] = json.dumps({"name": "pyodide", "version": version}).encode()
        for name, data in files.items():
            member = tarfile.TarInfo(f"package/{name}")
            member.size = len(data)
            archive.addfile(member, io.BytesIO(data))
    return buffer.getvalue()


def project_pinning(tmp_path: Path, data: bytes, integrity: str | None = None) -> Path:
    """A project whose package-lock.json pins pyodide 1.2.3 at a file: URL serving `data`."""
    (tmp_path / "pyodide-1.2.3.tgz").write_bytes(data)
    entry = {
        "version": "1.2.3",
        "resolved": (tmp_path / "pyodide-1.2.3.tgz").as_uri(),
        "integrity": integrity or npm_package.integrity_of(data),
    }
    lock = {"packages": {"node_modules/pyodide": entry}}
    (tmp_path / "package-lock.json").write_text(json.dumps(lock), encoding="utf-8")
    return tmp_path


def test_the_pinned_tarball_is_fetched_once_checked_and_kept(tmp_path: Path):
    root, said = project_pinning(tmp_path, tarball("1.2.3")), []
    runtime = npm_package.fetched_runtime(root, root / "cache", said.append)
    assert runtime == root / "cache" / "pyodide-1.2.3"
    assert all((runtime / name).is_file() for name in RUNTIME_FILES)
    (root / "pyodide-1.2.3.tgz").unlink()  # the second time, nothing is fetched
    assert npm_package.fetched_runtime(root, root / "cache", said.append) == runtime
    assert len(said) == 1 and "fetching pyodide 1.2.3" in said[0], said


def test_a_tarball_that_does_not_match_the_lock_is_never_used(tmp_path: Path):
    other = npm_package.integrity_of(b"what the lock pinned")
    root = project_pinning(tmp_path, tarball("1.2.3"), integrity=other)
    with pytest.raises(npm_package.IntegrityError, match="does not match package-lock.json"):
        npm_package.fetched_runtime(root, root / "cache", lambda line: None)
    assert not (root / "cache" / "pyodide-1.2.3").exists()


def test_no_network_means_a_clear_message_and_no_runtime(tmp_path: Path):
    root, said = project_pinning(tmp_path, tarball("1.2.3")), []
    (root / "pyodide-1.2.3.tgz").unlink()  # as unreachable as a registry without a network
    assert npm_package.fetched_runtime(root, root / "cache", said.append) is None
    assert "could not fetch pyodide 1.2.3" in said[-1] and "npm ci" in said[-1], said


def test_the_repository_pins_pyodide_with_an_integrity():
    from support.paths import ROOT

    version, integrity, url = npm_package.pinned(ROOT)
    assert integrity.startswith("sha512-") and url.endswith(f"/pyodide-{version}.tgz"), url
