# snippet: expect-output=판정: 요청마다 세션을 만들면 요청마다 새 TCP 연결을 열었습니다
"""흔한 실수: 요청마다 ClientSession을 새로 만들기.

서버가 받은 TCP 연결 수를 세어 세션 하나를 함께 쓸 때와 비교합니다.
"""

import asyncio

import aiohttp
from local_server import local_server

PAGES = 20
LIMIT = 5


async def fetch(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url) as response:
        return await response.text()


async def shared_session(urls: list[str]) -> None:
    semaphore = asyncio.Semaphore(LIMIT)
    # 세션 하나를 모든 요청이 함께 씁니다
    # snippet: highlight
    async with aiohttp.ClientSession() as session:

        async def one(url: str) -> str:
            async with semaphore:
                return await fetch(session, url)

        await asyncio.gather(*(one(url) for url in urls))


async def session_per_request(urls: list[str]) -> None:
    semaphore = asyncio.Semaphore(LIMIT)

    async def one(url: str) -> str:
        # 실수: 요청마다 새 세션
        # snippet: highlight
        async with semaphore, aiohttp.ClientSession() as session:
            return await fetch(session, url)

    await asyncio.gather(*(one(url) for url in urls))


async def main() -> None:
    connections = {}
    ways = {
        "세션 하나": shared_session,
        "요청마다 새 세션": session_per_request,
    }
    for label, collect in ways.items():
        async with local_server() as server:
            await collect(
                [f"{server.base_url}/page/{n}?delay=0.1" for n in range(PAGES)]
            )
        connections[label] = len(server.connections)
        print(
            f"{label}: 요청 {PAGES}개, "
            f"서버가 받은 TCP 연결 {connections[label]}개"
        )

    # --- 결과 확인: 서버가 센 연결 수로 판정합니다 ---
    per_request = connections["요청마다 새 세션"]
    if per_request == PAGES and connections["세션 하나"] <= LIMIT:
        print("판정: 요청마다 세션을 만들면 요청마다 새 TCP 연결을 열었습니다.")
    else:
        print("판정: 연결 수에 차이가 없었습니다.")


asyncio.run(main())
