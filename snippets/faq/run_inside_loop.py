# snippet: expect-exit=1
# snippet: expect-stderr=RuntimeError: asyncio.run() cannot be called from a running event loop
# snippet: expect-stderr=RuntimeWarning: coroutine 'fetch' was never awaited
"""코루틴 안, 주피터 셀처럼 루프가 도는 곳에서는 asyncio.run()이 실패합니다."""

import asyncio


async def fetch() -> str:
    await asyncio.sleep(0.1)
    return "데이터"


async def main() -> None:
    print("main: 이벤트 루프 안에서 실행 중입니다")
    # 잘못: 루프 안에서 루프를 또 시작하려 합니다
    # snippet: highlight
    result = asyncio.run(fetch())
    print(result)


asyncio.run(main())
