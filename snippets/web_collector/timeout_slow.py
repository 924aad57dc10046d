# snippet: timing
# snippet: expect-output=TimeoutError
# snippet: expect-output=판정: 느린 페이지만 시간제한에 걸렸습니다
# snippet: expect-output=판정: 느린 페이지를 끝까지 기다리지 않았습니다
"""asyncio.timeout(3.11+)으로 요청마다 시간제한을 겁니다.

느린 페이지 하나가 전체를 붙잡지 않습니다.
"""

import asyncio
import time

import aiohttp
from local_server import local_server

# 2번 페이지만 3초 걸립니다
DELAYS = [0.2, 0.2, 3.0, 0.2, 0.2]
TIME_LIMIT = 0.5


async def fetch(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url) as response:
        return await response.text()


async def fetch_with_timeout(session: aiohttp.ClientSession, url: str) -> str:
    # snippet: highlight-start
    try:
        # 블록이 이 시간 안에 끝나지 않으면 취소합니다
        async with asyncio.timeout(TIME_LIMIT):
            return await fetch(session, url)
    except TimeoutError as error:
        # snippet: highlight-end
        name = type(error).__name__
        return f"실패: {name} ({TIME_LIMIT}초 안에 응답이 없었습니다)"


async def main() -> None:
    async with local_server() as server, aiohttp.ClientSession() as session:
        urls = [
            f"{server.base_url}/page/{n}?delay={d}"
            for n, d in enumerate(DELAYS)
        ]
        start = time.perf_counter()
        results = await asyncio.gather(
            *(fetch_with_timeout(session, url) for url in urls)
        )
        elapsed = time.perf_counter() - start
    for number, result in enumerate(results):
        print(f"{number}번 ({DELAYS[number]}초): {result}")

    # --- 결과 확인: 결과와 잰 시간으로 판정합니다 ---
    print(
        f"걸린 시간: {elapsed:.2f}초 "
        f"(시간제한 {TIME_LIMIT}초, 가장 느린 페이지 {max(DELAYS)}초)"
    )
    failed = [
        n for n, result in enumerate(results) if result.startswith("실패")
    ]
    if failed == [n for n, delay in enumerate(DELAYS) if delay > TIME_LIMIT]:
        print(
            "판정: 느린 페이지만 시간제한에 걸렸습니다. "
            "나머지는 정상으로 받았습니다."
        )
    else:
        print(f"판정: 시간제한에 걸린 페이지 {failed}가 예상과 다릅니다.")
    if elapsed < 2 * TIME_LIMIT:
        print(
            "판정: 느린 페이지를 끝까지 기다리지 않았습니다. "
            "시간제한에서 멈췄습니다."
        )
    else:
        print("판정: 느린 페이지를 끝까지 기다렸습니다.")


asyncio.run(main())
