# snippet: expect-output=판정: 제한 없이 보내면 서버가 요청을 거절했습니다
"""흔한 실수: 동시 요청 수를 제한하지 않기.

한 번에 5개까지만 받는 서버에 요청 20개를 보냅니다.
"""

import asyncio

import aiohttp
from local_server import local_server

PAGES = 20
# 서버는 동시에 5개까지 처리하고, 넘치는 요청은 503으로 거절합니다
CAPACITY = 5


async def fetch_status(session: aiohttp.ClientSession, url: str) -> int:
    async with session.get(url) as response:
        return response.status


async def collect(limit: int | None) -> int:
    async with (
        local_server(capacity=CAPACITY) as server,
        aiohttp.ClientSession() as session,
    ):
        urls = [f"{server.base_url}/page/{n}?delay=0.2" for n in range(PAGES)]
        # 실수: 20개를 한꺼번에 보냅니다
        if limit is None:
            # snippet: highlight-start
            statuses = await asyncio.gather(
                *(fetch_status(session, url) for url in urls)
            )
            # snippet: highlight-end
        else:
            semaphore = asyncio.Semaphore(limit)

            async def fetch_limited(url: str) -> int:
                # snippet: highlight
                async with semaphore:
                    return await fetch_status(session, url)

            statuses = await asyncio.gather(
                *(fetch_limited(url) for url in urls)
            )
    label = "제한 없음" if limit is None else f"Semaphore({limit})"
    print(
        f"{label}: 성공(200) {statuses.count(200)}개, "
        f"거절(503) {statuses.count(503)}개"
    )
    return statuses.count(503)


async def main() -> None:
    rejected_without = await collect(limit=None)
    rejected_with = await collect(limit=CAPACITY)

    # --- 결과 확인: 거절된 요청 수로 판정합니다 ---
    if rejected_without > 0 and rejected_with == 0:
        print(
            "판정: 제한 없이 보내면 서버가 요청을 거절했습니다. "
            "제한하면 모두 받았습니다."
        )
    else:
        print("판정: 제한이 있든 없든 결과가 같았습니다.")


asyncio.run(main())
