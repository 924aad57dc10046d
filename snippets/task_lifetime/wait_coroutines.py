# snippet: expect-exit=1
# snippet: expect-stderr=TypeError: Passing coroutines is forbidden, use tasks explicitly.
# snippet: expect-stderr=RuntimeWarning: coroutine 'download' was never awaited
"""흔한 실수: asyncio.wait에 코루틴을 넘깁니다(Python 3.11부터 TypeError)."""

import asyncio


async def download(page: int) -> str:
    await asyncio.sleep(0.1)
    return f"페이지 {page}"


async def main() -> None:
    # 실수: 태스크가 아니라 코루틴을 넘깁니다
    # snippet: highlight
    done, pending = await asyncio.wait([download(1), download(2)])
    print(f"{len(done)}개 완료")


asyncio.run(main())
