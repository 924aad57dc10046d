# snippet: expect-output=판정: 다른 스레드의 set()은 이벤트 루프를 깨우지 못했습니다
"""흔한 실수: 다른 스레드에서 asyncio.Event.set()을 부릅니다.

asyncio의 도구는 스레드 안전하지 않습니다. 쉬고 있던 이벤트 루프는 그 set()을
알아채지 못하고, 다른 일로 깨어날 때까지 기다리던 태스크를 깨우지 않습니다.
"""

import asyncio
import threading
import time

OTHER = 1.0


def set_from_thread(loop, event: asyncio.Event, safe: bool) -> None:
    time.sleep(0.2)
    if safe:
        # 고친 코드: 이벤트 루프의 스레드에서 set()을 실행해 달라고 맡깁니다
        # snippet: highlight
        loop.call_soon_threadsafe(event.set)
    else:
        # 실수: 다른 스레드에서 바로 부릅니다
        # snippet: highlight
        event.set()


async def woke_after(safe: bool) -> float:
    start = time.perf_counter()
    loop = asyncio.get_running_loop()
    event = asyncio.Event()
    args = (loop, event, safe)
    threading.Thread(target=set_from_thread, args=args).start()
    # 이벤트 루프가 1초 뒤에는 어차피 깨어나도록 다른 태스크를 둡니다
    other = asyncio.create_task(asyncio.sleep(OTHER))
    await event.wait()
    woke = time.perf_counter() - start
    await other
    return woke


wrong = asyncio.run(woke_after(safe=False))
print(f"스레드에서 바로 set(): {wrong:.2f}초에 깨어났습니다 (set은 0.2초)")
fixed = asyncio.run(woke_after(safe=True))
print(f"call_soon_threadsafe: {fixed:.2f}초에 깨어났습니다 (set은 0.2초)")

# --- 결과 확인: 깨어난 시각으로 판정합니다 ---
if wrong >= 0.9 * OTHER and fixed < 0.5 * OTHER:
    print(
        "판정: 다른 스레드의 set()은 이벤트 루프를 깨우지 못했습니다. "
        "call_soon_threadsafe는 곧바로 깨웠습니다."
    )
else:
    print("판정: 두 방식 모두 곧바로 깨어났습니다.")
