# snippet: expect-output=판정: 이벤트 루프는 멈추지 않았습니다
# snippet: browser
"""고친 코드: asyncio.Lock을 async with로 기다립니다.

록을 기다리는 태스크만 멈추고, 이벤트 루프는 다른 태스크를 계속 실행합니다.
"""

import asyncio
import time

START = time.perf_counter()
TICK = 0.1
ticks: list[float] = []


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def ticker() -> None:
    while True:
        await asyncio.sleep(TICK)
        ticks.append(time.perf_counter() - START)


async def holder(lock: asyncio.Lock) -> None:
    # snippet: highlight
    async with lock:
        log("holder: 록을 잡고 0.3초 기다립니다")
        await asyncio.sleep(0.3)
    log("holder: 록을 놓았습니다")


async def waiter(lock: asyncio.Lock) -> None:
    await asyncio.sleep(0.1)
    log("waiter: 록을 기다립니다")
    # snippet: highlight
    async with lock:
        log("waiter: 록을 얻었습니다")


async def main() -> None:
    lock = asyncio.Lock()
    tick_task = asyncio.create_task(ticker())
    await asyncio.gather(holder(lock), waiter(lock))
    tick_task.cancel()

    # --- 결과 확인: 째깍 사이의 가장 긴 틈으로 판정합니다 ---
    gap = max(after - before for before, after in zip(ticks, ticks[1:]))
    print(f"째깍 사이의 가장 긴 틈: {gap:.2f}초 (평소 {TICK}초)")
    if gap < 3 * TICK:
        print(
            "판정: 이벤트 루프는 멈추지 않았습니다. 기다린 것은 waiter뿐입니다."
        )
    else:
        print("판정: 이벤트 루프가 멈췄습니다.")


asyncio.run(main())
