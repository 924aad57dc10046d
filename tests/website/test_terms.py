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
# Rules for prose only: code spans and fenced blocks keep Python's own spellings (`Future`, `sys.platform == "linux"`).
PROSE_AVOIDED = {
    "Future (퓨처를 씁니다; 괄호 속 'Future 객체'는 그대로)": re.compile(
        r"(?<![(A-Za-z_.<{])Future(?![A-Za-z_:])(?! 객체\))"
    ),
    "Linux (리눅스를 씁니다)": re.compile(r"(?<![A-Za-z])Linux(?![A-Za-z])"),
    "Windows (윈도우를 씁니다)": re.compile(r"(?<![A-Za-z])Windows(?![A-Za-z])"),
    "비블로킹 (용어집대로 비 블로킹으로 띄어 씁니다)": re.compile("비블로킹"),
    "코드 뒤에 띄어 쓴 '하다' (`join()`합니다처럼 붙여 씁니다)": re.compile(
        r"(?:`[^`\n]+`|(?<![A-Za-z_])(?:import|await))"
        r" (?:하[다고는면며여지기게]|하거나|합니다|했|해[서야도]|할 [수때]|한 (?:뒤|값|것|다음)|됩니다|되[는어었])"
    ),
}
# A chapter calls itself 이 장; 이 페이지 is for the pages of 더 나아가기.
CHAPTER_AVOIDED = {"이 페이지 (장에서는 이 장을 씁니다)": re.compile("이 페이지")}
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


def prose_lines(file):
    """(line number, text) of a page's lines outside fenced blocks."""
    fenced = False
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced:
            yield number, line


PAGES = sorted(ROOT.glob("docs/**/*.md"))


@pytest.mark.parametrize("file", PAGES, ids=lambda f: str(f.relative_to(ROOT)))
def test_prose_spells_terms_one_way(file):
    rules = dict(PROSE_AVOIDED)
    if file.parent.name == "course":
        rules |= CHAPTER_AVOIDED
    hits = [
        f"{file.relative_to(ROOT)}:{number}: {label}"
        for number, line in prose_lines(file)
        for label, pattern in rules.items()
        if any(pattern.search(part) for part in prose_parts(line, label))
    ]
    assert not hits, "\n".join(hits)


def prose_parts(line, label):
    """The spacing rule reads code spans with the words after them; the spelling rules read only what is not code."""
    if label.startswith("코드 뒤에"):
        return [line]
    return re.split(r"`[^`\n]+`", line)


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
    "Future (퓨처를 씁니다; 괄호 속 'Future 객체'는 그대로)": (
        "Future를 돌려줍니다",
        "퓨처(Future 객체)를 돌려줍니다",
    ),
    "Linux (리눅스를 씁니다)": ("Linux에서는", "리눅스에서는"),
    "Windows (윈도우를 씁니다)": ("Windows와 macOS", "윈도우와 macOS"),
    "비블로킹 (용어집대로 비 블로킹으로 띄어 씁니다)": ("비블로킹 호출", "비 블로킹 호출"),
    "코드 뒤에 띄어 쓴 '하다' (`join()`합니다처럼 붙여 씁니다)": (
        "`join()` 한 뒤",
        "`join()`한 뒤",
    ),
    "이 페이지 (장에서는 이 장을 씁니다)": ("이 페이지에서는", "이 장에서는"),
}
ALL_RULES = AVOIDED | PROSE_AVOIDED | CHAPTER_AVOIDED


@pytest.mark.parametrize("label", ALL_RULES)
def test_the_check_can_fail(label):
    hit, miss = HITS_AND_MISSES[label]
    assert ALL_RULES[label].search(hit), hit
    assert not ALL_RULES[label].search(miss), miss


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
