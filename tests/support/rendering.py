"""A site's pages rendered in this process: MkDocs' own steps for a page (config, files, Markdown,
every plugin's events) without the theme or a site folder, so a test sees what the real `snippet`
fence writes for stored or fresh results in a fraction of a build's time.

    pages = render_pages(project_folder)                 # {"index.md": "<h1>...", ...}
    render_pages(project_folder, strict=False)           # a failing snippet is a box, not an error

Options come from the project's mkdocs.yml, overridden as a reader would: environment variables
read by its `!ENV` tags (use pytest's monkeypatch.setenv). A strict failure raises PluginError, as
`mkdocs build --strict` stops on it.
"""

from __future__ import annotations

from pathlib import Path

# MkDocs' own page step (private in MkDocs 1.6; pyproject pins mkdocs < 2, and every pipeline test
# fails at once if it moves).
from mkdocs.commands.build import _populate_page
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import Page


def show(project: Path, *snippets: str, prose: str = "") -> None:
    """Make the fixture site's one page show these snippets of snippets/demo/."""
    fences = "\n".join(f"```snippet\ndemo/{name}.py\n```\n" for name in snippets)
    (project / "docs" / "index.md").write_text(
        f"# 시험 페이지\n\n{prose}\n\n{fences}", encoding="utf-8"
    )


def rendered(project: Path, *snippets: str, strict: bool = True, prose: str = "") -> str:
    """The fixture site's page showing these snippets (a strict failure raises)."""
    show(project, *snippets, prose=prose)
    return render_pages(project, strict=strict)["index.md"]


def render_pages(root: Path, strict: bool = True) -> dict[str, str]:
    """Every page of the site at `root`, as a new `mkdocs build` process would render it: MkDocs
    keeps plugins that have on_startup across the builds of one process (for `mkdocs serve`), so
    they are forgotten first and no result is remembered from an earlier render."""
    dict(MkDocsConfig._schema)["plugins"].plugin_cache.clear()
    config = load_config(str(root / "mkdocs.yml"), strict=strict)
    config = config.plugins.on_config(config)
    files = config.plugins.on_files(get_files(config), config=config)
    pages = {}
    for file in files.documentation_pages():
        page = file.page or Page(None, file, config)
        _populate_page(page, config, files)
        pages[file.src_uri] = page.content
    config.plugins.on_post_build(config=config)
    return pages
