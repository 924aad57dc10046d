# snippet: timing
# snippet: expect-output=판정: 서버가 본 동시 요청은 5개를 넘지 않았습니다
# snippet: expect-output=판정: 5개씩 4묶음을 받은 시간과 비슷합니다
"""asyncio.Semaphore로 동시 요청을 5개로 제한합니다.

서버가 실제로 본 동시 요청 수를 셉니다.
"""

import asyncio
import time

import aiohttp
from local_server import local_server

PAGES = 20
DELAY = 0.2
LIMIT = 5


async def fetch(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url) as response:
        return await response.text()


async def fetch_limited(
    semaphore: asyncio.Semaphore, session, url: str, done: list
) -> str:
    # 이 블록 안에는 한 번에 LIMIT개의 태스크만 들어옵니다
    # snippet: highlight-start
    async with semaphore:
        page = await fetch(session, url)
    # snippet: highlight-end
    done.append(time.perf_counter())
    return page


async def main() -> None:
    # snippet: highlight
    semaphore = asyncio.Semaphore(LIMIT)
    done: list[float] = []
    async with local_server() as server, aiohttp.ClientSession() as session:
        urls = [
            f"{server.base_url}/page/{number}?delay={DELAY}"
            for number in range(PAGES)
        ]
        start = time.perf_counter()
        await asyncio.gather(
            *(fetch_limited(semaphore, session, url, done) for url in urls)
        )
        elapsed = time.perf_counter() - start
    print("완료 시각(초):", " ".join(f"{t - start:.1f}" for t in done))

    # --- 결과 확인: 서버의 기록과 잰 시간으로 판정합니다 ---
    most = server.max_in_flight
    print(f"서버가 동시에 처리한 요청: 최대 {most}개 (제한 {LIMIT}개)")
    batches = PAGES // LIMIT
    print(
        f"걸린 시간: {elapsed:.2f}초 "
        f"({batches}묶음 × {DELAY}초 = {batches * DELAY:.1f}초)"
    )
    if most <= LIMIT:
        print(f"판정: 서버가 본 동시 요청은 {LIMIT}개를 넘지 않았습니다.")
    else:
        print(f"판정: 제한을 넘었습니다. 서버가 {most}개를 동시에 받았습니다.")
    if 0.95 * batches * DELAY <= elapsed < 1.5 * batches * DELAY:
        print(f"판정: {LIMIT}개씩 {batches}묶음을 받은 시간과 비슷합니다.")
    else:
        print(f"판정: {LIMIT}개씩 {batches}묶음을 받은 시간과 다릅니다.")


asyncio.run(main())
