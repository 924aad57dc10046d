# snippet: expect-output=판정: 코루틴 세 개가 루프 스레드에서 겹쳐 실행되었고 루프 스레드도 깨끗이 끝났습니다
"""이벤트 루프를 다른 스레드에서 돌리고, 동기 코드에서 코루틴을 맡깁니다.

메인 스레드는 asyncio를 모르는 동기 코드입니다.
다 쓰면 루프를 멈추고 루프 스레드를 join 합니다.
"""

import asyncio
import threading
import time

START = time.perf_counter()
PAGES = {"page-1": 0.6, "page-2": 0.4, "page-3": 0.5}


def log(message: str) -> None:
    name = threading.current_thread().name
    print(
        f"[{time.perf_counter() - START:4.2f}초] ({name}) {message}\n", end=""
    )


async def download(page: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    log(f"{page} 완료")
    return f"{page} 내용"


# snippet: highlight-start
loop = asyncio.new_event_loop()
thread = threading.Thread(target=loop.run_forever, name="루프-스레드")
thread.start()
# snippet: highlight-end
log("이벤트 루프를 돌릴 스레드를 띄웠습니다")

futures = [
    asyncio.run_coroutine_threadsafe(download(page, seconds), loop)
    for page, seconds in PAGES.items()
]
results = [future.result(timeout=5) for future in futures]
log(f"결과: {results}")

# 루프 스레드 안에서 loop.stop()이 실행되게 부탁하고, 끝나기를 기다립니다
# snippet: highlight-start
loop.call_soon_threadsafe(loop.stop)
thread.join(timeout=5)
loop.close()
# snippet: highlight-end

# --- 결과 확인: 걸린 시간과 루프 스레드가 끝났는지 봅니다 ---
elapsed = time.perf_counter() - START
total = sum(PAGES.values())
print(f"걸린 시간: {elapsed:.2f}초 (하나씩 기다리면 {total:.1f}초)")
print(
    f"루프 스레드 살아 있음: {thread.is_alive()}, 루프 닫힘: {loop.is_closed()}"
)
if elapsed < 0.75 * total and not thread.is_alive() and loop.is_closed():
    print(
        "판정: 코루틴 세 개가 루프 스레드에서 겹쳐 실행되었고 "
        "루프 스레드도 깨끗이 끝났습니다."
    )
else:
    print("판정: 겹쳐 실행되지 않았거나 루프 스레드가 끝나지 않았습니다.")
