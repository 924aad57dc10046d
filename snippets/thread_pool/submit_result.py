# snippet: expect-output=판정: 겹쳐서 기다렸습니다
# snippet: expect-output=판정: 작업자 스레드 3개가 두 번에 나눠 처리했습니다
"""ThreadPoolExecutor에 submit으로 일을 맡기고,
돌려받은 Future에서 결과를 꺼냅니다."""

import sys
import time
from concurrent.futures import ThreadPoolExecutor

START = time.perf_counter()


def log(message: str) -> None:
    # 한 줄을 write 한 번으로 씁니다: 여러 스레드의 출력이 한 줄에 섞이지 않게
    sys.stdout.write(f"[{time.perf_counter() - START:4.2f}초] {message}\n")


def download(page: int) -> str:
    log(f"{page}번 페이지 다운로드 시작")
    # 네트워크 응답을 기다리는 1초
    time.sleep(1)
    return f"페이지{page}"


# 스레드 3개짜리 스레드 풀
# snippet: highlight
with ThreadPoolExecutor(max_workers=3) as pool:
    # 곧바로 Future 6개를 돌려받습니다
    # snippet: highlight
    futures = [pool.submit(download, page) for page in range(6)]
    done = sum(f.done() for f in futures)
    log(f"일 6개를 맡겼습니다. 끝난 Future: {done}개")
# with 블록을 나올 때 shutdown(wait=True)가 불려,
# 맡긴 일이 모두 끝날 때까지 기다립니다
log(f"with 블록을 나왔습니다. 끝난 Future: {sum(f.done() for f in futures)}개")
# snippet: highlight
print(f"결과: {[future.result() for future in futures]}")

# --- 결과 확인: 잰 시간으로 판정합니다 ---
elapsed = time.perf_counter() - START
print(
    f"걸린 시간: {elapsed:.2f}초 (기다린 시간의 합: 6초, "
    "스레드 3개로 나누면 2묶음 × 1초)"
)
if elapsed < 0.5 * 6:
    print("판정: 겹쳐서 기다렸습니다. 6초가 아니라 약 2초가 걸렸습니다.")
else:
    print("판정: 겹치지 않았습니다.")
if elapsed >= 0.95 * 2:
    print(
        "판정: 작업자 스레드 3개가 두 번에 나눠 처리했습니다. "
        "넷째 일부터는 빈 스레드를 기다렸습니다."
    )
else:
    print("판정: 2묶음보다 빨리 끝났습니다.")
