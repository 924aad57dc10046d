# snippet: expect-output=판정: 스레드 두 개가 두 번에 나눠 처리했습니다
"""loop.run_in_executor: 직접 만든 스레드 풀에 블로킹 함수를 맡깁니다.

풀의 크기(max_workers)가 한 번에 실행되는 호출의 수를 정합니다.
"""

import asyncio
import functools
import threading
import time
from concurrent.futures import ThreadPoolExecutor

START = time.perf_counter()
PAGES = [1, 2, 3, 4]
SECONDS = 0.5


def log(message: str) -> None:
    name = threading.current_thread().name
    print(
        f"[{time.perf_counter() - START:4.2f}초] ({name}) {message}\n", end=""
    )


def fetch(page: int, *, timeout: float) -> str:
    """블로킹 함수: 키워드 인자(timeout)도 받습니다."""
    log(f"{page}번 페이지 요청 (시간제한 {timeout}초)")
    time.sleep(SECONDS)
    return f"페이지{page}"


async def main() -> None:
    loop = asyncio.get_running_loop()
    # snippet: highlight-start
    with ThreadPoolExecutor(
        max_workers=2, thread_name_prefix="다운로더"
    ) as pool:
        # run_in_executor는 키워드 인자를 받지 않으므로 partial로 묶습니다
        futures = [
            loop.run_in_executor(pool, functools.partial(fetch, p, timeout=3))
            for p in PAGES
        ]
        # snippet: highlight-end
        log(
            f"돌려받은 것: asyncio.{type(futures[0]).__name__} {len(futures)}개"
        )
        results = await asyncio.gather(*futures)
    log(f"결과: {results}")

    # --- 결과 확인: 걸린 시간을 한 번에 두 개씩 처리한 시간과 비교합니다 ---
    elapsed = time.perf_counter() - START
    rounds = len(PAGES) / 2 * SECONDS
    print(
        f"걸린 시간: {elapsed:.2f}초 (하나씩: {len(PAGES) * SECONDS}초, "
        f"두 개씩: {rounds}초)"
    )
    if 0.95 * rounds <= elapsed < 0.75 * len(PAGES) * SECONDS:
        print("판정: 스레드 두 개가 두 번에 나눠 처리했습니다.")
    else:
        print("판정: 풀의 크기대로 나눠 처리되지 않았습니다.")


asyncio.run(main())
