# snippet: expect-output=판정: 양보하지 않는 태스크가 다른 태스크를 붙잡아 두었습니다
# snippet: browser
"""협력적 멀티태스킹의 약점: yield 하지 않는 태스크가 나머지를 세워 둡니다."""

import time
from collections import deque

START = time.perf_counter()
# 한 단계에 0.2초 걸리는 일 (여기서는 time.sleep으로 흉내 냅니다)
STEP = 0.2


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


def polite():
    for step in range(1, 4):
        log(f"알림 {step}단계")
        time.sleep(STEP)
        # 한 단계마다 차례를 넘깁니다
        yield


def greedy():
    for step in range(1, 6):
        log(f"보고서 {step}단계")
        time.sleep(STEP)
    # 실수: 다섯 단계를 모두 마친 뒤에야 한 번 양보합니다
    # snippet: highlight
    yield


ready = deque([("알림", polite()), ("보고서", greedy())])
# '알림' 태스크가 차례를 받은 시각들
turn_times = []
while ready:
    name, current = ready.popleft()
    if name == "알림":
        turn_times.append(time.perf_counter())
    try:
        next(current)
    except StopIteration:
        continue
    ready.append((name, current))

# --- 결과 확인: '알림'이 차례를 기다린 가장 긴 시간으로 판정합니다 ---
longest_wait = max(
    later - earlier for earlier, later in zip(turn_times, turn_times[1:])
)
print(
    f"'알림'이 다음 차례까지 기다린 가장 긴 시간: {longest_wait:.2f}초 "
    f"(한 단계는 {STEP}초)"
)
if longest_wait > 3 * STEP:
    print("판정: 양보하지 않는 태스크가 다른 태스크를 붙잡아 두었습니다.")
else:
    print("판정: 모든 태스크가 고르게 차례를 받았습니다.")
