# snippet: timing
# snippet: expect-output=판정: 차례로 받을 때보다 3배 넘게 빨랐습니다
"""asyncio.gather로 요청 20개를 한꺼번에 보냅니다.

응답은 넘긴 순서대로 받습니다.
"""

import asyncio
import time

import aiohttp
from local_server import local_server

PAGES = 20
DELAY = 0.2


async def fetch(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url) as response:
        return await response.text()


async def main() -> None:
    async with local_server() as server, aiohttp.ClientSession() as session:
        urls = [
            f"{server.base_url}/page/{number}?delay={DELAY}"
            for number in range(PAGES)
        ]
        start = time.perf_counter()
        # snippet: highlight
        pages = await asyncio.gather(*(fetch(session, url) for url in urls))
        elapsed = time.perf_counter() - start
    print(
        f"받은 페이지 {len(pages)}개 (넘긴 순서 그대로): "
        f"{pages[:3]} ... {pages[-1:]}"
    )
    print(f"서버가 동시에 처리한 요청: 최대 {server.max_in_flight}개")

    # --- 결과 확인: 지연의 합과 비교해 판정합니다 ---
    # 차례로 받으면 적어도 지연의 합만큼 걸립니다
    sequential = PAGES * DELAY
    print(
        f"걸린 시간: {elapsed:.2f}초 (차례로 받으면 적어도 {sequential:.1f}초)"
    )
    if elapsed * 3 <= sequential:
        print(
            "판정: 차례로 받을 때보다 3배 넘게 빨랐습니다 "
            f"({sequential / elapsed:.0f}배)."
        )
    else:
        print(
            f"판정: 3배까지 빨라지지 않았습니다 ({sequential / elapsed:.1f}배)."
        )


asyncio.run(main())
