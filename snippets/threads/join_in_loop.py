# snippet: expect-output=판정: 차례로 실행되었습니다
"""흔한 실수: 반복문 안에서 start() 바로 뒤에 join()을 부르면
스레드가 하나씩 차례로 실행됩니다."""

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


for page in PAGES:
    thread = threading.Thread(target=download, args=(page,))
    # snippet: highlight-start
    thread.start()
    # 실수: 이 스레드가 끝나야 반복문이 다음 스레드를 만듭니다
    thread.join()
    # snippet: highlight-end

# --- 결과 확인: 잰 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
print(f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: {len(PAGES)}초)")
if elapsed >= 0.95 * len(PAGES):
    print(
        "판정: 차례로 실행되었습니다. "
        "스레드는 만들었지만 한 번에 하나만 일했습니다."
    )
else:
    print("판정: 겹쳐서 기다렸습니다.")
