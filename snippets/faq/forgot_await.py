# snippet: expect-stderr=RuntimeWarning: coroutine 'sleep' was never awaited
# snippet: expect-output=판정: 기다리지 않았습니다
# snippet: browser
"""await를 빠뜨리면 asyncio.sleep(1)은 코루틴 객체만 만들고 끝납니다."""

import asyncio
import time


async def main() -> None:
    start = time.perf_counter()
    # snippet: highlight
    asyncio.sleep(1)  # 잘못: await가 없습니다
    # --- 결과 확인: 걸린 시간으로 판정합니다 ---
    elapsed = time.perf_counter() - start
    print(f"걸린 시간: {elapsed:.2f}초 (1초를 기다렸어야 합니다)")
    # await했다면 1초보다 짧을 수 없습니다.
    # 경고를 찍는 시간은 기계가 바쁘면 길어집니다.
    if elapsed < 0.95:
        print("판정: 기다리지 않았습니다. 코루틴을 만들기만 하고 버렸습니다.")
    else:
        print("판정: 1초를 기다렸습니다.")


asyncio.run(main())
