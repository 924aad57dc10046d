"""The site spells terms as ../shared/glossary.md says: never the avoided spellings."""

from __future__ import annotations

import re

import pytest
from paths import ROOT

AVOIDED = {
    "쓰레드": re.compile("쓰레드"),
    "락 (록을 씁니다)": re.compile(r"(?<![가-힣])락(?=[을를이가은는과와의에도]|\s|\(|\)|$)"),
    "경쟁 상태 (경쟁 조건을 씁니다)": re.compile("경쟁 상태"),
}
FILES = sorted(
    [*ROOT.glob("docs/**/*.md"), *ROOT.glob("docs/**/*.ipynb"), *ROOT.glob("snippets/**/*.py")]
    + [ROOT / "README.md", ROOT / "CONTRIBUTING.md"]
)


@pytest.mark.parametrize("file", FILES, ids=lambda f: str(f.relative_to(ROOT)))
def test_no_avoided_spelling(file):
    hits = [
        f"{file.relative_to(ROOT)}:{number}: {label}"
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1)
        for label, pattern in AVOIDED.items()
        if pattern.search(line)
    ]
    assert not hits, "\n".join(hits)


def test_the_check_can_fail():
    assert AVOIDED["쓰레드"].search("멀티쓰레드")
    assert AVOIDED["락 (록을 씁니다)"].search("락을 얻습니다")
    assert not AVOIDED["락 (록을 씁니다)"].search("연락을 주세요")
