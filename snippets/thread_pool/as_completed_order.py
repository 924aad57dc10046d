# snippet: expect-output=판정: 끝난 순서대로 받았습니다
# snippet: expect-output=판정: 빨리 끝난 결과부터 곧바로 받았습니다
"""as_completed는 Future를 끝난 순서대로 내줍니다.

어느 일이 먼저 끝날지는 실행할 때 정해집니다.
"""

import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

START = time.perf_counter()
DELAYS = {"가": 1.0, "나": 0.3, "다": 0.6}
# 페이지 -> 스레드에서 일이 끝난 시각
finished_at = {}


def log(message: str) -> None:
    # 한 줄을 write 한 번으로 씁니다: 여러 스레드의 출력이 한 줄에 섞이지 않게
    sys.stdout.write(f"[{time.perf_counter() - START:4.2f}초] {message}\n")


def download(page: str) -> str:
    time.sleep(DELAYS[page])
    finished_at[page] = time.perf_counter() - START
    return f"{page} 페이지 내용"


received = []
with ThreadPoolExecutor(max_workers=3) as pool:
    # Future -> 넣은 값
    futures = {pool.submit(download, page): page for page in DELAYS}
    # snippet: highlight
    for future in as_completed(futures):
        log(f"as_completed가 내준 Future의 결과: {future.result()}")
        received.append((time.perf_counter() - START, futures[future]))

# --- 결과 확인: 받은 순서와 시각으로 판정합니다 ---
order = [page for _, page in received]
print(f"넣은 순서: {list(DELAYS)}, 받은 순서: {order}")
if order == sorted(finished_at, key=finished_at.get):
    print("판정: 끝난 순서대로 받았습니다.")
else:
    print("판정: 끝난 순서와 받은 순서가 다릅니다.")
if received[0][0] < 0.5 * max(DELAYS.values()):
    print(
        "판정: 빨리 끝난 결과부터 곧바로 받았습니다. "
        "가장 느린 일을 기다리지 않았습니다."
    )
else:
    print("판정: 첫 결과를 받기까지 가장 느린 일만큼 기다렸습니다.")
