# snippet: expect-exit=1
# snippet: expect-stderr=RuntimeError: asyncio.run() cannot be called from a running event loop
# snippet: expect-stderr=RuntimeWarning: coroutine 'fetch' was never awaited
"""이미 이벤트 루프가 도는 곳(코루틴 안, 주피터 셀)에서 asyncio.run()을 부르면 실패합니다."""

import asyncio


async def fetch() -> str:
    await asyncio.sleep(0.1)
    return "데이터"


async def main() -> None:
    print("main: 이벤트 루프 안에서 실행 중입니다")
    result = asyncio.run(fetch())  # 잘못: 루프 안에서 루프를 또 시작하려 합니다
    print(result)


asyncio.run(main())
