"""The pipeline's options: set in mkdocs.yml under the `snippets` plugin, overridable for one run by
environment variables (SNIPPET_CACHE=off mkdocs build). `snippet-run` reads the same options."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from pathlib import Path

# option: the environment variable that overrides it for one run
ENVIRONMENT = {
    "execute": "SNIPPET_EXECUTION",
    "cache": "SNIPPET_CACHE",
    "cache_dir": "SNIPPET_CACHE_DIR",
    "workers": "SNIPPET_WORKERS",
    "timeout": "SNIPPET_TIMEOUT",
    "interpreters": "SNIPPET_INTERPRETERS",
    "find_interpreters": "SNIPPET_FIND_INTERPRETERS",
    "results_file": "SNIPPET_RESULTS",
    "quiet_wait": "SNIPPET_QUIET_WAIT",
    "busy_threshold": "SNIPPET_BUSY_THRESHOLD",
    "busy_repeats": "SNIPPET_BUSY_REPEATS",
    "slow_cpu": "SNIPPET_SLOW_CPU",
    "browser_runtime": "SNIPPET_BROWSER_RUNTIME",
}
OFF = {"off", "0", "false", "no"}


@dataclasses.dataclass(frozen=True)
class Settings:
    execute: bool = True  # off: a preview that runs nothing and says so on every snippet
    cache: bool = True  # results on disk, keyed by everything a result depends on
    cache_dir: str = ".cache/snippets"  # relative to the project root
    workers: int = 0  # snippets that only wait, run side by side (0: 8 per CPU)
    timeout: float = 60.0  # seconds, unless the snippet says `# snippet: timeout=N`
    interpreters: tuple[str, ...] = ()  # more Pythons for `min-python` / `python` snippets
    find_interpreters: bool = True  # also look for python3.N on PATH and under pyenv
    results_file: str | None = None  # render these stored results (snippet-run --save): run nothing
    quiet_wait: float = 20.0  # at most this long, wait for a quiet machine before a CPU-timing run
    busy_threshold: float = 0.1  # share of all CPUs other programs may use: above, "busy"
    busy_repeats: int = 2  # run a CPU-timing snippet again this often if it failed while busy
    # Around a failed claim: CPUs computing below this share of their fastest speed count as busy
    slow_cpu: float = 0.8
    browser_runtime: str = (
        "node_modules/pyodide"  # Pyodide for "브라우저에서 실행" (npm ci); "" turns it off
    )

    @classmethod
    def from_options(cls, options: Mapping, environ: Mapping[str, str] = os.environ) -> Settings:
        """From the plugin's options (unknown keys ignored), with environment overrides."""
        values = {
            field.name: options[field.name]
            for field in dataclasses.fields(cls)
            if field.name in options
        }
        for field in dataclasses.fields(cls):
            variable = ENVIRONMENT[field.name]
            if variable in environ:
                values[field.name] = _parse(
                    environ[variable], cls.__dataclass_fields__[field.name].default
                )
        values["interpreters"] = tuple(values.get("interpreters") or ())
        return cls(**values)

    @classmethod
    def from_config_file(
        cls, config_file: Path, environ: Mapping[str, str] = os.environ
    ) -> Settings:
        """From the `snippets` plugin entry of a mkdocs.yml (defaults where it sets nothing)."""
        from mkdocs.utils.yaml import yaml_load

        with config_file.open(encoding="utf-8") as stream:
            config = yaml_load(stream) or {}
        for entry in config.get("plugins") or []:
            if isinstance(entry, dict) and "snippets" in entry:
                return cls.from_options(entry["snippets"] or {}, environ)
        return cls.from_options({}, environ)

    @property
    def worker_count(self) -> int:
        # Waiting snippets mostly sleep: about 150 of them need some 25 s of CPU on 2 cores, so 16
        # at a time finish in about 17 s with every verdict intact (4 at a time: 39 s; 64 broke one).
        return self.workers or max(4, 8 * (os.cpu_count() or 1))

    def cache_folder(self, root: Path) -> Path:
        return root / self.cache_dir


def _parse(text: str, default: object) -> object:
    if isinstance(default, bool):
        return text.strip().lower() not in OFF
    if isinstance(default, int):
        return int(text)
    if isinstance(default, float):
        return float(text)
    if isinstance(default, tuple):
        return tuple(part for part in text.split(os.pathsep) if part)
    if isinstance(default, str):
        return text
    return text or None
