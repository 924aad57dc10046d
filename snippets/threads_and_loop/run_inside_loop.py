# snippet: expect-exit=1
# snippet: expect-stderr=RuntimeError: asyncio.run() cannot be called from a running event loop
# snippet: expect-stderr=was never awaited
"""흔한 실수: 이벤트 루프가 이미 도는 스레드에서 asyncio.run()을 부릅니다.

동기 함수 안에 asyncio.run()을 숨겨 두면, 코루틴 안에서 부를 때 오류가 납니다.
"""

import asyncio


async def fetch_price() -> int:
    await asyncio.sleep(0.1)
    return 3000


def price_sync() -> int:
    """동기 코드에서 쓰려고 만든 도우미: 안에서 asyncio.run()을 부릅니다."""
    # snippet: highlight
    return asyncio.run(fetch_price())


print(f"동기 코드에서: {price_sync()}원")


async def main() -> None:
    # 실수: 이미 asyncio.run() 안(이벤트 루프가 도는 스레드)입니다
    # snippet: highlight
    print(f"코루틴 안에서: {price_sync()}원")


asyncio.run(main())
