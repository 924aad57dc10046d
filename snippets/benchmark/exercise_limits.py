# snippet: expect-output=판정: 한도를 1에서 20으로 올리니 5배 넘게 빨라졌습니다
"""연습 문제 풀이: 동시에 보내는 요청 수의 한도를 바꾸면 요청 20개에 걸리는 시간이 어떻게 바뀔까요?"""

import asyncio
import math
import time

import aiohttp
from aiohttp import web

REQUESTS, DELAY = 20, 0.05


async def slow_page(request: web.Request) -> web.Response:
    await asyncio.sleep(DELAY)  # 느린 서버 흉내: 요청마다 0.05초
    return web.Response(text="ok")


async def fetch_all(base_url: str, limit: int) -> float:
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:

        async def get(n: int) -> str:
            async with semaphore, session.get(f"{base_url}/{n}") as response:
                return await response.text()

        start = time.perf_counter()
        await asyncio.gather(*(get(n) for n in range(REQUESTS)))
        return time.perf_counter() - start


async def main() -> None:
    app = web.Application()
    app.router.add_get("/{n}", slow_page)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(
        runner, "127.0.0.1", 0
    ).start()  # 포트 0: 운영 체제가 빈 포트를 고릅니다
    host, port = runner.addresses[0]
    elapsed = {}
    for limit in (1, 2, 5, 10, 20):
        batches = math.ceil(
            REQUESTS / limit
        )  # 한도만큼씩 묶어 보내면 묶음 수만큼 기다립니다
        elapsed[limit] = await fetch_all(f"http://{host}:{port}", limit)
        print(
            f"한도 {limit:2}: {elapsed[limit]:.2f}초 (예상: 묶음 {batches}개 × {DELAY}초 = {batches * DELAY:.2f}초)"
        )
    await runner.cleanup()
    if elapsed[1] / elapsed[20] > 5:
        print(
            "판정: 한도를 1에서 20으로 올리니 5배 넘게 빨라졌습니다. 걸린 시간은 묶음 수를 따릅니다."
        )
    else:
        print("판정: 한도를 올려도 5배 넘게 빨라지지 않았습니다.")


asyncio.run(main())
