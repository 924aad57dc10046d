# snippet: expect-output=판정: 메인 스레드는 기다리지 않았습니다
"""join()을 부르지 않으면 메인 스레드는 스레드가 끝나기를 기다리지 않고
곧바로 다음 줄로 갑니다."""

import threading
import time

START = time.perf_counter()
DOWNLOAD_SECONDS = 1.0


def log(message: str) -> None:
    # 줄바꿈까지 한 번에 씁니다: 여러 스레드의 출력이 한 줄에 붙지 않게
    print(f"[{time.perf_counter() - START:4.2f}초] {message}\n", end="")


def download(page: str) -> None:
    time.sleep(DOWNLOAD_SECONDS)
    log(f"{page} 내려받기 끝")


threads = [
    threading.Thread(target=download, args=(page,))
    for page in ("page-1", "page-2")
]
for thread in threads:
    thread.start()
# join()이 없습니다: 메인 스레드는 다운로드가 끝났는지 모른 채
# 다음 줄을 실행합니다
# snippet: highlight
alive = sum(thread.is_alive() for thread in threads)
main_done = time.perf_counter() - START
log(f"메인 스레드: 할 일을 마쳤습니다 (아직 일하는 스레드 {alive}개)")

# --- 결과 확인: 메인 스레드가 끝난 시각으로 판정합니다 ---
if main_done < 0.25 * DOWNLOAD_SECONDS and alive == len(threads):
    print(
        "판정: 메인 스레드는 기다리지 않았습니다. "
        "결과를 쓰기 전에 join()이 필요합니다."
    )
else:
    print("판정: 메인 스레드가 스레드를 기다렸습니다.")
# 프로그램은 여기서 바로 끝나지 않습니다:
# 데몬이 아닌 스레드가 모두 끝나야 종료됩니다
