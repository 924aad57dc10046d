# snippet: expect-output=판정: 결과가 끝난 순서대로 왔고, 첫 결과는 가장 느린 서버를 기다리지 않았습니다
# snippet: browser
"""asyncio.as_completed: 넘긴 순서가 아니라 끝난 순서대로 결과를 받습니다."""

import asyncio
import random
import time

START = time.perf_counter()
SERVERS = ["서울", "부산", "대전", "광주"]


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


async def fetch(server: str, delay: float) -> tuple[str, float]:
    await asyncio.sleep(delay)
    return server, delay


async def main() -> None:
    # 응답 시간을 실행할 때마다 무작위로 섞습니다: 실제 네트워크처럼
    delays = random.sample([0.2, 0.4, 0.6, 0.8], k=len(SERVERS))
    tasks = [asyncio.create_task(fetch(s, d)) for s, d in zip(SERVERS, delays)]
    log(f"요청한 순서: {', '.join(SERVERS)}")
    arrivals = []
    # snippet: highlight-start
    for next_done in asyncio.as_completed(tasks):
        server, delay = await next_done
        # snippet: highlight-end
        log(f"{server}의 응답 ({delay:.1f}초 걸리는 서버)")
        arrivals.append((time.perf_counter() - START, delay))
    # --- 결과 확인: 받은 순서와 받은 시각으로 판정합니다 ---
    in_finish_order = [delay for _, delay in arrivals] == sorted(delays)
    first, last = arrivals[0][0], arrivals[-1][0]
    print(f"첫 결과: {first:.2f}초, 마지막 결과: {last:.2f}초")
    if in_finish_order and first < 0.6 * last:
        print(
            "판정: 결과가 끝난 순서대로 왔고, "
            "첫 결과는 가장 느린 서버를 기다리지 않았습니다."
        )
    else:
        print("판정: 결과가 끝난 순서대로 오지 않았습니다.")


asyncio.run(main())
