# snippet: expect-error=TypeError
# snippet: browser
"""흔한 실수: 비동기 컨텍스트 관리자에 async 없이 with를 씁니다."""

import asyncio


async def main() -> None:
    # 실수: asyncio.timeout()은 비동기 컨텍스트 관리자입니다 (async with)
    # snippet: highlight
    with asyncio.timeout(1):
        await asyncio.sleep(0.1)


asyncio.run(main())
