# snippet: expect-output=판정: 손님마다 빵이 구워진 뒤에 하나씩 샀습니다
# snippet: browser
"""asyncio.Condition: 조건이 참이 될 때까지 기다리고, 조건을 바꾼 쪽이 깨웁니다.

손님 셋이 빵을 기다리고, 제빵사는 빵을 구울 때마다 notify()로 한 명을 깨웁니다.
"""

import asyncio
import time

START = time.perf_counter()
BAKE = 0.2
breads = 0
baked_at: list[float] = []
bought_at: list[float] = []


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def customer(name: str, condition: asyncio.Condition) -> None:
    global breads
    # snippet: highlight-start
    async with condition:
        await condition.wait_for(lambda: breads > 0)
        breads -= 1
        # snippet: highlight-end
        bought_at.append(time.perf_counter())
        log(f"{name}: 빵을 샀습니다 (남은 빵 {breads}개)")


async def baker(condition: asyncio.Condition) -> None:
    global breads
    for _ in range(3):
        await asyncio.sleep(BAKE)
        # snippet: highlight-start
        async with condition:
            breads += 1
            baked_at.append(time.perf_counter())
            log("제빵사: 빵 하나를 구웠습니다")
            condition.notify()
        # snippet: highlight-end


async def main() -> None:
    condition = asyncio.Condition()
    async with asyncio.TaskGroup() as group:
        for name in ("손님 A", "손님 B", "손님 C"):
            group.create_task(customer(name, condition))
        group.create_task(baker(condition))

    # --- 결과 확인: 산 시각을 구운 시각과 비교합니다 ---
    in_order = all(b >= k for k, b in zip(baked_at, bought_at))
    if len(bought_at) == 3 and in_order and breads == 0:
        print("판정: 손님마다 빵이 구워진 뒤에 하나씩 샀습니다.")
    else:
        print("판정: 빵이 구워지기 전에 산 손님이 있습니다.")


asyncio.run(main())
