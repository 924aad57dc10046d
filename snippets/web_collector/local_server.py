"""수집기 예제들이 함께 쓰는 작은 HTTP 서버입니다.

aiohttp.web으로 127.0.0.1의 빈 포트에서 실행합니다. GET /page/3?delay=0.2 는
0.2초 기다린 뒤 "페이지 3"을 돌려줍니다. 서버는 동시에 처리한 요청 수의
최댓값과 요청이 들어온 TCP 연결을 기록합니다. capacity를 주면 그보다 많은
요청이 동시에 올 때 넘치는 요청을 503으로 거절합니다.
"""

import asyncio
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import aiohttp
from aiohttp import web


@dataclass
class ServerStats:
    base_url: str = ""
    # 지금 처리 중인 요청 수
    in_flight: int = 0
    # 동시에 처리 중이던 요청 수의 최댓값
    max_in_flight: int = 0
    # capacity를 넘어서 503으로 거절한 요청 수
    rejected: int = 0
    # 요청이 들어온 TCP 연결들
    connections: set = field(default_factory=set)


@asynccontextmanager
async def local_server(capacity: int | None = None):
    stats = ServerStats()

    async def page(request: web.Request) -> web.Response:
        stats.connections.add(request.transport)
        stats.in_flight += 1
        stats.max_in_flight = max(stats.max_in_flight, stats.in_flight)
        try:
            if capacity is not None and stats.in_flight > capacity:
                stats.rejected += 1
                return web.Response(status=503, text="요청이 너무 많습니다")
            # 느린 서버 흉내
            await asyncio.sleep(float(request.query.get("delay", "0")))
            return web.Response(text=f"페이지 {request.match_info['number']}")
        finally:
            stats.in_flight -= 1

    app = web.Application()
    app.router.add_get("/page/{number}", page)
    # 클라이언트가 끊으면 처리도 멈춥니다
    runner = web.AppRunner(app, handler_cancellation=True)
    await runner.setup()
    # 포트 0: 운영 체제가 빈 포트를 고릅니다
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0]
    stats.base_url = f"http://{host}:{port}"
    try:
        # snippet: highlight
        yield stats
    finally:
        # 서버를 멈추고 연결을 모두 닫습니다
        await runner.cleanup()


async def demo() -> None:
    # snippet: highlight-start
    async with local_server() as server, aiohttp.ClientSession() as session:
        start = time.perf_counter()
        url = f"{server.base_url}/page/3?delay=0.5"
        async with session.get(url) as response:
            text = await response.text()
        # snippet: highlight-end
        elapsed = time.perf_counter() - start
        print(f"[{elapsed:4.2f}초] 상태 {response.status}, 본문 {text!r}")
    print("서버를 멈췄습니다")


if __name__ == "__main__":
    asyncio.run(demo())
