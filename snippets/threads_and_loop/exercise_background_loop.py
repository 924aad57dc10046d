# snippet: expect-output=판정: 다섯 페이지를 겹쳐 받았고 루프 스레드도 끝났습니다
"""연습 문제 풀이: 다른 스레드의 이벤트 루프에 다운로드 다섯 개를 맡깁니다.

결과는 concurrent.futures.as_completed로 끝나는 순서대로 받습니다.
"""

import asyncio
import concurrent.futures
import threading
import time

START = time.perf_counter()
DELAYS = [0.8, 0.3, 1.0, 0.5, 0.6]


async def download(index: int, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return f"page-{index}({seconds}초)"


loop = asyncio.new_event_loop()
thread = threading.Thread(target=loop.run_forever, name="루프-스레드")
thread.start()
try:
    # snippet: highlight-start
    futures = [
        asyncio.run_coroutine_threadsafe(download(i, s), loop)
        for i, s in enumerate(DELAYS)
    ]
    for future in concurrent.futures.as_completed(futures, timeout=5):
        # snippet: highlight-end
        elapsed = time.perf_counter() - START
        print(f"[{elapsed:4.2f}초] {future.result()} 받음")
finally:
    # 예외가 나도 루프 스레드를 멈추고 기다립니다
    # snippet: highlight-start
    loop.call_soon_threadsafe(loop.stop)
    thread.join(timeout=5)
    loop.close()
    # snippet: highlight-end

# --- 결과 확인: 걸린 시간과 루프 스레드의 상태를 봅니다 ---
elapsed = time.perf_counter() - START
print(f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: {sum(DELAYS):.1f}초)")
if elapsed < 0.5 * sum(DELAYS) and not thread.is_alive():
    print("판정: 다섯 페이지를 겹쳐 받았고 루프 스레드도 끝났습니다.")
else:
    print("판정: 겹쳐 받지 못했거나 루프 스레드가 남아 있습니다.")
