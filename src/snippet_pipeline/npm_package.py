"""The browser's Python without Node: the Pyodide that package-lock.json pins, from the npm registry.

Where `npm ci` has not put Pyodide in node_modules, the build fetches the tarball of the version the
lock pins (from the registry npm would use: `NPM_CONFIG_REGISTRY`, else registry.npmjs.org),
checks it against the lock's sha512 `integrity` (what `npm ci` checks), unpacks it into the cache
and uses it from there: the README's one command gives the whole site. No network: a clear log
line and a site without the "브라우저에서 실행" control, never a broken one. A tarball that does not
match the lock is never used (`IntegrityError`: the plugin warns, so a strict build fails).
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
import urllib.request
from pathlib import Path

from .browser import runtime_version

PACKAGE = "pyodide"
REGISTRY = "https://registry.npmjs.org/"


class IntegrityError(Exception):
    """The fetched tarball is not the one package-lock.json pins."""


def pinned(root: Path) -> tuple[str, str, str] | None:
    """(version, integrity, tarball URL) of Pyodide in the project's package-lock.json."""
    lock = root / "package-lock.json"
    if not lock.is_file():
        return None
    entry = json.loads(lock.read_text(encoding="utf-8")).get("packages", {})
    entry = entry.get(f"node_modules/{PACKAGE}")
    if not entry or "integrity" not in entry:
        return None
    version = entry["version"]
    registry = os.environ.get("NPM_CONFIG_REGISTRY") or REGISTRY
    url = entry.get("resolved") or (f"{registry.rstrip('/')}/{PACKAGE}/-/{PACKAGE}-{version}.tgz")
    return version, entry["integrity"], url


def integrity_of(data: bytes, algorithm: str = "sha512") -> str:
    """The Subresource Integrity string npm keeps in its lock: `sha512-<base64 digest>`."""
    digest = hashlib.new(algorithm, data).digest()
    return f"{algorithm}-{base64.b64encode(digest).decode()}"


def fetched_runtime(root: Path, cache: Path, log, timeout: float = 60) -> Path | None:
    """The folder of the pinned Pyodide, fetched into `cache` once; None when it cannot be had."""
    found = pinned(root)
    if found is None:
        return None
    version, integrity, url = found
    target = cache / f"{PACKAGE}-{version}"
    if runtime_version(target) == version:
        return target
    log(f"fetching {PACKAGE} {version} (pinned in package-lock.json) from {url}")
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            data = response.read()
    except OSError as error:  # URLError, timeouts and refused connections are OSErrors
        log(
            f"could not fetch {PACKAGE} {version} from {url} ({error}): pages get no "
            "브라우저에서 실행 control (npm ci, or a network, gives it)"
        )
        return None
    algorithm = integrity.split("-", 1)[0]
    if integrity_of(data, algorithm) != integrity:
        raise IntegrityError(
            f"{url} does not match package-lock.json's integrity for {PACKAGE} {version} "
            f"(got {integrity_of(data, algorithm)[:24]}…): not used"
        )
    _unpack(data, target)
    return target


def _unpack(data: bytes, target: Path) -> None:
    """The tarball's `package/` folder becomes `target`, whole or not at all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as folder:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
            archive.extractall(folder, filter="data")
        shutil.rmtree(target, ignore_errors=True)
        (Path(folder) / "package").rename(target)
