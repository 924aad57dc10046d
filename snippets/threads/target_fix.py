# snippet: expect-output=판정: 겹쳐서 기다렸습니다
"""고친 코드: 함수 자체를 target으로, 인자는 args에 튜플로 넘깁니다."""

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


# 괄호 없이 함수를 넘기고, 인자는 스레드가 시작할 때 args에서 꺼내 씁니다
# snippet: highlight
threads = [threading.Thread(target=download, args=(page,)) for page in PAGES]
log("스레드 세 개를 만들었습니다")
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()

# --- 결과 확인: 잰 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
print(f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: {len(PAGES)}초)")
if elapsed < 0.75 * len(PAGES):
    print("판정: 겹쳐서 기다렸습니다. 세 스레드가 함께 기다렸습니다.")
else:
    print("판정: 차례로 실행되었습니다.")
