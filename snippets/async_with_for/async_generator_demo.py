# snippet: expect-output=비동기 컴프리헨션: ['페이지 2', '페이지 4']
# snippet: browser
"""비동기 제너레이터: yield가 있는 async def 함수입니다.

async for와 비동기 컴프리헨션으로 값을 꺼냅니다.
"""

import asyncio
import time

START = time.perf_counter()
DELAY = 0.2


def log(message: str) -> None:
    print(f"[{time.perf_counter() - START:4.2f}초] {message}")


# snippet: highlight-start
async def page_numbers(count: int):
    for number in range(1, count + 1):
        await asyncio.sleep(DELAY)
        yield number
        # snippet: highlight-end


async def main() -> None:
    numbers = page_numbers(3)
    print(f"page_numbers(3)의 결과: {type(numbers).__name__} 객체")
    async for number in numbers:
        log(f"async for: {number}번 페이지")

    started = time.perf_counter()
    # 비동기 컴프리헨션: 컴프리헨션 안에서 async for로 돕니다
    # snippet: highlight
    even = [f"페이지 {n}" async for n in page_numbers(4) if n % 2 == 0]
    took = time.perf_counter() - started
    log(f"비동기 컴프리헨션: {even}")

    print(f"컴프리헨션이 걸린 시간: {took:.2f}초 (항목 4개 × {DELAY}초)")


asyncio.run(main())
