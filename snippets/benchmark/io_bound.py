# snippet: timing
# snippet: timeout=120
# snippet: expect-output=판정: 스레드와 asyncio 모두 순차 실행보다 3배 이상 빨랐습니다
"""I/O 바운드: 0.05초 늦게 답하는 로컬 HTTP 서버에
요청 20개를 네 가지 방식으로 보냅니다."""

import asyncio
import threading
import time
import urllib.request
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import aiohttp
from measure import compare

# 어느 방식이든 동시에 최대 10개(WORKERS)까지만 보냅니다
REQUESTS, DELAY, WORKERS, REPEATS = 20, 0.05, 10, 5


class SlowServer(ThreadingHTTPServer):
    # 연결 대기열(기본 5개)이 넘치면 넘친 연결은 1초 뒤에야 다시 시도합니다
    request_queue_size = 64


class SlowHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        # 느린 서버 흉내: 요청마다 0.05초 뒤에 답합니다
        time.sleep(DELAY)
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args) -> None:
        # 요청마다 표준 에러에 기록하지 않습니다
        pass


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url) as response:
        return response.read()


async def fetch_all(urls: list[str]) -> list[bytes]:
    # snippet: highlight
    limit = asyncio.Semaphore(WORKERS)
    async with aiohttp.ClientSession() as session:

        async def get(url: str) -> bytes:
            async with limit, session.get(url) as response:
                return await response.read()

        # snippet: highlight
        return await asyncio.gather(*(get(url) for url in urls))


if __name__ == "__main__":
    # 포트 0: 운영 체제가 빈 포트를 고릅니다
    server = SlowServer(("127.0.0.1", 0), SlowHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    urls = [f"{base}/{n}" for n in range(REQUESTS)]
    print(
        f"요청 {REQUESTS}개, 요청마다 서버가 {DELAY}초 기다림, "
        f"동시에 최대 {WORKERS}개"
    )
    with (
        ThreadPoolExecutor(WORKERS) as threads,
        ProcessPoolExecutor(WORKERS) as processes,
    ):
        # snippet: highlight-start
        methods = {
            "순차": lambda: [fetch(url) for url in urls],
            "스레드": lambda: list(threads.map(fetch, urls)),
            "프로세스": lambda: list(processes.map(fetch, urls)),
            "asyncio": lambda: asyncio.run(fetch_all(urls)),
        }
        # snippet: highlight-end
        medians = compare(
            f"I/O 바운드: 요청 {REQUESTS}개", methods, REPEATS, "io_bound"
        )
    server.shutdown()

    # --- 결과 확인: 순차 실행과 가장 느린 겹치기 방식의 비로 판정합니다 ---
    slowest = max(medians["스레드"], medians["asyncio"])
    if medians["순차"] / slowest >= 3:
        print(
            "판정: 스레드와 asyncio 모두 순차 실행보다 3배 이상 빨랐습니다. "
            "기다림이 겹쳤습니다."
        )
    else:
        print(
            "판정: 스레드나 asyncio가 순차 실행보다 "
            "3배 넘게 빨라지지 않았습니다."
        )
