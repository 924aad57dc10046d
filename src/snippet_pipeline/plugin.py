"""The MkDocs plugin `snippets`: runs the snippets the pages show, then renders them.

    plugins:
      - snippets:
          timeout: 60        # every option is in settings.py, with its environment override

Before any page renders (`on_files`), every snippet the pages show runs once (`prepare.py`); the
`snippet` fence then only renders those results. A snippet that did not end as declared fails
`mkdocs build --strict` with an error naming every such snippet. `mkdocs serve` keeps serving: the
page shows the real output in a failure box, the log names the snippet, and fixing it brings the
page back on the next rebuild. A non-strict build does the same and logs a warning.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config import base
from mkdocs.config import config_options as option
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.utils import get_relative_url

from . import browser, downloads, fence, provenance
from .interpreters import current
from .prepare import prepare
from .process import environment_of
from .project import Project
from .settings import Settings

log = get_plugin_logger("snippets")


class SnippetsConfig(base.Config):
    """The options of settings.Settings, typed (see there for what each one does)."""

    execute = option.Type(bool, default=True)
    cache = option.Type(bool, default=True)
    cache_dir = option.Type(str, default=".cache/snippets")
    workers = option.Type(int, default=0)
    timeout = option.Type((int, float), default=60)
    interpreters = option.ListOfItems(option.Type(str), default=[])
    find_interpreters = option.Type(bool, default=True)
    results_file = option.Optional(option.Type(str))
    quiet_wait = option.Type((int, float), default=20)
    busy_threshold = option.Type(float, default=0.1)
    busy_repeats = option.Type(int, default=2)
    slow_cpu = option.Type(float, default=0.8)
    browser_runtime = option.Type(str, default="node_modules/pyodide")


class SnippetsPlugin(BasePlugin[SnippetsConfig]):
    # on_startup makes MkDocs keep this object across the rebuilds of `mkdocs serve`.
    def on_startup(self, command: str, dirty: bool) -> None:
        self.command = command

    def on_config(self, config):
        settings = Settings.from_options(dict(self.config))
        self.project = Project(Path(config.config_file_path).resolve().parent, settings)
        self.strict = bool(config.strict) and getattr(self, "command", "build") != "serve"
        self.fence_problems: list[str] = []
        self.repository = config.repo_url
        self.source_base = _source_base(config.repo_url, config.edit_uri)
        fences = config.mdx_configs.setdefault("pymdownx.superfences", {}).setdefault(
            "custom_fences", []
        )
        if not any(entry.get("name") == "snippet" for entry in fences):
            fences.append(
                {
                    "name": "snippet",
                    "class": "snippet",
                    "validator": fence.validate,
                    "format": fence.format_fence,
                }
            )
        return config

    def on_files(self, files, config):
        """Run every snippet the pages show, before any page renders."""
        shown, missing = [], []
        for file in files.documentation_pages():
            for name in fence.fences_in(Path(file.abs_src_path).read_text(encoding="utf-8")):
                try:
                    shown.append(self.project.snippet(name))
                except FileNotFoundError as error:
                    missing.append(f"{file.src_uri}: {error}")
        shown = list(dict.fromkeys(shown))
        prepared = prepare(self.project, shown, log.info)
        fence.use(fence.Context(prepared, self._report))
        if not prepared.executed:
            log.info(
                "execution is off (SNIPPET_EXECUTION=off): no snippet runs, the pages show no results"
            )
        else:
            log.info(prepared.summary(shown))
        self._fail_or_show(
            missing + (prepared.failures(shown) if prepared.executed else prepared.errors)
        )
        for download in downloads.site_files(self.project, config):
            files.append(download)
        runtime = self.project.root / self.project.settings.browser_runtime
        browser_ready = bool(self.project.settings.browser_runtime) and browser.runtime_version(
            runtime
        )
        if browser_ready:
            for file in browser.site_files(runtime, config):
                files.append(file)
        else:
            log.info(
                f"no Pyodide in {runtime} (npm ci installs it): pages get no 브라우저에서 실행 control"
            )
        fence._context.browser = bool(browser_ready)
        return files

    def _fail_or_show(self, failures: list[str]) -> None:
        """`failures`: a line per failing snippet, each followed by its output's last lines (indented)."""
        count = sum(not line.startswith(" ") for line in failures)
        if failures and self.strict:
            listing = "\n".join(
                line if line.startswith(" ") else f"  - {line}" for line in failures
            )
            raise PluginError(f"{count} snippets did not end as declared:\n{listing}")
        for line in (line for line in failures if not line.startswith(" ")):
            if getattr(self, "command", "build") == "serve":
                log.info(f"FAILED (shown on its page; `mkdocs build --strict` fails on it): {line}")
            else:
                log.warning(line)

    def _report(self, message: str) -> None:
        self.fence_problems.append(message)
        (log.warning if self.strict else log.info)(message)

    def on_serve(self, server, config, builder):
        """`mkdocs serve` rebuilds when a snippet changes, not only a page."""
        server.watch(str(self.project.root / "snippets"))
        return server

    def on_page_markdown(self, markdown, page, config, files):
        url = page.url

        def download(name: str) -> str:
            return get_relative_url(f"{downloads.FOLDER}/{name}", url)

        def source(name: str) -> str | None:
            return urljoin(self.source_base, name) if self.source_base else None

        context = fence._context
        if context is not None:
            context.page = fence.Page(page.file.src_uri, download, source)
        return markdown

    def on_page_content(self, html, page, config, files):
        if page.file.src_uri.endswith(".ipynb"):
            # mkdocs-jupyter executed the notebook in this build, in a kernel of the build's Python.
            return html + provenance.line([environment_of(current())])
        context = fence._context
        if context is None or context.page is None:
            return html
        environments = context.page.environments
        context.page = None
        return html + provenance.line(environments)

    def on_post_build(self, config):
        if self.fence_problems and self.strict:
            raise PluginError("\n".join(self.fence_problems))


def _source_base(repo_url: str | None, edit_uri: str | None) -> str | None:
    """Where files of the repository are shown: `edit/main/docs/` gives <repo_url>/blob/main/."""
    if not repo_url:
        return None
    branch = (edit_uri or "edit/main/").strip("/").split("/")
    ref = branch[1] if len(branch) > 1 and branch[0] == "edit" else "main"
    return f"{repo_url.rstrip('/')}/blob/{ref}/"
