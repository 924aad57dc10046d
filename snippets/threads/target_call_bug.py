# snippet: expect-output=판정: 차례로 실행되었습니다
"""흔한 실수: Thread(target=download(page))라고 쓰면
download가 메인 스레드에서 바로 실행됩니다."""

import threading
import time

START = time.perf_counter()
PAGES = ["page-1", "page-2", "page-3"]


def log(message: str) -> None:
    # 줄바꿈까지 한 번에 씁니다: 여러 스레드의 출력이 한 줄에 붙지 않게
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def download(page: str) -> None:
    log(f"{page} 내려받기 시작 ({threading.current_thread().name})")
    time.sleep(1)
    log(f"{page} 내려받기 끝")


# 실수: download(page)를 호출한 결과(None)를 target으로 넘깁니다
# snippet: highlight
threads = [threading.Thread(target=download(page)) for page in PAGES]
log("스레드 세 개를 만들었습니다")
for thread in threads:
    # target이 None이라 스레드는 아무 일도 하지 않고 끝납니다
    thread.start()
for thread in threads:
    thread.join()

# --- 결과 확인: 잰 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
print(f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: {len(PAGES)}초)")
if elapsed >= 0.95 * len(PAGES):
    print(
        "판정: 차례로 실행되었습니다. "
        "스레드를 만들기도 전에 메인 스레드가 모두 내려받았습니다."
    )
else:
    print("판정: 겹쳐서 기다렸습니다.")
