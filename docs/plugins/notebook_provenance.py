"""MkDocs hook: a notebook page ends with the same provenance line as every other page.

mkdocs-jupyter executes the notebook in this build (its cache is off in mkdocs.yml, so the outputs
are never an earlier build's), in a kernel of the build's own Python.
"""

from __future__ import annotations

from snippet_pipeline import provenance
from snippet_pipeline.interpreters import current
from snippet_pipeline.process import environment_of


def on_page_content(html: str, page, config, files) -> str:
    if not page.file.src_uri.endswith(".ipynb"):
        return html
    return html + provenance.line([environment_of(current())])
