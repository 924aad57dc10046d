# snippet: browser
"""고친 두 루프: 끝 신호와 반환값을 읽고 멈춥니다.

호출한 쪽은 StopIteration.value를 받고 멈추고, 위임하는 쪽은 yield from의
반환값으로 끝낼지 정합니다.
"""

import itertools


def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


numbers = iter([10, 20, 30])
adder = accumulate()
next(adder)
while True:
    try:
        subtotal = adder.send(next(numbers, None))
        print(f"중간 합계 {subtotal}")
    # 끝났다는 신호: 최종값은 stop.value에 있습니다
    # snippet: highlight-start
    except StopIteration as stop:
        print(f"최종 합계 {stop.value}, 루프를 끝냅니다")
        break
        # snippet: highlight-end


def read_batch(source, size: int):
    count = 0
    for item in itertools.islice(source, size):
        yield item
        count += 1
    return count


def all_batches(source, size: int = 3):
    while True:
        # 하위 제너레이터가 return 한 개수
        # snippet: highlight-start
        count = yield from read_batch(source, size)
        # 덜 찼다면 데이터가 바닥난 것입니다
        if count < size:
            return
            # snippet: highlight-end


print(f"받은 값: {list(all_batches(iter('가나다라마바사')))}")
