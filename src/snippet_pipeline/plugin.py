"""The MkDocs plugin `snippets`: runs the snippets the pages show, then renders them.

    plugins:
      - snippets:
          timeout: !ENV [SNIPPET_TIMEOUT, 60]  # every option is declared in settings.py

Before any page renders (`on_files`), every snippet the pages show runs once (`prepare.py`); the
`snippet` fence then only renders those results. A snippet that did not end as declared fails
`mkdocs build --strict` with an error naming every such snippet. `mkdocs serve` keeps serving: the
page shows the real output in a failure box, the log names the snippet, and fixing it brings the
page back on the next rebuild. A non-strict build does the same and logs a warning.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config import base
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.utils import get_relative_url

from . import browser, downloads, notebooks, npm_package, progress, render
from .background import Background
from .fence import Page, SnippetFence
from .interpreters import current
from .markers import MarkerError
from .prepare import Failure, prepare
from .process import environment_of
from .project import Project
from .settings import Settings, coerce

log = get_plugin_logger("snippets")


class _Setting(base.BaseConfigOption):
    """One field of settings.Settings as a plugin option: its default, its type (settings.coerce)."""

    def __init__(self, field: dataclasses.Field):
        super().__init__()
        self.field = field
        self.default = field.default

    def run_validation(self, value: object) -> object:
        try:
            return coerce(self.field, value)
        except ValueError as error:
            raise base.ValidationError(str(error)) from None


# The plugin's typed config: one option per field of Settings, nothing declared twice.
SnippetsConfig = type(
    "SnippetsConfig",
    (base.Config,),
    {field.name: _Setting(field) for field in dataclasses.fields(Settings)},
)


class SnippetsPlugin(BasePlugin[SnippetsConfig]):
    command = "build"

    def __init__(self):
        super().__init__()
        # Results kept in this process, per project: MkDocs keeps this object across the rebuilds
        # of `mkdocs serve` (it has on_startup), so a rebuild runs only what changed.
        self.memory: dict[Path, dict] = {}
        self.snippets: dict = {}  # parsed snippets, kept across rebuilds the same way
        self.background: Background | None = None  # `mkdocs serve` at once (background.py)
        self.dirty = False  # `mkdocs serve --dirty`, as `snippet-serve` runs it
        self._shown_as: dict[str, str] = {}  # page -> what its snippets showed in the last build

    def on_startup(self, command: str, dirty: bool) -> None:
        self.command = command
        self.dirty = dirty and command == "serve"
        if self.dirty:
            # `snippet-serve` chose --dirty (only changed pages are rebuilt) for the contributor,
            # and `_rebuild_changed_outputs` keeps the pages right: MkDocs' warning about it is
            # one they cannot act on.
            logging.getLogger("mkdocs.commands.build").addFilter(_NotTheDirtyWarning())

    def on_config(self, config):
        settings = Settings.from_options(dict(self.config))
        self.project = Project(
            Path(config.config_file_path).resolve().parent,
            settings,
            self.memory,
            snippets=self.snippets,
        )
        self.strict = bool(config.strict) and self.command != "serve"
        if self.command == "serve" and settings.serve_at_once and settings.execute:
            self.background = self.background or Background(log.info)
        else:
            self.background = None
        self.fence_problems: list[str] = []
        self.source_base = _source_base(config.repo_url, config.edit_uri)
        self.fence = SnippetFence(self._report)
        notebooks.use_cache_of(config, self.project.root)
        notebooks.use_local_sockets()
        fences = config.mdx_configs.setdefault("pymdownx.superfences", {}).setdefault(
            "custom_fences", []
        )
        fences[:] = [entry for entry in fences if entry.get("name") != "snippet"]
        fences.append(
            {
                "name": "snippet",
                "class": "snippet",
                "validator": self.fence.validate,
                "format": self.fence.format,
            }
        )
        return config

    def on_files(self, files, config):
        """Run every snippet the pages show, before any page renders."""
        pages = [Path(file.abs_src_path) for file in files.documentation_pages()]
        shown, missing = [], []
        for page, names in self.project.shown(pages).items():
            for name in names:
                try:
                    shown.append(self.project.snippet(name))
                except FileNotFoundError as error:
                    src_uri = page.relative_to(config.docs_dir).as_posix()
                    missing.append(Failure(f"{src_uri}: {error}"))
        shown = list(dict.fromkeys(shown))
        prepared = prepare(
            self.project, shown, log.info, progress.on_terminal(log.info), self.background
        )
        if not prepared.executed:
            log.info(
                "execution is off (SNIPPET_EXECUTE=off): no snippet runs, the pages show no results"
            )
        else:
            log.info(prepared.summary(shown))
        self._fail_or_show(missing + prepared.failures(shown))
        if self.dirty:
            self._rebuild_changed_outputs(files, prepared)
        for download in downloads.site_files(self.project, config):
            files.append(download)
        runtime = self._browser_runtime()
        shipped = None
        if runtime is not None:
            shipped = browser.runtime(runtime)
            for file in browser.site_files(runtime, config):
                files.append(file)
        self.fence.use(prepared, shipped)
        return files

    def _browser_runtime(self) -> Path | None:
        """Pyodide from node_modules (npm ci), else the pinned one from the npm registry, cached."""
        settings = self.project.settings
        if not settings.browser_runtime:
            return None
        runtime = self.project.root / settings.browser_runtime
        if browser.runtime_version(runtime):
            return runtime
        try:
            fetched = npm_package.fetched_runtime(
                self.project.root, settings.cache_folder(self.project.root).parent, log.info
            )
        except npm_package.IntegrityError as error:
            log.warning(f"{error}; pages get no 브라우저에서 실행 control")
            return None
        if fetched is None:
            log.info(
                f"no Pyodide in {runtime} (npm ci installs it): pages get no 브라우저에서 실행 control"
            )
        return fetched

    def _rebuild_changed_outputs(self, files, prepared) -> None:
        """A dirty build renders only the pages whose source changed: also render those whose
        snippets now show something else (a result landed, a snippet was edited), by making
        their built file older than their source."""
        by_page = self.project.shown([Path(f.abs_src_path) for f in files.documentation_pages()])
        for file in files.documentation_pages():
            shown = repr(
                [
                    (o.label, o.pending, o.result and (o.result.chunks, o.result.attempt))
                    for name in by_page.get(Path(file.abs_src_path), [])
                    if (snippet := self._snippet_or_none(name)) is not None
                    for o in prepared.outputs(snippet)
                ]
            )
            before = self._shown_as.get(file.src_uri)
            self._shown_as[file.src_uri] = shown
            if before is not None and before != shown and os.path.isfile(file.abs_dest_path):
                os.utime(file.abs_dest_path, (0, 0))

    def _snippet_or_none(self, name: str):
        try:
            return self.project.snippet(name)
        except (FileNotFoundError, MarkerError):
            return None

    def _fail_or_show(self, failures: list[Failure]) -> None:
        if failures and self.strict:
            listing = "\n".join(f"  - {failure}" for failure in failures)
            raise PluginError(f"{len(failures)} snippets did not end as declared:\n{listing}")
        for failure in failures:
            head = str(failure).splitlines()[0]
            if self.command == "serve":
                log.info(f"FAILED (shown on its page; `mkdocs build --strict` fails on it): {head}")
            else:
                log.warning(head)

    def _report(self, message: str) -> None:
        self.fence_problems.append(message)
        (log.warning if self.strict else log.info)(message)

    def on_serve(self, server, config, builder):
        """`mkdocs serve` rebuilds when a snippet changes, not only a page, and when background
        runs land."""
        server.watch(str(self.project.root / "snippets"))
        if self.background is not None:
            server.watch(str(self.background.landed))
        return server

    def on_pre_build(self, config):
        if self.background is not None:
            self.background.lock.acquire()  # no CPU-timing run beside a build
            self.background.building()

    def on_post_build(self, config):
        self._release()
        if self.background is not None:
            self.background.first_build_done()
        if self.fence_problems and self.strict:
            raise PluginError("\n".join(self.fence_problems))

    def on_build_error(self, error):
        self._release()
        if self.background is not None:
            self.background.first_build_done()  # its runs still go on

    def _release(self) -> None:
        if self.background is not None and self.background.lock.locked():
            self.background.lock.release()

    def on_page_markdown(self, markdown, page, config, files):
        url = page.url

        def download(name: str) -> str:
            return get_relative_url(f"{downloads.FOLDER}/{name}", url)

        def source(name: str) -> str | None:
            return urljoin(self.source_base, name) if self.source_base else None

        self.fence.page = Page(page.file.src_uri, download, source, self._browser_help(page, files))
        return markdown

    def on_page_content(self, html, page, config, files):
        if page.file.src_uri.endswith(".ipynb"):
            # mkdocs-jupyter executed the notebook in a kernel of the build's Python, in this build
            # or (from its cache) in the one that made its entry.
            ran = notebooks.run_date(config, Path(page.file.abs_src_path))
            return html + render.provenance(
                [{**environment_of(current()), "date": ran.isoformat()}]
            )
        if self.fence.page is None:
            return html
        shown, self.fence.page = self.fence.page, None
        if shown.browser_controls:
            html += render.browser_script(get_relative_url(browser.SCRIPT, page.url))
        return html + render.provenance(shown.environments)

    def _browser_help(self, page, files) -> str | None:
        """The link of the controls to the page on what runs in the browser, if the site has it."""
        path, _, anchor = self.project.settings.browser_help.partition("#")
        target = files.get_file_from_path(path) if path else None
        if target is None:
            return None
        return get_relative_url(target.url, page.url) + (f"#{anchor}" if anchor else "")


class _NotTheDirtyWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


def _source_base(repo_url: str | None, edit_uri: str | None) -> str | None:
    """Where files of the repository are shown: `edit/main/docs/` gives <repo_url>/blob/main/."""
    if not repo_url:
        return None
    branch = (edit_uri or "edit/main/").strip("/").split("/")
    ref = branch[1] if len(branch) > 1 and branch[0] == "edit" else "main"
    return f"{repo_url.rstrip('/')}/blob/{ref}/"
