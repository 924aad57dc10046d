"""연습 문제 풀이: yield from으로 중첩 리스트를 펼치고, 펼친 개수를 return 값으로 모읍니다."""

NESTED = [1, [2, 3], [[4], [], [5, [6, 7]]], 8]


def flatten(items):
    count = 0
    for item in items:
        if isinstance(item, list):
            count += yield from flatten(
                item
            )  # 하위 제너레이터가 return 한 개수를 더합니다
        else:
            yield item
            count += 1
    return count


flat = flatten(NESTED)
values = []
while True:
    try:
        values.append(next(flat))
    except (
        StopIteration
    ) as stop:  # 맨 바깥 제너레이터의 return 값은 여기서 받습니다
        total = stop.value
        break
print(f"펼친 값: {values}")
print(f"flatten이 돌려준 개수: {total} (len으로 센 개수: {len(values)})")
