# snippet: expect-error=TimeoutError
# snippet: browser
"""흔한 실수: TimeoutError를 asyncio.timeout 블록 '안에서' 잡으려고 합니다."""

import asyncio


async def main() -> None:
    async with asyncio.timeout(0.5):
        try:
            await asyncio.sleep(2)
        # 실수: 블록 안에는 TimeoutError가 아니라 CancelledError가 옵니다
        # snippet: highlight
        except TimeoutError:
            print("이 줄은 출력되지 않습니다")
    print("이 줄도 출력되지 않습니다")


asyncio.run(main())
