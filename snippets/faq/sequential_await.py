# snippet: expect-output=판정: 차례로 await하면 기다림이 더해집니다
# snippet: browser
"""await를 차례로 쓰면 차례로 실행됩니다. 겹치려면 gather나 TaskGroup으로."""

import asyncio
import time


async def download(page: int) -> str:
    await asyncio.sleep(1)
    return f"페이지{page}"


async def main() -> None:
    start = time.perf_counter()
    # snippet: highlight-start
    # 끝날 때까지 기다린 뒤에야
    first = await download(1)
    # 두 번째가 시작됩니다
    second = await download(2)
    # snippet: highlight-end
    one_by_one = time.perf_counter() - start

    start = time.perf_counter()
    # snippet: highlight
    first, second = await asyncio.gather(download(1), download(2))
    together = time.perf_counter() - start

    # --- 결과 확인: 두 방식의 걸린 시간을 비교합니다 ---
    print(f"차례로 await: {one_by_one:.2f}초, gather: {together:.2f}초")
    if one_by_one > 1.6 * together:
        print(
            "판정: 차례로 await하면 기다림이 더해집니다. "
            "gather는 겹쳐서 기다립니다."
        )
    else:
        print("판정: 두 방식의 차이가 없었습니다.")


asyncio.run(main())
