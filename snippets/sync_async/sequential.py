# snippet: expect-output=판정: 차례로 실행되었습니다
# snippet: browser
"""동기(synchronous) 방식: 기다리기만 하는 요리 세 가지를 차례로 합니다."""

import time

START = time.perf_counter()
# 요리 이름: 기다리는 시간(초)
DISHES = {"밥 짓기": 1.5, "국 끓이기": 1.0, "달걀 삶기": 0.5}


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


def cook(dish: str, seconds: float) -> None:
    log(f"{dish} 시작 ({seconds}초 기다림)")
    # 불에 올려 두고 기다립니다. 그동안 프로그램은 아무것도 하지 않습니다
    # snippet: highlight
    time.sleep(seconds)
    log(f"{dish} 끝")


for dish, seconds in DISHES.items():
    # 앞 요리가 끝나야 이 줄이 다음 요리로 넘어갑니다
    # snippet: highlight
    cook(dish, seconds)

# --- 결과 확인: 걸린 시간을 기다린 시간의 합과 비교합니다 ---
elapsed = time.perf_counter() - START
total, longest = sum(DISHES.values()), max(DISHES.values())
print(
    f"걸린 시간: {elapsed:.2f}초 "
    f"(기다린 시간의 합: {total}초, 가장 긴 기다림: {longest}초)"
)
if elapsed >= 0.95 * total:
    print(
        "판정: 차례로 실행되었습니다. "
        "한 요리가 끝나야 다음 요리를 시작했습니다."
    )
else:
    print("판정: 예상보다 빨리 끝났습니다. 요리가 겹쳤습니다.")
