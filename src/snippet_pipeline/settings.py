"""The pipeline's options, declared once: here.

Each field of `Settings` is an option of the MkDocs plugin `snippets` (plugin.py builds the plugin's
typed config from these fields) and of `snippet-run`, which reads the same mkdocs.yml. mkdocs.yml
lists every option with the comment `doc` gives it, and overrides it for one run with MkDocs' own
`!ENV` tag: `name: !ENV [SNIPPET_<NAME>, default]`, so `SNIPPET_CACHE=off mkdocs build` runs
everything again. tests/pipeline/test_settings.py checks mkdocs.yml against these fields.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from pathlib import Path


def _option(default: object, doc: str):
    return dataclasses.field(default=default, metadata={"doc": doc})


@dataclasses.dataclass(frozen=True)
class Settings:
    execute: bool = _option(True, "off: a preview that runs nothing (and says so on every snippet)")
    cache: bool = _option(True, "off: run everything again (deployments do)")
    cache_dir: str = _option(".cache/snippets", "where results are kept, from the project root")
    serve_at_once: bool = _option(
        True, "mkdocs serve: pages at once with the results at hand, the rest run in the background"
    )
    workers: int = _option(0, "waiting snippets run side by side, this many (0: 8 per CPU)")
    timeout: float = _option(60.0, "seconds, unless a snippet says `# snippet: timeout=N`")
    interpreters: tuple[str, ...] = _option(
        (), "more Pythons for min-python/python snippets (':' between paths in the variable)"
    )
    find_interpreters: bool = _option(True, "also look for python3.N on PATH and under pyenv")
    results_file: str | None = _option(
        None, "render results saved by `snippet-run --save` and run nothing"
    )
    quiet_wait: float = _option(
        20.0, "at most this many seconds, wait for a quiet machine before a CPU-timing run"
    )
    busy_threshold: float = _option(
        0.1, "share of all CPUs other programs may use while a CPU-timing run runs: above, busy"
    )
    timing_reruns: int = _option(
        2, "runs again, alone, of a snippet whose claims about time failed, before that counts"
    )
    slow_cpu: float = _option(
        0.8, "CPUs computing below this share of their fastest speed around a failed claim: busy"
    )
    browser_runtime: str = _option(
        "node_modules/pyodide", "Pyodide from `npm ci` for 브라우저에서 실행 ('' : none)"
    )
    browser_help: str = _option(
        "beyond/faq.md#browser-runs",
        "the page (docs-relative, #anchor allowed) on what runs in the browser: the control links it",
    )

    @classmethod
    def from_options(cls, options: Mapping) -> Settings:
        """From the plugin's options (unknown keys ignored; a missing one takes its default)."""
        return cls(
            **{
                field.name: coerce(field, options[field.name])
                for field in dataclasses.fields(cls)
                if field.name in options
            }
        )

    @classmethod
    def from_config_file(cls, config_file: Path) -> Settings:
        """From the `snippets` plugin entry of a mkdocs.yml, `!ENV` overrides included."""
        from mkdocs.utils.yaml import yaml_load

        with config_file.open(encoding="utf-8") as stream:
            config = yaml_load(stream) or {}
        for entry in config.get("plugins") or []:
            if isinstance(entry, dict) and "snippets" in entry:
                return cls.from_options(entry["snippets"] or {})
        return cls()

    @property
    def worker_count(self) -> int:
        # Waiting snippets mostly sleep: about 150 of them need some 25 s of CPU on 2 cores, so 16
        # at a time finish in about 17 s with every verdict intact (4 at a time: 39 s; 64 broke one).
        return self.workers or max(4, 8 * (os.cpu_count() or 1))

    def cache_folder(self, root: Path) -> Path:
        return root / self.cache_dir


def environment_variable(field: dataclasses.Field) -> str:
    """The variable mkdocs.yml reads with `!ENV` to override this option for one run."""
    return f"SNIPPET_{field.name.upper()}"


def coerce(field: dataclasses.Field, value: object) -> object:
    """An option's value as its field's type. `!ENV` gives YAML's reading of a variable (off is
    False, 5 is an int, '' is None), mkdocs.yml gives YAML values: both end here."""
    default = field.default
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError(f"{field.name}: expected true or false (on/off), got {value!r}")
        return value
    if isinstance(default, int | float) and not isinstance(value, bool):
        try:
            return type(default)(value)
        except (TypeError, ValueError):
            raise ValueError(f"{field.name}: expected a number, got {value!r}") from None
    if isinstance(default, tuple):
        if value is None:
            return ()
        if isinstance(value, str):
            return tuple(part for part in value.split(os.pathsep) if part)
        if isinstance(value, list | tuple) and all(isinstance(item, str) for item in value):
            return tuple(value)
        raise ValueError(f"{field.name}: expected a list of paths, got {value!r}")
    if value is None:
        return "" if isinstance(default, str) else None
    if isinstance(value, str):
        return value
    raise ValueError(f"{field.name}: expected a string, got {value!r}")
