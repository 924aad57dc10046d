# snippet: expect-output=판정: call_soon_threadsafe 없이 넣은 값은 이벤트 루프가 깨어날 때까지 잠들어 있었습니다
"""흔한 실수: 다른 스레드에서 queue.put_nowait()를 바로 부릅니다.

이벤트 루프는 값이 들어온 줄 모르고 잠든 채로 있다가, 다른 이유(여기서는 1초
시간제한)로 깨어날 때에야 값을 봅니다. 같은 일을 call_soon_threadsafe로 하면
곧바로 받습니다. 시간제한이 있으므로 이 예제는 멈추지 않습니다.
"""

import asyncio
import threading
import time

LIMIT = 1.0  # 안전장치: 1초가 지나면 기다리기를 그만둡니다


def producer(loop, queue: asyncio.Queue, threadsafe: bool) -> None:
    # 이벤트 루프가 queue.get()에서 기다리기 시작할 시간을 줍니다
    time.sleep(0.3)
    if threadsafe:
        loop.call_soon_threadsafe(queue.put_nowait, time.perf_counter())
    else:
        # 실수: 이벤트 루프 스레드가 아닌 곳에서 큐를 직접 건드립니다
        # snippet: highlight
        queue.put_nowait(time.perf_counter())


async def receive(threadsafe: bool) -> float | None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()
    thread = threading.Thread(target=producer, args=(loop, queue, threadsafe))
    thread.start()
    try:
        async with asyncio.timeout(LIMIT):
            sent_at = await queue.get()
        delay = time.perf_counter() - sent_at
    except TimeoutError:
        delay = None
    # 스레드는 값을 넣고 이미 끝났으므로 join()은 곧바로 돌아옵니다
    thread.join()
    way = "call_soon_threadsafe" if threadsafe else "put_nowait 직접 호출"
    if delay is None:
        print(f"{way}: {LIMIT}초 안에 받지 못했습니다 (큐에 {queue.qsize()}개)")
    else:
        print(f"{way}: 넣은 뒤 {delay:.3f}초 만에 받았습니다")
    return delay


wrong = asyncio.run(receive(threadsafe=False))
right = asyncio.run(receive(threadsafe=True))

# --- 결과 확인: 두 방식에서 값을 받기까지 걸린 시간을 비교합니다 ---
if (wrong is None or wrong > 0.5) and right is not None and right < 0.1:
    print(
        "판정: call_soon_threadsafe 없이 넣은 값은 "
        "이벤트 루프가 깨어날 때까지 잠들어 있었습니다."
    )
else:
    print("판정: 두 방식 모두 값을 곧바로 받았습니다.")
