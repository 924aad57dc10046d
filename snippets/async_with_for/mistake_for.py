# snippet: expect-error=TypeError
# snippet: browser
"""흔한 실수: 비동기 제너레이터를 async 없이 for로 돕니다."""

import asyncio


async def page_numbers(count: int):
    for number in range(1, count + 1):
        await asyncio.sleep(0.1)
        yield number


async def main() -> None:
    # 실수: 비동기 제너레이터는 async for로만 돌 수 있습니다
    # snippet: highlight
    for number in page_numbers(3):
        print(number)


asyncio.run(main())
