# snippet: expect-error=RuntimeError
"""흔한 실수: 스레드에서 실행되는 함수가 asyncio.get_running_loop()를 부릅니다.

이벤트 루프는 자기 스레드에서만 '실행 중'입니다. 다른 스레드에서는 못 찾습니다.
"""

import asyncio
import threading


async def notify(message: str) -> None:
    print(f"알림: {message}")


def blocking_job() -> None:
    print(f"blocking_job은 {threading.current_thread().name} 스레드에서 돕니다")
    # 실수: 이 스레드에는 실행 중인 이벤트 루프가 없습니다
    # snippet: highlight
    loop = asyncio.get_running_loop()
    asyncio.run_coroutine_threadsafe(notify("작업 끝"), loop).result()


async def main() -> None:
    await asyncio.to_thread(blocking_job)


asyncio.run(main())
