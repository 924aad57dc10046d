# snippet: expect-output=판정: 겹쳐서 기다렸습니다
# snippet: expect-output=판정: 요리사는 스레드 하나뿐이었습니다
"""동시성(concurrency): 요리사 한 명(스레드 하나)이 여러 요리를 번갈아 돌봅니다.

기다리는 틈마다 다른 요리로 넘어갑니다.
"""

import asyncio
import threading
import time

START = time.perf_counter()
DISHES = {"밥 짓기": 1.5, "국 끓이기": 1.0, "달걀 삶기": 0.5}
# 실제로 요리한 스레드의 이름
cooks: set[str] = set()


def log(message: str) -> None:
    cook_name = threading.current_thread().name
    cooks.add(cook_name)
    print(f"[{time.perf_counter() - START:4.2f}초] ({cook_name}) {message}")


async def cook(dish: str, seconds: float) -> None:
    log(f"{dish} 시작 ({seconds}초 기다림)")
    # 기다리는 동안 요리사는 다른 요리로 넘어갑니다
    # snippet: highlight
    await asyncio.sleep(seconds)
    log(f"{dish} 끝")


async def main() -> None:
    # snippet: highlight-start
    await asyncio.gather(
        *(cook(dish, seconds) for dish, seconds in DISHES.items())
    )
    # snippet: highlight-end


asyncio.run(main())

# --- 결과 확인: 걸린 시간과 요리한 스레드의 수로 판정합니다 ---
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
if len(cooks) == 1:
    print(f"판정: 요리사는 스레드 하나뿐이었습니다 ({', '.join(cooks)}).")
else:
    print(f"판정: 스레드 {len(cooks)}개가 요리했습니다.")
