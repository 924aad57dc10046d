# snippet: expect-output=판정: 겹쳐서 기다렸습니다
# snippet: browser
"""연습 문제 풀이: 나눠서 자는 태스크 세 개를 미니 이벤트 루프로 실행합니다.

세 태스크의 기다림이 겹칩니다.
"""

import heapq
import time

START = time.perf_counter()
# 이름: (조각 수, 조각당 초)
PLAN = {"사진": (3, 0.5), "음악": (2, 0.4), "문서": (4, 0.3)}


class Sleep:
    def __init__(self, seconds: float):
        self.seconds = seconds

    def __await__(self):
        yield time.perf_counter() + self.seconds


async def download(name: str, chunks: int, seconds: float) -> str:
    for chunk in range(1, chunks + 1):
        # snippet: highlight
        await Sleep(seconds)
        elapsed = time.perf_counter() - START
        print(f"[{elapsed:4.2f}초] {name} {chunk}/{chunks} 조각")
    return f"{name} {chunks * seconds:.1f}초 분량"


def run(*coroutines) -> list:
    # snippet: starter=# 코루틴을 하나씩 끝까지 실행합니다. 기다림이 겹치도록 고치세요.
    # snippet: starter=results = []
    # snippet: starter=for coroutine in coroutines:
    # snippet: starter=    try:
    # snippet: starter=        while True:
    # snippet: starter=            wake_at = coroutine.send(None)
    # snippet: starter=            time.sleep(max(0.0, wake_at - time.perf_counter()))
    # snippet: starter=    except StopIteration as stop:
    # snippet: starter=        results.append(stop.value)
    # snippet: starter=return results
    # snippet: solution-start
    sleeping = [
        (0.0, number, coroutine) for number, coroutine in enumerate(coroutines)
    ]
    results = [None] * len(coroutines)
    while sleeping:
        wake_at, number, coroutine = heapq.heappop(sleeping)
        time.sleep(max(0.0, wake_at - time.perf_counter()))
        try:
            # snippet: highlight
            heapq.heappush(sleeping, (coroutine.send(None), number, coroutine))
        except StopIteration as stop:
            # snippet: highlight
            results[number] = stop.value
    return results
    # snippet: solution-end


print(f"결과: {run(*(download(name, *plan) for name, plan in PLAN.items()))}")

# --- 결과 확인: 잰 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
total = sum(chunks * seconds for chunks, seconds in PLAN.values())
longest = max(chunks * seconds for chunks, seconds in PLAN.values())
print(
    f"걸린 시간: {elapsed:.2f}초 "
    f"(합: {total:.1f}초, 가장 긴 태스크: {longest:.1f}초)"
)
if elapsed < 0.75 * total:
    print("판정: 겹쳐서 기다렸습니다. 전체 시간은 가장 긴 태스크와 비슷합니다.")
else:
    print("판정: 겹치지 않았습니다.")
