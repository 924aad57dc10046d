"""고친 두 루프: StopIteration.value를 받고 멈추기, yield from의 반환값으로 끝낼지 정하기."""

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
    except (
        StopIteration
    ) as stop:  # 끝났다는 신호: 최종값은 stop.value에 있습니다
        print(f"최종 합계 {stop.value}, 루프를 끝냅니다")
        break


def read_batch(source, size: int):
    count = 0
    for item in itertools.islice(source, size):
        yield item
        count += 1
    return count


def all_batches(source, size: int = 3):
    while True:
        count = yield from read_batch(
            source, size
        )  # 하위 제너레이터가 return 한 개수
        if count < size:  # 덜 찼다면 데이터가 바닥난 것입니다
            return


print(f"받은 값: {list(all_batches(iter('가나다라마바사')))}")
