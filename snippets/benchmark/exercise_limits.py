# snippet: timing
# snippet: expect-output=판정: 한도를 1에서 20으로 올리니 5배 넘게 빨라졌습니다
# snippet: expect-output=판정: 묶음이 하나 늘 때마다 서버의 기다림(0.05초)쯤 늘었습니다
# snippet: expect-output=판정: 걸린 시간에서 나머지가 차지한 몫은 한도 20에서 더 컸습니다
"""연습 문제 풀이: 동시에 보내는 요청 수의 한도를 바꾸면
요청 20개에 걸리는 시간이 어떻게 바뀔까요?"""

import asyncio
import math
import time

import aiohttp
from aiohttp import web

REQUESTS, DELAY = 20, 0.05
LIMITS = (1, 2, 5, 10, 20)


async def slow_page(request: web.Request) -> web.Response:
    # 느린 서버 흉내: 요청마다 0.05초
    await asyncio.sleep(DELAY)
    return web.Response(text="ok")


async def fetch_all(base_url: str, limit: int) -> float:
    # snippet: highlight
    semaphore = asyncio.Semaphore(limit)
    async with aiohttp.ClientSession() as session:

        async def get(n: int) -> str:
            # snippet: highlight
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
    # 포트 0: 운영 체제가 빈 포트를 고릅니다
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0]
    elapsed = {}
    for limit in LIMITS:
        elapsed[limit] = await fetch_all(f"http://{host}:{port}", limit)
    await runner.cleanup()

    # --- 결과 확인: 묶음 수로 예상한 기다림과 비교해 판정합니다 ---
    rest = {}
    for limit in LIMITS:
        # 한도만큼씩 묶어 보내면 묶음 수만큼 기다립니다
        waits = math.ceil(REQUESTS / limit) * DELAY
        rest[limit] = elapsed[limit] - waits
        print(
            f"한도 {limit:2}: {elapsed[limit]:.2f}초 = 서버의 기다림 "
            f"{waits:.2f}초 + 나머지 {rest[limit]:.2f}초 "
            f"({rest[limit] / elapsed[limit]:.0%})"
        )
    # 한도 1은 묶음 20개, 한도 20은 묶음 1개: 묶음 하나에 늘어난 시간
    per_batch = (elapsed[1] - elapsed[20]) / (REQUESTS - 1)
    print(f"묶음이 하나 늘 때마다: {per_batch:.3f}초")
    speedup = elapsed[1] / elapsed[20]
    if speedup > 5:
        print(
            "판정: 한도를 1에서 20으로 올리니 5배 넘게 빨라졌습니다 "
            f"({speedup:.1f}배)."
        )
    else:
        print(f"판정: 한도를 올려도 {speedup:.1f}배 빨라졌을 뿐입니다.")
    if 0.8 * DELAY < per_batch < 2 * DELAY:
        print("판정: 묶음이 하나 늘 때마다 서버의 기다림(0.05초)쯤 늘었습니다.")
    else:
        print("판정: 묶음 하나에 늘어난 시간이 서버의 기다림과 다릅니다.")
    share = {limit: rest[limit] / elapsed[limit] for limit in (1, 20)}
    if share[20] > share[1]:
        print(
            "판정: 걸린 시간에서 나머지가 차지한 몫은 한도 20에서 더 컸습니다."
        )
    else:
        print("판정: 나머지의 몫이 한도 20에서 더 크지 않았습니다.")


asyncio.run(main())
