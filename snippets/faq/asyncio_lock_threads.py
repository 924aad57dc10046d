# snippet: expect-error=RuntimeError
"""asyncio.Lock은 스레드 안전하지 않고, 처음 기다림이 생긴 루프에 묶입니다.

다른 스레드가 자기 이벤트 루프에서 같은 록을 쓰면 RuntimeError가 납니다.
"""

import asyncio

lock = asyncio.Lock()


async def use_lock(seconds: float) -> None:
    async with lock:
        await asyncio.sleep(seconds)


def in_thread() -> None:
    # 잘못: 다른 스레드의 이벤트 루프에서 같은 asyncio.Lock을 씁니다
    # snippet: highlight
    asyncio.run(use_lock(0.1))


async def main() -> None:
    holder = asyncio.create_task(use_lock(0.5))
    # 록이 잠긴 동안 기다리는 태스크가 생기면, 록이 이 이벤트 루프에 묶입니다
    waiter = asyncio.create_task(use_lock(0.1))
    await asyncio.sleep(0.1)
    print(
        "메인 스레드의 이벤트 루프: 록을 쥔 태스크 하나, 기다리는 태스크 하나"
    )
    await asyncio.to_thread(in_thread)
    await asyncio.gather(holder, waiter)


asyncio.run(main())
