# snippet: expect-output=판정: 스레드가 넘긴 값을 이벤트 루프가 곧바로 받았습니다
"""loop.call_soon_threadsafe: 다른 스레드에서 이벤트 루프로 값을 넘깁니다.

센서 스레드가 값을 asyncio.Queue에 넣고, 끝나면 asyncio.Future에 결과를 둡니다.
두 일 모두 이벤트 루프 스레드에서 실행되도록 call_soon_threadsafe로 부탁합니다.
"""

import asyncio
import threading
import time

START = time.perf_counter()


def sensor(loop, queue: asyncio.Queue, done: asyncio.Future) -> None:
    """보통 스레드: 0.2초마다 값을 읽어 이벤트 루프에 넘깁니다."""
    for reading in [21.5, 22.0, 22.4]:
        time.sleep(0.2)
        sent_at = time.perf_counter()
        # snippet: highlight
        loop.call_soon_threadsafe(queue.put_nowait, (reading, sent_at))
    # snippet: highlight
    loop.call_soon_threadsafe(done.set_result, "센서 끝")


async def main() -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue = asyncio.Queue()
    done = loop.create_future()
    threading.Thread(target=sensor, args=(loop, queue, done)).start()
    delays = []
    for _ in range(3):
        reading, sent_at = await queue.get()
        delays.append(time.perf_counter() - sent_at)
        print(
            f"[{time.perf_counter() - START:4.2f}초] 받은 값 {reading}도 "
            f"(넣은 뒤 {delays[-1] * 1000:.1f}밀리초 만에 받음)"
        )
    print(f"퓨처의 결과: {await done!r}")

    # --- 결과 확인: 값을 넣은 뒤 받기까지 걸린 가장 긴 시간을 봅니다 ---
    if max(delays) < 0.1:
        print("판정: 스레드가 넘긴 값을 이벤트 루프가 곧바로 받았습니다.")
    else:
        print(f"판정: 값이 늦게 도착했습니다 ({max(delays):.2f}초).")


asyncio.run(main())
