# snippet: expect-output=판정: 세 스레드가 함께 배리어를 지나갔습니다
"""Barrier(3): 세 스레드가 모두 도착할 때까지 기다렸다가 함께 지나갑니다."""

import threading
import time

START = time.perf_counter()
# 스레드마다 준비하는 데 걸리는 시간(초)
PREPARE = {"A": 0.1, "B": 0.3, "C": 0.6}
# snippet: highlight
start_line = threading.Barrier(len(PREPARE))
passed: dict[str, float] = {}


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def runner(name: str) -> None:
    time.sleep(PREPARE[name])
    log(f"{name}: 준비 끝. 다른 스레드를 기다립니다")
    # 세 번째 스레드가 wait()를 부르는 순간 모두 함께 풀려납니다
    # snippet: highlight
    start_line.wait()
    passed[name] = time.perf_counter() - START
    log(f"{name}: 지나갔습니다")


threads = [threading.Thread(target=runner, args=(name,)) for name in PREPARE]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

# --- 결과 확인: 지나간 시각이 얼마나 가까운지로 판정합니다 ---
spread = max(passed.values()) - min(passed.values())
slowest = max(PREPARE.values())
print(f"처음과 마지막으로 지나간 시각의 차이: {spread:.3f}초")
together = spread < 0.2 * (slowest - min(PREPARE.values()))
if together and min(passed.values()) >= 0.9 * slowest:
    print(
        "판정: 세 스레드가 함께 배리어를 지나갔습니다. "
        "가장 늦게 준비를 마친 스레드가 도착한 뒤였습니다."
    )
else:
    print("판정: 배리어를 따로따로 지나갔습니다.")
