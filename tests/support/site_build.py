"""Build a site with MkDocs as a reader or CI would: a separate process, strict, never -q."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support.paths import ROOT


def build(
    config: Path, site_dir: Path, env: dict[str, str], timeout: float = 600, strict: bool = True
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict" if strict else "--no-strict",
            "-f",
            str(config),
            "-d",
            str(site_dir),
        ],
        cwd=config.parent,
        env={**env, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def built_page(site_dir: Path, page: Path) -> str:
    """The HTML the build made of the page `docs/…/x.md`."""
    relative = page.relative_to(ROOT / "docs").with_suffix("")
    folder = relative.parent if relative.name == "index" else relative
    return (site_dir / folder / "index.html").read_text(encoding="utf-8")
