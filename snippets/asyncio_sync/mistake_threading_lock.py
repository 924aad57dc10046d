# snippet: expect-output=판정: 이벤트 루프 전체가 멈췄습니다
"""흔한 실수: asyncio 코드에서 threading.Lock을 await 너머로 잡고 있습니다.

록을 기다리는 acquire()는 블로킹 호출이라 이벤트 루프 전체를 멈춥니다. 록을 쥔
태스크도 멈추므로 록은 풀리지 않습니다. 예제가 영원히 멈추지 않도록
acquire()에 1초 시간제한을 둡니다.
"""

import asyncio
import threading
import time

START = time.perf_counter()
TIMEOUT = 1.0
ticks: list[float] = []


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def ticker() -> None:
    while True:
        await asyncio.sleep(0.1)
        ticks.append(time.perf_counter() - START)


async def holder(lock: threading.Lock) -> None:
    # snippet: highlight-start
    with lock:
        log("holder: 록을 잡고 0.3초 기다립니다")
        await asyncio.sleep(0.3)
    # snippet: highlight-end
    log("holder: 록을 놓았습니다")


async def waiter(lock: threading.Lock) -> bool:
    await asyncio.sleep(0.1)
    log("waiter: 록을 기다립니다 (시간제한 1초)")
    # 실수: 이벤트 루프의 스레드가 통째로 여기서 멈춥니다
    # snippet: highlight
    got = lock.acquire(timeout=TIMEOUT)
    log(f"waiter: acquire()의 결과 = {got}")
    if got:
        lock.release()
    return got


async def main() -> None:
    lock = threading.Lock()
    tick_task = asyncio.create_task(ticker())
    _, got = await asyncio.gather(holder(lock), waiter(lock))
    tick_task.cancel()

    # --- 결과 확인: 째깍 사이의 가장 긴 틈과 acquire()의 결과로 판정합니다 ---
    gap = max(after - before for before, after in zip(ticks, ticks[1:]))
    print(f"째깍 사이의 가장 긴 틈: {gap:.2f}초 (평소 0.1초)")
    if not got and gap >= 0.9 * TIMEOUT:
        print(
            "판정: 이벤트 루프 전체가 멈췄습니다. 0.3초면 풀렸을 록을 "
            "1초 동안 기다리다 포기했습니다."
        )
    else:
        print("판정: 이벤트 루프가 멈추지 않았습니다.")


asyncio.run(main())
