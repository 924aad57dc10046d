# snippet: expect-output=판정: 겹쳐서 기다렸습니다
"""threading.Thread로 스레드 세 개를 만들어 start()로 시작하고,
join()으로 끝나기를 기다립니다."""

import threading
import time

START = time.perf_counter()
# 페이지: 내려받는 데 걸리는 시간(초)
PAGES = {"page-1": 1.0, "page-2": 0.5, "page-3": 0.8}


def log(message: str) -> None:
    # 줄바꿈까지 한 번에 씁니다: 여러 스레드의 출력이 한 줄에 붙지 않게
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def download(page: str, seconds: float) -> None:
    log(f"{page} 내려받기 시작 ({threading.current_thread().name})")
    # 네트워크 응답을 기다린다고 칩니다
    time.sleep(seconds)
    log(f"{page} 내려받기 끝")


# snippet: highlight-start
threads = [
    threading.Thread(target=download, args=(page, s))
    for page, s in PAGES.items()
]
# snippet: highlight-end
for thread in threads:
    # 새 스레드에서 download(page, s)를 실행시키고 곧바로 돌아옵니다
    # snippet: highlight
    thread.start()
log("메인 스레드: 세 스레드를 시작했습니다")
for thread in threads:
    # 이 스레드가 끝날 때까지 메인 스레드가 기다립니다
    # snippet: highlight
    thread.join()
log("메인 스레드: 모든 스레드가 끝났습니다")

# --- 결과 확인: 잰 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
total, longest = sum(PAGES.values()), max(PAGES.values())
print(
    f"걸린 시간: {elapsed:.2f}초 "
    f"(기다린 시간의 합: {total}초, 가장 긴 기다림: {longest}초)"
)
if elapsed < 0.75 * total:
    print("판정: 겹쳐서 기다렸습니다. 전체 시간은 가장 긴 기다림과 비슷합니다.")
else:
    print("판정: 겹치지 않았습니다. 차례로 실행된 것과 같습니다.")
