# snippet: expect-output=판정: 차례로 처리하면 기다림이 모두 더해졌습니다
# snippet: expect-output=판정: 저장을 태스크로 넘기자 기다림이 겹쳤습니다
# snippet: browser
"""async for는 한 원천에서 항목을 하나씩 받고, 본문이 끝나야 다음을 청합니다.

받은 항목의 처리를 태스크로 넘기면 처리하는 동안 다음 항목을 받을 수 있습니다.
"""

import asyncio
import time

PAGES, FETCH, SAVE = 4, 0.2, 0.3


# 다음 페이지의 주소는 이번 페이지에 있다고 칩니다: 하나씩만 가져올 수 있습니다
async def fetch_pages(start: float):
    for number in range(1, PAGES + 1):
        await asyncio.sleep(FETCH)
        print(f"[{time.perf_counter() - start:4.2f}초] {number}쪽 도착")
        yield number


async def save(number: int, start: float) -> None:
    await asyncio.sleep(SAVE)
    print(f"[{time.perf_counter() - start:4.2f}초]     {number}쪽 저장 끝")


async def one_by_one() -> float:
    start = time.perf_counter()
    # snippet: highlight-start
    async for number in fetch_pages(start):
        await save(number, start)
    # snippet: highlight-end
    return time.perf_counter() - start


async def with_tasks() -> float:
    start = time.perf_counter()
    # snippet: highlight-start
    async with asyncio.TaskGroup() as group:
        async for number in fetch_pages(start):
            group.create_task(save(number, start))
    # snippet: highlight-end
    return time.perf_counter() - start


async def main() -> None:
    print("--- 본문에서 저장까지 기다리기")
    sequential = await one_by_one()
    print("--- 저장은 태스크에 맡기기")
    overlapped = await with_tasks()

    # --- 결과 확인: 두 방식의 시간을 비교해 판정합니다 ---
    print(f"차례로: {sequential:.2f}초, 태스크로: {overlapped:.2f}초")
    if sequential >= 0.95 * PAGES * (FETCH + SAVE):
        print("판정: 차례로 처리하면 기다림이 모두 더해졌습니다.")
    else:
        print("판정: 차례로 처리했는데도 기다림이 겹쳤습니다.")
    if overlapped < 0.75 * sequential:
        print("판정: 저장을 태스크로 넘기자 기다림이 겹쳤습니다.")
    else:
        print("판정: 태스크로 넘겨도 빨라지지 않았습니다.")


asyncio.run(main())
