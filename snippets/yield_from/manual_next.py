# snippet: expect-error=RuntimeError
# snippet: browser
"""위임을 next()로 직접 짜면 하위 제너레이터가 끝날 때 RuntimeError가 납니다.

제너레이터 안에서 새어 나온 StopIteration은 RuntimeError로 바뀝니다(PEP 479).
"""


def inner():
    yield 1
    yield 2


def outer():
    sub = inner()
    while True:
        # 실수: inner가 끝나면 next()가 StopIteration을 일으킵니다
        # snippet: highlight
        yield next(sub)


values = list(outer())
