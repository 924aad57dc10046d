# snippet: expect-output=판정: 겹쳐서 기다렸습니다
"""연습 문제 풀이: 세 요리를 스레드 세 개에 맡겨 기다림을 겹칩니다."""

import threading
import time

START = time.perf_counter()
DISHES = {"밥 짓기": 1.5, "국 끓이기": 1.0, "달걀 삶기": 0.5}


def log(message: str) -> None:
    # 줄바꿈까지 한 번에 씁니다: 여러 스레드의 출력이 한 줄에 붙지 않게
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def cook(dish: str, seconds: float) -> None:
    log(f"{dish} 시작 ({seconds}초 기다림)")
    time.sleep(seconds)
    log(f"{dish} 끝")


threads = [
    threading.Thread(target=cook, args=(dish, s)) for dish, s in DISHES.items()
]
# 모두 시작시킨 다음에, 모두 끝나기를 기다립니다
# snippet: highlight-start
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
# snippet: highlight-end

# --- 결과 확인: 걸린 시간을 기다린 시간의 합과 비교합니다 ---
elapsed = time.perf_counter() - START
total, longest = sum(DISHES.values()), max(DISHES.values())
print(
    f"걸린 시간: {elapsed:.2f}초 "
    f"(기다린 시간의 합: {total}초, 가장 긴 기다림: {longest}초)"
)
if elapsed < 0.75 * total:
    print("판정: 겹쳐서 기다렸습니다. 전체 시간은 가장 긴 기다림과 비슷합니다.")
else:
    print("판정: 겹치지 않았습니다. 차례로 실행된 것과 같습니다.")
