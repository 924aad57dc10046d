# snippet: expect-exit=1
# snippet: expect-stderr=ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
# snippet: browser
"""흔한 실수: TaskGroup에서 난 예외를 except ValueError로 잡으려고 합니다.

올라오는 것은 ValueError가 아니라 ExceptionGroup입니다.
"""

import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name}의 응답이 잘못되었습니다")
    return f"{name} 결과"


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fetch("빠른 서버", 0.2))
            group.create_task(fetch("고장 난 서버", 0.4, fail=True))
    # 실수: ExceptionGroup은 ValueError가 아니므로 잡히지 않습니다
    # snippet: highlight
    except ValueError:
        print("이 줄은 출력되지 않습니다")


asyncio.run(main())
