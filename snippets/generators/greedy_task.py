# snippet: expect-output=판정: 양보하지 않는 태스크가 다른 태스크를 붙잡아 두었습니다
"""협력적 멀티태스킹의 약점: yield 하지 않는 태스크 하나가 다른 태스크를 모두 기다리게 합니다."""

import time
from collections import deque

START = time.perf_counter()
STEP = 0.2  # 한 단계에 0.2초 걸리는 일 (여기서는 time.sleep으로 흉내 냅니다)


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


def polite():
    for step in range(1, 4):
        log(f"알림 {step}단계")
        time.sleep(STEP)
        yield  # 한 단계마다 차례를 넘깁니다


def greedy():
    for step in range(1, 6):
        log(f"보고서 {step}단계")
        time.sleep(STEP)
    yield  # 실수: 다섯 단계를 모두 마친 뒤에야 한 번 양보합니다


ready = deque([("알림", polite()), ("보고서", greedy())])
turn_times = []  # '알림' 태스크가 차례를 받은 시각들
while ready:
    name, current = ready.popleft()
    if name == "알림":
        turn_times.append(time.perf_counter())
    try:
        next(current)
    except StopIteration:
        continue
    ready.append((name, current))

longest_wait = max(
    later - earlier for earlier, later in zip(turn_times, turn_times[1:])
)
print(
    f"'알림'이 다음 차례까지 기다린 가장 긴 시간: {longest_wait:.2f}초 (한 단계는 {STEP}초)"
)
if longest_wait > 3 * STEP:
    print("판정: 양보하지 않는 태스크가 다른 태스크를 붙잡아 두었습니다.")
else:
    print("판정: 모든 태스크가 고르게 차례를 받았습니다.")
