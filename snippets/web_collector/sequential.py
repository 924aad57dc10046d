# snippet: timing
# snippet: expect-output=판정: 차례로 받았습니다
"""웹 페이지 20개를 하나씩 차례로 받습니다.

응답을 기다리는 동안 다른 일은 하지 않습니다.
"""

import asyncio
import time

import aiohttp
from local_server import local_server

PAGES = 20
# 서버가 페이지마다 0.2초 뒤에 응답합니다
DELAY = 0.2


async def fetch(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url) as response:
        return await response.text()


async def main() -> None:
    async with local_server() as server, aiohttp.ClientSession() as session:
        start = time.perf_counter()
        finished = []
        # snippet: highlight-start
        for number in range(PAGES):
            url = f"{server.base_url}/page/{number}?delay={DELAY}"
            await fetch(session, url)
            # snippet: highlight-end
            finished.append(time.perf_counter() - start)
        elapsed = time.perf_counter() - start
    print("완료 시각(초):", " ".join(f"{t:.1f}" for t in finished))
    print(f"서버가 동시에 처리한 요청: 최대 {server.max_in_flight}개")

    # --- 결과 확인: 지연의 합과 비교해 판정합니다 ---
    total = PAGES * DELAY
    print(
        f"걸린 시간: {elapsed:.2f}초 "
        f"(지연의 합: {PAGES} × {DELAY}초 = {total:.1f}초)"
    )
    if elapsed >= 0.95 * total:
        print("판정: 차례로 받았습니다. 걸린 시간이 지연의 합과 거의 같습니다.")
    else:
        print("판정: 지연의 합보다 빨리 끝났습니다. 요청이 겹쳤습니다.")


asyncio.run(main())
