# snippet: expect-output=판정: 페이지가 하나씩 차례로 도착했습니다
# snippet: browser
"""비동기 이터레이터 클래스: __aiter__와 __anext__, 끝은 StopAsyncIteration.

async for는 항목마다 await __anext__()를 부르고 StopAsyncIteration에서 멈춥니다.
"""

import asyncio
import time

START = time.perf_counter()
DELAY = 0.2


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


class PageReader:
    def __init__(self, pages: int):
        self.pages = pages
        self.number = 0

    # snippet: highlight-start
    def __aiter__(self) -> "PageReader":
        return self

    async def __anext__(self) -> str:
        if self.number == self.pages:
            raise StopAsyncIteration
        await asyncio.sleep(DELAY)
        # snippet: highlight-end
        self.number += 1
        return f"페이지 {self.number}"


async def main() -> None:
    arrived = []
    # snippet: highlight
    async for page in PageReader(3):
        log(f"async for가 받은 항목: {page}")
        arrived.append(time.perf_counter())

    # 손으로 돌리면: aiter()로 이터레이터를 얻고 await anext()로 하나씩
    iterator = aiter(PageReader(1))
    log(f"await anext(): {await anext(iterator)}")
    try:
        await anext(iterator)
    except StopAsyncIteration:
        log("await anext(): StopAsyncIteration (더 없습니다)")

    # --- 결과 확인: 도착 간격으로 판정합니다 ---
    gaps = [after - before for before, after in zip(arrived, arrived[1:])]
    print("도착 간격(초):", " ".join(f"{gap:.2f}" for gap in gaps))
    if len(arrived) == 3 and min(gaps) >= 0.9 * DELAY:
        print("판정: 페이지가 하나씩 차례로 도착했습니다.")
    else:
        print("판정: 페이지가 한꺼번에 도착했습니다.")


asyncio.run(main())
