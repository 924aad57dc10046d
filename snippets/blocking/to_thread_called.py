# snippet: expect-error=TypeError
"""흔한 실수: asyncio.to_thread(blocking_download(1))처럼 먼저 호출합니다.

함수는 이벤트 루프 스레드에서 바로 실행되고, to_thread는 그 결과를 받습니다.
"""

import asyncio
import time

START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


def blocking_download(page: int) -> str:
    log(f"{page}번 페이지 요청")
    time.sleep(1)
    log(f"{page}번 페이지 완료")
    return f"페이지{page}"


async def main() -> None:
    # 실수: 괄호 때문에 이벤트 루프 스레드에서 바로 실행되고,
    # to_thread는 함수 대신 그 결과(문자열)를 받습니다
    # snippet: highlight-start
    first = asyncio.to_thread(blocking_download(1))
    second = asyncio.to_thread(blocking_download(2))
    # snippet: highlight-end
    await asyncio.gather(first, second)


asyncio.run(main())
