"""Each option of the pipeline is declared once (settings.Settings); mkdocs.yml shows every one
with its comment and its one-run override, and both the plugin and `snippet-run` read it."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

import pytest
from mkdocs.config import load_config

from snippet_pipeline.plugin import SnippetsConfig
from snippet_pipeline.settings import Settings, coerce, environment_variable
from support.paths import ROOT

FIELDS = dataclasses.fields(Settings)


def yaml_default(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, tuple):
        return "[]"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def expected_line(field: dataclasses.Field) -> str:
    """The line of mkdocs.yml that shows this option."""
    default = yaml_default(field.default)
    return (
        f"{field.name}: !ENV [{environment_variable(field)}, {default}]  # {field.metadata['doc']}"
    )


def snippets_block() -> list[str]:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    block = re.search(r"^  - snippets:\n((?:      .*\n)+)", text, re.M)
    assert block, "mkdocs.yml has no `- snippets:` plugin entry"
    return [line.strip() for line in block[1].splitlines()]


def test_mkdocs_yml_shows_every_option_with_its_comment_and_override():
    lines = snippets_block()
    for field in FIELDS:
        assert expected_line(field) in lines, (
            f"mkdocs.yml: the `snippets` option {field.name} should read:\n      {expected_line(field)}"
        )
    known = {field.name for field in FIELDS}
    unknown = [line for line in lines if line.split(":")[0] not in known]
    assert not unknown, f"mkdocs.yml sets options settings.py does not declare: {unknown}"


def test_every_option_has_a_doc_and_the_plugin_config_has_every_option():
    assert all(field.metadata.get("doc") for field in FIELDS)
    assert {name for name, _ in SnippetsConfig._schema} == {field.name for field in FIELDS}


def test_the_plugin_and_snippet_run_read_the_same_options_and_overrides(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setenv("SNIPPET_CACHE", "off")
    monkeypatch.setenv("SNIPPET_TIMEOUT", "5")
    monkeypatch.setenv("SNIPPET_INTERPRETERS", os.pathsep.join(["/a", "/b"]))
    monkeypatch.setenv("SNIPPET_BROWSER_RUNTIME", "")
    from_file = Settings.from_config_file(ROOT / "mkdocs.yml")
    assert (from_file.cache, from_file.timeout) == (False, 5.0)
    assert from_file.interpreters == ("/a", "/b") and from_file.browser_runtime == ""
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert Settings.from_options(dict(config.plugins["snippets"].config)) == from_file


@pytest.mark.parametrize(
    ("name", "value"), [("cache", 0), ("timeout", "soon"), ("interpreters", [1])]
)
def test_a_wrong_value_names_the_option(name: str, value: object):
    field = next(field for field in FIELDS if field.name == name)
    with pytest.raises(ValueError, match=name):
        coerce(field, value)


def test_contributing_names_only_variables_that_exist():
    """Option variables follow one rule (SNIPPET_<OPTION>); the others are the pipeline's own."""
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8") + (ROOT / "README.md").read_text(
        encoding="utf-8"
    )
    named = set(re.findall(r"\bSNIPPET_[A-Z_]+\b", text)) - {"SNIPPET_"}
    own = {"SNIPPET_FIGURE_DIR", "SNIPPET_START_METHOD"}  # set for a snippet by the pipeline
    options = {environment_variable(field) for field in FIELDS}
    assert named <= options | own, sorted(named - options - own)


def test_settings_without_a_config_file_take_the_declared_defaults(tmp_path: Path):
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    assert Settings.from_config_file(tmp_path / "mkdocs.yml") == Settings()
