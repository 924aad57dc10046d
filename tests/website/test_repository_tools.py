"""The contributor tooling works offline: pre-commit hooks and the GitHub workflows are checked here."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support.paths import ROOT

BIN = Path(sys.executable).parent  # the tools installed with the project's test dependencies
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def run(*command: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="pre-commit needs a git checkout")
def test_pre_commit_hooks_pass_on_the_repository():
    result = run(str(BIN / "pre-commit"), "run", "--all-files", "--show-diff-on-failure")
    assert result.returncode == 0, result.stdout + result.stderr


BIOME = ROOT / "node_modules" / ".bin" / "biome"


@pytest.mark.skipif(not BIOME.exists(), reason="no node_modules/.bin/biome: run `npm ci`")
def test_the_javascript_is_formatted_and_linted_by_the_pinned_biome():
    """docs/javascripts and the tests' Node script, as biome.json sets (pinned in package.json)."""
    result = run(str(BIOME), "ci", "--colors=off")
    assert result.returncode == 0, result.stdout + result.stderr
    scripts = sorted((ROOT / "docs" / "javascripts").iterdir())
    assert all(path.suffix == ".mjs" for path in scripts), "every script is an ES module"


def test_workflows_match_the_github_schema():
    assert WORKFLOWS, "no workflow found"
    result = run(
        str(BIN / "check-jsonschema"),
        "--builtin-schema",
        "vendor.github-workflows",
        *map(str, WORKFLOWS),
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflows_have_no_security_findings():
    zizmor = shutil.which("zizmor", path=str(BIN))
    result = run(zizmor, "--offline", "--min-severity", "low", ".github/workflows")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_runs_the_test_command_the_readme_gives():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if line.endswith("-m pytest"))
    assert command in ci


def test_readme_names_the_repository_that_mkdocs_yml_sets():
    """One setting: mkdocs.yml's repo_url (SITE_REPOSITORY overrides it); README shows the same."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    default = re.search(r'repo_url: !ENV \[SITE_REPOSITORY, "([^"]+)"\]', config)
    assert default, "repo_url is not one setting with an environment override"
    assert default[1] in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "SITE_REPOSITORY" in (ROOT / ".github" / "workflows" / "deploy.yml").read_text(
        encoding="utf-8"
    )
