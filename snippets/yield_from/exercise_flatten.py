# snippet: expect-output=판정: 모두 펼쳤고 개수도 맞습니다
# snippet: browser
"""연습 문제 풀이: yield from으로 중첩 리스트를 펼칩니다.

펼친 값의 개수는 하위 제너레이터의 return 값으로 모읍니다.
"""

import re

NESTED = [1, [2, 3], [[4], [], [5, [6, 7]]], 8]


def flatten(items):
    # snippet: starter=# 바깥 리스트의 항목만 냅니다. 중첩된 리스트를 yield from으로 펼치고,
    # snippet: starter=# 펼친 값의 개수를 return하도록 고치세요.
    # snippet: starter=yield from items
    # snippet: starter=return 0
    # snippet: solution-start
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
    # snippet: solution-end


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

# --- 결과 확인: 중첩 리스트를 글자로 바꿔 숫자만 뽑은 것과 맞춰 봅니다 ---
expected = [int(number) for number in re.findall(r"\d+", str(NESTED))]
if values == expected and total == len(expected):
    print("판정: 모두 펼쳤고 개수도 맞습니다.")
else:
    print(
        f"판정: 기대와 다릅니다. 기대한 값: {expected}, 개수: {len(expected)}"
    )
