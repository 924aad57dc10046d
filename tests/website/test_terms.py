"""The site spells terms as ../shared/glossary.md says: never the avoided spellings."""

from __future__ import annotations

import re

import pytest

from support.paths import ROOT

AVOIDED = {
    "쓰레드": re.compile("쓰레드"),
    "락 (록을 씁니다)": re.compile(r"(?<![가-힣])락(?=[을를이가은는과와의에도]|\s|\(|\)|$)"),
    "경쟁 상태 (경쟁 조건을 씁니다)": re.compile("경쟁 상태"),
    "운영체제 (운영 체제를 씁니다)": re.compile("운영체제"),
    "일꾼 (작업자를 씁니다)": re.compile("일꾼"),
    "반복자 (이터레이터를 씁니다)": re.compile("반복자"),
    "쓰레기 수집 (가비지 수집을 씁니다)": re.compile(r"쓰레기\s?수집"),
    "주 모듈 (메인 모듈을 씁니다)": re.compile(r"(?<![가-힣])주\s?모듈"),
    # "폐기"만으로는 "버린다"는 뜻일 수 있으므로 deprecated의 뜻으로 쓴 꼴만 잡습니다.
    "폐기 예정 (폐지 예정을 씁니다)": re.compile(
        r"폐기\s?(?:예정|경고)|(?:부터|에서)\s폐기(?:되|된|됐|돼)"
        r"|폐기된\s(?:API|함수|기능|방식|메서드|모듈|인자|데코레이터)"
    ),
    "데드락 (교착 상태를 씁니다)": re.compile(r"데드\s?락"),
    "교착상태 (교착 상태로 띄어 씁니다)": re.compile("교착상태"),
    "서브인터프리터 (하위 인터프리터를 씁니다)": re.compile(r"서브\s?인터프리터"),
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


HITS_AND_MISSES = {
    "쓰레드": ("멀티쓰레드", "멀티스레드"),
    "락 (록을 씁니다)": ("락을 얻습니다", "연락을 주세요"),
    "경쟁 상태 (경쟁 조건을 씁니다)": ("경쟁 상태입니다", "경쟁 조건입니다"),
    "운영체제 (운영 체제를 씁니다)": ("운영체제가 정합니다", "운영 체제가 정합니다"),
    "일꾼 (작업자를 씁니다)": ("일꾼 스레드", "작업자 스레드"),
    "반복자 (이터레이터를 씁니다)": ("반복자를 돌려줍니다", "반복해서 돌려줍니다"),
    "쓰레기 수집 (가비지 수집을 씁니다)": ("쓰레기 수집기", "쓰레기를 버립니다"),
    "주 모듈 (메인 모듈을 씁니다)": ("주 모듈을 다시 import", "자주 모듈을 나눕니다"),
    "폐기 예정 (폐지 예정을 씁니다)": (
        "3.8부터 폐기되었습니다",
        "취소된 일의 결과는 폐기됩니다",
    ),
    "데드락 (교착 상태를 씁니다)": ("데드락에 빠집니다", "교착 상태에 빠집니다"),
    "교착상태 (교착 상태로 띄어 씁니다)": ("교착상태입니다", "교착 상태입니다"),
    "서브인터프리터 (하위 인터프리터를 씁니다)": (
        "서브인터프리터마다",
        "하위 인터프리터마다",
    ),
}


@pytest.mark.parametrize("label", AVOIDED)
def test_the_check_can_fail(label):
    hit, miss = HITS_AND_MISSES[label]
    assert AVOIDED[label].search(hit), hit
    assert not AVOIDED[label].search(miss), miss


def test_the_deprecated_pattern_catches_each_form():
    pattern = AVOIDED["폐기 예정 (폐지 예정을 씁니다)"]
    for text in (
        "폐기 예정 API",
        "폐기 경고가 납니다",
        "폐기된 함수를 부릅니다",
        "3.12에서 폐기된",
    ):
        assert pattern.search(text), text
    for text in ("버퍼를 폐기합니다", "결과가 폐기되었습니다", "폐기된 항목"):
        assert not pattern.search(text), text
