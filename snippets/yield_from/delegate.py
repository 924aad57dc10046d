# snippet: browser
"""yield from은 하위 제너레이터가 넘겨주는 값을 그대로 바깥으로 흘려보냅니다."""


def inner():
    yield "하위 1"
    yield "하위 2"


def outer_with_for():
    yield "시작"
    # 일부러 손으로 위임합니다: 이렇게는 값만 흘려보낼 수 있습니다
    for value in inner():  # noqa: UP028
        yield value
    yield "끝"


def outer_with_yield_from():
    yield "시작"
    # 같은 값을 흘려보내고, send()와 return 값까지 이어 줍니다
    # snippet: highlight
    yield from inner()
    yield "끝"


def chain(*iterables):
    for iterable in iterables:
        # 제너레이터가 아닌 이터러블(문자열, range 등)에도 쓸 수 있습니다
        # snippet: highlight
        yield from iterable


print(f"for 문으로 위임:  {list(outer_with_for())}")
print(f"yield from 위임: {list(outer_with_yield_from())}")
print(f"chain('가나', range(3)): {list(chain('가나', range(3)))}")
