"""Results saved to a file, so that rendering can happen in another process than running:
`snippet-run --save results.json`, then `SNIPPET_RESULTS_FILE=results.json mkdocs build` runs nothing."""

from __future__ import annotations

import json
from pathlib import Path

from . import atomic
from .result import Key, Result


def save(results: dict[Key, Result], path: Path) -> None:
    rows = [
        results[key].to_json() for key in sorted(results, key=lambda k: (k[0], str(k[1]), k[2]))
    ]
    atomic.write_text(path, json.dumps(rows, ensure_ascii=False))  # readers may be waiting for it


def load(path: Path) -> dict[Key, Result]:
    results = [Result.from_json(row) for row in json.loads(path.read_text(encoding="utf-8"))]
    return {result.key: result for result in results}
