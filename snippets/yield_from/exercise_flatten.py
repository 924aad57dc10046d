# snippet: browser
"""연습 문제 풀이: yield from으로 중첩 리스트를 펼칩니다.

펼친 값의 개수는 하위 제너레이터의 return 값으로 모읍니다.
"""

NESTED = [1, [2, 3], [[4], [], [5, [6, 7]]], 8]


def flatten(items):
    count = 0
    for item in items:
        if isinstance(item, list):
            # 하위 제너레이터가 return 한 개수를 더합니다
            # snippet: highlight
            count += yield from flatten(item)
        else:
            yield item
            count += 1
    return count


flat = flatten(NESTED)
values = []
while True:
    try:
        values.append(next(flat))
    # 맨 바깥 제너레이터의 return 값은 여기서 받습니다
    # snippet: highlight-start
    except StopIteration as stop:
        total = stop.value
        # snippet: highlight-end
        break
print(f"펼친 값: {values}")
print(f"flatten이 돌려준 개수: {total} (len으로 센 개수: {len(values)})")
