"""The notebook pages, which mkdocs-jupyter executes: run again only when the notebook changed, quiet,
and honest about when their outputs were made.

- Cache: mkdocs-jupyter keeps a notebook's executed page under a hash of the notebook's content and
  of its own options (its `cache` option; `SNIPPET_CACHE=off` turns it off with ours, so a
  deployment executes every notebook). The notebooks import only the standard library, so the
  one thing the hash leaves out is the Python that runs the kernel: `use_cache_of` gives each
  Python a folder of its own.
- Quiet: the kernel talks to the build over local sockets (`ipc`) instead of TCP, so it has no
  reason to warn that TCP is unencrypted (a warning a contributor cannot act on).
- When: the provenance line of a notebook page gives the day its cached page was made.
"""

from __future__ import annotations

import datetime
import json
import os
import tempfile
from pathlib import Path

from .interpreters import current

PLUGIN = "mkdocs-jupyter"


def use_cache_of(config, root: Path) -> None:
    """Point mkdocs-jupyter's cache at a folder per Python version, under the project root."""
    plugin = config.plugins.get(PLUGIN)
    if plugin is not None:
        folder = Path(plugin.config["cache_dir"])
        folder = folder if folder.is_absolute() else root / folder
        plugin.config["cache_dir"] = str(folder / current().full_version)


def use_local_sockets() -> None:
    """Have nbconvert start kernels on `ipc` sockets: its configuration path gains a folder whose
    `jupyter_nbconvert_config.json` says so (read by every NbConvertApp mkdocs-jupyter makes)."""
    if os.environ.get("SNIPPET_JUPYTER_CONFIG"):
        return  # done in this process already
    folder = Path(tempfile.mkdtemp(prefix="snippets-jupyter-"))  # short: a socket path is limited
    settings = {"KernelManager": {"transport": "ipc", "ip": str(folder / "kernel")}}
    (folder / "jupyter_nbconvert_config.json").write_text(json.dumps(settings), encoding="utf-8")
    paths = [
        str(folder),
        *filter(None, os.environ.get("JUPYTER_CONFIG_PATH", "").split(os.pathsep)),
    ]
    os.environ["JUPYTER_CONFIG_PATH"] = os.pathsep.join(paths)
    os.environ["SNIPPET_JUPYTER_CONFIG"] = str(folder)


def run_date(config, notebook: Path) -> datetime.date:
    """The day the outputs of this notebook page were made: its cache entry's, or today."""
    plugin = config.plugins.get(PLUGIN)
    if plugin is None or not plugin.config["cache"]:
        return datetime.date.today()
    # mkdocs-jupyter's own key and path (private names, checked by tests/pipeline/test_notebook_cache.py)
    from mkdocs_jupyter.plugin import _compute_cache_key, _get_cache_path

    key = _compute_cache_key(notebook, plugin.config, plugin.config["execute"])
    entry = _get_cache_path(plugin.config["cache_dir"], key)
    if not entry.exists():
        return datetime.date.today()
    return datetime.datetime.fromtimestamp(entry.stat().st_mtime).date()
