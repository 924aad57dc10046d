# snippet: expect-stderr=RuntimeError: Non-thread-safe operation invoked on an event loop other than the current one
"""디버그 모드는 다른 스레드에서 이벤트 루프를 잘못 건드린 곳을 알려 줍니다.

call_soon_threadsafe 대신 call_soon을 부른 실수를, 디버그 모드를 끄고 한 번,
켜고 한 번 실행합니다. 끄면 오류 없이 값만 늦고, 켜면 그 줄에서 오류가 납니다.
"""

import asyncio
import threading
import time


def producer(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue) -> None:
    # 이벤트 루프가 queue.get()에서 기다리기 시작할 시간을 줍니다
    time.sleep(0.3)
    # 실수: call_soon_threadsafe가 아니라 call_soon을 불렀습니다
    # snippet: highlight
    loop.call_soon(queue.put_nowait, "측정값")


async def main() -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()
    thread = threading.Thread(
        target=producer, args=(loop, queue), name="생산자"
    )
    thread.start()
    try:
        # 안전장치: 1초까지만 기다립니다
        async with asyncio.timeout(1.0):
            print(f"받은 값: {await queue.get()}")
    except TimeoutError:
        print(f"1초 안에 값을 받지 못했습니다 (큐에 {queue.qsize()}개)")
    thread.join()


for debug in (False, True):
    print(f"--- 디버그 모드 {'켬' if debug else '끔'} ---")
    # snippet: highlight
    asyncio.run(main(), debug=debug)
