# snippet: timing
# snippet: expect-output=판정: 서버가 본 동시 요청은 4개를 넘지 않았습니다
# snippet: expect-output=판정: 느린 페이지 4개만 시간제한에 걸렸습니다
"""연습 문제 풀이: 페이지 30개를 수집합니다.

요청은 한 번에 4개까지 보내고, 요청마다 0.5초 시간제한을 겁니다.
"""

import asyncio
import time

import aiohttp
from local_server import local_server

PAGES = 30
LIMIT = 4
TIME_LIMIT = 0.5


def delay_of(number: int) -> float:
    # 6, 13, 20, 27번 페이지는 2초 걸립니다
    return 2.0 if number % 7 == 6 else 0.2


async def fetch(
    session: aiohttp.ClientSession, semaphore: asyncio.Semaphore, url: str
) -> str:
    # snippet: highlight-start
    # 먼저 차례를 기다리고,
    async with semaphore:
        try:
            # 시간제한은 차례가 온 뒤의 요청에만 겁니다
            async with asyncio.timeout(TIME_LIMIT):
                # snippet: highlight-end
                async with session.get(url) as response:
                    return await response.text()
        except TimeoutError:
            return "시간제한 초과"


async def main() -> None:
    semaphore = asyncio.Semaphore(LIMIT)
    async with local_server() as server, aiohttp.ClientSession() as session:
        urls = [
            f"{server.base_url}/page/{n}?delay={delay_of(n)}"
            for n in range(PAGES)
        ]
        start = time.perf_counter()
        async with asyncio.TaskGroup() as group:
            tasks = [
                group.create_task(fetch(session, semaphore, url))
                for url in urls
            ]
        elapsed = time.perf_counter() - start
    results = [task.result() for task in tasks]

    # --- 결과 확인: 서버의 기록과 결과로 판정합니다 ---
    failed = [
        n for n, result in enumerate(results) if result == "시간제한 초과"
    ]
    slow = [n for n in range(PAGES) if delay_of(n) > TIME_LIMIT]
    print(
        f"성공 {PAGES - len(failed)}개, 시간제한 초과 {len(failed)}개: {failed}"
    )
    print(
        f"서버가 동시에 처리한 요청: 최대 {server.max_in_flight}개, "
        f"걸린 시간: {elapsed:.2f}초"
    )
    if server.max_in_flight <= LIMIT:
        print(f"판정: 서버가 본 동시 요청은 {LIMIT}개를 넘지 않았습니다.")
    else:
        print(f"판정: 제한을 넘었습니다 ({server.max_in_flight}개).")
    if failed == slow:
        print(f"판정: 느린 페이지 {len(slow)}개만 시간제한에 걸렸습니다.")
    else:
        print(f"판정: 시간제한에 걸린 페이지가 느린 페이지 {slow}와 다릅니다.")


asyncio.run(main())
