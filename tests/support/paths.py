"""Where things are, for every test module."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"  # screenshots the browser tests save
FIXTURE = ROOT / "tests" / "fixtures" / "project"  # a tiny site of its own, for the pipeline tests
