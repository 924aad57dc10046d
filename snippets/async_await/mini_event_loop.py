# snippet: expect-output=판정: 겹쳐서 기다렸습니다
# snippet: browser
"""손으로 만든 작은 이벤트 루프: 잠자는 코루틴 두 개를 스레드 하나로 실행합니다.

두 코루틴의 기다림이 겹칩니다.
"""

import heapq
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


class Sleep:
    def __init__(self, seconds: float):
        self.seconds = seconds

    def __await__(self):
        # 루프에 '이 시각에 깨워 달라'고 알립니다
        # snippet: highlight
        yield time.perf_counter() + self.seconds


async def brew_coffee() -> str:
    log("커피 내리기 시작 (3초)")
    await Sleep(3)
    log("커피 완성")
    return "커피"


async def toast_bread() -> str:
    log("빵 굽기 시작 (2초)")
    await Sleep(2)
    log("빵 완성")
    return "토스트"


def run(*coroutines) -> list:
    """깨울 시각이 가장 이른 코루틴부터 send(None)으로 이어서 실행합니다."""
    sleeping = [
        (0.0, number, coroutine) for number, coroutine in enumerate(coroutines)
    ]
    results = [None] * len(coroutines)
    while sleeping:
        wake_at, number, coroutine = heapq.heappop(sleeping)
        # 깨울 것이 없으면 그때까지 쉽니다
        time.sleep(max(0.0, wake_at - time.perf_counter()))
        try:
            # snippet: highlight
            next_wake_at = coroutine.send(None)
        except StopIteration as stop:
            results[number] = stop.value
        else:
            # snippet: highlight
            heapq.heappush(sleeping, (next_wake_at, number, coroutine))
    return results


print(f"결과: {run(brew_coffee(), toast_bread())}")

# --- 결과 확인: 잰 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
print(
    f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: 5초, 가장 긴 기다림: 3초)"
)
if elapsed < 0.75 * 5:
    print("판정: 겹쳐서 기다렸습니다. 전체 시간은 가장 긴 기다림과 비슷합니다.")
else:
    print("판정: 겹치지 않았습니다. 차례로 실행된 것과 같습니다.")
