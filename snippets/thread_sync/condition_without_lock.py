# snippet: expect-error=RuntimeError
"""흔한 실수: with 블록 없이 Condition의 wait_for()를 부릅니다.

wait()는 록을 풀고 기다렸다가 다시 얻으므로, 록을 먼저 가지고 있어야 합니다.
"""

import threading

changed = threading.Condition()
items: list[str] = ["사과"]

# 실수: with changed: 없이 기다립니다.
# 조건이 이미 참이면 기다리지 않고 돌아오므로 오류가 나지 않습니다
result = changed.wait_for(lambda: len(items) > 0, timeout=1)
print(f"조건이 이미 참일 때: 오류 없이 {result}를 돌려줬습니다")

items.clear()
print("조건이 거짓이라 정말 기다려야 할 때:")
# snippet: highlight
changed.wait_for(lambda: len(items) > 0, timeout=1)
